/**
 * The three readings of a cross-tab's counts, each with its margins, as the
 * table prints them (percent.ts: one decimal, half up):
 *   row     counts[i][j] / row i's total      "x% of the initiatives in this row are in column j"
 *   column  counts[i][j] / column j's total   "x% of the initiatives in this column are in row i" (the study's table 6)
 *   total   counts[i][j] / N                  "x% of all initiatives are in row i and column j"
 * The study's "slechts 15,8% van de lokale besturen richt zich tot volwassenen"
 * (seed 003, §2.2.6) is a row percentage when the rows are the primary actor.
 *
 * Margins follow the usual layout of a percentaged cross-tab: with row
 * percentages the total column is 100% per row and the total row is each
 * column's share of N (the distribution to compare the rows with); column
 * percentages mirror that; with total percentages both margins are shares of N.
 * Totals are distinct initiatives per category (crosstab.ts), so on a
 * multi-valued axis a row or column can add up to more than 100%.
 */
import { share, type Share } from './percent.js';

export const PERCENT_BASES = ['none', 'row', 'column', 'total'] as const;
export type PercentChoice = (typeof PERCENT_BASES)[number];
export type PercentBase = Exclude<PercentChoice, 'none'>;

export interface CrossTabPercentages {
  base: PercentBase;
  /** cells[i][j]: counts[i][j] as a share of its base. */
  cells: Share[][];
  /** The total column: row i's total as a share (100% of itself for row percentages, of N otherwise). */
  rowTotals: Share[];
  /** The total row: column j's total as a share (100% of itself for column percentages, of N otherwise). */
  columnTotals: Share[];
  /** The grand total: N of N. */
  total: Share;
}

export interface CrossTabMargins {
  counts: readonly (readonly number[])[];
  /** Distinct initiatives per row category. */
  rowTotals: readonly number[];
  /** Distinct initiatives per column category. */
  columnTotals: readonly number[];
  n: number;
}

export function crossTabPercentages(x: CrossTabMargins, base: PercentBase): CrossTabPercentages {
  if (x.counts.length !== x.rowTotals.length || x.counts.some((r) => r.length !== x.columnTotals.length)) throw new RangeError('cross-tab counts and totals differ in shape');
  const cellOf = (i: number, j: number) => (base === 'row' ? x.rowTotals[i]! : base === 'column' ? x.columnTotals[j]! : x.n);
  return {
    base,
    cells: x.counts.map((r, i) => r.map((c, j) => share(c, cellOf(i, j)))),
    rowTotals: x.rowTotals.map((t) => share(t, base === 'row' ? t : x.n)),
    columnTotals: x.columnTotals.map((t) => share(t, base === 'column' ? t : x.n)),
    total: share(x.n, x.n),
  };
}
