/**
 * The screening pages and the self-check against a real database, on both
 * engines: the nearby initiatives (serving the municipality, wider areas
 * included, at least one recommended element, ordered by elements then the
 * effectladder), the result pages' care framing and crisis numbers, located
 * 400s for bad form values, and the self-check storing nothing: every
 * table's rows are counted and the logs read before and after.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
import { nearbySource } from '../../src/screening/service/index.js';
import { buildApp } from '../../src/http/app.js';

describeDatabases('screening pages and self-check', (ctx) => {
  let app: FastifyInstance;
  const logLines: string[] = [];
  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'L1', name: 'Lokaal buddyproject', elements: ['befriending', 'meaningful_contact'], areas: ['12021'], evidence: 'level1_described' }),
        initiative({ id: 'L2', name: 'Wijkontmoeting', elements: ['meeting'], areas: ['12021A00-'], evidence: 'level3_indicative' }),
        initiative({ id: 'P1', name: 'Provinciale lijn', elements: ['befriending'], areas: ['10000'], geographic_level: 'supralocal', evidence: 'level2_theory' }),
        initiative({ id: 'R1', name: 'Vlaamse telefoonlijn', elements: ['social_support', 'befriending'], areas: [], geographic_level: 'regional', age_groups: ['all_ages'] }),
        initiative({ id: 'G1', name: 'Gents project', elements: ['befriending', 'meaningful_contact'], areas: ['44021'] }),
        initiative({ id: 'Y1', name: 'Jongerenproject Lier', elements: ['befriending'], areas: ['12021'], age_groups: ['youth'] }),
        initiative({ id: 'D1', name: 'Concept Lier', elements: ['befriending'], areas: ['12021'] }),
      ],
      { actor: SYSTEM, defaultSource: 'screening-test' },
    );
    await setStatus(ctx.database.db, 'D1', 'draft', SYSTEM);
    const stream = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await buildApp({ database: ctx.database, logLevel: 'info', logStream: stream, rateLimit: false });
  });
  after(async () => {
    await app?.close();
  });

  it('nearby, through the matching: serving Lier (local, a sector inside it, its province, regional), published, for older people or all ages; most elements first, then the effectladder', async () => {
    const initiativesServing = nearbySource.serving;
    const list = await initiativesServing(ctx.database, { municipality: '12021', elements: ['befriending', 'meaningful_contact', 'social_support', 'meeting'], ageGroup: 'older' });
    assert.deepEqual(
      list.map((i) => [i.id, i.matched, i.coverage]),
      [
        ['L1', 2, 'local'],
        ['R1', 2, 'wider'],
        ['L2', 1, 'local'],
        ['P1', 1, 'wider'],
      ],
    );
    assert.deepEqual(list[0]!.elements, ['befriending', 'meaningful_contact'], 'the recommended elements it offers');
    const ghent = await initiativesServing(ctx.database, { municipality: '44021', elements: ['befriending'] });
    assert.deepEqual(ghent.map((i) => i.id).sort(), ['G1', 'R1'], 'Antwerp province lines do not serve Ghent');
    assert.deepEqual(await initiativesServing(ctx.database, { municipality: '12021', elements: [] }), []);
    assert.deepEqual([...(await nearbySource.offeredIn(ctx.database, '12021', ['befriending', 'mindfulness', 'meeting']))].sort(), ['befriending', 'meeting'], 'the personas’ gaps');
  });

  it('the screening form and the personas page render', async () => {
    const form = await app.inject('/nl/screening?instruments=djg11,ucla3,lsns6&scale=5');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="a\.djg11\.11" value="strong_yes"/);
    assert.match(form.body, /name="a\.ucla3\.3"/);
    assert.match(form.body, /Werkvertaling/, 'UCLA-3 in Dutch is a working translation');
    const personas = await app.inject('/en/personas?area=12021');
    assert.equal(personas.statusCode, 200);
    assert.match(personas.body, /The study’s persona/);
    assert.match(personas.body, /Lokaal buddyproject/);
  });

  it('the screening result: scores with band and source, typology, course, profile by its answers, what helps with citations, the link, nearby, care framing', async () => {
    const form = new URLSearchParams({
      'a.djg6.3': 'yes', 'a.djg6.9': 'yes', 'a.djg6.10': 'yes', 'a.djg6.4': 'yes', 'a.djg6.7': 'yes', 'a.djg6.8': 'no',
      'a.lsns6.1': '1', 'a.lsns6.2': '1', 'a.lsns6.3': '1', 'a.lsns6.4': '1', 'a.lsns6.5': '1', 'a.lsns6.6': '1',
      duration: 'over_2_years', ma_nature: 'structural', ma_contacts: 'wants_contacts', ma_strategy: 'passive', age_group: 'older', municipality: '12021',
    });
    const r = await app.inject({ method: 'POST', url: '/en/screening/result', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.match(r.body, /a conversation aid and a signal, never a diagnosis or a reason to refuse help/);
    assert.match(r.body, /Moderately lonely/, 'DJG-6: 3 emotional + 1 social = 4, band 2-4');
    assert.match(r.body, /6 of 0–30/, 'LSNS-6 total');
    assert.match(r.body, /Socially isolated: small network and lonely \(6% in the study\)/);
    assert.match(r.body, /Chronic/);
    assert.match(r.body, /Intervention profile: Structural · Wants new contacts · Passive strategy/);
    assert.match(r.body, /Structural: people who have felt lonely or lived in isolation for many years\./);
    assert.match(r.body, /Masi, Chen, Hawkley &amp; Cacioppo \(2011\)/, 'the citation of the chronic rule');
    assert.match(r.body, /href="\/en\?elements=[^"]*&amp;age_groups=older%2Call_ages&amp;area=12021"/, 'knowledge-bank link');
    assert.match(r.body, /href="\/en\/matches\?municipality=12021&amp;age_group=older&amp;elements=[^"]+">Find fitting initiatives/, 'the professionals’ matching page, prefilled');
    assert.match(r.body, /Lokaal buddyproject/);
    assert.match(r.body, /also active in your municipality/, 'the regional line is shown as wider');
    assert.doesNotMatch(r.body, /Concept Lier/, 'drafts are not shown');
    assert.match(r.body, /1813/);
  });

  it('a wrong form value is a 400 naming the field; a GET on a result page leads back to the form', async () => {
    const r = await app.inject({ method: 'POST', url: '/nl/screening/result', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a.djg6.3=maybe&duration=forever&municipality=abc' });
    assert.equal(r.statusCode, 400);
    for (const f of ['a.djg6.3', 'duration', 'municipality']) assert.match(r.body, new RegExp(`<strong>${f.replace(/\./g, '\\.')}</strong>`));
    const g = await app.inject('/fr/self-check/result');
    assert.equal(g.statusCode, 303);
    assert.equal(g.headers.location, '/fr/self-check');
  });

  it('the self-check stores nothing: every table has as many rows after as before, no answer in the logs, no cookie', async () => {
    const tables = (await ctx.database.rows<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).map((t) => t.name);
    assert.ok(tables.includes('initiatives') && tables.includes('audit_log'));
    const count = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, (await ctx.database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(t)}`))[0]!.n] as const)));
    // A first visit, so that anything the site does once (e.g. a secret) is done before counting.
    await app.inject('/nl/self-check');
    const before = await count();
    const logStart = logLines.length;
    const form = new URLSearchParams({ 'a.ucla3.1': 'often', 'a.ucla3.2': 'often', 'a.ucla3.3': 'some_of_the_time', 'a.ons_direct.1': 'often_always', age_group: 'older', municipality: '12021' });
    const page = await app.inject('/nl/self-check');
    assert.equal(page.statusCode, 200);
    const r = await app.inject({ method: 'POST', url: '/nl/self-check/result', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    assert.equal(r.statusCode, 200, r.body);
    assert.match(r.body, /Uw antwoorden wijzen erop dat u zich eenzaam voelt/);
    assert.match(r.body, /Tele-Onthaal: bel 106/);
    assert.match(r.body, /Vlaamse telefoonlijn/, 'initiatives nearby (a regional one offers social support)');
    assert.equal(r.headers['set-cookie'], undefined, 'no cookie');
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.deepEqual(await count(), before, 'no table gained or lost a row');
    const logs = logLines.slice(logStart).join('');
    assert.ok(logs.includes('/nl/self-check/result'), 'the request itself was logged (the logger was on)');
    for (const secret of ['often', 'some_of_the_time', '12021', 'ucla3', 'older']) assert.ok(!logs.includes(secret), `"${secret}" is not in the logs`);
  });
});
