/**
 * Persona (issue 14): a French-speaking social worker of a CPAS in Brussels, in French on a phone
 * (390 px) and a desktop (1280 px). The task: search the knowledge bank in French ("personnes
 * âgées", "solitude", "Bruxelles" — each finds seeded initiatives, whose records are Dutch), open
 * an initiative and read its page (a French description, or the note that it exists only in Dutch
 * with the Dutch text marked lang="nl"), then find initiatives that fit an older person living in
 * Schaerbeek: on the phone through the matching form (/fr/matches), on the desktop through a
 * screening whose result links to the matching page prefilled. What she must see: results, the
 * reasons why each fits in French, and no Dutch words outside elements marked lang="nl" (proper
 * names, marked translate="no", aside). axe (WCAG 2.1 A/AA and landmark-unique) on every page.
 * Real data: the REFNIS municipality list (French names) and the seeded 19 examples. One browser
 * for the file.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { importAreaHierarchy } from '../../src/areas/service/import.js';
import { DATA } from '../areas/files.js';

const REFNIS = 'areas/TU_COM_REFNIS-pre2025.txt';
const skip = !existsSync(CHROMIUM_PATH) ? `no Chromium at ${CHROMIUM_PATH}` : !existsSync(DATA + REFNIS) ? 'shared data files missing' : false;
const SCHAERBEEK = '21015';
const QUERIES = ['personnes âgées', 'solitude', 'Bruxelles'] as const;

/**
 * Dutch words that are neither French nor English (function words and this site's own vocabulary):
 * one of them in text outside lang="nl" means a Dutch string reached the French page.
 */
const DUTCH = ['het', 'een', 'voor', 'met', 'wordt', 'worden', 'zijn', 'niet', 'ook', 'naar', 'bij', 'door', 'deze', 'hun', 'kunnen', 'uw', 'alleen', 'aan', 'waar', 'eenzaamheid', 'ouderen', 'gemeente', 'vrijwilligers', 'zoeken', 'initiatieven', 'beschrijving', 'categorie', 'studie', 'bron', 'kennisbank', 'gebied', 'aanmelden', 'inloggen'];

/** Text outside lang="nl" (and outside proper names, translate="no") that holds a Dutch word, with the word. */
async function dutchOutsideLangNl(page: Page): Promise<string[]> {
  return page.evaluate((words) => {
    const dutch = new RegExp(`(^|[^\\p{L}])(${words.join('|')})(?=$|[^\\p{L}])`, 'iu');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, [translate="no"]')) continue;
      if (!(el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('fr')) continue;
      const m = dutch.exec(n.textContent ?? '');
      if (m) found.push(`"${m[2]}" in <${el.tagName.toLowerCase()}>: ${(n.textContent ?? '').trim().slice(0, 120)}`);
    }
    return found;
  }, DUTCH);
}

describe('persona: a French-speaking CPAS social worker in Brussels', { skip, timeout: 600_000 }, () => {
  const b = useBrowserApp();
  before(async () => {
    await importAreaHierarchy(b.database, new Uint8Array(readFileSync(DATA + REFNIS)), { label: 'TU_COM_REFNIS-pre2025.txt' });
  }, { timeout: 120_000 });

  /** What every page on her way must be: French, with Dutch only where marked, and no axe violation. */
  async function frenchAndAccessible(page: Page, where: string) {
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr', `${where}: the page is French`);
    assert.deepEqual(await dutchOutsideLangNl(page), [], `${where}: Dutch outside lang="nl"`);
    const v = await axeViolations(page);
    assert.equal(v.length, 0, formatViolations(where, v));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${where}: the page scrolls sideways by ${overflow} px`);
  }

  /** The ranked list with why each fits, in French, for an older person in Schaerbeek. */
  async function fittingForSchaerbeek(page: Page, where: string) {
    assert.match((await page.locator('#matches-results').textContent()) ?? '', /^(1 initiative convient|\d+ initiatives conviennent)$/);
    const items = page.locator('ol.matches > li');
    assert.ok((await items.count()) > 0, `${where}: initiatives fit`);
    const first = await items.first().innerText();
    assert.match(first, /Pourquoi elle convient/);
    assert.match(first, /Active (à|dans une zone plus large qui inclut) Schaerbeek/, 'where it works, named in French');
    assert.match(first, /Pour\u00a0: Personnes âgées/, 'French spacing: a non-breaking space before the colon');
    await frenchAndAccessible(page, where);
  }

  for (const width of [390, 1280]) {
    test(`fr at ${width} px: searches in French → an initiative's page → initiatives that fit an older person in Schaerbeek`, async () => {
      const phone = width < 500;
      const context = await b.newContext({ viewport: { width, height: phone ? 844 : 900 }, isMobile: phone, hasTouch: phone, locale: 'fr-BE' });
      try {
        const page = await context.newPage();
        const at = (what: string) => `${what} (fr, ${width} px)`;

        // Searches in French find the Dutch records (labels, synonyms and place names are indexed in every language).
        await b.open('/fr/', page);
        for (const q of QUERIES) {
          await page.locator('#q').fill(q);
          await Promise.all([page.waitForURL(/\/fr\/\?q=/), page.locator('#q').press('Enter')]);
          const total = Number(/^(\d+)/.exec((await page.locator('#results-title').textContent()) ?? '')?.[1] ?? 0);
          assert.ok(total > 0, `"${q}" finds initiatives`);
          assert.match((await page.locator('#results-title').textContent()) ?? '', /initiatives? trouvées?/);
          assert.equal(await page.locator('#result-list > li').count(), Math.min(total, 20), 'the first page of 20 lists them');
          await frenchAndAccessible(page, at(`results for "${q}"`));
        }

        // An initiative from the Brussels results: its description in French, or said to be Dutch only and marked so.
        await Promise.all([page.waitForURL(/\/fr\/initiatives\//), page.locator('#result-list > li h3 a').first().click()]);
        const description = page.locator('section[aria-labelledby=desc]');
        assert.equal(await description.locator('h2').textContent(), 'Ce qu’elle fait');
        const text = description.locator('p:not(.hint)');
        const lang = await text.getAttribute('lang');
        if (lang === null) assert.equal(await description.locator('.hint').count(), 0, 'a French description needs no note');
        else {
          assert.equal(lang, 'nl', 'the Dutch description is marked as Dutch');
          assert.equal(await description.locator('.hint').textContent(), 'Description disponible uniquement en néerlandais.');
        }
        await frenchAndAccessible(page, at('initiative'));

        if (phone) {
          // The matching form: where the person lives, their age group, what would help.
          await b.open('/fr/matches', page);
          await page.getByLabel('Commune').selectOption({ label: 'Schaerbeek' });
          await page.getByLabel('Groupe d’âge').selectOption({ label: 'Personnes âgées (60+)' });
          await page.locator('summary', { hasText: 'Ce qui aiderait' }).click();
          await page.locator('#m-elements-meeting').check();
          await Promise.all([page.waitForURL(/\/fr\/matches\?/), page.getByRole('button', { name: 'Chercher des initiatives adaptées' }).click()]);
          assert.match(page.url(), new RegExp(`municipality=${SCHAERBEEK}`));
          await fittingForSchaerbeek(page, at('fitting initiatives'));
        } else {
          // A screening with the person, whose result links to the matching page for them.
          await b.open('/fr/screening?instruments=ucla3,lsns6', page);
          for (const item of ['1', '2', '3']) await page.check(`#a-ucla3-${item}-often`);
          for (const item of ['1', '2', '3', '4', '5', '6']) await page.check(`#a-lsns6-${item}-1`);
          await page.selectOption('#f-age_group', 'older');
          await page.selectOption('#f-municipality', SCHAERBEEK);
          await Promise.all([page.waitForNavigation(), page.locator('form[method="post"] button[type="submit"]').click()]);
          assert.equal(await page.locator('.care-note').count(), 1, 'the result says a score is a conversation aid, not a diagnosis');
          await frenchAndAccessible(page, at('screening result'));
          const link = page.getByRole('link', { name: 'Chercher des initiatives adaptées (pour les professionnels)' });
          await Promise.all([page.waitForURL(/\/fr\/matches\?/), link.click()]);
          assert.equal(await page.locator('#m-municipality').inputValue(), SCHAERBEEK, 'the municipality is carried over');
          assert.equal(await page.locator('#m-age_group').inputValue(), 'older', 'the age group is carried over');
          await fittingForSchaerbeek(page, at('fitting initiatives from the screening'));
        }
      } finally {
        await context.close();
      }
    });
  }
});
