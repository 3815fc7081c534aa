/**
 * kill -9 of the server under write load (issue 11): writers post survey submissions to a running
 * `verbind serve` until it is killed with SIGKILL; afterwards every submission the server
 * acknowledged (201) is in the database with its name, contact and 'submitted' event, and no
 * submission is there in part (without its contact or its event). On the embedded database (the one
 * at risk: PGlite writes its folder from the server's own process) and on PostgreSQL. The server
 * starts without the seed, on an initialised folder (test/support/initialised-folder.ts): the kill,
 * not the first start, is what this tests.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { engines } from '../support/databases.js';
import { createPostgresDatabase } from './run-cli.js';
import { initialisedFolder } from '../support/initialised-folder.js';
import { openDatabase } from '../../src/db/client.js';

const BIN = fileURLToPath(new URL('../../bin/verbind.js', import.meta.url));
const WRITERS = 6;
/** Kill once this many submissions are acknowledged: enough writes in flight, a few seconds of CI. */
const ACKNOWLEDGED_BEFORE_KILL = 40;

const submission = (name: string) => ({
  name,
  description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie.',
  location_level: 'municipality',
  age_groups: ['older'],
  target: ['at_risk'],
  evaluated: 'no',
  contact_name: `Contact ${name}`,
  contact_email: 'an@example.org',
  lang: 'nl',
});

for (const engine of engines()) {
  describe(`kill -9 of the server under write load (${engine})`, () => {
    let dir: string;
    let env: Record<string, string | undefined>;
    let dropPostgres: (() => Promise<void>) | undefined;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'verbind-server-crash-'));
      if (engine === 'postgres') {
        const scratch = await createPostgresDatabase();
        dropPostgres = scratch.drop;
        env = { DATABASE_URL: scratch.url, VERBIND_DATA_DIR: undefined };
      } else {
        env = { VERBIND_DATA_DIR: join(dir, 'data'), DATABASE_URL: undefined };
        // initdb done once per machine, not here: the server still migrates and owns the folder as on any start.
        initialisedFolder(join(dir, 'data'));
      }
    });
    after(async () => {
      await dropPostgres?.();
      await rm(dir, { recursive: true, force: true });
    });

    it('keeps every acknowledged submission whole, and leaves none in part', async () => {
      const port = 20000 + Math.floor(Math.random() * 20000);
      // The proxy is trusted so that each write can come "from" its own address: the per-address rate limit (30 per 10 minutes) is not what this tests.
      const full: Record<string, string | undefined> = { ...process.env, ...env, LOG_LEVEL: 'warn', VERBIND_TRUST_PROXY: '127.0.0.1' };
      for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
      const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--no-seed'], { cwd: dir, env: full as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      await new Promise<void>((resolve, reject) => {
        const t = setInterval(() => out.includes('Verbind runs at') && (clearInterval(t), resolve()), 100);
        child.once('exit', (code) => (clearInterval(t), reject(new Error(`serve stopped (exit ${code}): ${out}`))));
      });

      const acknowledged = new Map<string, string>(); // id → name
      let refused = 0;
      let killed = false;
      const writer = async (w: number) => {
        for (let i = 0; !killed; i++) {
          const name = `Crash ${w}-${i}`;
          try {
            const res = await fetch(`http://127.0.0.1:${port}/api/v1/submissions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${w}.${i >> 8}.${i & 255}` },
              body: JSON.stringify(submission(name)),
            });
            const body = (await res.json()) as { id?: string };
            if (res.status === 201 && body.id) acknowledged.set(body.id, name);
            else refused++;
          } catch {
            return; // the server is gone: an answer that never came acknowledged nothing
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      while (acknowledged.size < ACKNOWLEDGED_BEFORE_KILL && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      killed = true;
      await exited;
      await Promise.all(writers);
      assert.equal(refused, 0, 'every write before the kill was accepted');
      assert.ok(acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL);

      // Open the database as the next process would (on PGlite: taking over the dead server's lock).
      const database = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.VERBIND_DATA_DIR! });
      try {
        const rows = await database.rows<{ id: string; name: string; contact: string | null; events: number }>(sql`
          SELECT s.id::text AS id, s.answers->>'name' AS name, c.name AS contact,
                 (SELECT count(*)::int FROM submission_events e WHERE e.submission_id = s.id AND e.kind = 'submitted') AS events
          FROM submissions s LEFT JOIN submission_contacts c ON c.submission_id = s.id`);
        const stored = new Map(rows.map((r) => [r.id, r]));
        const lost = [...acknowledged].filter(([id, name]) => stored.get(id)?.name !== name);
        assert.deepEqual(lost, [], `acknowledged but lost (of ${acknowledged.size})`);
        const partial = rows.filter((r) => r.contact !== `Contact ${r.name}` || r.events !== 1);
        assert.deepEqual(partial, [], 'submissions without their contact or their event');
        // Writes that reached the database but whose answer the kill cut off may be there, whole; nothing else.
        assert.ok(rows.every((r) => /^Crash \d+-\d+$/.test(r.name)));
      } finally {
        await database.close();
      }
    });
  });
}
