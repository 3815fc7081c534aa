/**
 * What every benchmark does around its measurement: the engines to run on (BENCH_ENGINES), a
 * fresh database on each (PGlite in memory; PostgreSQL in a scratch database of BENCH_DATABASE_URL
 * or of a throwaway cluster, dropped afterwards), and the results file in .bench-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { openDatabase, type Database } from '../src/db/client.js';
import { nodeEnv } from './production-env.js';
// @ts-expect-error: plain JavaScript module without types
import { startThrowawayPostgres } from '../scripts/throwaway-postgres.mjs';
import { createScratchDatabase } from '../scripts/scratch-database.js';

export type Engine = 'pglite' | 'postgres';

/** BENCH_ENGINES as a list, or `defaults` (comma-separated). */
export function benchEngines(defaults: string): Engine[] {
  return (process.env.BENCH_ENGINES ?? defaults)
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is Engine => s === 'pglite' || s === 'postgres');
}

/**
 * Runs `measure` on a fresh, migrated database of each engine, PGlite first. PostgreSQL that
 * cannot be started is reported as skipped rather than failing the PGlite figures.
 */
export async function onEachEngine<R>(
  engines: readonly Engine[],
  scratchPrefix: string,
  measure: (engine: Engine, database: Database) => Promise<R>,
): Promise<(R | { engine: 'postgres'; skipped: string })[]> {
  const results: (R | { engine: 'postgres'; skipped: string })[] = [];
  if (engines.includes('pglite')) {
    const d = await openDatabase({ dataDir: 'memory' });
    try {
      await d.migrate();
      results.push(await measure('pglite', d));
    } finally {
      await d.close();
    }
  }
  if (engines.includes('postgres')) {
    let server: { url: string; stop(): void } | undefined;
    let adminUrl = process.env.BENCH_DATABASE_URL;
    try {
      if (!adminUrl) {
        server = (await startThrowawayPostgres()) as { url: string; stop(): void };
        adminUrl = server.url;
      }
      const scratch = await createScratchDatabase(adminUrl, scratchPrefix);
      const d = await openDatabase({ url: scratch.url });
      try {
        await d.migrate();
        results.push(await measure('postgres', d));
      } finally {
        await d.close();
        await scratch.drop();
      }
    } catch (e) {
      console.error(`PostgreSQL skipped: ${(e as Error).message}`);
      results.push({ engine: 'postgres', skipped: (e as Error).message });
    } finally {
      server?.stop();
    }
  }
  return results;
}

/** Writes .bench-results/NAME.json with the machine's description beside `fields`. */
export function writeBenchResults(name: string, fields: Record<string, unknown>): void {
  mkdirSync('.bench-results', { recursive: true });
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30) };
  writeFileSync(`.bench-results/${name}.json`, JSON.stringify({ bench: name, date: new Date().toISOString(), nodeEnv, ...machine, ...fields }, null, 2) + '\n');
  console.log(`wrote .bench-results/${name}.json`);
}
