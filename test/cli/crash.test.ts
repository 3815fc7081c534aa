/**
 * kill -9 (issue 11): an import or a restore killed half way leaves all or nothing on the embedded
 * database, and the next command takes over the dead process's lock.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/verbind.js', import.meta.url));
const HEADER = 'id;name;elements;prevention;dimensions;social_isolation;age_groups;primary_actor;geographic_level';
const N = 400;
const BIG = `${HEADER}\n${Array.from({ length: N }, (_, i) => `K${i};Initiatief ${i};meeting;primary;social;ja;older;local_government;local`).join('\n')}\n`;

/** Starts a command, kills it with SIGKILL once it holds the folder's lock (plus `afterMs`). */
async function killMidway(args: string[], cwd: string, dataDir: string, afterMs: number): Promise<void> {
  const env: Record<string, string | undefined> = { ...process.env, VERBIND_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: env as NodeJS.ProcessEnv, stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  while (!existsSync(join(dataDir, 'verbind.lock')) && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, afterMs));
  child.kill('SIGKILL');
  await exited;
}

describe('kill -9 during an import and during a restore (embedded database)', () => {
  let dir: string;
  const cli = (data: string, ...args: string[]) => runCli(args, { cwd: dir, env: { VERBIND_DATA_DIR: join(dir, data), DATABASE_URL: undefined } });
  const ids = async (data: string) => (JSON.parse((await cli(data, 'export', '--format', 'json', '--all')).stdout || '[]') as unknown[]).length;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbind-crash-'));
    await writeFile(join(dir, 'big.csv'), BIG);
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it('an import killed half way leaves none of its rows or all; the next command takes over the lock', async () => {
    await killMidway(['import', 'big.csv'], dir, join(dir, 'a'), 1500);
    const r = await cli('a', 'import', 'big.csv');
    assert.equal(r.code, 0, r.stderr);
    const n = await ids('a');
    assert.equal(n, N, 'after a second, complete import all rows are there once');
    assert.match(r.stdout, new RegExp(`(${N} created, 0 updated|0 created, 0 updated, ${N} unchanged)`), 'the killed import wrote all or nothing');
  });

  it('a restore killed half way leaves an empty database (or a whole one), never a partial one', async () => {
    assert.equal((await cli('a', 'backup', '--out', 'a.backup')).code, 0);
    await killMidway(['restore', 'a.backup'], dir, join(dir, 'b'), 1000);
    const n = await ids('b');
    assert.ok(n === 0 || n === N, `${n} initiatives after the killed restore`);
    const again = await cli('b', 'restore', 'a.backup');
    if (n === 0) assert.equal(again.code, 0, again.stderr);
    else assert.match(again.stderr, /not empty/);
    assert.equal(await ids('b'), N);
  });
});
