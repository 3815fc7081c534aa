/**
 * axe (WCAG 2.1 A and AA, landmark-unique included) on the privacy statement, the accessibility
 * statement and one existing page with the footer, in nl, fr and en, at 320 px and on a desktop;
 * the current menu item is marked visibly, not by colour alone. One browser for the file.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';

const b = useBrowserApp();
const PAGES = ['/privacy', '/accessibility', '/about'];
const WIDTHS = [
  { name: '320 px', viewport: { width: 320, height: 700 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, isMobile: false },
];

describe('statements and footer have no axe violations', () => {
  for (const w of WIDTHS) {
    test(`at ${w.name}`, async () => {
      const context = await b.newContext({ viewport: w.viewport, isMobile: w.isMobile });
      try {
        const page = await context.newPage();
        for (const lang of LANGS) {
          for (const path of PAGES) {
            const where = `/${lang}${path} at ${w.name}`;
            const r = await b.open(`/${lang}${path}`, page);
            assert.equal(r.status(), 200, where);
            assert.equal(await page.getAttribute('html', 'lang'), lang, where);
            const violations = await axeViolations(page);
            assert.equal(violations.length, 0, formatViolations(where, violations));
            // Nothing sticks out sideways on a phone.
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `${where}: ${overflow} px wider than the screen`);
          }
        }
      } finally {
        await context.close();
      }
    });
  }
});

test('the current menu item is marked with a bar, not by colour alone, and the print view keeps name, address and date', async () => {
  await b.open('/nl/about');
  const item = b.page.locator('nav.main-nav a[aria-current="page"]');
  assert.equal(await item.count(), 1);
  assert.equal(await item.textContent(), 'Over Verbind');
  const style = (sel: string) => b.page.locator(sel).evaluate((el) => ({ bar: getComputedStyle(el).borderBottomWidth, line: getComputedStyle(el).textDecorationLine }));
  const marked = await style('nav.main-nav a[aria-current="page"]');
  const other = await style('nav.main-nav a[href="/nl/matrix"]');
  assert.ok(parseFloat(marked.bar) >= 3, `current item has a bar (${marked.bar})`);
  assert.equal(parseFloat(other.bar), 0, 'other items have no bar');
  assert.notDeepEqual(marked, other);

  assert.equal(await b.page.locator('.print-meta').isVisible(), false, 'the print line is hidden on screen');
  await b.page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await b.page.locator('.print-meta').isVisible(), true, 'the print line shows on paper');
    assert.match((await b.page.locator('.print-meta').textContent()) ?? '', /^Verbind · http:\/\/127\.0\.0\.1:\d+\/nl\/about · afgedrukt op \d{1,2} \S+ \d{4}$/);
    assert.equal(await b.page.locator('nav.main-nav').isVisible(), false, 'no menu on paper');
    await b.open('/nl/matrix/elements/meeting');
    assert.equal(await b.page.locator('.back-link').isVisible(), false, 'no back link on paper');
    await b.open('/nl/survey');
    assert.equal(await b.page.locator('main form').first().isVisible(), false, 'no forms on paper');
  } finally {
    await b.page.emulateMedia({ media: 'screen' });
  }
});
