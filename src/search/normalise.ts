/**
 * Accent folding for search. Done in the application rather than with the
 * `unaccent` extension so PGlite and every PostgreSQL server behave the same:
 * "café", "cafe" and "CAFÉ" all match.
 */
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
}

/**
 * Title (weight A) and body (weight B) as stored in search_title / search_body.
 * `extra`: words indexed with the record besides its own (the multilingual
 * terms of initiatives/multilingual.ts: labels, thesaurus, place names).
 */
export function searchFields(i: SearchableText, extra: readonly string[] = []): { searchTitle: string; searchBody: string } {
  const title = [i.name, i.organisation ?? ''].join(' ');
  const body = [i.description ?? '', i.goal ?? '', i.location ?? '', ...(i.partners ?? []), ...extra].join(' ');
  return { searchTitle: foldAccents(title), searchBody: foldAccents(body) };
}
