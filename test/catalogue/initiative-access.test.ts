import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { brusselsToday } from '../../src/initiatives/access.js';
import { testApp } from '../accounts/web-client.js';

/** A date `days` before today in Brussels (the page judges capacity against the real today). */
const daysAgo = (days: number) => new Date(Date.parse(`${brusselsToday(new Date())}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describeDatabases('public initiative page: how to take part', (ctx) => {
  let app: FastifyInstance;
  before(async () => {
    app = await testApp(ctx.database);
    const access = {
      places: [{ name: 'Buurthuis De Kring', street: 'Kerkstraat', number: '12', postcode: '9000', municipality: '44021', wheelchair: true }],
      modes: ['in_person' as const, 'at_home' as const],
      schedules: [{ repeat: 'weekly' as const, weekday: 'tuesday' as const, start: '14:00', end: '16:00' }],
      languages: ['nl' as const, 'ar' as const],
      cost: { amount_eur: 2.5, reductions: ['uitpas' as const] },
      age_min: 65,
      entry: 'referral' as const,
      transport: true,
      referral_contact: { role: 'onthaal', email: 'onthaal@kring.example' },
      capacity: { status: 'waitlist' as const, set_on: daysAgo(30) },
      verified_on: daysAgo(400),
    };
    await saveInitiatives(ctx.database.db, [
      initiative({ id: 'PA-1', name: 'Praatcafé De Kring', access }),
      initiative({ id: 'PA-2', name: 'Oud bericht', access: { capacity: { status: 'has_room', set_on: daysAgo(31) } } }),
      initiative({ id: 'PA-3', name: 'Zonder feiten' }),
    ], { actor: SYSTEM, defaultSource: 't' });
  });
  after(async () => app?.close());

  it('shows when, where, how, languages, cost, entry, accessibility, referral contact and capacity in nl, fr and en', async () => {
    const nl = (await app.inject('/nl/initiatives/PA-1')).body;
    for (const s of ['Zo neemt u deel', 'elke dinsdag 14:00–16:00', 'Buurthuis De Kring, Kerkstraat 12, 9000', 'Ter plaatse, Bij de persoon thuis', 'Nederlands, Arabisch', 'UiTPAS-kansentarief', 'Vanaf 65 jaar', 'Alleen na doorverwijzing', 'Rolstoeltoegankelijk, Vervoer wordt aangeboden', 'onthaal@kring.example', 'Wachtlijst (gemeld op', 'meer dan 12 maanden geleden']) {
      assert.ok(nl.includes(s), `nl: ${s}`);
    }
    assert.match(nl, /€\s2,50/, 'the price in euro, Belgian style');
    const fr = (await app.inject('/fr/initiatives/PA-1')).body;
    for (const s of ['Comment participer', 'chaque mardi de 14 h à 16 h', 'néerlandais, arabe', 'Liste d’attente', 'Uniquement sur orientation']) assert.ok(fr.includes(s), `fr: ${s}`);
    const en = (await app.inject('/en/initiatives/PA-1')).body;
    for (const s of ['How to take part', 'every Tuesday 14:00–16:00', 'Dutch, Arabic', 'Waiting list (reported on', 'Wheelchair accessible']) assert.ok(en.includes(s), `en: ${s}`);
  });

  it('says "not confirmed" once capacity was set more than 30 days ago, and nothing without facts', async () => {
    const old = (await app.inject('/en/initiatives/PA-2')).body;
    assert.match(old, /Not confirmed: the last report is more than 30 days old \(Has room on/);
    assert.doesNotMatch((await app.inject('/en/initiatives/PA-1')).body, /Not confirmed/, 'day 30 is still confirmed');
    assert.doesNotMatch((await app.inject('/en/initiatives/PA-3')).body, /How to take part/);
  });
});
