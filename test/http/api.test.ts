import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
import { AXIS_NAMES, codesOf } from '../../src/vocabulary/matrix.js';

describeDatabases('JSON API /api/v1', (ctx) => {
  const h = useApp(ctx);
  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'S001', name: 'Buddywerking', elements: ['befriending', 'meeting'], age_groups: ['older'], areas: ['44021'] }),
        initiative({ id: 'S002', name: 'Jongerenpunt', elements: ['social_skills'], age_groups: ['youth'], prevention: 'secondary' }),
        initiative({ id: 'S003', name: 'Concept', elements: ['meeting'] }),
      ],
      { actor: SYSTEM, defaultSource: 'api-test.json' },
    );
    await setStatus(ctx.database.db, 'S003', 'draft', SYSTEM);
  });

  it('GET /api/v1/initiatives returns { total, items, facets } with a facet per axis', async () => {
    const res = await h.app.inject('/api/v1/initiatives?age_groups=older,youth&pageSize=10');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.total, 2, 'the draft is not public');
    assert.deepEqual(body.items.map((i: { id: string }) => i.id).sort(), ['S001', 'S002']);
    for (const axis of AXIS_NAMES) {
      assert.deepEqual(body.facets[axis].map((f: { code: string }) => f.code), codesOf(axis), `facet ${axis} lists every code`);
    }
    assert.equal(body.facets.elements.find((f: { code: string }) => f.code === 'befriending').count, 1);
    assert.deepEqual(body.facets.area, [{ code: '44021', count: 1 }]);
  });

  it('answers a wrong parameter with problem+json naming the field, in 400', async () => {
    const res = await h.app.inject('/api/v1/initiatives?elements=meeting,nonsense&pageSize=1000');
    assert.equal(res.statusCode, 400);
    assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('query.elements.1'), `unknown code located: ${fields}`);
    assert.ok(fields.includes('query.pageSize'), `too large page size located: ${fields}`);
  });

  it('GET /api/v1/initiatives/{id} gives the interchange record; unknown and draft ids are 404', async () => {
    const ok = await h.app.inject('/api/v1/initiatives/S001');
    assert.equal(ok.statusCode, 200);
    const body = ok.json();
    assert.equal(body.name, 'Buddywerking');
    assert.equal(body.source, 'api-test.json');
    assert.deepEqual(body.elements, ['befriending', 'meeting']);
    assert.equal((await h.app.inject('/api/v1/initiatives/NOPE')).statusCode, 404);
    assert.equal((await h.app.inject('/api/v1/initiatives/S003')).statusCode, 404);
    assert.match((await h.app.inject('/api/v1/initiatives/NOPE')).headers['content-type'] as string, /problem\+json/);
  });

  it('serves an OpenAPI 3.1 document generated from the validating schemas', async () => {
    const doc = (await h.app.inject('/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    const op = doc.paths['/api/v1/initiatives'].get;
    const names = op.parameters.map((p: { name: string }) => p.name);
    for (const p of ['q', ...AXIS_NAMES, 'area', 'page', 'pageSize']) assert.ok(names.includes(p), `parameter ${p} documented`);
    const elements = op.parameters.find((p: { name: string }) => p.name === 'elements');
    assert.equal(elements.explode, false, 'comma-separated list');
    assert.deepEqual(elements.schema.items.enum, codesOf('elements'));
    assert.ok(doc.paths['/api/v1/initiatives/{id}'].get.responses['404']);
  });
});
