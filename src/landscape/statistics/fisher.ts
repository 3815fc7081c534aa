/**
 * Fisher's exact test of independence.
 *
 * Two-sided p-value, the usual definition: the sum of the probabilities of all
 * tables with the observed margins whose probability is at most that of the
 * observed table (Fisher 1935, The Design of Experiments, §2; for r×c the
 * Freeman-Halton extension, Freeman & Halton 1951, Biometrika 38:141-149).
 * "At most" uses a relative tolerance of 1e-7, as R's fisher.test does
 * (`relErr <- 1 + 10^(-7)`), so tables that tie with the observed one up to
 * rounding are counted.
 *
 * Under H0, with all margins fixed, a table has the multiple hypergeometric
 * probability P = Π R_i! Π C_j! / (N! Π n_ij!).
 *
 * r×c tables are enumerated with the network algorithm of Mehta & Patel
 * (1983, JASA 78:427-434): columns are stages, a node is the multiset of row
 * totals still to fill; for each node the longest and shortest remaining path
 * (most and least probable completion) are known exactly, so whole subtrees
 * that are all "at most as probable" are added in one step (their total
 * probability has a closed form) and subtrees that are all "more probable"
 * are skipped. The last two columns of a node are resolved at once: the
 * probabilities of its completions are sorted with running sums, so a path
 * arriving there needs one binary search. Tested against R's fisher.test
 * examples and a brute-force enumeration (test/landscape/statistics.test.ts).
 * When the work would exceed `maxNodes`, the result says so
 * ('not_computed') instead of running for minutes.
 */
import { checkTable, isNotComputable, type NotComputable, type Table } from './table.js';

/** R's fisher.test tolerance for "probability at most that of the observed table". */
export const FISHER_RELATIVE_TOLERANCE = 1e-7;
/** Default work budget for r×c tables (nodes of the network, cached or visited). */
export const DEFAULT_MAX_NODES = 2_000_000;

export interface FisherResult {
  status: 'ok';
  method: 'fisher_exact_2x2' | 'fisher_freeman_halton';
  n: number;
  pValue: number;
  /** Probability of the observed table under H0. */
  observedProbability: number;
}

export interface FisherNotComputed {
  status: 'not_computed';
  reason: 'too_large';
  /** The work budget that was exceeded. */
  maxNodes: number;
}

export interface FisherOptions {
  maxNodes?: number;
}

/** ln(k!) for k = 0..n, summed exactly step by step (error ≈ n·ε, far below the 1e-7 tie tolerance). */
function logFactorials(n: number): Float64Array {
  const lf = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) lf[k] = lf[k - 1]! + Math.log(k);
  return lf;
}

const LOG_TOL = Math.log1p(FISHER_RELATIVE_TOLERANCE);

export function fisherExact(table: Table, opts: FisherOptions = {}): FisherResult | FisherNotComputed | NotComputable {
  const m = checkTable(table, { integers: true });
  if (isNotComputable(m)) return m;
  const lf = logFactorials(m.n);
  if (table.length === 2 && m.columns.length === 2) return fisher2x2(table, m.rows, m.columns, m.n, lf);
  return freemanHalton(table, m.rows, m.columns, m.n, lf, opts.maxNodes ?? DEFAULT_MAX_NODES);
}

/** 2×2: the hypergeometric distribution of the top-left cell given the margins. */
function fisher2x2(table: Table, rows: number[], cols: number[], n: number, lf: Float64Array): FisherResult {
  const r1 = rows[0]!;
  const c1 = cols[0]!;
  const logP = (a: number) => lf[c1]! + lf[n - c1]! + lf[r1]! + lf[n - r1]! - lf[n]! - lf[a]! - lf[c1 - a]! - lf[r1 - a]! - lf[n - c1 - r1 + a]!;
  const observed = logP(table[0]![0]!);
  let p = 0;
  for (let a = Math.max(0, r1 + c1 - n); a <= Math.min(r1, c1); a++) {
    const l = logP(a);
    if (l <= observed + LOG_TOL) p += Math.exp(l);
  }
  return { status: 'ok', method: 'fisher_exact_2x2', n, pValue: Math.min(1, p), observedProbability: Math.exp(observed) };
}

class TooLarge extends Error {}

function freemanHalton(table: Table, rowTotals: number[], colTotals: number[], n: number, lf: Float64Array, maxNodes: number): FisherResult | FisherNotComputed {
  // Work on the orientation with fewer rows: a node is a vector of row totals.
  const transpose = rowTotals.length > colTotals.length;
  const cells = transpose ? colTotals.map((_, j) => table.map((r) => r[j]!)) : table.map((r) => [...r]);
  const R = transpose ? colTotals : rowTotals;
  // Columns are stages; their order does not change P. Large columns first keeps the network narrow.
  const order = (transpose ? rowTotals : colTotals).map((t, j) => ({ t, j })).sort((a, b) => b.t - a.t);
  const C = order.map((o) => o.t);
  const stages = C.length;
  const last = stages - 1;

  // log P = K + S, with S = Σ_j (ln C_j! − Σ_i ln n_ij!) the part that depends on the cells.
  const K = R.reduce((a, r) => a + lf[r]!, 0) - lf[n]!;
  let observedS = 0;
  order.forEach(({ t, j }) => {
    observedS += lf[t]!;
    for (const row of cells) observedS -= lf[row[j]!]!;
  });
  const threshold = observedS + LOG_TOL;

  let work = 0;
  const tick = () => {
    if (++work > maxNodes) throw new TooLarge();
  };
  const sumLf = (v: readonly number[]) => v.reduce((a, x) => a + lf[x]!, 0);
  // Node ids: the sorted vector read as digits in base N+1 (exact while it fits in 2^53), else a string.
  const base = n + 1;
  const numericIds = Math.pow(base, R.length) * stages < Number.MAX_SAFE_INTEGER;
  const id = (k: number, rem: readonly number[]): number | string => {
    if (!numericIds) return `${k}|${rem.join(',')}`;
    let v = k;
    for (const r of rem) v = v * base + r;
    return v;
  };
  /** Remaining row totals after filling a column, sorted: rows with equal totals are interchangeable for what follows. */
  const child = (rem: readonly number[], x: readonly number[]) => rem.map((r, i) => r - x[i]!).sort((a, b) => b - a);

  /** Calls visit(x, t) for every way to fill column k from the remaining row totals (x_i ≤ rem_i, Σx = C_k). */
  function columns(k: number, rem: readonly number[], visit: (x: number[], t: number) => void): void {
    const x = new Array<number>(rem.length).fill(0);
    const suffix = new Array<number>(rem.length + 1).fill(0);
    for (let i = rem.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + rem[i]!;
    const head = lf[C[k]!]!;
    const fill = (i: number, need: number, acc: number) => {
      if (i === rem.length - 1) {
        x[i] = need;
        tick();
        visit(x, head - acc - lf[need]!);
        return;
      }
      const lo = Math.max(0, need - suffix[i + 1]!);
      const hi = Math.min(rem[i]!, need);
      for (let v = lo; v <= hi; v++) {
        x[i] = v;
        fill(i + 1, need - v, acc + lf[v]!);
      }
    };
    fill(0, C[k]!, 0);
  }

  /**
   * The two last columns of a node, all at once: the S-values of its
   * completions sorted, with running sums of e^(v − vmax). A walk that
   * arrives with some past then needs one binary search, not a loop.
   */
  interface Tail { values: Float64Array; cumulative: Float64Array; max: number }
  const tails = new Map<number | string, Tail>();
  function tail(k: number, rem: readonly number[]): Tail {
    const key = id(k, rem);
    const hit = tails.get(key);
    if (hit) return hit;
    const vs: number[] = [];
    if (k === last) vs.push(lf[C[k]!]! - sumLf(rem));
    else columns(k, rem, (x, t) => vs.push(t + lf[C[last]!]! - x.reduce((a, xi, i) => a + lf[rem[i]! - xi]!, 0)));
    vs.sort((a, b) => a - b);
    const max = vs[vs.length - 1]!;
    const cumulative = new Float64Array(vs.length);
    let acc = 0;
    vs.forEach((v, i) => (cumulative[i] = acc += Math.exp(v - max)));
    const out = { values: Float64Array.from(vs), cumulative, max };
    tails.set(key, out);
    return out;
  }

  // Longest/shortest remaining path from a node: the most/least probable completion (exact, memoised).
  const bounds = new Map<number | string, { max: number; min: number }>();
  function pathBounds(k: number, rem: readonly number[]): { max: number; min: number } {
    if (k >= last - 1) {
      const t = tail(k, rem);
      return { max: t.max, min: t.values[0]! };
    }
    const key = id(k, rem);
    const hit = bounds.get(key);
    if (hit) return hit;
    let max = -Infinity;
    let min = Infinity;
    columns(k, rem, (x, t) => {
      const b = pathBounds(k + 1, child(rem, x));
      if (t + b.max > max) max = t + b.max;
      if (t + b.min < min) min = t + b.min;
    });
    const out = { max, min };
    bounds.set(key, out);
    return out;
  }

  let p = 0;
  function walk(k: number, rem: readonly number[], past: number): void {
    const b = pathBounds(k, rem);
    if (past + b.max <= threshold) {
      // Every completion is at most as probable as the observed table: add them all.
      // Σ over completions of Π_j C_j!/Π_i n_ij! = M!/Π_i rem_i! (multinomial identity), M = Σ rem.
      const M = rem.reduce((a, r) => a + r, 0);
      p += Math.exp(K + past + lf[M]! - sumLf(rem));
      return;
    }
    if (past + b.min > threshold) return; // every completion is more probable: contributes nothing
    if (k >= last - 1) {
      // Sum the completions with v ≤ threshold − past: binary search in the sorted tail.
      const t = tail(k, rem);
      const limit = threshold - past;
      let lo = 0;
      let hi = t.values.length; // first index with value > limit
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.values[mid]! <= limit) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) p += Math.exp(K + past + t.max) * t.cumulative[lo - 1]!;
      return;
    }
    columns(k, rem, (x, t) => walk(k + 1, child(rem, x), past + t));
  }

  try {
    walk(0, [...R].sort((a, b) => b - a), 0);
  } catch (e) {
    if (e instanceof TooLarge) return { status: 'not_computed', reason: 'too_large', maxNodes };
    throw e;
  }
  return { status: 'ok', method: 'fisher_freeman_halton', n, pValue: Math.min(1, p), observedProbability: Math.exp(K + observedS) };
}
