/**
 * The coders' intake pages in a real browser: no axe violations (WCAG 2.1
 * A/AA) on the queue, the review page (suggestions, duplicate warning,
 * errors), the agreement table and every import step; the import works
 * without JavaScript, and with it a second click does not send twice.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { createUser } from '../../src/accounts/store/users.js';
import { createSubmission } from '../../src/intake/store/submissions.js';
import { saveCoding } from '../../src/coding/store/submission-queue.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { initiative, SYSTEM } from '../support/fixtures.js';

const b = useBrowserApp();
const PASSWORD = 'correct-horse-battery-staple-42';

async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(where, violations));
}

async function signIn(page: Page, email: string): Promise<void> {
  await b.open('/nl/sign-in', page);
  await page.locator('main input[name=email]').fill(email);
  await page.locator('main input[type=password]').fill(PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('main form button[type=submit]').first().click()]);
}

const answers = {
  name: 'Buurtkar Bruxelles',
  description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie. Een buddy belt wie niet kan komen.',
  location_level: 'municipality' as const,
  municipalities: [],
  initiator: 'CPAS Bruxelles',
  age_groups: ['older' as const],
  target: ['at_risk' as const],
  evaluated: 'no' as const,
};

describe('coders’ intake pages in a browser', () => {
  test('queue, review, agreement and import have no axe violations, with and without JavaScript', async (t) => {
    const db = b.database.db;
    const a = await createUser(db, { email: `a-${Date.now()}@example.org`, name: 'Ann', role: 'coder', password: PASSWORD });
    const bert = await createUser(db, { email: `b-${Date.now()}@example.org`, name: 'Bert', role: 'coder', password: PASSWORD });
    await saveInitiatives(db, [initiative({ id: 'BK-1', name: 'Buurtkar Brussel', organisation: 'OCMW Brussel' })], { actor: SYSTEM, defaultSource: 'test' });
    const { id } = await createSubmission(db, { answers, contact: { contact_name: 'An Peeters', contact_email: 'an@example.org' }, lang: 'nl', source: 'form', submit: true });
    for (const coder of [a, bert]) await saveCoding(db, id, { id: coder.id, label: coder.name }, { elements: ['meeting'], prevention: coder === a ? 'secondary' : 'primary', social_isolation: true });

    const context = await b.newContext();
    const dir = mkdtempSync(join(tmpdir(), 'verbind-upload-'));
    try {
      const page = await context.newPage();
      await signIn(page, a.email);

      await t.test('queue', async () => {
        assert.equal((await b.open('/nl/coding/submissions', page)).status(), 200);
        await assertAccessible(page, '/nl/coding/submissions');
      });

      await t.test('review page with suggestions and a duplicate warning; errors after publishing an incomplete coding', async () => {
        assert.equal((await b.open(`/nl/coding/submissions/${id}`, page)).status(), 200);
        await assertAccessible(page, 'review');
        await page.locator('#f-social_isolation').uncheck().catch(() => undefined);
        await page.locator('input[name=prevention]:checked').evaluate((el) => ((el as HTMLInputElement).checked = false));
        await Promise.all([page.waitForNavigation(), page.locator('button[value=publish]').click()]);
        assert.match(await page.locator('.error-summary').innerText(), /Type interventie/);
        await assertAccessible(page, 'review with errors');
      });

      await t.test('agreement with results', async () => {
        await b.open(`/nl/coding/agreement?a=${a.id}&b=${bert.id}`, page);
        assert.equal(await page.locator('#agreement-table tbody tr').count(), 11);
        await assertAccessible(page, 'agreement');
      });

      await t.test('import: upload, mapping, preview with row errors, commit', async () => {
        const header = 'Q1 Naam;Q3 Wat houdt het in;Q5 Waar;Q8 Leeftijd;Q9 Voor wie;Q10 Geevalueerd';
        writeFileSync(join(dir, 'fout.csv'), [header, ';Zonder naam;Lokaal;Ouderen;Iedereen;Nee', 'Goed;Iets;Lokaal;Ouderen;Iedereen;Nee'].join('\n'));
        writeFileSync(join(dir, 'goed.csv'), [header, 'Wandelclub;Wandelen;Lokaal;Ouderen;Iedereen;Nee', 'Buddy op kot;Buddy;Regionaal;Jongvolwassenen;Iedereen;Ja'].join('\n'));

        // Without JavaScript, the whole flow works with plain forms (axe itself needs JavaScript: it runs on the pages below).
        const noJs = await b.newContext({ javaScriptEnabled: false });
        const p = await noJs.newPage();
        await signIn(p, a.email);
        await b.open('/nl/coding/import', p);
        await p.locator('#file').setInputFiles(join(dir, 'fout.csv'));
        await Promise.all([p.waitForNavigation(), p.locator('main form[enctype] button[type=submit]').click()]);
        assert.match(p.url(), /\/nl\/coding\/import\/[0-9a-f-]{36}$/);
        await p.locator('#mapping_name').fill('Browser test');
        await Promise.all([p.waitForNavigation(), p.locator('main form[method=post] button[type=submit]').click()]);
        assert.match(p.url(), /\/preview$/);
        assert.equal(await p.locator('#row-errors tbody tr').count(), 1);
        const withErrors = p.url();
        await noJs.close();

        await b.open('/nl/coding/import', page);
        await assertAccessible(page, 'import: upload');
        await b.open(withErrors.replace(/\/preview$/, ''), page);
        await assertAccessible(page, 'import: mapping');
        await b.open(withErrors, page);
        await assertAccessible(page, 'import: preview with errors');

        // With JavaScript: the commit button shows that the import runs.
        await b.open('/nl/coding/import', page);
        await page.locator('#file').setInputFiles(join(dir, 'goed.csv'));
        await Promise.all([page.waitForNavigation(), page.locator('main form[enctype] button[type=submit]').click()]);
        await Promise.all([page.waitForNavigation(), page.locator('main form[method=post] button[type=submit]').click()]);
        await assertAccessible(page, 'import: preview');
        // Hold the first submit back (after the page's own script has seen it) to look at the page meanwhile.
        await page.evaluate(() => document.addEventListener('submit', (e) => e.preventDefault(), { once: true }));
        await page.locator('button', { hasText: '2 aanmeldingen maken' }).click();
        const busy = page.locator('[data-busy-status]');
        assert.match(await busy.innerText(), /2 aanmeldingen worden gemaakt/);
        assert.equal(await busy.locator('progress').count(), 1);
        assert.equal(await page.locator('form[data-sent="1"]').count(), 1, 'a second click is ignored');
        await Promise.all([page.waitForURL(/\/done$/), page.locator('form[data-busy][action$="/commit"]').evaluate((f) => (f as HTMLFormElement).submit())]);
        await assertAccessible(page, 'import: done');
        assert.match(await page.locator('main').innerText(), /2 aanmeldingen zijn gemaakt/);
      });
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
