/**
 * The printed landscape (issue 14, "reports people hand on") on the seeded content (the study's
 * 19 inspiring examples): the PDF opens with a one-page summary (the selection, N, key figures,
 * the main gaps with the study's recommendation and its section) and the charts start on page 2.
 * Before this summary the PDF of the 19 examples had 15 pages, its first one mostly empty.
 *
 * How page 1 is checked without a PDF text extractor: the HTML that feeds the PDF holds the
 * summary before the first figure; in print the summary ends with a page break; and that HTML cut
 * right after the summary prints on exactly one page (so the summary fits page 1).
 * One browser for the file (the test harness's); the PDF route prints with Verbind's own Chromium.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserApp } from '../support/browser.js';
import { computeLandscape } from '../../src/landscape/service/index.js';
import { standaloneReport } from '../../src/landscape/web/standalone.js';

/** Page count of a PDF as Chromium writes it: the root /Pages node's /Count is the largest one. */
export function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  assert.ok(counts.length > 0, 'no /Pages node in the PDF');
  return Math.max(...counts);
}

const b = useBrowserApp();

test('the landscape PDF of the 19 examples opens with a one-page summary and has fewer pages than before (15)', async () => {
  const r = await fetch(b.url('/nl/landscape.pdf'));
  assert.equal(r.status, 200);
  const pdf = Buffer.from(await r.arrayBuffer());
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = pdfPageCount(pdf);
  assert.ok(pages >= 8 && pages < 15, `${pages} pages`);

  const l = await computeLandscape(b.database, {});
  assert.equal(l.n, 19);
  const html = await standaloneReport(b.database, l, 'nl', b.url('/nl/landscape'));
  const page = b.page;
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  try {
    const summary = page.locator('.report-summary');
    const text = (await summary.textContent()) ?? '';
    assert.match(text, /Kerncijfers/);
    assert.match(text, /Belangrijkste hiaten en wat de studie aanbeveelt/);
    assert.match(text, /Ontmoeten \d+,\d% \(\d+\)/, 'the key figures name the most frequent element with its share and count');
    assert.match(text, /Studie eenzaamheidsinitiatieven Vlaanderen \(2023\), §3\.2\.\d/, 'each recommendation names its section of the study');
    assert.match((await page.locator('.n-summary').textContent()) ?? '', /19 initiatieven in deze selectie/);
    assert.equal(await summary.evaluate((el) => getComputedStyle(el).breakAfter), 'page', 'the charts start on a new page');
    const order = await page.evaluate(() => {
      const s = document.querySelector('.report-summary')!;
      const f = document.querySelector('.lfigure')!;
      return Boolean(s.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(order, 'the summary comes before the first figure');
    // Everything after the summary removed: what is left prints on one page.
    await page.evaluate(() => {
      const s = document.querySelector('.report-summary')!;
      let n: Element | null = s;
      while (n && n !== document.body) {
        while (n.nextElementSibling) n.nextElementSibling.remove();
        n = n.parentElement;
      }
    });
    const first = await page.pdf({ format: 'A4', margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' } });
    assert.equal(pdfPageCount(Buffer.from(first)), 1, 'the title, selection and summary fit on page 1');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
