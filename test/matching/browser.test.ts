/**
 * The professionals' matching page in a real browser (Debian's Chromium) on the seed content: no
 * axe violations (WCAG 2.1 A and AA) on the form and on results in nl, fr and en; without
 * JavaScript the GET form works (tick, send, read the list); at 320 and 390 px the page does not
 * scroll sideways.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, LANGS, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';

const skip = !existsSync(CHROMIUM_PATH) ? `no Chromium at ${CHROMIUM_PATH}` : false;
const RESULTS = '/matches?municipality=44021&age_group=older&elements=meeting,social_support,befriending&languages=fr&free_only=true';

describe('matching page in the browser', { skip, timeout: 180_000 }, () => {
  const b = useBrowserApp();

  for (const lang of LANGS) {
    test(`results with reasons have no axe violations [${lang}]`, async () => {
      const r = await b.open(`/${lang}${RESULTS}`);
      assert.equal(r.status(), 200);
      assert.ok((await b.page.locator('ol.matches > li').count()) > 0, 'some initiatives fit');
      if (lang === 'nl') await b.page.locator('details.match-rules summary').click(); // the rules with their sources, open
      const v = await axeViolations(b.page);
      assert.equal(v.length, 0, formatViolations(`${lang} results`, v));
    });
  }

  test('without JavaScript: tick what helps, send, and read the ranked list', async () => {
    const context = await b.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await b.open('/en/matches', page);
      await page.locator('summary', { hasText: 'What would help' }).click();
      await page.getByLabel('Meeting people').check();
      await page.getByLabel('Age group').selectOption('older');
      await page.getByRole('button', { name: 'Find fitting initiatives' }).click();
      await page.waitForURL(/\/en\/matches\?/);
      assert.match(page.url(), /elements=meeting/);
      assert.match(page.url(), /age_group=older/);
      const items = page.locator('ol.matches > li');
      assert.ok((await items.count()) > 0, 'a list of initiatives');
      assert.match((await items.first().innerText()) ?? '', /Why it fits[\s\S]*Offers: [\s\S]*Meeting people/);
    } finally {
      await context.close();
    }
  });

  for (const width of [320, 390]) {
    test(`at ${width} px the page does not scroll sideways`, async () => {
      const context = await b.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        await b.open(`/fr${RESULTS}`, page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 1, `page scrolls sideways by ${overflow} px`);
      } finally {
        await context.close();
      }
    });
  }
});
