import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hsdsId, uuidV5, UUID_PATTERN } from '../../src/hsds/ids.js';
import { attributesOf, emailOf, hsdsDataset, locationsOf, organizationsOf, serviceOf, uriOf } from '../../src/hsds/mapping.js';
import { ACCESS_TERMS, taxonomies, taxonomyTerms, termRef } from '../../src/hsds/vocabulary.js';
import { accessRecordsOf } from '../../src/hsds/access.js';
import type { Access } from '../../src/initiatives/access.js';
import { AXES, AXIS_NAMES } from '../../src/vocabulary/matrix.js';
import type { StoredInitiative } from '../../src/initiatives/record.js';
import { initiative } from '../support/fixtures.js';

const PLACE = { name: 'Buurthuis', street: 'Sleepstraat', number: '12', postcode: '9000', municipality: '44021', lat: 51.05, lon: 3.72, wheelchair: true };
const ACCESS_FACTS: Access = {
  places: [PLACE],
  modes: ['at_home'],
  schedules: [
    { repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00' },
    { repeat: 'every_other_week', weekday: 'thursday', start: '10:00', end: '11:30', from: '2026-01-08', until: '2026-06-25' },
    { repeat: 'monthly', nth: -1, weekday: 'friday', start: '18:00', end: '20:00' },
    { repeat: 'once', date: '2026-03-14', start: '09:00', end: '12:00' },
  ],
  languages: ['nl', 'fr', 'ar'],
  cost: { amount_eur: 2.5, reductions: ['uitpas'] },
  age_min: 65,
  target_group: 'Alleenwonende ouderen',
  entry: 'referral',
  transport: true,
  referral_contact: { role: 'onthaal', email: 'onthaal@buurt.example', phone: '09 210 10 10' },
  capacity: { status: 'waitlist', set_on: '2026-02-01' },
  verified_on: '2026-01-15',
};

const stored = (overrides: Parameters<typeof initiative>[0], status: StoredInitiative['status'] = 'published'): StoredInitiative => ({
  ...initiative(overrides),
  status,
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
});

describe('HSDS identifiers', () => {
  it('are RFC 9562 version 5 UUIDs (checked against a published test vector)', () => {
    assert.equal(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
    assert.match(hsdsId.service('S001'), UUID_PATTERN);
    assert.equal(hsdsId.service('S001'), hsdsId.service('S001'), 'deterministic');
    assert.notEqual(hsdsId.service('S001'), hsdsId.organization('S001'), 'each kind has its own id space');
  });
});

describe('HSDS mapping', () => {
  it('maps an initiative to a service with the required fields (id, name, status) and its organization', () => {
    const s = serviceOf(stored({ id: 'S1', name: 'Buurtkar', description: 'Rijdt rond', url: 'https://x.example/', organisation: 'OCMW Gent', contact: 'info@x.example' }));
    assert.deepEqual(s, {
      id: hsdsId.service('S1'),
      organization_id: hsdsId.organization('ocmw gent'),
      name: 'Buurtkar',
      description: 'Rijdt rond',
      url: 'https://x.example/',
      email: 'info@x.example',
      status: 'active',
      last_modified: '2024-01-01T00:00:00.000Z',
    });
    assert.equal(serviceOf(stored({ id: 'S2' }, 'archived')).status, 'defunct');
    assert.equal(serviceOf(stored({ id: 'S3' }, 'draft')).status, 'inactive');
  });

  it('fills email only when the contact is an e-mail address', () => {
    assert.equal(emailOf('mailto:hallo@gent.be'), 'hallo@gent.be');
    assert.equal(emailOf('09 123 45 67'), undefined);
    assert.equal(emailOf('bel 09 123 45 67 of mail hallo@gent.be'), undefined);
    assert.equal(emailOf(undefined), undefined);
    // HSDS checks `email` as HTML's valid e-mail address: ASCII only, a host name of letters, digits and dashes.
    assert.equal(emailOf('jé@café.example'), undefined);
    assert.equal(emailOf('a@b_c.be'), undefined);
  });

  it('writes web addresses as RFC 3986 URIs (HSDS `uri`), escaping what browsers leave bare', () => {
    assert.equal(uriOf('https://x.example/a b|c^d?q={1}%zz'), 'https://x.example/a%20b%7Cc%5Ed?q=%7B1%7D%25zz');
    assert.equal(uriOf('https://café.example/ü#a#b'), 'https://xn--caf-dma.example/%C3%BC#a%23b');
    assert.equal(uriOf('https://[::1]:8080/p'), 'https://[::1]:8080/p', 'an IPv6 host keeps its brackets');
    assert.equal(uriOf('https://gent.example/buurtkar'), 'https://gent.example/buurtkar');
    assert.equal(uriOf('not a url'), undefined);
  });

  it('makes one organization per distinct name, however it is spelled', () => {
    const orgs = organizationsOf([
      { name: 'OCMW Gent', initiatives: 3 },
      { name: 'ocmw  gent', initiatives: 1 },
      { name: 'CAW Oost-Vlaanderen', initiatives: 1 },
    ]);
    assert.deepEqual(orgs.map((o) => [o.organization.name, o.spellings]), [['CAW Oost-Vlaanderen', ['CAW Oost-Vlaanderen']], ['OCMW Gent', ['OCMW Gent', 'ocmw  gent']]]);
    assert.match(orgs[1]!.organization.description, /4 initiatives/);
  });

  it('makes a physical location per place, with its address and accessibility, and a virtual one for online', () => {
    const ls = locationsOf(stored({ id: 'L1', areas: ['44021'], url: 'https://x.example/', access: { places: [PLACE, { name: 'Zaal zonder adres' }], modes: ['online'] } }), new Map([['44021', 'Gent']]));
    assert.deepEqual(ls.map((l) => [l.location_type, l.name, l.latitude, l.addresses.length]), [['physical', 'Buurthuis', 51.05, 1], ['physical', 'Zaal zonder adres', undefined, 0], ['virtual', 'Initiatief L1', undefined, 0]]);
    assert.deepEqual(ls[0]!.addresses[0], {
      id: hsdsId.address(hsdsId.place('L1', 0)),
      location_id: hsdsId.place('L1', 0),
      address_1: 'Sleepstraat 12',
      city: 'Gent',
      state_province: 'Oost-Vlaanderen',
      postal_code: '9000',
      country: 'BE',
      address_type: 'physical',
    });
    assert.deepEqual(ls[0]!.accessibility.map((a) => a.description), ['Wheelchair accessible']);
    assert.equal(ls[2]!.url, 'https://x.example/');
    // Before the access facts: an online-only initiative (element digital, a website, no areas) is a virtual location; areas are no locations.
    assert.deepEqual(locationsOf(stored({ id: 'L2', elements: ['digital'], url: 'https://chat.example/' }), new Map()).map((l) => [l.location_type, l.url]), [['virtual', 'https://chat.example/']]);
    assert.deepEqual(locationsOf(stored({ id: 'L3', areas: ['44021'] }), new Map()), []);
  });

  it('carries schedules, languages, cost, the referral contact, service areas and access attributes', () => {
    const a = accessRecordsOf(stored({ id: 'R1', areas: ['44021', 'elz29'], access: ACCESS_FACTS }), new Map([['44021', 'Gent']]), (code) => `urn:area:${code}`);
    assert.deepEqual(
      a.schedules.map(({ freq, interval, byday, opens_at, closes_at, valid_from, valid_to }) => ({ freq, interval, byday, opens_at, closes_at, valid_from, valid_to })),
      [
        { freq: 'WEEKLY', interval: undefined, byday: 'TU', opens_at: '14:00', closes_at: '16:00', valid_from: undefined, valid_to: undefined },
        { freq: 'WEEKLY', interval: 2, byday: 'TH', opens_at: '10:00', closes_at: '11:30', valid_from: '2026-01-08', valid_to: '2026-06-25' },
        { freq: 'MONTHLY', interval: undefined, byday: '-1FR', opens_at: '18:00', closes_at: '20:00', valid_from: undefined, valid_to: undefined },
        { freq: undefined, interval: undefined, byday: undefined, opens_at: '09:00', closes_at: '12:00', valid_from: '2026-03-14', valid_to: '2026-03-14' },
      ],
    );
    assert.match(a.schedules[0]!.description, /Tuesday/);
    assert.deepEqual(a.languages.map((l) => [l.code, l.name]), [['nl', 'Dutch'], ['fr', 'French'], ['ar', 'Arabic']]);
    assert.deepEqual(a.cost_options.map((c) => [c.option, c.amount, c.currency]), [['Price', 2.5, 'EUR'], ['UiTPAS reduced rate', undefined, 'EUR']]);
    assert.deepEqual(a.contacts.map((c) => [c.title, c.email, c.phones.map((p) => p.number)]), [['onthaal', 'onthaal@buurt.example', ['09 210 10 10']]]);
    assert.deepEqual(a.service_areas.map((x) => [x.name, x.uri]), [['Gent', 'urn:area:44021'], ['elz29', 'urn:area:elz29']]);
    const refs = a.attributes.map((x) => `${termRef(x.taxonomy_term_id)?.code}=${x.value}`);
    assert.deepEqual(refs, ['mode_in_person=true', 'mode_at_home=true', 'entry_referral=true', 'transport=true', 'capacity_waitlist=2026-02-01']);
  });

  it('fills the one-to-one service fields from the access facts', () => {
    const s = serviceOf(stored({ id: 'R2', access: ACCESS_FACTS }));
    assert.deepEqual([s.minimum_age, s.maximum_age, s.eligibility_description, s.assured_date], [65, undefined, 'Alleenwonende ouderen', '2026-01-15']);
    assert.match(s.application_process!, /referral/);
  });

  it('links a service to a term for each of its codes (vocabulary order), and to social isolation when flagged', () => {
    const i = stored({ id: 'A1', elements: ['meeting', 'befriending'], social_isolation: true });
    const attrs = attributesOf(i);
    const refs = attrs.map((a) => termRef(a.taxonomy_term_id));
    assert.ok(attrs.every((a) => a.link_id === hsdsId.service('A1') && a.link_entity === 'service'));
    assert.deepEqual(
      refs.map((r) => `${r?.taxonomy}:${r?.code}`),
      ['elements:meeting', 'elements:befriending', 'prevention:primary', 'dimensions:social', 'age_groups:older', 'course:unknown', 'approach:organised', 'evidence:unknown', 'primary_actor:local_government', 'geographic_level:local', 'social_isolation:true'],
    );
    assert.deepEqual(attrs.map((a) => a.link_type), refs.map((r) => r?.taxonomy));
  });

  it('publishes the matrix as taxonomies with a term per code, each with the required fields', () => {
    assert.equal(taxonomies().length, AXIS_NAMES.length + 2, 'the axes, social isolation and access');
    const terms = taxonomyTerms();
    const codes = AXIS_NAMES.reduce((n, a) => n + AXES[a].codes.length, 0);
    assert.equal(terms.length, codes + 1 + ACCESS_TERMS.length);
    assert.equal(new Set(terms.map((t) => t.id)).size, terms.length, 'unique ids, although codes like "unknown" repeat across axes');
    for (const t of [...taxonomies(), ...terms]) for (const f of ['id', 'name', 'description'] as const) assert.ok(t[f], `${t.id} has ${f}`);
    const meeting = terms.find((t) => t.id === hsdsId.term('elements', 'meeting'))!;
    assert.deepEqual([meeting.code, meeting.name, meeting.language], ['meeting', 'Ontmoeten', 'nl']);
    assert.match(meeting.description, /fr: Rencontre · en: Meeting people/);
    assert.equal(taxonomyTerms('fr').find((t) => t.id === meeting.id)!.name, 'Rencontre');
  });

  it('builds the tabular set with consistent references', () => {
    const d = hsdsDataset(
      [stored({ id: 'D2', organisation: 'OCMW Gent', areas: ['44021'], access: ACCESS_FACTS }), stored({ id: 'D1', organisation: 'OCMW Gent', areas: ['44021', '11002'] })],
      new Map([['44021', 'Gent']]),
    );
    assert.deepEqual(d.services.map((s) => s.name), ['Initiatief D1', 'Initiatief D2']);
    assert.equal(d.organizations.length, 1);
    assert.equal(d.locations.length, 1);
    assert.equal(d.service_at_locations.length, 1);
    assert.deepEqual([d.addresses.length, d.accessibility.length, d.schedules.length, d.languages.length, d.cost_options.length, d.contacts.length, d.service_areas.length], [1, 1, 4, 3, 2, 1, 3]);
    assert.ok(!('phones' in d.contacts[0]!), 'phones are a table of their own');
    assert.deepEqual(d.phones.map((p) => [p.number, Boolean(p.contact_id), Boolean(p.service_id)]), [['09 210 10 10', true, false], ['09 210 10 10', false, true]]);
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
    assert.ok(d.addresses.every((x) => ids(d.locations).has(x.location_id)));
    const [services, locations, terms, orgs] = [ids(d.services), ids(d.locations), ids(d.taxonomy_terms), ids(d.organizations)];
    assert.ok([...d.schedules, ...d.languages, ...d.cost_options, ...d.contacts, ...d.service_areas].every((x) => services.has(x.service_id)));
    assert.ok(d.services.every((s) => s.organization_id && orgs.has(s.organization_id)));
    assert.ok(d.service_at_locations.every((x) => services.has(x.service_id) && locations.has(x.location_id)));
    assert.ok(d.attributes.every((a) => services.has(a.link_id) && terms.has(a.taxonomy_term_id)));
    assert.ok(d.taxonomy_terms.every((t) => ids(d.taxonomies).has(t.taxonomy_id)));
  });
});
