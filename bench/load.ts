/**
 * Capacity benchmark (issue 11, `npm run bench`): the search API and the HTML search page under
 * 50 concurrent connections for 20 s on 20,000 generated initiatives (bench/generate.ts, as
 * bench/run.ts), against a real `verbind serve` in its own process, on PostgreSQL and on PGlite.
 * A prober asks /healthz every 100 ms meanwhile. Loopback only; bounded in time and count.
 *
 * Reports requests/s, p50/p99 latency, the share of 503s (the bounded queue) and their p99, timeouts
 * (no answer within 10 s), other errors, /healthz p99, the server's RSS before and after.
 * Targets: PostgreSQL 0 errors, 0 timeouts, p99 <= 1 s; PGlite 503s within 100 ms instead of waits,
 * no answer later than 2 s, 0 timeouts; /healthz p99 <= 100 ms on both.
 *
 * Environment: BENCH_LOAD_SIZE (20000), BENCH_LOAD_SECONDS (20), BENCH_LOAD_CONNECTIONS (50),
 * BENCH_LOAD_ENGINES ("postgres,pglite"), BENCH_DATABASE_URL (else a throwaway PostgreSQL).
 */
import { nodeEnv } from './production-env.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/client.js';
import { areaPool, bulkLoad, generateInitiatives } from './generate.js';
// @ts-expect-error: plain JavaScript module without types
import { startThrowawayPostgres } from '../scripts/throwaway-postgres.mjs';
import { createScratchDatabase } from '../scripts/scratch-database.js';

const SIZE = Number(process.env.BENCH_LOAD_SIZE ?? 20_000);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const ENGINES = (process.env.BENCH_LOAD_ENGINES ?? 'postgres,pglite').split(',').filter(Boolean) as ('postgres' | 'pglite')[];
const TIMEOUT_MS = 10_000;
const MAX_REQUESTS = 200_000; // a bound on count as well as time
const BIN = fileURLToPath(new URL('../bin/verbind.js', import.meta.url));

const PATHS = [
  '/api/v1/initiatives?q=buurt&elements=meeting&prevention=primary,secondary&age_groups=older',
  '/nl/?q=ouderen&elements=meeting,social_activities&age_groups=older',
  '/api/v1/initiatives?q=jongeren&age_groups=youth,young_adults&prevention=primary',
  '/nl/?q=ontmoeting&elements=meeting&social_isolation=true',
  '/api/v1/initiatives?elements=meeting&page=3',
  '/fr/?q=rencontre&age_groups=older,adults',
];

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function startServe(env: Record<string, string | undefined>): Promise<{ child: ChildProcess; base: string; stop(): Promise<void> }> {
  const port = 21000 + Math.floor(Math.random() * 20000);
  const full: Record<string, string | undefined> = { ...process.env, ...env, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  const child = spawn(process.execPath, [BIN, 'serve', '--no-seed', '--port', String(port)], { env: full as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const t = setInterval(() => out.includes('Verbind runs at') && (clearInterval(t), resolve()), 100);
    child.once('exit', (code) => (clearInterval(t), reject(new Error(`serve stopped (${code})`))));
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { child, base: `http://127.0.0.1:${port}`, stop: async () => void (child.kill('SIGTERM'), await exited) };
}

interface Result {
  engine: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  busy: number;
  busyP99: number;
  slowest: number;
  timeouts: number;
  errors: number;
  healthP99: number;
  healthMax: number;
  rssBefore: number;
  rssAfter: number;
}

async function load(engine: string, base: string, pid: number): Promise<Result> {
  // Warm up: the first search builds the facet index in the background; give it its time.
  for (let i = 0; i < 3; i++) for (const p of PATHS) await fetch(base + p, { signal: AbortSignal.timeout(60_000) }).then((r) => r.arrayBuffer()).catch(() => {});
  await new Promise((r) => setTimeout(r, 5000));
  const rssBefore = rssMb(pid);
  const okTimes: number[] = [];
  const busyTimes: number[] = [];
  const all: number[] = [];
  let timeouts = 0;
  let errors = 0;
  let sent = 0;
  const end = Date.now() + SECONDS * 1000;
  const health: number[] = [];
  const prober = (async () => {
    while (Date.now() < end) {
      const t = performance.now();
      try {
        await (await fetch(base + '/healthz', { signal: AbortSignal.timeout(TIMEOUT_MS) })).arrayBuffer();
        health.push(performance.now() - t);
      } catch {
        health.push(TIMEOUT_MS);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const worker = async (w: number) => {
    let i = w;
    while (Date.now() < end && sent < MAX_REQUESTS) {
      sent++;
      const path = PATHS[i++ % PATHS.length]!;
      const t = performance.now();
      try {
        const res = await fetch(base + path, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        await res.arrayBuffer();
        const ms = performance.now() - t;
        all.push(ms);
        if (res.status === 200) okTimes.push(ms);
        else if (res.status === 503) busyTimes.push(ms);
        else errors++;
      } catch (e) {
        if ((e as Error).name === 'TimeoutError') timeouts++;
        else errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w)));
  const elapsed = (performance.now() - started) / 1000;
  await prober;
  return {
    engine,
    requests: all.length + timeouts + errors,
    rps: all.length / elapsed,
    p50: pct(all, 50),
    p99: pct(all, 99),
    ok: okTimes.length,
    busy: busyTimes.length,
    busyP99: pct(busyTimes, 99),
    slowest: Math.max(0, ...all),
    timeouts,
    errors,
    healthP99: pct(health, 99),
    healthMax: Math.max(0, ...health),
    rssBefore,
    rssAfter: rssMb(pid),
  };
}

async function main(): Promise<void> {
  console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s on ${SIZE} initiatives (search API and HTML search), NODE_ENV=${nodeEnv}`);
  const pool = areaPool();
  const items = generateInitiatives({ count: SIZE, pool });
  const results: Result[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  try {
    for (const engine of ENGINES) {
      let env: Record<string, string | undefined>;
      if (engine === 'postgres') {
        let url = process.env.BENCH_DATABASE_URL;
        if (!url) {
          const server = await startThrowawayPostgres();
          cleanups.push(() => server.stop());
          url = server.url as string;
        }
        const scratch = await createScratchDatabase(url, 'verbind_load');
        cleanups.push(() => scratch.drop());
        env = { DATABASE_URL: scratch.url, VERBIND_DATA_DIR: undefined };
      } else {
        const dir = mkdtempSync(join(tmpdir(), 'verbind-load-'));
        cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
        env = { VERBIND_DATA_DIR: dir, DATABASE_URL: undefined };
      }
      const t = Date.now();
      const database = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.VERBIND_DATA_DIR! });
      await database.migrate();
      await bulkLoad(database, items, pool);
      await database.close();
      console.log(`${engine}: loaded ${SIZE} initiatives in ${((Date.now() - t) / 1000).toFixed(0)} s`);
      const server = await startServe(env);
      try {
        const r = await load(engine, server.base, server.child.pid!);
        results.push(r);
      } finally {
        await server.stop();
      }
    }
  } finally {
    for (const c of cleanups.reverse()) await Promise.resolve().then(c).catch(() => {});
  }
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
  console.log('\n| engine | requests | req/s | p50 ms | p99 ms | 200 | 503 (share) | 503 p99 ms | slowest ms | timeouts | errors | /healthz p99 ms (max) | RSS MB before → after |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.engine} | ${r.requests} | ${r.rps.toFixed(1)} | ${f(r.p50)} | ${f(r.p99)} | ${r.ok} | ${r.busy} (${((100 * r.busy) / Math.max(1, r.requests)).toFixed(0)}%) | ${f(r.busyP99)} | ${f(r.slowest)} | ${r.timeouts} | ${r.errors} | ${f(r.healthP99)} (${f(r.healthMax)}) | ${f(r.rssBefore)} → ${f(r.rssAfter)} |`);
  }
  const verdicts = results.map((r) =>
    r.engine === 'postgres'
      ? { engine: r.engine, pass: r.errors === 0 && r.timeouts === 0 && r.busy === 0 && r.p99 <= 1000 && r.healthP99 <= 100 }
      : { engine: r.engine, pass: r.timeouts === 0 && r.errors === 0 && r.slowest <= 2000 && (r.busy === 0 || r.busyP99 <= 100) && r.healthP99 <= 100 },
  );
  for (const v of verdicts) console.log(`${v.engine}: ${v.pass ? 'meets' : 'MISSES'} the targets`);
  mkdirSync('.bench-results', { recursive: true });
  writeFileSync('.bench-results/load.json', JSON.stringify({ size: SIZE, seconds: SECONDS, connections: CONNECTIONS, results, verdicts }, null, 2));
}

await main();
