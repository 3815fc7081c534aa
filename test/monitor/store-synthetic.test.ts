/**
 * The shared synthetic Statbel files, end to end, once per engine: the population zip (601,679
 * rows), the sector totals, the 2025 statistical-sector hierarchy and the care zones.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describeDatabases } from '../support/databases.js';
import { importAreaHierarchy } from '../../src/areas/service/import.js';
import { readPopulationFile } from '../../src/monitor/files/population.js';
import { defaultModel } from '../../src/monitor/default-rates.js';
import { estimateAreas } from '../../src/monitor/estimate.js';
import { municipalityAreas } from '../../src/monitor/population-data.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { estimateMonitor } from '../../src/monitor/service/estimate.js';
import { DATA } from '../areas/files.js';
import { useApp } from '../support/app.js';
import { SUPPLY_INLINE_MAX } from '../../src/monitor/web/SupplyTables.js';
import { TABLE_PAGE_SIZE } from '../../src/monitor/web/FigureTable.js';
import { parse as parseCsv } from 'csv-parse/sync';

const POP = `${DATA}population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip`;
const SECTORS = `${DATA}population/SYNTHETIC_OPENDATA_SECTOREN_2024.zip`;
const HIERARCHY = `${DATA}areas/statistical-sectors-2025-flanders-brussels.csv`;
const ZONES = `${DATA}areas/eerstelijnszones-2025.csv`;
const have = [POP, SECTORS, HIERARCHY, ZONES].every(existsSync);

describeDatabases('monitor with the synthetic Statbel files', (ctx) => {
  const h = useApp(ctx);
  it('imports the population zip and estimates all municipalities exactly as the pure domain does', { skip: !have && 'shared data files missing' }, async () => {
    const phases = new Set<string>();
    const r = await importPopulation(ctx.database.db, POP, { onProgress: (p) => phases.add(p.phase) });
    assert.equal(r.year, 2024);
    assert.equal(r.rows, 601679);
    assert.equal(r.areaCount, 581);
    assert.equal(r.total, 11492224);
    assert.deepEqual([...phases], ['reading', 'writing']);
    const model = defaultModel();
    const got = await estimateMonitor(ctx.database.db, { level: 'municipality', model });
    assert.equal(got.areas.length, 581);
    const pure = estimateAreas(model, municipalityAreas(await readPopulationFile(POP), { levels: ['region'] }));
    const expected = pure.areas.filter((a) => a.level === 'municipality').sort((a, b) => (a.code < b.code ? -1 : 1));
    assert.deepEqual(got.areas, expected);
  });

  it('maps the 581 municipalities of 2024 onto those of 2025 and estimates every sector of Flanders and Brussels', { skip: !have && 'shared data files missing' }, async () => {
    await importPopulation(ctx.database.db, SECTORS);
    await importAreaHierarchy(ctx.database, HIERARCHY);
    await importAreaHierarchy(ctx.database, ZONES);
    const m2024 = await estimateMonitor(ctx.database.db, { level: 'municipality', areasYear: 2024, indicators: ['loneliness_often'] });
    const m2025 = await estimateMonitor(ctx.database.db, { level: 'municipality', indicators: ['loneliness_often'] });
    assert.equal(m2025.areasYear, 2025);
    // 581 − 15 Flemish mergers known from the 2025 sector file (Bastogne–Bertogne in Wallonia is not in these files).
    assert.equal(m2025.areas.length, 566);
    const total = (r: typeof m2024) => r.areas.reduce((s, a) => s + a.population, 0);
    assert.equal(total(m2025), total(m2024));
    assert.equal(m2025.areas.find((a) => a.code === '46030')!.population, ['46003', '46013', '11056'].reduce((s, c) => s + m2024.areas.find((a) => a.code === c)!.population, 0));
    const zones = await estimateMonitor(ctx.database.db, { level: 'zone', indicators: ['loneliness_often'] });
    assert.equal(zones.areas.length, 57, '60 zones and Bruzel, less the "not localisable" pseudo-zones');
    const sectors = await estimateMonitor(ctx.database.db, { level: 'sector', indicators: ['loneliness_often'] });
    assert.equal(sectors.areas.length, 10902);
    const suppressed = sectors.areas.filter((a) => a.suppression);
    assert.ok(suppressed.length > 0 && suppressed.every((a) => a.indicators.loneliness_often!.count === null));
    assert.ok(sectors.areas.filter((a) => !a.suppression).every((a) => a.population >= 100 || a.population === 0 || a.suppression));
  });

  it('opens on the 304 municipalities of Flanders and Brussels, keeps the map page light (supply tables on a page of their own)', { skip: !have && 'shared data files missing' }, async () => {
    const page = await h.app.inject({ method: 'GET', url: '/nl/monitor?level=municipality' });
    assert.equal(page.statusCode, 200);
    const rows = (page.body.match(/<tr id="row-/g) ?? []).length;
    assert.equal(rows, 285 + 19, 'the Flemish municipalities of 2025 and the Brussels ones');
    assert.doesNotMatch(page.body, /value="(zone:elz9\d|municipality:9999\d)"/, 'no pseudo-areas in the lists');
    const all = await h.app.inject({ method: 'GET', url: '/nl/monitor?level=municipality&focus=all' });
    assert.equal((all.body.match(/<tr id="row-/g) ?? []).length, 566);
    assert.ok(rows > SUPPLY_INLINE_MAX);
    assert.ok(!page.body.includes('id="supply-element"'), 'no 566-row supply tables on the map page');
    assert.match(page.body, /<a href="\/nl\/monitor\/supply\?level=municipality[^"]*#supply-element">Per element/);
    const supply = await h.app.inject({ method: 'GET', url: '/nl/monitor/supply?level=municipality' });
    assert.equal(supply.statusCode, 200);
    for (const id of ['supply-category', 'supply-element', 'supply-age']) {
      const start = supply.body.indexOf(`id="${id}"`);
      assert.ok(start > 0, id);
      assert.equal((supply.body.slice(start, supply.body.indexOf('</table>', start)).match(/<tr><th scope="row">/g) ?? []).length, rows, id);
    }
    assert.match(supply.body, /<h1>Aanbod per gemeente<\/h1>/);
    assert.match(supply.body, /href="\/nl\/monitor\?level=municipality[^"]*">← Terug naar de kaart/);
  });

  it('pages the 10,898 statistical sectors (10,902 less the four "not localisable" pseudo-sectors 9999x) 1,000 rows at a time, so the page stays under 1 MB; the downloads hold every row', { skip: !have && 'shared data files missing' }, async () => {
    const first = await h.app.inject({ method: 'GET', url: '/nl/monitor?level=sector' });
    assert.equal(first.statusCode, 200);
    assert.equal((first.body.match(/<tr id="row-/g) ?? []).length, TABLE_PAGE_SIZE);
    assert.ok(first.body.length < 1024 * 1024, `${first.body.length} bytes of HTML`);
    assert.match(first.body, /Rijen 1–1\.000 van 10\.898/);
    assert.doesNotMatch(first.body, /id="row-9999/, 'no pseudo-sector');
    assert.match(first.body, /href="\/nl\/monitor\?level=sector&amp;sort=percent&amp;dir=desc&amp;page=2#table" rel="next"/);
    const last = await h.app.inject({ method: 'GET', url: '/nl/monitor?level=sector&page=11' });
    assert.equal((last.body.match(/<tr id="row-/g) ?? []).length, 898);
    assert.match(last.body, /rel="prev"/);
    const csv = await h.app.inject({ method: 'GET', url: '/nl/monitor/table.csv?level=sector' });
    assert.equal((parseCsv(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as unknown[]).length, 10898);
  });
});
