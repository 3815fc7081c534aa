/**
 * Several app instances on one database behave as one: rate limits and the
 * per-account sign-in pause are counted in the database, and a write through
 * one instance is found by the other's catalogue search. On PostgreSQL (the
 * real case) each instance has its own connection pool; on PGlite two apps in
 * one process share the one database object.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { engines } from '../support/databases.js';
import { createScratchDatabase } from '../../scripts/scratch-database.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/http/app.js';
import { createUser } from '../../src/accounts/store/users.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { PASSWORD, WebClient } from '../accounts/web-client.js';

for (const engine of engines()) {
  describe(`two app instances on one database [${engine}]`, () => {
    let a: Database;
    let b: Database;
    let drop = async () => {};
    let appA: FastifyInstance;
    let appB: FastifyInstance;
    before(async () => {
      if (engine === 'pglite') {
        a = b = await openDatabase({ dataDir: 'memory' });
        drop = () => a.close();
      } else {
        const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'verbind_test');
        a = await openDatabase({ url: scratch.url });
        b = await openDatabase({ url: scratch.url });
        drop = async () => {
          await a.close();
          await b.close();
          await scratch.drop();
        };
      }
      await a.migrate();
      appA = await buildApp({ database: a, logLevel: 'silent', signInRateLimit: 3 });
      appB = await buildApp({ database: b, logLevel: 'silent', signInRateLimit: 3 });
    });
    after(async () => {
      await appA?.close();
      await appB?.close();
      await drop();
    });

    it('a rate limit reached through one instance holds on the other', async () => {
      // Posts without a CSRF token are refused (403) but still counted, like any attempt.
      const post = (app: FastifyInstance) => app.inject({ method: 'POST', url: '/nl/sign-in', remoteAddress: '203.0.113.50', payload: { email: 'x@example.test', password: 'x' } });
      const codes = [await post(appA), await post(appB), await post(appA), await post(appB), await post(appA)].map((r) => r.statusCode);
      assert.deepEqual(codes, [403, 403, 403, 429, 429]);
    });

    it('a sign-in pause started through one instance holds on the other', async () => {
      await createUser(a.db, { email: 'gedeeld@example.test', role: 'coder', name: 'Gedeeld', password: PASSWORD });
      for (let i = 1; i <= 5; i++) await new WebClient(appA, `198.51.100.${i}`).signIn('gedeeld@example.test', `fout-wachtwoord-${i}`);
      assert.equal((await new WebClient(appB, '198.51.100.99').signIn('gedeeld@example.test', PASSWORD)).statusCode, 429);
    });

    it("a write through one instance is found by the other's catalogue search", async () => {
      const before = await appB.inject('/api/v1/initiatives?q=Zeldzaamheidscafe');
      assert.equal(before.json().total, 0);
      await saveInitiatives(a.db, [initiative({ id: 'TWEE-1', name: 'Zeldzaamheidscafe Gent' })], { actor: SYSTEM, defaultSource: 'test' });
      const after = await appB.inject('/api/v1/initiatives?q=Zeldzaamheidscafe');
      assert.deepEqual(after.json().items.map((i: { id: string }) => i.id), ['TWEE-1']);
    });
  });
}
