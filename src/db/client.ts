/**
 * Opens the database: PGlite (embedded PostgreSQL in WASM, data kept in a
 * folder) by default, or a PostgreSQL server when a connection URL is given.
 * Both get the same Drizzle API and the same migrations.
 */
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a raw SQL query and returns its rows. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, PGlite is used. */
  url?: string;
  /** Folder for PGlite's files; 'memory' for an in-memory database. */
  dataDir?: string;
}

/**
 * The catalogue's free-text facets are several times faster through the GIN
 * index; with PostgreSQL's default random_page_cost (4, tuned for spinning
 * disks) the planner reads every row once a word matches ~15% of the bank
 * (bench/run.ts, EXPLAIN ANALYZE). 1.1 is the usual value for SSD or RAM.
 */
const RANDOM_PAGE_COST = 1.1;

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: Number(process.env.VERBIND_DB_POOL ?? 10), options: `-c random_page_cost=${RANDOM_PAGE_COST}` });
    // An idle connection the server closes (a restart, a failover, DROP DATABASE … WITH (FORCE)) is
    // reported on the pool; without a listener Node would end the process. The pool replaces the
    // connection on the next query, so a note (no query, no data) is all that is needed.
    pool.on('error', (err) => console.error(`database: an idle connection was closed by the server (${(err as { code?: string }).code ?? err.message})`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const dir = options.dataDir ?? './data';
  if (dir !== 'memory') mkdirSync(dir, { recursive: true });
  const client = dir === 'memory' ? new PGlite() : new PGlite(dir);
  await client.exec(`SET random_page_cost = ${RANDOM_PAGE_COST}`);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

/** Opens the database the environment asks for: DATABASE_URL, else PGlite in VERBIND_DATA_DIR (default ./data). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.VERBIND_DATA_DIR ?? './data' };
}

export async function ping(database: Database): Promise<boolean> {
  const r = await database.rows<{ ok: number }>(sql`select 1 as ok`);
  return r[0]?.ok === 1;
}
