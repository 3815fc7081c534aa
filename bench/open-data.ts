/**
 * Open-data benchmark: the HSDS and CPSV-AP JSON-LD answers through the real app (app.inject)
 * on a generated bank (bench/generate.ts) whose initiatives carry access facts (a place in their
 * first area, a weekly session, languages, a cost, a referral contact, as coders record them),
 * so the mappings do their full work. Rotating requests: one service, a page of
 * service_at_locations, one initiative as JSON-LD, a page of the JSON-LD collection (a harvester
 * walking all of them). Writes .bench-results/open-data.json. No target in the issue: figures
 * to watch.
 *
 * Run: node --import tsx bench/open-data.ts. Environment: BENCH_N (default 200 per endpoint),
 * BENCH_ENGINES (default "postgres"; add "pglite"), BENCH_SIZE (default 20000),
 * BENCH_DATABASE_URL (use this server instead of a throwaway cluster).
 */
import './production-env.js'; // first: before React loads
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';
import { hsdsId } from '../src/hsds/ids.js';
import type { Initiative } from '../src/initiatives/schema.js';
import { postcodeRangesOf } from '../src/initiatives/access.js';
import { areaPool, bulkLoad, generateInitiatives, statusFor } from './generate.js';
import { benchEngines, onEachEngine, writeBenchResults } from './engines.js';

const N = Number(process.env.BENCH_N ?? 200);
const SIZE = Number(process.env.BENCH_SIZE ?? 20000);
const ENGINES = benchEngines('postgres');

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const LANGS = [['nl'], ['nl', 'fr'], ['fr', 'ar'], ['nl', 'en', 'tr']] as const;

/** Access facts for three in four initiatives (the rest say nothing), deterministic by position. */
function withAccess(items: Initiative[]): Initiative[] {
  return items.map((item, n) => {
    if (n % 4 === 3) return item;
    const municipality = item.areas.find((a) => /^\d{5}$/.test(a));
    return {
      ...item,
      access: {
        ...(municipality
          ? { places: [{ name: 'Buurthuis', street: 'Dorpsstraat', number: String(1 + (n % 90)), ...postcodeIn(municipality), municipality, wheelchair: n % 2 === 0 }] }
          : {}),
        modes: n % 5 === 0 ? ['at_home'] : n % 7 === 0 ? ['online'] : [],
        schedules: [{ repeat: 'weekly', weekday: WEEKDAYS[n % WEEKDAYS.length]!, start: '14:00', end: '16:00' }],
        languages: [...LANGS[n % LANGS.length]!],
        cost: n % 3 === 0 ? { free: true } : { amount_eur: 2 + (n % 5), reductions: ['uitpas'] },
        entry: n % 2 ? 'self' : 'contact_first',
        referral_contact: { role: 'onthaal', phone: '09 210 10 10' },
        capacity: { status: n % 6 ? 'has_room' : 'waitlist', set_on: '2026-11-20' },
      },
    } as Initiative;
  });
}

/** The first postcode of the municipality's province (bpost ranges, src/initiatives/access.ts), so the place has a full address. */
const postcodeIn = (nis: string) => {
  const first = postcodeRangesOf(nis)?.[0]?.[0];
  return first ? { postcode: String(first) } : {};
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

async function measure(engine: string, database: Database) {
  const pool = areaPool();
  const items = withAccess(generateInitiatives({ count: SIZE, pool }));
  const t0 = performance.now();
  await bulkLoad(database, items, pool);
  const loadSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const published = items.filter((_, i) => statusFor(i) === 'published').map((i) => i.id);
  const app: FastifyInstance = await buildApp({ database, logLevel: 'silent', rateLimit: false });
  try {
    const pages = Math.ceil(published.length / 100);
    const endpoints: Record<string, (i: number) => string> = {
      'GET /hsds/services/{id}': (i) => `/hsds/services/${hsdsId.service(published[(i * 7919) % published.length]!)}`,
      'GET /hsds/service_at_locations (50 a page)': (i) => `/hsds/service_at_locations?page=${1 + ((i * 37) % Math.ceil(pages * 1.5))}&per_page=50`,
      'GET /api/v1/initiatives/{id}.jsonld': (i) => `/api/v1/initiatives/${encodeURIComponent(published[(i * 7919) % published.length]!)}.jsonld`,
      'GET /api/v1/initiatives.jsonld (100 a page)': (i) => `/api/v1/initiatives.jsonld?page=${1 + ((i * 37) % pages)}&per_page=100`,
    };
    const out: Record<string, unknown> = { engine, size: SIZE, published: published.length, loadSeconds };
    for (const [name, url] of Object.entries(endpoints)) {
      const run = async (i: number) => {
        const r = await app.inject({ method: 'GET', url: url(i) });
        if (r.statusCode !== 200) throw new Error(`${url(i)}: ${r.statusCode} ${r.body.slice(0, 200)}`);
        return r.body.length;
      };
      for (let i = 0; i < Math.min(10, N); i++) await run(i);
      const ms: number[] = [];
      let bytes = 0;
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        bytes += await run(i);
        ms.push(performance.now() - t);
      }
      const r = { n: N, p50: +pct(ms, 50).toFixed(2), p95: +pct(ms, 95).toFixed(2), max: +Math.max(...ms).toFixed(2), meanKiB: +(bytes / N / 1024).toFixed(1) };
      out[name] = r;
      console.log(`${engine.padEnd(9)} ${name.padEnd(44)} p50 ${r.p50} p95 ${r.p95} ms, ${r.meanKiB} KiB`);
    }
    return out;
  } finally {
    await app.close();
  }
}

const results = await onEachEngine(ENGINES, 'verbind_bench_open_data', measure);
writeBenchResults('open-data', { results });
