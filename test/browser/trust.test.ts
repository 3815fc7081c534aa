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

test('on a phone the menu folds into a "Menu" button that works without JavaScript; on a desktop the whole list shows', async () => {
  const phone = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, javaScriptEnabled: false });
  try {
    const page = await phone.newPage();
    for (const lang of ['nl', 'fr'] as const) {
      await b.open(`/${lang}/about`, page);
      const summary = page.locator('nav.main-nav summary');
      const current = page.locator('nav.main-nav a[aria-current="page"]');
      assert.equal(await summary.isVisible(), true, `${lang}: the Menu button shows on a phone`);
      assert.equal(await current.isVisible(), false, `${lang}: the list is folded`);
      assert.equal(await page.locator('nav.langs a[hreflang]').first().isVisible(), true, `${lang}: the language switch stays outside the fold`);
      const header = await page.locator('header.site-header').evaluate((e) => e.getBoundingClientRect().height);
      assert.ok(header < 844 / 4, `${lang}: the header takes ${header} px of an 844 px screen`);
      // Keyboard: Tab reaches the button, Enter opens it, and the current page is still marked.
      await summary.focus();
      await page.keyboard.press('Enter');
      assert.equal(await current.isVisible(), true, `${lang}: Enter opens the menu`);
      assert.equal(await page.locator('nav.main-nav details').getAttribute('open'), '', `${lang}: the disclosure says it is open`);
    }
  } finally {
    await phone.close();
  }
  // axe on the opened menu at phone width (axe needs JavaScript; the menu itself does not).
  await b.page.setViewportSize({ width: 390, height: 844 });
  try {
    await b.open('/fr/about');
    await b.page.locator('nav.main-nav summary').click();
    assert.equal(await b.page.locator('nav.main-nav a[aria-current="page"]').isVisible(), true);
    const violations = await axeViolations(b.page);
    assert.equal(violations.length, 0, formatViolations('/fr/about, menu open at 390 px', violations));
  } finally {
    await b.page.setViewportSize({ width: 1280, height: 900 });
  }
  await b.open('/nl/about');
  assert.equal(await b.page.locator('nav.main-nav summary').isVisible(), false, 'no Menu button on a desktop');
  assert.equal(await b.page.locator('nav.main-nav a[aria-current="page"]').isVisible(), true, 'the whole menu shows on a desktop');
});
