import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { findUserByEmail, findUserById } from '../../src/accounts/store/users.js';
import { recentAuditEvents } from '../../src/audit/audit.js';
import { PASSWORD, signedIn, testApp, WebClient } from './web-client.js';

describeDatabases('account administration', (ctx) => {
  let app: FastifyInstance;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  const users = '/nl/admin/users';

  before(async () => {
    app = await testApp(ctx.database);
    admin = await signedIn(app, 'admin', 'Beheerder Bart');
  });

  it('sends anonymous visitors to the sign-in page and back', async () => {
    const res = await new WebClient(app).get(users);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/nl/sign-in?next=%2Fnl%2Fadmin%2Fusers');
  });

  it('refuses coders (403 page), also for posts, and creates nothing', async () => {
    const { client } = await signedIn(app, 'coder');
    const page = await client.get(users);
    assert.equal(page.statusCode, 403);
    assert.match(page.body, /Niet toegestaan/);
    const token = await client.csrf('/nl/coding');
    const res = await client.post(users, { _csrf: token, email: 'sneaky@example.test', role: 'admin', password: PASSWORD });
    assert.equal(res.statusCode, 403);
    assert.equal(await findUserByEmail(ctx.database.db, 'sneaky@example.test'), undefined);
  });

  it('lists accounts for admins', async () => {
    const res = await admin.client.get(users);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes(admin.email));
    assert.match(res.body, /Dit bent u zelf/);
    assert.equal(res.headers['cache-control'], 'no-store');
  });

  it('adds an account with a chosen password, audited without address or password', async () => {
    const res = await admin.client.submit(users, users, { email: 'Nieuwe.Coder@example.test', name: 'Nina', role: 'coder', password: 'gekozen wachtwoord' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/nl/admin/users?done=added');
    const created = await findUserByEmail(ctx.database.db, 'nieuwe.coder@example.test');
    assert.equal(created?.role, 'coder');
    assert.match(created!.passwordHash, /^\$argon2id\$/);
    const [event] = await recentAuditEvents(ctx.database.db, 1);
    assert.equal(event!.action, 'user.create');
    assert.equal(event!.actorId, admin.user.id);
    assert.equal(event!.entityId, created!.id);
    assert.doesNotMatch(JSON.stringify(event), /@|gekozen/);
    assert.match((await admin.client.get(res.headers.location as string)).body, /Het account is toegevoegd/);
  });

  it('generates a password when none is given and shows it once', async () => {
    const res = await admin.client.submit(users, users, { email: 'gen@example.test', role: 'admin', password: '' });
    assert.equal(res.statusCode, 200);
    const shown = /<code>([a-z2-9-]{19})<\/code>/.exec(res.body)?.[1];
    assert.ok(shown, 'password shown');
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal((await new WebClient(app).signIn('gen@example.test', shown)).statusCode, 303);
  });

  it('refuses a duplicate address and bad input, naming each field (400)', async () => {
    const dup = await admin.client.submit(users, users, { email: 'GEN@example.test', role: 'coder', password: PASSWORD });
    assert.equal(dup.statusCode, 400);
    assert.match(dup.body, /href="#f-email"/);
    assert.match(dup.body, /Er bestaat al een account met dit e-mailadres/);
    const bad = await admin.client.submit(users, users, { email: 'geen adres', role: 'boss', password: 'kort' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Vul een geldig e-mailadres in/);
    assert.match(bad.body, /Kies een rol/);
    assert.match(bad.body, /Het wachtwoord is te kort/);
    assert.match(bad.body, /aria-invalid="true"/);
    assert.doesNotMatch(bad.body, /value="kort"/, 'a typed password is never sent back');
    const repeated = await admin.client.submit(users, users, { email: 'zwak@example.test', role: 'coder', password: 'aaaaaaaaaa' });
    assert.equal(repeated.statusCode, 400);
    assert.match(repeated.body, /Dit wachtwoord herhaalt tekens of volgt een reeks/);
    const common = await admin.client.submit('/fr/admin/users', '/fr/admin/users', { email: 'zwak@example.test', role: 'coder', password: 'Password123' });
    assert.equal(common.statusCode, 400);
    assert.match(common.body, /Ce mot de passe est très courant/);
    assert.equal(await findUserByEmail(ctx.database.db, 'zwak@example.test'), undefined, 'no account made');
  });

  it('changes a role, switches an account off (signing it out) and on again, all audited', async () => {
    const other = await signedIn(app, 'coder', 'Coder Chris');
    const base = `${users}/${other.user.id}`;
    assert.equal((await admin.client.submit(users, `${base}/role`, { role: 'admin' })).statusCode, 303);
    assert.equal((await findUserById(ctx.database.db, other.user.id))?.role, 'admin');
    assert.equal((await recentAuditEvents(ctx.database.db, 1))[0]!.action, 'user.role');

    assert.equal((await admin.client.submit(users, `${base}/deactivate`, {})).statusCode, 303);
    assert.equal((await findUserById(ctx.database.db, other.user.id))?.active, false);
    assert.equal((await other.client.get('/nl/coding')).statusCode, 303, 'the switched-off account is signed out');
    assert.equal((await new WebClient(app).signIn(other.email, PASSWORD)).statusCode, 401);

    assert.equal((await admin.client.submit(users, `${base}/activate`, {})).statusCode, 303);
    assert.equal((await new WebClient(app).signIn(other.email, PASSWORD)).statusCode, 303);
    const actions = (await recentAuditEvents(ctx.database.db, 20)).filter((e) => e.entityId === other.user.id).map((e) => e.action);
    assert.ok(['user.role', 'user.deactivate', 'user.activate'].every((a) => actions.includes(a)));
  });

  it('makes a new password for someone, shown once, old one stops working', async () => {
    const other = await signedIn(app, 'coder');
    const res = await admin.client.submit(users, `${users}/${other.user.id}/password`, {});
    const shown = /<code>([a-z2-9-]{19})<\/code>/.exec(res.body)?.[1];
    assert.ok(shown);
    assert.equal((await new WebClient(app).signIn(other.email, PASSWORD)).statusCode, 401);
    assert.equal((await new WebClient(app).signIn(other.email, shown)).statusCode, 303);
  });

  it('does not let admins switch off or demote themselves', async () => {
    const res = await admin.client.submit(users, `${users}/${admin.user.id}/deactivate`, {});
    assert.equal(res.statusCode, 409);
    assert.equal((await findUserById(ctx.database.db, admin.user.id))?.active, true);
  });

  it('refuses admin posts without CSRF token (403) and changes nothing', async () => {
    const other = await signedIn(app, 'coder');
    const res = await admin.client.post(`${users}/${other.user.id}/deactivate`, {});
    assert.equal(res.statusCode, 403);
    assert.equal((await findUserById(ctx.database.db, other.user.id))?.active, true);
  });
});
