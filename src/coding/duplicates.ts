/**
 * Does a submission look like an initiative already in the bank? Compares
 * names and organisations after folding case, accents, punctuation, legal
 * forms (vzw/asbl) and Dutch/French variants of place and organisation
 * names (Brussel/Bruxelles, OCMW/CPAS, ...), so "Buurtkar Bornem vzw" and
 * "De Buurtkar (Bornem)" are recognised as one initiative.
 */
import { foldAccents } from '../search/normalise.js';

/** Dutch/French (and English) variants mapped to one form. */
const VARIANTS: Record<string, string> = {
  bruxelles: 'brussel', brussels: 'brussel', gand: 'gent', ghent: 'gent', anvers: 'antwerpen', antwerp: 'antwerpen',
  louvain: 'leuven', malines: 'mechelen', bruges: 'brugge', courtrai: 'kortrijk', liege: 'luik', mons: 'bergen',
  namen: 'namur', ostende: 'oostende', ypres: 'ieper', hasselt: 'hasselt', cpas: 'ocmw', ocmw: 'ocmw',
  mutualite: 'mutualiteit', ziekenfonds: 'mutualiteit', commune: 'gemeente', ville: 'stad', city: 'stad',
  quartier: 'buurt', wijk: 'buurt', neighbourhood: 'buurt', solitude: 'eenzaamheid', loneliness: 'eenzaamheid',
  rencontre: 'ontmoeting', rencontres: 'ontmoeting', ontmoetingen: 'ontmoeting', meeting: 'ontmoeting',
  binome: 'buddy', buddys: 'buddy', buddies: 'buddy', maatje: 'buddy', project: 'project', projet: 'project',
};

/** Words that carry no identity: articles, legal forms, generic connectors. */
const STOP = new Set([
  'de', 'het', 'een', 'en', 'van', 'voor', 'met', 'in', 'op', 'te', 'der', 'den',
  'le', 'la', 'les', 'l', 'un', 'une', 'et', 'du', 'des', 'd', 'pour', 'a', 'au', 'aux',
  'the', 'of', 'and', 'for', 'vzw', 'asbl', 'vog', 'npo', 'bv', 'nv',
]);

export function nameTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  return foldAccents(text)
    .toLowerCase()
    .replace(/[@]/g, 'a')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((w) => VARIANTS[w] ?? (w.endsWith("'s") ? w.slice(0, -2) : w));
}

/** Character trigrams of the joined tokens: robust to small spelling differences. */
function trigrams(tokens: string[]): Set<string> {
  const s = ` ${tokens.join(' ')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** 0..1: the best of word overlap and trigram overlap. */
export function similarity(a: string | null | undefined, b: string | null | undefined): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return 0;
  return Math.max(jaccard(new Set(ta), new Set(tb)), jaccard(trigrams(ta), trigrams(tb)));
}

export interface Candidate {
  id: string;
  name: string;
  organisation?: string | null;
}

export interface DuplicateMatch extends Candidate {
  score: number;
  nameScore: number;
  organisationScore: number | null;
}

/** Threshold above which a coder is warned; tuned so that spelling variants pass and different projects of one organisation do not. */
export const DUPLICATE_THRESHOLD = 0.55;

export function findLikelyDuplicates(name: string, organisation: string | null | undefined, candidates: readonly Candidate[], limit = 5): DuplicateMatch[] {
  const out: DuplicateMatch[] = [];
  for (const c of candidates) {
    const nameScore = similarity(name, c.name);
    const orgScore = organisation && c.organisation ? similarity(organisation, c.organisation) : null;
    // The name matters most; a matching organisation strengthens, a different one weakens.
    const score = orgScore === null ? nameScore * 0.9 : nameScore * 0.75 + orgScore * 0.25;
    if (score >= DUPLICATE_THRESHOLD) out.push({ ...c, score, nameScore, organisationScore: orgScore });
  }
  return out.sort((x, y) => y.score - x.score).slice(0, limit);
}
