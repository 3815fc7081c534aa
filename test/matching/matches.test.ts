/**
 * The matching against a real database, on both engines: POST /api/v1/matches (candidates serving
 * the municipality by the one meaning of area, wider ones included; drafts never; the rules'
 * order; reasons), located 400s for bad input and never a 5xx, the OpenAPI entry, distances only
 * once municipality outlines are imported, the access facts (languages, cost, capacity, places) as
 * requirements and points with distances from the municipality's centroid, and the professionals'
 * page as a GET form, whose municipality list holds the Flemish and Brussels ones only.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
import { importBoundaries } from '../../src/areas/service/import.js';
import { buildApp } from '../../src/http/app.js';
import { brusselsToday } from '../../src/initiatives/access.js';
import { matchCandidates } from '../../src/initiatives/store/candidates.js';
import { findMatches } from '../../src/matching/service/index.js';
import { match } from '../../src/matching/match.js';
import { municipalityCentroids } from '../../src/matching/store/centroids.js';
import { matchRequestSchema } from '../../src/matching/request.js';

const square = (lon: number, lat: number) => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon, lat + 0.05], [lon + 0.05, lat + 0.05], [lon + 0.05, lat], [lon, lat]]] });

describeDatabases('matching: API and page', (ctx) => {
  let app: FastifyInstance;
  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'L1', name: 'Lokaal buddyproject', elements: ['befriending', 'meaningful_contact'], areas: ['12021'], evidence: 'level1_described' }),
        initiative({ id: 'L2', name: 'Wijkontmoeting', elements: ['meeting'], areas: ['12021A00-'], evidence: 'level3_indicative' }),
        initiative({ id: 'P1', name: 'Provinciale lijn', elements: ['befriending'], areas: ['10000'], geographic_level: 'supralocal', evidence: 'level2_theory' }),
        initiative({ id: 'R1', name: 'Vlaamse telefoonlijn', elements: ['social_support', 'befriending'], areas: [], geographic_level: 'regional', age_groups: ['all_ages'] }),
        initiative({ id: 'G1', name: 'Gents project', elements: ['befriending', 'meaningful_contact'], areas: ['44021'] }),
        initiative({ id: 'Y1', name: 'Jongerenproject Lier', elements: ['befriending'], areas: ['12021'], age_groups: ['youth'] }),
        initiative({ id: 'D1', name: 'Concept Lier', elements: ['befriending'], areas: ['12021'] }),
      ],
      { actor: SYSTEM, defaultSource: 'matching-test' },
    );
    await setStatus(ctx.database.db, 'D1', 'draft', SYSTEM);
    app = await buildApp({ database: ctx.database, logLevel: 'silent', rateLimit: false });
  });
  after(async () => {
    await app?.close();
  });

  const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/v1/matches', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) });

  it('serving Lier (local, a sector inside it, its province, the region), published, for older people or all ages; ranked by the rules', async () => {
    const r = await post({ municipality: '12021', age_group: 'older', elements: ['befriending', 'meaningful_contact', 'social_support', 'meeting'] });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.equal(body.total, 4);
    assert.equal(body.distances, false, 'no outlines imported');
    // L1: 2 elements (2000) + level 1 (100) + local (40) + capacity unknown (10); R1: 2000 + 0 + 10; L2: 1000 + 300 + 40 + 10; P1: 1000 + 200 + 10.
    assert.deepEqual(
      body.items.map((i: { initiative_id: string; score: number; coverage: string }) => [i.initiative_id, i.score, i.coverage]),
      [
        ['L1', 2150, 'local'],
        ['R1', 2010, 'wider'],
        ['L2', 1350, 'local'],
        ['P1', 1210, 'wider'],
      ],
    );
    const l1 = body.items[0];
    assert.deepEqual(l1.fits, [
      { code: 'area_local', values: ['12021'] },
      { code: 'age_group', values: ['older'] },
      { code: 'elements', values: ['befriending', 'meaningful_contact'] },
    ]);
    assert.deepEqual(l1.misses, [
      { code: 'elements', values: ['social_support', 'meeting'] },
      { code: 'capacity_unknown', values: [] },
      { code: 'evidence', values: ['level1_described'] },
    ]);
    assert.deepEqual(l1.capacity, { status: 'unknown', confirmed: false });
    assert.equal(l1.distance_km, undefined);
    assert.deepEqual(body.items[1].fits[1], { code: 'age_group', values: ['all_ages'] });
  });

  it('other places and no municipality: Ghent is not served by Antwerp’s province; without a municipality every published initiative is a candidate', async () => {
    const ghent = (await post({ municipality: '44021', elements: ['befriending'] })).json();
    assert.deepEqual(ghent.items.map((i: { initiative_id: string }) => i.initiative_id).sort(), ['G1', 'R1']);
    const all = (await post({})).json();
    assert.equal(all.total, 6, 'all but the draft');
    assert.ok(all.items.every((i: { coverage?: string }) => i.coverage === undefined));
    assert.equal((await post({ limit: 2 })).json().items.length, 2);
  });

  it('bad input is a 400 problem+json naming the field, never a 5xx', async () => {
    const cases: [unknown, string][] = [
      [{ languages: ['nl', 'xx'] }, 'body.languages.1'],
      [{ elements: ['hugging'] }, 'body.elements.0'],
      [{ municipality: '1202' }, 'body.municipality'],
      [{ municipality: '10000' }, 'body.municipality'],
      [{ modes: ['by_pigeon'] }, 'body.modes.0'],
      [{ age_group: 'all_ages' }, 'body.age_group'],
      [{ limit: 0 }, 'body.limit'],
      [{ free_only: 'yes' }, 'body.free_only'],
      [[1, 2], 'body'],
    ];
    for (const [payload, field] of cases) {
      const r = await post(payload);
      assert.equal(r.statusCode, 400, `${JSON.stringify(payload)}: ${r.body}`);
      assert.match(String(r.headers['content-type']), /application\/problem\+json/);
      assert.ok(r.json().errors.some((e: { field: string }) => e.field === field), `${JSON.stringify(payload)} names ${field}: ${r.body}`);
    }
    const unknownKey = await post({ wheelchiar: true });
    assert.equal(unknownKey.statusCode, 400);
    assert.match(unknownKey.body, /wheelchiar/);
    for (const payload of ['not json', '', 'null']) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/matches', headers: { 'content-type': 'application/json' }, payload });
      assert.equal(r.statusCode, 400, `${JSON.stringify(payload)}: ${r.statusCode} ${r.body}`);
    }
  });

  it('is in the OpenAPI document with its request schema', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const op = doc.paths['/api/v1/matches'].post;
    assert.equal(op.operationId, 'matches');
    const schema = op.requestBody.content['application/json'].schema;
    assert.deepEqual(Object.keys(schema.properties).sort(), ['age_group', 'elements', 'free_only', 'include_full', 'languages', 'limit', 'modes', 'municipality', 'wheelchair']);
    assert.ok(op.responses['400']);
  });

  it('the page: a GET form prefilled from a link, the list with reasons in plain words, the rules with their sources; a wrong value names the field', async () => {
    const empty = await app.inject('/fr/matches');
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /<form class="match-form" action="\/fr\/matches" method="get">/);
    assert.doesNotMatch(empty.body, /id="matches-results"/, 'no results before the form is sent');
    const r = await app.inject('/en/matches?municipality=12021&age_group=older&elements=befriending,meeting');
    assert.equal(r.statusCode, 200, r.body);
    assert.match(r.body, /4 initiatives fit/);
    assert.match(r.body, /name="elements" checked="" value="befriending"/);
    assert.match(r.body, /<option value="older" selected="">/);
    // One asked element each: then the effectladder (3, 2, 1, unknown) decides.
    const order = ['Wijkontmoeting', 'Provinciale lijn', 'Lokaal buddyproject', 'Vlaamse telefoonlijn'].map((n) => r.body.indexOf(n));
    assert.ok(order.every((i) => i > 0));
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'in the ranked order');
    assert.match(r.body, /Works in a wider area that includes 12021/);
    assert.match(r.body, /Offers: Befriending \/ buddy interventions/);
    assert.match(r.body, /Does not offer: Meeting people/);
    assert.match(r.body, /Not recorded whether it has room/);
    assert.match(r.body, /Distances are not shown: no municipality outlines have been imported/);
    assert.match(r.body, /van Yperen &amp; Veerman \(2008\)/, 'the rules with their sources');
    assert.doesNotMatch(r.body, /Concept Lier|Jongerenproject/);
    const nl = await app.inject('/nl/matches?municipality=12021&elements=befriending&free_only=true');
    assert.match(nl.body, /Kostprijs niet geregistreerd/);
    const bad = await app.inject('/nl/matches?languages=klingon&elements=meeting');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<strong>languages\.0<\/strong>/);
  });

  it('with municipality outlines imported, distances can be computed', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { nis: '12021', naam: 'Lier' }, geometry: square(4.55, 51.1) },
        { type: 'Feature', properties: { nis: '44021', naam: 'Gent' }, geometry: square(3.7, 51.03) },
        { type: 'Feature', properties: { nis: '21004', naam: 'Brussel' }, geometry: square(4.35, 50.84) },
        { type: 'Feature', properties: { nis: '62063', naam: 'Luik' }, geometry: square(5.57, 50.63) },
      ],
    };
    await importBoundaries(ctx.database, new TextEncoder().encode(JSON.stringify(fc)), { level: 'municipality', label: 'test-municipalities-2019.geojson' });
    const body = (await post({ municipality: '12021', elements: ['befriending'] })).json();
    assert.equal(body.distances, true);
    const page = await app.inject('/en/matches?municipality=12021&elements=befriending');
    assert.doesNotMatch(page.body, /Distances are not shown/);
    assert.match(page.body, /Works in Lier/, 'the municipality by its name');
    // People choose among the Flemish and Brussels municipalities Verbind serves: Liège (Wallonia) is not in the list.
    const options = [...page.body.matchAll(/<option value="(\d{5})"/g)].map((m) => m[1]);
    assert.deepEqual(options.sort(), ['12021', '21004', '44021'], 'the municipality list');
  });

  it('access facts: known misfits are left out (language, cost, full), unknown facts kept below known fits; distance to a place', async () => {
    const today = brusselsToday(new Date());
    const place = { name: 'Buurthuis', municipality: '44021', postcode: '9000', lat: 51.06, lon: 3.73 };
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'A1', name: 'Babbelbox', elements: ['meeting'], areas: ['44021'], evidence: 'level2_theory', access: { places: [place], languages: ['nl', 'fr'], cost: { free: true }, capacity: { status: 'has_room', set_on: today } } }),
        initiative({ id: 'A2', name: 'Enkel Nederlands', elements: ['meeting'], areas: ['44021'], access: { languages: ['nl'] } }),
        initiative({ id: 'A3', name: 'Volzet', elements: ['meeting'], areas: ['44021'], access: { capacity: { status: 'full', set_on: today } } }),
        initiative({ id: 'A4', name: 'Betalend', elements: ['meeting'], areas: ['44021'], access: { cost: { free: false, amount_eur: 5 } } }),
        initiative({ id: 'A5', name: 'Niets geregistreerd', elements: ['meeting'], areas: ['44021'] }),
        initiative({ id: 'A6', name: 'Aan huis', elements: ['meeting'], areas: ['44021'], access: { modes: ['at_home'], languages: ['fr', 'ar'] } }),
      ],
      { actor: SYSTEM, defaultSource: 'matching-test' },
    );
    const ask = { municipality: '44021', elements: ['meeting'], languages: ['fr'], free_only: true };
    const body = (await post(ask)).json();
    // A1: 1000 + level 2 (200) + local (40) + room (20) + French and free known (10) + under 5 km (9); A6: 1000 + 40 + 10 + French (5); A5: 1000 + 40 + 10.
    assert.deepEqual(
      body.items.map((i: { initiative_id: string; score: number }) => [i.initiative_id, i.score]),
      [
        ['A1', 1279],
        ['A6', 1055],
        ['A5', 1050],
      ],
    );
    const a1 = body.items[0];
    assert.ok(a1.distance_km > 0.4 && a1.distance_km < 1, `${a1.distance_km} km from Ghent's centroid`);
    assert.deepEqual(a1.capacity, { status: 'has_room', set_on: today, confirmed: true });
    assert.deepEqual(
      a1.fits.filter((f: { code: string }) => ['languages', 'free', 'capacity'].includes(f.code)),
      [
        { code: 'languages', values: ['fr'] },
        { code: 'free', values: [] },
        { code: 'capacity', values: ['has_room'] },
      ],
    );
    assert.deepEqual(body.items[2].misses.map((m: { code: string }) => m.code), ['languages_unknown', 'cost_unknown', 'capacity_unknown', 'evidence']);
    const withFull = (await post({ ...ask, include_full: true })).json();
    assert.deepEqual(withFull.items.find((i: { initiative_id: string }) => i.initiative_id === 'A3')?.misses.find((m: { code: string }) => m.code === 'capacity'), { code: 'capacity', values: ['full'] });
    const home = (await post({ municipality: '44021', elements: ['meeting'], modes: ['at_home'] })).json();
    assert.deepEqual(home.items.map((i: { initiative_id: string }) => i.initiative_id).sort(), ['A2', 'A4', 'A5', 'A6'], 'A1 is in person only (it names a place and no other mode); full A3 is left out');
    const page = await app.inject(`/nl/matches?municipality=44021&elements=meeting&languages=fr&free_only=true`);
    assert.match(page.body, /Ongeveer 0,\d km van het centrum van Gent tot de dichtstbijzijnde plaats/);
    assert.match(page.body, /Taal: Frans/);
    assert.match(page.body, /Heeft plaats \(bevestigd op /);
    assert.match(page.body, /Kostprijs niet geregistreerd/);
  });

  it('the database reads only what can make the first `limit` (by the tiers), and the result is the same as ranking every candidate', async () => {
    const today = brusselsToday(new Date());
    const centroids = await municipalityCentroids(ctx.database.db);
    const asks = [
      { municipality: '12021', elements: ['befriending', 'meaningful_contact', 'social_support', 'meeting'] },
      { municipality: '44021', elements: ['meeting', 'befriending'], languages: ['fr'] },
      { municipality: '44021', elements: ['meeting'] },
      { elements: ['befriending'] },
      {},
    ];
    for (const ask of asks) {
      for (const limit of [1, 2, 3, 20]) {
        const req = matchRequestSchema.parse({ ...ask, limit });
        const got = await findMatches(ctx.database, req, { today });
        const all = await matchCandidates(ctx.database, {
          municipality: req.municipality,
          elements: req.elements,
          languages: req.languages,
        });
        const want = match(req, all.rows, { today, origin: req.municipality ? centroids.get(req.municipality) : undefined, centroids });
        assert.deepEqual(got.items, want.items, `${JSON.stringify(ask)} limit ${limit}`);
        assert.equal(got.total, want.total, `${JSON.stringify(ask)} total`);
      }
    }
  });
});
