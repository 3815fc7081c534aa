/**
 * Runs a database test suite against both engines Verbind supports:
 * PGlite (in memory) and the PostgreSQL server in TEST_DATABASE_URL
 * (a fresh database per suite, dropped afterwards).
 */
import { after, before, describe } from 'node:test';
import { createScratchDatabase } from '../../scripts/scratch-database.js';
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
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'verbind_test');
  const d = await openDatabase({ url: scratch.url });
  await d.migrate();
  return Object.assign(d, {
    drop: async () => {
      await d.close();
      await scratch.drop();
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
