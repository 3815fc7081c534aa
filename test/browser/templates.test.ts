/**
 * Every page template (the list below) in nl, fr and en, at 320 px on a phone and on a desktop:
 * axe finds no violation of WCAG 2.1 A/AA nor of landmark-unique (support/browser.ts), and at
 * 320 px nothing is wider than the screen (WCAG 1.4.10). Signed-in templates are opened as an
 * administrator. One browser for the file; one axe run per template, language and width.
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGS, axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { INSPIRING_EXAMPLES } from '../../src/seed/examples.js';
import { createUser } from '../../src/accounts/store/users.js';

const b = useBrowserApp();
const FIRST = encodeURIComponent(INSPIRING_EXAMPLES[0]!.id);
const EMAIL = 'templates@example.org';
const PASSWORD = 'lange-zin-voor-de-toegankelijkheidstest-7';

/** Each template once; `status` when it is not 200. Paths after /{lang}; "TOKEN" is a survey's private link. */
const PUBLIC: { path: string; status?: number }[] = [
  { path: '/' },
  { path: '/?q=ouderen&elements=meeting&age_groups=older' },
  { path: `/initiatives/${FIRST}` },
  { path: '/about' },
  { path: '/matrix' },
  { path: '/matrix/elements/meeting' },
  { path: '/survey' },
  { path: '/survey/s/TOKEN' },
  { path: '/landscape' },
  { path: '/monitor' },
  { path: '/screening' },
  { path: '/self-check' },
  { path: '/personas' },
  { path: '/matches' },
  { path: '/privacy' },
  { path: '/accessibility' },
  { path: '/sign-in' },
  { path: '/does-not-exist', status: 404 },
  { path: '/?age_groups=no-such-group', status: 400 },
];
const SIGNED_IN: { path: string }[] = [
  { path: '/coding' },
  { path: '/coding/new' },
  { path: `/coding/initiatives/${FIRST}` },
  { path: `/coding/initiatives/${FIRST}/history` },
  { path: '/coding/verification' },
  { path: '/coding/submissions' },
  { path: '/coding/submissions/SUBMISSION' },
  { path: '/coding/agreement' },
  { path: '/admin/users' },
];
const WIDTHS = [
  { name: '320 px', options: { viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true } },
  { name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
];

let token = '';
let submission = '';

async function setUp(): Promise<void> {
  await createUser(b.database.db, { email: EMAIL, name: 'Sjabloon Test', role: 'admin', password: PASSWORD });
  // One survey answer, for the status page and the coders' review.
  const r = await fetch(b.url('/api/v1/submissions'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Praatcafé Sjabloon',
      description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie.',
      location_level: 'municipality',
      age_groups: ['older'],
      target: ['at_risk'],
      evaluated: 'no',
      contact_name: 'Test Persoon',
      contact_email: 'test@example.org',
      lang: 'nl',
    }),
  });
  const body = await r.text();
  assert.equal(r.status, 201, `a survey answer for the status page: ${body}`);
  token = /\/survey\/s\/([^/?#]+)/.exec((JSON.parse(body) as { status_url: string }).status_url)![1]!;
}

async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await b.open('/nl/sign-in', page);
  await page.locator('main input[name=email]').fill(EMAIL);
  await page.locator('main input[type=password]').fill(PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('main form button[type=submit]').first().click()]);
  assert.doesNotMatch(new URL(page.url()).pathname, /sign-in/, 'signed in');
  if (!submission) {
    await b.open('/nl/coding/submissions', page);
    const href = await page.locator('main a[href*="/coding/submissions/"]').first().getAttribute('href');
    submission = /\/coding\/submissions\/([^/?#]+)/.exec(href ?? '')?.[1] ?? '';
    assert.ok(submission, 'the queue lists the survey answer');
  }
  return page;
}

async function sweep(page: Page, paths: { path: string; status?: number }[], width: string): Promise<string[]> {
  const problems: string[] = [];
  for (const lang of LANGS) {
    for (const { path, status = 200 } of paths) {
      const url = `/${lang}${path.replace('TOKEN', token).replace('SUBMISSION', submission)}`;
      const where = `${url} at ${width}`;
      const r = await b.open(url, page);
      if (r.status() !== status) {
        problems.push(`${where}: HTTP ${r.status()}, expected ${status}`);
        continue;
      }
      if ((await page.getAttribute('html', 'lang')) !== lang) problems.push(`${where}: <html lang> is not ${lang}`);
      const violations = await axeViolations(page);
      if (violations.length) problems.push(formatViolations(where, violations));
      if (width === '320 px') {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${where}: ${overflow} px wider than the screen`);
      }
    }
  }
  return problems;
}

describe('every page template: no axe violations (landmark-unique included), no sideways scrolling at 320 px', () => {
  before(setUp, { timeout: 30_000 });
  for (const w of WIDTHS) {
    test(`public templates at ${w.name}, nl fr en`, async () => {
      const context = await b.newContext(w.options);
      try {
        const problems = await sweep(await context.newPage(), PUBLIC, w.name);
        assert.deepEqual(problems, [], problems.join('\n'));
      } finally {
        await context.close();
      }
    });
    test(`signed-in templates at ${w.name}, nl fr en`, async () => {
      const context = await b.newContext(w.options);
      try {
        const problems = await sweep(await signIn(context), SIGNED_IN, w.name);
        assert.deepEqual(problems, [], problems.join('\n'));
      } finally {
        await context.close();
      }
    });
  }
});
