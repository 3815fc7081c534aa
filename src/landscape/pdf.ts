/**
 * PDF reports: the standalone HTML report printed by Chromium (Debian's
 * /usr/bin/chromium, or VERBIND_CHROMIUM) through playwright-core. When the
 * browser is missing, callers get PdfUnavailableError and say so (HTTP 503,
 * CLI exit 1); every other format works without it.
 *
 * The page is loaded with JavaScript off and every network request refused:
 * the report is self-contained (inline CSS, inline SVG). One print at a time,
 * so a burst of requests cannot start many browsers on a small server.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium is: VERBIND_CHROMIUM, else Debian's /usr/bin/chromium (read at each use, so a test or an operator can change it). */
export const chromiumPath = () => process.env.VERBIND_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class PdfUnavailableError extends Error {
  constructor(message = `Chromium was not found at ${chromiumPath()} (set VERBIND_CHROMIUM to its path); PDF reports need it.`) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

export function chromiumAvailable(path = chromiumPath()): boolean {
  return existsSync(path);
}

let queue: Promise<unknown> = Promise.resolve();

export async function htmlToPdf(html: string, opts: { footer?: string; path?: string } = {}): Promise<Buffer> {
  const path = opts.path ?? chromiumPath();
  if (!chromiumAvailable(path)) throw new PdfUnavailableError();
  const run = async () => {
    const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, timeout: 30_000 });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
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
    } finally {
      await browser.close();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
