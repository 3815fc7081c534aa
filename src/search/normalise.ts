/**
 * Accent folding for search. Done in the application rather than with the
 * `unaccent` extension so PGlite and every PostgreSQL server behave the same:
 * "café", "cafe" and "CAFÉ" all match.
 */
import { multilingualTerms } from './multilingual.js';

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

export interface SearchableText {
  name: string;
  organisation?: string | undefined;
  description?: string | undefined;
  goal?: string | undefined;
  location?: string | undefined;
  partners?: readonly string[] | undefined;
  /** The matrix codes, areas and level: their labels and place names in nl, fr and en are indexed too (multilingual.ts). */
  areas?: readonly string[] | undefined;
  geographic_level?: string | undefined;
  social_isolation?: boolean | undefined;
  elements?: readonly string[] | undefined;
  age_groups?: readonly string[] | undefined;
  dimensions?: readonly string[] | undefined;
  risk_factors?: readonly string[] | undefined;
  primary_actor?: string | undefined;
}

/**
 * Title (weight A) and body (weight B) as stored in search_title / search_body.
 * The body ends with the multilingual terms (labels, thesaurus, place names in
 * every language); `placeNames` gives the area model's names per area code.
 */
export function searchFields(i: SearchableText, placeNames?: ReadonlyMap<string, readonly string[]>): { searchTitle: string; searchBody: string } {
  const title = [i.name, i.organisation ?? ''].join(' ');
  const own = [i.description ?? '', i.goal ?? '', i.location ?? '', ...(i.partners ?? [])].join(' ');
  const extra = multilingualTerms(
    {
      text: `${title} ${own}`,
      codes: { elements: i.elements, age_groups: i.age_groups, dimensions: i.dimensions, risk_factors: i.risk_factors, primary_actor: i.primary_actor },
      socialIsolation: i.social_isolation,
      areas: i.areas ?? [],
      geographicLevel: i.geographic_level,
    },
    placeNames,
  );
  return { searchTitle: foldAccents(title), searchBody: foldAccents([own, ...extra].join(' ')) };
}

/** Bumped whenever what searchFields indexes changes: stored search text older than this is recomputed at start-up. */
export const SEARCH_TEXT_VERSION = 2;
