import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compositionFromCells, type PersonCell } from '../../src/monitor/composition.js';
import { buildModel, type RateRule } from '../../src/monitor/rates.js';
import { estimateAreas, findArea, EstimateInputError, type AreaInput, type AreaEstimate, type IndicatorEstimate } from '../../src/monitor/estimate.js';
import { sectorAreas } from '../../src/monitor/population-data.js';
import { methodExplanation } from '../../src/monitor/method.js';

// ---------------------------------------------------------------------------------------------
// A hand-made model. Loneliness (often): 18–64 10% [8–12], 65+ 20% [15–25], women 80+ 30% (no
// bounds), under 18 not covered. Isolation: everyone 5% (no bounds), widowed 25% [20–30],
// non-Belgian 10% [5–15], widowed non-Belgian 35% (no bounds).
const S = 'test source';
const rule = (r: Partial<RateRule> & Pick<RateRule, 'indicator' | 'rate'>): RateRule => ({
  ageFrom: null, ageTo: null, sex: null, civilStatus: null, nationality: null, source: S, ...r,
});
const RULES: RateRule[] = [
  rule({ indicator: 'loneliness_often', ageFrom: 18, ageTo: 64, rate: 0.1, low: 0.08, high: 0.12 }),
  rule({ indicator: 'loneliness_often', ageFrom: 65, rate: 0.2, low: 0.15, high: 0.25 }),
  rule({ indicator: 'loneliness_often', ageFrom: 80, sex: 'F', rate: 0.3 }),
  rule({ indicator: 'social_isolation', rate: 0.05 }),
  rule({ indicator: 'social_isolation', civilStatus: '3', rate: 0.25, low: 0.2, high: 0.3 }),
  rule({ indicator: 'social_isolation', nationality: 'ETR', rate: 0.1, low: 0.05, high: 0.15 }),
  rule({ indicator: 'social_isolation', civilStatus: '3', nationality: 'ETR', rate: 0.35 }),
];
const model = buildModel(RULES);

type Cell = PersonCell & { count: number };
const c = (age: number, sex: 'M' | 'F', nationality: 'BEL' | 'ETR', civilStatus: string, count: number): Cell => ({ age, sex, nationality, civilStatus, count });

const A: Cell[] = [
  c(10, 'F', 'BEL', '1', 50),
  c(30, 'M', 'BEL', '1', 100),
  c(30, 'F', 'ETR', '2', 40),
  c(70, 'M', 'BEL', '2', 30),
  c(70, 'F', 'BEL', '3', 20),
  c(85, 'F', 'ETR', '3', 10),
  c(85, 'M', 'BEL', '3', 5),
]; // 255 residents
const B: Cell[] = [c(20, 'F', 'BEL', '1', 200), c(50, 'M', 'ETR', '4', 100), c(66, 'F', 'BEL', '2', 50)]; // 350
const D: Cell[] = [c(40, 'M', 'BEL', '2', 30), c(90, 'F', 'BEL', '3', 20)]; // 50: below the threshold of 100

// Two levels above the municipalities: region → zones → municipalities. C has nobody.
const areas: AreaInput[] = [
  { code: 'R', name: 'Region', level: 'region', parent: null },
  { code: 'Z1', name: 'Zone 1', level: 'zone', parent: 'R' },
  { code: 'Z2', name: 'Zone 2', level: 'zone', parent: 'R' },
  { code: 'A', name: 'A', level: 'municipality', parent: 'Z1', population: { kind: 'composition', composition: compositionFromCells(A) } },
  { code: 'C', name: 'C', level: 'municipality', parent: 'Z1', population: { kind: 'composition', composition: compositionFromCells([]) } },
  { code: 'B', name: 'B', level: 'municipality', parent: 'Z2', population: { kind: 'composition', composition: compositionFromCells(B) } },
  { code: 'D', name: 'D', level: 'municipality', parent: 'Z2', population: { kind: 'composition', composition: compositionFromCells(D) } },
];

// ---------------------------------------------------------------------------------------------
// Independent computation: the rates written out as plain if/else for these rules only.
interface Rate { rate: number; low: number; high: number; bounded: boolean }
function lonelinessByHand(x: Cell): Rate | null {
  if (x.age < 18) return null;
  if (x.age >= 80 && x.sex === 'F') return { rate: 0.3, low: 0.3, high: 0.3, bounded: false };
  if (x.age >= 65) return { rate: 0.2, low: 0.15, high: 0.25, bounded: true };
  return { rate: 0.1, low: 0.08, high: 0.12, bounded: true };
}
function isolationByHand(x: Cell): Rate {
  const widowed = x.civilStatus === '3';
  const foreign = x.nationality === 'ETR';
  if (widowed && foreign) return { rate: 0.35, low: 0.35, high: 0.35, bounded: false };
  if (widowed) return { rate: 0.25, low: 0.2, high: 0.3, bounded: true };
  if (foreign) return { rate: 0.1, low: 0.05, high: 0.15, bounded: true };
  return { rate: 0.05, low: 0.05, high: 0.05, bounded: false };
}
function byHand(cells: Cell[], pick: (x: Cell) => Rate | null) {
  let population = 0, covered = 0, count = 0, low = 0, high = 0, partial = false;
  for (const x of cells) {
    population += x.count;
    const r = pick(x);
    if (!r) continue;
    covered += x.count;
    count += x.count * r.rate;
    low += x.count * r.low;
    high += x.count * r.high;
    if (!r.bounded && x.count > 0) partial = true;
  }
  return { population, covered, count, low, high, partial };
}

const close = (actual: number | null, expected: number, what: string) => {
  assert.ok(actual !== null, `${what} is null`);
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
};
function checkAgainst(e: IndicatorEstimate, h: ReturnType<typeof byHand>, what: string) {
  assert.equal(e.status, 'estimated', what);
  close(e.count, h.count, `${what} count`);
  close(e.low, h.low, `${what} low`);
  close(e.high, h.high, `${what} high`);
  close(e.coveredPopulation, h.covered, `${what} covered`);
  close(e.notCoveredPopulation, h.population - h.covered, `${what} not covered`);
  close(e.percent, (100 * h.count) / h.covered, `${what} percent`);
  close(e.percentLow, (100 * h.low) / h.covered, `${what} percent low`);
  close(e.percentHigh, (100 * h.high) / h.covered, `${what} percent high`);
  assert.equal(e.intervalPartial, h.partial, `${what} partial`);
}
const get = (a: AreaEstimate | undefined) => {
  assert.ok(a);
  return a;
};

describe('indirect standardisation on a hand-made population', () => {
  it('municipality A: counts, percents and bounds equal the numbers worked out by hand', () => {
    const r = estimateAreas(model, areas);
    const a = get(findArea(r, 'A'));
    assert.equal(a.population, 255);
    assert.equal(a.method, 'composition');
    assert.equal(a.suppression, null);
    const lon = a.indicators.loneliness_often!;
    // 10 F 50: not covered | 30 M 100 × .10 = 10 [8, 12] | 30 F 40 × .10 = 4 [3.2, 4.8]
    // 70 M 30 × .20 = 6 [4.5, 7.5] | 70 F 20 × .20 = 4 [3, 5] | 85 F 10 × .30 = 3 [3, 3] (no bounds)
    // 85 M 5 × .20 = 1 [.75, 1.25]  →  count 28, low 22.45, high 33.55, covered 205
    close(lon.count, 28, 'count');
    close(lon.low, 22.45, 'low');
    close(lon.high, 33.55, 'high');
    close(lon.coveredPopulation, 205, 'covered');
    close(lon.notCoveredPopulation, 50, 'not covered');
    close(lon.percent, (28 / 205) * 100, 'percent'); // 13.66 %
    assert.equal(lon.intervalPartial, true, 'women 80+ have no bounds');
    const iso = a.indicators.social_isolation!;
    // 50 × .05 = 2.5 | 100 × .05 = 5 | ETR 40 × .10 = 4 [2, 6] | 30 × .05 = 1.5
    // widowed 20 × .25 = 5 [4, 6] | widowed ETR 10 × .35 = 3.5 | widowed 5 × .25 = 1.25 [1, 1.5]
    // → count 22.75, low 19.5, high 26, covered 255 (everyone)
    close(iso.count, 22.75, 'iso count');
    close(iso.low, 19.5, 'iso low');
    close(iso.high, 26, 'iso high');
    close(iso.percent, (22.75 / 255) * 100, 'iso percent');
    close(iso.notCoveredPopulation, 0, 'iso not covered');
    checkAgainst(lon, byHand(A, lonelinessByHand), 'A loneliness');
    checkAgainst(iso, byHand(A, isolationByHand), 'A isolation');
  });

  it('B and D without suppression (threshold 0), and B has a complete interval', () => {
    const r = estimateAreas(model, areas, { threshold: 0 });
    const b = get(findArea(r, 'B'));
    // 200 × .1 = 20 [16, 24] | 100 × .1 = 10 [8, 12] | 50 × .2 = 10 [7.5, 12.5] → 40 [31.5, 48.5]
    close(b.indicators.loneliness_often!.count, 40, 'B count');
    close(b.indicators.loneliness_often!.low, 31.5, 'B low');
    close(b.indicators.loneliness_often!.high, 48.5, 'B high');
    assert.equal(b.indicators.loneliness_often!.intervalPartial, false);
    checkAgainst(b.indicators.loneliness_often!, byHand(B, lonelinessByHand), 'B loneliness');
    checkAgainst(b.indicators.social_isolation!, byHand(B, isolationByHand), 'B isolation');
    const d = get(findArea(r, 'D'));
    // 30 × .1 = 3 [2.4, 3.6] | women 90: 20 × .3 = 6 → 9 [8.4, 9.6]
    close(d.indicators.loneliness_often!.count, 9, 'D count');
    checkAgainst(d.indicators.loneliness_often!, byHand(D, lonelinessByHand), 'D loneliness');
    checkAgainst(d.indicators.social_isolation!, byHand(D, isolationByHand), 'D isolation');
  });

  it('aggregates up two levels by summing counts and populations, and totals over areas equal the region', () => {
    const r = estimateAreas(model, areas, { threshold: 0 });
    const region = get(findArea(r, 'R'));
    assert.equal(region.population, 655);
    assert.equal(region.method, 'sum-of-children');
    const all = [...A, ...B, ...D];
    checkAgainst(region.indicators.loneliness_often!, byHand(all, lonelinessByHand), 'region loneliness');
    checkAgainst(region.indicators.social_isolation!, byHand(all, isolationByHand), 'region isolation');
    // 28 + 40 + 0 + 9 = 77 expected, among 205 + 350 + 50 = 605 covered: 12.73 %, not the mean of the percents.
    close(region.indicators.loneliness_often!.count, 77, 'region count');
    close(region.indicators.loneliness_often!.percent, (77 / 605) * 100, 'region percent');
    const munis = r.areas.filter((a) => a.level === 'municipality');
    const zones = r.areas.filter((a) => a.level === 'zone');
    for (const id of ['loneliness_often', 'social_isolation'] as const) {
      for (const k of ['count', 'low', 'high', 'coveredPopulation'] as const) {
        const sumM = munis.reduce((s, a) => s + (a.indicators[id]![k] ?? 0), 0);
        const sumZ = zones.reduce((s, a) => s + (a.indicators[id]![k] ?? 0), 0);
        close(sumM, region.indicators[id]![k]!, `${id} ${k}: municipalities`);
        close(sumZ, region.indicators[id]![k]!, `${id} ${k}: zones`);
      }
    }
    assert.equal(munis.reduce((s, a) => s + a.population, 0), region.population);
    // Zone 1 = A + C (C empty) equals A.
    const z1 = get(findArea(r, 'Z1'));
    close(z1.indicators.loneliness_often!.count, 28, 'Z1 count');
    assert.equal(z1.population, 255);
  });

  it('an area with zero population gives population 0, count 0 and percent null, and is not suppressed', () => {
    const r = estimateAreas(model, areas);
    const cc = get(findArea(r, 'C'));
    assert.equal(cc.population, 0);
    assert.equal(cc.suppression, null);
    for (const e of Object.values(cc.indicators)) {
      assert.equal(e.status, 'no-population');
      assert.equal(e.count, 0);
      assert.equal(e.percent, null);
      assert.equal(e.low, 0);
      assert.equal(e.high, 0);
    }
  });

  it('suppresses an area below the threshold, still counts it in its parents, and suppresses one sibling against differencing', () => {
    const r = estimateAreas(model, areas); // default threshold 100
    assert.equal(r.threshold, 100);
    const d = get(findArea(r, 'D'));
    assert.equal(d.population, 50, 'the population itself stays visible (Statbel publishes it)');
    assert.equal(d.suppression?.reason, 'below-threshold');
    assert.match(d.suppression!.message, /100/);
    for (const e of Object.values(d.indicators)) {
      assert.equal(e.status, 'suppressed');
      assert.equal(e.count, null);
      assert.equal(e.percent, null);
      assert.equal(e.low, null);
      assert.equal(e.high, null);
    }
    // B is D's only sibling with residents: without hiding B, D = Z2 − B.
    const b = get(findArea(r, 'B'));
    assert.equal(b.suppression?.reason, 'complementary');
    assert.equal(b.indicators.loneliness_often!.count, null);
    // Z2 = B + D is published and includes D: 40 + 9 = 49, low 31.5 + 8.4, high 48.5 + 9.6.
    const z2 = get(findArea(r, 'Z2'));
    assert.equal(z2.suppression, null);
    close(z2.indicators.loneliness_often!.count, 49, 'Z2 count');
    close(z2.indicators.loneliness_often!.low, 39.9, 'Z2 low');
    close(z2.indicators.loneliness_often!.high, 58.1, 'Z2 high');
    // A and the zones and region are not suppressed; the region still totals all four.
    assert.equal(get(findArea(r, 'A')).suppression, null);
    close(get(findArea(r, 'R')).indicators.loneliness_often!.count, 77, 'region count');
  });

  it('reports residents no rule covers as not covered, never as 0 %', () => {
    const kids = compositionFromCells([c(5, 'F', 'BEL', '1', 120), c(12, 'M', 'ETR', '1', 80)]);
    const r = estimateAreas(model, [{ code: 'K', name: 'Kids', level: 'municipality', parent: null, population: { kind: 'composition', composition: kids } }]);
    const e = get(findArea(r, 'K')).indicators.loneliness_often!;
    assert.equal(e.status, 'not-covered');
    assert.equal(e.count, null);
    assert.equal(e.percent, null);
    assert.equal(e.coveredPopulation, 0);
    assert.equal(e.notCoveredPopulation, 200);
    // isolation covers everyone: 120 × .05 + 80 × .10 = 6 + 8 = 14
    close(get(findArea(r, 'K')).indicators.social_isolation!.count, 14, 'kids isolation');
  });
});

describe('statistical sectors: sector total × municipal composition', () => {
  const compA = compositionFromCells(A);
  const sectors = [
    { code: 'A1', municipalityCode: 'A', nameNl: 'A-centrum', nameFr: null, municipalityNameNl: 'A', municipalityNameFr: null, total: 150 },
    { code: 'A2', municipalityCode: 'A', nameNl: 'A-noord', nameFr: null, municipalityNameNl: 'A', municipalityNameFr: null, total: 100 },
    { code: 'A3', municipalityCode: 'A', nameNl: 'A-gehucht', nameFr: null, municipalityNameNl: 'A', municipalityNameFr: null, total: 5 },
    { code: 'A4', municipalityCode: 'A', nameNl: 'A-industrie', nameFr: null, municipalityNameNl: 'A', municipalityNameFr: null, total: 0 },
    { code: 'X1', municipalityCode: 'X', nameNl: 'X-dorp', nameFr: null, municipalityNameNl: 'X', municipalityNameFr: null, total: 300 },
  ];
  const { areas: sectorInput, missing } = sectorAreas(sectors, (code) => (code === 'A' ? { composition: compA, name: 'A' } : undefined));

  it('scales the municipal expected count by the sector total and says so', () => {
    assert.deepEqual(missing, ['X']);
    const r = estimateAreas(model, sectorInput, { threshold: 0 });
    const a1 = get(findArea(r, 'A1'));
    assert.equal(a1.method, 'sector-total-with-municipal-composition');
    assert.match(a1.note!, /only a total per statistical sector/);
    assert.match(a1.note!, /composition of municipality A/);
    // A expects 28 lonely among 255 residents (205 covered): 150 × 28/255 = 16.47; covered 150 × 205/255.
    close(a1.indicators.loneliness_often!.count, (150 * 28) / 255, 'A1 count');
    close(a1.indicators.loneliness_often!.low, (150 * 22.45) / 255, 'A1 low');
    close(a1.indicators.loneliness_often!.high, (150 * 33.55) / 255, 'A1 high');
    close(a1.indicators.loneliness_often!.coveredPopulation, (150 * 205) / 255, 'A1 covered');
    close(a1.indicators.loneliness_often!.percent, (28 / 205) * 100, 'A1 percent = municipal percent');
    // The sectors add up to 255 = A's population, so the municipality from sectors equals A itself.
    const a = get(findArea(r, 'A'));
    assert.equal(a.method, 'sum-of-children');
    assert.equal(a.population, 255);
    assert.equal(a.populationFromSectorTotals, 255);
    assert.match(a.note!, /statistical-sector totals/);
    close(a.indicators.loneliness_often!.count, 28, 'A from sectors');
    close(a.indicators.social_isolation!.count, 22.75, 'A isolation from sectors');
    // The empty sector has population 0, count 0, percent null.
    const a4 = get(findArea(r, 'A4'));
    assert.equal(a4.indicators.loneliness_often!.count, 0);
    assert.equal(a4.indicators.loneliness_often!.percent, null);
    // A municipality without a composition: its sectors are not covered, not 0.
    const x1 = get(findArea(r, 'X1'));
    assert.equal(x1.indicators.loneliness_often!.status, 'not-covered');
    assert.equal(x1.indicators.loneliness_often!.notCoveredPopulation, 300);
    assert.match(x1.note!, /No composition is available/);
  });

  it('suppresses the tiny sector and its smallest populated sibling, not the empty one', () => {
    const r = estimateAreas(model, sectorInput);
    assert.equal(get(findArea(r, 'A3')).suppression?.reason, 'below-threshold');
    assert.equal(get(findArea(r, 'A2')).suppression?.reason, 'complementary');
    assert.equal(get(findArea(r, 'A1')).suppression, null);
    assert.equal(get(findArea(r, 'A4')).suppression, null);
  });
});

describe('area input errors', () => {
  const comp = compositionFromCells(A);
  it('rejects unknown parents, duplicates, cycles, parents with their own population and empty leaves', () => {
    const bad: AreaInput[] = [
      { code: 'A', name: 'A', level: 'municipality', parent: 'NOPE', population: { kind: 'composition', composition: comp } },
      { code: 'A', name: 'A again', level: 'municipality', parent: null, population: { kind: 'composition', composition: comp } },
      { code: 'P', name: 'P', level: 'zone', parent: 'Q' },
      { code: 'Q', name: 'Q', level: 'zone', parent: 'P', population: { kind: 'composition', composition: comp } },
      { code: 'E', name: 'E', level: 'zone', parent: null },
    ];
    assert.throws(
      () => estimateAreas(model, bad),
      (e: unknown) => {
        assert.ok(e instanceof EstimateInputError);
        const text = e.problems.join('\n');
        assert.match(text, /parent NOPE/);
        assert.match(text, /A appears twice/);
        assert.match(text, /cycle/);
        assert.match(text, /Q has both its own population and child areas/);
        assert.match(text, /E has neither population nor child areas/);
        return true;
      },
    );
  });
});

describe('method explanation', () => {
  it('explains the method and its limits in nl, fr and en, with the threshold', () => {
    const want = { nl: /samenstelling van de bevolking, niet de lokale omstandigheden/, fr: /composition de la population, pas les circonstances locales/, en: /make-up of the population, not local circumstances/ };
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const m = methodExplanation(lang, { threshold: 250 });
      assert.ok(m.title);
      const text = m.paragraphs.join('\n');
      assert.match(text, want[lang]);
      assert.match(text, /250/);
      assert.equal(m.paragraphs.length, methodExplanation('nl').paragraphs.length);
    }
    assert.match(methodExplanation('en').paragraphs.join(' '), /fewer than 100 residents/);
  });
});
