/**
 * Descriptive analysis and cross-tabs (src/landscape/analysis.ts,
 * crosstab.ts, specs.ts, percent.ts) on small hand-made selections, where
 * every number can be checked by eye, including the degenerate ones.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  axisFrequencies,
  crossTab,
  crossTabPercentages,
  describeSelection,
  elementsAmongCombined,
  elementsPerInitiative,
  formatSpec,
  parseSpec,
  share,
  singleElementBreakdown,
  SpecError,
} from '../../src/landscape/index.js';
import { initiative } from '../support/fixtures.js';

describe('percentages as the study prints them', () => {
  it('one decimal, half up, exact in integers; the raw value is kept', () => {
    assert.deepEqual(share(39, 133), { count: 39, of: 133, percent: (100 * 39) / 133, printed: 29.3 });
    assert.equal(share(1, 8).printed, 12.5);
    assert.equal(share(1, 16).printed, 6.3, '6.25 rounds up, not to even and not down by binary noise');
    assert.equal(share(1, 3).printed, 33.3);
    assert.equal(share(2, 3).printed, 66.7);
    assert.equal(share(4, 133).printed, 3);
    assert.equal(share(0, 5).printed, 0);
  });

  it('no denominator, no percentage (null, not NaN)', () => {
    assert.deepEqual(share(0, 0), { count: 0, of: 0, percent: null, printed: null });
    assert.throws(() => share(-1, 3), RangeError);
    assert.throws(() => share(1.5, 3), RangeError);
  });
});

describe('split specs', () => {
  it('parses an axis, axis:code and social_isolation, and refuses unknown ones', () => {
    assert.deepEqual(parseSpec('age_groups'), { kind: 'axis', axis: 'age_groups' });
    assert.deepEqual(parseSpec(' elements:meeting '), { kind: 'code', axis: 'elements', code: 'meeting' });
    assert.deepEqual(parseSpec('social_isolation'), { kind: 'social_isolation' });
    assert.equal(formatSpec(parseSpec('elements:meeting')), 'elements:meeting');
    assert.throws(() => parseSpec('colour'), SpecError);
    assert.throws(() => parseSpec('elements:yoga'), (e: unknown) => e instanceof SpecError && e.problem === 'unknown_code');
    assert.throws(() => parseSpec('elements:meeting:x'), SpecError);
  });
});

const sel = [
  initiative({ id: 'a', elements: ['meeting'], age_groups: ['older'], risk_factors: ['poverty'], prevention: 'primary' }),
  initiative({ id: 'b', elements: ['meeting', 'social_support'], age_groups: ['older', 'adults'], risk_factors: [], prevention: 'secondary' }),
  initiative({ id: 'c', elements: ['psychological'], age_groups: ['youth'], risk_factors: ['poverty', 'health_problems'], prevention: 'tertiary' }),
  initiative({ id: 'd', elements: ['meeting', 'social_support', 'befriending', 'other'], age_groups: ['all_ages'], risk_factors: ['other'], prevention: 'primary', social_isolation: true }),
  initiative({ id: 'e', elements: [], age_groups: ['adults'], risk_factors: [], prevention: 'secondary' }),
];

describe('frequencies on a small selection', () => {
  it('counts each code as a share of N, notes multi-valued axes and initiatives without a code', () => {
    const f = axisFrequencies(sel, 'elements');
    assert.equal(f.multi, true);
    assert.equal(f.n, 5);
    const meeting = f.codes.find((c) => c.code === 'meeting')!;
    assert.deepEqual([meeting.count, meeting.printed, meeting.effective], [3, 60, false]);
    assert.equal(f.codes.find((c) => c.code === 'social_support')!.effective, true);
    assert.equal(f.codes.find((c) => c.code === 'mindfulness')!.count, 0, 'codes nobody uses are listed with 0');
    assert.equal(f.withoutCode?.count, 1);
    assert.equal(f.mentions, 8);
    const p = axisFrequencies(sel, 'prevention');
    assert.equal(p.multi, false);
    assert.equal(p.withoutCode, undefined);
    assert.equal(p.codes.reduce((a, c) => a + c.count, 0), 5, 'a single-valued axis partitions N');
  });

  it('elements per initiative (0, 1, 2, 3, 4+), the single-element breakdown and the combined top list', () => {
    const e = elementsPerInitiative(sel);
    assert.deepEqual(e.buckets.map((b) => [b.bucket, b.count]), [['0', 1], ['1', 2], ['2', 1], ['3', 0], ['4+', 1]]);
    assert.equal(e.mean, 8 / 5);
    const single = singleElementBreakdown(sel);
    assert.equal(single.n, 2);
    assert.deepEqual(single.elements.map((x) => [x.code, x.printed]), [['psychological', 50], ['meeting', 50]], 'ties keep matrix order');
    const comb = elementsAmongCombined(sel);
    assert.equal(comb.n, 2);
    assert.deepEqual(comb.elements.slice(0, 2).map((x) => [x.code, x.printed]), [['social_support', 100], ['meeting', 100]]);
    assert.deepEqual(elementsAmongCombined(sel, { minElements: 4, exclude: ['other'], limit: 2 }).elements.map((x) => x.code), ['social_support', 'meeting']);
  });

  it('describeSelection: every axis, and small selections are marked', () => {
    const d = describeSelection(sel);
    assert.equal(d.n, 5);
    assert.equal(d.smallSelection, true);
    assert.equal(d.socialIsolation.printed, 20);
    assert.equal(Object.keys(d.axes).length, 10);
  });

  it('an empty selection gives zero counts and null percentages, never NaN', () => {
    const d = describeSelection([]);
    assert.equal(d.n, 0);
    assert.equal(d.axes.elements.codes[0]!.percent, null);
    assert.equal(d.elementsPerInitiative.mean, null);
    assert.equal(d.singleElement.n, 0);
    assert.ok(!JSON.stringify(d).includes('NaN'));
  });
});

describe('cross-tab percentages (hand-computed worked examples)', () => {
  // Worked example: 2 rows × 3 columns, N = 20, every initiative in one cell.
  //          c1  c2  c3 | row total
  //   r1      3   1   4 |  8
  //   r2      2   7   3 | 12
  //   total   5   8   7 | 20
  const x = { counts: [[3, 1, 4], [2, 7, 3]], rowTotals: [8, 12], columnTotals: [5, 8, 7], n: 20 };
  const printed = (m: { printed: number | null }[][]) => m.map((r) => r.map((s) => s.printed));

  it('row percentages: each row of 8 and 12 adds up to 100%; the total row is each column of 20', () => {
    const p = crossTabPercentages(x, 'row');
    // 3/8 = 37.5, 1/8 = 12.5, 4/8 = 50; 2/12 = 16.67 → 16.7, 7/12 = 58.33 → 58.3, 3/12 = 25.
    assert.deepEqual(printed(p.cells), [[37.5, 12.5, 50], [16.7, 58.3, 25]]);
    assert.deepEqual(p.rowTotals.map((s) => s.printed), [100, 100]);
    assert.deepEqual(p.columnTotals.map((s) => s.printed), [25, 40, 35]);
    assert.equal(p.total.printed, 100);
  });

  it('column percentages: each column of 5, 8 and 7 adds up to 100%; the total column is each row of 20', () => {
    const p = crossTabPercentages(x, 'column');
    // 3/5 = 60, 1/8 = 12.5, 4/7 = 57.14 → 57.1; 2/5 = 40, 7/8 = 87.5, 3/7 = 42.86 → 42.9.
    assert.deepEqual(printed(p.cells), [[60, 12.5, 57.1], [40, 87.5, 42.9]]);
    assert.deepEqual(p.columnTotals.map((s) => s.printed), [100, 100, 100]);
    assert.deepEqual(p.rowTotals.map((s) => s.printed), [40, 60]);
  });

  it('total percentages: every cell and margin of 20, rounded half up as the table rounds', () => {
    const p = crossTabPercentages(x, 'total');
    assert.deepEqual(printed(p.cells), [[15, 5, 20], [10, 35, 15]]);
    assert.deepEqual(p.rowTotals.map((s) => s.printed), [40, 60]);
    assert.deepEqual(p.columnTotals.map((s) => s.printed), [25, 40, 35]);
    // Half up in integers: 1 of 8 is 12.5 exactly; 49 of 400 is 12.25 → 12.3, not 12.2.
    assert.equal(crossTabPercentages({ counts: [[49]], rowTotals: [400], columnTotals: [400], n: 400 }, 'total').cells[0]![0]!.printed, 12.3);
  });

  it('an empty row or column has no percentage (null), and mismatched shapes are refused', () => {
    const p = crossTabPercentages({ counts: [[0, 2], [0, 0]], rowTotals: [2, 0], columnTotals: [0, 2], n: 2 }, 'row');
    assert.deepEqual(printed(p.cells), [[0, 100], [null, null]]);
    assert.equal(crossTabPercentages({ counts: [[0, 2], [0, 0]], rowTotals: [2, 0], columnTotals: [0, 2], n: 2 }, 'column').cells[0]![0]!.printed, null);
    assert.throws(() => crossTabPercentages({ counts: [[1, 2]], rowTotals: [3], columnTotals: [1], n: 3 }, 'row'), RangeError);
  });

  it('crossTab carries all three, and on a multi-valued axis a row can add up to more than 100%', () => {
    const m = crossTab(sel, 'age_groups', 'prevention');
    assert.deepEqual(m.percentages.column.cells, m.columnPercents);
    const sums = m.percentages.column.cells[0]!.map((_, j) => m.percentages.column.cells.reduce((a, r) => a + (r[j]!.percent ?? 0), 0));
    assert.ok(sums.some((s) => s > 100.0001), 'b (older and adults) counts in two rows of one column');
  });
});

describe('cross-tabs', () => {
  it('axis:code × axis:code: a 2×2 with "no" first (as table 6), column percentages and a test', () => {
    const x = crossTab(sel, 'elements:meeting', 'age_groups:older');
    assert.deepEqual(x.rows.categories, [{ kind: 'no' }, { kind: 'yes' }]);
    // older: a, b (both meeting); not older: c, d (meeting), e.
    assert.deepEqual(x.counts, [[2, 0], [1, 2]]);
    assert.deepEqual(x.columns.totals, [3, 2]);
    assert.deepEqual(x.columnPercents.map((r) => r.map((s) => s.printed)), [[66.7, 0], [33.3, 100]]);
    assert.equal(x.test.status, 'tested');
    if (x.test.status !== 'tested') return;
    // N = 5: chi-square is not meaningful; Fisher is reported.
    assert.equal(x.test.report.method, 'fisher_exact_2x2');
    assert.equal(x.test.chiSquare.status === 'ok' && x.test.chiSquare.meaningful, false);
  });

  it('a multi-valued axis: an initiative counts in each of its codes, totals are distinct initiatives, and no test is done', () => {
    const x = crossTab(sel, 'age_groups', 'prevention');
    const row = (code: string) => x.rows.categories.findIndex((c) => c.kind === 'code' && c.code === code);
    const col = (code: string) => x.columns.categories.findIndex((c) => c.kind === 'code' && c.code === code);
    assert.equal(x.counts[row('older')]![col('secondary')], 1);
    assert.equal(x.counts[row('adults')]![col('secondary')], 2, 'b (older and adults) counts in both rows');
    assert.equal(x.columns.totals[col('secondary')], 2);
    assert.equal(x.columnPercents[row('older')]![col('secondary')]!.printed, 50);
    assert.equal(x.columnPercents[row('adults')]![col('secondary')]!.printed, 100);
    assert.equal(x.rows.overlapping, 1);
    assert.deepEqual(x.test, { status: 'not_valid', reason: 'observations_not_independent', overlappingRows: 1, overlappingColumns: 0 });
  });

  it('a multi-valued axis where nobody has two codes is a proper partition and is tested; "none" is its own category', () => {
    const x = crossTab(sel, 'risk_factors:poverty', 'elements');
    assert.equal(x.test.status, 'not_valid', 'elements overlap here');
    const single = sel.filter((i) => i.elements.length <= 1);
    const y = crossTab(single, 'elements', 'social_isolation');
    assert.ok(y.rows.categories.some((c) => c.kind === 'none'));
    assert.equal(y.rows.overlapping, 0);
    assert.equal(y.test.status, 'tested');
    if (y.test.status !== 'tested') return;
    // Everybody has social_isolation = false: one non-empty column, nothing to test.
    assert.equal(y.test.report.reason, 'not_computable');
    assert.equal(y.test.chiSquare.status === 'not_computable' && y.test.chiSquare.reason, 'single_row_or_column');
  });

  it('empty categories are kept in the table but left out of the test, with the kept indexes', () => {
    const x = crossTab(sel, 'prevention', 'social_isolation');
    assert.equal(x.counts.length, 4, 'all four prevention codes shown');
    assert.equal(x.test.status, 'tested');
    if (x.test.status !== 'tested') return;
    assert.deepEqual(x.test.rowsTested, [0, 1, 2]);
    assert.deepEqual(x.test.columnsTested, [0, 1]);
  });

  it('an empty selection: zeros, null percentages and "not computable", never NaN', () => {
    const x = crossTab([], 'elements:meeting', 'age_groups:older');
    assert.deepEqual(x.counts, [[0, 0], [0, 0]]);
    assert.equal(x.columnPercents[0]![0]!.printed, null);
    assert.equal(x.test.status, 'tested');
    if (x.test.status !== 'tested') return;
    assert.equal(x.test.chiSquare.status === 'not_computable' && x.test.chiSquare.reason, 'empty_table');
    assert.equal(x.test.report.method, 'none');
    assert.ok(!JSON.stringify(x).includes('NaN'));
  });

  it('one initiative: a 1×1 table, not computable', () => {
    const x = crossTab(sel.slice(0, 1), 'prevention', 'geographic_level');
    assert.equal(x.test.status === 'tested' && x.test.report.reason, 'not_computable');
  });

  it('rejects unknown specs', () => {
    assert.throws(() => crossTab(sel, 'elements:yoga', 'prevention'), SpecError);
  });
});
