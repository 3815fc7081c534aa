/** Functions that never finish or never stop allocating, to show the worker limits stop them. */
export function spin(): never {
  for (;;) {
    // busy: no await, no I/O
  }
}

export function hog(): number {
  const keep: number[][] = [];
  for (;;) keep.push(Array.from({ length: 1_000_000 }, (_, i) => i));
}
