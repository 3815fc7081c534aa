/**
 * Indirect standardisation: the expected number of people with each indicator in an area is the
 * sum, over the area's population cells (age × sex × nationality × civil status), of the cell's
 * residents times the rate that applies to them (see rates.ts for which rule applies).
 *
 *   count = Σ n_cell × rate_cell        low/high = Σ n_cell × low/high_cell
 *   percent = 100 × count / covered     covered = Σ n_cell over cells a rule applies to
 *
 * A rule without bounds contributes its rate to both low and high, and the result says its interval
 * is partial. Residents no rule applies to are reported as not covered, and the percent is among
 * the covered residents (dividing by residents that were not estimated would understate it).
 *
 * The low/high interval adds every cell's bound, i.e. it assumes all rates are at their low (or
 * high) end together: a deliberately wide plausible range, not a statistical confidence interval.
 *
 * Areas form a tree (sector → municipality → zone → region, or any other levels). Leaves carry
 * population; every other area is the sum of its children: counts, populations and bounds are
 * summed, never percents averaged, so totals over areas equal their parent's total.
 *
 * Statistical sectors have totals only (Statbel OPENDATA_SECTOREN): a sector's estimate is its
 * total times its municipality's composition-specific rates (count = total × municipal count /
 * municipal population), and says so.
 *
 * Pure: no file, database or network access.
 */
import { cellAt, cellCount, compositionTotal, type Composition, type CompositionLayout } from './composition.js';
import { narrowestMatch, type IndicatorId, type PrevalenceModel, type RateRule } from './rates.js';

/**
 * Default minimum population for publishing an area's figures.
 *
 * Why 100: the basic rule of statistical disclosure control for tables is a threshold (minimum
 * frequency) rule — a cell is not published when fewer than a minimum number of units contribute
 * (ESSnet/Eurostat "Handbook on Statistical Disclosure Control", Hundepool et al.; national
 * statistical institutes such as Statbel apply such minimum counts to small-area tables; minima of
 * 3 to 10 units are common). Our figures are modelled from public population statistics, not
 * observed, so they reveal nothing about any person's actual loneliness; the risks are that a
 * figure for a handful of residents is read as a statement about identifiable neighbours
 * (stigma), and that it is statistically meaningless. With prevalences around 10%, 100 residents
 * give about 10 expected cases — the order of the minimum cell sizes above — so below 100 residents
 * the figures are suppressed. The threshold is a parameter and is stated on the page.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 100;

export type AreaPopulation =
  /** Residents by age × sex × nationality × civil status (e.g. a municipality from TF_SOC_POP_STRUCT). */
  | { kind: 'composition'; composition: Composition }
  /** A total only (e.g. a statistical sector), combined with a reference area's composition. */
  | { kind: 'total'; total: number; reference: Composition; referenceCode: string; referenceName?: string };

export interface AreaInput {
  code: string;
  name: string;
  /** e.g. 'sector', 'municipality', 'zone', 'district', 'province', 'region', 'country'. */
  level: string;
  parent: string | null;
  /** Required for areas without children; forbidden for areas with children (they are sums). */
  population?: AreaPopulation;
}

export type EstimateMethod = 'composition' | 'sector-total-with-municipal-composition' | 'sum-of-children';

export type IndicatorStatus = 'estimated' | 'suppressed' | 'not-covered' | 'no-population';

export interface IndicatorEstimate {
  status: IndicatorStatus;
  /** Expected number of residents (unrounded); null when suppressed or not covered. */
  count: number | null;
  /** 100 × count / covered population; null when suppressed, not covered or no population. */
  percent: number | null;
  /** Lower and upper expected counts from the rates' bounds. */
  low: number | null;
  high: number | null;
  percentLow: number | null;
  percentHigh: number | null;
  /** Residents some rule applies to, and residents no rule applies to (never counted as 0 %). */
  coveredPopulation: number | null;
  notCoveredPopulation: number | null;
  /** True when some covered residents had a rate without bounds (low = high = rate for them). */
  intervalPartial: boolean | null;
}

export interface Suppression {
  reason: 'below-threshold' | 'complementary';
  threshold: number;
  message: string;
}

export interface AreaEstimate {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  population: number;
  method: EstimateMethod;
  /** Plain-language note on how this area was estimated, when it matters (sector estimates). */
  note: string | null;
  /** Residents of this area whose estimate came from a sector total × municipal composition. */
  populationFromSectorTotals: number;
  suppression: Suppression | null;
  indicators: Record<string, IndicatorEstimate>;
}

export interface EstimateResult {
  threshold: number;
  indicators: IndicatorId[];
  areas: AreaEstimate[];
}

export class EstimateInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`area input: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'EstimateInputError';
  }
}

/** Unsuppressed sums for one indicator in one area. */
export interface RawIndicator {
  covered: number;
  count: number;
  low: number;
  high: number;
  /** Covered residents whose rule had no bounds. */
  unbounded: number;
}

export interface RawEstimate {
  population: number;
  indicators: Map<IndicatorId, RawIndicator>;
}

// ---------------------------------------------------------------------------------------------
// Per-composition computation

interface CompiledIndicator {
  /** Rate per cell; NaN where no rule applies. */
  rate: Float64Array;
  low: Float64Array;
  high: Float64Array;
  bounded: Uint8Array;
}

const compiledCache = new WeakMap<PrevalenceModel, WeakMap<CompositionLayout, Map<IndicatorId, CompiledIndicator>>>();

function compile(model: PrevalenceModel, layout: CompositionLayout): Map<IndicatorId, CompiledIndicator> {
  let byLayout = compiledCache.get(model);
  if (!byLayout) compiledCache.set(model, (byLayout = new WeakMap()));
  const hit = byLayout.get(layout);
  if (hit) return hit;
  const out = new Map<IndicatorId, CompiledIndicator>();
  const n = cellCount(layout);
  for (const indicator of model.indicators) {
    const rules: RateRule[] = model.rules.filter((r) => r.indicator === indicator);
    const c: CompiledIndicator = { rate: new Float64Array(n), low: new Float64Array(n), high: new Float64Array(n), bounded: new Uint8Array(n) };
    for (let i = 0; i < n; i++) {
      const r = narrowestMatch(rules, cellAt(layout, i));
      if (!r) {
        c.rate[i] = Number.NaN;
        continue;
      }
      const bounded = r.low !== undefined && r.high !== undefined;
      c.rate[i] = r.rate;
      c.low[i] = bounded ? r.low! : r.rate;
      c.high[i] = bounded ? r.high! : r.rate;
      c.bounded[i] = bounded ? 1 : 0;
    }
    out.set(indicator, c);
  }
  byLayout.set(layout, out);
  return out;
}

/** The unsuppressed expected counts for one composition, per indicator of the model. */
export function estimateComposition(model: PrevalenceModel, composition: Composition): RawEstimate {
  const compiled = compile(model, composition.layout);
  const counts = composition.counts;
  const indicators = new Map<IndicatorId, RawIndicator>();
  for (const [indicator, c] of compiled) {
    const raw: RawIndicator = { covered: 0, count: 0, low: 0, high: 0, unbounded: 0 };
    for (let i = 0; i < counts.length; i++) {
      const n = counts[i]!;
      if (n === 0) continue;
      const rate = c.rate[i]!;
      if (Number.isNaN(rate)) continue;
      raw.covered += n;
      raw.count += n * rate;
      raw.low += n * c.low[i]!;
      raw.high += n * c.high[i]!;
      if (!c.bounded[i]) raw.unbounded += n;
    }
    indicators.set(indicator, raw);
  }
  return { population: compositionTotal(composition), indicators };
}

function scaled(ref: RawEstimate, total: number, model: PrevalenceModel): RawEstimate {
  const indicators = new Map<IndicatorId, RawIndicator>();
  const f = ref.population > 0 ? total / ref.population : 0;
  for (const indicator of model.indicators) {
    const r = ref.indicators.get(indicator)!;
    indicators.set(indicator, { covered: r.covered * f, count: r.count * f, low: r.low * f, high: r.high * f, unbounded: r.unbounded * f });
  }
  return { population: total, indicators };
}

function zeroRaw(model: PrevalenceModel, population: number): RawEstimate {
  const indicators = new Map<IndicatorId, RawIndicator>();
  for (const i of model.indicators) indicators.set(i, { covered: 0, count: 0, low: 0, high: 0, unbounded: 0 });
  return { population, indicators };
}

function addInto(target: RawEstimate, add: RawEstimate): void {
  target.population += add.population;
  for (const [i, a] of add.indicators) {
    const t = target.indicators.get(i)!;
    t.covered += a.covered;
    t.count += a.count;
    t.low += a.low;
    t.high += a.high;
    t.unbounded += a.unbounded;
  }
}

// ---------------------------------------------------------------------------------------------
// Area tree

export interface EstimateOptions {
  /** Areas with 0 < population < threshold have their figures suppressed. Default 100. */
  threshold?: number;
}

/**
 * Estimates every area of a tree. Output is in input order.
 *
 * Suppression: an area with 0 < population < threshold is suppressed (its figures are null, with
 * the reason); it still counts in its parents' totals, so totals stay correct. Differencing risk:
 * a parent's published figure minus its other children's figures would reveal a lone suppressed
 * child, so when exactly one child of an area is suppressed, the smallest other child with
 * residents is suppressed too (complementary suppression, the standard remedy in the SDC
 * handbook). Limits, stated honestly: this protects one hierarchy at a time — differencing across
 * two different groupings of the same small areas, or across years, is not prevented. And because
 * estimates are a function of public statistics (Statbel's municipal composition and sector
 * totals), anyone can recompute a suppressed sector's figure; suppression here keeps meaningless
 * and stigmatising figures for tiny areas off the page, it does not hide personal data (there is
 * none in the input).
 */
export function estimateAreas(model: PrevalenceModel, areas: readonly AreaInput[], options: EstimateOptions = {}): EstimateResult {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!(threshold >= 0) || !Number.isFinite(threshold)) throw new RangeError(`threshold must be a number ≥ 0, got ${threshold}`);

  const problems: string[] = [];
  const byCode = new Map<string, AreaInput>();
  for (const a of areas) {
    if (byCode.has(a.code)) problems.push(`area code ${a.code} appears twice`);
    byCode.set(a.code, a);
  }
  const children = new Map<string, string[]>();
  for (const a of areas) {
    if (a.parent === null) continue;
    if (!byCode.has(a.parent)) problems.push(`area ${a.code} has parent ${a.parent}, which is not in the input`);
    else children.set(a.parent, [...(children.get(a.parent) ?? []), a.code]);
  }
  for (const a of areas) {
    const kids = children.get(a.code);
    if (kids && a.population) problems.push(`area ${a.code} has both its own population and child areas (${kids.length}); a parent is the sum of its children`);
    if (!kids && !a.population) problems.push(`area ${a.code} has neither population nor child areas`);
    const p = a.population;
    if (p?.kind === 'total' && (!Number.isFinite(p.total) || p.total < 0)) problems.push(`area ${a.code} has an invalid total population ${p.total}`);
  }
  // Post-order from the roots; anything not reached sits in a cycle.
  const order: string[] = [];
  const visited = new Set<string>();
  for (const root of areas.filter((a) => a.parent === null)) {
    const stack: [string, boolean][] = [[root.code, false]];
    while (stack.length) {
      const [code, expanded] = stack.pop()!;
      if (expanded) {
        order.push(code);
        continue;
      }
      if (visited.has(code)) continue;
      visited.add(code);
      stack.push([code, true]);
      for (const k of children.get(code) ?? []) stack.push([k, false]);
    }
  }
  for (const a of areas) if (!visited.has(a.code) && byCode.has(a.parent ?? '')) problems.push(`area ${a.code} is in a cycle of parents`);
  if (problems.length) throw new EstimateInputError([...new Set(problems)]);

  // Raw (unsuppressed) sums, leaves first.
  const raw = new Map<string, RawEstimate>();
  const fromSectors = new Map<string, number>();
  const refCache = new Map<Composition, RawEstimate>();
  for (const code of order) {
    const a = byCode.get(code)!;
    const p = a.population;
    if (p?.kind === 'composition') {
      raw.set(code, estimateComposition(model, p.composition));
      fromSectors.set(code, 0);
    } else if (p?.kind === 'total') {
      let ref = refCache.get(p.reference);
      if (!ref) refCache.set(p.reference, (ref = estimateComposition(model, p.reference)));
      // A reference with no residents cannot give rates: the sector's residents are not covered.
      raw.set(code, ref.population > 0 ? scaled(ref, p.total, model) : zeroRaw(model, p.total));
      fromSectors.set(code, p.total);
    } else {
      const sum = zeroRaw(model, 0);
      let s = 0;
      for (const k of children.get(code)!) {
        addInto(sum, raw.get(k)!);
        s += fromSectors.get(k)!;
      }
      raw.set(code, sum);
      fromSectors.set(code, s);
    }
  }

  // Suppression: primary, then complementary per set of siblings.
  const suppression = new Map<string, Suppression>();
  for (const a of areas) {
    const pop = raw.get(a.code)!.population;
    if (pop > 0 && pop < threshold) {
      suppression.set(a.code, {
        reason: 'below-threshold',
        threshold,
        message: `Fewer than ${threshold} residents: figures are not shown.`,
      });
    }
  }
  for (const a of areas) {
    const kids = children.get(a.code);
    if (!kids) continue;
    const populated = kids.filter((k) => raw.get(k)!.population > 0);
    const hidden = populated.filter((k) => suppression.has(k));
    if (hidden.length !== 1) continue;
    const candidates = populated
      .filter((k) => !suppression.has(k))
      .sort((x, y) => raw.get(x)!.population - raw.get(y)!.population || (x < y ? -1 : x > y ? 1 : 0));
    const pick = candidates[0];
    if (pick === undefined) continue;
    suppression.set(pick, {
      reason: 'complementary',
      threshold,
      message: `Not shown so that the figures of a neighbouring area with fewer than ${threshold} residents cannot be worked out by subtraction from ${a.name}.`,
    });
  }

  const out: AreaEstimate[] = areas.map((a) => {
    const r = raw.get(a.code)!;
    const sup = suppression.get(a.code) ?? null;
    const p = a.population;
    const method: EstimateMethod = p?.kind === 'composition' ? 'composition' : p?.kind === 'total' ? 'sector-total-with-municipal-composition' : 'sum-of-children';
    let note: string | null = null;
    if (p?.kind === 'total') {
      const refName = p.referenceName ? `${p.referenceName} (${p.referenceCode})` : p.referenceCode;
      const refPop = refCache.get(p.reference)!.population;
      note =
        refPop > 0
          ? `Statbel publishes only a total per statistical sector, so this estimate is the sector's ${p.total} residents times the rates implied by the age, sex, civil-status and nationality composition of municipality ${refName}. It assumes the sector's residents are composed like the municipality's.`
          : `No composition is available for municipality ${refName}, so this sector cannot be estimated.`;
    } else if (!p && fromSectors.get(a.code)! > 0) {
      note = `Includes ${round(fromSectors.get(a.code)!)} residents estimated from statistical-sector totals and their municipality's composition.`;
    }
    const indicators: Record<string, IndicatorEstimate> = {};
    for (const id of model.indicators) indicators[id] = present(r.population, r.indicators.get(id)!, sup !== null);
    return {
      code: a.code,
      name: a.name,
      level: a.level,
      parent: a.parent,
      population: r.population,
      method,
      note,
      populationFromSectorTotals: fromSectors.get(a.code)!,
      suppression: sup,
      indicators,
    };
  });
  return { threshold, indicators: [...model.indicators], areas: out };
}

function round(x: number): number {
  return Math.round(x);
}

function present(population: number, r: RawIndicator, suppressed: boolean): IndicatorEstimate {
  if (population === 0) {
    return {
      status: 'no-population',
      count: 0,
      percent: null,
      low: 0,
      high: 0,
      percentLow: null,
      percentHigh: null,
      coveredPopulation: 0,
      notCoveredPopulation: 0,
      intervalPartial: false,
    };
  }
  if (suppressed) {
    return {
      status: 'suppressed',
      count: null,
      percent: null,
      low: null,
      high: null,
      percentLow: null,
      percentHigh: null,
      coveredPopulation: null,
      notCoveredPopulation: null,
      intervalPartial: null,
    };
  }
  // Floating-point sums of fractional sector shares can leave a hair of difference.
  const notCovered = Math.max(0, population - r.covered);
  if (r.covered <= 0) {
    return {
      status: 'not-covered',
      count: null,
      percent: null,
      low: null,
      high: null,
      percentLow: null,
      percentHigh: null,
      coveredPopulation: 0,
      notCoveredPopulation: population,
      intervalPartial: null,
    };
  }
  return {
    status: 'estimated',
    count: r.count,
    percent: (100 * r.count) / r.covered,
    low: r.low,
    high: r.high,
    percentLow: (100 * r.low) / r.covered,
    percentHigh: (100 * r.high) / r.covered,
    coveredPopulation: r.covered,
    notCoveredPopulation: notCovered,
    intervalPartial: r.unbounded > 0,
  };
}

/** Convenience: the estimate of one area by code. */
export function findArea(result: EstimateResult, code: string): AreaEstimate | undefined {
  return result.areas.find((a) => a.code === code);
}
