import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { createUser, deactivateUser } from '../../src/accounts/store/users.js';
import { recentAuditEvents } from '../../src/audit/audit.js';
import { SESSION_COOKIE } from '../../src/accounts/store/sessions.js';
import { PASSWORD, testApp, WebClient } from './web-client.js';

describeDatabases('sign-in and sign-out', (ctx) => {
  let app: FastifyInstance;
  let userId: string;
  const email = 'an.peeters@example.test';

  before(async () => {
    app = await testApp(ctx.database);
    userId = (await createUser(ctx.database.db, { email: 'An.Peeters@Example.test', name: 'An', role: 'coder', password: PASSWORD })).id;
  });

  it('shows a plain form with a CSRF token', async () => {
    const res = await new WebClient(app).get('/nl/sign-in');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<label for="email">E-mailadres<\/label>/);
    assert.match(res.body, /type="password"/);
    assert.match(res.body, /name="_csrf" value="[^"]+"/);
  });

  it('signs in with the right password: httpOnly session cookie, 303 to the coding desk, audited', async () => {
    const client = new WebClient(app);
    const res = await client.signIn('  AN.PEETERS@example.test ', PASSWORD);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/nl/coding');
    const cookie = (res.cookies as { name: string; httpOnly?: boolean; sameSite?: string; path?: string }[]).find((c) => c.name === SESSION_COOKIE);
    assert.ok(cookie, 'session cookie set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal((await client.get('/nl/coding')).statusCode, 200);
    const events = await recentAuditEvents(ctx.database.db, 5);
    assert.ok(events.some((e) => e.action === 'sign_in.success' && e.actorId === userId && e.entityId === userId));
  });

  it('refuses a wrong password with a generic message, no session, and an audit entry without the address', async () => {
    const client = new WebClient(app);
    const res = await client.signIn(email, 'wrong password!');
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /Het e-mailadres of het wachtwoord klopt niet/);
    assert.ok(!client.cookies.has(SESSION_COOKIE));
    assert.doesNotMatch(res.body, /wrong password!/, 'the password is never echoed');
    const events = await recentAuditEvents(ctx.database.db, 1);
    assert.equal(events[0]!.action, 'sign_in.failure');
    assert.equal(events[0]!.entityId, userId);
    assert.deepEqual(events[0]!.details, { reason: 'wrong_password' });
  });

  it('gives exactly the same answer for an unknown address', async () => {
    const res = await new WebClient(app).signIn('nobody@example.test', 'whatever123');
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /Het e-mailadres of het wachtwoord klopt niet/);
    const [last] = await recentAuditEvents(ctx.database.db, 1);
    assert.deepEqual(last!.details, { reason: 'unknown_account' });
    assert.doesNotMatch(JSON.stringify(last), /nobody@/);
  });

  it('asks for both fields in plain words when one is empty', async () => {
    const res = await new WebClient(app).signIn('', '');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#email"/);
    assert.match(res.body, /Vul uw wachtwoord in/);
  });

  it('goes back to ?next= only when it is a path on this site', async () => {
    const local = new WebClient(app);
    const ok = await local.submit('/nl/sign-in?next=%2Fnl%2Fcoding%3Fstatus%3Ddraft', '/nl/sign-in', { email, password: PASSWORD, next: '/nl/coding?status=draft' });
    assert.equal(ok.headers.location, '/nl/coding?status=draft');
    const evil = new WebClient(app);
    const res = await evil.submit('/nl/sign-in', '/nl/sign-in', { email, password: PASSWORD, next: '//evil.example/x' });
    assert.equal(res.headers.location, '/nl/coding');
  });

  it('refuses a post without CSRF token (403) and signs nobody in', async () => {
    const client = new WebClient(app);
    await client.get('/nl/sign-in');
    const before = (await recentAuditEvents(ctx.database.db, 1))[0]?.id;
    const res = await client.post('/nl/sign-in', { email, password: PASSWORD });
    assert.equal(res.statusCode, 403);
    assert.ok(!client.cookies.has(SESSION_COOKIE));
    assert.equal((await recentAuditEvents(ctx.database.db, 1))[0]?.id, before, 'nothing was logged or changed');
  });

  it('signs out: session deleted, cookie cleared, desk closed again', async () => {
    const client = new WebClient(app);
    await client.signIn(email, PASSWORD);
    const token = await client.csrf('/nl/coding');
    const res = await client.post('/nl/sign-out', { _csrf: token });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/nl/sign-in?signedOut=1');
    assert.ok(!client.cookies.has(SESSION_COOKIE));
    assert.equal((await client.get('/nl/coding')).statusCode, 303);
  });

  it('refuses a switched-off account, with the same generic message', async () => {
    const u = await createUser(ctx.database.db, { email: 'gone@example.test', role: 'coder', password: PASSWORD });
    await deactivateUser(ctx.database.db, u.id);
    const res = await new WebClient(app).signIn('gone@example.test', PASSWORD);
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /Het e-mailadres of het wachtwoord klopt niet/);
  });

  it('speaks French on /fr/', async () => {
    const res = await new WebClient(app).signIn('nobody@example.test', 'whatever123', 'fr');
    assert.match(res.body, /L’adresse e-mail ou le mot de passe n’est pas correct/);
  });
});

describeDatabases('sign-in rate limit', (ctx) => {
  it('blocks an IP address after too many attempts (429), others can still try', async () => {
    const app = await testApp(ctx.database, { signInRateLimit: 3 });
    const attacker = new WebClient(app, '203.0.113.9');
    const token = await attacker.csrf('/nl/sign-in');
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attacker.post('/nl/sign-in', { _csrf: token, email: 'x@example.test', password: `guess-${i}-long` })).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
    const blocked = await attacker.post('/nl/sign-in', { _csrf: token, email: 'x@example.test', password: 'guess-long-again' });
    assert.match(blocked.body, /Even geduld/);
    const other = new WebClient(app, '198.51.100.7');
    assert.equal((await other.signIn('x@example.test', 'another-guess')).statusCode, 401);
    await app.close();
  });
});
