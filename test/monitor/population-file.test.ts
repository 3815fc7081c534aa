import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellIndex, compositionTotal } from '../../src/monitor/composition.js';
import { parsePopulation, parseSectors, readPopulationFile, readSectorFile, PopulationFileError } from '../../src/monitor/files/population.js';
import { forEachLine, openTextSource } from '../../src/monitor/files/text-source.js';
import { defaultModel } from '../../src/monitor/default-rates.js';
import { estimateAreas, findArea } from '../../src/monitor/estimate.js';
import { municipalityAreas, sectorAreas } from '../../src/monitor/population-data.js';
import { makeZip } from '../areas/files.js';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const POP_ZIP = `${DATA}population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip`;
const SECTOR_ZIP = `${DATA}population/SYNTHETIC_OPENDATA_SECTOREN_2024.zip`;
const TOPO = `${DATA}geo/belgium-municipalities-2019.topojson`;
const haveData = existsSync(POP_ZIP) && existsSync(SECTOR_ZIP) && existsSync(TOPO);

/** Splits text into awkward chunks (mid-line, mid-character pairs) as a stream would. */
function* chunked(text: string, size: number): Iterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

// Column names renamed and reordered as they may be in other years; CRLF; BOM.
const SAMPLE =
  '\uFEFF' +
  [
    'MS_POPULATION|CD_AGE|CD_CIV_STS|TX_CIV_STS_NL|CD_NATLTY_CODE|CD_SEX|CD_MUNTY_REFNIS|TX_MUNTY_DESCR_NL|CD_RGN_REFNIS',
    '5|0|1|Ongehuwd|BEL|M|11001|Aartselaar|02000',
    '3|0|1|Ongehuwd|ETR|F|11001|Aartselaar|02000',
    '7|45|2|Gehuwd|BEL|F|11001|Aartselaar|02000',
    '2|125|3|Weduwstaat|BEL|F|11001|Aartselaar|02000',
    '4|30|5|Feitelijk gescheiden|ETR|M|21001|Anderlecht|04000',
    '1|31|5|Feitelijk gescheiden|ETR|M|21001|Anderlecht|04000',
    '',
  ].join('\r\n');

describe('TF_SOC_POP_STRUCT reader on small samples', () => {
  it('finds renamed columns by name and aggregates a composition per municipality', async () => {
    const d = await parsePopulation(chunked(SAMPLE, 7), { label: 'sample.txt' });
    assert.equal(d.columns.municipality, 'CD_MUNTY_REFNIS');
    assert.equal(d.columns.nationality, 'CD_NATLTY_CODE');
    assert.equal(d.columns.population, 'MS_POPULATION');
    assert.equal(d.rows, 6);
    assert.equal(d.total, 22);
    assert.deepEqual([...d.municipalities.keys()], ['11001', '21001']);
    const a = d.municipalities.get('11001')!;
    assert.equal(a.nameNl, 'Aartselaar');
    assert.equal(a.region?.code, '02000');
    assert.equal(a.total, 17);
    assert.equal(compositionTotal(a.composition), 17);
    // An unknown civil-status code (5) gets its own slot after Statbel's 1–4.
    assert.deepEqual(d.layout.civilStatuses, ['1', '2', '3', '4', '5']);
    const L = d.layout;
    assert.equal(a.composition.counts[cellIndex(L, 0, 0, 0, 0)], 5); // age 0, M, BEL, never married
    assert.equal(a.composition.counts[cellIndex(L, 0, 1, 1, 0)], 3); // age 0, F, ETR
    assert.equal(a.composition.counts[cellIndex(L, 45, 1, 0, 1)], 7);
    assert.equal(a.composition.counts[cellIndex(L, 120, 1, 0, 2)], 2, 'age 125 counts at 120 ("120 and older")');
    assert.equal(d.agesClamped, 2);
    const b = d.municipalities.get('21001')!;
    assert.equal(b.composition.counts[cellIndex(L, 30, 0, 1, 4)], 4);
    assert.equal(b.composition.counts[cellIndex(L, 31, 0, 1, 4)], 1);
    assert.deepEqual(d.civilStatusLabels.get('5'), { nl: 'Feitelijk gescheiden', fr: null });
  });

  it('reads the same data from a zip (deflated) given as bytes', async () => {
    const zip = makeZip([{ name: 'TF_SOC_POP_STRUCT_2099.txt', data: SAMPLE }]);
    const d = await readPopulationFile(zip, { label: 'TF_SOC_POP_STRUCT_2099.zip' });
    assert.equal(d.source, 'TF_SOC_POP_STRUCT_2099.zip › TF_SOC_POP_STRUCT_2099.txt');
    assert.equal(d.total, 22);
    assert.equal(d.municipalities.get('11001')!.total, 17);
  });

  it('reads the plain text file from a path too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbind-pop-'));
    try {
      const file = join(dir, 'TF_SOC_POP_STRUCT_2099.txt');
      writeFileSync(file, SAMPLE);
      const d = await readPopulationFile(file);
      assert.equal(d.source, 'TF_SOC_POP_STRUCT_2099.txt');
      assert.equal(d.total, 22);
      const z = join(dir, 'TF_SOC_POP_STRUCT_2099.zip');
      writeFileSync(z, makeZip([{ name: 'TF_SOC_POP_STRUCT_2099.txt', data: SAMPLE, stored: true }]));
      assert.equal((await readPopulationFile(z)).municipalities.get('21001')!.total, 5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a zip without exactly one text file', async () => {
    const zip = makeZip([
      { name: 'a.txt', data: SAMPLE, stored: true },
      { name: 'b.txt', data: SAMPLE, stored: true },
    ]);
    await assert.rejects(readPopulationFile(zip, { label: 'two.zip' }), /two\.zip: expected one text file inside the zip, found a\.txt, b\.txt/);
  });

  it('names the synonyms it looked for when a required column is missing', async () => {
    const text = 'CD_REFNIS|CD_SEX|CD_NATLTY|CD_CIV_STS|LEEFTIJD|MS_POPULATION\n11001|M|BEL|1|3|4\n';
    await assert.rejects(parsePopulation(text, { label: 'x.txt' }), (e: unknown) => {
      assert.ok(e instanceof PopulationFileError);
      assert.equal(e.problems[0]!.line, 1);
      assert.match(e.message, /x\.txt/);
      assert.match(e.message, /no column for the age in years: looked for CD_AGE, CD_AGE_YEARS, MS_AGE/);
      assert.match(e.message, /the header has CD_REFNIS, CD_SEX, CD_NATLTY, CD_CIV_STS, LEEFTIJD, MS_POPULATION/);
      return true;
    });
  });

  it('locates bad lines by line number, column and value', async () => {
    const text = [
      'CD_REFNIS|CD_SEX|CD_NATLTY|CD_CIV_STS|CD_AGE|MS_POPULATION',
      '11001|M|BEL|1|3|4',
      '11001|X|BEL|1|3|4',
      '11001|F|BEL|1|abc|4',
      '11001|F|BEL|1|3|-1',
      '11001|F|BELGIE|1|3|2',
      '11001|F|BEL|1|3',
      '1100|F|BEL|1|3|1',
      '11001|F|BEL|1||1',
    ].join('\n');
    await assert.rejects(parsePopulation(text, { label: 'bad.txt' }), (e: unknown) => {
      assert.ok(e instanceof PopulationFileError);
      assert.deepEqual(
        e.problems.map((i) => [i.line, i.field, i.value]),
        [
          [3, 'CD_SEX', 'X'],
          [4, 'CD_AGE', 'abc'],
          [5, 'MS_POPULATION', '-1'],
          [6, 'CD_NATLTY', 'BELGIE'],
          [7, undefined, undefined],
          [8, 'CD_REFNIS', '1100'],
          [9, 'CD_AGE', ''],
        ],
      );
      assert.match(e.message, /line 6, field CD_NATLTY, value "BELGIE": expected BEL \(Belgian\) or ETR \(non-Belgian\)/);
      assert.match(e.message, /line 7: has 5 fields, the header has 6/);
      return true;
    });
  });

  it('refuses duplicated rows (same municipality, age, sex, nationality, civil status) with their lines, instead of adding them up', async () => {
    const text = [
      'CD_REFNIS|CD_SEX|CD_NATLTY|CD_CIV_STS|CD_AGE|MS_POPULATION',
      '11001|M|BEL|1|30|40',
      '11001|F|BEL|1|30|7',
      '11002|M|BEL|1|30|5',
      '11001|M|BEL|1|30|40',
      '11001|F|BEL|1|125|1',
      '11001|F|BEL|1|126|1',
      '11001|F|BEL|1|125|1',
    ].join('\n');
    await assert.rejects(parsePopulation(text, { label: 'dup.txt' }), (e: unknown) => {
      assert.ok(e instanceof PopulationFileError);
      assert.deepEqual(e.problems.map((i) => i.line), [5, 8], 'ages 125 and 126 share the "120 and older" cell but are different rows');
      assert.match(e.message, /line 5: same municipality \(11001\), age \(30\), sex \(M\), nationality \(BEL\) and civil status \(1\) as line 2/);
      assert.match(e.message, /line 8: .*age \(125\).* as line 6/);
      return true;
    });
    // Without the duplicates the same rows are read, each once.
    const d = await parsePopulation(text.split('\n').filter((_, i) => i !== 4 && i !== 7).join('\n'));
    assert.equal(d.total, 54);
    assert.equal(d.agesClamped, 2);
  });

  it('stops reading after maxErrors bad lines', async () => {
    const lines = ['CD_REFNIS|CD_SEX|CD_NATLTY|CD_CIV_STS|CD_AGE|MS_POPULATION', ...Array.from({ length: 50 }, () => '11001|Q|BEL|1|3|4')];
    await assert.rejects(parsePopulation(lines.join('\n'), { maxErrors: 5 }), (e: unknown) => {
      assert.ok(e instanceof PopulationFileError);
      assert.equal(e.problems.length, 5);
      assert.equal(e.truncated, true);
      assert.match(e.message, /5\+ problems \(reading stopped\)/);
      return true;
    });
  });
});

describe('OPENDATA_SECTOREN reader on small samples', () => {
  it('reads sector totals with renamed columns and refuses duplicate sectors', async () => {
    const ok = 'CD_SECTOR|CD_MUNTY_REFNIS|MS_POPULATION|TX_DESCR_SECTOR_NL\r\n11001A00-|11001|557|Centrum\r\n11001A01-|11001|0|Leeg\r\n';
    const d = await parseSectors(ok);
    assert.equal(d.total, 557);
    assert.deepEqual(d.sectors.map((s) => [s.code, s.municipalityCode, s.total, s.nameNl]), [
      ['11001A00-', '11001', 557, 'Centrum'],
      ['11001A01-', '11001', 0, 'Leeg'],
    ]);
    const dup = 'CD_REFNIS|CD_SECTOR|TOTAL\n11001|A|5\n11001|A|6\n11001|B|x\n';
    await assert.rejects(parseSectors(dup, { label: 's.txt' }), (e: unknown) => {
      assert.ok(e instanceof PopulationFileError);
      assert.deepEqual(e.problems.map((i) => [i.line, i.field, i.value]), [[3, 'CD_SECTOR', 'A'], [4, 'TOTAL', 'x']]);
      assert.match(e.problems[0]!.message, /also on line 2/);
      return true;
    });
    await assert.rejects(parseSectors('CD_REFNIS|TOTAL\n'), /no column for the statistical sector code: looked for CD_SECTOR/);
  });
});

describe('the synthetic Statbel files in shared/data', { skip: !haveData && 'shared/data not present' }, () => {
  let data: Awaited<ReturnType<typeof readPopulationFile>>;

  it('parses the population zip: every resident lands in a municipal composition', async () => {
    const t0 = performance.now();
    data = await readPopulationFile(POP_ZIP);
    const ms = performance.now() - t0;
    console.log(`# parsed ${data.rows} rows of ${data.source} in ${Math.round(ms)} ms`); // informational, not asserted
    assert.equal(data.rows, 601_679);
    assert.equal(data.municipalities.size, 581);
    assert.equal(data.agesClamped, 0);
    // Independent sum of MS_POPULATION straight from the text, by header position.
    const src = await openTextSource(POP_ZIP);
    let col = -1;
    let sum = 0;
    const codes = new Set<string>();
    await forEachLine(src.chunks, (line, n) => {
      const f = line.split('|');
      if (n === 1) col = f.indexOf('MS_POPULATION');
      else if (line) {
        sum += Number(f[col]);
        codes.add(f[0]!);
      }
    });
    assert.equal(codes.size, 581);
    assert.equal(data.total, sum);
    let compositions = 0;
    for (const m of data.municipalities.values()) {
      const t = compositionTotal(m.composition);
      assert.equal(t, m.total, m.code);
      compositions += t;
    }
    assert.equal(compositions, sum);
    assert.equal(sum, 11_492_224);
  });

  it('municipal totals agree with the topojson’s 2020 population (within 50 residents; not exact)', () => {
    // shared/data/README.md: the synthetic file's "Municipalities and their totals are real (2020)", and the
    // topojson carries "population (2020)". They are close but not identical (only 14 of 581 match
    // exactly; e.g. Antwerpen 529,249 here vs 529,247 there), so the check allows a small difference.
    const topo = JSON.parse(readFileSync(TOPO, 'utf8')) as { objects: { municipalities: { geometries: { properties: { nis: string; population: number } }[] } } };
    const pops = new Map(topo.objects.municipalities.geometries.map((g) => [g.properties.nis, g.properties.population]));
    assert.equal(pops.size, 581);
    for (const [nis, p] of pops) {
      const m = data.municipalities.get(nis);
      assert.ok(m, `municipality ${nis} of the topojson is in the population file`);
      assert.ok(Math.abs(m.total - p) <= 50, `${nis}: ${m.total} vs ${p}`);
    }
    assert.equal(data.municipalities.get('11002')!.nameNl, 'Antwerpen');
    assert.equal(data.municipalities.get('11002')!.total, 529_249);
    assert.equal(pops.get('11002'), 529_247);
  });

  it('estimates all municipalities with the default model; regions and Belgium are the sums', () => {
    const areas = municipalityAreas(data, { levels: ['district', 'province', 'region'], country: { code: 'BE', name: 'België' } });
    const r = estimateAreas(defaultModel(), areas);
    const be = findArea(r, 'BE')!;
    assert.equal(be.population, data.total);
    const regions = r.areas.filter((a) => a.level === 'region');
    assert.deepEqual(regions.map((a) => a.code).sort(), ['02000', '03000', '04000']);
    const munis = r.areas.filter((a) => a.level === 'municipality');
    assert.equal(munis.length, 581);
    for (const id of r.indicators) {
      const total = be.indicators[id]!.count!;
      const byRegion = regions.reduce((s, a) => s + a.indicators[id]!.count!, 0);
      assert.ok(Math.abs(byRegion - total) < 1e-6 * total, `${id}: regions ${byRegion} vs Belgium ${total}`);
    }
    // Brussels has no province: its municipalities hang on the district, the district on the region.
    assert.equal(findArea(r, '21000')!.parent, '04000');
    const antwerpen = findArea(r, '11002')!;
    const lon = antwerpen.indicators.loneliness_often!;
    assert.equal(lon.status, 'estimated');
    assert.ok(lon.percent! > 6.8 && lon.percent! < 10.2, 'a mix of Statbel 2024 rates 6.8–10.2 %');
    assert.ok(lon.notCoveredPopulation! > 0, 'children and people over 74 are not covered by Statbel 2024');
  });

  it('reads the sector zip and estimates the sectors of Aartselaar from its municipal composition', async () => {
    const s = await readSectorFile(SECTOR_ZIP);
    assert.equal(s.sectors.length, 10_902);
    const mine = s.sectors.filter((x) => x.municipalityCode === '11001');
    assert.equal(mine.length, 17);
    const sectorTotal = mine.reduce((t, x) => t + x.total, 0); // 14,426 (the sector file's own split)
    const m = data.municipalities.get('11001')!;
    const { areas, missing } = sectorAreas(mine, (code) => (code === '11001' ? { composition: m.composition, name: 'Aartselaar' } : undefined));
    assert.deepEqual(missing, []);
    const model = defaultModel();
    const bySector = estimateAreas(model, areas, { threshold: 0 });
    const byComposition = estimateAreas(model, [{ code: '11001', name: 'Aartselaar', level: 'municipality', parent: null, population: { kind: 'composition', composition: m.composition } }]);
    const fromSectors = findArea(bySector, '11001')!;
    const direct = findArea(byComposition, '11001')!;
    assert.equal(fromSectors.population, sectorTotal);
    assert.equal(fromSectors.populationFromSectorTotals, sectorTotal);
    for (const id of model.indicators) {
      const expect = (direct.indicators[id]!.count! * sectorTotal) / m.total;
      assert.ok(Math.abs(fromSectors.indicators[id]!.count! - expect) < 1e-6, id);
      assert.ok(Math.abs(fromSectors.indicators[id]!.percent! - direct.indicators[id]!.percent!) < 1e-9, `${id} percent`);
    }
    for (const a of bySector.areas.filter((x) => x.level === 'sector')) assert.equal(a.method, 'sector-total-with-municipal-composition');
  });
});
