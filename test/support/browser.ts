/**
 * Browser tests against the real application: Verbind on a random loopback
 * port with an in-memory PGlite database holding the seed content (the 19
 * inspiring examples), and one headless Debian chromium per test file.
 *
 * Use `useBrowserApp()` at the top of a test file: it starts everything in
 * before() and closes everything in after(), also when tests fail (a leftover
 * PGlite, Fastify server or chromium keeps node alive and hangs CI).
 */
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/http/app.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { seedIfEmpty } from '../../src/seed/service/seed.js';

/** A TCP port free on loopback right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export const CHROMIUM_PATH = process.env.VERBIND_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * Rules outside those tags that every run adds: landmark-unique (axe "best practice") — two
 * navigation or region landmarks with the same name leave a screen-reader user unable to tell
 * them apart in the landmarks list (issue 14 asks for it on every page template).
 */
export const AXE_EXTRA_RULES = ['landmark-unique'];
export const LANGS = ['nl', 'fr', 'en'] as const;

export interface BrowserApp {
  app: FastifyInstance;
  database: Database;
  browser: Browser;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** Absolute URL for a path such as "/nl/about". */
  url(path: string): string;
  /** The file's shared context and page (JavaScript on, 1280x900): reuse it. */
  context: BrowserContext;
  page: Page;
  /** Opens `path` in the shared page (or `page`); returns the main response. */
  open(path: string, page?: Page): Promise<Response>;
  /** A new context (e.g. javaScriptEnabled: false, a phone viewport); closed with the rest. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** GET a JSON document from the app (no browser). */
  json<T = unknown>(path: string): Promise<T>;
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string | undefined }[];
}

/** Runs axe with the WCAG 2.1 A and AA rules, and AXE_EXTRA_RULES, on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Legacy mode runs axe inside the page instead of opening a blank page for
  // every run: about twice as fast, and the pages have no iframes to miss.
  // options() first: it replaces the options object, withTags then adds runOnly; axe runs the
  // tagged rules plus the rules enabled by name.
  const extra = Object.fromEntries(AXE_EXTRA_RULES.map((id) => [id, { enabled: true }]));
  const r = await new AxeBuilder({ page }).options({ rules: extra }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))), html: n.html, failureSummary: n.failureSummary })),
  }));
}

/** Violations as text a person can act on: rule, impact, what to do, and where. */
export function formatViolations(where: string, violations: AxeViolation[]): string {
  if (!violations.length) return `${where}: no violations`;
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  - [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 10)) {
      lines.push(`      at ${n.target.join(', ')}`);
      lines.push(`         ${n.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (n.failureSummary) lines.push(...n.failureSummary.split('\n').map((l) => `         ${l}`));
    }
    if (v.nodes.length > 10) lines.push(`      … and ${v.nodes.length - 10} more`);
  }
  return lines.join('\n');
}

/** Starts app, database and browser; if any step fails, stops what already started. `appOptions`: more app options (e.g. mail), read when the app starts. */
export async function startBrowserApp(appOptions: () => Partial<AppOptions> = () => ({})): Promise<BrowserApp & { close(): Promise<void> }> {
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    const errors: unknown[] = [];
    // Reverse order: browser first, then the server, then the database under it.
    for (const c of closers.splice(0).reverse()) {
      try {
        await withTimeout(c(), 15_000);
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length) throw new AggregateError(errors, 'closing the browser test harness failed');
  };
  try {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium not found at ${CHROMIUM_PATH} (set VERBIND_CHROMIUM)`);
    const database = await openDatabase({ dataDir: 'memory' });
    closers.push(() => database.close());
    await database.migrate();
    await seedIfEmpty(database);

    // The port is chosen first so the app's public URL (absolute links, share links) is its real address, as `serve` sets it.
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const app = await buildApp({ database, logLevel: 'silent', rateLimit: false, publicUrl: baseUrl, ...appOptions() });
    closers.push(() => app.close());
    await app.listen({ port, host: '127.0.0.1' });

    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
    closers.push(() => browser.close());
    const contextDefaults: BrowserContextOptions = { baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'nl-BE' };
    const newContext = async (options: BrowserContextOptions = {}) => {
      const c = await browser.newContext({ ...contextDefaults, ...options });
      c.setDefaultTimeout(15_000);
      c.setDefaultNavigationTimeout(15_000);
      return c;
    };
    const context = await newContext();
    const page = await context.newPage();

    const url = (path: string) => new URL(path, baseUrl).toString();
    const open = async (path: string, p: Page = page) => {
      const r = await p.goto(url(path), { waitUntil: 'load' });
      if (!r) throw new Error(`no response for ${path}`);
      return r;
    };
    const json = async <T>(path: string): Promise<T> => {
      const r = await fetch(url(path), { headers: { accept: 'application/json' } });
      if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    };
    return { app, database, browser, baseUrl, url, context, page, open, newContext, json, close };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}

/**
 * Registers before()/after() hooks for the file and returns a holder whose
 * fields are filled once before() has run.
 */
export function useBrowserApp(appOptions?: () => Partial<AppOptions>): BrowserApp {
  const holder = {} as BrowserApp;
  let stop: (() => Promise<void>) | undefined;
  before(
    async () => {
      const started = await startBrowserApp(appOptions);
      stop = started.close;
      Object.assign(holder, started);
    },
    { timeout: 90_000 },
  );
  after(
    async () => {
      await stop?.();
    },
    { timeout: 60_000 },
  );
  return holder;
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
        timer.unref();
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Seeded, published initiatives as the API lists them (id and name). */
export async function seededInitiatives(b: BrowserApp): Promise<{ id: string; name: string }[]> {
  const r = await b.json<{ total: number; items: { id: string; name: string }[] }>('/api/v1/initiatives?pageSize=100');
  return r.items.map(({ id, name }) => ({ id, name }));
}

/** The page at `path` exists when the app answers it with something other than 404. */
export async function pageExists(b: BrowserApp, path: string): Promise<boolean> {
  const r = await fetch(b.url(path), { redirect: 'manual' });
  await r.body?.cancel();
  return r.status !== 404;
}
