/**
 * Descriptive landscape of a selection of initiatives, the quantities of the
 * study's part 2 (seed 003, §2.2): per-axis frequencies as % of N (tables 3,
 * 4, 5, 7, 8; figures 4, 8, 9, 10), social isolation (table 5), elements per
 * initiative (figure 5), which element the single-element initiatives use
 * (figure 7) and the elements most used in combinations (figure 6).
 *
 * Percentages are of the number of initiatives in the selection (the study's
 * "in % (N=133)"), so on a multi-valued axis ("meerdere antwoorden mogelijk")
 * they add up to more than 100.
 */
import type { Initiative } from '../initiatives/schema.js';
import { AXES, AXIS_NAMES, isEffective, type AxisName } from '../vocabulary/matrix.js';
import { share, type Share } from './percent.js';
import { codesOn } from './specs.js';
import { ELEMENT_COUNT_BUCKETS, tallySelection, type ElementCountBucket, type SelectionCounts } from './counts.js';

/** Below this many initiatives a landscape still works but says its percentages are fragile. */
export const SMALL_SELECTION = 10;

export interface CodeShare extends Share {
  code: string;
  /** Elements only: effectiveness shown in several reviews (seed 003, table 1 footnote). */
  effective?: boolean;
}

export interface AxisFrequencies {
  axis: AxisName;
  /** Several codes per initiative possible: shares add up to more than 100%. */
  multi: boolean;
  n: number;
  /** Every code of the axis in matrix order, also those with count 0. */
  codes: CodeShare[];
  /** Multi-valued axes: initiatives with no code at all on this axis. */
  withoutCode?: Share;
  /** Total number of codes given (equals n on a single-valued axis). */
  mentions: number;
}

const codeShare = (axis: AxisName, code: string, count: number, of: number): CodeShare => {
  const s: CodeShare = { code, ...share(count, of) };
  if (axis === 'elements') s.effective = isEffective(code);
  return s;
};

export function axisFrequencies(selection: readonly Initiative[], axis: AxisName): AxisFrequencies {
  const n = selection.length;
  const counts = new Map<string, number>();
  let mentions = 0;
  let without = 0;
  for (const i of selection) {
    const codes = new Set(codesOn(i, axis));
    if (codes.size === 0) without++;
    mentions += codes.size;
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const out: AxisFrequencies = { axis, multi: AXES[axis].multi, n, codes: AXES[axis].codes.map((c) => codeShare(axis, c.code, counts.get(c.code) ?? 0, n)), mentions };
  if (AXES[axis].multi) out.withoutCode = share(without, n);
  return out;
}

/** Initiatives that (also) work against objective social isolation (seed 003, table 5, last row). */
export function socialIsolationShare(selection: readonly Initiative[]): Share {
  return share(selection.filter((i) => i.social_isolation).length, selection.length);
}

export interface ElementsPerInitiative {
  n: number;
  /** Figure 5's categories (1, 2, 3, 4 or more), plus 0 for initiatives not coded on elements. */
  buckets: (Share & { bucket: ElementCountBucket })[];
  /** Mean number of elements; null for an empty selection. */
  mean: number | null;
}

const distinctElements = (i: Initiative) => new Set(i.elements).size;

export function elementsPerInitiative(selection: readonly Initiative[]): ElementsPerInitiative {
  const n = selection.length;
  const tally = new Map<ElementCountBucket, number>();
  let total = 0;
  for (const i of selection) {
    const k = distinctElements(i);
    total += k;
    const b: ElementCountBucket = k >= 4 ? '4+' : (String(k) as ElementCountBucket);
    tally.set(b, (tally.get(b) ?? 0) + 1);
  }
  return { n, buckets: ELEMENT_COUNT_BUCKETS.map((bucket) => ({ bucket, ...share(tally.get(bucket) ?? 0, n) })), mean: n ? total / n : null };
}

export interface ElementsInSubgroup {
  /** Size of the subgroup: the percentages are of this number. */
  n: number;
  /** Codes with count > 0, most used first; ties in matrix order. */
  elements: CodeShare[];
}

function elementsIn(subgroup: readonly Initiative[], exclude: readonly string[] = []): ElementsInSubgroup {
  const f = axisFrequencies(subgroup, 'elements');
  const elements = f.codes.filter((c) => c.count > 0 && !exclude.includes(c.code)).sort((a, b) => b.count - a.count); // stable: ties keep matrix order
  return { n: subgroup.length, elements };
}

/** Figure 7: among initiatives with exactly one element, which one (percent of that subgroup). */
export function singleElementBreakdown(selection: readonly Initiative[]): ElementsInSubgroup {
  return elementsIn(selection.filter((i) => distinctElements(i) === 1));
}

/**
 * Figure 6: the elements most used by initiatives that combine at least
 * `minElements` (default 2), as percent of that subgroup. `exclude` drops
 * codes from the ranking only (figure 6's printed top 5 leaves out detection
 * and referral, which the study added to the matrix's elements; see the
 * fixture notes), `limit` keeps the first ones.
 */
export function elementsAmongCombined(selection: readonly Initiative[], opts: { minElements?: number; exclude?: readonly string[]; limit?: number } = {}): ElementsInSubgroup & { minElements: number } {
  const minElements = opts.minElements ?? 2;
  const r = elementsIn(selection.filter((i) => distinctElements(i) >= minElements), opts.exclude);
  return { ...r, elements: opts.limit === undefined ? r.elements : r.elements.slice(0, opts.limit), minElements };
}

export interface LandscapeSummary {
  n: number;
  /** N < SMALL_SELECTION: every figure still computed, but a reader must be told it rests on very few initiatives. */
  smallSelection: boolean;
  axes: Record<AxisName, AxisFrequencies>;
  socialIsolation: Share;
  elementsPerInitiative: ElementsPerInitiative;
  singleElement: ElementsInSubgroup;
  combined: ElementsInSubgroup & { minElements: number };
}

/** Everything of part 2 at once for a selection. */
export function describeSelection(selection: readonly Initiative[]): LandscapeSummary {
  return describeCounts(tallySelection(selection));
}

// ---------------------------------------------------------------- from counts (counts.ts)

/** axisFrequencies from counts: the same result for the same selection. */
export function axisFrequenciesFromCounts(counts: SelectionCounts, axis: AxisName): AxisFrequencies {
  const a = counts.axes[axis];
  const n = counts.n;
  const out: AxisFrequencies = { axis, multi: AXES[axis].multi, n, codes: AXES[axis].codes.map((c) => codeShare(axis, c.code, a.codes[c.code] ?? 0, n)), mentions: a.mentions };
  if (AXES[axis].multi) out.withoutCode = share(a.without, n);
  return out;
}

export function elementsPerInitiativeFromCounts(counts: SelectionCounts): ElementsPerInitiative {
  const n = counts.n;
  return { n, buckets: ELEMENT_COUNT_BUCKETS.map((bucket) => ({ bucket, ...share(counts.elementBuckets[bucket], n) })), mean: n ? counts.elementTotal / n : null };
}

/** Codes with count > 0, most used first; ties in matrix order (as elementsIn). */
function rankedElements(perCode: Record<string, number>, of: number, exclude: readonly string[] = []): CodeShare[] {
  return AXES.elements.codes
    .map((c) => codeShare('elements', c.code, perCode[c.code] ?? 0, of))
    .filter((c) => c.count > 0 && !exclude.includes(c.code))
    .sort((a, b) => b.count - a.count);
}

export function singleElementFromCounts(counts: SelectionCounts): ElementsInSubgroup {
  const n = counts.elementBuckets['1'];
  return { n, elements: rankedElements(counts.singleElement, n) };
}

/** Figure 6 from counts (two or more elements; `exclude` and `limit` as elementsAmongCombined). */
export function combinedElementsFromCounts(counts: SelectionCounts, opts: { exclude?: readonly string[]; limit?: number } = {}): ElementsInSubgroup & { minElements: number } {
  const b = counts.elementBuckets;
  const n = b['2'] + b['3'] + b['4+'];
  const elements = rankedElements(counts.combinedElements, n, opts.exclude);
  return { n, elements: opts.limit === undefined ? elements : elements.slice(0, opts.limit), minElements: 2 };
}

/** describeSelection from counts. */
export function describeCounts(counts: SelectionCounts): LandscapeSummary {
  return {
    n: counts.n,
    smallSelection: counts.n < SMALL_SELECTION,
    axes: Object.fromEntries(AXIS_NAMES.map((a) => [a, axisFrequenciesFromCounts(counts, a)])) as Record<AxisName, AxisFrequencies>,
    socialIsolation: share(counts.socialIsolation, counts.n),
    elementsPerInitiative: elementsPerInitiativeFromCounts(counts),
    singleElement: singleElementFromCounts(counts),
    combined: combinedElementsFromCounts(counts),
  };
}
