/**
 * "Near" on the catalogue search, on both engines and both search paths (the in-memory facet
 * index and SQL): results ordered by distance from a municipality's centroid (of the imported
 * outlines) to each initiative's nearest place (its coordinates, else its municipality's centroid),
 * ties by name then id, unplaceable initiatives last; the same order and distances on both paths;
 * distances checked against an independent haversine; a located 400 for an unknown code and
 * while no outlines are imported.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { DATA } from '../areas/files.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { importBoundaries } from '../../src/areas/service/import.js';
import { buildApp } from '../../src/http/app.js';
import { searchCatalogue } from '../../src/initiatives/store/search.js';
import { catalogueQuerySchema } from '../../src/catalogue/query-schema.js';
import { searchGeography } from '../../src/catalogue/service/near.js';
import { municipalityCentroids } from '../../src/matching/store/centroids.js';

const TOPO = 'geo/belgium-municipalities-2019.topojson';

/** Great-circle distance by the haversine formula on a sphere of the IUGG mean radius (6371.0088 km), written here independently of d3-geo. */
function haversineKm([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

// A place in the centre of Ghent (Korenmarkt, 51.0546 N 3.7215 E, OpenStreetMap).
const KORENMARKT = { name: 'Korenmarkt', municipality: '44021', lat: 51.0546, lon: 3.7215 };

describeDatabases('catalogue search: near', (ctx) => {
  let app: FastifyInstance;
  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'A1', name: 'Antwerps buddyproject', areas: ['11002'], access: { places: [{ name: 'Wijkhuis', municipality: '11002' }] } }),
        initiative({ id: 'G1', name: 'Gentse koffieklap', areas: ['44021'], access: { places: [KORENMARKT] } }),
        // Three in Lier, same place: the tie goes by name (case-insensitive), then by id.
        initiative({ id: 'L2', name: 'lier ontmoet', areas: ['12021'], access: { places: [{ name: 'Zaal', municipality: '12021' }] } }),
        initiative({ id: 'L1', name: 'Lier Ontmoet', areas: ['12021'], access: { places: [{ name: 'Zaal', municipality: '12021' }] } }),
        initiative({ id: 'L3', name: 'Anders in Lier', areas: ['12021'], access: { places: [{ name: 'Zaal', municipality: '12021' }] } }),
        // Nearest of several places counts: one in Brugge, one in Eeklo.
        initiative({ id: 'E1', name: 'Eeklo en Brugge', areas: ['43005', '31005'], access: { places: [{ name: 'Brugge', municipality: '31005' }, { name: 'Eeklo', municipality: '43005' }] } }),
        // No place: listed, never placed.
        initiative({ id: 'T1', name: 'Telefoonlijn', areas: [], geographic_level: 'regional', access: { modes: ['by_phone'] } }),
        initiative({ id: 'N1', name: 'Aalst zonder plaats', areas: ['41002'] }),
      ],
      { actor: SYSTEM, defaultSource: 'near-test' },
    );
    app = await buildApp({ database: ctx.database, logLevel: 'silent', rateLimit: false });
  });
  after(async () => {
    await app?.close();
  });

  it('without imported outlines, near is a located 400 and the search without it still works', async () => {
    const r = await app.inject({ url: '/api/v1/initiatives?near=44021' });
    assert.equal(r.statusCode, 400, r.body);
    assert.match(r.json().errors[0].field, /^(query\.)?near$/);
    assert.match(r.json().errors[0].message, /no municipality outlines are imported/);
    const geo = await searchGeography(ctx.database.db, undefined);
    assert.equal(geo.available, false);
    // The page offers neither the map nor "near", and says so in one plain sentence.
    const page = await app.inject({ url: '/en/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /A map and sorting by distance are not possible here yet, because the municipality boundaries are not in Verbind yet\./);
    assert.doesNotMatch(page.body, /<svg[^>]*point-map|<select id="near"/);
    assert.doesNotMatch(page.body, /import-areas|npm |verbind /, 'no developer commands to the public');
    assert.equal((await app.inject({ url: '/api/v1/initiatives' })).json().total, 8);
  });

  it('with the outlines imported: nearest first from Ghent, ties by name then id, unplaceable last; the same on both paths', async () => {
    await importBoundaries(ctx.database, new Uint8Array(readFileSync(DATA + TOPO)), { level: 'municipality', label: 'belgium-municipalities-2019.topojson' });
    const centroids = await municipalityCentroids(ctx.database.db);
    const geo = await searchGeography(ctx.database.db, '44021');
    assert.equal(geo.available, true);
    const q = catalogueQuerySchema.parse({ near: '44021' });
    const sqlPath = await searchCatalogue(ctx.database, q, { indexMin: 1_000_000, near: geo.near!.distanceOf });
    const indexPath = await searchCatalogue(ctx.database, q, { indexMin: 0, waitForIndex: true, near: geo.near!.distanceOf });
    const order = (r: typeof sqlPath) => r.items.map((i) => [i.id, i.distance_km]);
    assert.deepEqual(order(indexPath), order(sqlPath), 'index and SQL agree');
    assert.deepEqual(
      sqlPath.items.map((i) => i.id),
      ['G1', 'E1', 'A1', 'L3', 'L1', 'L2', 'N1', 'T1'],
    );
    const gent = centroids.get('44021')!;
    const km = new Map(sqlPath.items.map((i) => [i.id, i.distance_km]));
    // Independent check: haversine from Ghent's centroid to each nearest place, rounded to 0.1 km as shown.
    assert.equal(km.get('G1'), Math.round(haversineKm(gent, [KORENMARKT.lon, KORENMARKT.lat]) * 10) / 10);
    assert.equal(km.get('A1'), Math.round(haversineKm(gent, centroids.get('11002')!) * 10) / 10);
    assert.equal(km.get('E1'), Math.round(haversineKm(gent, centroids.get('43005')!) * 10) / 10, 'Eeklo is nearer than Brugge');
    assert.equal(km.get('T1'), undefined);
    assert.equal(km.get('N1'), undefined);
    // And against published coordinates: GeoNames gives Gent 51.05 N 3.71667 E and Antwerpen 51.21989 N 4.40346 E,
    // 51.5 km apart by haversine; the outlines' centroids lie within a few km of those town centres.
    const published = haversineKm([3.71667, 51.05], [4.40346, 51.21989]);
    assert.ok(Math.abs(published - 51.5) < 0.2, `published ${published}`);
    assert.ok(Math.abs(km.get('A1')! - published) < 6, `Gent–Antwerpen ${km.get('A1')} km vs ${published.toFixed(1)} km between the town centres`);
    // Paging cuts the same order: page 2 of 3 per page.
    const page2 = await searchCatalogue(ctx.database, catalogueQuerySchema.parse({ near: '44021', pageSize: 3, page: 2 }), { indexMin: 0, waitForIndex: true, near: geo.near!.distanceOf });
    const page2Sql = await searchCatalogue(ctx.database, catalogueQuerySchema.parse({ near: '44021', pageSize: 3, page: 2 }), { indexMin: 1_000_000, near: geo.near!.distanceOf });
    assert.deepEqual(page2.items.map((i) => i.id), ['L3', 'L1', 'L2']);
    assert.deepEqual(page2Sql.items.map((i) => i.id), ['L3', 'L1', 'L2']);
  });

  it('with filters and text, near orders what matches, on both paths', async () => {
    const geo = await searchGeography(ctx.database.db, '11002');
    const q = catalogueQuerySchema.parse({ near: '11002', q: 'lier' });
    const a = await searchCatalogue(ctx.database, q, { indexMin: 1_000_000, near: geo.near!.distanceOf });
    const b = await searchCatalogue(ctx.database, q, { indexMin: 0, waitForIndex: true, near: geo.near!.distanceOf });
    assert.deepEqual(a.items.map((i) => i.id), ['L3', 'L1', 'L2']);
    assert.deepEqual(b.items.map((i) => [i.id, i.distance_km]), a.items.map((i) => [i.id, i.distance_km]));
  });

  it('the page: near field, distances, and the map beside the list with a marker link per placed initiative', async () => {
    const r = await app.inject({ url: '/en/?near=44021&pageSize=4' });
    assert.equal(r.statusCode, 200);
    assert.doesNotMatch(r.body, /boundaries are not in Verbind/);
    // The field is a text box holding the municipality's name; the old links with a NIS code keep working.
    assert.match(r.body, /<input type="text" id="near"[^>]* name="near" value="Gent"\/>/);
    const svg = r.body.match(/<svg[^>]*point-map[\s\S]*?<\/svg>/)?.[0] ?? '';
    assert.ok(svg, 'a map');
    const markers = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    // The first four by distance: G1, E1 (two places, two markers), A1, L3; numbered as in the list.
    assert.deepEqual(markers, [
      ['/en/initiatives/G1', '1. Gentse koffieklap, Korenmarkt'],
      ['/en/initiatives/E1', '2. Eeklo en Brugge, Brugge'],
      ['/en/initiatives/E1', '2. Eeklo en Brugge, Eeklo'],
      ['/en/initiatives/A1', '3. Antwerps buddyproject, Wijkhuis'],
      ['/en/initiatives/L3', '4. Anders in Lier, Zaal'],
    ]);
    assert.match(r.body, /About [\d.]+ km from the centre of/);
    // Page 2 holds the two without a place: the map says how many are not on it.
    const p2 = await app.inject({ url: '/en/?near=44021&pageSize=4&page=2' });
    assert.match(p2.body, /2 initiatives on this page are not on the map/);
    // An unknown code on the page: said in words, the results without distance (never a 5xx).
    const unknown = await app.inject({ url: '/en/?near=99999' });
    assert.equal(unknown.statusCode, 200);
    assert.match(unknown.body, /Verbind knows no municipality in Flanders or Brussels called “99999”/);
    assert.doesNotMatch(unknown.body, /km from the centre of/);
  });

  it('the page resolves what people type: names in nl, fr and en, several matches as links, none, a postcode, the NIS code', async () => {
    const page = async (url: string) => {
      const r = await app.inject({ url });
      assert.equal(r.statusCode, 200, `${url}: ${r.statusCode}`);
      return r.body;
    };
    const first = (body: string) => body.match(/<ul class="results" id="result-list"><li><h3>(?:<span[^>]*>[^<]*<\/span>)?<a [^>]*>([^<]+)</)?.[1];
    // Ghent by its Dutch, French and English names, any case and accents, and by its NIS code: the same order, nearest first.
    for (const url of ['/nl/?near=Gent', '/fr/?near=gand', '/en/?near=Ghent', '/en/?near=GHENT', '/nl/?near=44021', '/nl/?near=%20gent%20']) {
      const body = await page(url);
      assert.equal(first(body), 'Gentse koffieklap', url);
      assert.match(body, /name="near" value="(Gent|Gand)"/, `${url}: the field holds the municipality's name`);
      // Page links carry the NIS code, so a shared link names one municipality.
      assert.match(body, /href="\?near=44021&amp;page=1"|href="\?near=44021"|near=44021/, url);
    }
    // A French name in Brussels, a name with a hyphen typed without it, and the start of a word.
    assert.match(await page('/fr/?near=Bruxelles'), /name="near" value="Bruxelles"/);
    assert.match(await page('/nl/?near=sint%20niklaas'), /name="near" value="Sint-Niklaas"/);
    assert.match(await page('/nl/?near=Niklaas'), /name="near" value="Sint-Niklaas"/);
    // Several municipalities fit: a plain-language choice, each a link that searches near that one; no distances yet.
    const several = await page('/nl/?near=sint&q=lier');
    assert.match(several, /“sint” past bij \d+ gemeenten\. Kies de gemeente die u bedoelt:/);
    const choices = [...several.matchAll(/<li><a href="\?q=lier&amp;near=(\d{5})">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
    assert.ok(choices.length >= 2 && choices.length <= 12, `choices: ${JSON.stringify(choices)}`);
    assert.ok(choices.some(([code, name]) => code === '21003' && name === 'Sint-Agatha-Berchem'), JSON.stringify(choices));
    assert.ok(choices.every(([, name]) => /^Sint-/.test(name!)), `names that start with the text come first: ${JSON.stringify(choices)}`);
    assert.doesNotMatch(several, /km from the centre of|km van het midden/);
    assert.match(several, /En nog \d+ andere\. Staat uw gemeente er niet bij\? Typ meer van de naam\./, 'more than twelve Sint- municipalities: asked to type more');
    // Only Flanders and Brussels are offered by name: Liège (Luik) is not, though its outline is imported; its NIS code still works for old links.
    assert.match(await page('/fr/?near=Li%C3%A8ge'), /Verbind ne connaît aucune commune de Flandre ou de Bruxelles nommée «\u00a0Liège\u00a0»/);
    assert.equal(first(await page('/nl/?near=62063')), 'Anders in Lier', 'Liège by code: Lier (about 88 km) is the nearest of the fixtures, before Antwerp (about 104 km)');
    // Nothing fits, and a postcode: said in words, with what to do; the search runs without distance.
    const none = await page('/en/?near=Atlantis');
    assert.match(none, /Verbind knows no municipality in Flanders or Brussels called “Atlantis”\. Check the spelling or type part of the name\./);
    assert.match(none, /8 initiatives found/);
    assert.match(await page('/nl/?near=9000'), /Verbind kent geen postcodes\. Typ de naam van de gemeente, bijvoorbeeld Gent\./);
  });

  it('the API orders by near and says the distance; an unknown or malformed code is a located 400', async () => {
    const r = await app.inject({ url: '/api/v1/initiatives?near=44021&pageSize=3' });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json().items.map((i: { id: string }) => i.id), ['G1', 'E1', 'A1']);
    assert.equal(typeof r.json().items[0].distance_km, 'number');
    for (const bad of ['99999', 'gent', '4402']) {
      const e = await app.inject({ url: `/api/v1/initiatives?near=${bad}` });
      assert.equal(e.statusCode, 400, `${bad}: ${e.body}`);
      assert.match(e.json().errors[0].field, /^(query\.)?near$/, bad);
    }
    // A 2025 merged municipality (Beveren-Kruibeke-Zwijndrecht is 46030 since 2025) needs its own or its predecessors' shape: the 2019 file has only the predecessors and no succession is imported here, so it is unknown.
    assert.equal((await app.inject({ url: '/api/v1/initiatives?near=46030' })).statusCode, 400);
  });
});
