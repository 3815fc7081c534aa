/**
 * Class breaks and colours for choropleth maps. Quantile classes put about
 * the same number of areas in each colour, which keeps a skewed measure
 * readable; the palette is sequential and colour-blind safe (ColorBrewer
 * "YlGnBu", Brewer & Harrower, colorbrewer2.org, 5 classes), light = low.
 */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** Text colour that stays readable on each class colour (contrast ≥ 4.5:1). */
export const INK_ON = ['#1b1b1f', '#1b1b1f', '#1b1b1f', '#ffffff', '#ffffff'] as const;

export interface Classes {
  /** Upper bounds of each class except the last (ascending). */
  breaks: number[];
  min: number;
  max: number;
}

export function quantileClasses(values: readonly number[], count = PALETTE.length): Classes | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const breaks: number[] = [];
  for (let i = 1; i < count; i++) {
    const q = v[Math.min(v.length - 1, Math.floor((i * v.length) / count))]!;
    if (!breaks.length || q > breaks[breaks.length - 1]!) breaks.push(q);
  }
  // Fewer distinct values than classes: fewer classes.
  if (breaks.length && breaks[breaks.length - 1]! >= v[v.length - 1]!) breaks.pop();
  return { breaks, min: v[0]!, max: v[v.length - 1]! };
}

/** Index of the class a value falls in: values below break i belong to class i. */
export function classOf(value: number, classes: Classes): number {
  let i = 0;
  while (i < classes.breaks.length && value >= classes.breaks[i]!) i++;
  return i;
}

/** Spreads the used classes over the palette so two classes are not two near-identical colours. */
export function colourOf(classIndex: number, classCount: number): { fill: string; ink: string } {
  const idx = classCount <= 1 ? PALETTE.length - 1 : Math.round((classIndex * (PALETTE.length - 1)) / (classCount - 1));
  return { fill: PALETTE[idx]!, ink: INK_ON[idx]! };
}
