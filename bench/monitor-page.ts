/**
 * Area-monitor page benchmark: the municipality map page (/nl/monitor?level=municipality, map +
 * table + supply + ranking + method) rendered on the server through app.inject, with the real
 * 2019 municipality boundaries, the 2025 care zones and statistical sectors, the REFNIS code list, the synthetic Statbel
 * population and the seeded part-4 examples loaded. p50/p95 on PGlite and (when a PostgreSQL
 * server can be started) PostgreSQL. Writes .bench-results/monitor-page.json.
 *
 *   node --import tsx bench/monitor-page.ts
 *
 * Target (issue): the municipality map page rendered in <= 300 ms on the server.
 * Environment: BENCH_N (default 40), BENCH_ENGINES (default "pglite,postgres"),
 * BENCH_DATABASE_URL (use this server instead of a throwaway cluster), NODE_ENV (default production).
 */
import './production-env.js'; // first: before React loads
import { readFileSync } from 'node:fs';
import type { Database } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';
import { importAreaHierarchy, importBoundaries } from '../src/areas/service/import.js';
import { importPopulation } from '../src/monitor/store/population.js';
import { seedIfEmpty } from '../src/seed/service/seed.js';
import { benchEngines, onEachEngine, writeBenchResults } from './engines.js';

const DATA = new URL('../../shared/data/', import.meta.url).pathname;
const N = Number(process.env.BENCH_N ?? 40);
const ENGINES = benchEngines('pglite,postgres');
const TARGET_MS = 300;
const URLS = ['/nl/monitor?level=municipality', '/nl/monitor?level=municipality&sort=name&dir=asc', '/fr/monitor?level=municipality&indicator=social_isolation'];

const file = (p: string) => new Uint8Array(readFileSync(DATA + p));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function load(database: Database): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  const step = async (name: string, f: () => Promise<unknown>) => {
    const s = performance.now();
    await f();
    t[name] = Math.round(performance.now() - s);
  };
  await step('seed', () => seedIfEmpty(database));
  await step('refnis', () => importAreaHierarchy(database, file('areas/TU_COM_REFNIS-pre2025.txt'), { label: 'TU_COM_REFNIS-pre2025.txt' }));
  await step('zones', () => importAreaHierarchy(database, file('areas/eerstelijnszones-2025.csv'), { label: 'eerstelijnszones-2025.csv' }));
  // The 2025 sector hierarchy reveals the mergers: the page then shows the 566 municipalities of 2025.
  await step('sectors', () => importAreaHierarchy(database, file('areas/statistical-sectors-2025-flanders-brussels.csv'), { label: 'statistical-sectors-2025-flanders-brussels.csv' }));
  await step('boundaries', () => importBoundaries(database, file('geo/belgium-municipalities-2019.topojson'), { level: 'municipality', label: 'belgium-municipalities-2019.topojson' }));
  await step('population', () => importPopulation(database.db, file('population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip'), { label: 'SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip' }));
  return t;
}

async function measure(engine: string, database: Database) {
  const loadMs = await load(database);
  const app = await buildApp({ database, logLevel: 'silent' });
  try {
    const first = performance.now();
    const r0 = await app.inject({ method: 'GET', url: URLS[0]! });
    const coldMs = performance.now() - first;
    if (r0.statusCode !== 200) throw new Error(`${URLS[0]} answered ${r0.statusCode}: ${r0.body.slice(0, 400)}`);
    const areas = (r0.body.match(/<tr id="row-/g) ?? []).length;
    const mapLinks = (r0.body.match(/<a href="#row-[^"]+" aria-label=/g) ?? []).length;
    for (let i = 0; i < 5; i++) await app.inject({ method: 'GET', url: URLS[i % URLS.length]! });
    const times: number[] = [];
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      const r = await app.inject({ method: 'GET', url: URLS[i % URLS.length]! });
      times.push(performance.now() - s);
      if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}`);
    }
    const out = { engine, n: N, coldMs: Math.round(coldMs), p50: +pct(times, 50).toFixed(1), p95: +pct(times, 95).toFixed(1), max: +Math.max(...times).toFixed(1), target: TARGET_MS, meetsTarget: pct(times, 95) <= TARGET_MS, htmlBytes: r0.body.length, areas, mapLinks, loadMs };
    console.log(`${engine.padEnd(9)} p50 ${out.p50} ms  p95 ${out.p95} ms  max ${out.max} ms  cold ${out.coldMs} ms  (${areas} rows, ${mapLinks} map areas, ${(out.htmlBytes / 1024).toFixed(0)} KiB HTML)  ${out.meetsTarget ? 'meets' : 'MISSES'} ≤ ${TARGET_MS} ms`);
    return out;
  } finally {
    await app.close();
  }
}

const results = await onEachEngine(ENGINES, 'verbind_bench_page', measure);
writeBenchResults('monitor-page', { urls: URLS, results });
