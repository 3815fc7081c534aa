/**
 * Inter-coder agreement per matrix axis: percentage agreement and Cohen's
 * kappa (Cohen, J. 1960. A coefficient of agreement for nominal scales.
 * Educational and Psychological Measurement 20(1), 37-46):
 *   kappa = (po - pe) / (1 - pe),
 * po = observed share of agreement, pe = agreement expected by chance from
 * each coder's own marginal distribution.
 *
 * Single-valued axes: one nominal decision per submission.
 * Multi-valued axes: one yes/no decision per submission and code (did the
 * coder tick this code?), pooled over all codes of the axis; percentage
 * agreement is then the share of those decisions on which both agree. This
 * is the usual way to extend kappa to multi-label coding; it rewards agreeing
 * that a code does NOT apply, so we also report exact-set agreement.
 */
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';

export type Coding = Partial<Record<AxisName, string | readonly string[]>> & { social_isolation?: boolean };

export interface KappaResult {
  n: number;
  agreement: number | null;
  kappa: number | null;
  /** Why kappa is not computed (e.g. both coders always chose the same single value: pe = 1). */
  note?: string;
}

/** Cohen's kappa for two raters' nominal labels of the same items. */
export function cohensKappa(a: readonly string[], b: readonly string[]): KappaResult {
  if (a.length !== b.length) throw new Error('both coders must rate the same items');
  const n = a.length;
  if (n === 0) return { n, agreement: null, kappa: null, note: 'no items coded by both' };
  const categories = [...new Set([...a, ...b])];
  let agree = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) agree++;
  const po = agree / n;
  let pe = 0;
  for (const c of categories) {
    const pa = a.filter((x) => x === c).length / n;
    const pb = b.filter((x) => x === c).length / n;
    pe += pa * pb;
  }
  if (pe === 1) return { n, agreement: po, kappa: null, note: 'both coders used one single value throughout; kappa is undefined' };
  return { n, agreement: po, kappa: (po - pe) / (1 - pe) };
}

export interface AxisAgreement extends KappaResult {
  axis: AxisName | 'social_isolation';
  /** Multi-valued axes: share of submissions where both chose exactly the same set. */
  exactSetAgreement?: number | null;
}

const asList = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);

/** Agreement per axis over submissions coded by both coders (pairs of codings, same order). */
export function agreementPerAxis(pairs: readonly [Coding, Coding][]): AxisAgreement[] {
  const out: AxisAgreement[] = [];
  for (const axis of AXIS_NAMES) {
    if (AXES[axis].multi) {
      const a: string[] = [];
      const b: string[] = [];
      let sameSet = 0;
      for (const [x, y] of pairs) {
        const xs = new Set(asList(x[axis]));
        const ys = new Set(asList(y[axis]));
        for (const c of AXES[axis].codes) {
          a.push(xs.has(c.code) ? 'yes' : 'no');
          b.push(ys.has(c.code) ? 'yes' : 'no');
        }
        if (xs.size === ys.size && [...xs].every((c) => ys.has(c))) sameSet++;
      }
      out.push({ axis, ...cohensKappa(a, b), n: pairs.length, exactSetAgreement: pairs.length ? sameSet / pairs.length : null });
    } else {
      out.push({ axis, ...cohensKappa(pairs.map(([x]) => String(x[axis] ?? '')), pairs.map(([, y]) => String(y[axis] ?? ''))) });
    }
  }
  out.push({
    axis: 'social_isolation',
    ...cohensKappa(pairs.map(([x]) => String(x.social_isolation ?? false)), pairs.map(([, y]) => String(y.social_isolation ?? false))),
  });
  return out;
}
