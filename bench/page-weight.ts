/**
 * Page weight of every public page template: HTML bytes (as sent without compression, and gzip as
 * the server sends it to a browser) and server time (median of BENCH_N requests after one warm-up,
 * time to the last byte over loopback), measured on a running `verbind serve` of a given checkout.
 *
 *   node --import tsx bench/page-weight.ts                       # this checkout
 *   node --import tsx bench/page-weight.ts --checkout ../before  # another one (its own bin/verbind.js)
 *   node --import tsx bench/page-weight.ts --compare before.json after.json   # the before/after table
 *
 * The checkout is run as a user runs it, through its command line only (so an older checkout
 * needs nothing of this file): a fresh embedded database in a temporary folder, `serve` once to
 * seed it, the shared data imported as the README says (REFNIS list, 2025 care zones and
 * statistical sectors, 2019 municipality boundaries, the synthetic Statbel population and sector
 * totals), then `serve` again (NODE_ENV=production) and the pages asked for. A template that
 * answers 404 in that checkout did not exist there ("new" in the comparison).
 *
 * Measures (issue 14): each page at most 20% heavier than before the issue's work; the monitor's
 * municipality page at most 450 KB of HTML and its sector page at most 1 MB.
 * Environment: BENCH_N (default 5), BENCH_DATA (default ../shared/data), BENCH_OUT (default
 * .bench-results/page-weight.json). The 1-minute load average before and after is recorded.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const HERE = resolve(new URL('..', import.meta.url).pathname);
const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const N = Number(process.env.BENCH_N ?? 5);
const DATA = resolve(process.env.BENCH_DATA ?? join(HERE, '../shared/data'));

/** The monitor's limits of issue 14, in bytes of HTML. */
const LIMITS: Record<string, number> = { 'monitor, municipalities': 450_000, 'monitor, statistical sectors': 1_000_000 };
/** At most this much heavier than before. */
const MAX_GROWTH = 1.2;

/** Every public page template, in Dutch (the coders' and admin pages need a sign-in: not public). */
const PAGES: { name: string; path: string; marker?: RegExp }[] = [
  { name: 'home', path: '/nl/' },
  { name: 'search, free text', path: '/nl/?q=ouderen' },
  { name: 'search, text and filters', path: '/nl/?q=ouderen&elements=meeting&age_groups=older' },
  // An older checkout ignores `near` and shows the plain search: the near field marks the template.
  { name: 'search, near Gent', path: '/nl/?near=44021', marker: /name="near"/ },
  { name: 'search, print list', path: '/nl/search/print?q=ouderen' },
  // One seeded example of the study's part 4, the same record in every checkout (a search's first hit changes with the ranking).
  { name: 'initiative', path: '/nl/initiatives/voorbeeld-buurtkar' },
  { name: 'matrix', path: '/nl/matrix' },
  { name: 'matrix, one element', path: '/nl/matrix/elements/meeting' },
  { name: 'landscape', path: '/nl/landscape' },
  { name: 'monitor, municipalities', path: '/nl/monitor?level=municipality' },
  { name: 'monitor, municipalities of Belgium', path: '/nl/monitor?level=municipality&focus=all' },
  { name: 'monitor, care zones', path: '/nl/monitor?level=zone' },
  { name: 'monitor, statistical sectors', path: '/nl/monitor?level=sector' },
  { name: 'monitor, supply tables', path: '/nl/monitor/supply?level=municipality' },
  { name: 'area sheet (Gent)', path: '/nl/monitor/area/44021' },
  { name: 'survey', path: '/nl/survey' },
  { name: 'survey, status page', path: '/nl/survey/s/TOKEN' },
  { name: 'screening', path: '/nl/screening' },
  { name: 'self-check', path: '/nl/self-check' },
  { name: 'personas', path: '/nl/personas' },
  { name: 'matches', path: '/nl/matches' },
  { name: 'about', path: '/nl/about' },
  { name: 'privacy statement', path: '/nl/privacy' },
  { name: 'accessibility statement', path: '/nl/accessibility' },
  { name: 'sign-in', path: '/nl/sign-in' },
  { name: 'not found (404)', path: '/nl/does-not-exist' },
];

interface PageResult {
  name: string;
  path: string;
  status: number;
  /** HTML bytes without compression; null when the template does not exist in this checkout. */
  bytes: number | null;
  gzipBytes: number | null;
  medianMs: number | null;
  limit?: number;
}

interface Run {
  bench: 'page-weight';
  date: string;
  checkout: string;
  commit: string;
  n: number;
  load: [number, number];
  pages: PageResult[];
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function get(port: number, path: string, gzip: boolean, init: { method?: string; body?: string } = {}): Promise<{ status: number; body: Buffer; encoding?: string }> {
  return new Promise((ok, fail) => {
    const headers: Record<string, string> = gzip ? { 'accept-encoding': 'gzip' } : {};
    if (init.body) headers['content-type'] = 'application/json';
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ...(res.headers['content-encoding'] ? { encoding: String(res.headers['content-encoding']) } : {}) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(init.body);
  });
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

function cli(checkout: string, env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, [join(checkout, 'bin/verbind.js'), ...args], { cwd: checkout, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`verbind ${args.join(' ')} exited ${code}: ${err.slice(-800)}`))));
  });
}

async function serve(checkout: string, env: NodeJS.ProcessEnv): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const p = spawn(process.execPath, [join(checkout, 'bin/verbind.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'], { cwd: checkout, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  p.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<void>((ok) => p.on('exit', () => ok()));
  for (let i = 0; ; i++) {
    if (p.exitCode !== null) throw new Error(`serve exited ${p.exitCode}: ${err.slice(-800)}`);
    try {
      if ((await get(port, '/healthz', false)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error('serve did not answer within 5 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    port,
    stop: async () => {
      p.kill('SIGTERM');
      await exited;
    },
  };
}

async function measure(checkout: string): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'verbind-page-weight-'));
  const env: NodeJS.ProcessEnv = { ...process.env, VERBIND_DATA_DIR: join(dir, 'data'), NODE_ENV: 'production', LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  delete env.VERBIND_PUBLIC_URL;
  try {
    process.stderr.write(`seeding a fresh database for ${checkout} …\n`);
    await (await serve(checkout, env)).stop(); // the first start migrates and seeds
    const imports: string[][] = [
      ['import-area-hierarchy', join(DATA, 'areas/TU_COM_REFNIS-pre2025.txt')],
      ['import-area-hierarchy', join(DATA, 'areas/eerstelijnszones-2025.csv')],
      ['import-area-hierarchy', join(DATA, 'areas/statistical-sectors-2025-flanders-brussels.csv')],
      ['import-areas', join(DATA, 'geo/belgium-municipalities-2019.topojson'), '--level', 'municipality'],
      ['import-population', join(DATA, 'population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip')],
      ['import-population', join(DATA, 'population/SYNTHETIC_OPENDATA_SECTOREN_2024.zip')],
    ];
    for (const a of imports) {
      process.stderr.write(`verbind ${a[0]} ${a[1]!.split('/').pop()}\n`);
      await cli(checkout, env, a);
    }
    const server = await serve(checkout, env);
    try {
      const { port } = server;
      // One survey answer, for its status page.
      const sub = await get(port, '/api/v1/submissions', false, {
        method: 'POST',
        body: JSON.stringify({ name: 'Praatcafé Meting', description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie.', location_level: 'municipality', age_groups: ['older'], target: ['at_risk'], evaluated: 'no', contact_name: 'Test Persoon', contact_email: 'test@example.org', lang: 'nl' }),
      });
      const token = /\/survey\/s\/([^/?#"]+)/.exec(sub.body.toString())?.[1] ?? 'none';
      const load0 = loadavg()[0]!;
      const pages: PageResult[] = [];
      for (const page of PAGES) {
        const path = page.path.replace('TOKEN', token);
        const raw = await get(port, path, false);
        const exists = (raw.status === 200 || (page.path.includes('does-not-exist') && raw.status === 404)) && (!page.marker || page.marker.test(raw.body.toString()));
        const result: PageResult = { name: page.name, path, status: raw.status, bytes: null, gzipBytes: null, medianMs: null, ...(LIMITS[page.name] ? { limit: LIMITS[page.name] } : {}) };
        if (exists) {
          const times: number[] = [];
          let gz = 0;
          for (let i = 0; i < N; i++) {
            const s = performance.now();
            const r = await get(port, path, true);
            times.push(performance.now() - s);
            gz = r.body.length;
            if (r.encoding === 'gzip' && gunzipSync(r.body).length !== raw.body.length && !page.path.includes('TOKEN')) process.stderr.write(`note: ${path} changed between requests\n`);
          }
          times.sort((a, b) => a - b);
          Object.assign(result, { bytes: raw.body.length, gzipBytes: gz, medianMs: Math.round(times[Math.floor(times.length / 2)]!) });
        }
        pages.push(result);
        const kb = (b: number | null) => (b === null ? '—' : `${(b / 1000).toFixed(1)} KB`);
        console.log(`${page.name.padEnd(36)} ${String(raw.status).padStart(3)} ${kb(result.bytes).padStart(11)} ${kb(result.gzipBytes).padStart(10)} gzip ${result.medianMs === null ? '' : `${result.medianMs} ms`.padStart(9)}${result.limit && result.bytes !== null ? (result.bytes <= result.limit ? '  ok' : `  OVER ${result.limit / 1000} KB`) : ''}`);
      }
      const commit = await gitHead(checkout);
      return { bench: 'page-weight', date: new Date().toISOString(), checkout, commit, n: N, load: [load0, loadavg()[0]!], pages };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function gitHead(checkout: string): Promise<string> {
  return new Promise((ok) => {
    const p = spawn('git', ['-C', checkout, 'rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.on('exit', () => ok(out.trim() || 'unknown'));
  });
}

/** The before/after table (markdown): sizes, gzip, server time, growth; pages over +20% or over their limit flagged. */
export function compare(before: Run, after: Run): string {
  const kb = (b: number | null | undefined) => (b === null || b === undefined ? '—' : (b / 1000).toFixed(1));
  const ms = (m: number | null | undefined) => (m === null || m === undefined ? '—' : String(m));
  const lines = [
    `before: ${before.commit} (load ${before.load.map((l) => l.toFixed(1)).join('→')}), after: ${after.commit} (load ${after.load.map((l) => l.toFixed(1)).join('→')}); median of ${after.n} requests`,
    '',
    '| page | KB before | KB after | change | gzip KB before | gzip KB after | ms before | ms after | |',
    '|---|--:|--:|--:|--:|--:|--:|--:|---|',
  ];
  for (const a of after.pages) {
    const b = before.pages.find((p) => p.name === a.name);
    const isNew = !b || b.bytes === null;
    const growth = !isNew && a.bytes !== null ? a.bytes / b!.bytes! : null;
    const flags = [
      isNew ? 'new' : '',
      growth !== null && growth > MAX_GROWTH ? `**over +${Math.round((MAX_GROWTH - 1) * 100)}%**` : '',
      a.limit && a.bytes !== null ? (a.bytes <= a.limit ? `≤ ${a.limit / 1000} KB` : `**over ${a.limit / 1000} KB**`) : '',
    ].filter(Boolean);
    const change = growth === null ? '' : `${growth >= 1 ? '+' : ''}${((growth - 1) * 100).toFixed(1)}%`;
    lines.push(`| ${a.name} | ${kb(b?.bytes)} | ${kb(a.bytes)} | ${change} | ${kb(b?.gzipBytes)} | ${kb(a.gzipBytes)} | ${ms(b?.medianMs)} | ${ms(a.medianMs)} | ${flags.join(', ')} |`);
  }
  return lines.join('\n');
}

if (arg('--compare') !== undefined) {
  const i = argv.indexOf('--compare');
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Run;
  console.log(compare(read(argv[i + 1]!), read(argv[i + 2]!)));
} else {
  const checkout = resolve(arg('--checkout') ?? HERE);
  const run = await measure(checkout);
  const out = process.env.BENCH_OUT ?? '.bench-results/page-weight.json';
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(run, null, 2) + '\n');
  const over = run.pages.filter((p) => p.limit && p.bytes !== null && p.bytes > p.limit);
  console.log(`load average ${run.load.map((l) => l.toFixed(1)).join(' → ')}; written to ${out}${over.length ? `; OVER the limit: ${over.map((p) => p.name).join(', ')}` : ''}`);
}
agent.destroy();
