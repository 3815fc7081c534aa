import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { sql } from 'drizzle-orm';
import { describeDatabases, freshDatabase, type Engine } from '../support/databases.js';
import type { Database } from '../../src/db/client.js';
import { importAreaHierarchy, importBoundaries } from '../../src/areas/service/import.js';
import { AreaModel, geometriesAt } from '../../src/areas/store/query.js';
import { ImportError } from '../../src/platform/located-problem.js';
import { selfIntersectingParts } from '../../src/areas/repair.js';
import { fromWgs84 } from '../../src/areas/crs.js';
import { DATA, makeZip, PRJ_LAMBERT72, REFNIS_SMALL as REFNIS, SECTORS_2025_SMALL as SECTORS_2025, squareCw, writeShapefile } from './files.js';

const TOPO = `${DATA}geo/belgium-municipalities-2019.topojson`;
const ELZ = `${DATA}areas/eerstelijnszones-2025.csv`;
const SECTORS_FULL = `${DATA}areas/statistical-sectors-2025-flanders-brussels.csv`;
const enc = (s: string) => new TextEncoder().encode(s);

async function dump(database: Database) {
  const q = async (s: ReturnType<typeof sql>) => JSON.stringify(await database.rows(s));
  return {
    areas: await q(sql`select level, code, name_nl, name_fr, valid_from_year, valid_to_year from areas order by level, code, valid_from_year`),
    links: await q(sql`select child_level, child_code, parent_level, parent_code, valid_from_year, valid_to_year from area_links order by 1, 2, 3, 5`),
    successions: await q(sql`select predecessor_code, successor_code, year, evidence from area_successions order by 1, 2`),
  };
}

async function counts(database: Database) {
  const [r] = await database.rows<{ a: number; l: number; s: number; g: number }>(
    sql`select (select count(*)::int from areas) a, (select count(*)::int from area_links) l, (select count(*)::int from area_successions) s, (select count(*)::int from area_geometries) g`,
  );
  return r!;
}

async function withFresh<T>(engine: Engine, fn: (d: Database) => Promise<T>): Promise<T> {
  const d = await freshDatabase(engine);
  try {
    return await fn(d);
  } finally {
    await d.drop();
  }
}

describeDatabases('area storage: hierarchy, validity, mergers, boundaries', (ctx) => {
  it('imports the Flemish care zones (eerstelijnszones 2025): 61 zones, 308 municipality links from 2025', { skip: !existsSync(ELZ) }, async () => {
    const r = await importAreaHierarchy(ctx.database, ELZ);
    assert.equal(r.kind, 'hierarchy');
    assert.equal(r.year, 2025);
    assert.deepEqual(r.areas, { municipality: 308, zone: 61 });
    const m = await AreaModel.load(ctx.database.db);
    assert.equal(m.parent('municipality', '21004', 'zone', 2025), 'elz7');
    assert.equal(m.name('zone', 'elz7', 2025), 'Bruzel');
    assert.equal(m.parent('municipality', '46030', 'zone', 2025), 'elz29');
    // 2025 zones are carried back to earlier years for municipalities that did not change.
    assert.equal(m.parent('municipality', '44021', 'zone', 2024), m.parent('municipality', '44021', 'zone', 2025));
  });

  it('derives the 2025 mergers and ends the old municipalities in 2024, whatever the order of the imports', async () => {
    const orders: [string, Uint8Array, string][][] = [
      [['TU_COM_REFNIS.txt', REFNIS, 'refnis'], ['sectors-2025.csv', SECTORS_2025, 'sectors']],
      [['sectors-2025.csv', SECTORS_2025, 'sectors'], ['TU_COM_REFNIS.txt', REFNIS, 'refnis']],
    ];
    const dumps = [];
    for (const order of orders) {
      dumps.push(
        await withFresh(ctx.engine, async (d) => {
          for (const [label, bytes] of order) await importAreaHierarchy(d, bytes, { label });
          return dump(d);
        }),
      );
    }
    assert.deepEqual(dumps[0], dumps[1]);
    const successions = JSON.parse(dumps[0]!.successions) as { predecessor_code: string; successor_code: string; year: number }[];
    assert.deepEqual(
      successions.map((s) => `${s.predecessor_code}→${s.successor_code}@${s.year}`),
      ['11007→11002@2025', '11056→46030@2025', '12030→12041@2019', '12034→12041@2019', '46003→46030@2025', '46013→46030@2025'],
    );
    const areas = JSON.parse(dumps[0]!.areas) as { code: string; valid_from_year: number; valid_to_year: number | null; name_fr: string | null }[];
    const period = (code: string) => areas.filter((a) => a.code === code).map((a) => [a.valid_from_year, a.valid_to_year]);
    assert.deepEqual(period('46003'), [[1977, 2024]]);
    assert.deepEqual(period('11007'), [[1977, 2024]]);
    assert.deepEqual(period('11002'), [[1977, null]]);
    assert.deepEqual(period('46030'), [[2025, null]]);
    assert.deepEqual(period('12030'), [[1977, 2018]]);
    assert.equal(areas.find((a) => a.code === '11002')!.name_fr, 'Anvers');
  });

  it('maps old codes to their successors and finds parents across the merger', async () => {
    await importAreaHierarchy(ctx.database, REFNIS, { label: 'TU_COM_REFNIS.txt' });
    await importAreaHierarchy(ctx.database, SECTORS_2025, { label: 'sectors-2025.csv' });
    const m = await AreaModel.load(ctx.database.db);
    assert.equal(m.successorAt('municipality', '46003', 2024, 2025), '46030');
    assert.equal(m.successorAt('municipality', '46003', 2024, 2024), '46003');
    assert.equal(m.successorAt('municipality', '12030', Number.NEGATIVE_INFINITY, 2025), '12041');
    assert.equal(m.successorAt('municipality', '11002', 2024, 2025), '11002');
    const in2024 = m.codesValidIn('municipality', 2024);
    const in2025 = m.codesValidIn('municipality', 2025);
    assert.ok(in2024.includes('46003') && !in2024.includes('46030'));
    assert.ok(in2025.includes('46030') && !in2025.includes('46003') && !in2025.includes('11007'));
    assert.deepEqual(m.predecessorsOf('municipality', '46030').map((s) => s.predecessorCode).sort(), ['11056', '46003', '46013']);
    // Beveren's zone in 2024 is that of the municipality it became.
    assert.equal(m.parent('municipality', '46003', 'zone', 2024), 'elz29');
    assert.equal(m.ancestor('municipality', '46030', 'region', 2025), '02000');
    assert.equal(m.ancestor('municipality', '46003', 'province', 2024), '40000');
    assert.equal(m.ancestor('zone', 'elz29', 'region', 2025), '02000');
  });

  it('keeps a newer year of a hierarchy beside the older one', async () => {
    await withFresh(ctx.engine, async (d) => {
      await importAreaHierarchy(d, enc('elz_code,elz_naam,nis,gemeente_naam\nz1,Zone 1,44021,Gent\nz1,Zone 1,44019,Evergem\n'), { label: 'zones-2023.csv' });
      await importAreaHierarchy(d, enc('elz_code,elz_naam,nis,gemeente_naam\nz1,Zone 1,44021,Gent\nz2,Zone 2,44019,Evergem\n'), { label: 'zones-2025.csv' });
      const m = await AreaModel.load(d.db);
      assert.equal(m.parent('municipality', '44019', 'zone', 2023), 'z1');
      assert.equal(m.parent('municipality', '44019', 'zone', 2024), 'z1');
      assert.equal(m.parent('municipality', '44019', 'zone', 2025), 'z2');
      assert.equal(m.parent('municipality', '44021', 'zone', 2025), 'z1');
      const links = await d.rows<{ parent_code: string; valid_from_year: number; valid_to_year: number | null }>(
        sql`select parent_code, valid_from_year, valid_to_year from area_links where child_code = '44019' order by valid_from_year`,
      );
      assert.deepEqual(links.map((l) => [l.parent_code, l.valid_from_year, l.valid_to_year]), [['z1', 2023, 2024], ['z2', 2025, null]]);
      // Importing the same file again changes nothing.
      const before = await dump(d);
      await importAreaHierarchy(d, enc('elz_code,elz_naam,nis,gemeente_naam\nz1,Zone 1,44021,Gent\nz2,Zone 2,44019,Evergem\n'), { label: 'zones-2025.csv' });
      assert.deepEqual(await dump(d), before);
    });
  });

  it('imports all or nothing: a file with a bad line changes nothing and says where', async () => {
    const before = await counts(ctx.database);
    await assert.rejects(
      importAreaHierarchy(ctx.database, enc('elz_code,elz_naam,nis,gemeente_naam\nz9,Zone 9,44021,Gent\nz9,Zone 9,4402,Fout\n'), { label: 'zones-2026.csv' }),
      (e: unknown) => e instanceof ImportError && /zones-2026\.csv, line 3, field nis, value "4402": expected a 5-digit NIS code/.test(e.message),
    );
    assert.deepEqual(await counts(ctx.database), before);
    await assert.rejects(importAreaHierarchy(ctx.database, enc('elz_code,nis\nz9,44021\n'), { label: 'zones.csv' }), /--year YEAR/);
  });

  it('imports a zipped Shapefile in Lambert 72 as WGS84 shapes, with the hierarchy it carries', async () => {
    const to72 = fromWgs84('EPSG:31370');
    const [x, y] = to72(4.3525, 50.8467);
    const { shp, dbf } = writeShapefile([
      { rings: [squareCw(x, y, 200)], fields: { CD_SECTOR: '21004A00-', T_SEC_NL: 'Grote Markt', CD_MUNTY_R: '21004' } },
      { rings: [squareCw(x + 500, y, 200)], fields: { CD_SECTOR: '21004A01-', T_SEC_NL: 'Sint-Jacobs', CD_MUNTY_R: '21004' } },
    ]);
    const zip = makeZip([{ name: 's.shp', data: shp }, { name: 's.dbf', data: dbf }, { name: 's.prj', data: PRJ_LAMBERT72 }]);
    const before = await counts(ctx.database);
    const r = await importBoundaries(ctx.database, zip, { level: 'sector', label: 'sh_statbel_statistical_sectors_31370_20250101.shp.zip' });
    assert.equal(r.crs, 'EPSG:31370');
    assert.equal(r.year, 2025);
    assert.equal(r.areas, 2);
    const shapes = await geometriesAt(ctx.database.db, 'sector', 2025);
    assert.deepEqual(shapes.map((s) => s.code), ['21004A00-', '21004A01-']);
    const b = shapes[0]!.bbox;
    assert.ok(Math.abs((b.minLon + b.maxLon) / 2 - 4.3525) < 0.0001 && Math.abs((b.minLat + b.maxLat) / 2 - 50.8467) < 0.0001, JSON.stringify(b));
    const m = await AreaModel.load(ctx.database.db);
    assert.equal(m.parent('sector', '21004A01-', 'municipality', 2025), '21004');
    assert.equal(m.name('sector', '21004A00-', 2025), 'Grote Markt');
    const after = await counts(ctx.database);
    assert.equal(after.g - before.g, 2);
  });

  it('imports no boundary at all when one feature is bad', async () => {
    const before = await counts(ctx.database);
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { elz_code: 'z1' }, geometry: { type: 'Polygon', coordinates: [[[4, 50], [4.1, 50], [4.1, 50.1], [4, 50]]] } },
        { type: 'Feature', properties: { elz_code: '' }, geometry: { type: 'Polygon', coordinates: [[[4, 50], [4.1, 50], [4.1, 50.1], [4, 50]]] } },
      ],
    };
    await assert.rejects(importBoundaries(ctx.database, enc(JSON.stringify(fc)), { level: 'zone', label: 'zones-2025.geojson' }), /zones-2025\.geojson, feature 2, field elz_code, value "": the code is empty/);
    assert.deepEqual(await counts(ctx.database), before);
  });

  it('stores a self-intersecting boundary repaired, and reports it', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { elz_code: 'bowtie' }, geometry: { type: 'Polygon', coordinates: [[[4, 50], [4.1, 50.1], [4.1, 50], [4, 50.1], [4, 50]]] } }],
    };
    const r = await importBoundaries(ctx.database, enc(JSON.stringify(fc)), { level: 'zone', label: 'bowtie-2025.geojson' });
    assert.deepEqual(r.repaired, [{ feature: 1, code: 'bowtie' }]);
    const stored = (await geometriesAt(ctx.database.db, 'zone', 2025)).find((g) => g.code === 'bowtie')!;
    assert.equal(stored.geometry.type, 'MultiPolygon');
    assert.equal(selfIntersectingParts(stored.geometry), 0);
  });

  it('imports the 2019 TopoJSON (581 municipalities) and draws the 2025 municipalities from their predecessors', { skip: !existsSync(TOPO) }, async () => {
    // Hierarchy first: the TopoJSON import dissolves the merged municipalities' shapes.
    const r = await importBoundaries(ctx.database, TOPO, { level: 'municipality' });
    assert.equal(r.areas, 581);
    assert.equal(r.year, 2019);
    assert.deepEqual(r.repaired, [], 'no shape of the shared file is changed by the repair');
    // 12030/12034 → 12041 happened in 2019: the 2019 file already has Puurs-Sint-Amands.
    assert.deepEqual(r.derived.map((d) => `${d.code}@${d.year}←${d.from.join('+')}`).sort(), ['11002@2025←11002+11007', '46030@2025←11056+46003+46013']);
    const y2024 = await geometriesAt(ctx.database.db, 'municipality', 2024);
    assert.equal(y2024.length, 581);
    const y2025 = await geometriesAt(ctx.database.db, 'municipality', 2025);
    const codes = new Set(y2025.map((g) => g.code));
    assert.ok(codes.has('46030') && !codes.has('46003') && !codes.has('11007'));
    assert.equal(y2025.find((g) => g.code === '46030')!.geometry.type, 'Polygon', 'dissolved into one polygon');
    assert.match(y2025.find((g) => g.code === '11002')!.source, /dissolved from 11002, 11007/);
    const gent = y2025.find((g) => g.code === '44021')!;
    assert.equal(gent.validFrom, 2019);
    assert.equal(gent.validTo, null);

    // Boundaries first, hierarchy after: the merged municipality is drawn from its predecessors' shapes.
    await withFresh(ctx.engine, async (d) => {
      await importBoundaries(d, TOPO, { level: 'municipality' });
      await importAreaHierarchy(d, SECTORS_2025, { label: 'sectors-2025.csv' });
      const shapes = await geometriesAt(d.db, 'municipality', 2025);
      const bkz = shapes.find((g) => g.code === '46030')!;
      assert.deepEqual(bkz.combinedFrom, ['11056', '46003', '46013']);
      assert.equal(bkz.geometry.type, 'MultiPolygon');
      assert.deepEqual(shapes.find((g) => g.code === '11002')!.combinedFrom, ['11002', '11007']);
      assert.ok(!shapes.some((g) => g.code === '46003'));
    });
  });

  it('draws care zones and regions without a boundary file: their municipalities dissolved into one shape', { skip: !existsSync(TOPO) || !existsSync(ELZ) || !existsSync(SECTORS_FULL) }, async () => {
    // A database of its own with the real files: the small fixtures of other tests put some municipalities in made-up zones.
    await withFresh(ctx.engine, async (d) => {
      await importAreaHierarchy(d, ELZ);
      await importAreaHierarchy(d, SECTORS_FULL); // reveals the 2025 mergers
      await importBoundaries(d, TOPO, { level: 'municipality' });
      const munis = new Map((await geometriesAt(d.db, 'municipality', 2025)).map((s) => [s.code, s]));
      const members = new Map<string, string[]>();
      for (const line of readFileSync(ELZ, 'utf8').trim().split('\n').slice(1)) {
        const [zone, , nis] = line.split(',');
        if (munis.has(nis!)) members.set(zone!, [...(members.get(zone!) ?? []), nis!]);
      }
      const zones = await geometriesAt(d.db, 'zone', 2025);
      // 61 zones, of which 4 are Statbel's "not localisable" / "outside Flanders and Brussels" pseudo-zones with no territory.
      assert.equal(zones.length, 57, zones.map((z) => z.code).join(' '));
      assert.equal(members.size, 57);
      assert.ok(!zones.some((z) => ['elz91', 'elz92', 'elz93', 'elz99'].includes(z.code)));
      for (const z of zones) {
        // Independent check: the members come from the CSV itself, and the zone's area on the sphere equals the sum of theirs.
        assert.deepEqual(z.dissolvedFrom, [...members.get(z.code)!].sort(), z.code);
        const sum = z.dissolvedFrom!.reduce((a, c) => a + geoArea(munis.get(c)!.geometry), 0);
        assert.ok(Math.abs(geoArea(z.geometry) - sum) / sum < 1e-9, `${z.code}: area ${geoArea(z.geometry)} vs members ${sum}`);
      }
      // AMALO (Affligem, Asse, Liedekerke, Merchtem, …) and Bruzel (the 19 Brussels municipalities) are contiguous: one ring, inner borders gone.
      for (const code of ['elz1', 'elz7']) {
        const z = zones.find((s) => s.code === code)!;
        assert.equal(z.geometry.type, 'Polygon', code);
        assert.equal((z.geometry as { coordinates: unknown[] }).coordinates.length, 1, `${code} has no holes`);
      }
      assert.equal(zones.find((s) => s.code === 'elz7')!.dissolvedFrom!.length, 19);
      // Zone elz29 holds Beveren-Kruibeke-Zwijndrecht (46030), itself drawn from its three predecessors.
      assert.ok(zones.find((s) => s.code === 'elz29')!.dissolvedFrom!.includes('46030'));
      // Regions come from the TopoJSON's own hierarchy: Brussels-Capital is one polygon of 19 municipalities.
      const brussels = (await geometriesAt(d.db, 'region', 2025)).find((s) => s.code === '04000')!;
      assert.equal(brussels.geometry.type, 'Polygon');
      assert.equal(brussels.dissolvedFrom!.length, 19);
    });
  });
});
