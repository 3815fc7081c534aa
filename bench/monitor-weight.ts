/**
 * Page weight of the area monitor: HTML bytes and server time of the monitor pages at every level,
 * Flanders and Brussels (the default) and all of Belgium, rendered through app.inject on PGlite
 * with the seeded content and the shared outlines (REFNIS list, 2025 care zones and sectors, 2019
 * municipality boundaries, the synthetic Statbel population and sector totals).
 *
 *   node --import tsx bench/monitor-weight.ts
 *
 * Targets (issue 14): the municipality page at most 450 KB of HTML, the sector page at most 1 MB.
 * Server time: median (p50) and p95 of BENCH_N (default 5) renders after one warm-up, with the
 * 1-minute load average before and after (other work on the machine inflates wall times).
 * Writes .bench-results/monitor-weight.json.
 */
import { nodeEnv } from './production-env.js'; // first: before React loads
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { openDatabase } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';
import { importAreaHierarchy, importBoundaries } from '../src/areas/service/import.js';
import { importPopulation } from '../src/monitor/store/population.js';
import { seedIfEmpty } from '../src/seed/service/seed.js';

const DATA = new URL('../../shared/data/', import.meta.url).pathname;
const N = Number(process.env.BENCH_N ?? 5);
const file = (p: string) => new Uint8Array(readFileSync(DATA + p));
const ALL_URLS = [
  '/nl/monitor?level=municipality',
  '/nl/monitor?level=municipality&focus=all',
  '/nl/monitor?level=zone',
  '/nl/monitor?level=zone&focus=all',
  '/nl/monitor?level=sector',
  '/nl/monitor?level=sector&focus=all',
  '/nl/monitor?level=province&focus=all',
  '/nl/monitor?level=region&focus=all',
  '/nl/monitor/supply?level=municipality&focus=all',
];
// BENCH_ONLY=municipality,zone keeps the URLs that contain one of these words; BENCH_DUMP=DIR writes each page's HTML there.
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const URLS = ONLY ? ALL_URLS.filter((u) => ONLY.some((w) => u.includes(w))) : ALL_URLS;
const DUMP = process.env.BENCH_DUMP;
const LIMITS: Record<string, number> = { municipality: 450_000, sector: 1_000_000 };

const d = await openDatabase({ dataDir: 'memory' });
await d.migrate();
const app = await buildApp({ database: d, logLevel: 'silent' });
try {
  await seedIfEmpty(d);
  for (const f of ['areas/TU_COM_REFNIS-pre2025.txt', 'areas/eerstelijnszones-2025.csv', 'areas/statistical-sectors-2025-flanders-brussels.csv']) await importAreaHierarchy(d, file(f), { label: f.split('/').pop()! });
  await importBoundaries(d, file('geo/belgium-municipalities-2019.topojson'), { level: 'municipality', label: 'belgium-municipalities-2019.topojson' });
  for (const f of ['population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip', 'population/SYNTHETIC_OPENDATA_SECTOREN_2024.zip']) await importPopulation(d.db, file(f), { label: f.split('/').pop()! });
  const results = [];
  for (const url of URLS) {
    const r0 = await app.inject({ method: 'GET', url });
    if (r0.statusCode !== 200) throw new Error(`${url} answered ${r0.statusCode}: ${r0.body.slice(0, 300)}`);
    if (DUMP) writeFileSync(`${DUMP}/${url.replace(/[^a-z0-9]+/gi, '_')}.html`, r0.body);
    const times: number[] = [];
    const load0 = loadavg()[0]!;
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      await app.inject({ method: 'GET', url });
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const bytes = Buffer.byteLength(r0.body);
    const level = /level=(\w+)/.exec(url)![1]!;
    const limit = url.includes('/supply') ? undefined : LIMITS[level];
    const rows = (r0.body.match(/<tr id="row-/g) ?? []).length;
    const p95 = times[Math.min(times.length - 1, Math.floor(0.95 * times.length))]!;
    const out = { url, bytes, kb: Math.round(bytes / 1000), medianMs: Math.round(times[Math.floor(times.length / 2)]!), p95Ms: Math.round(p95), rows, limit, ok: limit === undefined || bytes <= limit, load: [load0, loadavg()[0]!] };
    results.push(out);
    console.log(`${url.padEnd(50)} ${String(out.kb).padStart(6)} KB  p50 ${String(out.medianMs).padStart(5)} ms  p95 ${String(out.p95Ms).padStart(5)} ms  ${rows} rows  load ${out.load.map((l) => l.toFixed(1)).join('→')}${limit ? (out.ok ? '  ok' : `  OVER ${limit / 1000} KB`) : ''}`);
  }
  mkdirSync('.bench-results', { recursive: true });
  writeFileSync('.bench-results/monitor-weight.json', JSON.stringify({ bench: 'monitor-weight', date: new Date().toISOString(), nodeEnv, n: N, results }, null, 2) + '\n');
} finally {
  await app.close();
  await d.close();
}
