/**
 * Nobody stalled (issue 11): beyond capacity a request gets 503 with Retry-After from a bounded
 * queue instead of waiting; /healthz never queues; /readyz says whether the database answers.
 * (How fast, under load, is measured by bench/load.ts, not here.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../src/http/app.js';
import { engines, freshDatabase } from '../support/databases.js';
import { admissionLimits } from '../../src/http/admission.js';

for (const engine of engines()) {
  describe(`bounded request queue and readiness (${engine})`, () => {
    it('runs `active` requests, queues `queue`, refuses the rest at once and the queued after waitMs; /healthz passes by', async () => {
      const database = await freshDatabase(engine);
      const app = await buildApp({ database, logLevel: 'silent', admission: { active: 1, queue: 1, waitMs: 300 } });
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      app.get('/test/slow', async () => {
        await gate;
        return { done: true };
      });
      try {
        const slow = Array.from({ length: 5 }, () => app.inject({ method: 'GET', url: '/test/slow' }));
        const health = await app.inject({ method: 'GET', url: '/healthz' });
        assert.equal(health.statusCode, 200, '/healthz answers while the queue is full');
        const refusedAtOnce = await Promise.all(slow.slice(2));
        for (const r of refusedAtOnce) {
          assert.equal(r.statusCode, 503);
          assert.equal(r.headers['retry-after'], '1');
          assert.match(r.body, /queue full/);
        }
        const queued = await slow[1]!;
        assert.equal(queued.statusCode, 503, 'the queued one gives up after waitMs');
        assert.match(queued.body, /waited too long/);
        release();
        assert.equal((await slow[0]!).statusCode, 200);
        assert.equal((await app.inject({ method: 'GET', url: '/test/slow' })).statusCode, 200, 'capacity is given back');
        const ready = await app.inject({ method: 'GET', url: '/readyz' });
        assert.equal(ready.statusCode, 200);
        assert.deepEqual(ready.json(), { database: 'ok' });
      } finally {
        await app.close();
        await database.drop();
      }
    });

    it('/readyz is 503 when the database does not answer', async () => {
      const database = await freshDatabase(engine);
      const app = await buildApp({ database, logLevel: 'silent' });
      await app.ready();
      await database.drop();
      const r = await app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(r.statusCode, 503);
      assert.deepEqual(r.json(), { database: 'unavailable' });
      await app.close();
    });
  });
}

describe('admission limits', () => {
  it('per engine, overridable from the environment', () => {
    assert.deepEqual(admissionLimits('pglite', {}), { active: 4, queue: 16, waitMs: 1000 });
    assert.deepEqual(admissionLimits('postgres', {}), { active: 8, queue: 512, waitMs: 5000 });
    assert.deepEqual(admissionLimits('pglite', { VERBIND_MAX_ACTIVE: '2', VERBIND_MAX_QUEUE: '3', VERBIND_MAX_WAIT_MS: '50' }), { active: 2, queue: 3, waitMs: 50 });
    assert.equal(admissionLimits('pglite', { VERBIND_MAX_ACTIVE: 'many' }).active, 4);
  });
});
