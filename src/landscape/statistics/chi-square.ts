/**
 * Pearson's chi-square test of independence for an r×c table, as the study
 * reports it (seed 003, table 6: "Chi²=12,242 (df=1), p<0,001"): no Yates
 * continuity correction, which reproduces the printed 12.242 exactly on the
 * only 2×2 counts consistent with the table (31/56 and 64/77; with Yates it
 * would be 10.9).
 *
 *   X² = Σ (O − E)² / E,  E_ij = R_i C_j / N,  df = (r − 1)(c − 1)
 *   (Pearson 1900; df as corrected by Fisher 1922; Agresti 2007, §2.4.3)
 *
 * The p-value is the upper tail of the chi-square distribution (gamma.ts).
 */
import { chiSquareSurvival } from './gamma.js';
import { checkTable, isNotComputable, type NotComputable, type Table } from './table.js';

/**
 * Why a computed chi-square should not be read as a test.
 *  - expected_below_5: some expected count is under 5 (Cochran 1954, "Some
 *    methods for strengthening the common χ² tests", Biometrics 10:417-451,
 *    the rule usually quoted as "no expected count below 5"). We apply the
 *    strict form the study's readers know; Cochran's own more lenient r×c
 *    advice (no E < 1, at most 20% of cells with E < 5) is reported in the
 *    numbers below so a reader can judge.
 *  - small_n: N < 20; Cochran (1954) advises the exact test for any 2×2
 *    table with N < 20, whatever the expected counts.
 */
export type ChiSquareCaveat = 'expected_below_5' | 'small_n';

/** Cochran (1954): use Fisher's exact test for 2×2 tables with N below this. */
export const SMALL_N = 20;
/** Cochran (1954): the classic minimum expected count. */
export const MIN_EXPECTED = 5;

export interface ChiSquareResult {
  status: 'ok';
  method: 'pearson_chi_square';
  continuityCorrection: false;
  n: number;
  statistic: number;
  df: number;
  /** Upper-tail probability. Read `meaningful` before printing it. */
  pValue: number;
  expected: number[][];
  /** Cramér's V = √(X² / (N · min(r − 1, c − 1))) (Cramér 1946, Mathematical Methods of Statistics, §21.9); 0 … 1. */
  cramersV: number;
  /** False when the chi-square approximation is not trustworthy for this table: say so instead of printing p. */
  meaningful: boolean;
  caveats: ChiSquareCaveat[];
  minExpected: number;
  cellsExpectedBelow5: number;
  cellsExpectedBelow1: number;
  /** Share of cells with E < 5 (Cochran's 20% guideline for larger tables). */
  shareExpectedBelow5: number;
}

export function pearsonChiSquare(table: Table): ChiSquareResult | NotComputable {
  const m = checkTable(table, { integers: false });
  if (isNotComputable(m)) return m;
  const r = table.length;
  const c = m.columns.length;
  const expected = m.rows.map((ri) => m.columns.map((cj) => (ri * cj) / m.n));
  let statistic = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = expected[i]![j]!;
      const d = table[i]![j]! - e;
      statistic += (d * d) / e;
    }
  }
  const df = (r - 1) * (c - 1);
  const flat = expected.flat();
  const minExpected = Math.min(...flat);
  const cellsExpectedBelow5 = flat.filter((e) => e < MIN_EXPECTED).length;
  const cellsExpectedBelow1 = flat.filter((e) => e < 1).length;
  const caveats: ChiSquareCaveat[] = [];
  if (cellsExpectedBelow5 > 0) caveats.push('expected_below_5');
  if (m.n < SMALL_N) caveats.push('small_n');
  return {
    status: 'ok',
    method: 'pearson_chi_square',
    continuityCorrection: false,
    n: m.n,
    statistic,
    df,
    pValue: chiSquareSurvival(statistic, df),
    expected,
    cramersV: cramersV(statistic, m.n, r, c),
    meaningful: caveats.length === 0,
    caveats,
    minExpected,
    cellsExpectedBelow5,
    cellsExpectedBelow1,
    shareExpectedBelow5: cellsExpectedBelow5 / flat.length,
  };
}

/** Cramér's V from a chi-square statistic (Cramér 1946, §21.9). Clamped to [0, 1] against rounding. */
export function cramersV(chiSquare: number, n: number, rows: number, columns: number): number {
  const k = Math.min(rows - 1, columns - 1);
  if (!(n > 0) || k < 1) throw new RangeError('Cramér’s V needs N > 0 and at least a 2×2 table');
  return Math.min(1, Math.sqrt(chiSquare / (n * k)));
}
