import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toCsvText, toJsonText } from '../../src/interchange/write.js';
import { parseInterchange } from '../../src/interchange/parse.js';
import { FIELD_NAMES } from '../../src/interchange/fields.js';
import { initiative } from '../support/fixtures.js';
import { parse } from 'csv-parse/sync';

const parseCsv = (text: string) => parse(text) as string[][];

const tricky = [
  initiative({
    id: 'T2',
    name: 'Koffie; taart, en "babbels"',
    description: 'Twee regels:\neen en\r\ntwee; met komma, en "quotes"',
    url: 'https://example.org/a?b=1,2',
    partners: ['CAW Oost-Vlaanderen', 'OCMW, Gent'],
    areas: ['44021', '11002'],
    elements: ['meeting', 'befriending'],
    dimensions: [],
    age_groups: [],
    risk_factors: ['poverty', 'small_network'],
    social_isolation: true,
    contact: 'info@example.org',
    source: 'bevraging 2023',
    evidence: 'level2_theory',
    access: {
      places: [{ name: 'Zaal "De Kring"; 1e verdieping, links', street: 'Kerkstraat', number: '12A', postcode: '9000', municipality: '44021', lat: 51.0543, lon: 3.7174, wheelchair: true }],
      modes: ['in_person', 'by_phone'],
      schedules: [
        { repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00' },
        { repeat: 'once', date: '2026-03-03', start: '10:00', end: '12:00' },
      ],
      languages: ['nl', 'fr', 'ar'],
      cost: { free: false, amount_eur: 2.5, reductions: ['uitpas', 'social_tariff'] },
      age_min: 60,
      entry: 'self',
      referral_contact: { role: 'onthaal', phone: '+32 9 123 45 67' },
      capacity: { status: 'waitlist', set_on: '2026-11-20' },
      verified_on: '2026-10-01',
    },
  }),
  initiative({ id: 'T1', name: 'Ééntje met accenten: ça va, naïef' }),
];

describe('interchange writers', () => {
  it('writes JSON keys in the order of the spec table, then contact and source; absent fields left out', () => {
    const [first, second] = JSON.parse(toJsonText(tricky)) as Record<string, unknown>[];
    assert.equal(first!.id, 'T1', 'sorted by id');
    assert.deepEqual(Object.keys(second!), FIELD_NAMES.filter((f) => f !== 'goal' && f !== 'description_fr' && f !== 'description_en' && f !== 'location' && f !== 'organisation' && f !== 'status'));
    assert.equal('url' in first!, false);
  });

  it('uses the reference table\'s field order for JSON keys and CSV columns (docs/interchange.md)', () => {
    const doc = readFileSync(new URL('../../docs/interchange.md', import.meta.url), 'utf8');
    const section = (title: string) => doc.slice(doc.indexOf(`## ${title}`), doc.indexOf('\n## ', doc.indexOf(`## ${title}`) + 1));
    const firstColumn = (text: string) => [...text.matchAll(/^\| (\w+) \|/gm)].map((m) => m[1]).filter((n) => !['field', 'column', 'key'].includes(n!));
    assert.deepEqual(FIELD_NAMES, firstColumn(section('JSON')));
    const csvColumns = [...firstColumn(section('JSON')).filter((n) => n !== 'access'), ...firstColumn(section('CSV'))];
    assert.equal(toCsvText([]).trim(), csvColumns.join(','));
  });

  it('writes CSV with | between list values and true/false, and reads back exactly', () => {
    const text = toCsvText(tricky);
    assert.match(text, /CAW Oost-Vlaanderen\|"?OCMW, Gent/);
    assert.match(text, /,true,/);
    const back = parseInterchange('x.csv', text);
    assert.deepEqual(back.errors, []);
    assert.deepEqual(back.initiatives, [...tricky].reverse());
    assert.equal(toCsvText(back.initiatives), text);
  });

  it('JSON reads back exactly', () => {
    const text = toJsonText(tricky);
    const back = parseInterchange('x.json', text);
    assert.deepEqual(back.initiatives, [...tricky].reverse());
    assert.equal(toJsonText(back.initiatives), text);
  });

  it('neutralises cells a spreadsheet would run as a formula (OWASP CSV injection), and reads them back unchanged', () => {
    const hostile = [
      initiative({
        id: 'F1',
        name: '=HYPERLINK("https://evil.example","Klik hier")',
        description: '+32 9 123 45 67',
        goal: "'=al met een apostrof",
        location: '@SUM(A1:A9)',
        organisation: '-2+3',
        partners: ['-1', '=2', 'gewoon'],
        contact: '+32 470 00 00 00',
      }),
    ];
    const text = toCsvText(hostile);
    const [, row] = parseCsv(text);
    const cell = (field: string) => row![FIELD_NAMES.indexOf(field as (typeof FIELD_NAMES)[number])];
    assert.equal(cell('name'), `'=HYPERLINK("https://evil.example","Klik hier")`);
    assert.equal(cell('description'), "'+32 9 123 45 67");
    assert.equal(cell('goal'), "''=al met een apostrof", 'an apostrophe already there gets one more, so reading back is exact');
    assert.equal(cell('location'), "'@SUM(A1:A9)");
    assert.equal(cell('organisation'), "'-2+3");
    assert.equal(cell('partners'), "'-1|=2|gewoon");
    assert.equal(cell('contact'), "'+32 470 00 00 00");
    for (const c of row!) assert.doesNotMatch(c, /^[=+\-@\t\r]/, c);
    const back = parseInterchange('x.csv', text);
    assert.deepEqual(back.errors, []);
    assert.deepEqual(back.initiatives, hostile);
    assert.equal(toCsvText(back.initiatives), text);
  });

  it('refuses to write a list value containing | to CSV (it would come back as two values)', () => {
    assert.throws(() => toCsvText([initiative({ id: 'P1', partners: ['A|B'] })]), /P1, field partners.*export as JSON/);
  });
});
