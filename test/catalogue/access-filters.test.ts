/**
 * The public search filters on the access facts (issue 13) — language, mode, weekday, free,
 * wheelchair, hearing loop, has room (confirmed in the last 30 days) — on the API and on the
 * no-JavaScript search page, with counts, located 400s for bad values, and each result's "when
 * and where" line in nl, fr and en. Both engines; the index path against the SQL path is in
 * facet-index.test.ts.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { brusselsToday } from '../../src/initiatives/access.js';
import { areas } from '../../src/db/schema.js';
import { testApp } from '../accounts/web-client.js';

/** A date `days` before today in Brussels (the search judges "has room" against the real today). */
const daysAgo = (days: number) => new Date(Date.parse(`${brusselsToday(new Date())}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describeDatabases('search on access facts', (ctx) => {
  let app: FastifyInstance;
  before(async () => {
    app = await testApp(ctx.database);
    await ctx.database.db.insert(areas).values([{ code: '44021', level: 'municipality', nameNl: 'Gent', nameFr: 'Gand' }]);
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({
          id: 'AF-1',
          name: 'Praatcafé De Kring',
          access: {
            places: [{ name: 'Buurthuis De Kring', postcode: '9000', municipality: '44021', wheelchair: true }],
            schedules: [{ repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00' }],
            languages: ['nl', 'ar'],
            cost: { free: true },
            capacity: { status: 'has_room', set_on: daysAgo(30) },
          },
        }),
        initiative({
          id: 'AF-2',
          name: 'Telefoonster',
          access: {
            modes: ['by_phone', 'at_home'],
            schedules: [
              { repeat: 'monthly', nth: 1, weekday: 'thursday', start: '10:00', end: '11:00' },
              { repeat: 'weekly', weekday: 'saturday', start: '10:00', end: '11:00' },
              { repeat: 'weekly', weekday: 'sunday', start: '10:00', end: '11:00' },
            ],
            languages: ['fr'],
            cost: { free: false, amount_eur: 3 },
            capacity: { status: 'has_room', set_on: daysAgo(31) },
          },
        }),
        initiative({ id: 'AF-3', name: 'Ringleiding zaal', access: { places: [{ name: 'Zaal Oost', hearing_loop: true, wheelchair: false }], modes: ['online'], languages: ['fr', 'nl'] } }),
        initiative({ id: 'AF-4', name: 'Zonder feiten' }),
      ],
      { actor: SYSTEM, defaultSource: 't' },
    );
  });
  after(async () => app?.close());

  const ids = async (query: string) => {
    const res = await app.inject(`/api/v1/initiatives?${query}`);
    assert.equal(res.statusCode, 200, `${query}: ${res.body}`);
    return (res.json().items as { id: string }[]).map((i) => i.id);
  };

  it('filters on each access fact in the API (OR within a list, AND across filters)', async () => {
    assert.deepEqual(await ids('language=ar'), ['AF-1']);
    assert.deepEqual(await ids('language=ar,fr'), ['AF-1', 'AF-3', 'AF-2'], 'in name order');
    assert.deepEqual(await ids('mode=in_person'), ['AF-1', 'AF-3'], 'a named place means in person');
    assert.deepEqual(await ids('mode=at_home,online'), ['AF-3', 'AF-2']);
    assert.deepEqual(await ids('weekday=thursday'), ['AF-2'], 'the first Thursday of the month is on a Thursday');
    assert.deepEqual(await ids('weekday=tuesday,sunday'), ['AF-1', 'AF-2']);
    assert.deepEqual(await ids('free=true'), ['AF-1']);
    assert.deepEqual(await ids('wheelchair=true'), ['AF-1']);
    assert.deepEqual(await ids('hearing_loop=true'), ['AF-3']);
    assert.deepEqual(await ids('has_room=true'), ['AF-1'], 'AF-2 reported room 31 days ago: not confirmed');
    assert.deepEqual(await ids('language=nl&free=true&weekday=tuesday&wheelchair=true&has_room=true&mode=in_person'), ['AF-1']);
    assert.deepEqual(await ids('language=fr&free=true'), []);
  });

  it('counts what each access value would give, the value’s own filter left out', async () => {
    const body = (await app.inject('/api/v1/initiatives?language=fr')).json();
    assert.equal(body.total, 2);
    const count = (facet: string, code: string) => body.facets[facet].find((f: { code: string }) => f.code === code)?.count;
    assert.equal(count('language', 'nl'), 2, 'languages ignore the language filter');
    assert.equal(count('language', 'ar'), 1);
    assert.equal(count('language', 'de'), 0, 'every language is listed');
    assert.equal(count('mode', 'by_phone'), 1);
    assert.equal(count('weekday', 'saturday'), 1);
    assert.equal(count('weekday', 'tuesday'), 0, 'the other facets apply the language filter');
    assert.equal(count('hearing_loop', 'true'), 1);
    assert.equal(count('free', 'true'), 0);
    assert.deepEqual(body.facets.weekday.map((f: { code: string }) => f.code), ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
  });

  it('gives each result its when and where in short, and nothing for a record without facts', async () => {
    const items = (await app.inject('/api/v1/initiatives?pageSize=10')).json().items as { id: string; when_where?: Record<string, unknown> }[];
    const byId = Object.fromEntries(items.map((i) => [i.id, i.when_where]));
    assert.deepEqual(byId['AF-1'], {
      modes: ['in_person'],
      schedules: [{ repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00' }],
      more_schedules: 0,
      places: [{ name: 'Buurthuis De Kring', municipality: '44021' }],
      more_places: 0,
      free: true,
    });
    assert.equal((byId['AF-2']!.schedules as unknown[]).length, 2);
    assert.equal(byId['AF-2']!.more_schedules, 1);
    assert.equal(byId['AF-4'], undefined);
  });

  it('answers bad values with a located 400, on the API and the page', async () => {
    const res = await app.inject('/api/v1/initiatives?language=nl,xx&weekday=tuesdy&free=maybe');
    assert.equal(res.statusCode, 400);
    const errors = res.json().errors as { field: string; message: string }[];
    const at = (field: string) => errors.find((e) => e.field === field)?.message ?? '';
    assert.match(at('query.language.1'), /unknown language code "xx"/);
    assert.match(at('query.weekday.0'), /unknown weekday "tuesdy"/);
    assert.ok(at('query.free'), `free located: ${JSON.stringify(errors)}`);
    assert.equal((await app.inject('/nl/?language=xx')).statusCode, 400);
  });

  it('documents the filters in OpenAPI', async () => {
    const op = (await app.inject('/openapi.json')).json().paths['/api/v1/initiatives'].get;
    const param = (name: string) => op.parameters.find((p: { name: string }) => p.name === name);
    for (const p of ['language', 'mode', 'weekday', 'free', 'wheelchair', 'hearing_loop', 'has_room']) assert.ok(param(p), `parameter ${p} documented`);
    assert.ok(param('language').schema.items.enum.includes('ar'));
    assert.deepEqual(param('weekday').schema.items.enum.slice(0, 2), ['monday', 'tuesday']);
  });

  it('offers the filters in the no-JavaScript form, filters with them, and shows when and where in nl, fr and en', async () => {
    const form = (await app.inject('/nl/')).body;
    for (const input of ['name="language" value="ar"', 'name="mode" value="at_home"', 'name="weekday" value="tuesday"', 'name="free" value="true"', 'name="wheelchair" value="true"', 'name="hearing_loop" value="true"', 'name="has_room" value="true"']) {
      assert.ok(form.includes(input), `the form has ${input}`);
    }
    assert.match(form, /Arabisch <span class="count">\(1\)<\/span>/);
    // What a browser sends when "Arabisch" and "Gratis" are ticked.
    const nl = (await app.inject('/nl/?q=&language=ar&free=true')).body;
    assert.match(nl, /1 initiatief gevonden/);
    assert.ok(nl.includes('Elke dinsdag 14:00–16:00 · Gent · Gratis'), 'when and where on the result');
    assert.ok(nl.includes('Taal: Arabisch'), 'the active filter as a chip');
    assert.match(nl, /id="f-language-ar"[^>]*checked/, 'the ticked box stays ticked');
    const fr = (await app.inject('/fr/?weekday=saturday')).body;
    const line = (html: string) => html.match(/class="when-where">(.*?)<\/p>/)?.[1]?.replace(/<[^>]+>/g, '');
    assert.equal(line(fr), 'Quand et où\u00a0: Le premier jeudi du mois de 10 h à 11 h, chaque samedi de 10 h à 11 h et 1 autre séance · Au domicile de la personne · Par téléphone');
    const en = (await app.inject('/en/?hearing_loop=true')).body;
    assert.equal(line(en), 'When and where: Zaal Oost · Online');
    assert.ok(en.includes('Hearing loop'));
  });
});
