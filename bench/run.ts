/**
 * Catalogue benchmark (`npm run bench`): the catalogue query with free text,
 * three filters and all facet counts, on generated catalogues of 20,000 and
 * 100,000 initiatives, on PostgreSQL and on PGlite; and the HTML search page
 * for the same queries. Prints a table and writes .bench-results/catalogue.json.
 *
 * Targets (issue, 2-core machine): p95 <= 25 ms at 20k and <= 100 ms at 100k
 * on PostgreSQL; <= 80 ms at 20k on PGlite; HTML page <= 2x the raw query.
 *
 * Environment:
 *   BENCH_DATABASE_URL   use this PostgreSQL server (databases are created and dropped) instead of a throwaway cluster
 *   BENCH_N              measured queries per series (default 200)
 *   BENCH_MAX_SECONDS    time bound per series (default 60)
 *   BENCH_PG_SIZES       default "20000,100000"
 *   BENCH_PGLITE_SIZES   default "20000" ("" skips PGlite; 100000 loads in minutes)
 *   NODE_ENV             default production (React's production build, as served)
 *   BENCH_EXPLAIN=1      print EXPLAIN ANALYZE of one query's statements on each PostgreSQL size
 */
import { nodeEnv } from './production-env.js'; // first: before React loads
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../src/db/client.js';
import { searchCatalogue } from '../src/initiatives/store/search.js';
import { catalogueQuerySchema } from '../src/catalogue/query-schema.js';
import { buildApp } from '../src/http/app.js';
import { areaPool, bulkLoad, generateInitiatives, withAccessFacts } from './generate.js';
import { brusselsToday } from '../src/initiatives/access.js';
// @ts-expect-error: plain JavaScript module without types
import { startThrowawayPostgres } from '../scripts/throwaway-postgres.mjs';
import { createScratchDatabase } from '../scripts/scratch-database.js';

// ---------------------------------------------------------------- settings

const N = Number(process.env.BENCH_N ?? 200);
const WARMUP = Math.max(12, Math.min(40, Math.round(N / 5)));
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 60);
const sizes = (v: string | undefined, d: string) => (v ?? d).split(',').map((s) => s.trim()).filter(Boolean).map(Number);
const PG_SIZES = sizes(process.env.BENCH_PG_SIZES, '20000,100000');
const PGLITE_SIZES = sizes(process.env.BENCH_PGLITE_SIZES, '20000');
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';

const TARGETS: Record<string, number> = { 'postgres:20000': 25, 'postgres:100000': 100, 'pglite:20000': 80 };
const HTML_RATIO_TARGET = 2;

interface BenchQuery {
  lang: 'nl' | 'fr';
  params: Record<string, string>;
}

/**
 * Free text plus three filters each: what people type and tick on the search page; half of them
 * add an access filter (issue 13: language, free, mode, weekday, wheelchair, has room).
 */
const QUERIES: BenchQuery[] = [
  { lang: 'nl', params: { q: 'buurt', elements: 'meeting', prevention: 'primary,secondary', age_groups: 'older' } },
  { lang: 'nl', params: { q: 'ouderen', elements: 'meeting,social_activities', age_groups: 'older', geographic_level: 'local,neighbourhood', free: 'true' } },
  { lang: 'nl', params: { q: 'ontmoeting', elements: 'meeting', prevention: 'secondary', social_isolation: 'true' } },
  { lang: 'nl', params: { q: 'jongeren', age_groups: 'youth,young_adults', prevention: 'primary', primary_actor: 'youth,local_government,welfare_care_org' } },
  { lang: 'fr', params: { q: 'rencontre', elements: 'meeting', age_groups: 'older,adults', area: '21004,21009,21015', language: 'fr,ar' } },
  { lang: 'nl', params: { q: 'buurt ontmoeting', elements: 'meeting,social_networks', prevention: 'primary', evidence: 'level1_described,level2_theory' } },
  { lang: 'nl', params: { q: 'ouderen thuis', age_groups: 'older', risk_factors: 'small_network,older_age', mode: 'at_home,by_phone' } },
  { lang: 'fr', params: { q: 'personnes âgées', age_groups: 'older', elements: 'befriending,meaningful_contact,meeting', geographic_level: 'local' } },
  { lang: 'nl', params: { q: 'vrijwilligers', elements: 'practical_support,social_support', dimensions: 'social', weekday: 'tuesday,thursday' } },
  { lang: 'fr', params: { q: 'quartier', geographic_level: 'neighbourhood', elements: 'meeting', wheelchair: 'true' } },
  { lang: 'nl', params: { q: 'jongeren praten', age_groups: 'youth', elements: 'psychological,social_skills,meeting', course: 'both' } },
  { lang: 'nl', params: { q: 'eenzaamheid', elements: 'meeting', age_groups: 'older', has_room: 'true', language: 'nl' } },
];

/**
 * Not in the issue's targets, measured for information: the first page
 * people see (no text, no filter: every published initiative is counted),
 * and a filter-only search.
 */
const LANDING: BenchQuery[] = [
  { lang: 'nl', params: {} },
  { lang: 'nl', params: { elements: 'meeting', age_groups: 'older' } },
  { lang: 'fr', params: { language: 'fr', free: 'true', weekday: 'saturday,sunday' } },
];
const LANDING_N = Number(process.env.BENCH_LANDING_N ?? 40);

/** Single words whose share of the catalogue we report, to show the generated texts are realistic. */
const SHARE_WORDS = ['buurt', 'ouderen', 'ontmoeting', 'jongeren', 'rencontre', 'quartier', 'eenzaamheid', 'vrijwilligers'];

// ---------------------------------------------------------------- measuring

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** CPU per query of this Node process (includes PGlite and rendering), ms. */
  nodeCpuMs?: number;
  /** CPU per query of the PostgreSQL server (backends and parallel workers), ms; when the server is local. */
  serverCpuMs?: number;
  /** 1-minute load average before and after the series: other work on the machine inflates latencies. */
  load?: [number, number];
}

function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(s[s.length - 1]!), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
}

async function series(
  label: string,
  fn: (q: BenchQuery) => Promise<void>,
  server?: ServerCpu,
  { queries = QUERIES, n = N, warmup = WARMUP } = {},
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn(queries[i % queries.length]!);
  const ms: number[] = [];
  const deadline = Date.now() + MAX_SECONDS * 1000;
  const load0 = loadavg()[0]!;
  const node0 = process.cpuUsage();
  const server0 = server?.();
  for (let i = 0; i < n && (i < 20 || Date.now() < deadline); i++) {
    const q = queries[i % queries.length]!;
    const t0 = process.hrtime.bigint();
    await fn(q);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const node = process.cpuUsage(node0);
  const server1 = server?.();
  const st: Stats = {
    ...stats(ms),
    nodeCpuMs: round((node.user + node.system) / 1000 / ms.length),
    ...(server0 !== undefined && server1 !== undefined ? { serverCpuMs: round((server1 - server0) / ms.length) } : {}),
    load: [round(load0), round(loadavg()[0]!)],
  };
  log(`    ${label}: n=${st.n} p50=${st.p50} p95=${st.p95} p99=${st.p99} max=${st.max} ms; CPU/query node ${st.nodeCpuMs}${st.serverCpuMs !== undefined ? ` + server ${st.serverCpuMs}` : ''} ms; load ${st.load!.join(' -> ')}`);
  return st;
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Returns the CPU time (ms) the PostgreSQL cluster has used so far, or undefined. */
type ServerCpu = () => number | undefined;

/**
 * CPU of a PostgreSQL server on this machine, from /proc: every child of the
 * postmaster plus the children it has reaped (parallel workers). Linux only;
 * undefined when the server is elsewhere or /proc is not readable.
 */
async function serverCpuMeter(database: Database): Promise<ServerCpu | undefined> {
  try {
    const [{ dir } = { dir: '' }] = await database.rows<{ dir: string }>(sql`SELECT current_setting('data_directory') AS dir`);
    const postmaster = Number(readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n')[0]);
    const tick = 10; // ms per clock tick (USER_HZ = 100 on Linux)
    const stat = (pid: string | number) => {
      const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) };
    };
    stat(postmaster);
    return () => {
      try {
        const pm = stat(postmaster);
        let ticks = pm.own + pm.reaped;
        for (const d of readdirSync('/proc')) {
          if (!/^\d+$/.test(d)) continue;
          try {
            const s = stat(d);
            if (s.ppid === postmaster) ticks += s.own;
          } catch {
            /* process ended */
          }
        }
        return ticks * tick;
      } catch {
        return undefined;
      }
    };
  } catch {
    return undefined;
  }
}

const log = (s: string) => process.stderr.write(s + '\n');
const seconds = (t0: bigint) => Math.round(Number(process.hrtime.bigint() - t0) / 1e7) / 100;
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function rawQuery(database: Database, q: BenchQuery): Promise<void> {
  const r = await searchCatalogue(database, catalogueQuerySchema.parse(q.params));
  if (r.facets.elements.length === 0) throw new Error('no facets');
}

async function htmlPage(app: FastifyInstance, q: BenchQuery): Promise<void> {
  const res = await app.inject({ method: 'GET', url: `/${q.lang}/?${new URLSearchParams(q.params)}` });
  if (res.statusCode !== 200) throw new Error(`GET /${q.lang}/ answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
}

// ---------------------------------------------------------------- one setup

/**
 * Generates and loads a catalogue. The generated objects go out of scope
 * when this returns: kept alive, 100,000 of them slow every garbage
 * collection in this process, and with it PGlite and page rendering.
 */
async function load(database: Database, size: number): Promise<{ generateSeconds: number; loadSeconds: number }> {
  let t0 = process.hrtime.bigint();
  const pool = areaPool();
  // 60 % with access facts (places, sessions, languages, cost, capacity): the access filters below read them.
  const items = withAccessFacts(generateInitiatives({ count: size, pool }), { today: brusselsToday(new Date()) });
  const generateSeconds = seconds(t0);
  t0 = process.hrtime.bigint();
  await bulkLoad(database, items, pool);
  return { generateSeconds, loadSeconds: seconds(t0) };
}

interface SetupResult {
  engine: 'postgres' | 'pglite';
  size: number;
  loadSeconds: number;
  generateSeconds: number;
  published: number;
  textShares: Record<string, number>;
  matches: { query: Record<string, string>; total: number }[];
  raw: Stats;
  html: Stats;
  /** No text (LANDING queries): informational, no target. */
  landing: Stats;
  htmlRatioP95: number;
  targetP95?: number;
  meetsTarget?: boolean;
  meetsHtmlRatio: boolean;
  nodeMaxRssMb: number;
  error?: string;
}

async function runSetup(engine: 'postgres' | 'pglite', size: number, database: Database): Promise<SetupResult> {
  log(`\n== ${engine}, ${size.toLocaleString('en')} initiatives`);
  await database.migrate();
  const { generateSeconds, loadSeconds } = await load(database, size);
  log(`    generated in ${generateSeconds} s, loaded + VACUUM ANALYZE in ${loadSeconds} s`);

  const [{ n: published } = { n: 0 }] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM initiatives WHERE status = 'published'`);
  // The facet index is built in the background (searches are counted in SQL meanwhile): build it
  // now, timed, so the series measure the steady state of a running server.
  const indexStart = performance.now();
  await searchCatalogue(database, catalogueQuerySchema.parse({}), { waitForIndex: true });
  const indexSeconds = Math.round((performance.now() - indexStart) / 100) / 10;
  log(`    facet index built in ${indexSeconds} s`);
  const textShares: Record<string, number> = {};
  for (const w of SHARE_WORDS) {
    const r = await searchCatalogue(database, catalogueQuerySchema.parse({ q: w, pageSize: '1' }));
    textShares[w] = Math.round((r.total / published) * 1000) / 10;
  }
  const matches: SetupResult['matches'] = [];
  for (const q of QUERIES) matches.push({ query: q.params, total: (await searchCatalogue(database, catalogueQuerySchema.parse(q.params))).total });
  log(`    text shares (% of published): ${Object.entries(textShares).map(([w, p]) => `${w} ${p}`).join(', ')}`);
  log(`    results per query: ${matches.map((m) => m.total).join(', ')}`);

  if (EXPLAIN && engine === 'postgres') await explain(database);

  const server = engine === 'postgres' ? await serverCpuMeter(database) : undefined;
  const raw = await series('raw query ', (q) => rawQuery(database, q), server);
  const landing = await series('no text   ', (q) => rawQuery(database, q), server, { queries: LANDING, n: LANDING_N, warmup: 4 });
  const app = await buildApp({ database, logLevel: 'silent' });
  let html: Stats;
  try {
    await app.ready();
    html = await series('HTML page ', (q) => htmlPage(app, q), server);
  } finally {
    await app.close();
  }
  const target = TARGETS[`${engine}:${size}`];
  const htmlRatioP95 = Math.round((html.p95 / raw.p95) * 100) / 100;
  return {
    engine,
    size,
    generateSeconds,
    loadSeconds,
    published,
    textShares,
    matches,
    raw,
    html,
    landing,
    htmlRatioP95,
    ...(target !== undefined ? { targetP95: target, meetsTarget: raw.p95 <= target } : {}),
    meetsHtmlRatio: htmlRatioP95 <= HTML_RATIO_TARGET,
    nodeMaxRssMb: maxRssMb(),
  };
}

/** EXPLAIN ANALYZE of the statements searchCatalogue sends for the first query (captured by wrapping rows()). */
async function explain(database: Database): Promise<void> {
  const captured: import('drizzle-orm').SQL[] = [];
  const spy: Database = { ...database, rows: async (query) => (captured.push(query), database.rows(query)) };
  await searchCatalogue(spy, catalogueQuerySchema.parse(QUERIES[0]!.params));
  for (const query of captured) {
    const plan = await database.rows<{ 'QUERY PLAN': string }>(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
    log(plan.map((r) => '      ' + r['QUERY PLAN']).join('\n'));
  }
}

// ---------------------------------------------------------------- PostgreSQL databases

async function serverVersion(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------- report

function table(results: SetupResult[]): string {
  const head = ['engine', 'size', 'load s', 'raw p50', 'raw p95', 'raw p99', 'raw max', 'target', 'cpu/q', 'html p50', 'html p95', 'html/raw', 'notext p50', 'notext p95', 'sysload', 'verdict'];
  const rows = results.map((r) => {
    if (r.error) return [r.engine, String(r.size), ...Array<string>(head.length - 3).fill(''), `ERROR: ${r.error}`];
    const verdict = [
      r.meetsTarget === undefined ? 'no target' : r.meetsTarget ? 'p95 ok' : 'p95 MISSED',
      r.meetsHtmlRatio ? 'html ok' : 'html MISSED',
    ].join(', ');
    return [
      r.engine, r.size.toLocaleString('en'), r.loadSeconds.toFixed(1),
      r.raw.p50.toFixed(1), r.raw.p95.toFixed(1), r.raw.p99.toFixed(1), r.raw.max.toFixed(1),
      r.targetP95 !== undefined ? `≤ ${r.targetP95}` : '-',
      ((r.raw.nodeCpuMs ?? 0) + (r.raw.serverCpuMs ?? 0)).toFixed(1) + (r.engine === 'postgres' && r.raw.serverCpuMs === undefined ? '+?' : ''),
      r.html.p50.toFixed(1), r.html.p95.toFixed(1), r.htmlRatioP95.toFixed(2), r.landing.p50.toFixed(1), r.landing.p95.toFixed(1),
      r.raw.load ? r.raw.load.map((x) => x.toFixed(1)).join('-') : '', verdict,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- main

const cleanups: (() => Promise<void> | void)[] = [];
async function cleanup(): Promise<void> {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (e) {
      log(`cleanup: ${(e as Error).message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const results: SetupResult[] = [];
  let postgresVersion: string | undefined;

  if (PG_SIZES.length) {
    let adminUrl = process.env.BENCH_DATABASE_URL;
    if (!adminUrl) {
      const server = await startThrowawayPostgres();
      cleanups.push(() => server.stop());
      adminUrl = server.url as string;
    }
    postgresVersion = await serverVersion(adminUrl);
    log(`PostgreSQL ${postgresVersion} (${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : 'throwaway cluster'})`);
    for (const size of PG_SIZES) {
      const created = await createScratchDatabase(adminUrl, `verbind_bench_${size}`);
      cleanups.push(created.drop);
      const database = await openDatabase({ url: created.url });
      try {
        results.push(await runSetup('postgres', size, database));
      } catch (e) {
        results.push(failed('postgres', size, e));
      } finally {
        await database.close();
        await created.drop();
        cleanups.splice(cleanups.indexOf(created.drop), 1);
      }
    }
  }

  for (const size of PGLITE_SIZES) {
    const database = await openDatabase({ dataDir: 'memory' });
    try {
      results.push(await runSetup('pglite', size, database));
    } catch (e) {
      results.push(failed('pglite', size, e));
    } finally {
      await database.close();
    }
  }

  const out = table(results);
  console.log(`\nCatalogue benchmark: free text + 3 filters + all facet counts (${QUERIES.length} rotating queries, n=${N} per series, ${WARMUP} warm-up)`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version} (NODE_ENV=${nodeEnv}); PostgreSQL ${postgresVersion ?? '-'}; times in ms`);
  console.log(out);
  console.log('cpu/q: CPU time per raw query, Node + PostgreSQL server (all cores); sysload: 1-min load average during the raw series (2 cores: above ~2 others compete);\nnotext: no free text (the landing page, and two filters only), informational, no target.');
  console.log(`Peak RSS of this Node process (includes PGlite): ${maxRssMb()} MiB; total ${seconds(started)} s`);

  mkdirSync('.bench-results', { recursive: true });
  writeFileSync(
    '.bench-results/catalogue.json',
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, nodeEnv, postgres: postgresVersion },
        settings: { n: N, warmup: WARMUP, maxSecondsPerSeries: MAX_SECONDS, queries: QUERIES, noText: { n: LANDING_N, queries: LANDING } },
        targets: { p95Ms: TARGETS, htmlRatio: HTML_RATIO_TARGET },
        results,
        peakRssMb: maxRssMb(),
        totalSeconds: seconds(started),
      },
      null,
      2,
    ) + '\n',
  );
  console.log('Written: .bench-results/catalogue.json');
  if (results.some((r) => r.error)) process.exitCode = 1;
}

function failed(engine: 'postgres' | 'pglite', size: number, e: unknown): SetupResult {
  log(`    FAILED: ${(e as Error).stack ?? e}`);
  const zero = { n: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  return { engine, size, loadSeconds: 0, generateSeconds: 0, published: 0, textShares: {}, matches: [], raw: zero, html: zero, landing: zero, htmlRatioP95: 0, meetsHtmlRatio: false, nodeMaxRssMb: maxRssMb(), error: (e as Error).message };
}

try {
  await main();
} finally {
  await cleanup();
}
