// The whole test suite: every test file under test/, with the database suites
// run against PGlite and against a real PostgreSQL server. Starts a throwaway
// PostgreSQL cluster unless TEST_DATABASE_URL points at one.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startThrowawayPostgres } from './throwaway-postgres.mjs';
import { ensureSystemDeps } from './system-deps.mjs';

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out.sort();
}

const only = process.argv.slice(2);
const files = only.length ? only : testFiles('test');
if (files.length === 0) {
  console.error('No test files found under test/.');
  process.exit(1);
}

ensureSystemDeps({ postgres: !process.env.TEST_DATABASE_URL && process.env.VERBIND_TEST_SKIP_POSTGRES !== '1' });

let pg;
const env = { ...process.env };
if (!env.TEST_DATABASE_URL && env.VERBIND_TEST_SKIP_POSTGRES !== '1') {
  pg = await startThrowawayPostgres();
  env.TEST_DATABASE_URL = pg.url;
  console.log(`# PostgreSQL for tests: ${pg.version} on ${new URL(pg.url).host}`);
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env },
);
const stop = () => pg?.stop();
process.on('SIGINT', () => { child.kill('SIGINT'); });
child.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
