/**
 * The search results with their map in a real browser (Debian's Chromium), on the seed content with
 * real municipality outlines (the shared 2019 boundaries of the provinces of Antwerp and East
 * Flanders, where the seed's places are): no axe violations (WCAG 2.1 A and AA) in nl, fr and en
 * at 390 and 1280 px; every marker is a link with its name, reached by Tab right after the
 * "skip the map" link, with a visible focus; the list beside the map holds the same initiatives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH, LANGS, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { importBoundaries } from '../../src/areas/service/import.js';
import { DATA } from '../areas/files.js';

const TOPO = 'geo/belgium-municipalities-2019.topojson';
const skip = !existsSync(CHROMIUM_PATH) ? `no Chromium at ${CHROMIUM_PATH}` : !existsSync(DATA + TOPO) ? 'shared data files missing' : false;

/** The shared outlines of two provinces only: the same real shapes, a fraction of the import time. */
function twoProvinces(): Uint8Array {
  const topo = JSON.parse(readFileSync(DATA + TOPO, 'utf8')) as { objects: Record<string, { geometries: { properties: { prov_nis?: string } }[] }> };
  const o = topo.objects.municipalities!;
  o.geometries = o.geometries.filter((g) => g.properties.prov_nis === '10000' || g.properties.prov_nis === '40000');
  return new TextEncoder().encode(JSON.stringify(topo));
}

describe('search map in the browser', { skip, timeout: 300_000 }, () => {
  const b = useBrowserApp();

  test('with the outlines imported, the results page has a map with marker links', async () => {
    await importBoundaries(b.database, twoProvinces(), { level: 'municipality', label: 'belgium-municipalities-2019.topojson' });
    const r = await b.open('/nl/?near=44021');
    assert.equal(r.status(), 200);
    const markers = b.page.locator('.search-map svg a.marker');
    assert.ok((await markers.count()) >= 2, 'the seed places in Gent and Bornem are on the map');
  });

  for (const width of [390, 1280]) {
    test(`results with the map have no axe violations in nl, fr and en at ${width} px`, async () => {
      const context = await b.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        for (const lang of LANGS) {
          const r = await b.open(`/${lang}/?near=44021`, page);
          assert.equal(r.status(), 200);
          assert.equal(await page.locator('.search-map svg').count(), 1, `${lang}: a map`);
          const v = await axeViolations(page);
          assert.equal(v.length, 0, formatViolations(`${lang} ${width}px`, v));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 1, `${lang} ${width}px: the page scrolls sideways by ${overflow} px`);
        }
      } finally {
        await context.close();
      }
    });
  }

  test('keyboard: Tab from "skip the map" reaches each marker by name, with a visible focus; the list has the same initiatives', async () => {
    await b.open('/en/?near=44021');
    const page = b.page;
    const markers = page.locator('.search-map svg a.marker');
    const n = await markers.count();
    const names = await markers.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    await page.locator('.skip-map').focus();
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const circle = el?.querySelector('circle');
        return { label: el?.getAttribute('aria-label') ?? null, inMap: !!el?.closest('.search-map svg'), stroke: circle ? getComputedStyle(circle).strokeWidth : null };
      });
      assert.equal(focused.label, names[i], `Tab ${i + 1} reaches marker ${i + 1}`);
      assert.ok(focused.inMap);
      assert.equal(focused.stroke, '4px', 'the focused marker is drawn with a thick ring');
    }
    // The accessible name is the item's number and name, as in the list.
    const list = await page.locator('#result-list > li h3').allInnerTexts();
    for (const label of names) {
      const [, num, name] = /^(\d+)\. (.+?), /.exec(label ?? '') ?? [];
      assert.equal(list[Number(num) - 1]?.replace(/\s+/g, ' ').trim(), `${num}. ${name}`, `marker "${label}" is item ${num} of the list`);
    }
    // Enter on a marker opens its initiative.
    await markers.first().focus();
    await Promise.all([page.waitForURL(/\/en\/initiatives\//), page.keyboard.press('Enter')]);
  });

  test('screen reader: the map is a named group with a description, the outlines are hidden, every marker has a name', async () => {
    await b.open('/fr/?near=44021');
    const svg = b.page.locator('.search-map svg');
    assert.equal(await svg.getAttribute('role'), 'group');
    const label = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent);
    assert.equal(label, 'Carte des initiatives de cette page');
    assert.equal(await b.page.locator('.search-map svg > path[aria-hidden="true"]').count(), 1);
    for (const l of await b.page.locator('.search-map svg a.marker').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''))) assert.match(l, /^\d+\. .+, .+/);
  });
});
