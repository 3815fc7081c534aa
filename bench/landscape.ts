/**
 * Landscape benchmark: the full landscape (every axis, elements per
 * initiative, single and combined elements, gap analysis) with five
 * cross-tabs, as the JSON report GET /api/v1/landscape answers, on 100,000
 * generated initiatives (bench/generate.ts), on PostgreSQL (a throwaway
 * cluster, or BENCH_DATABASE_URL) and on PGlite. Prints p50/p95 and writes
 * .bench-results/landscape.json.
 *
 *   node --import tsx bench/landscape.ts
 *
 * Targets (issue 4): ≤ 1 s on PostgreSQL and ≤ 3 s on PGlite, read here as
 * the p95 of the series.
 *
 * Environment:
 *   BENCH_DATABASE_URL        use this PostgreSQL server (a database is created and dropped) instead of a throwaway cluster
 *   BENCH_LANDSCAPE_N         measured runs per engine (default 30)
 *   BENCH_LANDSCAPE_SIZE      initiatives (default 100000)
 *   BENCH_LANDSCAPE_ENGINES   default "postgres,pglite"
 *   BENCH_LANDSCAPE_ROWS=1    also time the reference path once (codings loaded into JavaScript and tallied there)
 *   BENCH_LANDSCAPE_PAGE=1    also time the HTML page (charts rendered with Observable Plot and jsdom)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.js';
import { computeLandscape } from '../src/landscape/service/index.js';
import { buildReport } from '../src/landscape/service/report.js';
import { formatCrossTab, parseCrossTabParam, selectionSchema } from '../src/landscape/selection.js';
import { areaPool, bulkLoad, generateInitiatives } from './generate.js';
import { createScratchDatabase } from '../scripts/scratch-database.js';
// @ts-expect-error: plain JavaScript module without types
import { startThrowawayPostgres } from '../scripts/throwaway-postgres.mjs';

const N = Number(process.env.BENCH_LANDSCAPE_N ?? 30);
const WARMUP = 3;
const SIZE = Number(process.env.BENCH_LANDSCAPE_SIZE ?? 100_000);
const ENGINES = (process.env.BENCH_LANDSCAPE_ENGINES ?? 'postgres,pglite').split(',').map((s) => s.trim()).filter(Boolean) as ('postgres' | 'pglite')[];
const TARGETS_MS: Record<string, number> = { postgres: 1000, pglite: 3000 };

/** Five cross-tabs of every kind: yes/no × yes/no (the study's table 6), axis × axis, yes/no × yes/no, a list axis × an axis, axis × yes/no. */
const CROSSTABS = ['elements:meeting,age_groups:older', 'prevention,geographic_level', 'social_isolation,geographic_level:neighbourhood', 'age_groups,prevention', 'primary_actor,age_groups:adults'].map(parseCrossTabParam);

const log = (s: string) => console.error(s);
const round = (x: number) => Math.round(x * 10) / 10;

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}
function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { n: s.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]!), mean: round(s.reduce((a, b) => a + b, 0) / s.length) };
}

interface EngineResult {
  engine: 'postgres' | 'pglite';
  size: number;
  selected: number;
  loadSeconds: number;
  /** Wall times; CPU per run of this Node process (PGlite runs inside it) and of the PostgreSQL backend. */
  landscape: Stats & { nodeCpuMsPerRun: number; serverCpuMsPerRun?: number; cpuMsPerRun: number; loadAverage: [number, number] };
  targetMs: number;
  meetsTarget: boolean;
  rowsReferenceMs?: number;
  page?: Stats;
  error?: string;
}

/**
 * CPU time (ms) of a PostgreSQL backend on this machine, from /proc (undefined
 * elsewhere): its own utime + stime, plus the postmaster's reaped children
 * (cutime + cstime), where parallel workers' time ends up. Clock ticks of 10 ms.
 */
function backendCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  const stat = (p: number | string) => readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const own = stat(pid);
  const postmaster = stat(own[1]!);
  return (Number(own[11]) + Number(own[12]) + Number(postmaster[13]) + Number(postmaster[14])) * 10;
}

async function series(fn: () => Promise<unknown>, n: number, backendPid?: number): Promise<{ ms: number[]; cpuMs: number; serverCpuMs?: number; load: [number, number] }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const load0 = loadavg()[0]!;
  const cpu0 = process.cpuUsage();
  const server0 = backendCpuMs(backendPid);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  const server1 = backendCpuMs(backendPid);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000 / n,
    ...(server0 !== undefined && server1 !== undefined ? { serverCpuMs: (server1 - server0) / n } : {}),
    load: [round(load0), round(loadavg()[0]!)],
  };
}

async function runEngine(engine: 'postgres' | 'pglite', database: Database): Promise<EngineResult> {
  await database.migrate();
  const pool = areaPool();
  let t = performance.now();
  const items = generateInitiatives({ count: SIZE, pool });
  await bulkLoad(database, items, pool);
  // The landscape is of published initiatives: publish them all, so it covers SIZE initiatives.
  await database.rows(sql`UPDATE initiatives SET status = 'published' WHERE status <> 'published'`);
  await database.rows(sql`VACUUM ANALYZE initiatives`);
  const loadSeconds = round((performance.now() - t) / 1000);
  log(`  ${engine}: ${SIZE.toLocaleString('en')} initiatives loaded in ${loadSeconds} s`);

  const selection = selectionSchema.parse({});
  const full = async () => buildReport(await computeLandscape(database, selection, CROSSTABS), 'en');
  const first = await full();
  // PostgreSQL runs with one pooled connection (VERBIND_DB_POOL=1, set in main), so its backend's CPU time is the server's work.
  const backendPid = engine === 'postgres' ? (await database.rows<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`))[0]?.pid : undefined;
  const s = await series(full, N, backendPid);
  const landscape = {
    ...stats(s.ms),
    nodeCpuMsPerRun: round(s.cpuMs),
    ...(s.serverCpuMs !== undefined ? { serverCpuMsPerRun: round(s.serverCpuMs) } : {}),
    cpuMsPerRun: round(s.cpuMs + (s.serverCpuMs ?? 0)),
    loadAverage: s.load,
  };
  log(`  ${engine}: landscape + 5 cross-tabs p50 ${landscape.p50} ms, p95 ${landscape.p95} ms (target ≤ ${TARGETS_MS[engine]} ms); CPU per run ${landscape.cpuMsPerRun} ms`);
  const result: EngineResult = { engine, size: SIZE, selected: first.n, loadSeconds, landscape, targetMs: TARGETS_MS[engine]!, meetsTarget: landscape.p95 <= TARGETS_MS[engine]! };

  if (process.env.BENCH_LANDSCAPE_ROWS === '1') {
    t = performance.now();
    await computeLandscape(database, selection, CROSSTABS, { method: 'rows' });
    result.rowsReferenceMs = round(performance.now() - t);
    log(`  ${engine}: reference path (rows into JavaScript) ${result.rowsReferenceMs} ms`);
  }
  if (process.env.BENCH_LANDSCAPE_PAGE === '1') {
    const { renderStandalone } = await import('../src/landscape/web/standalone.js');
    const page = async () => {
      const l = await computeLandscape(database, selection, CROSSTABS);
      return renderStandalone('nl', { report: buildReport(l, 'nl'), selection, crosstabs: CROSSTABS, shareUrl: '/nl/landscape' });
    };
    result.page = stats((await series(page, Math.min(N, 10))).ms);
    log(`  ${engine}: HTML report with charts p50 ${result.page.p50} ms, p95 ${result.page.p95} ms`);
  }
  return result;
}

const cleanups: (() => Promise<unknown> | unknown)[] = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (e) {
      log(`cleanup: ${(e as Error).message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

async function main() {
  const results: EngineResult[] = [];
  let postgresVersion: string | undefined;
  for (const engine of ENGINES) {
    let database: Database | undefined;
    try {
      if (engine === 'postgres') {
        let admin = process.env.BENCH_DATABASE_URL;
        if (!admin) {
          const server = await startThrowawayPostgres();
          cleanups.push(() => server.stop());
          admin = server.url as string;
        }
        const created = await createScratchDatabase(admin, 'verbind_bench_landscape');
        cleanups.push(created.drop);
        process.env.VERBIND_DB_POOL = '1';
        database = await openDatabase({ url: created.url });
        postgresVersion = (await database.rows<{ v: string }>(sql`SELECT current_setting('server_version') AS v`))[0]?.v;
      } else database = await openDatabase({ dataDir: 'memory' });
      log(`${engine}${postgresVersion && engine === 'postgres' ? ` ${postgresVersion}` : ''}:`);
      results.push(await runEngine(engine, database));
    } catch (e) {
      log(`  ${engine}: ERROR ${(e as Error).stack ?? e}`);
      results.push({ engine, size: SIZE, selected: 0, loadSeconds: 0, landscape: { n: 0, p50: 0, p95: 0, max: 0, mean: 0, nodeCpuMsPerRun: 0, cpuMsPerRun: 0, loadAverage: [0, 0] }, targetMs: TARGETS_MS[engine]!, meetsTarget: false, error: (e as Error).message });
    } finally {
      await database?.close();
    }
  }
  await cleanup();

  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: postgresVersion };
  console.log(`\nLandscape benchmark: full landscape + 5 cross-tabs as the JSON report, ${SIZE.toLocaleString('en')} initiatives, n=${N} per engine after ${WARMUP} warm-up runs`);
  console.log(`Machine: ${machine.cpus} × ${machine.cpu ?? '?'}, ${machine.memGiB} GiB; Node ${machine.node}; PostgreSQL ${postgresVersion ?? '-'}; times in ms`);
  console.log('engine    selected   p50      p95      max      target   cpu/run (node+server)  load avg   verdict');
  for (const r of results) {
    const l = r.landscape;
    console.log(
      [r.engine.padEnd(8), String(r.selected).padStart(9), String(l.p50).padStart(8), String(l.p95).padStart(8), String(l.max).padStart(8), `≤ ${r.targetMs}`.padStart(8), `${l.cpuMsPerRun} (${l.nodeCpuMsPerRun}+${l.serverCpuMsPerRun ?? '-'})`.padStart(21), l.loadAverage.join('-').padStart(10), r.error ? `ERROR: ${r.error}` : r.meetsTarget ? 'p95 ok' : 'p95 MISSED'].join('  '),
    );
  }
  console.log('cpu/run: CPU time per landscape, this Node process (PGlite runs inside it) + the PostgreSQL backend: about the wall time on an idle machine, as the work is sequential.');
  console.log('load avg: 1-minute load average before and after the series (2 cores: above ~2 other processes compete for the CPU and wall times stretch).');
  mkdirSync('.bench-results', { recursive: true });
  writeFileSync(
    '.bench-results/landscape.json',
    `${JSON.stringify({ at: new Date().toISOString(), machine, settings: { n: N, warmup: WARMUP, size: SIZE, crosstabs: CROSSTABS.map(formatCrossTab) }, targetsMs: TARGETS_MS, results }, null, 2)}\n`,
  );
  console.log('Written to .bench-results/landscape.json');
  if (results.some((r) => r.error)) process.exitCode = 1;
}

await main();
