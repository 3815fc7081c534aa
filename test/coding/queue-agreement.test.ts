/**
 * /coding/agreement shows, per axis, the same numbers agreementPerAxis
 * computes on the codings two coders saved through the review page.
 */
import { before, after, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { signedIn, testApp, type FormFields } from '../accounts/web-client.js';
import { createSubmission } from '../../src/intake/store/submissions.js';
import { agreementPerAxis, type Coding } from '../../src/coding/agreement.js';
import { formatKappa, formatPercent } from '../../src/coding/web/submission-ui.js';
import { kappaBand } from '../../src/coding/web/AgreementPage.js';
import { translatorFor } from '../../src/http/app.js';

const base: Coding = {
  dimensions: ['social'],
  age_groups: ['older'],
  course: 'unknown',
  risk_factors: [],
  approach: 'organised',
  evidence: 'unknown',
  primary_actor: 'local_government',
  geographic_level: 'local',
};

/** Four submissions, coded by two coders who sometimes disagree. */
const CODINGS: [Coding, Coding][] = [
  [{ ...base, elements: ['meeting'], prevention: 'primary', social_isolation: true }, { ...base, elements: ['meeting'], prevention: 'primary', social_isolation: true }],
  [{ ...base, elements: ['meeting', 'befriending'], prevention: 'secondary', social_isolation: false }, { ...base, elements: ['befriending'], prevention: 'secondary', social_isolation: false }],
  [{ ...base, elements: ['social_support'], prevention: 'primary', social_isolation: true, dimensions: ['emotional'] }, { ...base, elements: ['social_support'], prevention: 'secondary', social_isolation: false }],
  [{ ...base, elements: ['meeting'], prevention: 'tertiary', social_isolation: false }, { ...base, elements: ['meeting', 'leisure'], prevention: 'tertiary', social_isolation: false }],
];

const asForm = (c: Coding): FormFields => {
  const out: FormFields = { action: 'save', name: 'x' };
  for (const [k, v] of Object.entries(c)) out[k] = typeof v === 'boolean' ? (v ? 'yes' : 'no') : (v as string | string[]);
  return out;
};

describeDatabases('agreement between coders', (ctx) => {
  let app: FastifyInstance;
  let a: Awaited<ReturnType<typeof signedIn>>;
  let b: Awaited<ReturnType<typeof signedIn>>;
  let c: Awaited<ReturnType<typeof signedIn>>;

  before(async () => {
    app = await testApp(ctx.database);
    a = await signedIn(app, 'coder', 'Ann');
    b = await signedIn(app, 'coder', 'Bart');
    c = await signedIn(app, 'admin', 'Chris');
    for (const [i, [ca, cb]] of CODINGS.entries()) {
      const { id } = await createSubmission(ctx.database.db, {
        answers: { name: `Initiatief ${i}`, description: 'Samen koffie drinken.', location_level: 'municipality', municipalities: [], age_groups: ['older'], target: ['everyone'], evaluated: 'no' },
        lang: 'nl',
        source: 'form',
        submit: true,
      });
      const url = `/nl/coding/submissions/${id}`;
      assert.equal((await a.client.submit(url, url, asForm(ca))).statusCode, 303);
      assert.equal((await b.client.submit(url, url, asForm(cb))).statusCode, 303);
      if (i === 0) await c.client.submit(url, url, asForm(ca));
    }
  });
  after(async () => app?.close());

  it('shows per axis the number coded by both, % agreement, kappa and exact-set agreement, equal to agreementPerAxis', async () => {
    const res = await a.client.get(`/nl/coding/agreement?a=${a.user.id}&b=${b.user.id}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Gebaseerd op 4 aanmeldingen die beiden codeerden\./);
    const t = translatorFor('nl');
    const expected = agreementPerAxis(CODINGS);
    assert.ok(expected.some((r) => r.kappa !== null && r.kappa < 1 && r.kappa > 0), 'the data makes kappa interesting');
    for (const r of expected) {
      const row = new RegExp(`<tr data-axis="${r.axis}">(.*?)</tr>`).exec(res.body)?.[1];
      assert.ok(row, `row for ${r.axis}`);
      const cells = [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]);
      const reading = r.kappa === null ? t(r.n === 0 ? 'agreement.reading.none' : 'agreement.reading.undefined') : t(`agreement.band.${kappaBand(r.kappa)}`);
      const exact = r.exactSetAgreement === undefined ? t('agreement.exactSet.single') : formatPercent(r.exactSetAgreement, 'nl');
      assert.deepEqual(cells, [String(r.n), formatPercent(r.agreement, 'nl'), formatKappa(r.kappa, 'nl'), reading, exact], r.axis);
    }
    const prevention = expected.find((r) => r.axis === 'prevention')!;
    assert.equal(prevention.agreement, 0.75);
    assert.match(res.body, /Landis, J\. R\., &amp; Koch, G\. G\. \(1977\)/, 'the reading of kappa is cited');
  });

  it('reads kappa in the bands of Landis and Koch (1977)', () => {
    assert.deepEqual([-0.1, 0, 0.2, 0.21, 0.4, 0.55, 0.61, 0.8, 0.81, 1].map(kappaBand), ['poor', 'slight', 'slight', 'fair', 'fair', 'moderate', 'substantial', 'substantial', 'almostPerfect', 'almostPerfect']);
  });

  it('lists only coders with codings, and says so when two coders share no submission or are the same', async () => {
    const page = await a.client.get('/nl/coding/agreement');
    assert.match(page.body, /<option value="[^"]+">Ann \(4 coderingen\)<\/option>/);
    assert.match(page.body, /Chris \(1 codering\)/);
    const one = await a.client.get(`/nl/coding/agreement?a=${a.user.id}&b=${c.user.id}`);
    assert.match(one.body, /Gebaseerd op 1 aanmelding die beiden codeerden\./);
    const same = await a.client.get(`/nl/coding/agreement?a=${a.user.id}&b=${a.user.id}`);
    assert.match(same.body, /Kies twee verschillende codeerders\./);
    const bad = await a.client.get('/nl/coding/agreement?a=nope&b=x');
    assert.equal(bad.statusCode, 400);
  });
});
