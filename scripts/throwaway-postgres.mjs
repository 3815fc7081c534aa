// Starts a throwaway PostgreSQL cluster on loopback for the test suite and
// benchmarks (Debian's postgresql binaries), and stops it again.
// initdb refuses to run as root, so as root the cluster runs as 'postgres' (or 'nobody').
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findPgBin() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  return candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function runAs(user, cmd, args) {
  if (!user) return execFileSync(cmd, args, { stdio: 'pipe' });
  return execFileSync('runuser', ['-u', user, '--', cmd, ...args], { stdio: 'pipe' });
}

/** Returns { url, stop } or throws with a clear message. */
export async function startThrowawayPostgres() {
  const bin = findPgBin();
  if (!bin) throw new Error('No PostgreSQL binaries found (looked in /usr/lib/postgresql/*/bin; set PG_BIN). Install postgresql-15, or set TEST_DATABASE_URL.');
  const isRoot = process.getuid?.() === 0;
  let user;
  if (isRoot) user = spawnSync('id', ['postgres']).status === 0 ? 'postgres' : 'nobody';
  const dir = mkdtempSync(join(tmpdir(), 'verbind-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  if (user) execFileSync('chown', ['-R', user, dir]);
  runAs(user, join(bin, 'initdb'), ['-D', data, '-U', 'verbind', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
  runAs(user, join(bin, 'pg_ctl'), [
    '-D', data, '-l', join(dir, 'log'), '-w', '-t', '60',
    '-o', `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  const url = `postgres://verbind@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch { /* already down */ }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop, version: bin };
}
