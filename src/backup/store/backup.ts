/**
 * Whole, logical, engine-neutral backups: every table of the database, read in one snapshot
 * (a REPEATABLE READ transaction, so a live server's writes during the backup are either all in or
 * all out), written as gzip-compressed JSON Lines:
 *
 *   line 1   the manifest: format, schema migration, and per table its columns and row count
 *   then     per table, in foreign-key order: {"table": NAME} followed by one row_to_json line per row
 *   last     {"end": true} (a file without it was cut short and is refused)
 *
 * Values are PostgreSQL's own JSON rendering of each row (row_to_json) and are read back with
 * json_populate_recordset, so every type (timestamps, arrays, jsonb, numeric, bytea) survives
 * the trip exactly on PGlite (PostgreSQL 18) and PostgreSQL 15 or newer alike — unlike pg_dump,
 * which cannot read a newer server than itself.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.js';
import { bumpCatalogueVersion } from '../../initiatives/store/version.js';
import { touchAreasRevision } from '../../areas/store/boundaries.js';

export const BACKUP_FORMAT = 'verbind-backup';
export const BACKUP_VERSION = 1;
/** Rows read per query while backing up, and rows (or bytes) per INSERT while restoring. */
const READ_BATCH = 2000;
const WRITE_BATCH_ROWS = 1000;
const WRITE_BATCH_BYTES = 4 * 1024 * 1024;

export interface TableManifest {
  name: string;
  columns: string[];
  rows: number;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: Database['kind'];
  server: string;
  /** The last schema migration applied (drizzle's journal): a backup restores into the same schema or a newer one. */
  migration: { count: number; hash: string | null; createdAt: number | null };
  tables: TableManifest[];
}

export class BackupError extends Error {}

type Tx = Pick<Db, 'execute'>;
async function rows<T>(tx: Tx, q: SQL): Promise<T[]> {
  return ((await tx.execute(q)) as unknown as { rows: T[] }).rows;
}
const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** The application's tables (schema public), parents before children (foreign keys). */
async function tablesInOrder(tx: Tx): Promise<string[]> {
  const names = (await rows<{ name: string }>(tx, sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)).map((r) => r.name);
  const edges = await rows<{ child: string; parent: string }>(tx, sql`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`);
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t) === 'done') return;
    if (state.get(t) === 'visiting') throw new BackupError(`foreign keys form a cycle through ${t}`);
    state.set(t, 'visiting');
    for (const e of edges) if (e.child === t) visit(e.parent);
    state.set(t, 'done');
    out.push(t);
  };
  names.forEach(visit);
  return out;
}

/** Columns that hold data (generated columns are recomputed on restore). */
async function dataColumns(tx: Tx, table: string): Promise<string[]> {
  const r = await rows<{ name: string }>(tx, sql`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER' ORDER BY ordinal_position`);
  return r.map((c) => c.name);
}

async function lastMigration(tx: Tx): Promise<Manifest['migration']> {
  try {
    const r = await rows<{ n: number; hash: string | null; created_at: string | null }>(tx, sql`
      SELECT (SELECT count(*)::int FROM drizzle.__drizzle_migrations) AS n, hash, created_at::text AS created_at
      FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`);
    return r[0] ? { count: r[0].n, hash: r[0].hash, createdAt: r[0].created_at === null ? null : Number(r[0].created_at) } : { count: 0, hash: null, createdAt: null };
  } catch {
    return { count: 0, hash: null, createdAt: null };
  }
}

/**
 * Writes the whole database to `out` (gzip JSON Lines, see the top of this file). One snapshot:
 * everything is read in a single REPEATABLE READ, READ ONLY transaction. Returns the manifest.
 */
export async function writeBackup(database: Database, out: Writable): Promise<Manifest> {
  const gzip = createGzip();
  const done = pipeline(gzip, out);
  const write = (line: string) => (gzip.write(line + '\n') ? Promise.resolve() : new Promise<void>((resolve) => gzip.once('drain', resolve)));
  let manifest!: Manifest;
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      const tables: TableManifest[] = [];
      for (const name of await tablesInOrder(tx)) {
        const [{ n } = { n: 0 }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ${ident(name)}`);
        tables.push({ name, columns: await dataColumns(tx, name), rows: n });
      }
      const [{ version } = { version: '' }] = await rows<{ version: string }>(tx, sql`SELECT version() AS version`);
      manifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), engine: database.kind, server: version, migration: await lastMigration(tx), tables };
      await write(JSON.stringify(manifest));
      for (const t of tables) {
        await write(JSON.stringify({ table: t.name }));
        const cols = sql.join(t.columns.map((c) => sql`t.${ident(c)}`), sql`, `);
        // Pages by physical position (ctid), stable inside the snapshot; each row as PostgreSQL's own
        // JSON, passed on as text (never parsed here, so no number loses digits on the way).
        let after = '(0,0)';
        for (;;) {
          const page = await rows<{ c: string; j: string }>(tx, sql`
            SELECT t.ctid::text AS c, row_to_json(r)::text AS j FROM ${ident(t.name)} t CROSS JOIN LATERAL (SELECT ${cols}) r
            WHERE t.ctid > ${after}::tid ORDER BY t.ctid LIMIT ${READ_BATCH}`);
          for (const r of page) await write(r.j);
          if (page.length < READ_BATCH) break;
          after = page[page.length - 1]!.c;
        }
      }
      await write(JSON.stringify({ end: true }));
    });
  } catch (e) {
    gzip.destroy(e as Error);
    await done.catch(() => {});
    throw e;
  }
  gzip.end();
  await done;
  return manifest;
}

/** Backs up to a file: written beside it and renamed, so a failed backup never replaces a good file. */
export async function backupToFile(database: Database, file: string): Promise<Manifest> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const manifest = await writeBackup(database, createWriteStream(tmp));
    await rename(tmp, file);
    return manifest;
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export interface RestoreResult {
  manifest: Manifest;
  rows: number;
}

/**
 * Loads a backup into an empty, migrated database: all or nothing (one transaction). Refuses a
 * database that holds rows (the `meta` table aside, where a server keeps its cookie secret), a file
 * that is not a complete Verbind backup, and a backup whose tables or columns this schema lacks.
 */
export async function restoreBackup(database: Database, input: Readable): Promise<RestoreResult> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    const r = await lines.next();
    return r.done ? undefined : r.value;
  };
  let manifest: Manifest;
  try {
    const first = await next();
    manifest = JSON.parse(first ?? '') as Manifest;
  } catch (e) {
    throw new BackupError(`not a Verbind backup (${(e as Error).message.split('\n')[0]})`);
  }
  if (manifest?.format !== BACKUP_FORMAT || !Array.isArray(manifest.tables)) throw new BackupError('not a Verbind backup (no manifest on its first line)');
  if (manifest.version !== BACKUP_VERSION) throw new BackupError(`backup format version ${manifest.version} is not supported (this version reads ${BACKUP_VERSION})`);

  let total = 0;
  await database.db.transaction(async (tx) => {
    const here = await lastMigration(tx);
    if (manifest.migration.count > here.count) throw new BackupError(`the backup was made by a newer Verbind (schema migration ${manifest.migration.count}, this one has ${here.count}): upgrade first`);
    const tables = new Map<string, string[]>();
    for (const name of await tablesInOrder(tx)) tables.set(name, await dataColumns(tx, name));
    for (const t of manifest.tables) {
      const cols = tables.get(t.name);
      if (!cols) throw new BackupError(`the backup has a table "${t.name}" that this database does not have`);
      const missing = t.columns.filter((c) => !cols.includes(c));
      if (missing.length) throw new BackupError(`the backup's table "${t.name}" has columns this database does not have: ${missing.join(', ')}`);
    }
    const filled: string[] = [];
    for (const name of tables.keys()) {
      if (name === 'meta') continue;
      const [{ any } = { any: false }] = await rows<{ any: boolean }>(tx, sql`SELECT EXISTS (SELECT 1 FROM ${ident(name)}) AS any`);
      if (any) filled.push(name);
    }
    if (filled.length) throw new BackupError(`the database is not empty (rows in ${filled.join(', ')}); restore into a new, empty database`);

    let line = await next();
    for (const t of manifest.tables) {
      if (line === undefined || (JSON.parse(line) as { table?: string }).table !== t.name) throw new BackupError(`the backup is damaged: expected the rows of "${t.name}"`);
      const cols = sql.join(t.columns.map(ident), sql`, `);
      const conflict = t.name === 'meta' ? sql` ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value` : sql``;
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (!batch.length) return;
        await tx.execute(sql`INSERT INTO ${ident(t.name)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${ident(t.name)}, ${`[${batch.join(',')}]`}::json)${conflict}`);
        batch = [];
        bytes = 0;
      };
      for (let i = 0; i < t.rows; i++) {
        const row = await next();
        if (row === undefined || !row.startsWith('{')) throw new BackupError(`the backup is damaged: table "${t.name}" ends after ${i} of its ${t.rows} rows`);
        batch.push(row);
        bytes += row.length;
        if (batch.length >= WRITE_BATCH_ROWS || bytes >= WRITE_BATCH_BYTES) await flush();
      }
      await flush();
      total += t.rows;
      line = await next();
      await resetSequences(tx, t.name);
    }
    if (line === undefined || !(JSON.parse(line) as { end?: boolean }).end) throw new BackupError('the backup is incomplete (it was cut short)');
    // Caches of every running app instance are keyed by these stamps: make sure they all move.
    await bumpCatalogueVersion(tx as unknown as Db);
    await touchAreasRevision(tx as unknown as Db);
  });
  return { manifest, rows: total };
}

/** Serial columns continue after the restored ids. */
async function resetSequences(tx: Tx, table: string): Promise<void> {
  const seqs = await rows<{ col: string; seq: string }>(tx, sql`
    SELECT column_name AS col, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table}
      AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`);
  for (const s of seqs) {
    await tx.execute(sql`SELECT setval(${s.seq}::regclass, coalesce((SELECT max(${ident(s.col)}) FROM ${ident(table)}), 0) + 1, false)`);
  }
}

export async function restoreFromFile(database: Database, file: string): Promise<RestoreResult> {
  return restoreBackup(database, createReadStream(file));
}
