import { noteText } from '../../src/monitor/notes.js';
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { importAreaHierarchy } from '../../src/areas/service/import.js';
import { parsePopulation } from '../../src/monitor/files/population.js';
import { defaultModel } from '../../src/monitor/default-rates.js';
import { estimateAreas } from '../../src/monitor/estimate.js';
import { municipalityAreas } from '../../src/monitor/population-data.js';
import { RatesCsvError } from '../../src/monitor/rates.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { importRates, listRateTables, modelFromTables, UnknownRateTableError } from '../../src/monitor/store/rates.js';
import { estimateMonitor, EstimateRequestError, NoPopulationError } from '../../src/monitor/service/estimate.js';
import { monitorStatus } from '../../src/monitor/service/status.js';
import { populationText, REFNIS_SMALL, SECTORS_2025_SMALL, sectorText } from '../areas/files.js';

const enc = (s: string) => new TextEncoder().encode(s);
const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);

describeDatabases('monitor service: estimates from the database', (ctx) => {
  const db = () => ctx.database.db;

  it('says where to download the population and how to import it when there is none', async () => {
    await assert.rejects(estimateMonitor(db(), { level: 'municipality' }), (e: unknown) => {
      assert.ok(e instanceof NoPopulationError);
      assert.match(e.message, /npx verbind import-population TF_SOC_POP_STRUCT_2025\.zip/);
      assert.match(e.message, /npx verbind import-population OPENDATA_SECTOREN_2025\.zip/);
      assert.match(e.message, /statbel\.fgov\.be/);
      return true;
    });
    const s = await monitorStatus(db());
    assert.equal(s.ready, false);
    assert.deepEqual(s.todo.filter((t) => t.required).map((t) => t.id), ['population', 'sectors']);
  });

  it('gives exactly the pure domain\'s result for the population\'s own municipalities', async () => {
    const text = populationText();
    await importPopulation(db(), enc(text), { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    const model = defaultModel();
    const got = await estimateMonitor(db(), { level: 'municipality', model });
    assert.equal(got.populationYear, 2024);
    assert.equal(got.areasYear, 2024);
    const pure = estimateAreas(model, municipalityAreas(await parsePopulation(text), { levels: ['region'] }));
    const expected = pure.areas.filter((a) => a.level === 'municipality').sort((a, b) => (a.code < b.code ? -1 : 1));
    assert.deepEqual(got.areas, expected);
    assert.deepEqual(got.indicators, [...model.indicators]);
  });

  it('suppresses areas with too few residents and says why', async () => {
    const r = await estimateMonitor(db(), { level: 'municipality', indicators: ['loneliness_often'] });
    const herstappe = r.areas.find((a) => a.code === '73028')!;
    assert.ok(herstappe.population > 0 && herstappe.population < 100);
    assert.equal(herstappe.suppression?.reason, 'below-threshold');
    assert.equal(herstappe.suppression?.threshold, 100);
    assert.equal(herstappe.indicators.loneliness_often!.count, null);
    assert.equal(r.areas.filter((a) => a.suppression?.reason === 'complementary').length, 1, 'one sibling hidden so the small one cannot be worked out');
    const open = await estimateMonitor(db(), { level: 'municipality', indicators: ['loneliness_often'], threshold: 0 });
    assert.equal(open.areas.find((a) => a.code === '73028')!.suppression, null);
    assert.deepEqual(Object.keys(r.areas[0]!.indicators), ['loneliness_often']);
    await assert.rejects(estimateMonitor(db(), { level: 'municipality', model: await modelFromTables(db(), ['statbel-2024']), indicators: ['social_isolation'] }), EstimateRequestError);
  });

  it('shows 2024 figures on the 2025 municipalities: merged predecessors are added up', async () => {
    const y2024 = await estimateMonitor(db(), { level: 'municipality', areasYear: 2024, threshold: 0 });
    await importAreaHierarchy(ctx.database, REFNIS_SMALL, { label: 'TU_COM_REFNIS.txt' });
    await importAreaHierarchy(ctx.database, SECTORS_2025_SMALL, { label: 'sectors-2025.csv' });
    const y2025 = await estimateMonitor(db(), { level: 'municipality', threshold: 0 });
    assert.equal(y2025.areasYear, 2025, 'the latest year the areas are known for');
    const codes = y2025.areas.map((a) => a.code);
    assert.deepEqual(codes, ['11002', '12041', '21004', '46030', '73028']);
    const of = (r: typeof y2024, c: string) => r.areas.find((a) => a.code === c)!;
    const sum = (cs: string[], f: (a: ReturnType<typeof of>) => number) => cs.reduce((s, c) => s + f(of(y2024, c)), 0);
    const bkz = of(y2025, '46030');
    assert.equal(bkz.name, 'Beveren-Kruibeke-Zwijndrecht');
    assert.equal(bkz.population, sum(['46003', '46013', '11056'], (a) => a.population));
    close(bkz.indicators.loneliness_often!.count!, sum(['46003', '46013', '11056'], (a) => a.indicators.loneliness_often!.count!), 'count');
    close(bkz.indicators.loneliness_often!.high!, sum(['46003', '46013', '11056'], (a) => a.indicators.loneliness_often!.high!), 'high');
    assert.equal(of(y2025, '11002').population, sum(['11002', '11007'], (a) => a.population));
    assert.equal(of(y2025, '11002').parent, 'elz1a');
    assert.ok(y2025.notes.some((n) => noteText(n, 'en').includes('46030 ← 11056+46003+46013')));
    // The population's own year is still available, with the zones of 2025 carried back.
    const back = await estimateMonitor(db(), { level: 'municipality', areasYear: 2024 });
    assert.equal(back.areas.length, 8);
    assert.equal(of(back, '46003').parent, 'elz29');
    await assert.rejects(estimateMonitor(db(), { level: 'municipality', areasYear: 2023 }), /cannot be split back/);
  });

  it('adds up zones and regions from their municipalities', async () => {
    const m = await estimateMonitor(db(), { level: 'municipality', threshold: 0 });
    const z = await estimateMonitor(db(), { level: 'zone', threshold: 0 });
    assert.deepEqual(z.areas.map((a) => [a.code, a.name]), [['elz1a', 'Antwerpen'], ['elz20', 'Klein-Brabant'], ['elz29', 'Waasland NO']]);
    assert.equal(z.areas.find((a) => a.code === 'elz29')!.population, m.areas.find((a) => a.code === '46030')!.population);
    const r = await estimateMonitor(db(), { level: 'region', threshold: 0 });
    assert.deepEqual(r.areas.map((a) => a.code), ['02000', '04000']);
    const flemish = m.areas.filter((a) => a.code !== '21004').reduce((s, a) => s + a.population, 0);
    assert.equal(r.areas[0]!.population, flemish);
    assert.equal(r.areas[0]!.name, 'Vlaams Gewest');
    const p = await estimateMonitor(db(), { level: 'province', threshold: 0, lang: 'fr' });
    assert.deepEqual(p.areas.map((a) => [a.code, a.name]), [['10000', 'Province d\'Anvers'], ['40000', 'Province de Flandre orientale'], ['70000', 'Prov 70000']]);
  });

  it('estimates sectors from their totals and their (2025) municipality\'s make-up', async () => {
    await assert.rejects(estimateMonitor(db(), { level: 'sector' }), /no population per statistical sector/);
    await importPopulation(
      db(),
      enc(sectorText([['46030', '46003A00-', 1200, 'Beveren-Centrum'], ['46030', '11056A00-', 800], ['46030', '46030ZZZZ', 40], ['11002', '11007A00-', 500], ['99999', '99999ZZZZ', 10]])),
      { label: 'OPENDATA_SECTOREN_2024.txt' },
    );
    const muni = await estimateMonitor(db(), { level: 'municipality', threshold: 0 });
    const s = await estimateMonitor(db(), { level: 'sector' });
    assert.equal(s.sectorYear, 2024);
    assert.deepEqual(s.areas.map((a) => a.code), ['11007A00-', '11056A00-', '46003A00-', '46030ZZZZ', '99999ZZZZ']);
    const bkz = muni.areas.find((a) => a.code === '46030')!.indicators.loneliness_often!;
    const sector = s.areas.find((a) => a.code === '46003A00-')!;
    assert.equal(sector.method, 'sector-total-with-municipal-composition');
    assert.equal(sector.parent, '46030');
    close(sector.indicators.loneliness_often!.count!, (1200 * bkz.count!) / muni.areas.find((a) => a.code === '46030')!.population, 'sector count');
    assert.equal(s.areas.find((a) => a.code === '46030ZZZZ')!.suppression?.reason, 'below-threshold');
    assert.equal(s.areas.find((a) => a.code === '99999ZZZZ')!.indicators.loneliness_often!.status, 'suppressed');
    assert.ok(s.notes.some((n) => /totals only/.test(noteText(n, 'en'))));
    assert.ok(s.notes.some((n) => /99999/.test(noteText(n, 'en'))), 'a municipality without population is named');
  });

  it('imports a rate table with its source and estimates with it', async () => {
    const csv = 'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source\nloneliness_often,18,64,,,,0.08,0.07,0.09,Test survey 2025\nloneliness_often,65,,,,,12%,10%,14%,Test survey 2025\n';
    const r = await importRates(db(), enc(csv), { label: 'test-rates.csv' });
    assert.deepEqual([r.id, r.rules, r.indicators, r.replaced], ['test-rates', 2, ['loneliness_often'], false]);
    assert.equal((await importRates(db(), enc(csv), { label: 'test-rates.csv' })).replaced, true);
    const tables = await listRateTables(db());
    assert.ok(tables.some((t) => t.id === 'statbel-2024' && t.builtIn && t.inDefaultModel));
    assert.ok(tables.some((t) => t.id === 'test-rates' && !t.builtIn && t.source === 'test-rates.csv'));
    const model = await modelFromTables(db(), ['test-rates']);
    const e = await estimateMonitor(db(), { level: 'municipality', model, threshold: 0 });
    assert.deepEqual(e.indicators, ['loneliness_often']);
    const a = e.areas.find((x) => x.code === '46030')!.indicators.loneliness_often!;
    assert.ok(a.percent! > 8 && a.percent! < 12);
    assert.ok(a.low! < a.count! && a.count! < a.high!);
    await assert.rejects(modelFromTables(db(), ['nope']), UnknownRateTableError);
    await assert.rejects(importRates(db(), enc('indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source\nloneliness_often,18,64,X,,,0.08,,,S\n'), { label: 'bad.csv' }), (err: unknown) => {
      assert.ok(err instanceof RatesCsvError);
      assert.deepEqual(err.issues.map((i) => [i.line, i.field]), [[2, 'sex']]);
      return true;
    });
    await assert.rejects(importRates(db(), enc(csv), { label: 'statbel-2024.csv' }), /built-in table/);
    const s = await monitorStatus(db());
    assert.equal(s.ready, true);
    assert.equal(s.successions, 6);
  });
});
