import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives, setStatus } from '../../src/initiatives/store/repository.js';
import { searchCatalogue } from '../../src/initiatives/store/search.js';
import { catalogueQuerySchema } from '../../src/catalogue/query-schema.js';

const q = (params: Record<string, string>) => catalogueQuerySchema.parse(params);

describeDatabases('catalogue search', (ctx) => {
  before(async () => {
    await saveInitiatives(
      ctx.database.db,
      [
        initiative({ id: 'a', name: 'Buurtkar', description: 'Een kar rijdt door de buurten en brengt ontmoeting.', elements: ['meeting', 'practical_support'], areas: ['44021'] }),
        initiative({ id: 'b', name: 'Café Contact', description: 'Rencontres au café pour les personnes âgées.', elements: ['meeting'], prevention: 'secondary', areas: ['21004'] }),
        initiative({ id: 'c', name: 'Mindful jongeren', elements: ['mindfulness'], age_groups: ['youth'], prevention: 'primary', social_isolation: true }),
        initiative({ id: 'd', name: 'Archived one', elements: ['meeting'] }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    await setStatus(ctx.database.db, 'd', 'archived', SYSTEM);
  });

  it('returns published initiatives only, sorted by name, with totals', async () => {
    const r = await searchCatalogue(ctx.database, q({}));
    assert.equal(r.total, 3);
    assert.deepEqual(r.items.map((i) => i.id), ['a', 'b', 'c']);
  });

  it('stems Dutch words: "buurt" finds "buurten"', async () => {
    const r = await searchCatalogue(ctx.database, q({ q: 'buurt' }));
    assert.deepEqual(r.items.map((i) => i.id), ['a']);
  });

  it('stems French words and ignores accents: "agees" and "rencontre" find "âgées" / "Rencontres"', async () => {
    assert.deepEqual((await searchCatalogue(ctx.database, q({ q: 'agees' }))).items.map((i) => i.id), ['b']);
    // a's own text says "ontmoeting": the thesaurus (initiatives/multilingual.ts) indexes "rencontre" with it.
    assert.deepEqual((await searchCatalogue(ctx.database, q({ q: 'rencontre' }))).items.map((i) => i.id).sort(), ['a', 'b']);
    // Stemming and accents on the record's own words: "cafes" reaches only b's "café".
    assert.deepEqual((await searchCatalogue(ctx.database, q({ q: 'cafes' }))).items.map((i) => i.id), ['b']);
    assert.deepEqual((await searchCatalogue(ctx.database, q({ q: 'CAFE' }))).items.map((i) => i.id), ['b']);
  });

  it('combines filters: OR within an axis, AND across axes', async () => {
    assert.equal((await searchCatalogue(ctx.database, q({ elements: 'meeting,mindfulness' }))).total, 3);
    assert.equal((await searchCatalogue(ctx.database, q({ elements: 'meeting', prevention: 'secondary' }))).total, 1);
    assert.equal((await searchCatalogue(ctx.database, q({ area: '44021' }))).total, 1);
    assert.equal((await searchCatalogue(ctx.database, q({ social_isolation: 'true' }))).total, 1);
  });

  it('counts facets disjunctively: an axis ignores its own filter but applies the others', async () => {
    const r = await searchCatalogue(ctx.database, q({ elements: 'mindfulness' }));
    const el = Object.fromEntries(r.facets.elements.map((f) => [f.code, f.count]));
    assert.equal(el.meeting, 2, 'meeting would give 2 more (elements filter ignored for its own facet)');
    assert.equal(el.mindfulness, 1);
    assert.equal(el.animals, 0, 'every code is listed, with 0 where nothing matches');
    const prev = Object.fromEntries(r.facets.prevention.map((f) => [f.code, f.count]));
    assert.deepEqual(prev, { primary: 1, secondary: 0, tertiary: 0, unknown: 0 }, 'other axes apply the elements filter');
  });

  it('pages results', async () => {
    const r = await searchCatalogue(ctx.database, q({ pageSize: '2', page: '2' }));
    assert.equal(r.total, 3);
    assert.deepEqual(r.items.map((i) => i.id), ['c']);
  });

  it('refreshes the cached landing-page counts as soon as the bank changes', async () => {
    const db = ctx.database.db;
    const count = async () => (await searchCatalogue(ctx.database, q({}))).facets.elements.find((f) => f.code === 'animals')!.count;
    assert.equal(await count(), 0);
    assert.equal(await count(), 0, 'served from the cache');
    await saveInitiatives(db, [initiative({ id: 'pet', name: 'Hondenwandeling', elements: ['animals'] })], { actor: SYSTEM, defaultSource: 'test' });
    assert.equal(await count(), 1, 'a new initiative shows at once');
    await setStatus(db, 'pet', 'archived', SYSTEM);
    assert.equal(await count(), 0, 'archiving shows at once');
    assert.equal((await searchCatalogue(ctx.database, q({}))).total, 3);
  });
});
