/**
 * The area monitor in a real browser (Debian's Chromium), with the shared data files (real
 * boundaries and hierarchies, synthetic population): no axe violations (WCAG 2.1 A and AA) on the
 * page without data, the municipality map page, the care-zone map in nl, fr and en, a focused view
 * and the supply page; every map area is reachable by keyboard and leads to its row in the table;
 * on a phone the page itself does not scroll sideways (wide tables scroll in their own region), the
 * municipality page stays under 15,000 px at 390 px, its tables and gap list stack, and one link
 * skips the map.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH, LANGS, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { importAreaHierarchy, importBoundaries } from '../../src/areas/service/import.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { DATA } from '../areas/files.js';

const FILES = {
  refnis: 'areas/TU_COM_REFNIS-pre2025.txt',
  zones: 'areas/eerstelijnszones-2025.csv',
  sectors: 'areas/statistical-sectors-2025-flanders-brussels.csv',
  topo: 'geo/belgium-municipalities-2019.topojson',
  population: 'population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip',
};
const skip = !existsSync(CHROMIUM_PATH) ? `no Chromium at ${CHROMIUM_PATH}` : !Object.values(FILES).every((f) => existsSync(DATA + f)) ? 'shared data files missing' : false;
const bytes = (f: string) => new Uint8Array(readFileSync(DATA + f));
const label = (f: string) => f.split('/').pop()!;

describe('area monitor in the browser', { skip, timeout: 360_000 }, () => {
  const b = useBrowserApp();

  async function noViolations(path: string, page = b.page) {
    const r = await b.open(path, page);
    assert.equal(r.status(), 200, path);
    const v = await axeViolations(page);
    assert.equal(v.length, 0, formatViolations(path, v));
  }

  test('without population: the download steps page has no axe violations', () => noViolations('/nl/monitor'));

  test('with the shared data: the municipality map page (the 304 of Flanders and Brussels, with the supply maps) has no axe violations', async () => {
    const d = b.database;
    await importAreaHierarchy(d, bytes(FILES.refnis), { label: label(FILES.refnis) });
    await importAreaHierarchy(d, bytes(FILES.zones), { label: label(FILES.zones) });
    await importAreaHierarchy(d, bytes(FILES.sectors), { label: label(FILES.sectors) });
    await importBoundaries(d, bytes(FILES.topo), { level: 'municipality', label: label(FILES.topo) });
    await importPopulation(d.db, bytes(FILES.population), { label: label(FILES.population) });
    await noViolations('/nl/monitor?level=municipality');
  });

  // The same components at fewer areas: the language changes the text, not the markup, so axe runs faster here.
  for (const lang of LANGS) test(`care zones have no axe violations [${lang}]`, () => noViolations(`/${lang}/monitor?level=zone`));
  test('a focused view with the prevalence model choice open, and the supply page, have no axe violations', async () => {
    await noViolations('/nl/monitor?level=municipality&focus=zone:elz7&model=statbel-2024,social-typology');
    assert.equal(await b.page.locator('#m-model-statbel-2024').isChecked(), true);
    await noViolations('/en/monitor/supply?level=municipality&focus=zone:elz7');
  });

  test('every map area is a link reachable by keyboard; Enter goes to its row in the table', async () => {
    await b.open('/nl/monitor?level=zone');
    const areas = b.page.locator('.monitor-map svg a');
    const n = await areas.count();
    assert.equal(n, 57);
    const rows = await b.page.locator('tr[id^="row-"]').count();
    assert.equal(rows, n, 'one map area per table row');
    // Tab from the table caption back into the map would cross the whole form; start at the last link before the map instead.
    await areas.first().focus();
    const first = await b.page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('href'));
    assert.match(first ?? '', /^#row-elz/);
    await b.page.keyboard.press('Tab');
    const second = await b.page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('href'));
    assert.match(second ?? '', /^#row-elz/, 'Tab moves to the next area');
    assert.notEqual(second, first);
    const name = await b.page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('aria-label'));
    assert.match(name ?? '', /%/, 'the area says its figure');
    await b.page.keyboard.press('Enter');
    await b.page.waitForURL(/#row-elz/);
    assert.equal(new URL(b.page.url()).hash, second);
    assert.equal(await b.page.locator(`tr${second}`).isVisible(), true);
  });

  test('on a phone (375 px) the page does not scroll sideways', async () => {
    const context = await b.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await noViolations('/nl/monitor?level=zone', page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `page scrolls sideways by ${overflow} px`);
    } finally {
      await context.close();
    }
  });

  test('on a phone (390 px) the municipality page stays under 15,000 px, the gap list and tables stack, the legend is readable and one link skips the map', async () => {
    const context = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await noViolations('/fr/monitor?level=municipality', page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height < 15_000, `the page is ${height} px tall`);
      // The gap list flows as text (a term, then its answer), not one letter per line beside a wide term.
      const lines = await page.locator('.ranking .missing dd').evaluateAll((els) => Math.max(...els.map((el) => el.getClientRects().length)));
      assert.ok(lines <= 4, `a gap list answer runs over ${lines} lines`);
      // The table's rows are blocks, each cell beside its column's name.
      const cell = page.locator('#figure-table tbody tr').first().locator('td').nth(1);
      assert.equal(await cell.evaluate((el) => getComputedStyle(el, '::before').content), '"Habitants"');
      for (const size of await page.locator('.map-legend li, .map-legend-title').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)))) assert.ok(size >= 12, `legend text ${size} px`);
      // One link skips the map's areas.
      await page.locator('a.skip-map').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#table$/);
    } finally {
      await context.close();
    }
  });
});
