/**
 * Population composition of one area: resident counts by single year of age × sex × nationality
 * group × civil status, in one flat typed array. Pure data; no file or database access.
 *
 * The dimensions follow Statbel's TF_SOC_POP_STRUCT: sex M/F, nationality BEL (Belgian) / ETR
 * (non-Belgian), civil status by Statbel code (CD_CIV_STS: 1 never married, 2 married,
 * 3 widowed, 4 divorced; other codes are kept as they come), age in completed years.
 */

export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];

/** Statbel's CD_NATLTY codes: BEL = Belgian, ETR = non-Belgian ("étranger"). */
export const NATIONALITIES = ['BEL', 'ETR'] as const;
export type Nationality = (typeof NATIONALITIES)[number];

/** Statbel CD_CIV_STS codes known to Verbind, with labels. Other codes in a file are kept by code. */
export const CIVIL_STATUSES: Readonly<Record<string, { nl: string; fr: string; en: string }>> = {
  '1': { nl: 'ongehuwd', fr: 'célibataire', en: 'never married' },
  '2': { nl: 'gehuwd', fr: 'marié', en: 'married' },
  '3': { nl: 'weduwstaat', fr: 'veuvage', en: 'widowed' },
  '4': { nl: 'gescheiden', fr: 'divorcé', en: 'divorced' },
};

/** Ages 0..maxAge; the last age holds "maxAge and older". */
export const DEFAULT_MAX_AGE = 120;

export interface CompositionLayout {
  readonly maxAge: number;
  /** Civil-status codes in index order. */
  readonly civilStatuses: readonly string[];
}

export interface Composition {
  readonly layout: CompositionLayout;
  /** counts[cellIndex(layout, age, sex, nationality, civilStatusIndex)] */
  readonly counts: Float64Array;
}

/** One cell of the composition, as a person's characteristics. */
export interface PersonCell {
  age: number;
  sex: Sex;
  nationality: Nationality;
  civilStatus: string;
}

export function makeLayout(civilStatuses: readonly string[] = Object.keys(CIVIL_STATUSES), maxAge = DEFAULT_MAX_AGE): CompositionLayout {
  if (!Number.isInteger(maxAge) || maxAge < 0) throw new RangeError(`maxAge must be a non-negative integer, got ${maxAge}`);
  if (new Set(civilStatuses).size !== civilStatuses.length) throw new RangeError('civil-status codes must be distinct');
  return Object.freeze({ maxAge, civilStatuses: Object.freeze([...civilStatuses]) });
}

export function cellCount(layout: CompositionLayout): number {
  return (layout.maxAge + 1) * SEXES.length * NATIONALITIES.length * layout.civilStatuses.length;
}

export function cellIndex(layout: CompositionLayout, age: number, sexIndex: number, nationalityIndex: number, civilStatusIndex: number): number {
  return ((age * SEXES.length + sexIndex) * NATIONALITIES.length + nationalityIndex) * layout.civilStatuses.length + civilStatusIndex;
}

/** The person characteristics of a cell index (inverse of cellIndex). */
export function cellAt(layout: CompositionLayout, index: number): PersonCell {
  const k = layout.civilStatuses.length;
  const civ = index % k;
  let rest = (index - civ) / k;
  const nat = rest % NATIONALITIES.length;
  rest = (rest - nat) / NATIONALITIES.length;
  const sex = rest % SEXES.length;
  const age = (rest - sex) / SEXES.length;
  return { age, sex: SEXES[sex]!, nationality: NATIONALITIES[nat]!, civilStatus: layout.civilStatuses[civ]! };
}

export function emptyComposition(layout: CompositionLayout): Composition {
  return { layout, counts: new Float64Array(cellCount(layout)) };
}

/** Adds `count` residents to a cell; ages above maxAge are counted at maxAge ("maxAge and older"). */
export function addToComposition(c: Composition, cell: PersonCell, count: number): void {
  const s = SEXES.indexOf(cell.sex);
  const n = NATIONALITIES.indexOf(cell.nationality);
  const k = c.layout.civilStatuses.indexOf(cell.civilStatus);
  if (s < 0) throw new RangeError(`unknown sex ${cell.sex}`);
  if (n < 0) throw new RangeError(`unknown nationality ${cell.nationality}`);
  if (k < 0) throw new RangeError(`civil status ${cell.civilStatus} is not in the layout (${c.layout.civilStatuses.join(', ')})`);
  if (!Number.isInteger(cell.age) || cell.age < 0) throw new RangeError(`age must be a non-negative integer, got ${cell.age}`);
  const age = Math.min(cell.age, c.layout.maxAge);
  c.counts[cellIndex(c.layout, age, s, n, k)]! += count;
}

/** Builds a composition from a list of cells (handy for hand-made populations). */
export function compositionFromCells(cells: readonly (PersonCell & { count: number })[], layout?: CompositionLayout): Composition {
  const lay = layout ?? makeLayout([...new Set([...Object.keys(CIVIL_STATUSES), ...cells.map((c) => c.civilStatus)])]);
  const c = emptyComposition(lay);
  for (const cell of cells) addToComposition(c, cell, cell.count);
  return c;
}

export function compositionTotal(c: Composition): number {
  let t = 0;
  for (let i = 0; i < c.counts.length; i++) t += c.counts[i]!;
  return t;
}

/** Re-expresses a composition in another layout (same or wider civil-status list, any maxAge). */
export function toLayout(c: Composition, layout: CompositionLayout): Composition {
  if (c.layout === layout) return c;
  const out = emptyComposition(layout);
  const counts = c.counts;
  for (let i = 0; i < counts.length; i++) {
    const v = counts[i]!;
    if (v !== 0) addToComposition(out, cellAt(c.layout, i), v);
  }
  return out;
}

/**
 * Sum of compositions, e.g. the pre-2025 municipalities that merged into one 2025 municipality,
 * or a zone's composition. Layouts are unified (union of civil-status codes, largest maxAge).
 */
export function mergeCompositions(parts: readonly Composition[]): Composition {
  const first = parts[0];
  if (!first) return emptyComposition(makeLayout());
  let layout = first.layout;
  if (!parts.every((p) => p.layout === layout)) {
    const civ = [...new Set(parts.flatMap((p) => p.layout.civilStatuses))];
    layout = makeLayout(civ, Math.max(...parts.map((p) => p.layout.maxAge)));
  }
  const out = emptyComposition(layout);
  for (const p of parts) {
    const q = toLayout(p, layout);
    for (let i = 0; i < q.counts.length; i++) out.counts[i]! += q.counts[i]!;
  }
  return out;
}
