/**
 * Every answer of the /hsds API validates against the official HSDS 3.0 JSON schemas
 * (../shared/spec/hsds/, as its openapi.json assigns them to each endpoint) with zero
 * errors: services, organizations, service_at_locations, taxonomies and taxonomy terms,
 * one and lists, on several pages.
 */
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { describeErrors, hsdsValidator, type HsdsPath, type HsdsValidator } from '../support/hsds-schema.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/repository.js';
import { areas } from '../../src/db/schema.js';
import { hsdsId } from '../../src/hsds/ids.js';

let validator: HsdsValidator;
before(() => {
  validator = hsdsValidator();
});

describeDatabases('HSDS 3.0 answers against the official schemas', (ctx) => {
  const holder = useApp(ctx);
  /** GETs url, asserts 200 and zero schema errors for `path`, returns the body. */
  const valid = async (path: HsdsPath, url: string) => {
    const res = await holder.app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 200, url);
    const body = res.json() as Record<string, any>;
    const errors = validator.errors(path, body);
    assert.equal(errors.length, 0, `${url} against ${path}:\n${describeErrors(errors)}`);
    return body;
  };

  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 's1', name: 'Buurtkar', description: 'Een kar rijdt door de buurten.', organisation: 'OCMW Gent', areas: ['44021', '44021A00-'], contact: 'buurtkar@gent.example', url: 'https://gent.example/buurtkar', elements: ['meeting'] }),
        // What the loose contact and website fields can hold: an e-mail address HSDS's format refuses, a URL with characters a URI must escape.
        initiative({ id: 's2', name: 'Café Contact', organisation: 'ocmw gent', contact: 'jé@café.example', url: 'https://x.example/a b|c^d?q={1}', social_isolation: true, elements: ['meeting'] }),
        initiative({ id: 's3', name: 'Chatbox', organisation: 'CAW', elements: ['digital'], url: 'https://chat.example/', areas: [] }),
        initiative({ id: 's4', name: 'Zonder organisatie', elements: ['befriending'], areas: ['elz29'] }),
        initiative({ id: 's5', name: 'Concept', organisation: 'Verborgen vzw', elements: ['meeting'] }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    await setStatus(ctx.database.db, 's5', 'draft', SYSTEM);
    await ctx.database.db.insert(areas).values({ code: '44021', level: 'municipality', nameNl: 'Gent' });
  });

  it('the root and every list, on each page', async () => {
    await valid('/', '/hsds/');
    for (const url of ['/hsds/services', '/hsds/services?per_page=2&page=2', '/hsds/services?per_page=2&page=9', '/hsds/services?search=buurt&lang=fr']) await valid('/services', url);
    for (const url of ['/hsds/organizations', '/hsds/organizations?per_page=1&page=2']) await valid('/organizations', url);
    for (const url of ['/hsds/taxonomies', '/hsds/taxonomies?lang=en&per_page=3&page=2']) await valid('/taxonomies', url);
    for (const url of ['/hsds/taxonomy_terms?per_page=1000', `/hsds/taxonomy_terms?taxonomy_id=${hsdsId.taxonomy('elements')}&lang=fr`]) await valid('/taxonomy_terms', url);
    const sal = await valid('/service_at_locations', '/hsds/service_at_locations?per_page=1000');
    assert.equal(sal.total_items, 4, 'Gent and a sector for s1, the virtual location of s3, the care zone of s4; s2 has none');
    await valid('/service_at_locations', '/hsds/service_at_locations?per_page=2&page=3');
  });

  it('every single record the lists name', async () => {
    const services = (await valid('/services', '/hsds/services?per_page=1000')).contents as { id: string }[];
    assert.equal(services.length, 4, 'published only');
    for (const s of services) for (const lang of ['nl', 'fr']) await valid('/services/{id}', `/hsds/services/${s.id}?lang=${lang}`);
    for (const o of (await valid('/organizations', '/hsds/organizations')).contents as { id: string }[]) await valid('/organizations/{id}', `/hsds/organizations/${o.id}`);
    for (const t of (await valid('/taxonomies', '/hsds/taxonomies')).contents as { id: string }[]) await valid('/taxonomies/{id}', `/hsds/taxonomies/${t.id}`);
    for (const t of (await valid('/taxonomy_terms', '/hsds/taxonomy_terms?per_page=1000')).contents as { id: string }[]) await valid('/taxonomy_terms/{id}', `/hsds/taxonomy_terms/${t.id}`);
    for (const x of (await valid('/service_at_locations', '/hsds/service_at_locations?per_page=1000')).contents as { id: string }[]) {
      await valid('/service_at_locations/{id}', `/hsds/service_at_locations/${x.id}`);
    }
  });

  it('the checks can fail: a service without its status, or with a malformed id, has errors', () => {
    assert.ok(validator.errors('/services/{id}', { id: hsdsId.service('x'), name: 'x' }).length > 0);
    assert.ok(validator.errors('/services', { contents: [{ id: 'not-a-uuid', name: 'x', status: 'active' }] }).length > 0);
    assert.ok(validator.errors('/taxonomy_terms/{id}', { id: hsdsId.term('a', 'b'), name: 'x', description: 'y', taxonomy: {} }).length > 0);
  });
});
