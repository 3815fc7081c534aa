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
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
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
        // Every access fact, so each HSDS object they become is checked too.
        initiative({
          id: 's6',
          name: 'Praatgroep',
          organisation: 'CAW',
          url: 'https://caw.example/praatgroep',
          areas: ['44021'],
          access: {
            places: [
              { name: 'Buurthuis', street: 'Sleepstraat', number: '12', postcode: '9000', municipality: '44021', lat: 51.05, lon: 3.72, wheelchair: true, hearing_loop: true },
              { name: 'Zaal zonder adres', municipality: '21004' },
            ],
            modes: ['online', 'at_home', 'by_phone'],
            schedules: [
              { repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00', from: '2026-01-06' },
              { repeat: 'every_other_week', weekday: 'thursday', start: '10:00', end: '11:30' },
              { repeat: 'monthly', nth: 2, weekday: 'monday', start: '18:00', end: '20:00', until: '2026-12-31' },
              { repeat: 'once', date: '2026-03-14', start: '09:00', end: '12:00' },
            ],
            languages: ['nl', 'fr', 'ar', 'uk'],
            cost: { free: true, reductions: ['social_tariff'], note: 'koffie inbegrepen' },
            age_min: 18,
            age_max: 99,
            target_group: 'Mensen die rouwen',
            entry: 'contact_first',
            transport: true,
            accompaniment: true,
            referral_contact: { role: 'onthaal', email: 'onthaal@caw.example', phone: '+32 9 265 04 04' },
            capacity: { status: 'has_room', set_on: '2026-02-01' },
            verified_on: '2026-01-15',
          },
        }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    await setStatus(ctx.database.db, 's5', 'draft', SYSTEM);
    await ctx.database.db.insert(areas).values({ code: '44021', level: 'municipality', nameNl: 'Gent' });
  });

  it('the full service carries every access fact', async () => {
    const s = await valid('/services/{id}', `/hsds/services/${hsdsId.service('s6')}`);
    const counts = ['service_at_locations', 'schedules', 'languages', 'cost_options', 'contacts', 'phones', 'service_areas'].map((k) => s[k].length);
    assert.deepEqual(counts, [3, 4, 4, 2, 1, 1, 1]);
    assert.deepEqual(s.service_at_locations[0].location.accessibility.map((a: any) => a.description), ['Wheelchair accessible', 'Hearing loop']);
    assert.equal(s.service_at_locations[0].location.addresses[0].city, 'Gent');
    assert.deepEqual(s.service_at_locations[1].location.addresses, [], 'no street and postcode: no address (HSDS requires them)');
    assert.equal(s.service_at_locations[2].location.location_type, 'virtual');
  });

  it('the root and every list, on each page', async () => {
    await valid('/', '/hsds/');
    for (const url of ['/hsds/services', '/hsds/services?per_page=2&page=2', '/hsds/services?per_page=2&page=9', '/hsds/services?search=buurt&lang=fr']) await valid('/services', url);
    for (const url of ['/hsds/organizations', '/hsds/organizations?per_page=1&page=2']) await valid('/organizations', url);
    for (const url of ['/hsds/taxonomies', '/hsds/taxonomies?lang=en&per_page=3&page=2']) await valid('/taxonomies', url);
    for (const url of ['/hsds/taxonomy_terms?per_page=1000', `/hsds/taxonomy_terms?taxonomy_id=${hsdsId.taxonomy('elements')}&lang=fr`]) await valid('/taxonomy_terms', url);
    const sal = await valid('/service_at_locations', '/hsds/service_at_locations?per_page=1000');
    assert.equal(sal.total_items, 4, "the virtual location of online-only s3; s6's two places and its online one; areas served are no locations");
    await valid('/service_at_locations', '/hsds/service_at_locations?per_page=2&page=3');
  });

  it('every single record the lists name', async () => {
    const services = (await valid('/services', '/hsds/services?per_page=1000')).contents as { id: string }[];
    assert.equal(services.length, 5, 'published only');
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
