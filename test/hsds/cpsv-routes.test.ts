import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
import { areas } from '../../src/db/schema.js';

describeDatabases('CPSV-AP JSON-LD routes', (ctx) => {
  const holder = useApp(ctx);
  const get = (url: string, accept?: string) => holder.app.inject({ method: 'GET', url, ...(accept ? { headers: { accept } } : {}) });

  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'c1', name: 'Buurtkar', description: 'Een kar.', organisation: 'OCMW Gent', areas: ['44021'], contact: 'buurtkar@gent.example' }),
        initiative({ id: 'c.2', name: 'Praatcafé', organisation: 'CAW', primary_actor: 'caw' }),
        initiative({ id: 'c3', name: 'Derde' }),
        initiative({ id: 'c4', name: 'Concept' }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    await setStatus(ctx.database.db, 'c4', 'draft', SYSTEM);
    await ctx.database.db.insert(areas).values({ code: '44021', level: 'municipality', nameNl: 'Gent' });
  });

  it('GET /api/v1/initiatives/{id}.jsonld answers the public service as application/ld+json', async () => {
    const res = await get('/api/v1/initiatives/c1.jsonld');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/ld\+json/);
    const doc = res.json();
    assert.equal(doc['@type'], 'cpsv:PublicService');
    assert.match(doc['@id'], /\/api\/v1\/initiatives\/c1$/);
    assert.deepEqual(doc['dct:spatial'][0]['skos:prefLabel'], [{ '@value': 'Gent', '@language': 'nl' }], 'area names come from the areas table');
    assert.equal((await get('/api/v1/initiatives/c.2.jsonld')).json()['dct:identifier'], 'c.2', 'an id with a dot');
  });

  it('GET /api/v1/initiatives/{id} answers JSON-LD to who asks for it, JSON otherwise', async () => {
    const ld = await get('/api/v1/initiatives/c1', 'application/ld+json');
    assert.match(String(ld.headers['content-type']), /^application\/ld\+json/);
    assert.deepEqual(ld.json(), (await get('/api/v1/initiatives/c1.jsonld')).json());
    assert.match(String(ld.headers.vary), /accept/i);
    for (const accept of [undefined, 'application/json', '*/*', 'text/html,application/xhtml+xml,*/*;q=0.8', 'application/ld+json;q=0.5, application/json']) {
      const res = await get('/api/v1/initiatives/c1', accept);
      assert.match(String(res.headers['content-type']), /^application\/json/, String(accept));
      assert.equal(res.json().id, 'c1');
    }
    assert.match(String((await get('/api/v1/initiatives/c1', 'application/json;q=0.5, application/ld+json')).headers['content-type']), /^application\/ld\+json/);
  });

  it('answers 404 for a draft or an unknown id, in both representations', async () => {
    for (const [url, accept] of [['/api/v1/initiatives/c4.jsonld'], ['/api/v1/initiatives/c4', 'application/ld+json'], ['/api/v1/initiatives/nope.jsonld']] as const) {
      const res = await get(url, accept);
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    }
  });

  it('GET /api/v1/initiatives.jsonld pages every published initiative, each once', async () => {
    const ids: string[] = [];
    let url: string | undefined = '/api/v1/initiatives.jsonld?per_page=2';
    while (url) {
      const res = await get(url);
      assert.equal(res.statusCode, 200);
      const page = res.json();
      assert.equal(page['hydra:totalItems'], 3);
      ids.push(...page['hydra:member'].map((m: any) => m['dct:identifier']));
      const next = page['hydra:view']['hydra:next']?.['@id'] as string | undefined;
      url = next ? new URL(next).pathname + new URL(next).search : undefined;
    }
    assert.deepEqual(ids, ['c.2', 'c1', 'c3'], 'published only, in id order, no repeats');
    assert.equal((await get('/api/v1/initiatives.jsonld?per_page=5000')).statusCode, 400);
  });

  it('documents the JSON-LD routes and the negotiated representation in OpenAPI', async () => {
    const doc = (await get('/openapi.json')).json();
    assert.ok(doc.paths['/api/v1/initiatives/{id}.jsonld'].get.responses['200'].content['application/ld+json']);
    assert.ok(doc.paths['/api/v1/initiatives.jsonld'].get.responses['200'].content['application/ld+json']);
    assert.deepEqual(Object.keys(doc.paths['/api/v1/initiatives/{id}'].get.responses['200'].content), ['application/json', 'application/ld+json']);
  });

  it('each public initiative page carries schema.org JSON-LD', async () => {
    const res = await get('/nl/initiatives/c1');
    const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body);
    assert.ok(m, 'a JSON-LD script element');
    const data = JSON.parse(m[1]!);
    assert.deepEqual([data['@context'], data['@type'], data.name, data.provider.name], ['https://schema.org', 'GovernmentService', 'Buurtkar', 'OCMW Gent']);
    assert.match(data.url, /\/nl\/initiatives\/c1$/);
  });
});
