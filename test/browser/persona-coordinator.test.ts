/**
 * Persona (issue 14): a Flemish municipality's loneliness coordinator preparing a local plan for
 * Gent, in Dutch, on a phone (390 px) and a desktop (1280 px). The task: the home page (what each
 * tool does) → the monitor's municipality table → Gent's area sheet (need, supply, gaps,
 * initiatives) → the initiatives serving Gent in the knowledge bank → the area sheet as PDF (at
 * most two pages) and the search results as CSV. axe (WCAG 2.1 A/AA) on every page on the way.
 * Real data: the shared boundaries and area lists, the synthetic population, the seeded 19 examples.
 * One browser for the file.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CHROMIUM_PATH, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { importAreaHierarchy, importBoundaries } from '../../src/areas/service/import.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { DATA } from '../areas/files.js';
import { pdfPageCount } from '../support/pdf.js';
import type { Page } from 'playwright-core';

const FILES = {
  refnis: 'areas/TU_COM_REFNIS-pre2025.txt',
  zones: 'areas/eerstelijnszones-2025.csv',
  topo: 'geo/belgium-municipalities-2019.topojson',
  population: 'population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip',
};
const skip = !existsSync(CHROMIUM_PATH) ? `no Chromium at ${CHROMIUM_PATH}` : !Object.values(FILES).every((f) => existsSync(DATA + f)) ? 'shared data files missing' : false;
const GENT = '44021';

describe('persona: a municipality’s loneliness coordinator prepares a local plan for Gent (nl)', { skip, timeout: 600_000 }, () => {
  const b = useBrowserApp();
  before(async () => {
    const d = b.database;
    const bytes = (f: string) => new Uint8Array(readFileSync(DATA + f));
    const label = (f: string) => f.split('/').pop()!;
    await importAreaHierarchy(d, bytes(FILES.refnis), { label: label(FILES.refnis) });
    await importAreaHierarchy(d, bytes(FILES.zones), { label: label(FILES.zones) });
    await importBoundaries(d, bytes(FILES.topo), { level: 'municipality', label: label(FILES.topo) });
    await importPopulation(d.db, bytes(FILES.population), { label: label(FILES.population) });
  }, { timeout: 300_000 });

  async function noViolations(page: Page, where: string) {
    const v = await axeViolations(page);
    assert.equal(v.length, 0, formatViolations(where, v));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${where}: ${overflow} px wider than the screen`);
  }

  for (const width of [390, 1280]) {
    test(`at ${width} px: home → monitor → area sheet → initiatives serving Gent → downloads`, async () => {
      const context = await b.newContext({ viewport: { width, height: 900 }, isMobile: width < 500, acceptDownloads: true });
      try {
        const page = await context.newPage();
        const at = (what: string) => `${what} at ${width} px`;

        // Home: each tool in a sentence, the monitor among them.
        await b.open('/nl/', page);
        const tools = page.locator('.tools-intro li');
        assert.equal(await tools.count(), 7, 'seven tools introduced');
        assert.match((await page.locator('.tools-intro').textContent()) ?? '', /Gebiedsmonitor: Zie per gemeente of zorgzone/);
        await noViolations(page, at('home'));

        // The monitor's municipality table: Gent's row links to its area sheet.
        assert.equal(await page.locator('.tools-intro a', { hasText: 'Gebiedsmonitor' }).getAttribute('href'), '/nl/monitor');
        await b.open('/nl/monitor?level=municipality&focus=zone:elz13', page);
        const row = page.locator(`#row-${GENT} th a`);
        assert.equal(await row.textContent(), 'Gent');
        await noViolations(page, at('monitor, Gent’s care zone'));
        await row.click();

        // The area sheet: need with its figures, supply, what is missing, the initiatives serving Gent.
        assert.match(page.url(), new RegExp(`/nl/monitor/area/${GENT}$`));
        assert.equal(await page.locator('h1').textContent(), 'Gebiedsfiche Gent');
        const sheet = (await page.locator('main').textContent()) ?? '';
        assert.match(sheet, /Gemeente Gent \(44021\): [\d.]+ inwoners op 1 januari 2024/);
        assert.match(sheet, /Geschatte nood/);
        assert.match(sheet, /Vaak of altijd eenzaam\s*[\d.]+\s*\d+,\d/, 'the estimate with its number and share');
        assert.match(sheet, /Wat ontbreekt/);
        const items = page.locator('.sheet-initiatives li');
        const served = await items.count();
        assert.ok(served >= 5, 'local and wider initiatives serving Gent');
        assert.match((await items.first().textContent()) ?? '', /· lokaal$/, 'local initiatives first');
        assert.match((await items.last().textContent()) ?? '', /· vanuit een groter gebied$/, 'then those from a wider area');
        await noViolations(page, at('area sheet'));

        // The area sheet as PDF: one or two pages.
        const pdfLink = page.locator('a', { hasText: 'Download de gebiedsfiche als PDF' });
        const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), pdfLink.click()]);
        const pdf = readFileSync((await pdfDownload.path())!);
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        const pages = pdfPageCount(pdf);
        assert.ok(pages >= 1 && pages <= 2, `the area sheet prints on ${pages} pages`);

        // The initiatives serving Gent in the knowledge bank, and the results as CSV.
        await page.locator('a', { hasText: 'Deze initiatieven zoeken en filteren in de kennisbank' }).click();
        assert.match(page.url(), /\/nl\/\?area=44021$/);
        const total = Number(/(\d+)/.exec((await page.locator('#results-title').textContent()) ?? '')?.[1]);
        assert.equal(total, served, 'as many as the sheet lists');
        await noViolations(page, at('search results for Gent'));
        const csvLink = page.locator('.search-downloads a', { hasText: 'CSV' });
        const [csvDownload] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), csvLink.click()]);
        assert.match(csvDownload.suggestedFilename(), /^verbind-initiatives-\d{4}-\d{2}-\d{2}\.csv$/);
        const rows = parse(readFileSync((await csvDownload.path())!, 'utf8').replace(/^\uFEFF/, '')) as string[][];
        assert.deepEqual(rows[0]!.slice(0, 3), ['id', 'Naam', 'Organisatie']);
        assert.equal(rows.length - 1, total, 'every result, not one page');
        assert.ok(rows.some((r) => r.includes('lokaal')) && rows.some((r) => r.includes('vanuit een groter gebied')), 'the CSV says how each serves Gent');
      } finally {
        await context.close();
      }
    });
  }
});
