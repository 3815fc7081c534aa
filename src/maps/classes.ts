/**
 * Class breaks and colours for choropleth maps: only the classes the figures support.
 *
 * - Values are classed **as the table rounds them** (`roundAs`): two areas the table shows with
 *   the same figure share a colour, and a legend never needs more decimals than the table.
 * - Quantile classes put about the same number of areas in each colour, which keeps a skewed
 *   measure readable; every break is a value some area has and lies above the previous one, so
 *   **no class is empty** and the legend shows, per class, the lowest and highest figure in it.
 * - When **the spread is smaller than the estimate's uncertainty** — the difference between the
 *   highest and the lowest area figure is smaller than the median width of the areas' intervals
 *   (low–high) — the differences between areas are within the estimate's own margin: the map
 *   shows one class and says so, instead of painting noise in five strong colours.
 *
 * The palette is sequential and colour-blind safe (ColorBrewer "YlGnBu", Brewer & Harrower,
 * colorbrewer2.org, 5 classes), light = low. Pure: no I/O.
 */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** Text colour that stays readable on each class colour (contrast ≥ 4.5:1). */
export const INK_ON = ['#1b1b1f', '#1b1b1f', '#1b1b1f', '#ffffff', '#ffffff'] as const;

export interface ClassRange {
  /** Lowest and highest (rounded) value in the class, and how many areas it holds (≥ 1). */
  lo: number;
  hi: number;
  n: number;
}

export interface Classes {
  /** Lower bound of each class after the first (ascending): a value ≥ breaks[i − 1] and < breaks[i] is in class i. */
  breaks: number[];
  min: number;
  max: number;
  /** One per class, in order. */
  ranges: ClassRange[];
}

const rounders = new Map<number, Intl.NumberFormat>();

/**
 * A value rounded to `digits` decimals exactly as the table prints it: by Intl.NumberFormat, as
 * the table does (it rounds the shortest decimal form half away from zero, 0.15 → 0.2, where
 * toFixed gives 0.1).
 */
export function roundAs(x: number, digits: number): number {
  const d = Math.max(0, Math.min(20, Math.trunc(digits)));
  let f = rounders.get(d);
  if (!f) rounders.set(d, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: d, useGrouping: false })));
  return Number(f.format(x));
}

export function median(xs: readonly number[]): number | null {
  const v = [...xs].sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

function rangesOf(sorted: readonly number[], breaks: readonly number[]): ClassRange[] {
  const out: ClassRange[] = [];
  let c = 0;
  for (const x of sorted) {
    while (c < breaks.length && x >= breaks[c]!) c++;
    const r = out[c];
    if (r) {
      r.hi = x;
      r.n++;
    } else out[c] = { lo: x, hi: x, n: 1 };
  }
  return out;
}

/** Quantile classes of the values as given (round them first with `roundAs`); null without values. */
export function quantileClasses(values: readonly number[], count: number = PALETTE.length): Classes | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const breaks: number[] = [];
  for (let i = 1; i < count; i++) {
    const q = v[Math.min(v.length - 1, Math.floor((i * v.length) / count))]!;
    // Above the minimum and the previous break: the class below it holds at least one value.
    if (q > (breaks.length ? breaks[breaks.length - 1]! : v[0]!)) breaks.push(q);
  }
  return { breaks, min: v[0]!, max: v[v.length - 1]!, ranges: rangesOf(v, breaks) };
}

/**
 * For small whole counts (initiatives per area, mostly 0): one class per value when there are at
 * most `count` of them — quantiles would merge a few areas with 1 or 2 into the many with 0 — else
 * quantile classes.
 */
export function distinctClasses(values: readonly number[], count: number = PALETTE.length): Classes | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const distinct = [...new Set(v)];
  if (!v.length || distinct.length > count) return quantileClasses(v, count);
  const breaks = distinct.slice(1);
  return { breaks, min: v[0]!, max: v[v.length - 1]!, ranges: rangesOf(v, breaks) };
}

/** One class holding every value (the map of figures within their uncertainty). */
export function singleClass(values: readonly number[]): Classes | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return { breaks: [], min: v[0]!, max: v[v.length - 1]!, ranges: [{ lo: v[0]!, hi: v[v.length - 1]!, n: v.length }] };
}

/** Index of the class a value falls in: values below break i belong to class i. */
export function classOf(value: number, classes: Classes): number {
  let i = 0;
  while (i < classes.breaks.length && value >= classes.breaks[i]!) i++;
  return i;
}

/** Spreads the used classes over the palette so two classes are not two near-identical colours; a single class takes the middle colour. */
export function colourOf(classIndex: number, classCount: number): { fill: string; ink: string } {
  const idx = classCount <= 1 ? 2 : Math.round((classIndex * (PALETTE.length - 1)) / (classCount - 1));
  return { fill: PALETTE[idx]!, ink: INK_ON[idx]! };
}

/** An area's figure with its interval (low–high in the same unit), when the estimate has one. */
export interface Figure {
  value: number;
  low?: number | null;
  high?: number | null;
}

export interface Uncertainty {
  /** Highest minus lowest figure. */
  spread: number;
  /** Median width (high − low) of the areas' intervals; intervals that collapse to one value are no interval and are left out. */
  medianWidth: number;
  /** spread < medianWidth: the differences between areas are within the estimate's uncertainty. */
  within: boolean;
  /** How many intervals the median is over. */
  intervals: number;
}

/** Compares the spread between areas with the median width of their intervals; null with fewer than two figures or no interval at all. */
export function uncertaintyOf(figures: readonly Figure[]): Uncertainty | null {
  const values = figures.map((f) => f.value).filter((x) => Number.isFinite(x));
  if (values.length < 2) return null;
  const widths = figures.flatMap((f) => (f.low != null && f.high != null && Number.isFinite(f.low) && Number.isFinite(f.high) && f.high > f.low ? [f.high - f.low] : []));
  const medianWidth = median(widths);
  if (medianWidth === null) return null;
  const spread = Math.max(...values) - Math.min(...values);
  return { spread, medianWidth, within: spread < medianWidth, intervals: widths.length };
}

export interface ClassPlan {
  /** Digits the values were rounded to (those of the table). */
  digits: number;
  classes: Classes | null;
  /** The spread against the uncertainty, when intervals are known. */
  uncertainty: Uncertainty | null;
}

/**
 * The classes a map of these figures may show: quantile classes of the values rounded as the
 * table rounds them, or one class when the spread is within the uncertainty.
 */
export function classPlan(figures: readonly Figure[], opts: { digits: number; count?: number; distinct?: boolean }): ClassPlan {
  const rounded = figures.map((f) => roundAs(f.value, opts.digits));
  const uncertainty = uncertaintyOf(figures);
  const count = opts.count ?? PALETTE.length;
  const classes = uncertainty?.within ? singleClass(rounded) : opts.distinct ? distinctClasses(rounded, count) : quantileClasses(rounded, count);
  return { digits: opts.digits, classes, uncertainty };
}

/** The class (and its colours) of a value under a plan: the value is rounded first, as the plan's classes were made. */
export function fillOf(value: number, plan: ClassPlan): { fill: string; ink: string } | null {
  if (!plan.classes) return null;
  return colourOf(classOf(roundAs(value, plan.digits), plan.classes), plan.classes.ranges.length);
}
