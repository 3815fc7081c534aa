import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
import { areas } from '../../src/db/schema.js';
import { hsdsId } from '../../src/hsds/ids.js';

const PAGE_KEYS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'].sort();

describeDatabases('HSDS 3.0 API', (ctx) => {
  const holder = useApp(ctx);
  const get = async (url: string) => {
    const res = await holder.app.inject({ method: 'GET', url });
    return { status: res.statusCode, type: String(res.headers['content-type']), body: res.json() as Record<string, unknown> & { contents: Record<string, unknown>[] } };
  };

  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'h1', name: 'Buurtkar', description: 'Een kar rijdt door de buurten.', organisation: 'OCMW Gent', areas: ['44021'], contact: 'buurtkar@gent.example', elements: ['meeting', 'practical_support'] }),
        initiative({ id: 'h2', name: 'Café Contact', description: 'Rencontres au café.', organisation: 'ocmw gent', elements: ['meeting'], social_isolation: true }),
        initiative({ id: 'h3', name: 'Mindful jongeren', organisation: 'CAW', elements: ['mindfulness'], age_groups: ['youth'] }),
        initiative({ id: 'h4', name: 'Concept', organisation: 'Verborgen vzw', elements: ['meeting'] }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    await setStatus(ctx.database.db, 'h4', 'draft', SYSTEM);
    await ctx.database.db.insert(areas).values({ code: '44021', level: 'municipality', nameNl: 'Gent' });
  });

  it('GET /hsds/ tells the HSDS version', async () => {
    for (const url of ['/hsds', '/hsds/']) {
      const r = await get(url);
      assert.equal(r.status, 200);
      assert.equal(r.body.version, '3.0');
      assert.match(String(r.body.openapi_url), /^https:\/\//);
    }
  });

  it('GET /hsds/services pages published services in the HSDS page shape', async () => {
    const r = await get('/hsds/services?per_page=2');
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).sort(), PAGE_KEYS);
    assert.deepEqual(
      { ...r.body, contents: r.body.contents.map((s) => s.name) },
      { total_items: 3, total_pages: 2, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: ['Buurtkar', 'Café Contact'] },
    );
    const p2 = await get('/hsds/services?per_page=2&page=2');
    assert.deepEqual([p2.body.contents.map((s) => s.name), p2.body.last_page, p2.body.first_page], [['Mindful jongeren'], true, false]);
    const past = await get('/hsds/services?per_page=2&page=9');
    assert.deepEqual([past.body.empty, past.body.size, past.body.total_items], [true, 0, 3]);
    for (const s of r.body.contents) {
      for (const f of ['id', 'name', 'status']) assert.ok(s[f], `service has ${f}`);
      assert.equal(s.status, 'active');
      assert.equal('attributes' in s, false, 'list items hold one-to-one fields only');
    }
  });

  it('filters services by search text, taxonomy term, taxonomy and organization', async () => {
    const names = async (q: string) => (await get(`/hsds/services?${q}`)).body.contents.map((s) => s.name);
    assert.deepEqual(await names('search=buurt'), ['Buurtkar']);
    assert.deepEqual(await names('search=cafe'), ['Café Contact']);
    assert.deepEqual(await names(`taxonomy_term_id=${hsdsId.term('elements', 'meeting')}`), ['Buurtkar', 'Café Contact'], 'the draft is not listed');
    assert.deepEqual(await names(`taxonomy_term_id=${hsdsId.term('age_groups', 'youth')}`), ['Mindful jongeren']);
    assert.deepEqual(await names(`taxonomy_id=${hsdsId.taxonomy('social_isolation')}`), ['Café Contact']);
    assert.deepEqual(await names(`taxonomy_term_id=${hsdsId.term('elements', 'meeting')}&taxonomy_id=${hsdsId.taxonomy('prevention')}`), []);
    assert.deepEqual(await names('taxonomy_term_id=00000000-0000-5000-8000-000000000000'), []);
    assert.deepEqual(await names(`organization_id=${hsdsId.organization('ocmw gent')}`), ['Buurtkar', 'Café Contact']);
  });

  it('GET /hsds/services/{id} returns the full service with organization, locations and attributes', async () => {
    const r = await get(`/hsds/services/${hsdsId.service('h1')}`);
    assert.equal(r.status, 200);
    const s = r.body as Record<string, any>;
    assert.deepEqual([s.id, s.name, s.status, s.email], [hsdsId.service('h1'), 'Buurtkar', 'active', 'buurtkar@gent.example']);
    assert.deepEqual([s.organization.id, s.organization.name], [s.organization_id, 'OCMW Gent']);
    assert.deepEqual(s.service_at_locations, [], 'the area it serves is a service area, not a location');
    assert.deepEqual(s.service_areas.map((x: any) => [x.service_id, x.name, x.uri]), [[s.id, 'Gent', 'http://vocab.belgif.be/auth/refnis2019/44021']]);
    const terms = s.attributes.map((a: any) => `${a.link_type}:${a.taxonomy_term.code}`);
    assert.ok(terms.includes('elements:meeting') && terms.includes('elements:practical_support') && terms.includes('primary_actor:local_government'));
    for (const a of s.attributes) {
      assert.deepEqual([a.link_id, a.link_entity, a.taxonomy_term_id], [s.id, 'service', a.taxonomy_term.id]);
      assert.ok(a.id && a.link_type && a.taxonomy_term.name && a.taxonomy_term.description);
    }
    const fr = await get(`/hsds/services/${hsdsId.service('h1')}?lang=fr`);
    assert.ok((fr.body.attributes as any[]).some((a) => a.taxonomy_term.name === 'Rencontre' && a.taxonomy_term.language === 'fr'));
    assert.equal((await get('/hsds/services/h1')).body.id, s.id, "the initiative's own id finds it too");
  });

  it('answers 404 as problem+json for unknown ids and for drafts', async () => {
    for (const url of [`/hsds/services/${hsdsId.service('h4')}`, '/hsds/services/nope', `/hsds/taxonomies/${hsdsId.taxonomy('nope')}`, '/hsds/taxonomy_terms/x', '/hsds/service_at_locations/x', `/hsds/organizations/${hsdsId.organization('verborgen vzw')}`]) {
      const r = await get(url);
      assert.equal(r.status, 404, url);
      assert.match(r.type, /application\/problem\+json/);
      assert.equal(r.body.status, 404);
    }
  });

  it('answers 400 as problem+json for bad paging', async () => {
    const r = await get('/hsds/services?per_page=0');
    assert.equal(r.status, 400);
    assert.match(r.type, /application\/problem\+json/);
  });

  it('GET /hsds/taxonomies and /hsds/taxonomy_terms list the matrix, filterable by taxonomy', async () => {
    const t = await get('/hsds/taxonomies');
    assert.equal(t.body.total_items, 12);
    assert.ok(t.body.contents.every((x) => x.id && x.name && x.description && x.version));
    const terms = await get(`/hsds/taxonomy_terms?taxonomy_id=${hsdsId.taxonomy('prevention')}`);
    assert.deepEqual(terms.body.contents.map((x) => x.code), ['primary', 'secondary', 'tertiary', 'unknown']);
    assert.ok(terms.body.contents.every((x) => x.taxonomy_id === hsdsId.taxonomy('prevention') && x.name && x.description && x.language === 'nl'));
    const all = await get('/hsds/taxonomy_terms?per_page=1000');
    assert.equal(all.body.total_items, all.body.contents.length);
    const one = await get(`/hsds/taxonomy_terms/${hsdsId.term('elements', 'meeting')}`);
    assert.equal((one.body.taxonomy_detail as Record<string, unknown>).id, hsdsId.taxonomy('elements'));
    assert.equal((await get(`/hsds/taxonomies/${hsdsId.taxonomy('elements')}?lang=en`)).body.name, 'Potentially effective elements');
  });

  it('GET /hsds/organizations lists organisations of published initiatives only, one per name', async () => {
    const r = await get('/hsds/organizations');
    assert.deepEqual(r.body.contents.map((o) => o.name), ['CAW', 'OCMW Gent']);
    assert.ok(r.body.contents.every((o) => o.id && o.name && o.description));
    const one = await get(`/hsds/organizations/${hsdsId.organization('ocmw gent')}`);
    assert.deepEqual((one.body.services as { name: string }[]).map((s) => s.name), ['Buurtkar', 'Café Contact']);
  });

  it('finds services by the access taxonomy (modes, entry, capacity, transport), after the rest ran', async () => {
    const before = (await get('/hsds/service_at_locations')).body.total_items as number;
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'h6', name: 'Aan huis', organisation: 'CAW', access: { modes: ['at_home'], entry: 'referral', capacity: { status: 'full', set_on: '2026-01-01' }, transport: true } }),
        initiative({ id: 'h7', name: 'Ter plaatse', organisation: 'CAW', access: { places: [{ name: 'Zaal' }], entry: 'self' } }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    const names = async (code: string) => (await get(`/hsds/services?taxonomy_term_id=${hsdsId.term('access', code)}`)).body.contents.map((s) => s.name);
    assert.deepEqual(await names('mode_at_home'), ['Aan huis']);
    assert.deepEqual(await names('mode_in_person'), ['Ter plaatse'], 'a place makes it in person');
    assert.deepEqual(await names('entry_referral'), ['Aan huis']);
    assert.deepEqual(await names('capacity_full'), ['Aan huis']);
    assert.deepEqual(await names('transport'), ['Aan huis']);
    assert.deepEqual(await names('accompaniment'), []);
    assert.deepEqual((await get(`/hsds/services?taxonomy_id=${hsdsId.taxonomy('access')}`)).body.contents.map((s) => s.name), ['Aan huis', 'Ter plaatse']);
    // What is derived from all published initiatives (id index, locations) follows the write.
    assert.equal((await get(`/hsds/services/${hsdsId.service('h6')}`)).status, 200);
    assert.equal((await get('/hsds/service_at_locations')).body.total_items, before + 1, "h7's place");
    await setStatus(ctx.database.db, 'h7', 'draft', SYSTEM);
    assert.equal((await get('/hsds/service_at_locations')).body.total_items, before);
    assert.equal((await get(`/hsds/services/${hsdsId.service('h7')}`)).status, 404);
  });
});
