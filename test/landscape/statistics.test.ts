/**
 * The landscape statistics against independently published values. Each
 * expected number names where it is printed; none is produced by this code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  chiSquareSurvival,
  cramersV,
  dropEmptyMargins,
  fisherExact,
  gammaP,
  gammaQ,
  logGamma,
  pearsonChiSquare,
  testIndependence,
  type Table,
} from '../../src/landscape/statistics/index.js';

const close = (actual: number, expected: number, rel: number, msg?: string) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${msg ?? ''} ${actual} ≠ ${expected} (relative ${rel})`);

function ok<T extends { status: string }>(r: T | { status: string }): T {
  assert.equal(r.status, 'ok', JSON.stringify(r));
  return r as T;
}

describe('chi-square upper tail (gamma.ts)', () => {
  it('matches the normal quantiles for df = 1: χ² = z² (z from standard normal tables, e.g. Abramowitz & Stegun 1964, table 26.5)', () => {
    // z_{0.975} = 1.959963984540054, z_{0.995} = 2.5758293035489004, z_{0.9995} = 3.2905267314918945.
    close(chiSquareSurvival(1.959963984540054 ** 2, 1), 0.05, 1e-9);
    close(chiSquareSurvival(2.5758293035489004 ** 2, 1), 0.01, 1e-9);
    close(chiSquareSurvival(3.2905267314918945 ** 2, 1), 0.001, 1e-9);
    // The classic table value 3.841 (NIST/SEMATECH e-Handbook 1.3.6.7.4) is the 5% point.
    close(chiSquareSurvival(3.841, 1), 0.05, 1e-3);
  });

  it('matches the closed form for even df: Q(k, x) = e^{-x} Σ_{i<k} x^i / i! (Abramowitz & Stegun 26.4.21)', () => {
    const poisson = (k: number, x: number) => {
      let term = Math.exp(-x);
      let sum = term;
      for (let i = 1; i < k; i++) sum += term *= x / i;
      return sum;
    };
    for (const df of [2, 4, 6, 10, 30, 100]) {
      for (const chi of [0.5, 1, 3, 7.5, 15, 40, 90, 150]) close(chiSquareSurvival(chi, df), poisson(df / 2, chi / 2), 1e-9, `df=${df} χ²=${chi}`);
    }
    // df = 2 at −2 ln α is exactly α (5.991464547107979 = −2 ln 0.05).
    close(chiSquareSurvival(5.991464547107979, 2), 0.05, 1e-12);
    // A tail far beyond any table: df = 2, χ² = 200 → e^{-100}.
    close(chiSquareSurvival(200, 2), Math.exp(-100), 1e-9);
  });

  it('matches the recurrence for df = 3: Q₃(x) = Q₁(x) + √(2x/π) e^{−x/2} (Abramowitz & Stegun 26.4.4)', () => {
    for (const z of [1.959963984540054, 2.5758293035489004, 3.2905267314918945]) {
      const x = z * z;
      const q1 = chiSquareSurvival(x, 1);
      close(chiSquareSurvival(x, 3), q1 + Math.sqrt((2 * x) / Math.PI) * Math.exp(-x / 2), 1e-9);
    }
  });

  it('gives the 5% critical values of the NIST/SEMATECH e-Handbook table 1.3.6.7.4 (3 decimals printed)', () => {
    for (const [df, crit] of [[5, 11.07], [10, 18.307], [20, 31.41], [100, 124.342]] as const) close(chiSquareSurvival(crit, df), 0.05, 2e-3, `df=${df}`);
  });

  it('gives p ≈ 0.000467 for the study’s χ² = 12.242, df = 1 (seed 003, table 6: "p<0,001")', () => {
    const p = chiSquareSurvival(12.242, 1);
    assert.ok(p < 0.001);
    assert.equal(p.toFixed(6), '0.000467');
  });

  it('handles the edges: χ² = 0 → 1, ∞ → 0, P + Q = 1, and refuses nonsense', () => {
    assert.equal(chiSquareSurvival(0, 3), 1);
    assert.equal(chiSquareSurvival(Infinity, 3), 0);
    for (const [a, x] of [[0.5, 0.1], [3, 2], [3, 9], [50, 45]] as const) close(gammaP(a, x) + gammaQ(a, x), 1, 1e-14);
    assert.throws(() => chiSquareSurvival(-1, 1), RangeError);
    assert.throws(() => chiSquareSurvival(1, 0), RangeError);
  });

  it('logGamma: Γ(1/2) = √π and Γ(n) = (n − 1)!', () => {
    close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-13);
    let f = 1;
    for (let n = 2; n <= 30; n++) {
      close(logGamma(n + 1), Math.log((f *= n)), 1e-12, `n=${n}`);
    }
  });
});

describe('Pearson chi-square (chi-square.ts)', () => {
  it('Agresti (2007), An Introduction to Categorical Data Analysis, §2.4.3 / R ?chisq.test: party identification by gender, X² = 30.07, df = 2, p = 2.954e-07', () => {
    const r = ok<Extract<ReturnType<typeof pearsonChiSquare>, { status: 'ok' }>>(pearsonChiSquare([[762, 327, 468], [484, 239, 477]]));
    assert.equal(r.statistic.toFixed(2), '30.07');
    assert.equal(r.df, 2);
    close(r.pValue, 2.954e-7, 5e-4);
    assert.equal(r.continuityCorrection, false);
    assert.equal(r.meaningful, true);
    // Expected counts E = R·C/N (Agresti 2007, table 2.5 prints 703.7 for females/Democrats).
    assert.equal(r.expected[0]![0]!.toFixed(1), '703.7');
    // Cramér's V by hand: √(X² / (N · min(r−1, c−1))).
    close(r.cramersV, Math.sqrt(r.statistic / (2757 * 1)), 1e-12);
  });

  it('the study’s table 6 counts give χ² = 12.242 (df = 1) without continuity correction, and V = |φ| by the 2×2 formula', () => {
    const t = [[25, 13], [31, 64]];
    const r = ok<Extract<ReturnType<typeof pearsonChiSquare>, { status: 'ok' }>>(pearsonChiSquare(t));
    assert.equal(r.statistic.toFixed(3), '12.242');
    assert.deepEqual(r.expected, [[16, 22], [40, 55]]);
    // φ = (ad − bc) / √(r1 r2 c1 c2)
    const phi = (25 * 64 - 13 * 31) / Math.sqrt(38 * 95 * 56 * 77);
    close(r.cramersV, Math.abs(phi), 1e-12);
    // With Yates' correction it would not be 12.242: the study did not correct.
    const yates = (133 * (Math.abs(25 * 64 - 13 * 31) - 133 / 2) ** 2) / (38 * 95 * 56 * 77);
    assert.notEqual(yates.toFixed(3), '12.242');
  });

  it('no association gives X² = 0, p = 1, V = 0; a perfect one V = 1', () => {
    const none = ok<Extract<ReturnType<typeof pearsonChiSquare>, { status: 'ok' }>>(pearsonChiSquare([[10, 10], [20, 20]]));
    assert.equal(none.statistic, 0);
    assert.equal(none.pValue, 1);
    assert.equal(none.cramersV, 0);
    const perfect = ok<Extract<ReturnType<typeof pearsonChiSquare>, { status: 'ok' }>>(pearsonChiSquare([[10, 0, 0], [0, 10, 0], [0, 0, 10]]));
    close(perfect.cramersV, 1, 1e-12);
    assert.equal(perfect.df, 4);
    assert.equal(cramersV(30, 30, 2, 2), 1);
  });

  it('flags Cochran’s rule (1954): an expected count below 5, and N below 20', () => {
    const r = ok<Extract<ReturnType<typeof pearsonChiSquare>, { status: 'ok' }>>(pearsonChiSquare([[3, 1], [1, 3]]));
    assert.equal(r.meaningful, false);
    assert.deepEqual(r.caveats, ['expected_below_5', 'small_n']);
    assert.equal(r.minExpected, 2);
    assert.equal(r.cellsExpectedBelow5, 4);
    const bigButSparse = ok<Extract<ReturnType<typeof pearsonChiSquare>, { status: 'ok' }>>(pearsonChiSquare([[100, 2], [100, 3]]));
    assert.equal(bigButSparse.meaningful, false);
    assert.deepEqual(bigButSparse.caveats, ['expected_below_5']);
  });
});

describe('Fisher’s exact test (fisher.ts)', () => {
  it('Fisher (1935) tea tasting, R ?fisher.test TeaTasting, Agresti (2007) §2.6.2: [[3,1],[1,3]] two-sided p = 0.4857 (= 17/35)', () => {
    const r = ok<Extract<ReturnType<typeof fisherExact>, { status: 'ok' }>>(fisherExact([[3, 1], [1, 3]]));
    assert.equal(r.method, 'fisher_exact_2x2');
    assert.equal(r.pValue.toFixed(4), '0.4857');
    // The two tables as probable as the observed one (1 and 3 correct) count: ties need the tolerance.
    close(r.pValue, 17 / 35, 1e-12);
    close(r.observedProbability, 16 / 70, 1e-12);
  });

  it('R ?fisher.test Convictions (Fisher 1962, twins): [[2,15],[10,3]] two-sided p = 0.0005367', () => {
    const r = ok<Extract<ReturnType<typeof fisherExact>, { status: 'ok' }>>(fisherExact([[2, 15], [10, 3]]));
    assert.equal(r.pValue.toFixed(7), '0.0005367');
  });

  it('R ?fisher.test Job satisfaction 4×4 (Agresti 2002, table 2.8): p = 0.7827 (Freeman-Halton, network algorithm)', () => {
    // R: matrix(c(1,2,1,0, 3,3,6,1, 10,10,14,9, 6,7,12,11), 4, 4) is filled by column: rows are income.
    const job = [[1, 3, 10, 6], [2, 3, 10, 7], [1, 6, 14, 12], [0, 1, 9, 11]];
    const r = ok<Extract<ReturnType<typeof fisherExact>, { status: 'ok' }>>(fisherExact(job));
    assert.equal(r.method, 'fisher_freeman_halton');
    assert.equal(r.pValue.toFixed(4), '0.7827');
    const transposed = ok<Extract<ReturnType<typeof fisherExact>, { status: 'ok' }>>(fisherExact(job[0]!.map((_, j) => job.map((row) => row[j]!))));
    close(transposed.pValue, r.pValue, 1e-9);
  });

  it('r×c agrees with a brute-force enumeration of every table (written here, independently)', () => {
    const lf = (k: number) => {
      let s = 0;
      for (let i = 2; i <= k; i++) s += Math.log(i);
      return s;
    };
    function brute(t: number[][]): number {
      const R = t.map((r) => r.reduce((a, b) => a + b, 0));
      const C = t[0]!.map((_, j) => t.reduce((a, r) => a + r[j]!, 0));
      const n = R.reduce((a, b) => a + b, 0);
      const K = R.reduce((a, r) => a + lf(r), 0) + C.reduce((a, c) => a + lf(c), 0) - lf(n);
      const logP = (cells: number[][]) => K - cells.flat().reduce((a, x) => a + lf(x), 0);
      const obs = logP(t);
      let p = 0;
      const rows: number[][] = [];
      const fillRow = (i: number, colLeft: number[]) => {
        if (i === R.length - 1) {
          const cells = [...rows, colLeft];
          const l = logP(cells);
          if (l <= obs + Math.log1p(1e-7)) p += Math.exp(l);
          return;
        }
        const row: number[] = [];
        const cell = (j: number, need: number) => {
          if (j === C.length - 1) {
            if (need > colLeft[j]!) return;
            row.push(need);
            rows.push([...row]);
            fillRow(i + 1, colLeft.map((c, k) => c - row[k]!));
            rows.pop();
            row.pop();
            return;
          }
          for (let v = 0; v <= Math.min(need, colLeft[j]!); v++) {
            row.push(v);
            cell(j + 1, need - v);
            row.pop();
          }
        };
        cell(0, R[i]!);
      };
      fillRow(0, C);
      return p;
    }
    const tables = [
      [[2, 3, 1], [1, 0, 4], [3, 2, 2]],
      [[5, 0], [1, 4], [2, 2]],
      [[0, 3, 4, 1], [2, 1, 0, 3]],
      [[1, 1, 1], [1, 1, 1], [1, 1, 1]],
      [[6, 1, 0], [0, 5, 2], [1, 0, 7]],
    ];
    for (const t of tables) {
      const r = ok<Extract<ReturnType<typeof fisherExact>, { status: 'ok' }>>(fisherExact(t));
      close(r.pValue, brute(t), 1e-9, JSON.stringify(t));
    }
  });

  it('says "not computed" instead of running for ever when the table is too large to enumerate', () => {
    const job = [[1, 3, 10, 6], [2, 3, 10, 7], [1, 6, 14, 12], [0, 1, 9, 11]];
    assert.deepEqual(fisherExact(job, { maxNodes: 1000 }), { status: 'not_computed', reason: 'too_large', maxNodes: 1000 });
    const big = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => 5 + ((i * 7 + j * 3) % 9)));
    const t0 = Date.now();
    assert.equal(fisherExact(big).status, 'not_computed');
    assert.ok(Date.now() - t0 < 20_000, 'the default budget stops within seconds');
  });
});

describe('testIndependence: which p-value may be printed', () => {
  it('reports the chi-square when it is meaningful (table 6)', () => {
    const r = testIndependence([[25, 13], [31, 64]]);
    assert.equal(r.report.method, 'pearson_chi_square');
    assert.equal(r.report.reason, 'chi_square_valid');
    assert.ok(r.report.pValue! < 0.001);
    assert.equal(r.fisher?.status, 'ok', 'a 2×2 also gets the exact test');
  });

  it('reports Fisher instead of a misleading chi-square p when expected counts are small', () => {
    const r = testIndependence([[3, 1], [1, 3]]);
    assert.equal(r.report.method, 'fisher_exact_2x2');
    assert.equal(r.report.reason, 'chi_square_not_meaningful_fisher_used');
    assert.equal(r.report.pValue!.toFixed(4), '0.4857');
    const rc = testIndependence([[2, 3, 1], [1, 0, 4], [3, 2, 2]]);
    assert.equal(rc.report.method, 'fisher_freeman_halton');
  });

  it('prints no p-value when chi-square is not meaningful and the table is too large to enumerate', () => {
    const sparse = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i + j) % 3));
    const r = testIndependence(sparse, { maxNodes: 100 });
    assert.equal(r.report.method, 'none');
    assert.equal(r.report.reason, 'chi_square_not_meaningful_fisher_too_large');
    assert.equal(r.report.pValue, undefined);
  });

  it('prints no p-value for non-integer tables that fail Cochran’s rule (no exact test exists)', () => {
    const r = testIndependence([[1.5, 2], [3, 0.5]]);
    assert.equal(r.report.method, 'none');
    assert.equal(r.report.reason, 'chi_square_not_meaningful_no_exact_test');
  });
});

describe('degenerate tables: a status and a reason, never NaN', () => {
  const cases: [string, Table, string][] = [
    ['N = 0', [[0, 0], [0, 0]], 'empty_table'],
    ['no rows', [], 'empty_table'],
    ['no columns', [[], []], 'empty_table'],
    ['1×k', [[1, 2, 3]], 'single_row_or_column'],
    ['k×1', [[1], [2]], 'single_row_or_column'],
    ['a zero row', [[0, 0], [1, 2]], 'zero_margin'],
    ['a zero column', [[0, 4], [0, 2]], 'zero_margin'],
    ['ragged', [[1, 2], [3]], 'ragged_table'],
    ['negative', [[1, -2], [3, 4]], 'invalid_counts'],
    ['NaN', [[1, NaN], [3, 4]], 'invalid_counts'],
  ];
  for (const [name, table, reason] of cases) {
    it(`${name} → not_computable (${reason}) for chi-square, Fisher and the combined test`, () => {
      for (const r of [pearsonChiSquare(table), fisherExact(table)]) {
        assert.equal(r.status, 'not_computable');
        assert.equal((r as { reason: string }).reason, reason);
      }
      const t = testIndependence(table);
      assert.equal(t.report.method, 'none');
      assert.equal(t.report.reason, 'not_computable');
      assert.ok(!JSON.stringify(t).includes('null'), 'no NaN (JSON writes NaN as null)');
    });
  }

  it('zero_margin says which rows and columns are empty, and dropEmptyMargins removes them', () => {
    assert.deepEqual(pearsonChiSquare([[0, 0, 0], [1, 0, 2], [3, 0, 4]]), { status: 'not_computable', reason: 'zero_margin', emptyRows: [0], emptyColumns: [1] });
    const d = dropEmptyMargins([[0, 0, 0], [1, 0, 2], [3, 0, 4]]);
    assert.deepEqual(d, { table: [[1, 2], [3, 4]], keptRows: [1, 2], keptColumns: [0, 2] });
  });

  it('Fisher needs integer counts', () => {
    assert.deepEqual(fisherExact([[1.5, 2], [3, 4]]), { status: 'not_computable', reason: 'invalid_counts' });
  });
});
