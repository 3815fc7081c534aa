// System packages the test suite and benchmarks need beyond npm: Debian's
// Chromium (browser and accessibility tests) and PostgreSQL server binaries
// (the database suites run on PGlite and on a real PostgreSQL). Installed
// with apt-get when missing and we are root on Debian; otherwise we say what
// to install.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function hasPostgres() {
  if (process.env.PG_BIN && existsSync(`${process.env.PG_BIN}/initdb`)) return true;
  if (!existsSync('/usr/lib/postgresql')) return false;
  return readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
}

export function ensureSystemDeps({ chromium = true, postgres = true } = {}) {
  const missing = [];
  if (chromium && !existsSync(CHROMIUM)) missing.push('chromium');
  if (postgres && !hasPostgres()) missing.push('postgresql-15');
  if (missing.length === 0) return;
  const canApt = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
  if (!canApt) {
    throw new Error(`Missing system packages: ${missing.join(', ')}. Install them (Debian: sudo apt-get install ${missing.join(' ')}) and run again.`);
  }
  console.log(`# Installing ${missing.join(', ')} from Debian (first run only)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
