/**
 * Persona (issue 14): a volunteer organisation filling in the survey on a phone. In Dutch at
 * 390 px with JavaScript, then in French at 1280 px without it, against the real application
 * with the 2025 primary-care zones imported and a REAL local SMTP server (npm smtp-server) that
 * the test starts: required questions are marked before sending, the municipality picker filters
 * and offers whole zones (no pseudo-codes), errors say what to do with the page title starting
 * "Fout:"/"Erreur :" and focus on the summary, the status page shows every answer in Brussels
 * time, the private link arrives by e-mail (and a refused e-mail is reported without losing the
 * submission). The survey page stays under 8,000 px tall at 390 px; axe finds no WCAG 2.1 A/AA
 * violation on the survey page, its error state and the status page. One browser for the file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations, useBrowserApp } from '../support/browser.js';
import { importAreaHierarchy } from '../../src/areas/service/import.js';
import { listQueue, getContact } from '../../src/intake/store/submissions.js';

interface Received {
  to: string[];
  raw: string;
}
/** French text has non-breaking spaces before : ; ? ! and inside « » (issue 14's typography); the assertions below are written with plain spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const received: Received[] = [];
const REFUSED = 'geweigerd@voorbeeld.test'; // refused by the server (SMTP 550)
let smtp: SMTPServer;
let smtpPort = 0;

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // loopback only
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address === REFUSED) return cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
after(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const b = useBrowserApp(() => ({ mail: { url: `smtp://127.0.0.1:${smtpPort}`, from: 'Verbind <noreply@verbind.test>' } }));

const PHONE = { width: 390, height: 844 };
const MAX_PHONE_HEIGHT = 8000;

async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(where, violations));
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Reloads the status page until the e-mail's outcome is known (it is sent after the reply). */
async function statusAfterMail(page: Page, pending: RegExp): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const text = await page.locator('main').innerText();
    if (!pending.test(text)) return text;
    await new Promise((r) => setTimeout(r, 200));
    await page.reload();
  }
  assert.fail('the e-mail outcome never showed on the status page');
}

/** The hour and minute of an ISO instant in Brussels, computed here on its own (not by the app's formatter). */
function brusselsHourMinute(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  return `${parts.find((p) => p.type === 'hour')!.value}:${parts.find((p) => p.type === 'minute')!.value}`;
}

describe('persona: a volunteer organisation fills in the survey on a phone', () => {
  before(async () => {
    // Statbel's REFNIS list (the municipalities' French names), then the 2025 primary-care zones with their municipalities
    // (and the "not localisable" pseudo-codes 9999x, which must not show).
    await importAreaHierarchy(b.database, new URL('../../../shared/data/areas/TU_COM_REFNIS-pre2025.txt', import.meta.url).pathname, {});
    await importAreaHierarchy(b.database, new URL('../../../shared/data/areas/eerstelijnszones-2025.csv', import.meta.url).pathname, { year: 2025 });
  });

  test('nl at 390 px with JavaScript: fill in, see errors, fix, send, reach the status page, get the link by e-mail', async () => {
    const context = await b.newContext({ viewport: PHONE, locale: 'nl-BE' });
    try {
      const page = await context.newPage();
      assert.equal((await b.open('/nl/survey', page)).status(), 200);

      // Before sending: required questions say so, what will be published is said, the picker waits for question 5.
      assert.match(await page.locator('label[for=name]').innerText(), /\(verplicht\)/);
      assert.match(await page.locator('fieldset:has(#evaluated-yes) legend').innerText(), /\(verplicht\)/);
      assert.doesNotMatch(await page.locator('label[for=goal]').innerText(), /verplicht/);
      assert.match(await page.locator('#published-title').innerText(), /Wat we publiceren/);
      assert.match(await page.locator('.published').innerText(), /e-mailadres en telefoonnummer publiceren we nooit/);
      assert.equal(await page.locator('#municipalities').isVisible(), false, 'the municipality question waits for question 5');
      const height = await pageHeight(page);
      assert.ok(height < MAX_PHONE_HEIGHT, `the survey page is ${height} px tall at 390 px (at most ${MAX_PHONE_HEIGHT})`);
      await assertAccessible(page, 'survey nl 390');

      // Question 5: "in a municipality" shows the picker; its filter finds Gent; no pseudo-codes anywhere.
      await page.locator('#name').fill('Praatcafé De Brug');
      await page.locator('label[for=location_level-municipality]').click();
      assert.equal(await page.locator('#municipalities').isVisible(), true);
      const pickerText = await page.locator('#municipalities').evaluate((el) => el.textContent ?? '');
      assert.doesNotMatch(pickerText, /9999|Niet te lokaliseren/);
      assert.equal(await page.locator('#municipalities input[value^="9999"]').count(), 0);
      await page.locator('#municipality-filter').fill('gent');
      assert.equal(await page.locator('label[for=municipalities-44021]').isVisible(), true, 'Gent is found');
      assert.equal(await page.locator('label[for=municipalities-12025]').isVisible(), false, 'Mechelen is filtered out');
      await page.locator('label[for=municipalities-44021]').click();
      await page.locator('#municipality-filter').fill('xyzzy');
      assert.match(await page.locator('#picker-no-match').innerText(), /Geen gemeente of zone gevonden/);
      await page.locator('#municipality-filter').fill('');

      // Send too early: the errors.
      await Promise.all([page.waitForNavigation(), page.locator('button[value=submit]').click()]);
      assert.match(await page.title(), /^Fout: /);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'focus is on the error summary');
      const summary = await page.locator('.error-summary').innerText();
      assert.match(summary, /Werd het initiatief al geëvalueerd\?: Kies een antwoord\./);
      assert.match(summary, /Wat houdt het initiatief juist in\?: Beschrijf in een paar zinnen wat het initiatief doet\./);
      assert.match(summary, /Voor welke leeftijdsgroep\(en\) is het initiatief\?: Kies minstens één leeftijdsgroep\./);
      assert.equal(await page.locator('#description').getAttribute('aria-invalid'), 'true');
      assert.match((await page.locator('#description').getAttribute('aria-describedby')) ?? '', /description-error/);
      assert.equal(await page.locator('#evaluated-yes').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#name').inputValue(), 'Praatcafé De Brug', 'answers are kept');
      assert.equal(await page.locator('#municipalities-44021').isChecked(), true, 'the ticked municipality is kept');
      assert.match(await page.locator('details.picker-province:has(#municipalities-44021) > summary').innerText(), /gekozen: Gent/, 'the folded province says what is chosen in it');
      const errorHeight = await pageHeight(page);
      assert.ok(errorHeight < MAX_PHONE_HEIGHT + 1000, `the error state is ${errorHeight} px tall (the summary adds to the page, nothing else)`);
      await assertAccessible(page, 'survey nl 390 with errors');

      // Fix and send, asking for the link by e-mail.
      await page.locator('#description').fill('Elke woensdag koffie en een babbel in het buurthuis; vrijwilligers halen wie slecht te been is op.');
      await page.locator('label[for=age_groups-older]').click();
      await page.locator('label[for=target-at_risk]').click();
      await page.locator('label[for=evaluated-no]').click();
      await page.locator('#contact_name').fill('Els Vrijwilliger');
      await page.locator('#contact_email').fill('els@voorbeeld.test');
      await page.locator('#contact_phone').fill('0470 12 34 56');
      await page.locator('label[for=mail_link]').click();
      const mailsBefore = received.length;
      await Promise.all([page.waitForURL(/\/nl\/survey\/s\/[^?]+\?sent=1&mail=0$/), page.locator('button[value=submit]').click()]);
      assert.match(await page.title(), /^Uw aanmelding/);
      const link = (await page.locator('.link-box').innerText()).trim();
      assert.equal(link, b.url(new URL(page.url()).pathname), 'the private link is this page, from VERBIND_PUBLIC_URL');

      // The status page: every answer, the time in Brussels time; then the e-mail's outcome.
      const text = await statusAfterMail(page, /We sturen uw persoonlijke link/);
      assert.match(text, /We hebben uw persoonlijke link naar uw e-mailadres gestuurd/);
      for (const shown of ['Praatcafé De Brug', 'Elke woensdag koffie', 'In een gemeente', 'Gent', 'Ouderen', 'Mensen met een risico op eenzaamheid', 'Nee', 'Link per e-mail verstuurd']) assert.ok(text.includes(shown), `the status page shows "${shown}"`);
      const when = await page.locator('dl.coding time').first().getAttribute('datetime');
      assert.ok(when, 'the sending time is shown with its instant');
      assert.ok((await page.locator('dl.coding time').first().innerText()).includes(brusselsHourMinute(when!)), 'the time is Brussels time');
      await assertAccessible(page, 'status page nl 390');

      // The e-mail: to the address typed, with the link and the initiative's name, nothing else personal.
      assert.equal(received.length, mailsBefore + 1);
      const mail = received.at(-1)!;
      assert.deepEqual(mail.to, ['els@voorbeeld.test']);
      const body = mail.raw.replace(/=\r?\n/g, '');
      assert.ok(body.includes(link), 'the e-mail holds the private link');
      assert.doesNotMatch(body, /Els Vrijwilliger|0470/, 'no other personal data in the e-mail');
      const sub = (await listQueue(b.database.db, ['submitted'])).items.find((x) => x.answers.name === 'Praatcafé De Brug')!;
      assert.deepEqual(sub.answers.municipalities, ['44021']);
      assert.equal((await getContact(b.database.db, sub.id))?.contact_email, 'els@voorbeeld.test');
    } finally {
      await context.close();
    }
  });
  test('fr at 1280 px without JavaScript: the plain municipality list, errors, fix, send, the status page; a refused e-mail loses nothing', async () => {
    const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE', javaScriptEnabled: false });
    // axe runs as a script in the page: it checks what this page showed, served again to a page with JavaScript whose own scripts are blocked.
    const checker = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE' });
    await checker.route('**/*.js', (route) => route.abort());
    const checkPage = await checker.newPage();
    const accessibleAsShown = async (page: Page, where: string) => {
      const html = await page.content();
      const url = page.url();
      const same = (u: URL) => u.href === url;
      await checkPage.route(same, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await checkPage.goto(url);
      await checkPage.unroute(same);
      assert.equal(await checkPage.title(), await page.title(), `${where}: axe sees the page as shown`);
      await assertAccessible(checkPage, where);
    };
    try {
      const page = await context.newPage();
      assert.equal((await b.open('/fr/survey', page)).status(), 200);

      // Before sending: required questions say so, what is published is said; without JavaScript the municipality list is
      // plain (no filter box) and says when to use it.
      assert.match(await page.locator('label[for=name]').innerText(), /\(obligatoire\)/);
      assert.match(await page.locator('fieldset:has(#evaluated-yes) legend').innerText(), /\(obligatoire\)/);
      assert.match(await page.locator('#published-title').innerText(), /Ce que nous publions/);
      assert.match(await page.locator('.published').innerText(), /Nous ne publions jamais votre nom, votre adresse e-mail ni votre numéro de téléphone/);
      assert.equal(await page.locator('#municipalities').isVisible(), true, 'without JavaScript the list is always there');
      assert.equal(await page.locator('#municipality-filter').isVisible(), false, 'the filter box needs JavaScript');
      assert.match(plainSpaces(await page.locator('#municipalities .picker-nojs').innerText()), /Seulement si vous avez choisi « Dans un quartier », « Dans une commune » ou « Dans une région » à la question 5/);
      assert.equal(await page.locator('#municipalities input[value^="9999"]').count(), 0, 'no pseudo-codes');
      await accessibleAsShown(page, 'survey fr 1280 without JavaScript');

      // A Brussels organisation: in a municipality, Schaerbeek by its French name, in the Brussels region's group.
      await page.locator('#name').fill('Les Amis du Quartier');
      await page.locator('label[for=location_level-municipality]').click();
      const brussels = page.locator('details.picker-province:has(#municipalities-21015)');
      assert.match(await brussels.locator('> summary').innerText(), /Région de Bruxelles-Capitale/);
      await brussels.locator('> summary').click();
      assert.equal(await page.locator('label[for=municipalities-21015]').innerText(), 'Schaerbeek');
      await page.locator('label[for=municipalities-21015]').click();

      // Send too early: the errors, each saying what to do, the title first, focus on the summary (autofocus, no script).
      await Promise.all([page.waitForNavigation(), page.locator('button[value=submit]').click()]);
      assert.match(await page.title(), /^Erreur\s?:\s/);
      assert.equal(await page.locator(':focus').getAttribute('id'), 'error-summary', 'focus is on the error summary');
      const summary = plainSpaces(await page.locator('.error-summary').innerText());
      assert.match(summary, /Tout n’est pas encore en ordre/);
      for (const what of ['Décrivez en quelques phrases ce que fait l’initiative.', 'Choisissez au moins un groupe d’âge.', 'Choisissez une réponse.', 'Indiquez votre nom.']) assert.ok(summary.includes(what), `the summary says "${what}"`);
      assert.equal(await page.locator('#description').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#evaluated-yes').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#name').inputValue(), 'Les Amis du Quartier', 'answers are kept');
      assert.equal(await page.locator('#municipalities-21015').isChecked(), true, 'the ticked municipality is kept');
      assert.match(await page.locator('details.picker-province:has(#municipalities-21015) > summary').innerText(), /choisi\s?: Schaerbeek/);
      await accessibleAsShown(page, 'survey fr 1280 without JavaScript, with errors');

      // Fix and send, asking for the link by e-mail at an address the mail server refuses.
      await page.locator('#description').fill('Chaque mardi, un café-papote au local du quartier ; des bénévoles vont chercher les personnes qui se déplacent mal.');
      await page.locator('label[for=age_groups-older]').click();
      await page.locator('label[for=target-lonely]').click();
      await page.locator('label[for=evaluated-no]').click();
      await page.locator('#contact_name').fill('Anne Bénévole');
      await page.locator('#contact_email').fill(REFUSED);
      await page.locator('label[for=mail_link]').click();
      const mailsBefore = received.length;
      await Promise.all([page.waitForURL(/\/fr\/survey\/s\/[^?]+\?sent=1&mail=0$/), page.locator('button[value=submit]').click()]);
      assert.match(await page.title(), /^Votre inscription/);

      // The status page: the e-mail could not go, the registration is kept with every answer, the time in Brussels time.
      const text = plainSpaces(await statusAfterMail(page, /Nous envoyons votre lien personnel/));
      assert.match(text, /Nous n’avons pas pu envoyer l’e-mail avec votre lien\. Votre inscription est bien enregistrée\./);
      for (const shown of ['Merci ! Nous avons bien reçu votre inscription.', 'Les Amis du Quartier', 'Chaque mardi, un café-papote', 'Dans une commune', 'Schaerbeek', 'Personnes âgées', 'Les personnes qui se sentent seules', 'Non', 'L’e-mail avec le lien n’a pas pu être envoyé']) assert.ok(text.includes(shown), `the status page shows "${shown}"`);
      const when = await page.locator('dl.coding time').first().getAttribute('datetime');
      assert.ok((await page.locator('dl.coding time').first().innerText()).includes(brusselsHourMinute(when!)), 'the time is Brussels time');
      await accessibleAsShown(page, 'status page fr 1280 without JavaScript');

      assert.equal(received.length, mailsBefore, 'nothing was delivered');
      const sub = (await listQueue(b.database.db, ['submitted'])).items.find((x) => x.answers.name === 'Les Amis du Quartier')!;
      assert.ok(sub, 'the submission is in the coders\' queue');
      assert.deepEqual(sub.answers.municipalities, ['21015']);
    } finally {
      await context.close();
      await checker.close();
    }
  });
});
