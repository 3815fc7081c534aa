/**
 * Page weight, measured in chromium with a cold cache: no public page ships
 * more than 100 KB of compressed JavaScript (today: none at all), and HTML
 * plus CSS stay light enough for old phones on slow connections.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { useBrowserApp } from '../support/browser.js';
import { INSPIRING_EXAMPLES } from '../../src/seed/examples.js';

const b = useBrowserApp();

const KB = 1024;
const MAX_SCRIPT = 100 * KB;
const MAX_SEARCH_HTML_GZIP = 150 * KB;
/** Any public page, HTML + CSS, gzip-compressed: a generous ceiling that still catches runaway pages. */
const MAX_PAGE_GZIP = 200 * KB;

interface Weight {
  path: string;
  /** Bytes on the wire (as encoded by the server) per kind of resource. */
  transfer: Record<string, number>;
  /** HTML and CSS bodies as gzip would send them (the server itself may leave compression to a proxy). */
  htmlGzip: number;
  cssGzip: number;
  htmlRaw: number;
  scripts: number;
}

async function weigh(path: string): Promise<Weight> {
  // A fresh context per page: a cold cache, as for a first visit.
  const context = await b.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const w: Weight = { path, transfer: {}, htmlGzip: 0, cssGzip: 0, htmlRaw: 0, scripts: 0 };
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const type = response.request().resourceType();
          const sizes = await response.request().sizes();
          w.transfer[type] = (w.transfer[type] ?? 0) + sizes.responseBodySize;
          if (type === 'script') w.scripts++;
          if (type === 'document' || type === 'stylesheet') {
            const body = await response.body();
            if (type === 'document') {
              w.htmlRaw += body.length;
              w.htmlGzip += gzipSync(body).length;
            } else w.cssGzip += gzipSync(body).length;
          }
        })(),
      );
    });
    const r = await b.open(path, page);
    assert.ok(r.status() < 500, `${path}: status ${r.status()}`);
    // Late requests (the favicon) must be weighed before the context closes.
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return w;
  } finally {
    await context.close();
  }
}

const fmt = (n: number) => `${(n / KB).toFixed(1)} KB`;

test('public pages: ≤ 100 KB of JavaScript, light HTML and CSS', async (t) => {
  const paths = [
    '/nl/',
    '/fr/?q=buddy',
    '/en/?elements=meeting&age_groups=older',
    '/nl/?pageSize=100',
    `/nl/initiatives/${INSPIRING_EXAMPLES[0]!.id}`,
    `/fr/initiatives/${INSPIRING_EXAMPLES[5]!.id}`,
    '/nl/matrix',
    '/nl/matrix/elements/meeting',
    '/en/about',
    '/nl/bestaat-niet',
    '/nl/?elements=bogus',
    '/nl/sign-in',
    '/nl/survey',
  ];
  const weights: Weight[] = [];
  for (const path of paths) weights.push(await weigh(path));

  t.diagnostic(`${'page'.padEnd(58)} JS (wire)  HTML (wire)  HTML (gzip)  CSS (gzip)  HTML+CSS (gzip)`);
  for (const w of weights) {
    const js = w.transfer.script ?? 0;
    t.diagnostic(
      `${w.path.padEnd(58)} ${fmt(js).padStart(9)}  ${fmt(w.transfer.document ?? 0).padStart(11)}  ${fmt(w.htmlGzip).padStart(11)}  ${fmt(w.cssGzip).padStart(10)}  ${fmt(w.htmlGzip + w.cssGzip).padStart(15)}`,
    );
  }

  for (const w of weights) {
    assert.ok((w.transfer.script ?? 0) <= MAX_SCRIPT, `${w.path}: ${fmt(w.transfer.script ?? 0)} of JavaScript in ${w.scripts} script(s), more than ${fmt(MAX_SCRIPT)}`);
    assert.ok(w.htmlGzip + w.cssGzip <= MAX_PAGE_GZIP, `${w.path}: HTML + CSS is ${fmt(w.htmlGzip + w.cssGzip)} compressed, more than ${fmt(MAX_PAGE_GZIP)}`);
  }
  const search = weights.find((w) => w.path === '/nl/')!;
  assert.ok(search.htmlGzip < MAX_SEARCH_HTML_GZIP, `the search page's HTML is ${fmt(search.htmlGzip)} compressed, more than ${fmt(MAX_SEARCH_HTML_GZIP)}`);
  // Today the public pages need no JavaScript at all; say so if that changes.
  const withScripts = weights.filter((w) => w.scripts > 0).map((w) => `${w.path} (${w.scripts})`);
  if (withScripts.length) t.diagnostic(`pages loading scripts: ${withScripts.join(', ')}`);
});
