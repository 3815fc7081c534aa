import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { createUser } from '../../src/accounts/store/users.js';
import { lockMinutes } from '../../src/accounts/store/throttle.js';
import { PASSWORD, testApp, WebClient } from './web-client.js';

describe('sign-in pause per account', () => {
  it('starts after 5 failures and doubles up to 15 minutes', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map(lockMinutes), [0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15]);
  });
});

describeDatabases('per-account sign-in throttling', (ctx) => {
  let app: FastifyInstance;
  const email = 'doelwit@example.test';
  before(async () => {
    app = await testApp(ctx.database);
    await createUser(ctx.database.db, { email, role: 'coder', name: 'Doelwit', password: PASSWORD });
  });
  after(async () => app?.close());

  /** The longest pause left, in seconds. */
  const longestPause = async () =>
    Math.max(0, ...(await ctx.database.rows<{ s: number }>(sql`SELECT extract(epoch FROM locked_until - now())::float AS s FROM sign_in_failures WHERE locked_until IS NOT NULL`)).map((r) => Number(r.s)));

  it('30 wrong passwords from 30 addresses, then the right one: still refused, with a plain message', async () => {
    const codes: number[] = [];
    for (let i = 1; i <= 30; i++) codes.push((await new WebClient(app, `203.0.113.${i}`).signIn(email, `verkeerd-gok-${i}`)).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 401, ...Array(26).fill(429)], 'the fifth failure starts the pause');
    const right = await new WebClient(app, '198.51.100.1').signIn(email, PASSWORD);
    assert.equal(right.statusCode, 429);
    assert.equal(right.cookies.find((c) => c.name === 'vb_session'), undefined);
    assert.match(right.body, /Er is te vaak een verkeerd wachtwoord ingevuld voor dit e-mailadres\. Voor de veiligheid kunt u zich pas binnen 1 minuut opnieuw aanmelden/);
    assert.ok(Number(right.headers['retry-after']) > 0 && Number(right.headers['retry-after']) <= 60);
    const fr = await new WebClient(app, '198.51.100.2').signIn(email, PASSWORD, 'fr');
    assert.match(fr.body, /Un mauvais mot de passe a été saisi trop souvent/);
  });

  it('answers an unknown address exactly alike, so the pause tells nothing about accounts', async () => {
    const unknown = 'niemand-hier@example.test';
    const bodies: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const res = await new WebClient(app, `192.0.2.${i}`).signIn(unknown, `verkeerd-gok-${i}`);
      bodies.push(`${res.statusCode} ${/<div[^>]*role="alert"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? ''}`);
    }
    const known = await new WebClient(app, '192.0.2.99').signIn(email, 'nog-een-gok');
    assert.equal(bodies[4], bodies[5]);
    assert.equal(`${known.statusCode} ${/<div[^>]*role="alert"[\s\S]*?<\/div>/.exec(known.body)?.[0] ?? ''}`, bodies[5]);
    assert.match(bodies[5]!, /^429 .*te vaak/s);
  });

  it('when the pause is over, the right password signs in and clears the count; the next pause is twice as long', async () => {
    await ctx.database.rows(sql`UPDATE sign_in_failures SET locked_until = now() - interval '1 second'`);
    const wrong = await new WebClient(app, '203.0.113.77').signIn(email, 'weer-verkeerd-1');
    assert.equal(wrong.statusCode, 429, 'the sixth failure pauses at once');
    const s = await longestPause();
    assert.ok(s > 100 && s <= 120, `about 2 minutes, got ${s} s`);
    await ctx.database.rows(sql`UPDATE sign_in_failures SET locked_until = now() - interval '1 second'`);
    assert.equal((await new WebClient(app, '203.0.113.78').signIn(email, PASSWORD)).statusCode, 303);
    assert.equal((await new WebClient(app, '203.0.113.79').signIn(email, 'na-succes-fout')).statusCode, 401, 'counting starts again');
  });
});
