/**
 * Shares as the study prints them: a percentage of the selection with one
 * decimal (seed 003, tables 3-8: "29,3", "0,8"), rounded half up. The raw
 * value is kept next to the printed one so nothing downstream rounds twice.
 */

export interface Share {
  count: number;
  /** The denominator: the selection or the subgroup the percentage is of. */
  of: number;
  /** 100 · count / of, unrounded; null when of = 0 (no denominator, no percentage). */
  percent: number | null;
  /** `percent` rounded to one decimal, half up, computed in integers so 12.25 → 12.3 exactly. */
  printed: number | null;
}

export function share(count: number, of: number): Share {
  if (!Number.isInteger(count) || !Number.isInteger(of) || count < 0 || of < 0) throw new RangeError(`share needs non-negative integer counts (${count}/${of})`);
  if (of === 0) return { count, of, percent: null, printed: null };
  // round(1000·count/of) half up, exactly: floor((2000·count + of) / (2·of)).
  const tenths = Math.floor((2000 * count + of) / (2 * of));
  return { count, of, percent: (100 * count) / of, printed: tenths / 10 };
}

/** Raw fraction 0..1, or null without a denominator. */
export function fraction(s: Share): number | null {
  return s.of === 0 ? null : s.count / s.of;
}
