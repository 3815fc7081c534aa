/**
 * Whole backups (issue 11): a backup of the embedded database restores into PostgreSQL and back
 * with every table equal, row for row; restore refuses a non-empty database and damaged files and
 * then changes nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { engines, freshDatabase } from '../support/databases.js';
import type { Database } from '../../src/db/client.js';
import { seedIfEmpty } from '../../src/seed/service/seed.js';
import { createUser } from '../../src/accounts/store/users.js';
import { createSession } from '../../src/accounts/store/sessions.js';
import { audit } from '../../src/audit/audit.js';
import { backupToFile, BackupError, restoreFromFile } from '../../src/backup/store/backup.js';
import { unsign } from '@fastify/cookie';
import { buildApp } from '../../src/http/app.js';
import { cookieSecret } from '../../src/http/secret.js';

/** Every table as sorted row_to_json lines; meta without the cache stamps a restore moves on purpose. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const tables = await database.rows<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const filter = name === 'meta' ? sql` WHERE key NOT IN ('catalogue_version', 'areas_revision')` : sql``;
    const rows = await database.rows<{ j: string }>(sql`SELECT row_to_json(t)::text AS j FROM ${sql.raw(`"${name}"`)} t${filter}`);
    out[name] = rows.map((r) => r.j).sort();
  }
  return out;
}

async function fill(database: Database): Promise<void> {
  await seedIfEmpty(database);
  const user = await createUser(database.db, { email: 'coder@example.org', name: 'Codeur Één', role: 'coder', password: 'een lang wachtwoord 42' });
  await createSession(database.db, user.id);
  await audit(database.db, { actorId: user.id, action: 'user.create', entity: 'user', entityId: user.id, details: { via: 'test', ratio: 2.5, note: 'één "twee"' } });
}

describe('backup and restore, whole and engine-neutral', () => {
  let dir: string;
  let source: Database;
  let a: string;
  const open: Awaited<ReturnType<typeof freshDatabase>>[] = [];
  const fresh = async (engine: 'pglite' | 'postgres') => {
    const d = await freshDatabase(engine);
    open.push(d);
    return d;
  };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbind-backup-'));
    source = await fresh('pglite');
    await fill(source);
    a = join(dir, 'a.backup');
  });
  after(async () => {
    for (const d of open) await d.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('backs up PGlite, restores into PostgreSQL and back: every table equal', async () => {
    const other = engines().includes('postgres') ? 'postgres' : 'pglite';
    const original = await snapshot(source);
    assert.ok(original.initiatives!.length >= 19 && original.initiative_revisions!.length >= 19 && original.users!.length === 1 && original.sessions!.length === 1 && original.audit_log!.length >= 1);

    const manifest = await backupToFile(source, a);
    assert.equal(manifest.engine, 'pglite');
    assert.ok(manifest.migration.count > 0);
    assert.deepEqual(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows])).initiatives, original.initiatives!.length);

    const middle = await fresh(other);
    const r1 = await restoreFromFile(middle, a);
    assert.equal(r1.rows, manifest.tables.reduce((s, t) => s + t.rows, 0));
    assert.deepEqual(await snapshot(middle), original);

    const b = join(dir, 'b.backup');
    await backupToFile(middle, b);
    const back = await fresh('pglite');
    await restoreFromFile(back, b);
    assert.deepEqual(await snapshot(back), original);

    // Serial ids continue after the restored ones: a new audit row gets a fresh id.
    await audit(back.db, { actorId: null, action: 'test', entity: 'user', entityId: 'x', details: {} });
  });

  it('a restore into a running server: it signs cookies with the restored secret at once, no restart', async () => {
    const from = await fresh('pglite');
    const restoredSecret = await cookieSecret(from);
    const file = join(dir, 'secret.backup');
    await backupToFile(from, file);
    const target = await fresh(engines().includes('postgres') ? 'postgres' : 'pglite');
    // cookieSecretCheckMs 0: read the secret before every request (serve reads it at most every 5 s).
    const app = await buildApp({ database: target, logLevel: 'silent', rateLimit: false, cookieSecretCheckMs: 0 });
    try {
      const csrfCookie = async () => {
        const res = await app.inject('/nl/survey');
        const c = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((x) => x.startsWith('_csrf='));
        assert.ok(c, 'the survey form sets its signed CSRF cookie');
        return decodeURIComponent(c.split(';')[0]!.slice('_csrf='.length));
      };
      const ownSecret = await cookieSecret(target);
      assert.notEqual(ownSecret, restoredSecret);
      assert.equal(unsign(await csrfCookie(), ownSecret).valid, true, 'before: signed with the server\'s own secret');
      await restoreFromFile(target, file);
      assert.equal(await cookieSecret(target), restoredSecret, 'the restore brought the backup\'s secret');
      const after = await csrfCookie();
      assert.equal(unsign(after, restoredSecret).valid, true, 'after: signed with the restored secret');
      assert.equal(unsign(after, ownSecret).valid, false, 'the old secret no longer signs');
    } finally {
      await app.close();
    }
  });

  it('refuses a database that is not empty, and changes nothing', async () => {
    const before = await snapshot(source);
    await assert.rejects(restoreFromFile(source, a), (e: Error) => e instanceof BackupError && /not empty \(rows in .*initiatives/.test(e.message));
    assert.deepEqual(await snapshot(source), before);
  });

  it('refuses a cut-short or foreign file, leaving the database empty', async () => {
    const lines = gunzipSync(await readFile(a)).toString('utf8').split('\n');
    const cut = join(dir, 'cut.backup');
    await writeFile(cut, gzipSync(lines.slice(0, lines.length - 4).join('\n') + '\n'));
    const foreign = join(dir, 'foreign.backup');
    await writeFile(foreign, gzipSync('{"hello":"world"}\n'));
    const target = await fresh('pglite');
    await assert.rejects(restoreFromFile(target, cut), (e: Error) => e instanceof BackupError && /damaged|incomplete/.test(e.message));
    await assert.rejects(restoreFromFile(target, foreign), (e: Error) => e instanceof BackupError && /not a Verbind backup/.test(e.message));
    const [{ n } = { n: -1 }] = await target.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM initiatives`);
    assert.equal(n, 0);
  });
});
