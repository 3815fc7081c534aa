/**
 * Cross-tabulation of a selection by two specs (specs.ts), with column
 * percentages as the study prints them (table 6, "kolompercentages") and a
 * test of independence (statistics/independence.ts: Pearson chi-square
 * without continuity correction, Fisher's exact test where chi-square is not
 * meaningful).
 *
 * Counting rule for multi-valued axes: an initiative is counted in every
 * category it belongs to (one cell per row category × column category it
 * has). Column totals are the number of DISTINCT initiatives in the column,
 * so column percentages say "x% of the initiatives in this column have this
 * row value" and may add up to more than 100%. When any initiative is in more
 * than one row or column category, the cells are not counts of independent
 * observations (one initiative contributes to several cells), which the
 * chi-square and exact tests require (Agresti 2007, §2.4: each observation
 * falls in exactly one cell); the cross-tab is then reported without a test.
 */
import type { Initiative } from '../initiatives/schema.js';
import { share, type Share } from './percent.js';
import { categoriesOf, membership, parseSpec, type Category, type Spec } from './specs.js';
import { dropEmptyMargins } from './statistics/table.js';
import { testIndependence, type IndependenceTest } from './statistics/independence.js';

export interface CrossTabSide {
  spec: Spec;
  categories: Category[];
  /** Distinct initiatives per category. */
  totals: number[];
  /** Initiatives counted in more than one category of this side. */
  overlapping: number;
}

export type CrossTabTest =
  | ({ status: 'tested'; rowsTested: number[]; columnsTested: number[] } & IndependenceTest)
  | { status: 'not_valid'; reason: 'observations_not_independent'; overlappingRows: number; overlappingColumns: number };

export interface CrossTab {
  n: number;
  rows: CrossTabSide;
  columns: CrossTabSide;
  /** counts[i][j]: initiatives in row category i and column category j. */
  counts: number[][];
  /** counts[i][j] as a share of the column's distinct initiatives. */
  columnPercents: Share[][];
  /**
   * The test, on the table without empty rows and columns (a category nobody
   * is in says nothing about association; rowsTested/columnsTested are the
   * kept indexes), or why none is valid.
   */
  test: CrossTabTest;
}

function side(spec: Spec, selection: readonly Initiative[]): CrossTabSide & { of: number[][] } {
  const categories = categoriesOf(spec, selection);
  const of = selection.map((i) => membership(spec, categories, i));
  const totals = categories.map((_, k) => of.filter((m) => m.includes(k)).length);
  return { spec, categories, totals, overlapping: of.filter((m) => m.length > 1).length, of };
}

export function crossTab(selection: readonly Initiative[], rowSpec: string | Spec, columnSpec: string | Spec): CrossTab {
  const { of: rowOf, ...rows } = side(parseSpec(rowSpec), selection);
  const { of: colOf, ...columns } = side(parseSpec(columnSpec), selection);
  const counts = rows.categories.map(() => columns.categories.map(() => 0));
  selection.forEach((_, k) => {
    for (const i of rowOf[k]!) for (const j of colOf[k]!) counts[i]![j]!++;
  });
  const columnPercents = counts.map((r) => r.map((x, j) => share(x, columns.totals[j]!)));
  let test: CrossTabTest;
  if (rows.overlapping > 0 || columns.overlapping > 0) {
    test = { status: 'not_valid', reason: 'observations_not_independent', overlappingRows: rows.overlapping, overlappingColumns: columns.overlapping };
  } else {
    const kept = dropEmptyMargins(counts);
    test = { status: 'tested', rowsTested: kept.keptRows, columnsTested: kept.keptColumns, ...testIndependence(kept.table) };
  }
  return { n: selection.length, rows, columns, counts, columnPercents, test };
}
