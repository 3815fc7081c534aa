/**
 * Multilingual search text: what is indexed with an initiative besides its own
 * words, so that a search in French or English finds what its Dutch
 * equivalent finds (issue 14, "French and English for real").
 *
 * Two sources, both pure:
 * - a small thesaurus of the field's everyday words (below): when one form is
 *   in the initiative's own text, the others are indexed too;
 * - the names of the places it serves in every language (place-names.ts).
 *
 * The labels of the matrix codes are deliberately not indexed: added to every
 * record they doubled the indexed text and made free-text queries at 100,000
 * initiatives about four times slower (p95 99 → 402 ms, bench/run.ts); the
 * coded axes are searchable through the facets, in every language.
 */
import { foldAccents } from '../search/normalise.js';
import { placeTerms } from './place-names.js';


/**
 * Everyday words of the field in Dutch, French and English. Each row is one
 * meaning; the first forms are matched as word beginnings in the folded text
 * ("eenzaam" matches "eenzaamheid", "eenzame"). Working translations by the
 * Verbind team, in the study's own terms where it has them (seed 003).
 */
export const THESAURUS: readonly (readonly string[])[] = [
  ['eenzaam', 'eenzaamheid', 'solitude', 'isolé', 'loneliness', 'lonely'],
  ['sociaal isolement', 'isolement social', 'social isolation'],
  ['ouderen', 'senioren', 'personnes âgées', 'aînés', 'seniors', 'older people', 'elderly'],
  ['jongeren', 'jeunes', 'young people', 'youth'],
  ['buddy', 'maatje', 'binôme', 'parrainage', 'befriending'],
  ['vrijwilliger', 'bénévole', 'volontaire', 'volunteer'],
  ['ontmoeting', 'ontmoeten', 'rencontre', 'meeting'],
  ['buurt', 'wijk', 'quartier', 'voisinage', 'neighbourhood', 'neighborhood'],
  ['mantelzorg', 'aidant proche', 'informal carer', 'caregiver'],
  ['huisbezoek', 'thuis', 'à domicile', 'visite à domicile', 'home visit', 'at home'],
  ['armoede', 'pauvreté', 'poverty'],
  ['nieuwkomer', 'primo-arrivant', 'newcomer'],
  ['rouw', 'deuil', 'grief', 'bereavement'],
  ['telefoon', 'téléphone', 'telephone', 'phone'],
];

const folded = THESAURUS.map((row) => row.map((w) => foldAccents(w).toLowerCase()));

/** Rows of the thesaurus that the text mentions (a form at the start of a word). */
function mentionedConcepts(text: string): string[] {
  const t = ` ${foldAccents(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const out: string[] = [];
  folded.forEach((forms, i) => {
    if (forms.some((f) => t.includes(` ${f}`))) out.push(...THESAURUS[i]!);
  });
  return out;
}

/** Bumped whenever what is indexed changes: stored search text older than this is recomputed at start-up (search-text.ts). */
export const SEARCH_TEXT_VERSION = 4;

export interface MultilingualInput {
  /** The initiative's own words (name, description, goal, location, …). */
  text: string;
  socialIsolation?: boolean | undefined;
  areas: readonly string[];
  geographicLevel?: string | undefined;
}

/** The extra words indexed with an initiative (weight B), de-duplicated, in a stable order. */
export function multilingualTerms(i: MultilingualInput, namesByCode: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  const out = new Set<string>();
  if (i.socialIsolation) for (const w of THESAURUS[1]!) out.add(w);
  for (const w of mentionedConcepts(i.text)) out.add(w);
  for (const w of placeTerms(i.areas, i.geographicLevel, namesByCode)) out.add(w);
  return [...out];
}
