import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readBoundaries } from '../../src/areas/service/read-boundaries.js';
import { polygonSelfIntersects, selfIntersectingParts } from '../../src/areas/repair.js';
import { parseHierarchyCsv, parseRefnis } from '../../src/areas/read-hierarchy.js';
import { ImportError } from '../../src/platform/located-problem.js';
import { fromWgs84 } from '../../src/areas/crs.js';
import { DATA, makeZip, PRJ_LAMBERT72, squareCw, writeShapefile } from './files.js';

const TOPO = `${DATA}geo/belgium-municipalities-2019.topojson`;
const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
const l72 = fromWgs84('EPSG:31370');
const l08 = fromWgs84('EPSG:3812');

/** A square of ±0.01° around a WGS84 point, expressed in a projected system (counter-clockwise, GeoJSON style). */
function squareIn(to: (x: number, y: number) => [number, number], lon: number, lat: number): number[][] {
  return [[lon - 0.01, lat - 0.01], [lon + 0.01, lat - 0.01], [lon + 0.01, lat + 0.01], [lon - 0.01, lat + 0.01], [lon - 0.01, lat - 0.01]].map(([x, y]) => to(x!, y!));
}

async function importErrorOf(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ImportError, String(e));
    return e;
  }
  assert.fail('expected an ImportError');
}

describe('boundary files', () => {
  it('reads GeoJSON in Lambert 72 from its crs member and reprojects it', async () => {
    const fc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::31370' } },
      features: [{ type: 'Feature', properties: { CD_SECTOR: '21004A00-', TX_SECTOR_DESCR_NL: 'Grote Markt', TX_SECTOR_DESCR_FR: 'Grand-Place', CD_MUNTY_REFNIS: '21004' }, geometry: { type: 'Polygon', coordinates: [squareIn(l72, 4.3525, 50.8467)] } }],
    };
    const d = await readBoundaries(enc(fc), { level: 'sector', label: 'sectors.geojson' });
    assert.equal(d.crs, 'EPSG:31370');
    assert.equal(d.crsFrom, 'crs-member');
    assert.deepEqual(d.fields, { code: 'CD_SECTOR', nameNl: 'TX_SECTOR_DESCR_NL', nameFr: 'TX_SECTOR_DESCR_FR', parents: [{ level: 'municipality', field: 'CD_MUNTY_REFNIS' }] });
    const a = d.areas[0]!;
    assert.equal(a.code, '21004A00-');
    assert.equal(a.nameFr, 'Grand-Place');
    assert.deepEqual(a.parents.map((p) => [p.level, p.code]), [['municipality', '21004']]);
    const [lon, lat] = (a.geometry.type === 'Polygon' ? a.geometry.coordinates[0]![0] : [])!;
    // Back within a metre (5-decimal rounding ≈ 1 m) of the corner we started from.
    assert.ok(Math.abs(lon! - 4.3425) < 0.00002 && Math.abs(lat! - 50.8367) < 0.00002, `${lon} ${lat}`);
  });

  it('recognises Lambert 2008 from the coordinates alone', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { nis: 44021, naam: 'Gent' }, geometry: { type: 'Polygon', coordinates: [squareIn(l08, 3.72, 51.05)] } }] };
    const d = await readBoundaries(enc(fc), { level: 'municipality', label: 'gent.geojson' });
    assert.equal(d.crs, 'EPSG:3812');
    assert.equal(d.crsFrom, 'coordinates');
    assert.equal(d.areas[0]!.code, '44021');
    assert.equal(d.areas[0]!.nameNl, 'Gent');
  });

  it('reads a zipped Shapefile in Lambert 72 (the .prj says so)', async () => {
    const [x, y] = l72(4.3525, 50.8467);
    const { shp, dbf } = writeShapefile([
      { rings: [squareCw(x, y, 500)], fields: { CD_MUNTY_R: '21004', NAAM: 'Brussel' } },
      { rings: [squareCw(x + 2000, y, 500), squareCw(x + 4000, y, 500)], fields: { CD_MUNTY_R: '21015', NAAM: 'Schaarbeek' } },
    ]);
    const zip = makeZip([
      { name: 'gemeenten/gem.shp', data: shp },
      { name: 'gemeenten/gem.dbf', data: dbf },
      { name: 'gemeenten/gem.prj', data: PRJ_LAMBERT72 },
      { name: 'gemeenten/gem.cpg', data: 'UTF-8' },
    ]);
    const d = await readBoundaries(zip, { level: 'municipality', label: 'gem.zip', codeField: 'CD_MUNTY_R', nameField: 'naam' });
    assert.equal(d.format, 'shapefile');
    assert.equal(d.crs, 'EPSG:31370');
    assert.equal(d.crsFrom, 'prj');
    assert.deepEqual(d.areas.map((a) => [a.code, a.nameNl, a.geometry.type]), [['21004', 'Brussel', 'Polygon'], ['21015', 'Schaarbeek', 'MultiPolygon']]);
    const b = d.areas[0]!.geometry;
    const ring = b.type === 'Polygon' ? b.coordinates[0]! : [];
    const lons = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    // A 1 km square around the Grand-Place: ~0.0142° wide, ~0.009° high.
    assert.ok(Math.abs((Math.min(...lons) + Math.max(...lons)) / 2 - 4.3525) < 0.0001);
    assert.ok(Math.abs((Math.min(...lats) + Math.max(...lats)) / 2 - 50.8467) < 0.0001);
  });

  it('reports bad features by number, and a missing code property with what it looked for', async () => {
    const good = { type: 'Polygon', coordinates: [[[4, 50], [4.1, 50], [4.1, 50.1], [4, 50]]] };
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { nis: '11001' }, geometry: good },
        { type: 'Feature', properties: { nis: '1100X' }, geometry: good },
        { type: 'Feature', properties: { nis: '11001' }, geometry: good },
        { type: 'Feature', properties: { nis: '11002' }, geometry: { type: 'Point', coordinates: [4, 50] } },
      ],
    };
    const e = await importErrorOf(readBoundaries(enc(fc), { level: 'municipality', label: 'bad.geojson' }));
    assert.deepEqual(
      e.problems.map((i) => [i.feature, i.message.slice(0, 30)]),
      [
        [2, 'expected a 5-digit NIS code fo'],
        [3, 'the code appears twice (also f'],
        [4, 'expected a Polygon or MultiPol'],
      ],
    );
    assert.match(e.message, /bad\.geojson, feature 2, field nis, value "1100X": expected a 5-digit NIS code/);
    const noCode = await importErrorOf(readBoundaries(enc({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { x: 1 }, geometry: good }] }), { level: 'municipality', label: 'x.geojson' }));
    assert.match(noCode.problems[0]!.message, /looked for CD_MUNTY_REFNIS, CD_MUNTY_R, CD_REFNIS, nis/);
    const wrongField = await importErrorOf(readBoundaries(enc({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { x: 1 }, geometry: good }] }), { level: 'zone', label: 'z.geojson', codeField: 'elz' }));
    assert.match(wrongField.problems[0]!.message, /no property "elz"/);
  });

  it('refuses a file whose coordinates fit no Belgian system', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { nis: '11001' }, geometry: { type: 'Polygon', coordinates: [[[400000, 5600000], [400100, 5600000], [400100, 5600100], [400000, 5600000]]] } }] };
    const e = await importErrorOf(readBoundaries(enc(fc), { level: 'municipality', label: 'utm.geojson' }));
    assert.match(e.problems[0]!.message, /fit none of the coordinate systems/);
  });

  it('reads the 2019 TopoJSON: 581 municipalities with names and parents', { skip: !existsSync(TOPO) }, async () => {
    const d = await readBoundaries(TOPO, { level: 'municipality' });
    assert.equal(d.format, 'topojson');
    assert.equal(d.areas.length, 581);
    const gent = d.areas.find((a) => a.code === '44021')!;
    assert.equal(gent.nameNl, 'Gent');
    assert.deepEqual(Object.fromEntries(gent.parents.map((p) => [p.level, p.code])), { district: '44000', province: '40000', region: '02000' });
    // Shared borders are simplified once: a dissolved pair has no inner border left.
    const merged = d.dissolve!(['46003', '46013', '11056'])!;
    assert.equal(merged.type, 'Polygon');
    const arr = await readBoundaries(TOPO, { level: 'district' });
    assert.equal(arr.areas.length, 43);
    // Its simplified shapes cross nowhere, so none is repaired: the geometry is exactly as read.
    assert.deepEqual(d.repaired, []);
    assert.equal(d.areas.filter((a) => selfIntersectingParts(a.geometry) > 0).length, 0);
  });

  it('repairs a self-intersecting polygon (a bow tie) into the area it encloses, and says which feature', async () => {
    const bowTie = [[4, 50], [4.1, 50.1], [4.1, 50], [4, 50.1], [4, 50]];
    const square = [[4.2, 50], [4.3, 50], [4.3, 50.1], [4.2, 50.1], [4.2, 50]];
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { elz_code: 'ok' }, geometry: { type: 'Polygon', coordinates: [square] } },
        { type: 'Feature', properties: { elz_code: 'bow' }, geometry: { type: 'Polygon', coordinates: [bowTie] } },
      ],
    };
    const d = await readBoundaries(enc(fc), { level: 'zone', label: 'zones-2025.geojson', tolerance: 0 });
    assert.deepEqual(d.repaired, [{ feature: 2, code: 'bow' }]);
    const [ok, bow] = d.areas;
    assert.deepEqual(ok!.geometry, { type: 'Polygon', coordinates: [square] }, 'a valid polygon is left as it is');
    assert.equal(bow!.geometry.type, 'MultiPolygon');
    assert.equal(selfIntersectingParts(bow!.geometry), 0);
    // The two triangles of the bow tie, meeting at 4.05°E 50.05°N.
    const parts = (bow!.geometry as import('geojson').MultiPolygon).coordinates.map((p) => p[0]!.map((q) => q.join(',')).sort());
    assert.deepEqual(parts.sort(), [
      ['4,50', '4,50', '4,50.1', '4.05,50.05'],
      ['4.05,50.05', '4.05,50.05', '4.1,50', '4.1,50.1'],
    ]);
  });

  it('finds crossings between a hole and its outer ring, not where rings only touch', () => {
    const outer = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    assert.equal(polygonSelfIntersects([outer]), false);
    assert.equal(polygonSelfIntersects([outer, [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]]), false);
    assert.equal(polygonSelfIntersects([outer, [[3, 1], [3, 2], [5, 2], [5, 1], [3, 1]]]), true, 'a hole sticking out');
    assert.equal(polygonSelfIntersects([[[0, 0], [2, 0], [2, 2], [1, 2], [1, -1], [0, -1], [0, 0]]]), true, 'a figure of eight');
  });
});

describe('area hierarchy files', () => {
  it('reads the REFNIS list with levels, parents and validity', () => {
    const text = '\uFEFFLVL_REFNIS|CD_REFNIS|CD_SUP_REFNIS|TX_REFNIS_DE|TX_REFNIS_FR|TX_REFNIS_NL|DT_VLDT_START|DT_VLDT_END\r\n' +
      '1|02000|-|Flämische Region|Région flamande|Vlaams Gewest|01/01/1970|31/12/9999\r\n' +
      '4|12030|12000|Puurs|Puurs|Puurs|01/01/1970|31/12/2018\r\n' +
      '9|12041|12000|x|x|x|01/01/2019|31/12/9999\r\n' +
      '4|1204|12000|x|x|x|01/01/2019|31/12/9999\r\n' +
      '4|12041|12000|Puurs-Sint-Amands|Puurs-Sint-Amands|Puurs-Sint-Amands|2019|31/12/9999\r\n';
    const r = parseRefnis(text, 'refnis.txt');
    assert.deepEqual(r.entries.map((e) => [e.level, e.code, e.parentCode, e.validFrom, e.validTo]), [['region', '02000', null, 1970, null], ['municipality', '12030', '12000', 1970, 2018]]);
    assert.deepEqual(r.problems.map((i) => [i.line, i.field]), [[4, 'LVL_REFNIS'], [5, 'CD_REFNIS'], [6, 'DT_VLDT_START']]);
    assert.match(r.problems[1]!.message, /5-digit NIS code/);
  });

  it('finds the columns of a care-zone CSV and locates bad lines', () => {
    const ok = parseHierarchyCsv('elz_code,elz_naam,nis,gemeente_naam\nelz7,Bruzel,21001,Anderlecht\nelz7,Bruzel,21004,Brussel\n', 'elz.csv');
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.data.links, [
      { childLevel: 'municipality', childCode: '21001', parentLevel: 'zone', parentCode: 'elz7' },
      { childLevel: 'municipality', childCode: '21004', parentLevel: 'zone', parentCode: 'elz7' },
    ]);
    const bad = parseHierarchyCsv('elz_code;elz_naam;nis;gemeente_naam\nelz7;Bruzel;2100;Anderlecht\nelz7;Bruzel;21004\nelz7;Bruzel;21004;Brussel\nelz8;Andere;21004;Brussel\n', 'elz.csv');
    assert.deepEqual(bad.problems.map((i) => [i.line, i.field ?? null, i.value ?? null, i.message.slice(0, 24)]), [
      [2, 'nis', '2100', 'expected a 5-digit NIS c'],
      [3, null, null, 'has 3 fields, the header'],
      [5, 'elz_code', 'elz8', 'municipality 21004 is in'],
    ]);
    const none = parseHierarchyCsv('a,b\n1,2\n', 'x.csv');
    assert.match(none.problems[0]!.message, /no hierarchy found/);
  });

  it('derives mergers from sectors whose code starts with an older municipality code', () => {
    const csv = 'statsec,statsec_naam,gemeente,gemeente_naam,elz,elz_naam,gewest,gewest_naam\n' +
      '46003A00-,Beveren-Centrum,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,2000,Vlaams Gewest\n' +
      '46003A01-,Beveren-Noord,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,2000,Vlaams Gewest\n' +
      '11056A00-,Zwijndrecht,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,2000,Vlaams Gewest\n' +
      '46030ZZZZ,niet te lokaliseren,46030,Beveren-Kruibeke-Zwijndrecht,elz29,Waasland NO,2000,Vlaams Gewest\n';
    const r = parseHierarchyCsv(csv, 'sectors-2025.csv');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.data.successions, [
      { predecessorCode: '46003', successorCode: '46030', evidence: 2 },
      { predecessorCode: '11056', successorCode: '46030', evidence: 1 },
    ]);
    assert.ok(r.data.links.some((l) => l.childLevel === 'zone' && l.childCode === 'elz29' && l.parentCode === '02000'));
    assert.ok(r.data.links.some((l) => l.childLevel === 'sector' && l.childCode === '11056A00-' && l.parentCode === '46030'));
  });
});
