import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { CPSV_CONTEXT, phoneOf, publicServiceDocument, publicServicePage } from '../../src/hsds/cpsv.js';
import { areaUri, languageUri } from '../../src/hsds/linked-data-uris.js';
import { schemaOrgServiceOf, scriptJson } from '../../src/hsds/schema-org.js';
import { hsdsId } from '../../src/hsds/ids.js';
import type { StoredInitiative } from '../../src/initiatives/record.js';
import { initiative } from '../support/fixtures.js';

const SITE = 'https://verbind.example.be';
const stored = (overrides: Parameters<typeof initiative>[0]): StoredInitiative => ({
  ...initiative(overrides),
  status: 'published',
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-02-03T10:00:00.000Z',
});
const AREAS = new Map([
  ['44021', { nl: 'Gent', since: 1977 }],
  ['21004', { nl: 'Brussel', fr: 'Bruxelles', since: 1977 }],
  ['46030', { nl: 'Beveren-Kruibeke-Zwijndrecht', since: 2025 }],
]);
const gent = stored({
  id: 'G1',
  name: 'Buurtkar',
  description: 'Een kar rijdt door de buurten.',
  organisation: 'OCMW Gent',
  areas: ['44021', '21004', '46030', '44021A00-'],
  contact: 'buurtkar@gent.example',
  url: 'https://gent.example/buurtkar',
  elements: ['meeting', 'practical_support'],
});

const CPSV = 'http://purl.org/vocab/cpsv#';
const CV = 'http://data.europa.eu/m8g/';
const DCT = 'http://purl.org/dc/terms/';

describe('CPSV-AP JSON-LD of an initiative', () => {
  const doc = publicServiceDocument(gent, { site: SITE, areas: AREAS }) as Record<string, any>;

  it('is a cpsv:PublicService with its context inline and the mandatory properties', () => {
    assert.deepEqual(doc['@context'], CPSV_CONTEXT);
    assert.equal(typeof doc['@context'], 'object', 'inline, not a URL to fetch');
    assert.equal(doc['@type'], 'cpsv:PublicService');
    assert.equal(doc['@id'], `${SITE}/api/v1/initiatives/G1`);
    assert.equal(doc['dct:identifier'], 'G1');
    assert.deepEqual(doc['dct:title'], [{ '@value': 'Buurtkar', '@language': 'nl' }]);
    assert.deepEqual(doc['dct:description'], [{ '@value': 'Een kar rijdt door de buurten.', '@language': 'nl' }]);
    assert.deepEqual(doc['cv:hasCompetentAuthority'], [
      { '@id': `${SITE}/hsds/organizations/${hsdsId.organization('ocmw gent')}`, '@type': 'cv:PublicOrganisation', 'skos:prefLabel': { '@value': 'OCMW Gent', '@language': 'nl' } },
    ]);
  });

  it('names the areas served by BELGIF REFNIS URIs (2025 mergers in refnis2025), others by a Verbind URI', () => {
    assert.deepEqual(
      doc['dct:spatial'].map((s: any) => s['@id']),
      [
        'http://vocab.belgif.be/auth/refnis2019/44021',
        'http://vocab.belgif.be/auth/refnis2019/21004',
        'http://vocab.belgif.be/auth/refnis2025/46030',
        `${SITE}/id/area/44021A00-`,
      ],
    );
    assert.deepEqual(doc['dct:spatial'][1]['skos:prefLabel'], [{ '@value': 'Brussel', '@language': 'nl' }, { '@value': 'Bruxelles', '@language': 'fr' }]);
    assert.equal(areaUri(SITE, '44011', { since: 1977, until: 2018 }), 'http://vocab.belgif.be/auth/refnis1995/44011', 'a code that ended before 2019');
    const national = publicServiceDocument(stored({ id: 'N1', geographic_level: 'national' }), { site: SITE, areas: new Map() }) as Record<string, any>;
    assert.deepEqual(national['dct:spatial'], [{ '@id': 'http://publications.europa.eu/resource/authority/country/BEL', '@type': 'dct:Location' }]);
  });

  it('gives channels and a contact point from the website and the contact', () => {
    assert.deepEqual(doc['cv:hasChannel'].map((c: any) => [c['@type'], c['dct:type']['@id']]), [
      ['cv:Channel', `${SITE}/id/channel-type/website`],
      ['cv:Channel', `${SITE}/id/channel-type/email`],
    ]);
    assert.deepEqual(doc['cv:contactPoint'][0]['cv:email'], 'buurtkar@gent.example');
    assert.deepEqual(doc['cv:contactPoint'][0]['cv:contactPage'], { '@id': 'https://gent.example/buurtkar' });
    assert.equal(phoneOf('09 266 77 11'), '09 266 77 11');
    assert.equal(phoneOf('+32 9 266 77 11'), '+32 9 266 77 11');
    assert.equal(phoneOf('bel ons op 09 266 77 11'), undefined, 'free text is not a number');
    assert.equal(phoneOf('2024'), undefined);
  });

  it('tags every language-dependent text with a language, and every matrix code in nl, fr and en', () => {
    const strings: unknown[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object') {
        if ('@value' in v && typeof (v as any)['@value'] === 'string' && !('@type' in v)) strings.push(v);
        for (const [k, x] of Object.entries(v)) if (k !== '@context') walk(x);
      }
    };
    walk(doc);
    assert.ok(strings.length > 10);
    assert.ok(strings.every((s: any) => ['nl', 'fr', 'en'].includes(s['@language'])), 'every text literal has @language');
    const meeting = doc['cv:isClassifiedBy'].find((c: any) => c['skos:notation'] === 'elements:meeting');
    assert.deepEqual(meeting['skos:prefLabel'].map((l: any) => l['@language']), ['nl', 'fr', 'en']);
  });

  it('expands with a JSON-LD processor to the CPSV-AP IRIs (the inline context works)', async () => {
    const [node] = (await jsonld.expand(doc as any)) as Record<string, any>[];
    assert.deepEqual(node!['@type'], [`${CPSV}PublicService`]);
    assert.deepEqual(node![`${DCT}identifier`], [{ '@value': 'G1' }]);
    assert.deepEqual(node![`${DCT}title`], [{ '@value': 'Buurtkar', '@language': 'nl' }]);
    for (const p of [`${CV}hasCompetentAuthority`, `${DCT}spatial`, `${CV}hasChannel`, `${CV}contactPoint`, `${CV}isClassifiedBy`, `${DCT}description`]) assert.ok(node![p]?.length, p);
    assert.deepEqual(node![`${CV}hasCompetentAuthority`][0]['@type'], [`${CV}PublicOrganisation`]);
    assert.equal(node![`${DCT}spatial`][0]['@id'], 'http://vocab.belgif.be/auth/refnis2019/44021');
    const keys = Object.keys(node!).filter((k) => !k.startsWith('@'));
    assert.ok(keys.every((k) => /^https?:\/\//.test(k)), `every property expands to an IRI: ${keys.join(', ')}`);
  });

  it('pages all initiatives as a Hydra collection with unique ids and next/previous links', async () => {
    const items = Array.from({ length: 3 }, (_, n) => stored({ id: `P${n}`, organisation: n === 0 ? undefined : 'CAW', primary_actor: 'caw' }));
    const page = publicServicePage(items, { site: SITE, areas: new Map() }, { total: 7, page: 2, perPage: 3, path: '/api/v1/initiatives.jsonld' }) as Record<string, any>;
    const ids = page['hydra:member'].map((m: any) => m['@id']);
    assert.equal(new Set(ids).size, 3);
    assert.equal(page['hydra:totalItems'], 7);
    assert.equal(page['hydra:view']['hydra:next']['@id'], `${SITE}/api/v1/initiatives.jsonld?page=3&per_page=3`);
    assert.equal(page['hydra:view']['hydra:previous']['@id'], `${SITE}/api/v1/initiatives.jsonld?page=1&per_page=3`);
    assert.equal(page['hydra:member'][0]['cv:hasCompetentAuthority'], undefined, 'no organisation, no authority invented');
    assert.equal(page['hydra:member'][1]['cv:hasCompetentAuthority'][0]['@type'], 'org:Organization', 'a CAW is not local government');
    const expanded = (await jsonld.expand(page as any)) as Record<string, any>[];
    assert.equal(expanded[0]!['http://www.w3.org/ns/hydra/core#member'].length, 3);
  });

  it('takes channels, languages, cost and the referral contact from the access facts', async () => {
    const i = stored({
      id: 'A1',
      primary_actor: 'caw',
      access: {
        places: [{ name: 'Buurthuis' }],
        modes: ['at_home', 'by_phone'],
        languages: ['nl', 'ar'],
        cost: { amount_eur: 2.5, reductions: ['uitpas'] },
        referral_contact: { role: 'onthaal', phone: '09 210 10 10' },
      },
    });
    const d = publicServiceDocument(i, { site: SITE, areas: new Map() }) as Record<string, any>;
    assert.deepEqual(d['cv:hasChannel'].map((c: any) => c['dct:type']['@id'].split('/').pop()), ['in_person', 'at_home', 'by_phone']);
    assert.deepEqual(d['dct:language'].map((l: any) => l['@id']), ['http://publications.europa.eu/resource/authority/language/NLD', 'http://publications.europa.eu/resource/authority/language/ARA']);
    assert.deepEqual(d['cv:hasCost'][0]['cv:hasValue'], { '@value': 2.5, '@type': 'xsd:double' });
    assert.deepEqual(d['cv:hasCost'][0]['cv:currency'], { '@id': 'http://publications.europa.eu/resource/authority/currency/EUR' });
    assert.deepEqual(d['cv:hasCost'][0]['dct:description'][2], { '@value': '€ 2.5; UiTPAS reduced rate', '@language': 'en' });
    assert.deepEqual(d['cv:contactPoint'], [{ '@id': `${SITE}/api/v1/initiatives/A1#referral-contact`, '@type': 'cv:ContactPoint', 'dct:description': [{ '@value': 'onthaal', '@language': 'nl' }], 'cv:telephone': '09 210 10 10' }]);
    const free = publicServiceDocument(stored({ id: 'A2', access: { cost: { free: true } } }), { site: SITE, areas: new Map() }) as Record<string, any>;
    assert.equal(free['cv:hasCost'][0]['cv:hasValue']['@value'], 0);
    const [node] = (await jsonld.expand(d as any)) as Record<string, any>[];
    assert.equal(node![`${DCT}language`][1]['@id'], 'http://publications.europa.eu/resource/authority/language/ARA');
    assert.deepEqual(node![`${CV}hasCost`][0][`${CV}hasValue`], [{ '@value': 2.5, '@type': 'http://www.w3.org/2001/XMLSchema#double' }]);
  });

  it('maps languages to the EU authority table, else to ISO 639-1 URIs', () => {
    assert.equal(languageUri('nl'), 'http://publications.europa.eu/resource/authority/language/NLD');
    assert.equal(languageUri('ar'), 'http://publications.europa.eu/resource/authority/language/ARA');
    assert.equal(languageUri('yo'), 'http://id.loc.gov/vocabulary/iso639-1/yo');
  });
});

describe('schema.org JSON-LD of an initiative page', () => {
  it('is a GovernmentService for local government, with provider, areas and channel', () => {
    const s = schemaOrgServiceOf(gent, `${SITE}/nl/initiatives/G1`, new Map([['44021', 'Gent']])) as Record<string, any>;
    assert.deepEqual([s['@context'], s['@type'], s.name, s.url, s.provider.name], ['https://schema.org', 'GovernmentService', 'Buurtkar', `${SITE}/nl/initiatives/G1`, 'OCMW Gent']);
    assert.deepEqual(s.areaServed[0], { '@type': 'AdministrativeArea', name: 'Gent', identifier: '44021' });
    assert.equal(s.availableChannel.serviceUrl, 'https://gent.example/buurtkar');
    assert.equal(schemaOrgServiceOf(stored({ id: 'X', primary_actor: 'caw' }), undefined, new Map())['@type'], 'Service');
  });

  it('cannot close its script element, whatever the text says', () => {
    const json = scriptJson({ name: '</script><script>alert(1)</script>' });
    assert.doesNotMatch(json, /<\/script/i);
    assert.deepEqual(JSON.parse(json), { name: '</script><script>alert(1)</script>' });
  });
});
