/**
 * The screening pages in a real Chromium: axe (WCAG 2.1 A/AA) finds nothing
 * on the screening form, its result, the personas, the self-check and its
 * result, in nl, fr and en, at 320 px and on a desktop; both forms work with
 * JavaScript off; and the self-check works with the keyboard alone.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { LANGS, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';

const b = useBrowserApp();

const VIEWPORTS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;

async function accessible(page: Page, where: string): Promise<void> {
  const v = await axeViolations(page);
  assert.equal(v.length, 0, formatViolations(where, v));
  // Nothing wider than the screen: a phone never scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where}: ${overflow} px wider than the viewport`);
}

async function submit(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.locator('form[method="post"] button[type="submit"]').click()]);
}

describe('screening pages: axe, phone and desktop', () => {
  for (const vp of VIEWPORTS) {
    for (const lang of LANGS) {
      test(`${lang}, ${vp.name}: screening form and result, personas, self-check and result`, { timeout: 180_000 }, async () => {
        const { name: _n, ...options } = vp;
        // axe runs its script in the page, so these contexts keep JavaScript on; the
        // no-JavaScript path is its own test below.
        const context = await b.newContext(options);
        context.setDefaultTimeout(20_000);
        try {
          const page = await context.newPage();
          await b.open(`/${lang}/screening?instruments=djg11,lsns6,oslo3&scale=5`, page);
          await accessible(page, `/${lang}/screening`);
          for (const [item, code] of [['2', 'strong_yes'], ['3', 'yes'], ['1', 'no'], ['4', 'more_or_less']] as const) await page.check(`#a-djg11-${item}-${code}`);
          for (const item of ['1', '2', '3', '4', '5', '6']) await page.check(`#a-lsns6-${item}-1`);
          await page.check('#f-duration-over_2_years');
          await page.check('#f-ma-situational');
          await page.selectOption('#f-municipality', '12021');
          await submit(page);
          assert.match(await page.locator('h1').innerText(), /./);
          assert.equal(await page.locator('.care-note').count(), 1, 'the care framing is on the result');
          await accessible(page, `/${lang}/screening/result`);

          await b.open(`/${lang}/personas?area=12021`, page);
          await accessible(page, `/${lang}/personas`);

          await b.open(`/${lang}/self-check`, page);
          await accessible(page, `/${lang}/self-check`);
          for (const item of ['1', '2', '3']) await page.check(`#a-ucla3-${item}-often`);
          await page.check('#a-ons_direct-1-often_always');
          await submit(page);
          // Every crisis line, in the order that suits the language (French puts Télé-Accueil's lines first).
          const crisis = await page.locator('.crisis').innerText();
          for (const number of ['106', '107', '1813', '0800 32 123']) assert.ok(crisis.includes(number), `${lang}: crisis line ${number} is shown`);
          await accessible(page, `/${lang}/self-check/result`);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('without JavaScript', () => {
  test('the screening form and the self-check send and show their results', { timeout: 120_000 }, async () => {
    const context = await b.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    context.setDefaultTimeout(20_000);
    try {
      const page = await context.newPage();
      await b.open('/fr/screening?instruments=ucla3,lsns6', page);
      for (const item of ['1', '2', '3']) await page.check(`#a-ucla3-${item}-often`);
      await submit(page);
      assert.match(page.url(), /\/fr\/screening\/result/);
      assert.equal(await page.locator('.care-note').count(), 1);
      await b.open('/nl/self-check', page);
      for (const item of ['1', '2', '3']) await page.check(`#a-ucla3-${item}-hardly_ever`);
      await submit(page);
      assert.match(page.url(), /\/nl\/self-check\/result$/);
      assert.match(await page.locator('.crisis').innerText(), /106/);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only', () => {
  test('the self-check can be filled and sent with Tab, arrow keys and Enter', { timeout: 120_000 }, async () => {
    const page = b.page;
    await b.open('/en/self-check', page);
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name || document.activeElement?.tagName || '');
    const tabTo = async (match: (name: string) => boolean, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (match(await focusedName())) return;
      }
      assert.fail('Tab never got there');
    };
    for (const item of ['1', '2', '3']) {
      await tabTo((n) => n === `a.ucla3.${item}`);
      // The first arrow press selects the next option of the group: "some of the time", then "often".
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }
    await tabTo((n) => n === 'a.ons_direct.1');
    await page.keyboard.press('Space');
    await tabTo((n) => n === 'BUTTON');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/en\/self-check\/result$/);
    assert.match(await page.locator('.lead').innerText(), /Your answers suggest that you feel lonely/);
  });
});
