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
import type { Share } from './percent.js';
import { crossTabPercentages, type CrossTabPercentages, type PercentBase } from './crosstab-percentages.js';
import { categoryKey, type Category, type Spec } from './specs.js';
import { AXES } from '../vocabulary/matrix.js';
import { tallyCrossTab, type CrossTabCounts } from './counts.js';
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
  /** Row, column and total percentages with their margins (crosstab-percentages.ts). */
  percentages: Record<PercentBase, CrossTabPercentages>;
  /**
   * The test, on the table without empty rows and columns (a category nobody
   * is in says nothing about association; rowsTested/columnsTested are the
   * kept indexes), or why none is valid.
   */
  test: CrossTabTest;
}

/** The categories of a spec given its side's totals: every code of an axis, 'none' when someone has no code; no/yes splits. */
function categoriesFromTotals(spec: Spec, totals: Record<string, number>): Category[] {
  if (spec.kind !== 'axis') return [{ kind: 'no' }, { kind: 'yes' }];
  const out: Category[] = AXES[spec.axis].codes.map((c) => ({ kind: 'code', axis: spec.axis, code: c.code }));
  if (AXES[spec.axis].multi && (totals.none ?? 0) > 0) out.push({ kind: 'none', axis: spec.axis });
  return out;
}

/** The cross-tab from its counts (counts.ts: tallied in JavaScript or by the database), with the test. */
export function crossTabFromCounts(c: CrossTabCounts): CrossTab {
  const side = (spec: Spec, s: CrossTabCounts['rows']): CrossTabSide => {
    const categories = categoriesFromTotals(spec, s.totals);
    return { spec, categories, totals: categories.map((k) => s.totals[categoryKey(k)] ?? 0), overlapping: s.overlapping };
  };
  const rows = side(c.rowSpec, c.rows);
  const columns = side(c.columnSpec, c.columns);
  const counts = rows.categories.map((r) => columns.categories.map((col) => c.cells[categoryKey(r)]?.[categoryKey(col)] ?? 0));
  const margins = { counts, rowTotals: rows.totals, columnTotals: columns.totals, n: c.n };
  const percentages = { row: crossTabPercentages(margins, 'row'), column: crossTabPercentages(margins, 'column'), total: crossTabPercentages(margins, 'total') };
  const columnPercents = percentages.column.cells;
  let test: CrossTabTest;
  if (rows.overlapping > 0 || columns.overlapping > 0) {
    test = { status: 'not_valid', reason: 'observations_not_independent', overlappingRows: rows.overlapping, overlappingColumns: columns.overlapping };
  } else {
    const kept = dropEmptyMargins(counts);
    test = { status: 'tested', rowsTested: kept.keptRows, columnsTested: kept.keptColumns, ...testIndependence(kept.table) };
  }
  return { n: c.n, rows, columns, counts, columnPercents, percentages, test };
}

export function crossTab(selection: readonly Initiative[], rowSpec: string | Spec, columnSpec: string | Spec): CrossTab {
  return crossTabFromCounts(tallyCrossTab(selection, rowSpec, columnSpec));
}
