/**
 * A fuzz test generated from /openapi.json (issue 11): for every operation at
 * least 20 invalid and boundary requests (test/edge/openapi-fuzz.ts); none may
 * get a 5xx. Bad input is a 4xx naming the field, or an empty result.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { buildApp } from '../../src/http/app.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { fuzzCases, type OpenApiDoc } from './openapi-fuzz.js';

describeDatabases('OpenAPI fuzz', (ctx) => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ database: ctx.database, logLevel: 'silent' });
    await saveInitiatives(ctx.database.db, [initiative({ id: 'F001', name: 'Buddywerking', elements: ['meeting'], age_groups: ['older'] })], { actor: SYSTEM, defaultSource: 'fuzz.json' });
  });
  after(async () => app?.close());

  it('no generated request gets a 5xx', async () => {
    const doc = (await app.inject('/openapi.json')).json() as OpenApiDoc;
    const documented = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    // HSDS and the public pages are not in the OpenAPI document; their parameters, described the same way, are fuzzed too.
    const cases = fuzzCases({ paths: { ...doc.paths, ...UNDOCUMENTED } });
    const perOperation = new Map<string, number>();
    for (const c of cases) perOperation.set(c.operation, (perOperation.get(c.operation) ?? 0) + 1);
    assert.ok(documented >= 8 && perOperation.size === documented + Object.keys(UNDOCUMENTED).length, `operations: ${[...perOperation.keys()].join(', ')}`);
    for (const [op, n] of perOperation) assert.ok(n >= 20, `${op}: only ${n} cases`);

    const failures: string[] = [];
    const statuses = new Map<string, Map<number, number>>();
    let i = 0;
    for (const c of cases) {
      i++;
      // Each case from its own address, so per-address rate limits (429, also fine) do not hide the handler.
      const res = await app.inject({
        method: c.method as 'GET' | 'POST',
        url: c.url,
        remoteAddress: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        ...(c.body !== undefined ? { payload: c.body, headers: { 'content-type': c.contentType! } } : {}),
      });
      const seen = statuses.get(c.operation) ?? new Map<number, number>();
      statuses.set(c.operation, seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1));
      if (res.statusCode >= 500) failures.push(`${c.operation} [${c.label}] → ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    console.log(`# OpenAPI fuzz [${ctx.engine}]: ${documented} documented + ${perOperation.size - documented} other operations × ${Math.min(...perOperation.values())}–${Math.max(...perOperation.values())} cases = ${cases.length} requests, ${failures.length} with 5xx`);
    for (const [op, seen] of statuses) console.log(`#   ${op}: ${[...seen].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    // The requests reach the handlers: every operation refuses some as 400 (not only 404s from the router).
    for (const [op, seen] of statuses) assert.ok((seen.get(400) ?? 0) > 0, `${op} never answered 400`);
    assert.deepEqual(failures, []);
  });
});

const q = (...names: string[]) => names.map((name) => ({ name, in: 'query' as const, schema: { type: 'string' } }));
const id = [{ name: 'id', in: 'path' as const, schema: { type: 'string' } }];
const UNDOCUMENTED: OpenApiDoc['paths'] = {
  '/hsds/services': { get: { parameters: q('search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'page', 'per_page', 'lang') } },
  '/hsds/services/{id}': { get: { parameters: id } },
  '/hsds/organizations': { get: { parameters: q('search', 'page', 'per_page') } },
  '/hsds/service_at_locations': { get: { parameters: q('page', 'per_page', 'lang') } },
  '/hsds/taxonomy_terms': { get: { parameters: q('search', 'taxonomy_id', 'page', 'per_page', 'lang') } },
  '/nl': { get: { parameters: q('q', 'elements', 'area', 'page', 'source') } },
  '/nl/initiatives/{id}': { get: { parameters: id } },
  '/nl/landscape': { get: { parameters: q('source', 'elements', 'crosstab', 'registered_from', 'registered_to') } },
  '/nl/monitor': { get: { parameters: q('level', 'indicator', 'year', 'threshold', 'model') } },
};
