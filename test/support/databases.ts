/**
 * Runs a database test suite against both engines Verbind supports:
 * PGlite (in memory) and the PostgreSQL server in TEST_DATABASE_URL
 * (a fresh database per suite, dropped afterwards).
 */
import { after, before, describe } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.js';

export type Engine = 'pglite' | 'postgres';

export function engines(): Engine[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.VERBIND_TEST_SKIP_POSTGRES === '1') return ['pglite'];
  throw new Error('TEST_DATABASE_URL is not set: run the suite with `npm test`, which starts a throwaway PostgreSQL.');
}

export async function freshDatabase(engine: Engine): Promise<Database & { drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const d = await openDatabase({ dataDir: 'memory' });
    await d.migrate();
    return Object.assign(d, { drop: () => d.close() });
  }
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  const name = `verbind_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  const d = await openDatabase({ url: url.toString() });
  await d.migrate();
  return Object.assign(d, {
    drop: async () => {
      await d.close();
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  });
}

/** describe() once per engine; `ctx.db` is a migrated, empty database for that suite. */
export function describeDatabases(title: string, body: (ctx: { database: Database; engine: Engine }) => void): void {
  for (const engine of engines()) {
    describe(`${title} [${engine}]`, () => {
      const ctx = { engine } as { database: Database; engine: Engine };
      let d: Awaited<ReturnType<typeof freshDatabase>>;
      before(async () => {
        d = await freshDatabase(engine);
        ctx.database = d;
      });
      after(async () => {
        await d?.drop();
      });
      body(ctx);
    });
  }
}
