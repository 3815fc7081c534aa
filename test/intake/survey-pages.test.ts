import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { buildApp } from '../../src/http/app.js';
import { listQueue, getContact } from '../../src/intake/store/submissions.js';

/** GET a form page and return what a browser would send back: cookies and the CSRF token. */
async function formSession(app: import('fastify').FastifyInstance, url: string) {
  const res = await app.inject(url);
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  assert.ok(token, 'form carries a CSRF token');
  return { token: token!, cookies, body: res.body };
}

const filled = {
  name: 'Praatcafé Zonnebloem',
  description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie.',
  location_level: 'municipality',
  age_groups: ['older', 'adults'],
  target: ['at_risk'],
  evaluated: 'no',
  contact_name: 'An Peeters',
  contact_email: 'an@example.org',
};

function form(fields: Record<string, string | string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) p.append(k, x);
  return p.toString();
}

describeDatabases('public survey', (ctx) => {
  const h = useApp(ctx);

  it('sends a complete survey and gives a receipt with a private link', async () => {
    const s = await formSession(h.app, '/nl/survey');
    assert.match(s.body, /Wat houdt het initiatief juist in\?/);
    const res = await h.app.inject({ method: 'POST', url: '/nl/survey', headers: { cookie: s.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ ...filled, _csrf: s.token, action: 'submit' }) });
    assert.equal(res.statusCode, 303);
    const link = res.headers.location as string;
    assert.match(link, /^\/nl\/survey\/s\/[A-Za-z0-9_-]{20,}\?sent=1$/);
    const page = await h.app.inject({ url: link });
    assert.match(page.body, /Bedankt!/);
    assert.match(page.body, /Praatcafé Zonnebloem/);
    assert.doesNotMatch(page.body, /an@example\.org/, 'the status page does not echo contact data');
    const queue = await listQueue(ctx.database.db, ['submitted']);
    const sub = queue.items.find((x) => x.answers.name === 'Praatcafé Zonnebloem')!;
    assert.deepEqual(sub.answers.age_groups, ['older', 'adults']);
    assert.equal((await getContact(ctx.database.db, sub.id))?.contact_email, 'an@example.org');
  });

  it('keeps the answers and names each missing field when the form is incomplete, saving nothing', async () => {
    const before = (await listQueue(ctx.database.db, ['submitted', 'draft'])).total;
    const s = await formSession(h.app, '/fr/survey');
    const res = await h.app.inject({ method: 'POST', url: '/fr/survey', headers: { cookie: s.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ name: 'Mon projet', url: 'pas une adresse', _csrf: s.token, action: 'submit' }) });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /value="Mon projet"/, 'answers are kept');
    assert.match(res.body, /href="#description"/);
    assert.match(res.body, /href="#url">[^<]*adresse web complète/);
    assert.match(res.body, /href="#age_groups-children"/);
    assert.match(res.body, /aria-invalid="true"/);
    assert.equal((await listQueue(ctx.database.db, ['submitted', 'draft'])).total, before);
  });

  it('saves a half-finished form as a draft that can be resumed and sent later', async () => {
    const s = await formSession(h.app, '/en/survey');
    const res = await h.app.inject({ method: 'POST', url: '/en/survey', headers: { cookie: s.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ name: 'Half done', _csrf: s.token, action: 'save' }) });
    assert.equal(res.statusCode, 303);
    const link = (res.headers.location as string).split('?')[0]!;
    const resumed = await formSession(h.app, link);
    assert.match(resumed.body, /value="Half done"/);
    const sent = await h.app.inject({ method: 'POST', url: link, headers: { cookie: resumed.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ ...filled, name: 'Half done, now complete', _csrf: resumed.token, action: 'submit' }) });
    assert.equal(sent.statusCode, 303);
    const status = await h.app.inject({ url: link });
    assert.match(status.body, /Received\. A researcher/);
  });

  it('stores nothing when the hidden spam trap is filled, and refuses a post without CSRF token', async () => {
    const before = (await listQueue(ctx.database.db, ['submitted', 'draft'])).total;
    const s = await formSession(h.app, '/nl/survey');
    const bot = await h.app.inject({ method: 'POST', url: '/nl/survey', headers: { cookie: s.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ ...filled, website: 'http://spam', _csrf: s.token, action: 'submit' }) });
    assert.equal(bot.statusCode, 303);
    const noCsrf = await h.app.inject({ method: 'POST', url: '/nl/survey', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ ...filled, action: 'submit' }) });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal((await listQueue(ctx.database.db, ['submitted', 'draft'])).total, before);
  });

  it('lets the respondent erase the contact details through the private link', async () => {
    const s = await formSession(h.app, '/nl/survey');
    const res = await h.app.inject({ method: 'POST', url: '/nl/survey', headers: { cookie: s.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ ...filled, name: 'Te wissen', _csrf: s.token, action: 'submit' }) });
    const link = (res.headers.location as string).split('?')[0]!;
    const status = await formSession(h.app, link);
    const erase = await h.app.inject({ method: 'POST', url: link, headers: { cookie: status.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ _csrf: status.token, action: 'delete-contact' }) });
    assert.equal(erase.statusCode, 303);
    const sub = (await listQueue(ctx.database.db, ['submitted'])).items.find((x) => x.answers.name === 'Te wissen')!;
    assert.equal(await getContact(ctx.database.db, sub.id), undefined);
  });

  it('accepts the survey as JSON on POST /api/v1/submissions, naming each wrong field otherwise', async () => {
    const ok = await h.app.inject({ method: 'POST', url: '/api/v1/submissions', payload: { ...filled, lang: 'fr' } });
    assert.equal(ok.statusCode, 201);
    assert.match(ok.json().status_url, /\/fr\/survey\/s\//);
    const bad = await h.app.inject({ method: 'POST', url: '/api/v1/submissions', payload: { ...filled, age_groups: ['toddlers'], contact_email: 'nope', description: '' } });
    assert.equal(bad.statusCode, 400);
    const fields = bad.json().errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, ['body.age_groups.0', 'body.contact_email', 'body.description']);
  });

  it('builds the private link from VERBIND_PUBLIC_URL, never from Host or X-Forwarded-* headers (even from a trusted proxy)', async () => {
    const app = await buildApp({ database: ctx.database, logLevel: 'silent', trustProxy: true, publicUrl: 'https://verbind.example.be' });
    try {
      const hostile = { host: 'evil.example', 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'evil.example' };
      const api = await app.inject({ method: 'POST', url: '/api/v1/submissions', headers: hostile, payload: { ...filled, lang: 'en' } });
      assert.equal(api.statusCode, 201);
      const url: string = api.json().status_url;
      assert.match(url, /^https:\/\/verbind\.example\.be\/en\/survey\/s\/[^/]+$/);
      const page = await app.inject({ url: new URL(url).pathname, headers: hostile });
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(url), 'the status page shows the same link');
      assert.doesNotMatch(page.body, /evil\.example|javascript:/);
    } finally {
      await app.close();
    }
  });

  it('asks the practical facts in the coders\' words, stores them as access facts, and locates bad ones', async () => {
    const s = await formSession(h.app, '/nl/survey');
    for (const label of ['Hoe nemen mensen deel?', 'Naam van de plaats', 'Rolstoeltoegankelijk?', 'Hoe vaak?', 'In welke talen?', 'Is het gratis?', 'Hoe komt iemand binnen?']) assert.ok(s.body.includes(label), label);
    const facts = { place_rows: '1', schedule_rows: '1', modes: ['in_person', 'at_home'], place_0_name: 'Buurthuis', place_0_postcode: '9000', place_0_municipality: '44021', place_0_wheelchair: 'yes', schedule_0_repeat: 'monthly', schedule_0_nth: '-1', schedule_0_weekday: 'friday', schedule_0_start: '10:00', schedule_0_end: '12:00', languages: ['fr', 'ar'], free: 'no', entry: 'contact_first' };
    const post = (session: { token: string; cookies: string }, fields: Record<string, string | string[]>) =>
      h.app.inject({ method: 'POST', url: '/nl/survey', headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ ...filled, name: 'Met feiten', ...fields, _csrf: session.token, action: 'submit' }) });
    const bad = await post(s, { ...facts, place_0_postcode: '1000', schedule_0_end: '09:00' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /id="f-place_0_postcode-error"[^>]*>.*Postcode 1000 ligt niet in de provincie/s);
    assert.match(bad.body, /id="f-schedule_0_end-error"[^>]*>.*Het einduur moet na het beginuur liggen/s);
    assert.match(bad.body, /href="#f-place_0_postcode"/, 'the summary links to the field');
    assert.equal((await listQueue(ctx.database.db, ['submitted'])).items.filter((x) => x.answers.name === 'Met feiten').length, 0, 'nothing saved');
    const ok = await post(await formSession(h.app, '/nl/survey'), facts);
    assert.equal(ok.statusCode, 303);
    const sub = (await listQueue(ctx.database.db, ['submitted'])).items.find((x) => x.answers.name === 'Met feiten')!;
    assert.deepEqual(sub.answers.access, {
      places: [{ name: 'Buurthuis', postcode: '9000', municipality: '44021', wheelchair: true }],
      modes: ['in_person', 'at_home'],
      schedules: [{ repeat: 'monthly', nth: -1, weekday: 'friday', start: '10:00', end: '12:00' }],
      languages: ['fr', 'ar'],
      cost: { free: false },
      entry: 'contact_first',
    });
  });
});
