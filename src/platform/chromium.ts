/**
 * The one headless Chromium of Verbind (Debian's /usr/bin/chromium, or VERBIND_CHROMIUM)
 * through playwright-core: the landscape's PDF report and the monitor's PNG map use it.
 *
 * Every page is loaded with JavaScript off and every network request refused: what we print
 * or rasterise is self-contained (inline CSS, inline SVG), so nothing reaches out. One browser
 * at a time (a queue shared by every caller), so a burst of requests cannot start many
 * browsers on a small server. When the browser is missing, callers get
 * ChromiumUnavailableError and say so (HTTP 503, CLI exit 1).
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Where Chromium is: VERBIND_CHROMIUM, else Debian's /usr/bin/chromium (read at each use, so a test or an operator can change it). */
export const chromiumPath = () => process.env.VERBIND_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class ChromiumUnavailableError extends Error {
  override name = 'ChromiumUnavailableError';
  constructor(message = `Chromium was not found at ${chromiumPath()} (set VERBIND_CHROMIUM to its path).`) {
    super(message);
  }
}

export function chromiumAvailable(path = chromiumPath()): boolean {
  return existsSync(path);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `use` on a fresh page of a fresh browser (JavaScript off, network refused), after every
 * earlier use has finished; the browser is closed whatever happens.
 */
export async function withChromiumPage<T>(
  use: (page: Page) => Promise<T>,
  opts: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; path?: string } = {},
): Promise<T> {
  const path = opts.path ?? chromiumPath();
  if (!chromiumAvailable(path)) throw new ChromiumUnavailableError(`Chromium was not found at ${path} (set VERBIND_CHROMIUM to its path).`);
  const run = async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, timeout: 30_000 });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: opts.viewport, deviceScaleFactor: opts.deviceScaleFactor });
      await context.route('**/*', (route) => route.abort());
      return await use(await context.newPage());
    } finally {
      await browser.close();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/** Prints self-contained HTML to an A4 PDF with a footer line and page numbers. */
export function htmlToPdf(html: string, opts: { footer?: string; path?: string } = {}): Promise<Buffer> {
  return withChromiumPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 14mm;color:#4a4a55;display:flex;justify-content:space-between"><span>${escapeHtml(opts.footer ?? 'Verbind')}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
    return Buffer.from(pdf);
  }, { path: opts.path });
}

/** Rasterises a standalone SVG (with viewBox) at the given size, twice the pixel density. */
export function svgToPng(svg: string, width = 800, height = 560): Promise<Buffer> {
  return withChromiumPage(async (page) => {
    const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{display:block;width:${width}px;height:${height}px}</style></head><body>${body}</body></html>`);
    const el = await page.$('svg');
    return await (el ?? page).screenshot({ type: 'png' });
  }, { viewport: { width, height }, deviceScaleFactor: 2 });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
