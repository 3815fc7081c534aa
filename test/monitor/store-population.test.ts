import { it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { describeDatabases } from '../support/databases.js';
import { ImportError } from '../../src/platform/located-problem.js';
import { parsePopulation, parseSectors } from '../../src/monitor/files/population.js';
import { clearPopulationCache, findDataset, importPopulation, listDatasets, loadPopulation, loadSectorTotals, NoYearError } from '../../src/monitor/store/population.js';
import { decodeCounts, encodeCounts } from '../../src/monitor/store/codec.js';
import { FAKE_MUNICIPALITIES, makeZip, populationText, sectorText } from '../areas/files.js';

const enc = (s: string) => new TextEncoder().encode(s);

describeDatabases('monitor storage: population datasets', (ctx) => {
  const db = () => ctx.database.db;
  const datasetCount = async () => (await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from population_datasets`))[0]!.n;

  it('stores compositions exactly (float64, deflated, base64)', () => {
    const counts = new Float64Array([0, 1, 2.5, 1e9, 0, 0, 3]);
    assert.deepEqual(decodeCounts(encodeCounts(counts), counts.length), counts);
    assert.throws(() => decodeCounts(encodeCounts(counts), 8), /expected 8/);
  });

  it('imports TF_SOC_POP_STRUCT text and loads back exactly what the reader read', async () => {
    const text = populationText();
    const r = await importPopulation(db(), enc(text), { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    const parsed = await parsePopulation(text, { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    assert.equal(r.kind, 'composition');
    assert.equal(r.year, 2024);
    assert.equal(r.areaCount, FAKE_MUNICIPALITIES.length);
    assert.equal(r.total, parsed.total);
    assert.equal(r.replaced, null);
    clearPopulationCache(db());
    const loaded = await loadPopulation(db(), r.id);
    assert.deepEqual(loaded.layout, parsed.layout);
    assert.equal(loaded.municipalities.size, parsed.municipalities.size);
    for (const [code, m] of parsed.municipalities) {
      const l = loaded.municipalities.get(code)!;
      assert.deepEqual(l.composition.counts, m.composition.counts, code);
      assert.equal(l.total, m.total);
      assert.deepEqual([l.nameNl, l.district, l.province, l.region], [m.nameNl, m.district, m.province, m.region]);
    }
    assert.equal(loaded.civilStatusLabels.get('3')?.nl, 'Weduwstaat');
    assert.equal(await loadPopulation(db(), r.id), loaded, 'served from the cache the second time');
  });

  it('keeps another year beside and replaces the same year (the zip as downloaded)', async () => {
    const zip = makeZip([{ name: 'TF_SOC_POP_STRUCT_2025.txt', data: populationText(FAKE_MUNICIPALITIES, { yearShift: 1 }) }]);
    const r2025 = await importPopulation(db(), zip, { label: 'TF_SOC_POP_STRUCT_2025.zip' });
    assert.equal(r2025.year, 2025);
    assert.equal(r2025.source, 'TF_SOC_POP_STRUCT_2025.zip › TF_SOC_POP_STRUCT_2025.txt');
    assert.deepEqual(r2025.otherYears, [2024]);
    const first2024 = await findDataset(db(), 'composition', { year: 2024 });
    const again = await importPopulation(db(), enc(populationText()), { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    assert.equal(again.replaced?.source, 'TF_SOC_POP_STRUCT_2024.txt');
    assert.notEqual(again.id, first2024!.id);
    assert.deepEqual((await listDatasets(db(), 'composition')).map((d) => d.year), [2025, 2024]);
    assert.equal((await findDataset(db(), 'composition'))!.year, 2025, 'latest by default');
    assert.equal((await findDataset(db(), 'composition', { atOrBefore: 2024 }))!.year, 2024);
    // The replaced dataset's rows went with it.
    const orphans = await ctx.database.rows<{ n: number }>(sql`select count(*)::int as n from population_compositions where dataset_id = ${first2024!.id}`);
    assert.equal(orphans[0]!.n, 0);
  });

  it('imports nothing from a file with bad lines, and says where each one is', async () => {
    const before = await datasetCount();
    const lines = populationText().split('\n');
    lines[3] = lines[3]!.replace(/\|[MF]\|(BEL|ETR)\|/, '|X|$1|');
    lines[7] = lines[7]!.replace(/\|(\d+)$/, '|-4');
    await assert.rejects(importPopulation(db(), enc(lines.join('\n')), { label: 'TF_SOC_POP_STRUCT_2023.txt' }), (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.deepEqual(e.problems.map((i) => [i.line, i.field]), [[4, 'CD_SEX'], [8, 'MS_POPULATION']]);
      assert.match(e.message, /TF_SOC_POP_STRUCT_2023\.txt, line 4, field CD_SEX, value "X": expected M or F/);
      return true;
    });
    assert.equal(await datasetCount(), before);
    await assert.rejects(importPopulation(db(), enc('CD_REFNIS|CD_SEX\n11001|M\n'), { label: 'TF_SOC_POP_STRUCT_2023.txt' }), /no column for the age/);
    await assert.rejects(importPopulation(db(), enc(populationText()), { label: 'population.txt' }), NoYearError);
    assert.equal(await datasetCount(), before);
  });

  it('recognises OPENDATA_SECTOREN and stores sector totals per year', async () => {
    const text = sectorText([
      ['46030', '46003A00-', 1200, 'Beveren-Centrum'],
      ['46030', '11056A00-', 800],
      ['46030', '46030ZZZZ', 12],
    ]);
    const r = await importPopulation(db(), enc(text), { label: 'OPENDATA_SECTOREN_2024.txt' });
    assert.equal(r.kind, 'sector_totals');
    assert.equal(r.areaCount, 3);
    assert.equal(r.total, 2012);
    const loaded = await loadSectorTotals(db(), r.id, { useCache: false });
    assert.deepEqual(loaded.sectors, (await parseSectors(text)).sectors.sort((a, b) => (a.code < b.code ? -1 : 1)));
    const bad = sectorText([['46030', '46003A00-', 1200], ['46030', '46003A00-', 5], ['4603', '46003A01-', 7]]);
    await assert.rejects(importPopulation(db(), enc(bad), { label: 'OPENDATA_SECTOREN_2023.txt' }), (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.deepEqual(e.problems.map((i) => [i.line, i.field]), [[3, 'CD_SECTOR'], [4, 'CD_REFNIS']]);
      return true;
    });
    assert.equal((await listDatasets(db(), 'sector_totals')).length, 1);
  });
});
