/**
 * Every command while `serve` runs (issue 11): on the embedded database the server owns the folder
 * (verbind.lock) and the commands work through it, so nothing they write is lost and the server
 * sees it at once; on PostgreSQL both simply share the server. The sequence: server up →
 * `verbind import` of 2 records → a coder creates an initiative → clean stop: all there, read by
 * the next process to open the database. One server start per engine (each costs seconds of CPU).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { engines } from '../support/databases.js';
import { openDatabase } from '../../src/db/client.js';
import { verifyPassword } from '../../src/accounts/passwords.js';
import { createPostgresDatabase, runCli } from './run-cli.js';
import { populationText, REFNIS_SMALL } from '../areas/files.js';

const BIN = fileURLToPath(new URL('../../bin/verbind.js', import.meta.url));
const HEADER = 'id;name;elements;prevention;dimensions;social_isolation;age_groups;primary_actor;geographic_level';
const LIVE = `${HEADER}\nLIVE-1;Soep en praat;meeting;primary;social;ja;older;local_government;local\nLIVE-2;Wandelclub;meeting;primary;social;nee;older;local_government;local\n`;
const PASSWORD = 'Een lang en sterk wachtwoord 2026!';

/** A running `verbind serve` on a free port; resolves when it listens. */
async function startServer(cwd: string, env: Record<string, string | undefined>): Promise<{ child: ChildProcess; base: string; output: () => string; stop(): Promise<number | null> }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const full: Record<string, string | undefined> = { ...process.env, ...env, LOG_LEVEL: "warn" };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--no-seed'], { cwd, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(() => {
      if (out.includes('Verbind runs at')) {
        clearInterval(t);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(t);
      reject(new Error(`serve stopped (exit ${code}): ${out}`));
    });
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A browser in a few lines: keeps cookies, reads the CSRF token of a form, posts it. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(this.base + path, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }
  async submit(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const html = await (await this.request(path)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(token, `a CSRF token on ${path}: ${html.slice(0, 300)}`);
    const body = new URLSearchParams({ _csrf: token });
    for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    return this.request(path, { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }
}

const coderForm = {
  id: 'CODER-1', name: 'Buurtsoep van de coder', url: 'https://buurtsoep.example', description: 'Elke dinsdag soep.', partners: '', areas: '44021',
  elements: ['meeting'], prevention: 'primary', dimensions: ['social'], social_isolation: 'yes', age_groups: ['older'], course: 'unknown',
  approach: 'organised', evidence: 'unknown', primary_actor: 'local_government', geographic_level: 'neighbourhood',
};

for (const engine of engines()) {
  describe(`every command while serve runs, nothing lost (${engine})`, () => {
    let dir: string;
    let env: Record<string, string | undefined>;
    let drop: (() => Promise<void>) | undefined;
    let server: Awaited<ReturnType<typeof startServer>> | undefined;
    const cli = (...args: string[]) => runCli(args, { cwd: dir, env });
    const ok = async (...args: string[]) => {
      const r = await cli(...args);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      return r;
    };

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'verbind-live-'));
      if (engine === 'postgres') {
        const pg = await createPostgresDatabase();
        drop = pg.drop;
        env = { DATABASE_URL: pg.url, VERBIND_DATA_DIR: undefined };
      } else env = { VERBIND_DATA_DIR: join(dir, 'data'), DATABASE_URL: undefined };
      await writeFile(join(dir, 'live.csv'), LIVE);
      await writeFile(join(dir, 'TF_SOC_POP_STRUCT_2024.txt'), populationText());
      await writeFile(join(dir, 'TU_COM_REFNIS.txt'), REFNIS_SMALL);
      await writeFile(join(dir, 'rates.csv'), 'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source\nsocial_isolation,18,,,,,0.1,0.08,0.12,Test\n');
      await writeFile(join(dir, 'zones-2025.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { elz_code: 'elz29', elz_naam: 'Waasland NO' }, geometry: { type: 'Polygon', coordinates: [[[4.2, 51.2], [4.3, 51.2], [4.3, 51.3], [4.2, 51.2]]] } }] }));
      server = await startServer(dir, env);
    });
    after(async () => {
      if (server && server.child.exitCode === null) await server.stop();
      await rm(dir, { recursive: true, force: true });
      await drop?.();
    });

    it('the server owns the folder: its lock names it and where it shares the database', { skip: engine !== 'pglite' && 'PostgreSQL needs no owner' }, async () => {
      const lock = JSON.parse(await readFile(join(dir, 'data', 'verbind.lock'), 'utf8')) as { pid: number; command: string; share?: unknown };
      assert.equal(lock.pid, server!.child.pid);
      assert.equal(lock.command, 'serve');
      assert.ok(lock.share);
      const second = await cli('serve', '--port', '1');
      assert.equal(second.code, 1);
      assert.match(second.stderr, new RegExp(`in use by process ${lock.pid} \\(verbind serve\\), which serves it already`));
    });

    it('import, user add, then a coder creates an initiative: the server sees every write at once', async () => {
      const imported = await ok('import', 'live.csv');
      assert.match(imported.stdout, /2 created/);
      for (const id of ['LIVE-1', 'LIVE-2']) assert.equal((await fetch(`${server!.base}/api/v1/initiatives/${id}`)).status, 200, `${id} served at once`);
      const search = (await (await fetch(`${server!.base}/api/v1/initiatives?q=wandelclub`)).json()) as { total: number };
      assert.equal(search.total, 1, 'the catalogue (and its caches) moved');

      await ok('user', 'add', '--email', 'coder@example.org', '--role', 'coder', '--name', 'Coder Live', '--password', PASSWORD);
      const browser = new Browser(server!.base);
      const signIn = await browser.submit('/nl/sign-in', { email: 'coder@example.org', password: PASSWORD });
      assert.equal(signIn.status, 303, 'a user added live signs in at once');
      const created = await browser.submit('/nl/coding/new', coderForm);
      assert.equal(created.status, 303);
    });

    it('every other command works through the server', { skip: engine !== 'pglite' && 'on PostgreSQL the commands never went through the server (lean suite)' }, async () => {
      await ok('migrate');
      for (const format of ['json', 'csv']) assert.match((await ok('export', '--format', format, '--all')).stdout, /LIVE-1/);
      assert.match((await ok('export', '--format', 'hsds')).stdout, /"name": "Wandelclub"/);
      assert.match((await ok('report', '--format', 'json')).stdout, /"total"|initiatives/);
      await ok('import-area-hierarchy', 'TU_COM_REFNIS.txt');
      await ok('import-population', 'TF_SOC_POP_STRUCT_2024.txt');
      await ok('import-rates', 'rates.csv');
      await ok('import-areas', 'zones-2025.geojson', '--level', 'zone');
      assert.match((await ok('estimate', '--level', 'municipality', '--format', 'csv')).stdout, /^code,name,level,population/);
      await ok('user', 'password', '--email', 'coder@example.org', '--password', `${PASSWORD}?`);
      assert.equal((await new Browser(server!.base).submit('/nl/sign-in', { email: 'coder@example.org', password: `${PASSWORD}?` })).status, 303, 'a password changed live holds at once');
      await ok('backup', '--out', 'live.backup');
      const refused = await cli('restore', 'live.backup');
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /not empty/);
      assert.equal((await fetch(`${server!.base}/nl/monitor`)).status, 200);
    });

    it('after a clean stop, everything written live is there for the next process', async () => {
      assert.equal(await server!.stop(), 0);
      if (engine === 'pglite') assert.equal(existsSync(join(dir, 'data', 'verbind.lock')), false, 'the lock is released');
      // Without a server the command opens the folder itself: it reads what the server left on disk.
      const all = JSON.parse((await ok('export', '--format', 'json', '--all')).stdout) as { id: string }[];
      assert.deepEqual(all.map((i) => i.id).sort(), ['CODER-1', 'LIVE-1', 'LIVE-2']);
      if (engine === 'pglite') assert.match((await ok('estimate', '--level', 'municipality', '--format', 'csv')).stdout, /\n11002,/);
      // The account added live, with its password as last changed live: the next server signs it in.
      const database = await openDatabase(engine === 'pglite' ? { dataDir: env.VERBIND_DATA_DIR! } : { url: env.DATABASE_URL! });
      try {
        const [account] = await database.rows<{ password_hash: string }>(sql`SELECT password_hash FROM users WHERE email = 'coder@example.org'`);
        assert.ok(account, 'the account added live is stored');
        assert.equal(await verifyPassword(account.password_hash, engine === 'pglite' ? `${PASSWORD}?` : PASSWORD), true, 'with its last password');
      } finally {
        await database.close();
      }
    });

    it('a lock left by a process that is gone is taken over, with a message', { skip: engine !== 'pglite' && 'PostgreSQL needs no owner' }, async () => {
      await writeFile(join(dir, 'data', 'verbind.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, command: 'import' }));
      const r = await ok('migrate');
      assert.match(r.stderr, /taking over the database folder .* from process 4206649 \(import\), which is no longer running/);
      assert.equal(existsSync(join(dir, 'data', 'verbind.lock')), false);
    });
  });
}
