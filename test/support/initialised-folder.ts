/**
 * An embedded database folder as PGlite's initdb leaves it (src/db/pglite-init.mjs, the step `serve`
 * and every command take on an empty folder), copied from one made once per machine, PGlite version
 * and init script, kept in the system's temporary folder. initdb costs about 9 s of CPU; a test about
 * something else (a server killed under write load) need not pay it every run. The first start on an
 * empty folder stays covered where it is the subject (test/cli/live-server.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INIT = fileURLToPath(new URL('../../src/db/pglite-init.mjs', import.meta.url));
const PGLITE_PACKAGE = fileURLToPath(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url));

function templateFolder(): string {
  const version = (JSON.parse(readFileSync(PGLITE_PACKAGE, 'utf8')) as { version: string }).version;
  const script = createHash('sha256').update(readFileSync(INIT)).digest('hex').slice(0, 12);
  const template = join(tmpdir(), `verbind-pglite-initdb-${version}-${script}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  // Made aside and renamed into place, so a folder half made (a killed run) or made by two test files
  // at once is never used.
  const making = mkdtempSync(`${template}-making-`);
  try {
    const r = spawnSync(process.execPath, [INIT, join(making, 'data')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr}`);
    try {
      renameSync(join(making, 'data'), template);
    } catch (e) {
      if (!existsSync(join(template, 'PG_VERSION'))) throw e; // else another test file made it first
    }
  } finally {
    rmSync(making, { recursive: true, force: true });
  }
  return template;
}

/** Fills `dataDir` (which must not exist yet) with a fresh, initialised, unmigrated embedded database. */
export function initialisedFolder(dataDir: string): void {
  cpSync(templateFolder(), dataDir, { recursive: true, errorOnExist: true, force: false });
}
