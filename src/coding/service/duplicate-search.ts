/**
 * Finds initiatives in the bank that a submission may duplicate: the
 * full-text index picks candidates that share a word of the name (in any
 * Dutch/French/English spelling that duplicates.ts treats as one), then
 * findLikelyDuplicates scores name and organisation.
 */
import type { Database } from '../../db/client.js';
import type { InitiativeStatus } from '../../db/schema.js';
import { foldAccents } from '../../search/normalise.js';
import { duplicateCandidates } from '../../initiatives/store/queries.js';
import { findLikelyDuplicates, nameTokens, type DuplicateMatch } from '../duplicates.js';

/**
 * Spellings duplicates.ts folds into one word. Grouped here with nameTokens
 * itself, so a group can never disagree with the scoring; a word missing
 * from this list is still found through its other words.
 */
const SPELLINGS = [
  'brussel', 'bruxelles', 'brussels', 'gent', 'gand', 'ghent', 'antwerpen', 'anvers', 'antwerp', 'leuven', 'louvain', 'mechelen', 'malines',
  'brugge', 'bruges', 'kortrijk', 'courtrai', 'luik', 'liege', 'bergen', 'mons', 'namur', 'namen', 'oostende', 'ostende', 'ieper', 'ypres',
  'ocmw', 'cpas', 'mutualiteit', 'mutualite', 'ziekenfonds', 'gemeente', 'commune', 'stad', 'ville', 'city', 'buurt', 'quartier', 'wijk',
  'neighbourhood', 'eenzaamheid', 'solitude', 'loneliness', 'ontmoeting', 'rencontre', 'rencontres', 'ontmoetingen', 'meeting', 'buddy',
  'binome', 'buddys', 'buddies', 'maatje', 'project', 'projet',
];

const GROUPS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const w of SPELLINGS) {
    const canonical = nameTokens(w)[0];
    if (!canonical) continue;
    m.set(canonical, [...new Set([...(m.get(canonical) ?? [canonical]), w])]);
  }
  return m;
})();

/** The words to look for: each word of the name as written, and its other spellings. */
export function searchWords(name: string): string[] {
  const raw = foldAccents(name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  const out = new Set<string>();
  for (const w of raw) {
    const canonical = nameTokens(w)[0];
    if (!canonical) continue; // an article or a legal form: says nothing
    out.add(w);
    for (const v of GROUPS.get(canonical) ?? [canonical]) out.add(v);
  }
  return [...out].slice(0, 30);
}

export interface DuplicateCandidate extends DuplicateMatch {
  status: InitiativeStatus;
}

const PREFILTER = 200;

export async function findDuplicatesInBank(database: Database, name: string, organisation: string | null | undefined): Promise<DuplicateCandidate[]> {
  const words = searchWords(name);
  if (!words.length) return [];
  const rows = await duplicateCandidates(database, words, PREFILTER);
  const status = new Map(rows.map((r) => [r.id, r.status]));
  return findLikelyDuplicates(name, organisation, rows).map((m) => ({ ...m, status: status.get(m.id)! }));
}
