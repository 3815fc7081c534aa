/**
 * Area monitor benchmark: import of the synthetic Statbel population file, and estimates for all
 * municipalities and for all ~10,900 statistical sectors of Flanders and Brussels, on PGlite (a
 * data folder on disk, as installed) and on PostgreSQL (a throwaway cluster, or
 * BENCH_DATABASE_URL). Prints a table and writes .bench-results/monitor.json.
 *
 * Targets (issue): import ≤ 15 s; all municipalities ≤ 200 ms; all sectors ≤ 1 s. The estimate
 * targets are checked against the p95 of "uncached" runs: population and area data already loaded
 * by an earlier request (as in a running server), the estimate itself computed every time, with
 * every indicator of the default model. Also reported: the first, cold run (everything read from
 * the database), one indicator (what a map shows), and repeated identical requests (result cache).
 *
 * Run on its own: node --import tsx bench/monitor.ts
 * Environment:
 *   BENCH_DATABASE_URL       use this PostgreSQL server (a database is created and dropped)
 *   BENCH_MONITOR_ENGINES    default "pglite,postgres"
 *   BENCH_MONITOR_N          measured runs per series (default 20)
 *   BENCH_DATA               folder of the shared data files (default ../shared/data)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type Database } from '../src/db/client.js';
import { importAreaHierarchy } from '../src/areas/service/import.js';
import { AreaModel } from '../src/areas/store/query.js';
import { clearPopulationCache, importPopulation } from '../src/monitor/store/population.js';
import { clearEstimateCache, estimateMonitor, type MonitorEstimateRequest } from '../src/monitor/service/estimate.js';
import { supplyByArea } from '../src/monitor/service/supply.js';
import { defaultModel } from '../src/monitor/default-rates.js';
// @ts-expect-error: plain JavaScript module without types
import { startThrowawayPostgres } from '../scripts/throwaway-postgres.mjs';
import { createScratchDatabase } from '../scripts/scratch-database.js';

const DATA = resolve(process.env.BENCH_DATA ?? new URL('../../shared/data/', import.meta.url).pathname);
const FILES = {
  population: join(DATA, 'population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip'),
  sectors: join(DATA, 'population/SYNTHETIC_OPENDATA_SECTOREN_2024.zip'),
  hierarchy: join(DATA, 'areas/statistical-sectors-2025-flanders-brussels.csv'),
  zones: join(DATA, 'areas/eerstelijnszones-2025.csv'),
};
const N = Number(process.env.BENCH_MONITOR_N ?? 20);
const ENGINES = (process.env.BENCH_MONITOR_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim()).filter(Boolean) as ('pglite' | 'postgres')[];
const TARGETS = { importMs: 15000, municipalitiesMs: 200, sectorsMs: 1000 };

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  /** CPU of this Node process per run (includes PGlite), ms. */
  cpuMs: number;
  /** 1-minute load average before and after: other work on the machine inflates wall times. */
  load: [number, number];
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const log = (s: string) => process.stderr.write(`${s}\n`);

async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms: r1(ms), cpuMs: r1((c.user + c.system) / 1000), value };
}

async function series(label: string, fn: () => Promise<unknown>, before?: () => void, n = N): Promise<Stats> {
  for (let i = 0; i < 2; i++) {
    before?.();
    await fn();
  }
  const ms: number[] = [];
  const load0 = loadavg()[0]!;
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    before?.();
    const t0 = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const c = process.cpuUsage(c0);
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  const st: Stats = { n, p50: r1(at(0.5)), p95: r1(at(0.95)), max: r1(s[s.length - 1]!), cpuMs: r1((c.user + c.system) / 1000 / n), load: [r1(load0), r1(loadavg()[0]!)] };
  log(`    ${label}: p50 ${st.p50} p95 ${st.p95} max ${st.max} ms; CPU ${st.cpuMs} ms/run; load ${st.load.join(' → ')}`);
  return st;
}

interface EngineResult {
  engine: string;
  imports: Record<string, { ms: number; cpuMs: number; rows?: number }>;
  estimates: Record<string, { areas: number; cold?: { ms: number; cpuMs: number }; uncached: Stats; cached?: Stats }>;
  supply: Record<string, Stats>;
}

async function runEngine(engine: 'pglite' | 'postgres', database: Database): Promise<EngineResult> {
  const db = database.db;
  const out: EngineResult = { engine, imports: {}, estimates: {}, supply: {} };
  log(`  ${engine}: importing`);
  const pop = await timeOnce(() => importPopulation(db, FILES.population));
  out.imports.population = { ms: pop.ms, cpuMs: pop.cpuMs, rows: pop.value.rows };
  log(`    population (${pop.value.rows.toLocaleString('en')} rows, ${pop.value.areaCount} municipalities): ${pop.ms} ms (CPU ${pop.cpuMs})`);
  const sec = await timeOnce(() => importPopulation(db, FILES.sectors));
  out.imports.sectorTotals = { ms: sec.ms, cpuMs: sec.cpuMs, rows: sec.value.rows };
  const hier = await timeOnce(() => importAreaHierarchy(database, FILES.hierarchy));
  out.imports.sectorHierarchy = { ms: hier.ms, cpuMs: hier.cpuMs, rows: hier.value.rows };
  const zones = await timeOnce(() => importAreaHierarchy(database, FILES.zones));
  out.imports.careZones = { ms: zones.ms, cpuMs: zones.cpuMs, rows: zones.value.rows };
  log(`    sector totals ${sec.ms} ms, sector hierarchy ${hier.ms} ms, care zones ${zones.ms} ms`);

  const model = defaultModel();
  const clearAll = () => {
    clearPopulationCache(db);
    AreaModel.clearCache(db);
    clearEstimateCache(db);
  };
  const cases: [string, MonitorEstimateRequest][] = [
    ['municipalities', { level: 'municipality', model }],
    ['municipalities, one indicator', { level: 'municipality', model, indicators: ['loneliness_often'] }],
    ['sectors', { level: 'sector', model }],
    ['sectors, one indicator', { level: 'sector', model, indicators: ['loneliness_often'] }],
    ['care zones', { level: 'zone', model }],
  ];
  for (const [label, req] of cases) {
    clearAll();
    const cold = await timeOnce(() => estimateMonitor(db, req));
    log(`    ${label} (${cold.value.areas.length} areas) cold: ${cold.ms} ms (CPU ${cold.cpuMs})`);
    const uncached = await series(`${label} uncached`, () => estimateMonitor(db, req), () => clearEstimateCache(db));
    const cached = label === 'municipalities' || label === 'sectors' ? await series(`${label} cached`, () => estimateMonitor(db, req)) : undefined;
    out.estimates[label] = { areas: cold.value.areas.length, cold: { ms: cold.ms, cpuMs: cold.cpuMs }, uncached, ...(cached ? { cached } : {}) };
  }
  out.supply.municipalities = await series('supply per municipality (no initiatives with areas)', () => supplyByArea(db, { level: 'municipality' }));
  return out;
}

async function main(): Promise<void> {
  for (const f of Object.values(FILES)) if (!existsSync(f)) throw new Error(`missing data file ${f} (set BENCH_DATA)`);
  const results: EngineResult[] = [];
  log(`Area monitor benchmark: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load ${loadavg().map(r1).join(' ')}`);
  for (const engine of ENGINES) {
    if (engine === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'verbind-bench-monitor-'));
      const database = await openDatabase({ dataDir: dir });
      try {
        await database.migrate();
        results.push(await runEngine('pglite', database));
      } finally {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      let server: { url: string; stop(): void; version?: string } | undefined;
      const adminUrl = process.env.BENCH_DATABASE_URL ?? (server = await startThrowawayPostgres()).url;
      const scratch = await createScratchDatabase(adminUrl, 'verbind_bench_monitor');
      const database = await openDatabase({ url: scratch.url });
      try {
        await database.migrate();
        results.push(await runEngine('postgres', database));
      } finally {
        await database.close();
        await scratch.drop();
        server?.stop();
      }
    }
  }

  // Table
  const rows: string[][] = [['engine', 'measure', 'p50 / once (ms)', 'p95 (ms)', 'CPU (ms)', 'target', 'ok']];
  const check = (v: number, t: number) => (v <= t ? 'yes' : 'NO');
  for (const r of results) {
    const p = r.imports.population!;
    rows.push([r.engine, 'import TF_SOC_POP_STRUCT (601,679 rows)', String(p.ms), '', String(p.cpuMs), `≤ ${TARGETS.importMs}`, check(p.ms, TARGETS.importMs)]);
    for (const k of ['sectorTotals', 'sectorHierarchy', 'careZones']) rows.push([r.engine, `import ${k}`, String(r.imports[k]!.ms), '', String(r.imports[k]!.cpuMs), '', '']);
    for (const [label, e] of Object.entries(r.estimates)) {
      const target = label === 'municipalities' ? TARGETS.municipalitiesMs : label === 'sectors' ? TARGETS.sectorsMs : undefined;
      rows.push([r.engine, `${label} (${e.areas}) cold`, String(e.cold!.ms), '', String(e.cold!.cpuMs), '', '']);
      rows.push([r.engine, `${label} (${e.areas}) uncached`, String(e.uncached.p50), String(e.uncached.p95), String(e.uncached.cpuMs), target ? `≤ ${target}` : '', target ? check(e.uncached.p95, target) : '']);
      if (e.cached) rows.push([r.engine, `${label} (${e.areas}) cached`, String(e.cached.p50), String(e.cached.p95), String(e.cached.cpuMs), '', '']);
    }
    const s = r.supply.municipalities!;
    rows.push([r.engine, 'supply per municipality', String(s.p50), String(s.p95), String(s.cpuMs), '', '']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));

  mkdirSync('.bench-results', { recursive: true });
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: r1(totalmem() / 2 ** 30), node: process.version, loadAfter: loadavg().map(r1) },
    targets: TARGETS,
    n: N,
    results,
  };
  writeFileSync('.bench-results/monitor.json', `${JSON.stringify(report, null, 2)}\n`);
  log('Wrote .bench-results/monitor.json');
}

await main();
