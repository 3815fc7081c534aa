import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hsdsId, uuidV5, UUID_PATTERN } from '../../src/hsds/ids.js';
import { attributesOf, emailOf, hsdsDataset, locationsOf, organizationsOf, serviceOf, uriOf } from '../../src/hsds/mapping.js';
import { taxonomies, taxonomyTerms, termRef } from '../../src/hsds/vocabulary.js';
import { AXES, AXIS_NAMES } from '../../src/vocabulary/matrix.js';
import type { StoredInitiative } from '../../src/initiatives/record.js';
import { initiative } from '../support/fixtures.js';

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

  it('makes a physical location per area (named from the areas table when known) and a virtual one for online-only initiatives', () => {
    const ls = locationsOf(stored({ id: 'L1', areas: ['44021', '11002'] }), new Map([['44021', 'Gent']]));
    assert.deepEqual(ls.map((l) => [l.location_type, l.name, l.external_identifier]), [['physical', 'Gent', '44021'], ['physical', '11002', '11002']]);
    assert.equal(ls[0]!.id, hsdsId.location('44021'), 'shared by every service in Gent');
    const online = locationsOf(stored({ id: 'L2', elements: ['digital'], url: 'https://chat.example/' }), new Map());
    assert.deepEqual(online.map((l) => [l.location_type, l.url]), [['virtual', 'https://chat.example/']]);
    assert.deepEqual(locationsOf(stored({ id: 'L3' }), new Map()), []);
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
    assert.equal(taxonomies().length, AXIS_NAMES.length + 1);
    const terms = taxonomyTerms();
    const codes = AXIS_NAMES.reduce((n, a) => n + AXES[a].codes.length, 0);
    assert.equal(terms.length, codes + 1);
    assert.equal(new Set(terms.map((t) => t.id)).size, terms.length, 'unique ids, although codes like "unknown" repeat across axes');
    for (const t of [...taxonomies(), ...terms]) for (const f of ['id', 'name', 'description'] as const) assert.ok(t[f], `${t.id} has ${f}`);
    const meeting = terms.find((t) => t.id === hsdsId.term('elements', 'meeting'))!;
    assert.deepEqual([meeting.code, meeting.name, meeting.language], ['meeting', 'Ontmoeten', 'nl']);
    assert.match(meeting.description, /fr: Rencontre · en: Meeting people/);
    assert.equal(taxonomyTerms('fr').find((t) => t.id === meeting.id)!.name, 'Rencontre');
  });

  it('builds the tabular set with consistent references', () => {
    const d = hsdsDataset(
      [stored({ id: 'D2', organisation: 'OCMW Gent', areas: ['44021'] }), stored({ id: 'D1', organisation: 'OCMW Gent', areas: ['44021', '11002'] })],
      new Map([['44021', 'Gent']]),
    );
    assert.deepEqual(d.services.map((s) => s.name), ['Initiatief D1', 'Initiatief D2']);
    assert.equal(d.organizations.length, 1);
    assert.equal(d.locations.length, 2);
    assert.equal(d.service_at_locations.length, 3);
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
    const [services, locations, terms, orgs] = [ids(d.services), ids(d.locations), ids(d.taxonomy_terms), ids(d.organizations)];
    assert.ok(d.services.every((s) => s.organization_id && orgs.has(s.organization_id)));
    assert.ok(d.service_at_locations.every((x) => services.has(x.service_id) && locations.has(x.location_id)));
    assert.ok(d.attributes.every((a) => services.has(a.link_id) && terms.has(a.taxonomy_term_id)));
    assert.ok(d.taxonomy_terms.every((t) => ids(d.taxonomies).has(t.taxonomy_id)));
  });
});
