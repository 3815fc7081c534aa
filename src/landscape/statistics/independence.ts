/**
 * One call that answers "is there an association in this table, and which
 * p-value may be printed?". It runs Pearson's chi-square (as the study does)
 * and falls back to Fisher's exact test where the chi-square approximation is
 * not trustworthy (Cochran 1954: an expected count below 5, or N < 20). The
 * `report` field is what a landscape report should print; it is never a
 * p-value from a test flagged as not meaningful.
 */
import { pearsonChiSquare, type ChiSquareResult } from './chi-square.js';
import { fisherExact, type FisherNotComputed, type FisherOptions, type FisherResult } from './fisher.js';
import { isNotComputable, type NotComputable, type Table } from './table.js';

export type ReportReason =
  /** The chi-square approximation holds; its p-value is reported. */
  | 'chi_square_valid'
  /** Chi-square not meaningful (Cochran); Fisher's exact p-value is reported instead. */
  | 'chi_square_not_meaningful_fisher_used'
  /** Chi-square not meaningful and the table is too large to enumerate: no p-value. */
  | 'chi_square_not_meaningful_fisher_too_large'
  /** Chi-square not meaningful and the counts are not integers, so no exact test exists: no p-value. */
  | 'chi_square_not_meaningful_no_exact_test'
  /** The table itself does not allow a test (see chiSquare.reason). */
  | 'not_computable';

export interface IndependenceReport {
  method: 'pearson_chi_square' | 'fisher_exact_2x2' | 'fisher_freeman_halton' | 'none';
  /** Present only when method ≠ 'none'. */
  pValue?: number;
  reason: ReportReason;
}

export interface IndependenceTest {
  chiSquare: ChiSquareResult | NotComputable;
  /** Computed for 2×2 tables always (cheap) and for larger tables when chi-square is not meaningful. */
  fisher?: FisherResult | FisherNotComputed | NotComputable;
  report: IndependenceReport;
}

export function testIndependence(table: Table, opts: FisherOptions & { alwaysFisher?: boolean } = {}): IndependenceTest {
  const chiSquare = pearsonChiSquare(table);
  if (isNotComputable(chiSquare)) return { chiSquare, report: { method: 'none', reason: 'not_computable' } };
  const is2x2 = table.length === 2 && table[0]!.length === 2;
  const integers = table.every((r) => r.every((x) => Number.isInteger(x)));
  const fisher = integers && (is2x2 || !chiSquare.meaningful || opts.alwaysFisher) ? fisherExact(table, opts) : undefined;
  if (chiSquare.meaningful) return { chiSquare, fisher, report: { method: 'pearson_chi_square', pValue: chiSquare.pValue, reason: 'chi_square_valid' } };
  if (fisher?.status === 'ok') return { chiSquare, fisher, report: { method: fisher.method, pValue: fisher.pValue, reason: 'chi_square_not_meaningful_fisher_used' } };
  if (fisher) return { chiSquare, fisher, report: { method: 'none', reason: 'chi_square_not_meaningful_fisher_too_large' } };
  return { chiSquare, report: { method: 'none', reason: 'chi_square_not_meaningful_no_exact_test' } };
}
