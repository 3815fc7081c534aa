import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { getInitiative, saveInitiatives } from '../../src/initiatives/store/repository.js';
import { signedIn, testApp, type FormFields } from '../accounts/web-client.js';

const base: FormFields = {
  name: 'Praatcafé',
  elements: ['meeting'],
  prevention: 'primary',
  dimensions: ['social'],
  social_isolation: 'no',
  age_groups: ['older'],
  course: 'unknown',
  approach: 'organised',
  evidence: 'unknown',
  primary_actor: 'local_government',
  geographic_level: 'local',
  place_rows: '1',
  schedule_rows: '1',
};

/** A place and a session as a coder fills them in, and the other access facts. */
const accessFields: FormFields = {
  modes: ['in_person', 'by_phone'],
  place_0_name: 'Buurthuis De Kring',
  place_0_street: 'Kerkstraat',
  place_0_number: '12',
  place_0_postcode: '9000',
  place_0_municipality: '44021',
  place_0_lat: '51,05',
  place_0_lon: '3.72',
  place_0_wheelchair: 'yes',
  schedule_0_repeat: 'weekly',
  schedule_0_weekday: 'tuesday',
  schedule_0_start: '14:00',
  schedule_0_end: '16:00',
  languages: ['nl', 'fr'],
  free: 'yes',
  entry: 'self',
  referral_email: 'onthaal@kring.example',
  capacity: 'waitlist',
  capacity_set_on: '2026-11-20',
  verified_on: '2024-01-10',
};

describeDatabases('coders\' form: access facts', (ctx) => {
  let app: FastifyInstance;
  let coder: Awaited<ReturnType<typeof signedIn>>;
  const edit = (id: string) => `/nl/coding/initiatives/${id}`;

  before(async () => {
    app = await testApp(ctx.database);
    coder = await signedIn(app, 'coder', 'Codeerder Cato');
  });

  it('asks for places, sessions, languages, cost, entry, referral contact, capacity and verification, saving on Enter', async () => {
    const res = await coder.client.get('/nl/coding/new');
    assert.equal(res.statusCode, 200);
    for (const label of ['Naam van de plaats', 'Postcode', 'Hoe vaak?', 'Begint om', 'In welke talen?', 'Is het gratis?', 'Hoe komt iemand binnen?', 'Contact voor doorverwijzing', 'Is er plaats?', 'Gegevens nagekeken op']) {
      assert.match(res.body, new RegExp(label), label);
    }
    assert.match(res.body, /nooit van een privépersoon/, 'the form says a referral contact is never a private person');
    assert.match(res.body, /<input type="hidden" name="place_rows" value="1"\/>/);
    assert.match(res.body, /<button type="submit" value="place"[^>]*name="add"/);
    // Enter submits the first submit button of a form: it must save, not add a row.
    const firstSubmit = /<button type="submit"[^>]*>/.exec(res.body)?.[0] ?? '';
    assert.doesNotMatch(firstSubmit, /name="add"/);
  });

  it('"add another place" shows the form again with one more row and saves nothing', async () => {
    const res = await coder.client.submit('/nl/coding/new', '/nl/coding/new', { ...base, id: 'ACC-ADD', ...accessFields, add: 'place' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /name="place_rows" value="2"/);
    assert.match(res.body, /id="f-place_1_name"/);
    assert.match(res.body, /value="Buurthuis De Kring"/, 'what was typed stays');
    assert.equal(await getInitiative(ctx.database.db, 'ACC-ADD'), undefined);
  });

  it('puts each error next to its field and saves nothing', async () => {
    const bad = { ...accessFields, place_0_postcode: '1000', schedule_0_end: '13:00', place_0_lat: '4.35', place_0_lon: '50.85', languages: ['nl', 'xx'] };
    const res = await coder.client.submit('/nl/coding/new', '/nl/coding/new', { ...base, id: 'ACC-BAD', ...bad });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /id="f-place_0_postcode-error"[^>]*>.*Postcode 1000 ligt niet in de provincie van gemeente 44021\. Postcodes daar: 9000–9999\./s);
    assert.match(res.body, /id="f-schedule_0_end-error"[^>]*>.*Het einduur moet na het beginuur liggen/s);
    assert.match(res.body, /id="f-place_0_lat-error"[^>]*>.*niet in België/s);
    assert.match(res.body, /id="f-languages-error"[^>]*>.*Deze taalcode kennen we niet: xx\./s);
    assert.match(res.body, /href="#f-place_0_postcode"[^>]*>Plaats 1: Postcode/, 'the summary at the top links to the field');
    assert.equal(await getInitiative(ctx.database.db, 'ACC-BAD'), undefined);
  });

  it('saves the facts, pre-fills them when editing, and shows the old free text beside them until converted', async () => {
    const res = await coder.client.submit('/nl/coding/new', '/nl/coding/new', { ...base, id: 'ACC-OK', ...accessFields });
    assert.equal(res.statusCode, 303);
    const stored = await getInitiative(ctx.database.db, 'ACC-OK');
    assert.deepEqual(stored?.access, {
      places: [{ name: 'Buurthuis De Kring', street: 'Kerkstraat', number: '12', postcode: '9000', municipality: '44021', lat: 51.05, lon: 3.72, wheelchair: true }],
      modes: ['in_person', 'by_phone'],
      schedules: [{ repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00' }],
      languages: ['nl', 'fr'],
      cost: { free: true },
      entry: 'self',
      referral_contact: { email: 'onthaal@kring.example' },
      capacity: { status: 'waitlist', set_on: '2026-11-20' },
      verified_on: '2024-01-10',
    });
    const page = await coder.client.get(edit('ACC-OK'));
    assert.match(page.body, /id="f-place_0_postcode"[^>]*value="9000"/);
    assert.match(page.body, /<option value="tuesday" selected="">/);
    assert.match(page.body, /id="f-languages" name="languages" checked="" value="nl"/);

    await saveInitiatives(ctx.database.db, [initiative({ id: 'ACC-OLD', location: 'Gent, zaal achter de kerk', contact: '09 123 45 67' })], { actor: SYSTEM, defaultSource: 't' });
    const old = await coder.client.get(edit('ACC-OLD'));
    assert.match(old.body, /Nog om te zetten, de vrije tekst van vroeger: Gent, zaal achter de kerk/);
    assert.match(old.body, /Nog om te zetten, de vrije tekst van vroeger: 09 123 45 67/);
    assert.doesNotMatch(page.body, /Nog om te zetten/, 'not once converted');

    // An edit of the facts is in the history, one row per fact that changed, in words.
    const version = /name="version" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const edited = await coder.client.submit(edit('ACC-OK'), edit('ACC-OK'), { ...base, ...accessFields, version, languages: ['nl'], schedule_0_end: '17:00' });
    assert.equal(edited.statusCode, 303);
    const history = (await coder.client.get(`${edit('ACC-OK')}/history`)).body;
    assert.match(history, /<th scope="row">In welke talen\?<\/th><td>nl; fr<\/td><td><span class="visually-hidden">→ <\/span>nl<\/td>/);
    assert.match(history, /elke dinsdag 14:00–16:00<\/td><td><span class="visually-hidden">→ <\/span>elke dinsdag 14:00–17:00/);
    assert.doesNotMatch(history, /\[object Object\]/);
  });

  it('lists records not verified for more than 12 months', async () => {
    const res = await coder.client.get('/nl/coding/verification');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /1 initiatief om na te kijken/);
    assert.match(res.body, /Praatcafé/);
    assert.match(res.body, /10 januari 2024/);
    assert.match((await coder.client.get('/nl/coding')).body, /href="\/nl\/coding\/verification"/);
  });
});
