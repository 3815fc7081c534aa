/**
 * Logs hold no personal data and no secrets (issue 11, item 4). Before: a
 * database error logged drizzle's "Failed query: … params: <name>,<e-mail>",
 * and the request log recorded /nl/survey/s/<token> (the token opens the
 * submission and can erase its contact). This runs a survey submission (form
 * and API), sign-in (right and wrong password), coding, a web import and a
 * failing query through the real app with its log captured, then greps the log.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { describeDatabases } from '../support/databases.js';
import { buildApp } from '../../src/http/app.js';
import { createUser } from '../../src/accounts/store/users.js';
import { WebClient, type FormFields } from '../accounts/web-client.js';
import { loggablePath, loggableError } from '../../src/edge/log.js';

const PERSON = { name: 'Griet Logtestmans', email: 'griet.logtestmans@example.org', phone: '0470 12 34 56' };
const API_PERSON = { name: 'Jef Apitestmans', email: 'jef.apitestmans@example.org' };
const IMPORT_PERSON = { name: 'Mieke Importmans', email: 'mieke.importmans@example.org' };
const CODER = { email: 'coder.logtest@example.org', password: 'Kw!ster-Paard-Batterij-42' };
const WRONG_PASSWORD = 'Fout-Wachtwoord-Zeker-9';
const SEARCH = 'eenzaamheid-zoekterm-logtest';

it('paths lose tokens and query strings; query errors lose their parameters', () => {
  assert.equal(loggablePath('/nl/survey/s/AbCdEf0123456789_-xyz?sent=1'), '/nl/survey/s/[redacted]');
  assert.equal(loggablePath('/fr/survey/s/short'), '/fr/survey/s/[redacted]');
  assert.equal(loggablePath('/api/v1/initiatives/S001?q=x'), '/api/v1/initiatives/S001');
  assert.equal(loggablePath('/nl/coding/import/0f8fad5b-d9cb-469f-a165-70867728950e'), '/nl/coding/import/0f8fad5b-d9cb-469f-a165-70867728950e', 'ids are not secrets');
  const e = Object.assign(new Error('Failed query: insert into "x" values ($1)\nparams: An Peeters'), { query: 'insert into "x" values ($1)', params: ['An Peeters'] });
  const logged = JSON.stringify(loggableError(e));
  assert.doesNotMatch(logged, /An Peeters/);
  assert.match(logged, /insert into \\"x\\" values \(\$1\) \(parameters not logged\)/);
});

describeDatabases('the server log', (ctx) => {
  let app: FastifyInstance;
  let log = '';
  before(async () => {
    const stream = new PassThrough();
    stream.on('data', (d: Buffer) => (log += d.toString('utf8')));
    app = await buildApp({ database: ctx.database, logLevel: 'info', logStream: stream, signInRateLimit: 1000 });
    // A route that fails in the database with personal data as parameters, as any unforeseen bug would.
    app.get('/test/failing-query', async () => ctx.database.db.execute(sql`select ${PERSON.email}::int as n, ${PERSON.name}::uuid as m`));
  });
  after(async () => app?.close());

  it('holds no names, e-mails, phone numbers, tokens, passwords or search text after a full run', async () => {
    const visitor = new WebClient(app);
    // 1. The public survey, sent with a contact person; then its private status page.
    const sent = await visitor.submit('/nl/survey', '/nl/survey', {
      name: 'Praatcafé Logboek', description: 'Elke dinsdag koffie en een babbel.', location_level: 'municipality',
      age_groups: ['older'], target: ['at_risk'], evaluated: 'no', contact_name: PERSON.name, contact_email: PERSON.email, contact_phone: PERSON.phone, action: 'submit',
    });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    const statusPath = (sent.headers.location as string).split('?')[0]!;
    const token = statusPath.split('/').pop()!;
    assert.equal((await visitor.get(sent.headers.location as string)).statusCode, 200);
    // 2. The same through the API.
    const api = await app.inject({
      method: 'POST', url: '/api/v1/submissions', headers: { 'content-type': 'application/json' },
      payload: { lang: 'nl', name: 'Babbelbank API', description: 'Een bank om te praten.', goal: '', location_level: 'municipality', municipalities: [], initiator: '', partners: '', age_groups: ['older'], target: ['everyone'], evaluated: 'no', contact_name: API_PERSON.name, contact_email: API_PERSON.email },
    });
    assert.equal(api.statusCode, 201, api.body);
    const apiToken = (api.json().status_url as string).split('/').pop()!;
    // 3. Sign-in: a wrong password, then the right one.
    await createUser(app.database.db, { email: CODER.email, role: 'coder', name: 'Coder Logtest', password: CODER.password });
    const coder = new WebClient(app);
    assert.notEqual((await coder.signIn(CODER.email, WRONG_PASSWORD)).statusCode, 303);
    assert.equal((await coder.signIn(CODER.email, CODER.password)).statusCode, 303);
    // 4. Coding: the queue, a submission's review page (which shows the contact), a new initiative.
    const queue = await coder.get('/nl/coding/submissions');
    assert.equal(queue.statusCode, 200);
    const review = /href="(\/nl\/coding\/submissions\/[0-9a-f-]{36})"/.exec(queue.body)?.[1];
    assert.ok(review, 'a submission in the queue');
    assert.match((await coder.get(review)).body, new RegExp(PERSON.name));
    const created = await coder.submit('/nl/coding/new', '/nl/coding/new', codingForm());
    assert.equal(created.statusCode, 303, created.body.slice(0, 300));
    // 5. A web import of a survey export with contact columns.
    const imported = await uploadCsv(coder, `Naam;Beschrijving;Naam contact;E-mail\nWandelclub Log;Samen wandelen.;${IMPORT_PERSON.name};${IMPORT_PERSON.email}\n`);
    assert.equal(imported.statusCode, 303, imported.body.slice(0, 300));
    // 6. Searches, and a database failure with personal data as parameters.
    await app.inject(`/nl?q=${SEARCH}`);
    await app.inject(`/api/v1/initiatives?q=${SEARCH}`);
    assert.equal((await app.inject('/test/failing-query')).statusCode, 500);

    await new Promise((r) => setImmediate(r));
    assert.match(log, /"url":"\/nl\/survey\/s\/\[redacted\]"/, 'the status page request is logged, without its token');
    assert.match(log, /Failed query: select \$1::int as n, \$2::uuid as m \(parameters not logged\)/, 'the failing query is logged, without its parameters');
    const secrets = { ...Object.fromEntries(Object.entries(PERSON).map(([k, v]) => [`contact ${k}`, v])), 'API contact name': API_PERSON.name, 'API contact e-mail': API_PERSON.email, 'imported name': IMPORT_PERSON.name, 'imported e-mail': IMPORT_PERSON.email, 'status token': token, 'API status token': apiToken, 'coder e-mail': CODER.email, password: CODER.password, 'wrong password': WRONG_PASSWORD, 'search text': SEARCH };
    for (const [what, value] of Object.entries(secrets)) assert.ok(!log.includes(value), `the log holds the ${what}`);
    assert.ok(!/Logtestmans|Apitestmans|Importmans/.test(log), 'no part of a name either');
  });
});

function codingForm(): FormFields {
  return {
    id: 'LOG-1', name: 'Buurtsoep Logboek', url: 'https://buurtsoep.example', description: 'Elke dinsdag soep en een babbel.', partners: '',
    elements: ['meeting'], prevention: 'primary', dimensions: ['social'], social_isolation: 'yes', age_groups: ['older'], course: 'unknown',
    approach: 'organised', evidence: 'unknown', primary_actor: 'local_government', geographic_level: 'neighbourhood',
  };
}

async function uploadCsv(client: WebClient, text: string) {
  const token = await client.csrf('/nl/coding/import');
  const boundary = 'logtestboundary';
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="export.csv"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n--${boundary}--\r\n`,
  );
  return client.app.inject({
    method: 'POST', url: '/nl/coding/import', payload,
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}
