/** Runs the real command line (`node bin/verbind.js ...`) as a person would, in a folder of its own. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../../scripts/scratch-database.js';

const BIN = fileURLToPath(new URL('../../bin/verbind.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd: string; env: Record<string, string | undefined> }): Promise<CliResult> {
  const env = { ...process.env, ...opts.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh PostgreSQL database on the test server (TEST_DATABASE_URL), as test/support/databases.ts makes them. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createScratchDatabase(process.env.TEST_DATABASE_URL!, 'verbind_cli');
}
