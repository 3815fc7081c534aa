/**
 * Persona (issue 14): a policy analyst who needs a map for a report, in Dutch at 1280 px and in
 * French on a phone (390 px). The task: the home page → the monitor from the menu → an indicator
 * and the care-zone level chosen → the map and the table beside it read (same 57 zones, legend text
 * at least 12 px) → the map downloaded as SVG, which carries its title, indicator, level, year and
 * source line → a cross-tab of the landscape for the report, whose chart text stays at least 12 px
 * on a phone (it scrolls in its own named region instead of shrinking), as does every bar chart
 * of the page (as wide as its column, no smaller text). On the phone the
 * municipality page of the monitor stays under 15,000 px tall and nothing scrolls the page
 * sideways. axe (WCAG 2.1 A/AA and landmark-unique) on every page on the way. Real data: the
 * shared boundaries and area lists, the synthetic population, the seeded 19 examples. One browser
 * for the file.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { importAreaHierarchy, importBoundaries } from '../../src/areas/service/import.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { DATA } from '../areas/files.js';

const FILES = {
  refnis: 'areas/TU_COM_REFNIS-pre2025.txt',
  zones: 'areas/eerstelijnszones-2025.csv',
  topo: 'geo/belgium-municipalities-2019.topojson',
  population: 'population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip',
};
const skip = !existsSync(CHROMIUM_PATH) ? `no Chromium at ${CHROMIUM_PATH}` : !Object.values(FILES).every((f) => existsSync(DATA + f)) ? 'shared data files missing' : false;
const MAX_MUNICIPALITY_PAGE_HEIGHT = 15_000;
const MIN_TEXT_PX = 12;
/** A cross-tab a report would quote: what initiatives offer by the age group they target. */
const CROSSTAB = 'crosstab=elements:meeting,age_groups:older&percent=row';

interface Words {
  indicator: string;
  indicatorLabel: RegExp;
  level: RegExp;
  source: RegExp;
  download: string;
  rowPercent: RegExp;
}
const WORDS: Record<'nl' | 'fr', Words> = {
  nl: { indicator: 'social_isolation', indicatorLabel: /Objectief sociaal isolement/, level: /niveau: eerstelijnszone/, source: /^Bron: Verbind-gebiedsmonitor/, download: 'Kaart (SVG)', rowPercent: /Rijpercentages/ },
  fr: { indicator: 'weak_social_support', indicatorLabel: /Faible soutien social/, level: /niveau\u00a0?\s?: zone de première ligne/i, source: /^Source\s?\u00a0?: moniteur territorial Verbind/, download: 'Carte (SVG)', rowPercent: /Pourcentages en ligne/ },
};

describe('persona: a policy analyst who needs a map for a report', { skip, timeout: 600_000 }, () => {
  const b = useBrowserApp();
  before(
    async () => {
      const d = b.database;
      const bytes = (f: string) => new Uint8Array(readFileSync(DATA + f));
      const label = (f: string) => f.split('/').pop()!;
      await importAreaHierarchy(d, bytes(FILES.refnis), { label: label(FILES.refnis) });
      await importAreaHierarchy(d, bytes(FILES.zones), { label: label(FILES.zones) });
      await importBoundaries(d, bytes(FILES.topo), { level: 'municipality', label: label(FILES.topo) });
      await importPopulation(d.db, bytes(FILES.population), { label: label(FILES.population) });
    },
    { timeout: 300_000 },
  );

  async function noViolations(page: Page, where: string) {
    const v = await axeViolations(page);
    assert.equal(v.length, 0, formatViolations(where, v));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${where}: the page scrolls sideways by ${overflow} px`);
  }

  for (const [lang, width] of [['nl', 1280], ['fr', 390]] as const) {
    test(`${lang} at ${width} px: monitor from the menu → indicator and care zones → map and table → SVG map with title, level, year and source → a cross-tab for the report`, async () => {
      const w = WORDS[lang];
      const phone = width < 500;
      const context = await b.newContext({ viewport: { width, height: phone ? 844 : 900 }, isMobile: phone, hasTouch: phone, locale: `${lang}-BE`, acceptDownloads: true });
      try {
        const page = await context.newPage();
        const at = (what: string) => `${what} (${lang}, ${width} px)`;

        // From the home page's menu to the monitor (on a phone the menu may be folded: open it first).
        await b.open(`/${lang}/`, page);
        const menuLink = page.locator(`nav.main-nav a[href="/${lang}/monitor"]`);
        if (!(await menuLink.isVisible())) await page.locator('nav.main-nav summary').click();
        await Promise.all([page.waitForURL(new RegExp(`/${lang}/monitor`)), menuLink.click()]);

        // An indicator and the care-zone level.
        await page.selectOption('#m-indicator', w.indicator);
        await page.selectOption('#m-level', 'zone');
        await Promise.all([page.waitForURL(/level=zone/), page.locator('.monitor-form button[type=submit]').click()]);
        await noViolations(page, at('monitor, care zones'));

        // The map and the table beside it: the same 57 care zones of Flanders and Brussels, named by the indicator chosen.
        assert.equal(await page.locator('.monitor-map svg a').count(), 57, 'map areas');
        assert.equal(await page.locator('#figure-table tbody tr').count(), 57, 'table rows');
        assert.match((await page.locator('#table-caption').textContent()) ?? '', w.indicatorLabel);
        assert.match((await page.locator('.monitor-map svg title').first().textContent()) ?? '', w.indicatorLabel);
        const legend = await page.locator('.map-legend li, .map-legend-title').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
        assert.ok(legend.length > 0, 'a legend');
        for (const size of legend) assert.ok(size >= MIN_TEXT_PX, `legend text ${size} px`);

        // The download: the file a report takes as it is.
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name: w.download }).click()]);
        assert.match(download.suggestedFilename(), new RegExp(`^verbind-monitor-zone-${w.indicator}-\\d{4}\\.svg$`));
        const svg = readFileSync((await download.path())!, 'utf8');
        const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
        assert.match(texts[0] ?? '', w.indicatorLabel, 'the first line is the title');
        assert.ok(texts.some((t) => w.level.test(t) && /20\d\d/.test(t)), `a line with the level and the year: ${texts.join(' | ')}`);
        assert.ok(texts.some((t) => w.source.test(t)), `a source line: ${texts.join(' | ')}`);

        if (phone) {
          // The page for all municipalities stays short enough to read on a phone.
          await b.open(`/${lang}/monitor?level=municipality`, page);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          assert.ok(height < MAX_MUNICIPALITY_PAGE_HEIGHT, `the municipality page is ${height} px tall at 390 px (under ${MAX_MUNICIPALITY_PAGE_HEIGHT})`);
          await noViolations(page, at('monitor, municipalities'));
        }

        // A cross-tab for the report: it says which percentage it shows, and its chart text stays readable.
        await b.open(`/${lang}/landscape?${CROSSTAB}`, page);
        assert.match((await page.locator('table.crosstab caption').first().textContent()) ?? '', w.rowPercent);
        const chart = page.locator('svg.lchart.lchart-keep').first();
        // Every chart's smallest text on screen: its font size times the chart's scale (rendered width over viewBox width; 1 for a
        // chart without a viewBox, which does not scale), and whether it is wider than its column.
        const charts = await page.locator('svg.lchart').evaluateAll((els) =>
          els.map((el) => {
            const s = el as SVGSVGElement;
            const box = s.viewBox.baseVal;
            const scale = box && box.width > 0 ? s.getBoundingClientRect().width / box.width : 1;
            const px = Math.min(...Array.from(s.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
            return { id: s.id, keep: s.classList.contains('lchart-keep'), px, tooWide: s.getBoundingClientRect().width > s.parentElement!.clientWidth + 1 };
          }),
        );
        assert.ok(charts.length >= 14, `${charts.length} charts`);
        const crossTab = charts.find((c) => c.keep)!;
        assert.ok(crossTab.px >= MIN_TEXT_PX, `the cross-tab chart's smallest text is ${crossTab.px.toFixed(1)} px on screen`);
        // The bars of each axis too, on a phone as on a desktop, and they fit their column (only cross-tabs scroll, in their own region).
        for (const c of charts) assert.ok(c.px >= MIN_TEXT_PX, `${c.id}: smallest text ${c.px.toFixed(1)} px on screen at ${width} px`);
        assert.deepEqual(charts.filter((c) => !c.keep && c.tooWide).map((c) => c.id), [], 'charts wider than their column');
        if (phone) {
          // Wider than the phone: it scrolls in its own region, which a keyboard can reach and which is named by the chart's title and description.
          const region = page.locator('.chart[role=region]').filter({ has: chart });
          assert.equal(await region.count(), 1, 'the chart scrolls in its own region');
          assert.equal(await region.getAttribute('tabindex'), '0');
          const id = await chart.getAttribute('id');
          assert.equal(await region.getAttribute('aria-labelledby'), `${id}-title ${id}-desc`, 'named by the chart’s title and description');
        }
        await noViolations(page, at('landscape with a cross-tab'));
      } finally {
        await context.close();
      }
    });
  }
});
