/**
 * Place names a searcher may type in another language than the record's.
 *
 * Dutch and French names of municipalities come from the area model (Statbel's
 * REFNIS list, `areas.name_nl` / `areas.name_fr`, imported or seeded). What the
 * REFNIS list lacks are the English exonyms, and the names of the regions and
 * the country that a regional or national initiative serves without naming an
 * area. Those are this small list.
 *
 * Source of the English exonyms: the names in English usage of the Belgian
 * cities that have one, as listed in Wikipedia, "List of European exonyms",
 * section Belgium (consulted December 2026); NIS codes from Statbel's REFNIS
 * list (checked against it in test/initiatives/multilingual.test.ts). Cities whose
 * English name equals the Dutch one (Hasselt, Genk, Leuven as well as Louvain)
 * need no entry.
 */

/** English exonyms by NIS municipality code. */
export const ENGLISH_EXONYMS: Readonly<Record<string, readonly string[]>> = {
  '11002': ['Antwerp'],
  '12025': ['Mechlin'],
  '21004': ['Brussels', 'City of Brussels'],
  '24062': ['Louvain'],
  '31005': ['Bruges'],
  '33011': ['Ypres'],
  '35013': ['Ostend'],
  '44021': ['Ghent'],
};

/** Names of the areas an initiative without named areas serves (coverage.ts: regional = both regions, national = everything). */
export const REGION_NAMES = {
  flanders: ['Vlaanderen', 'Vlaams Gewest', 'Flandre', 'Région flamande', 'Flanders', 'Flemish Region'],
  brussels: ['Brussel', 'Brussels Hoofdstedelijk Gewest', 'Bruxelles', 'Région de Bruxelles-Capitale', 'Brussels', 'Brussels-Capital Region'],
  belgium: ['België', 'Belgique', 'Belgium'],
} as const;

/** Region codes as NIS writes them (REFNIS level 1) and as area codes in Verbind. */
const REGION_CODES: Readonly<Record<string, readonly string[]>> = {
  '02000': REGION_NAMES.flanders,
  '04000': REGION_NAMES.brussels,
};

/**
 * Every name of the places an initiative serves, in every language known:
 * its area codes (a statistical sector counts as its municipality), looked up
 * in `namesByCode` (the area model's names) and the exonym list, and the
 * region or country names when it names no area but serves at that level.
 */
export function placeTerms(
  areas: readonly string[],
  geographicLevel: string | undefined,
  namesByCode: ReadonlyMap<string, readonly string[]>,
): string[] {
  const out = new Set<string>();
  for (const code of areas) {
    const municipality = /^\d{5}/.test(code) ? code.slice(0, 5) : code;
    for (const c of new Set([code, municipality])) {
      for (const n of namesByCode.get(c) ?? []) out.add(n);
      for (const n of ENGLISH_EXONYMS[c] ?? []) out.add(n);
      for (const n of REGION_CODES[c] ?? []) out.add(n);
    }
  }
  if (areas.length === 0 && geographicLevel === 'regional') for (const n of [...REGION_NAMES.flanders, ...REGION_NAMES.brussels]) out.add(n);
  if (areas.length === 0 && geographicLevel === 'national') for (const n of [...REGION_NAMES.belgium, ...REGION_NAMES.flanders, ...REGION_NAMES.brussels]) out.add(n);
  return [...out];
}
