import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';

describeDatabases('public pages', (ctx) => {
  const h = useApp(ctx);
  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'P1', name: 'Buurtkar Bornem', description: 'Een kar rijdt langs de buurten.', elements: ['meeting', 'social_support'], areas: ['12007'] }),
        initiative({ id: 'P2', name: 'Café Contact', elements: ['befriending'], prevention: 'tertiary' }),
      ],
      { actor: SYSTEM, defaultSource: 'pages-test' },
    );
  });

  it('redirects / to the visitor’s language', async () => {
    const res = await h.app.inject({ url: '/', headers: { 'accept-language': 'fr-BE,fr;q=0.9,nl;q=0.5' } });
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/fr/');
  });

  it('renders the search page server-side with results and facet counts, in the chosen language', async () => {
    const res = await h.app.inject('/nl/?q=buurt&elements=meeting');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="nl"/);
    assert.match(res.body, /1 initiatief gevonden/);
    assert.match(res.body, /href="\/nl\/initiatives\/P1"/);
    assert.doesNotMatch(res.body, /initiatives\/P2"/);
    assert.match(res.body, /id="f-elements-meeting"[^>]*checked/, 'the chosen filter stays ticked');
    assert.doesNotMatch(res.body, /<script/i, 'no script is needed');
    const fr = await h.app.inject('/fr/?q=buurt');
    assert.match(fr.body, /1 initiative trouvée/);
    const en = await h.app.inject('/en/');
    assert.match(en.body, /2 initiatives found/);
  });

  it('shows an initiative with its matrix coding, linked to the explanation pages', async () => {
    const res = await h.app.inject('/nl/initiatives/P1');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1 translate="no">Buurtkar Bornem<\/h1>/);
    assert.match(res.body, /href="\/nl\/matrix\/elements\/social_support">Sociale steun verhogen<\/a>/);
    assert.match(res.body, /aangetoond effectief/, 'effective elements are said in words, not only colour');
  });

  it('explains a matrix value with its evidence and sources, and lists initiatives using it', async () => {
    const res = await h.app.inject('/en/matrix/elements/social_support');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Beckers et al\. \(2022\)/);
    assert.match(res.body, /1 published initiative uses this value/);
    assert.match(res.body, /Buurtkar Bornem/);
    for (const path of ['/nl/matrix', '/fr/matrix/prevention/tertiary', '/nl/matrix/evidence/level4_causal', '/nl/matrix/dimensions/existential', '/nl/about']) {
      assert.equal((await h.app.inject(path)).statusCode, 200, path);
    }
  });

  it('answers unknown pages with 404 and bad filters with a 400 page naming the field', async () => {
    assert.equal((await h.app.inject('/nl/initiatives/does-not-exist')).statusCode, 404);
    assert.equal((await h.app.inject('/nl/matrix/elements/flying')).statusCode, 404);
    const bad = await h.app.inject('/nl/?prevention=sometimes');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<strong>prevention\.0<\/strong>/);
  });

  it('sends security headers with a strict content security policy', async () => {
    const res = await h.app.inject('/nl/');
    assert.match(res.headers['content-security-policy'] as string, /default-src 'self'/);
    assert.match(res.headers['content-security-policy'] as string, /script-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  it('compresses pages for slow connections', async () => {
    const res = await h.app.inject({ url: '/nl/', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers['content-encoding'], 'gzip');
    const html = gunzipSync(res.rawPayload).toString('utf8');
    assert.match(html, /^<!doctype html>/);
    assert.ok(res.rawPayload.length < html.length / 3, `${res.rawPayload.length} bytes for ${html.length} characters`);
  });
});
