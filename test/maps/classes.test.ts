/**
 * Map classes the figures support (src/maps/classes.ts), with worked numbers: rounded as the
 * table rounds, no empty class, and one class when the spread between areas is smaller than the
 * median width of their intervals (the rule of issue 14).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classOf, classPlan, distinctClasses, median, quantileClasses, roundAs, uncertaintyOf } from '../../src/maps/classes.js';

describe('map classes', () => {
  it('round exactly as the table prints (Intl.NumberFormat, 1 decimal)', () => {
    const table = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // 0.15, 1.45 and 9.35 are just below their halves as doubles: toFixed gives 0.1, 1.4, 9.3; the table prints 0.2, 1.5, 9.4.
    for (const x of [0.15, 0.25, 1.45, 2.675, 9.25, 9.35, 9.349, 10.05, 12.449999, 99.95]) assert.equal(roundAs(x, 1).toFixed(1), table.format(x), String(x));
    assert.equal(roundAs(9.35, 1), 9.4);
    assert.equal(roundAs(1234.5, 0), 1235);
  });

  it('never leave a class empty, even with many equal values at the bottom', () => {
    // Old rule: the first break was the minimum itself (1), so class 0 ("below 1") was empty.
    // Ten values, five quantiles: positions 2, 4, 6, 8 hold 1, 1, 2, 4; breaks at the minimum are dropped.
    const c = quantileClasses([1, 1, 1, 1, 1, 1, 2, 3, 4, 5])!;
    assert.deepEqual(c.breaks, [2, 4]);
    assert.deepEqual(
      c.ranges.map((r) => [r.lo, r.hi, r.n]),
      [
        [1, 1, 6],
        [2, 3, 2],
        [4, 5, 2],
      ],
    );
    assert.equal(classOf(1, c), 0);
    assert.equal(classOf(3, c), 1);
    assert.equal(classOf(4, c), 2);
  });

  it('class the values the table shows: shares that print alike share a colour, and the legend needs no extra decimals', () => {
    // Six areas 9.30 … 9.34 % without intervals: the table prints 9.3 for each (the old legend added decimals to tell them apart).
    const plan = classPlan([9.3, 9.31, 9.32, 9.33, 9.34, 9.3].map((value) => ({ value })), { digits: 1 });
    assert.equal(plan.uncertainty, null, 'no intervals: nothing to compare the spread with');
    assert.deepEqual(plan.classes!.ranges, [{ lo: 9.3, hi: 9.3, n: 6 }], 'one printed value, one class');
    // 9.2, 9.3, 9.36 → 9.2, 9.3, 9.4: three printed values, three classes.
    assert.deepEqual(classPlan([9.2, 9.3, 9.36].map((value) => ({ value })), { digits: 1 }).classes!.ranges.map((r) => r.lo), [9.2, 9.3, 9.4]);
  });

  it('say when the spread is smaller than the uncertainty: 0.09 points between areas, intervals about 5 points wide', () => {
    // Five areas; shares 9.31 … 9.40 % (spread 0.09), each with a low–high range of the rates' bounds.
    const figures = [
      { value: 9.31, low: 6.9, high: 11.8 }, // width 4.9
      { value: 9.34, low: 6.9, high: 11.9 }, // 5.0
      { value: 9.36, low: 7.0, high: 11.9 }, // 4.9
      { value: 9.38, low: 6.8, high: 12.0 }, // 5.2
      { value: 9.4, low: 7.0, high: 12.1 }, // 5.1
    ];
    const u = uncertaintyOf(figures)!;
    assert.ok(Math.abs(u.spread - 0.09) < 1e-9, String(u.spread));
    assert.ok(Math.abs(u.medianWidth - 5.0) < 1e-9, 'median of 4.9, 4.9, 5.0, 5.1, 5.2');
    assert.equal(u.within, true);
    const plan = classPlan(figures, { digits: 1 });
    assert.deepEqual(plan.classes!.ranges, [{ lo: 9.3, hi: 9.4, n: 5 }], 'one class instead of five colours of noise');
  });

  it('keep the classes when the spread exceeds the uncertainty (5 to 17 %, intervals 2 points wide)', () => {
    const figures = [5, 8, 11, 14, 17].map((v) => ({ value: v, low: v - 1, high: v + 1 }));
    const plan = classPlan(figures, { digits: 1 });
    assert.equal(plan.uncertainty!.spread, 12);
    assert.equal(plan.uncertainty!.medianWidth, 2);
    assert.equal(plan.uncertainty!.within, false);
    assert.deepEqual(plan.classes!.breaks, [8, 11, 14, 17]);
    assert.equal(plan.classes!.ranges.length, 5);
  });

  it('a spread equal to the median width is not smaller than it; collapsed intervals are no interval', () => {
    assert.equal(uncertaintyOf([{ value: 10, low: 9, high: 11 }, { value: 12, low: 11, high: 13 }])!.within, false, 'spread 2 = width 2');
    // Widths 0 (collapsed: the source gave no bounds), 4 and 6: the median is over 4 and 6, i.e. 5.
    const u = uncertaintyOf([
      { value: 10, low: 10, high: 10 },
      { value: 11, low: 9, high: 13 },
      { value: 13, low: 10, high: 16 },
    ])!;
    assert.equal(u.intervals, 2);
    assert.equal(u.medianWidth, 5);
    assert.equal(u.within, true, 'spread 3 < 5');
    assert.equal(uncertaintyOf([{ value: 1, low: 1, high: 1 }, { value: 2, low: 2, high: 2 }]), null, 'no interval at all');
    assert.equal(median([3, 1, 2, 10]), 2.5);
  });

  it('class counts of people at whole numbers, as the table prints them', () => {
    const plan = classPlan([120.4, 120.6, 4000.2, 800, 50000].map((value) => ({ value })), { digits: 0 });
    assert.deepEqual(
      plan.classes!.ranges.map((r) => [r.lo, r.hi]),
      [
        [120, 120],
        [121, 121],
        [800, 800],
        [4000, 4000],
        [50000, 50000],
      ],
    );
  });

  it('give small counts one class per value: 3 areas with an initiative among 300 are not merged into the zeros', () => {
    const values = [...Array(297).fill(0), 1, 1, 2];
    assert.deepEqual(quantileClasses(values)!.ranges.map((r) => [r.lo, r.hi]), [[0, 2]], 'quantiles: every break is 0');
    assert.deepEqual(distinctClasses(values)!.ranges.map((r) => [r.lo, r.hi, r.n]), [[0, 0, 297], [1, 1, 2], [2, 2, 1]]);
    assert.equal(distinctClasses([0, 1, 2, 3, 4, 5, 6])!.ranges.length, 5, 'more values than colours: quantiles');
  });
});
