/**
 * Matching benchmark (`npm run bench`): POST /api/v1/matches through the real app (app.inject) on
 * a generated bank of 20,000 initiatives (bench/generate.ts, as bench/run.ts and
 * bench/screening.ts) of which about 60 % carry access facts (withAccess below), with rotating
 * requests as professionals send them: a municipality of the
 * generated pool (the cities and smaller places), the elements a screening recommends, an age
 * group, and now and then a language, a mode, free only or wheelchair access. Writes
 * .bench-results/matching.json.
 *
 * Target (issue 13, 2-core machine): p95 <= 50 ms on PostgreSQL.
 *
 * Environment: BENCH_N (default 300), BENCH_ENGINES (default "postgres"; add "pglite" for
 * information), BENCH_SIZE (default 20000), BENCH_DATABASE_URL (use this server instead of a
 * throwaway cluster).
 */
import './production-env.js'; // first: before React loads
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';
import { areaPool, bulkLoad, generateInitiatives, Rng } from './generate.js';
import type { Initiative } from '../src/initiatives/schema.js';
import { brusselsToday, type Access, type Mode } from '../src/initiatives/access.js';
import { benchEngines, onEachEngine, writeBenchResults } from './engines.js';

const N = Number(process.env.BENCH_N ?? 300);
const SIZE = Number(process.env.BENCH_SIZE ?? 20000);
const ENGINES = benchEngines('postgres');
const TARGET = 50;

/** What the screening's rules recommend for its profiles (src/screening/rules.ts), as professionals would pass it on. */
const ELEMENT_SETS = [
  ['meeting', 'social_activities'],
  ['befriending', 'meaningful_contact', 'social_support'],
  ['psychological', 'social_cognitive_training', 'psychoeducation'],
  ['social_networks', 'meeting', 'social_skills'],
  ['practical_support', 'detection_referral', 'care'],
  ['meeting'],
];
const AGE_GROUPS = ['older', 'adults', 'young_adults', 'youth', undefined];
const EXTRAS: Record<string, unknown>[] = [{}, { languages: ['fr'] }, { modes: ['at_home'] }, { free_only: true }, { languages: ['nl', 'ar'], wheelchair: true }, {}];

function requests(municipalities: string[]): string[] {
  return municipalities.map((municipality, i) =>
    JSON.stringify({
      municipality,
      elements: ELEMENT_SETS[i % ELEMENT_SETS.length],
      ...(AGE_GROUPS[i % AGE_GROUPS.length] ? { age_group: AGE_GROUPS[i % AGE_GROUPS.length] } : {}),
      ...EXTRAS[i % EXTRAS.length],
    }),
  );
}

/**
 * Access facts for about 60 % of the generated initiatives (those without any), deterministic: the
 * languages (Dutch, French in Brussels, sometimes the other national language or a community
 * language), a place in its municipality with coordinates, at-home or phone modes, cost, and a
 * capacity set within the last 60 days — what the matching's requirements and points read.
 */
function withAccess(items: Initiative[], today: string): Initiative[] {
  const rng = new Rng(1313);
  const daysBefore = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  return items.map((i) => {
    if (i.access || !rng.chance(0.6)) return i;
    const brussels = i.areas.some((a) => a.startsWith('21'));
    const languages = [...new Set([brussels ? 'fr' : 'nl', ...(rng.chance(0.4) ? [brussels ? 'nl' : 'fr'] : []), ...(rng.chance(0.15) ? [rng.pick(['en', 'ar', 'tr', 'es', 'pl', 'ro'])] : [])])];
    const municipality = i.areas.find((a) => /^\d{5}$/.test(a));
    const places = municipality && rng.chance(0.7) ? [{ name: 'Ontmoetingsruimte', municipality, lat: +(50.7 + rng.float() * 0.6).toFixed(5), lon: +(3.2 + rng.float() * 2.4).toFixed(5) }] : [];
    const modes: Mode[] = rng.chance(0.2) ? ['at_home'] : rng.chance(0.15) ? ['by_phone'] : [];
    const free = rng.chance(0.5) ? true : rng.chance(0.4) ? false : undefined;
    const capacity = rng.weighted({ none: 50, has_room: 30, waitlist: 12, full: 8 });
    const access: Access = {
      languages: languages as Access['languages'],
      ...(places.length ? { places } : {}),
      ...(modes.length ? { modes } : {}),
      ...(free !== undefined ? { cost: { free } } : {}),
      ...(capacity !== 'none' ? { capacity: { status: capacity, set_on: daysBefore(rng.int(0, 60)) } } : {}),
    };
    return { ...i, access };
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

async function measure(engine: string, database: Database) {
  const pool = areaPool();
  const t0 = performance.now();
  await bulkLoad(database, withAccess(generateInitiatives({ count: SIZE, pool }), brusselsToday(new Date())), pool);
  const loadSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const app: FastifyInstance = await buildApp({ database, logLevel: 'silent', rateLimit: false });
  try {
    // The nine cities, then 21 smaller places of the pool; one without a municipality.
    const bodies = [...requests(pool.slice(0, 30).map((a) => a.code)), JSON.stringify({ elements: ['befriending'], age_group: 'older' })];
    let candidates = 0;
    let listed = 0;
    const run = async (i: number) => {
      const r = await app.inject({ method: 'POST', url: '/api/v1/matches', headers: { 'content-type': 'application/json' }, payload: bodies[i % bodies.length]! });
      if (r.statusCode !== 200) throw new Error(`matches: ${r.statusCode} ${r.body.slice(0, 200)}`);
      const body = r.json() as { total: number; items: unknown[] };
      candidates += body.total;
      listed += body.items.length;
    };
    for (let i = 0; i < Math.min(30, N); i++) await run(i);
    candidates = 0;
    listed = 0;
    const ms: number[] = [];
    for (let i = 0; i < N; i++) {
      const t = performance.now();
      await run(i);
      ms.push(performance.now() - t);
    }
    const p95 = +pct(ms, 95).toFixed(2);
    const out = {
      engine,
      size: SIZE,
      loadSeconds,
      matches: { n: N, p50: +pct(ms, 50).toFixed(2), p95, max: +Math.max(...ms).toFixed(2), target: TARGET, meetsTarget: p95 <= TARGET },
      meanFitting: +(candidates / N).toFixed(1),
      meanListed: +(listed / N).toFixed(1),
    };
    console.log(`${engine.padEnd(9)} matches p50 ${out.matches.p50} p95 ${p95} ms (≤ ${TARGET}: ${out.matches.meetsTarget ? 'meets' : 'MISSES'}); ${out.meanFitting} initiatives fit on average, ${out.meanListed} listed`);
    return out;
  } finally {
    await app.close();
  }
}

const results = await onEachEngine(ENGINES, 'verbind_bench_matching', measure);
writeBenchResults('matching', { results });
