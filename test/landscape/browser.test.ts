/**
 * The landscape page in a real browser (Debian's Chromium), on the seeded
 * examples: no axe violations (WCAG 2.1 A and AA) in nl, fr and en, with
 * cross-tabs and on a phone; the selection and cross-tab form works with
 * JavaScript off; printed, the form is gone and the charts stay.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, LANGS, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';

const skip = existsSync(CHROMIUM_PATH) ? false : `no Chromium at ${CHROMIUM_PATH}`;

describe('landscape page in the browser', { skip }, () => {
  const b = useBrowserApp();
  const CROSS = 'crosstab=elements:meeting,age_groups:older&crosstab=prevention,geographic_level&crosstab=age_groups,prevention';

  for (const lang of LANGS) {
    test(`no axe violations, with cross-tabs [${lang}]`, async () => {
      const r = await b.open(`/${lang}/landscape?${CROSS}`);
      assert.equal(r.status(), 200);
      const v = await axeViolations(b.page);
      assert.equal(v.length, 0, formatViolations(`/${lang}/landscape`, v));
    });
  }

  test('no axe violations on a small selection and on a phone (375 px), without sideways scrolling', async () => {
    const context = await b.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await b.open(`/nl/landscape?prevention=tertiary&${CROSS}`, page);
      const v = await axeViolations(page);
      assert.equal(v.length, 0, formatViolations('/nl/landscape on a phone', v));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `page scrolls sideways by ${overflow} px`);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript: filters and a new cross-tab through the form give the shareable URL', async () => {
    const context = await b.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await b.open('/en/landscape', page);
      await page.locator('details', { has: page.locator('summary', { hasText: 'Type of intervention' }) }).locator('summary').click();
      await page.check('#l-prevention-primary');
      await page.selectOption('#l-add-row', 'elements:meeting');
      await page.selectOption('#l-add-col', 'age_groups:older');
      await page.check('#l-percent-row');
      await Promise.all([page.waitForURL(/crosstab=/), page.click('button[type=submit]')]);
      const url = new URL(page.url());
      assert.equal(url.pathname, '/en/landscape');
      assert.equal(url.searchParams.get('prevention'), 'primary');
      assert.deepEqual(url.searchParams.getAll('crosstab'), ['elements:meeting,age_groups:older']);
      assert.equal(await page.locator('#share-link').getAttribute('href'), url.toString());
      assert.equal(await page.locator('#crosstab-0-h').count(), 1);
      assert.equal(url.searchParams.get('percent'), 'row');
      assert.match((await page.locator('table.crosstab caption').textContent())!, /Row percentages: each row adds up to 100%/);
    } finally {
      await context.close();
    }
  });

  test('printed: no form or navigation, every chart and table kept', async () => {
    await b.open(`/en/landscape?${CROSS}`);
    await b.page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await b.page.locator('form.landscape-form').isVisible(), false);
      assert.equal(await b.page.locator('.site-header nav').first().isVisible(), false);
      const charts = b.page.locator('svg.lchart');
      const n = await charts.count();
      assert.ok(n >= 17, `${n} charts`);
      for (let i = 0; i < n; i++) assert.ok(await charts.nth(i).isVisible(), `chart ${i} printed`);
    } finally {
      await b.page.emulateMedia({ media: 'screen' });
    }
  });
});
