/**
 * Trust and navigation (issue 14): the footer names the configured publisher and contact address
 * and says plainly when they are not configured; the privacy and accessibility statements exist in
 * nl, fr and en; the menu marks the current page; sign-in is "Inloggen", apart from registering an
 * initiative; the favicon is served as SVG under the strict CSP. Axe runs in test/browser/trust.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { siteFromEnv, siteUrl } from '../../src/config.js';
import { isCurrentNav } from '../../src/web/Layout.js';

let database: Database;
let bare: FastifyInstance;
let configured: FastifyInstance;
before(async () => {
  database = await openDatabase({ dataDir: 'memory' });
  await database.migrate();
  bare = await buildApp({ database, logLevel: 'silent', rateLimit: false });
  configured = await buildApp({
    database,
    logLevel: 'silent',
    rateLimit: false,
    site: siteFromEnv({ VERBIND_PUBLISHER: ' Stad Voorbeeld & Co ', VERBIND_CONTACT_EMAIL: 'verbind@voorbeeld.test' }),
  });
});
after(async () => {
  await bare?.close();
  await configured?.close();
  await database?.close();
});

const get = async (app: FastifyInstance, url: string) => {
  const r = await app.inject({ method: 'GET', url });
  assert.equal(r.statusCode, 200, `${url}: ${r.statusCode}`);
  return r.body;
};
const footer = (html: string) => /<footer[^>]*>([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';

describe('footer', () => {
  test('without configuration it says that publisher and contact are not configured, and invents neither', async () => {
    const nl = footer(await get(bare, '/nl/about'));
    assert.match(nl, /heeft nog niet ingesteld wie ze uitgeeft/);
    assert.match(nl, /nog geen contactadres ingesteld/);
    assert.doesNotMatch(nl, /mailto:/);
    assert.match(footer(await get(bare, '/fr/about')), /n’a pas encore indiqué qui la publie/);
    assert.match(footer(await get(bare, '/en/about')), /No contact address has been configured yet/);
  });
  test('with configuration it names the publisher (escaped, trimmed) and links the contact address', async () => {
    const html = footer(await get(configured, '/nl/about'));
    assert.match(html, /uitgegeven door Stad Voorbeeld &amp; Co\./);
    assert.match(html, /<a href="mailto:verbind@voorbeeld.test">verbind@voorbeeld.test<\/a>/);
    assert.doesNotMatch(html, /nog niet ingesteld/);
  });
  test('an empty value counts as not configured', () => {
    assert.deepEqual(siteFromEnv({ VERBIND_PUBLISHER: '  ', VERBIND_CONTACT_EMAIL: '' }), { publisher: undefined, contactEmail: undefined });
  });
  test('links the privacy and accessibility statements in the page language', async () => {
    const html = footer(await get(bare, '/fr/'));
    assert.match(html, /<a href="\/fr\/privacy">Déclaration de confidentialité<\/a>/);
    assert.match(html, /<a href="\/fr\/accessibility">Déclaration d’accessibilité<\/a>/);
  });
});

describe('statements', () => {
  test('the privacy statement says what is stored, and who is responsible only when configured', async () => {
    const bareNl = await get(bare, '/nl/privacy');
    assert.match(bareNl, /<h1>Privacyverklaring<\/h1>/);
    assert.match(bareNl, /kunnen we hier geen verantwoordelijke organisatie noemen/);
    assert.match(bareNl, /Geen IP-adres/);
    assert.match(bareNl, /na 12 uur/);
    const conf = await get(configured, '/en/privacy');
    assert.match(conf, /This website is published by Stad Voorbeeld &amp; Co\. That organisation is responsible/);
    assert.match(await get(bare, '/fr/privacy'), /Autorité de protection des données/);
  });
  test('the accessibility statement gives status, method, limitations, contact and date in each language', async () => {
    const nl = await get(configured, '/nl/accessibility');
    assert.match(nl, /<h1>Toegankelijkheidsverklaring<\/h1>/);
    assert.match(nl, /gedeeltelijk conform met de Web Content Accessibility Guidelines \(WCAG\) 2\.1, niveau AA/);
    assert.match(nl, /axe-core in de browser Chromium/);
    assert.match(nl, /Bekende beperkingen/);
    assert.match(nl, /mailto:verbind@voorbeeld\.test/);
    assert.match(nl, /<time dateTime="2026-12-06">6 december 2026<\/time>/i);
    assert.match(await get(bare, '/fr/accessibility'), /<time dateTime="2026-12-06">6 décembre 2026<\/time>/i);
    assert.match(await get(bare, '/en/accessibility'), /Report a problem/);
  });
});

describe('navigation', () => {
  const current = (html: string) => [...html.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
  test('the menu marks the current page, and only that one', async () => {
    assert.deepEqual(current(await get(bare, '/nl/about')), ['Over Verbind']);
    assert.deepEqual(current(await get(bare, '/fr/matrix/elements/meeting')), ['Qu’est-ce qui marche\u202f?']);
    assert.deepEqual(current(await get(bare, '/en/')), ['Find initiatives']);
    assert.deepEqual(current(await get(bare, '/nl/privacy')), []);
  });
  test('a menu item matches itself and the pages under it, "/" only the home page and initiatives', () => {
    assert.ok(isCurrentNav('/monitor', '/monitor?level=municipality'));
    assert.ok(isCurrentNav('/landscape', '/landscape/'));
    assert.ok(!isCurrentNav('/survey', '/surveys'));
    assert.ok(!isCurrentNav('/', '/about'));
    assert.ok(isCurrentNav('/', '/?q=buddy'));
    assert.ok(isCurrentNav('/', '/initiatives/abc'));
  });
  test('signing in is "Inloggen", apart from registering an initiative', async () => {
    const html = await get(bare, '/nl/');
    assert.match(html, /<a href="\/nl\/sign-in">Inloggen<\/a>/);
    assert.match(html, /<a href="\/nl\/survey">Initiatief aanmelden<\/a>/);
    assert.match(await get(bare, '/fr/'), /<a href="\/fr\/sign-in">Se connecter<\/a>/);
    assert.match(await get(bare, '/en/'), /<a href="\/en\/sign-in">Sign in<\/a>/);
  });
  test('the page carries its address and the print date for paper, hidden on screen', async () => {
    // The address comes from the public URL (VERBIND_PUBLIC_URL, else http://HOST:PORT), never from the Host header.
    const html = await get(bare, '/en/about');
    const address = siteUrl(bare, '/en/about');
    assert.ok(html.includes(`<p class="print-only print-meta">Verbind · ${address} · printed on `), `print line with ${address}`);
    assert.match(html, /print-meta">[^<]* · printed on \d{1,2} \w+ \d{4}<\/p>/);
    assert.doesNotMatch(html, /print-meta">[^<]*localhost/, 'not the Host header of the request');
  });
});

describe('favicon', () => {
  test('is an SVG with its content type, named by every page, and /favicon.ico points to it', async () => {
    assert.match(await get(bare, '/nl/'), /<link rel="icon" href="\/assets\/favicon.svg" type="image\/svg\+xml"\/>/);
    const r = await bare.inject({ method: 'GET', url: '/assets/favicon.svg' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^image\/svg\+xml/);
    assert.match(r.body, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
    const ico = await bare.inject({ method: 'GET', url: '/favicon.ico' });
    assert.equal(ico.statusCode, 301);
    assert.equal(ico.headers.location, '/assets/favicon.svg');
  });
});
