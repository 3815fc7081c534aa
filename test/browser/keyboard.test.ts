/**
 * Keyboard-only use, and every public page without JavaScript: the skip link,
 * the search form (Tab, Space on a facet, Enter), the language switcher, and
 * filtered search with JavaScript off giving what the API gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser.js';
import { INSPIRING_EXAMPLES } from '../../src/seed/examples.js';

const b = useBrowserApp();

interface ApiResult {
  total: number;
  items: { id: string; name: string }[];
  facets: Record<string, { code: string; count: number }[]>;
}

/** What has keyboard focus: tag, id, class, href. */
async function focused(page: Page): Promise<{ tag: string; id: string; cls: string; href: string | null; type: string | null }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return { tag: e?.tagName.toLowerCase() ?? '', id: e?.id ?? '', cls: e?.className ?? '', href: e?.getAttribute('href') ?? null, type: e?.getAttribute('type') ?? null };
  });
}

/** Presses Tab until `match` says yes; fails after `max` presses. Returns the number of presses. */
async function tabUntil(page: Page, what: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 150): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return i;
  }
  assert.fail(`Tab never reached ${what} in ${max} presses`);
}

/** The number in the results heading, e.g. "7 initiatieven gevonden" → 7 ("Geen …" → 0). */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#results-title').textContent()) ?? '';
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : 0;
}

const resultNames = (page: Page) => page.locator('ul.results > li h3 a').allTextContents();

describe('keyboard only', () => {
  test('the skip link is the first tab stop, is visible when focused, and moves focus to main', async () => {
    for (const path of ['/nl/', `/fr/initiatives/${INSPIRING_EXAMPLES[0]!.id}`, '/en/matrix']) {
      await b.open(path);
      await b.page.keyboard.press('Tab');
      const f = await focused(b.page);
      assert.equal(f.cls, 'skip-link', `${path}: first tab stop`);
      assert.equal(f.href, '#main');
      const box = await b.page.locator('.skip-link').boundingBox();
      assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 20, `${path}: the focused skip link is on screen (${JSON.stringify(box)})`);
      await b.page.keyboard.press('Enter');
      assert.equal((await focused(b.page)).id, 'main', `${path}: Enter on the skip link focuses main`);
      // The next Tab continues inside main, not back in the header.
      await b.page.keyboard.press('Tab');
      const inMain = await b.page.evaluate(() => !!document.activeElement?.closest('main'));
      assert.ok(inMain, `${path}: Tab after the skip link stays in main`);
    }
  });

  test('search: Tab reaches the search box, Space ticks a facet, Enter submits and filters', async () => {
    const all = await b.json<ApiResult>('/api/v1/initiatives');
    // A facet value that narrows the results without emptying them.
    const facet = all.facets.elements!.find((f) => f.count > 0 && f.count < all.total);
    assert.ok(facet, 'the seed has an element that narrows the results');
    const checkboxId = `f-elements-${facet.code}`;

    await b.open('/nl/');
    const before = await resultCount(b.page);
    assert.equal(before, all.total);

    // The header's links (skip link, brand, languages, menu) come first; the search box is the
    // first stop inside main, whatever the menu grows to.
    const headerStops = await b.page.locator('header a[href], header button, a.skip-link').count();
    const toSearch = await tabUntil(b.page, 'the search box', (f) => f.id === 'q');
    assert.ok(toSearch <= headerStops + 1, `the search box is the first tab stop after the header's ${headerStops} (${toSearch} presses)`);
    await tabUntil(b.page, `the facet checkbox #${checkboxId}`, (f) => f.id === checkboxId);
    assert.equal(await b.page.isChecked(`#${checkboxId}`), false);
    await b.page.keyboard.press('Space');
    assert.equal(await b.page.isChecked(`#${checkboxId}`), true, 'Space ticks the checkbox');

    await Promise.all([b.page.waitForURL((u) => u.searchParams.has('elements')), b.page.keyboard.press('Enter')]);
    const url = new URL(b.page.url());
    assert.equal(url.pathname, '/nl/');
    assert.equal(url.searchParams.get('elements'), facet.code, 'the URL carries the filter');
    const after = await resultCount(b.page);
    assert.notEqual(after, before, 'the result count changes');
    assert.equal(after, facet.count, 'the result count is the facet count that was shown');
    assert.equal(await b.page.isChecked(`#${checkboxId}`), true, 'the ticked facet stays ticked');
    // The active filter can be removed again with the keyboard.
    const chip = b.page.locator('a.tag').first();
    await chip.focus();
    await Promise.all([b.page.waitForURL((u) => !u.searchParams.has('elements')), b.page.keyboard.press('Enter')]);
    assert.equal(await resultCount(b.page), all.total);
  });

  test('search: typing words in the search box and Enter searches', async () => {
    await b.open('/nl/');
    await tabUntil(b.page, 'the search box', (f) => f.id === 'q');
    await b.page.keyboard.type('buddy');
    await Promise.all([b.page.waitForURL((u) => u.searchParams.get('q') === 'buddy'), b.page.keyboard.press('Enter')]);
    const api = await b.json<ApiResult>('/api/v1/initiatives?q=buddy');
    assert.ok(api.total > 0 && api.total < INSPIRING_EXAMPLES.length);
    assert.equal(await resultCount(b.page), api.total);
    assert.deepEqual(await resultNames(b.page), api.items.map((i) => i.name));
  });

  test('the language switcher keeps the current page and query, and works by keyboard', async () => {
    const id = INSPIRING_EXAMPLES[1]!.id;
    const paths = ['/nl/', '/nl/?q=buddy&elements=meeting', `/nl/initiatives/${id}`, '/nl/matrix', '/nl/matrix/elements/meeting', '/nl/about', '/nl/bestaat-niet'];
    for (const path of paths) {
      await b.open(path);
      const rest = path.slice(3);
      for (const lang of ['fr', 'en']) {
        const href = await b.page.locator(`nav.langs a[hreflang=${lang}]`).getAttribute('href');
        assert.equal(href, `/${lang}${rest}`, `${path}: link to ${lang}`);
      }
      assert.equal(await b.page.locator('nav.langs [aria-current]').getAttribute('lang'), 'nl', `${path}: the current language is marked`);
    }
    // Follow one with the keyboard.
    await b.open(`/nl/initiatives/${id}`);
    await tabUntil(b.page, 'the French link', (f) => f.href === `/fr/initiatives/${id}`, 10);
    await Promise.all([b.page.waitForURL(`**/fr/initiatives/${id}`), b.page.keyboard.press('Enter')]);
    assert.equal(await b.page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await b.page.locator('h1').textContent(), INSPIRING_EXAMPLES[1]!.name);
  });
});

describe('without JavaScript', () => {
  test('every public page works, and filtered search gives what the API gives', async (t) => {
    const context = await b.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const pages: [string, number][] = [
        ['/nl/', 200],
        ['/fr/?q=buddy', 200],
        ['/en/?elements=meeting&page=1', 200],
        ['/nl/?pageSize=5&page=2', 200],
        ['/nl/matrix', 200],
        ['/fr/matrix/elements/meeting', 200],
        ['/en/about', 200],
        ['/nl/bestaat-niet', 404],
        ['/nl/?elements=bogus', 400],
        ...INSPIRING_EXAMPLES.map((e): [string, number] => [`/nl/initiatives/${e.id}`, 200]),
      ];
      for (const [path, status] of pages) {
        const r = await b.open(path, page);
        assert.equal(r.status(), status, `${path}: status`);
        assert.equal(await page.locator('main h1').count(), 1, `${path}: one h1 in main`);
        // No program runs on public pages; a JSON-LD data block (schema.org, issue 13) is data, not a script.
        assert.equal(await page.locator('script:not([type="application/ld+json"])').count(), 0, `${path}: no scripts`);
      }

      await t.test('facet, free text and pager through the plain form', async () => {
        await b.open('/nl/', page);
        await page.locator('#q').fill('ouderen');
        const api0 = await b.json<ApiResult>('/api/v1/initiatives?q=ouderen');
        const facet = api0.facets.age_groups!.find((f) => f.count > 0 && f.count < api0.total) ?? api0.facets.age_groups!.find((f) => f.count > 0)!;
        // The age facet is folded away: open it as a person would (no script needed for <details>).
        await page.locator(`details:has(#f-age_groups-${facet.code}) > summary`).click();
        await page.locator(`#f-age_groups-${facet.code}`).check();
        await Promise.all([page.waitForURL((u) => u.searchParams.has('age_groups')), page.locator('.filters button[type=submit]').click()]);
        const url = new URL(page.url());
        assert.equal(url.searchParams.get('q'), 'ouderen');
        assert.equal(url.searchParams.get('age_groups'), facet.code);

        const api = await b.json<ApiResult>(`/api/v1/initiatives?q=ouderen&age_groups=${facet.code}`);
        assert.equal(await resultCount(page), api.total);
        assert.deepEqual(await resultNames(page), api.items.map((i) => i.name));

        // Two filters on two axes, straight from a URL, against the API.
        const query = 'elements=meeting,social_support&prevention=primary';
        await b.open(`/nl/?${query}`, page);
        const api2 = await b.json<ApiResult>(`/api/v1/initiatives?${query}`);
        assert.equal(await resultCount(page), api2.total);
        assert.deepEqual(await resultNames(page), api2.items.map((i) => i.name));

        // The pager is plain links.
        await b.open('/nl/?pageSize=5', page);
        await Promise.all([page.waitForURL((u) => u.searchParams.get('page') === '2'), page.locator('nav.pager a[rel=next]').click()]);
        const api3 = await b.json<ApiResult>('/api/v1/initiatives?pageSize=5&page=2');
        assert.deepEqual(await resultNames(page), api3.items.map((i) => i.name));
      });
    } finally {
      await context.close();
    }
  });
});
