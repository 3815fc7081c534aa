/**
 * Screening benchmark (`npm run bench`): POST /api/v1/screening/score and the
 * self-check result page (POST /{lang}/self-check/result, with nearby
 * initiatives) on a generated bank of 20,000 initiatives (bench/generate.ts,
 * as bench/run.ts), through the real app (app.inject). Writes
 * .bench-results/screening.json.
 *
 * Targets (issue 12, 2-core machine): score endpoint p95 <= 10 ms; self-check
 * result page p95 <= 80 ms on PostgreSQL.
 *
 * Environment: BENCH_N (default 300), BENCH_ENGINES (default "postgres";
 * add "pglite" for information), BENCH_SIZE (default 20000),
 * BENCH_DATABASE_URL (use this server instead of a throwaway cluster).
 */
import './production-env.js'; // first: before React loads
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';
import { areaPool, bulkLoad, generateInitiatives } from './generate.js';
import { benchEngines, onEachEngine, writeBenchResults } from './engines.js';

const N = Number(process.env.BENCH_N ?? 300);
const SIZE = Number(process.env.BENCH_SIZE ?? 20000);
const ENGINES = benchEngines('postgres');
const TARGETS = { score: 10, selfCheck: 80 };

const SCORE_BODIES = [
  { instrument: 'djg11', answers: { '1': 'no', '2': 'yes', '3': 'more_or_less', '4': 'no', '5': 'yes', '6': 'no', '7': 'yes', '8': 'strong_no', '9': 'yes', '10': 'no', '11': null }, options: { subscale_threshold: 2 } },
  { instrument: 'djg6', answers: { '3': 'yes', '4': 'no', '7': 'yes', '8': 'yes', '9': 'no', '10': 'yes' } },
  { instrument: 'ucla3', answers: { '1': 'often', '2': 'some_of_the_time', '3': 'hardly_ever' } },
  { instrument: 'lsns6', answers: { '1': 2, '2': 1, '3': 3, '4': 0, '5': 1, '6': 2 } },
  { instrument: 'oslo3', answers: { '1': 2, '2': 4, '3': 3 } },
].map((b) => JSON.stringify(b));

/** Self-checks as people send them: lonely or not, an age group, a municipality from the generated pool (cities and smaller places). */
function selfCheckForms(municipalities: string[]): string[] {
  const answers: Record<string, string>[] = [
    { 'a.ucla3.1': 'often', 'a.ucla3.2': 'often', 'a.ucla3.3': 'some_of_the_time', 'a.ons_direct.1': 'often_always', age_group: 'older' },
    { 'a.djg6.3': 'yes', 'a.djg6.9': 'more_or_less', 'a.djg6.10': 'no', 'a.djg6.4': 'no', 'a.djg6.7': 'yes', 'a.djg6.8': 'yes', 'a.ons_direct.1': 'some_of_the_time', age_group: 'young_adults' },
    { 'a.ucla3.1': 'hardly_ever', 'a.ucla3.2': 'hardly_ever', 'a.ucla3.3': 'hardly_ever', 'a.ons_direct.1': 'never', age_group: 'adults' },
  ];
  return municipalities.flatMap((m, i) => new URLSearchParams({ ...answers[i % answers.length]!, municipality: m }).toString());
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

async function time(n: number, fn: (i: number) => Promise<void>) {
  for (let i = 0; i < Math.min(30, n); i++) await fn(i);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    ms.push(performance.now() - t0);
  }
  return { n, p50: +pct(ms, 50).toFixed(2), p95: +pct(ms, 95).toFixed(2), max: +Math.max(...ms).toFixed(2) };
}

async function measure(engine: string, database: Database) {
  const pool = areaPool();
  const t0 = performance.now();
  await bulkLoad(database, generateInitiatives({ count: SIZE, pool }), pool);
  const loadSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const app: FastifyInstance = await buildApp({ database, logLevel: 'silent', rateLimit: false });
  try {
    const score = await time(N, async (i) => {
      const r = await app.inject({ method: 'POST', url: '/api/v1/screening/score', headers: { 'content-type': 'application/json' }, payload: SCORE_BODIES[i % SCORE_BODIES.length]! });
      if (r.statusCode !== 200) throw new Error(`score: ${r.statusCode} ${r.body.slice(0, 200)}`);
    });
    // The nine cities, then 21 smaller places of the pool.
    const forms = selfCheckForms(pool.slice(0, 30).map((a) => a.code));
    let listed = 0;
    const selfCheck = await time(N, async (i) => {
      const r = await app.inject({ method: 'POST', url: '/nl/self-check/result', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: forms[i % forms.length]! });
      if (r.statusCode !== 200) throw new Error(`self-check: ${r.statusCode} ${r.body.slice(0, 200)}`);
      listed += (r.body.match(/<li><h3><a href="\/nl\/initiatives\//g) ?? []).length;
    });
    const out = {
      engine,
      size: SIZE,
      loadSeconds,
      score: { ...score, target: TARGETS.score, meetsTarget: score.p95 <= TARGETS.score },
      selfCheck: { ...selfCheck, target: TARGETS.selfCheck, meetsTarget: selfCheck.p95 <= TARGETS.selfCheck, meanNearbyListed: +(listed / (N + Math.min(30, N))).toFixed(1) },
    };
    console.log(`${engine.padEnd(9)} score p50 ${score.p50} p95 ${score.p95} ms (≤ ${TARGETS.score}: ${out.score.meetsTarget ? 'meets' : 'MISSES'});  self-check result p50 ${selfCheck.p50} p95 ${selfCheck.p95} ms (≤ ${TARGETS.selfCheck}: ${out.selfCheck.meetsTarget ? 'meets' : 'MISSES'}), ${out.selfCheck.meanNearbyListed} initiatives listed on average`);
    return out;
  } finally {
    await app.close();
  }
}

const results = await onEachEngine(ENGINES, 'verbind_bench_screening', measure);
writeBenchResults('screening', { results });
