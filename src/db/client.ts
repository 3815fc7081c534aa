/**
 * Opens the database: PGlite (embedded PostgreSQL in WASM, data kept in a
 * folder) by default, or a PostgreSQL server when a connection URL is given.
 * Both get the same Drizzle API and the same migrations.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.js';
import { DatabaseBusyError, tryLock, type LockInfo } from './lock.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** For an embedded database: 'owner' (this process holds the folder) or 'server' (a running `serve` holds it; we work through it). */
  via?: 'owner' | 'server';
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
  /**
   * `serve`: own the folder and share it with other processes (PGlite in its own thread behind the
   * wire protocol). Otherwise a command opens the folder itself, or works through the server that
   * owns it.
   */
  share?: boolean;
  /** Named in the folder's lock, so a refused command can say who holds it. */
  command?: string;
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
    return overPool(pool, 'postgres', async () => {});
  }
  const dir = options.dataDir ?? './data';
  if (dir === 'memory') return inProcess(new (await pglite())(), 'memory', async () => {});
  mkdirSync(dir, { recursive: true });
  // A server starting up holds the lock a moment before it shares the database: wait for it.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const lock = tryLock(dir, options.command ?? (options.share ? 'serve' : 'command'));
    if (lock.ok) {
      try {
        if (!options.share) return await inProcess(new (await pglite())(dir), dir, async () => lock.release());
        const shared = await startDatabaseThread(dir);
        lock.share(shared.address);
        return overPool(poolFor(shared.address, Number(process.env.VERBIND_DB_POOL ?? 4)), 'pglite', async () => {
          await shared.close();
          lock.release();
        }, 'owner');
      } catch (e) {
        lock.release();
        throw e;
      }
    }
    const owner = lock.owner;
    if (owner.share && !options.share) return overPool(poolFor(owner.share, 2), 'pglite', async () => {}, 'server');
    if (options.share || Date.now() > deadline) throw busy(dir, owner);
    await sleep(200);
  }
}

/**
 * PGlite itself, loaded only by a process that opens the folder in its own thread: `serve` runs it in
 * the database thread (pglite-worker.mjs), and its main thread need not hold the module (issue 11).
 */
async function pglite(): Promise<typeof PGlite> {
  return (await import('@electric-sql/pglite')).PGlite;
}

function busy(dir: string, owner: LockInfo): DatabaseBusyError {
  return new DatabaseBusyError(`the database folder ${dir} is in use by process ${owner.pid} (verbind ${owner.command})${owner.share ? ', which serves it already' : '; try again when it has finished'}`);
}

function overPool(pool: pg.Pool, kind: Database['kind'], onClose: () => Promise<void>, via?: Database['via']): Database {
  // An idle connection the server closes (a restart, a failover, DROP DATABASE … WITH (FORCE)) is
  // reported on the pool; without a listener Node would end the process. The pool replaces the
  // connection on the next query, so a note (no query, no data) is all that is needed.
  pool.on('error', (err) => console.error(`database: an idle connection was closed by the server (${(err as { code?: string }).code ?? err.message})`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind,
    ...(via ? { via } : {}),
    rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    migrate: () => migratePg(db as never, { migrationsFolder }),
    close: async () => {
      await pool.end();
      await onClose();
    },
  };
}

async function inProcess(client: PGlite, dir: string, onClose: () => Promise<void>): Promise<Database> {
  let drizzlePglite: typeof import('drizzle-orm/pglite').drizzle;
  let migratePglite: typeof import('drizzle-orm/pglite/migrator').migrate;
  try {
    [{ drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([import('drizzle-orm/pglite'), import('drizzle-orm/pglite/migrator')]);
    await client.exec(`SET random_page_cost = ${RANDOM_PAGE_COST}`);
  } catch (e) {
    await onClose();
    throw e;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ...(dir === 'memory' ? {} : { via: 'owner' as const }),
    rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      await client.close();
      await onClose();
    },
  };
}

type Share = NonNullable<LockInfo['share']>;

function poolFor(share: Share, max: number): pg.Pool {
  // pg reaches a unix socket as host = its folder, port = the number in its name (.s.PGSQL.PORT).
  const where = 'path' in share ? { host: share.path.slice(0, share.path.lastIndexOf('/')), port: Number(share.path.slice(share.path.lastIndexOf('.') + 1)) } : share;
  return new pg.Pool({ ...where, user: 'postgres', database: 'template1', max });
}

/**
 * PGlite in a worker thread of its own, behind the wire protocol (pglite-worker.mjs): on a unix
 * socket in the folder (only the folder's owner can reach it), or on 127.0.0.1 when the folder's
 * path is too long for a socket name.
 */
async function startDatabaseThread(dir: string): Promise<{ address: Share; close(): Promise<void> }> {
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('./pglite-init.mjs', import.meta.url)), dir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`could not create the database in ${dir}: ${r.stderr.trim().split('\n').pop()}`);
  }
  const socketPath = join(resolve(dir), '.s.PGSQL.5432');
  const listen = socketPath.length < 100 ? { path: socketPath } : { host: '127.0.0.1', port: 0 };
  if ('path' in listen) (await import('node:fs')).rmSync(socketPath, { force: true }); // left by a killed server
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir: dir, listen, setup: `SET random_page_cost = ${RANDOM_PAGE_COST}` },
  });
  const address = await new Promise<Share>((resolveReady, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the database thread stopped (exit code ${code})`)));
    worker.once('message', (m: { type: string; address?: Share; message?: string }) => (m.type === 'ready' ? resolveReady(m.address!) : reject(new Error(m.message))));
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  worker.on('error', (e) => console.error(`database thread: ${e.message}`));
  return {
    address,
    close: async () => {
      const closed = new Promise<void>((r) => worker.on('message', (m: { type: string }) => m.type === 'closed' && r()));
      worker.postMessage({ type: 'close' });
      await Promise.race([closed, sleep(10_000)]);
      await worker.terminate();
    },
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
