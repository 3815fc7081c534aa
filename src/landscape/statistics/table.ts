/**
 * Contingency tables as plain number[][] (rows × columns of counts), and the
 * checks every test in this folder shares. Degenerate tables are reported as
 * a status with a reason, never as NaN: a landscape report must be able to say
 * "not computable, because ..." in words.
 */

export type Table = readonly (readonly number[])[];

/** Why a statistic could not be computed at all (as opposed to "not meaningful"). */
export type NotComputableReason =
  /** Rows of different lengths. */
  | 'ragged_table'
  /** A count is negative, not finite, or (for exact tests) not an integer. */
  | 'invalid_counts'
  /** N = 0, or no rows/columns at all: nothing was observed. */
  | 'empty_table'
  /** Fewer than two rows or two columns (e.g. 1×k): there is no association to test. */
  | 'single_row_or_column'
  /** A row or column total is 0: its expected counts are 0 and (O−E)²/E is undefined. Drop it first (see dropEmptyMargins). */
  | 'zero_margin';

export interface NotComputable {
  status: 'not_computable';
  reason: NotComputableReason;
  /** Indexes of empty rows/columns when reason = 'zero_margin'. */
  emptyRows?: number[];
  emptyColumns?: number[];
}

export interface Margins {
  rows: number[];
  columns: number[];
  n: number;
}

export function margins(table: Table): Margins {
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const columns = (table[0] ?? []).map((_, j) => table.reduce((a, r) => a + (r[j] ?? 0), 0));
  return { rows, columns, n: rows.reduce((a, b) => a + b, 0) };
}

/**
 * Checks shape and counts; returns the margins, or why nothing can be computed.
 * `integers` is required by the exact (hypergeometric) tests, which are defined
 * on counts only.
 */
export function checkTable(table: Table, opts: { integers: boolean }): Margins | NotComputable {
  const cols = table[0]?.length ?? 0;
  if (table.some((r) => r.length !== cols)) return { status: 'not_computable', reason: 'ragged_table' };
  if (table.length === 0 || cols === 0) return { status: 'not_computable', reason: 'empty_table' };
  for (const r of table) {
    for (const x of r) {
      if (!Number.isFinite(x) || x < 0 || (opts.integers && !Number.isInteger(x))) return { status: 'not_computable', reason: 'invalid_counts' };
    }
  }
  const m = margins(table);
  if (m.n === 0) return { status: 'not_computable', reason: 'empty_table' };
  if (table.length < 2 || cols < 2) return { status: 'not_computable', reason: 'single_row_or_column' };
  const emptyRows = m.rows.flatMap((t, i) => (t === 0 ? [i] : []));
  const emptyColumns = m.columns.flatMap((t, j) => (t === 0 ? [j] : []));
  if (emptyRows.length || emptyColumns.length) return { status: 'not_computable', reason: 'zero_margin', emptyRows, emptyColumns };
  return m;
}

export function isNotComputable(x: unknown): x is NotComputable {
  return typeof x === 'object' && x !== null && (x as { status?: unknown }).status === 'not_computable';
}

/**
 * Removes rows and columns whose total is 0. A category nobody falls in carries
 * no information about association; keeping it would put E = 0 in a
 * denominator. The kept indexes are returned so a caller can relabel.
 */
export function dropEmptyMargins(table: Table): { table: number[][]; keptRows: number[]; keptColumns: number[] } {
  const m = margins(table);
  const keptRows = m.rows.flatMap((t, i) => (t > 0 ? [i] : []));
  const keptColumns = m.columns.flatMap((t, j) => (t > 0 ? [j] : []));
  return { table: keptRows.map((i) => keptColumns.map((j) => table[i]![j]!)), keptRows, keptColumns };
}
