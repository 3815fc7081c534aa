/**
 * The counts every landscape figure is computed from. The descriptive
 * analysis (analysis.ts), the gap rules (gaps.ts) and the cross-tabs
 * (crosstab.ts) need nothing about a selection beyond these numbers, so they
 * can be tallied in JavaScript from Initiative objects (tallySelection,
 * tallyCrossTab: the reference) or by the database (sql-counts.ts: GROUP BY
 * counts, for 100,000 initiatives within the benchmark's budget), and every
 * figure, percentage and test after them is the same code.
 *
 * Counting rules (the study's, seed 003 §2.2): a code counts once per
 * initiative even if listed twice; percentages are of N (or of the subgroup).
 */
import type { Initiative } from '../initiatives/schema.js';
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import { categoriesOf, categoryKey, codesOn, membership, parseSpec, type Spec } from './specs.js';

export const ELEMENT_COUNT_BUCKETS = ['0', '1', '2', '3', '4+'] as const;
export type ElementCountBucket = (typeof ELEMENT_COUNT_BUCKETS)[number];

/** Dimensions that name a specific kind of loneliness (gap rule "dimensions_undifferentiated"). */
export const SPECIFIC_DIMENSIONS = ['social', 'emotional', 'existential', 'collective'] as const;

export interface AxisCounts {
  /** Initiatives per code (codes with count 0 may be absent). */
  codes: Record<string, number>;
  /** Initiatives with no code on this axis (always 0 on a single-valued axis). */
  without: number;
  /** Distinct codes given in total (equals N on a single-valued axis). */
  mentions: number;
  /** Initiatives with two or more distinct codes on this axis (0 on a single-valued axis). */
  overlapping: number;
}

export interface SelectionCounts {
  n: number;
  axes: Record<AxisName, AxisCounts>;
  /** Initiatives that (also) work against objective social isolation. */
  socialIsolation: number;
  /** Initiatives by number of distinct elements (figure 5). */
  elementBuckets: Record<ElementCountBucket, number>;
  /** Sum over initiatives of their number of distinct elements (for the mean). */
  elementTotal: number;
  /** Among initiatives with exactly one distinct element: initiatives per element (figure 7). */
  singleElement: Record<string, number>;
  /** Among initiatives with two or more distinct elements: initiatives per element (figure 6). */
  combinedElements: Record<string, number>;
  /** Tertiary initiatives that use meeting (§2.2.2: 11 of the 18). */
  tertiaryWithMeeting: number;
  /** Initiatives naming at least one specific dimension (SPECIFIC_DIMENSIONS). */
  specificDimension: number;
}

const bump = (m: Record<string, number>, k: string, by = 1) => {
  m[k] = (m[k] ?? 0) + by;
};

export function emptyAxisCounts(): AxisCounts {
  return { codes: {}, without: 0, mentions: 0, overlapping: 0 };
}

export function emptySelectionCounts(): SelectionCounts {
  return {
    n: 0,
    axes: Object.fromEntries(AXIS_NAMES.map((a) => [a, emptyAxisCounts()])) as Record<AxisName, AxisCounts>,
    socialIsolation: 0,
    elementBuckets: { '0': 0, '1': 0, '2': 0, '3': 0, '4+': 0 },
    elementTotal: 0,
    singleElement: {},
    combinedElements: {},
    tertiaryWithMeeting: 0,
    specificDimension: 0,
  };
}

export const bucketOf = (k: number): ElementCountBucket => (k >= 4 ? '4+' : (String(k) as ElementCountBucket));

/** The reference tally: one pass over Initiative objects. */
export function tallySelection(selection: readonly Initiative[]): SelectionCounts {
  const c = emptySelectionCounts();
  c.n = selection.length;
  for (const i of selection) {
    for (const axis of AXIS_NAMES) {
      const codes = new Set(codesOn(i, axis));
      const a = c.axes[axis];
      if (codes.size === 0) a.without++;
      if (codes.size > 1) a.overlapping++;
      a.mentions += codes.size;
      for (const code of codes) bump(a.codes, code);
    }
    if (i.social_isolation) c.socialIsolation++;
    const elements = new Set(i.elements);
    c.elementBuckets[bucketOf(elements.size)]++;
    c.elementTotal += elements.size;
    if (elements.size >= 1) for (const e of elements) bump(elements.size === 1 ? c.singleElement : c.combinedElements, e);
    if (i.prevention === 'tertiary' && elements.has('meeting')) c.tertiaryWithMeeting++;
    if (i.dimensions.some((d) => (SPECIFIC_DIMENSIONS as readonly string[]).includes(d))) c.specificDimension++;
  }
  return c;
}

/** Counts of one side of a cross-tab: distinct initiatives per category key, and how many are in several categories. */
export interface SideCounts {
  totals: Record<string, number>;
  overlapping: number;
}

export interface CrossTabCounts {
  n: number;
  rowSpec: Spec;
  columnSpec: Spec;
  rows: SideCounts;
  columns: SideCounts;
  /** cells[rowKey][columnKey]: initiatives in both categories (absent = 0). Keys as categoryKey(). */
  cells: Record<string, Record<string, number>>;
}

/** A side's totals follow from the selection's counts: no extra query needed. */
export function sideCounts(counts: SelectionCounts, spec: Spec): SideCounts {
  if (spec.kind === 'social_isolation') return { totals: { no: counts.n - counts.socialIsolation, yes: counts.socialIsolation }, overlapping: 0 };
  const a = counts.axes[spec.axis];
  if (spec.kind === 'code') {
    const yes = a.codes[spec.code] ?? 0;
    return { totals: { no: counts.n - yes, yes }, overlapping: 0 };
  }
  const totals: Record<string, number> = {};
  for (const c of AXES[spec.axis].codes) totals[c.code] = a.codes[c.code] ?? 0;
  if (AXES[spec.axis].multi && a.without > 0) totals.none = a.without;
  return { totals, overlapping: AXES[spec.axis].multi ? a.overlapping : 0 };
}

/** The reference tally of a cross-tab's cells and sides. */
export function tallyCrossTab(selection: readonly Initiative[], rowSpec: string | Spec, columnSpec: string | Spec): CrossTabCounts {
  const rs = parseSpec(rowSpec);
  const cs = parseSpec(columnSpec);
  const side = (spec: Spec) => {
    const categories = categoriesOf(spec, selection);
    const keys = categories.map(categoryKey);
    const of = selection.map((i) => membership(spec, categories, i).map((k) => keys[k]!));
    const totals: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const m of of) for (const k of m) totals[k]!++;
    return { of, counts: { totals, overlapping: of.filter((m) => m.length > 1).length } };
  };
  const r = side(rs);
  const c = side(cs);
  const cells: Record<string, Record<string, number>> = {};
  selection.forEach((_, k) => {
    for (const i of r.of[k]!) for (const j of c.of[k]!) bump((cells[i] ??= {}), j);
  });
  return { n: selection.length, rowSpec: rs, columnSpec: cs, rows: r.counts, columns: c.counts, cells };
}

