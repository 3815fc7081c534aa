/**
 * The in-memory facet index (facet-index.ts) against counts worked out by hand, and against the
 * SQL path as reference implementation on 1,500 generated initiatives (text matched on the
 * initiatives' lexemes in memory, or by PostgreSQL for phrases): every query gives the
 * same total, page of items (in the same order) and facet counts, on PGlite and PostgreSQL.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { FacetIndex, LEXEME_SEPARATOR, type IndexRow } from '../../src/initiatives/facet-index.js';
import { parseTsQuery } from '../../src/initiatives/tsquery.js';
import { searchCatalogue, type CatalogueResult } from '../../src/initiatives/store/search.js';
import { catalogueQuerySchema, type CatalogueQueryInput } from '../../src/catalogue/query-schema.js';
import { AXIS_NAMES } from '../../src/vocabulary/matrix.js';
import { areaPool, bulkLoad, generateInitiatives, withAccessFacts } from '../../bench/generate.js';
import { initiativeInputSchema } from '../../src/initiatives/schema.js';

function row(id: string, over: Partial<IndexRow>): IndexRow {
  const r = { id, source: 's1', social_isolation: false, areas: [] } as unknown as IndexRow;
  for (const a of AXIS_NAMES) (r as Record<string, unknown>)[a] = [];
  Object.assign(r, { prevention: 'primary', evidence: 'unknown', primary_actor: 'organisation', geographic_level: 'local', course: 'unknown', approach: 'unknown' }, over);
  return r;
}

describe('facet index (pure)', () => {
  // Four initiatives in name order a, b, c, d.
  const index = new FacetIndex([
    row('a', { elements: ['meeting'], age_groups: ['older'], areas: ['44021'] }),
    row('b', { elements: ['meeting', 'befriending'], age_groups: ['youth'], social_isolation: true }),
    row('c', { elements: ['befriending'], age_groups: ['older'], areas: ['44021', '11002'], source: 's2' }),
    row('d', { elements: ['mindfulness'], age_groups: ['older', 'youth'] }),
  ]);

  it('counts each facet with every other facet’s filter (disjunctive), by hand', () => {
    const a = index.answer({ filters: { elements: ['meeting'], age_groups: ['older'] } });
    assert.equal(a.total, 1, 'a only: meeting AND older');
    assert.deepEqual(a.ids, ['a']);
    // Elements under the age filter only (older: a, c, d): meeting 1, befriending 1, mindfulness 1.
    assert.deepEqual(Object.fromEntries(a.facets.elements), { meeting: 1, befriending: 1, mindfulness: 1 });
    // Ages under the element filter only (meeting: a, b): older 1, youth 1.
    assert.deepEqual(Object.fromEntries(a.facets.age_groups), { older: 1, youth: 1 });
    // Areas and social isolation under both filters (a).
    assert.deepEqual(Object.fromEntries(a.facets.area), { '44021': 1 });
    assert.deepEqual(Object.fromEntries(a.facets.social_isolation), { false: 1 });
  });

  it('keeps free-text hits (ignoring unknown ids) and a source, in name order', () => {
    const text = { ids: new Set(['d', 'c', 'a', 'zz-not-published']) };
    const all = index.answer({ filters: {}, text });
    assert.deepEqual(all.ids, ['a', 'c', 'd']);
    assert.deepEqual(Object.fromEntries(all.facets.elements), { meeting: 1, befriending: 1, mindfulness: 1 });
    assert.deepEqual(index.answer({ filters: {}, source: 's2' }).ids, ['c']);
    assert.equal(index.answer({ filters: {}, source: 'nope' }).total, 0);
  });

  it('matches a boolean text query against the lexemes: AND, OR, NOT, and no lexemes at all', () => {
    const lx = new FacetIndex([
      row('a', { lexemes: ['buurt', 'ouder'].join(LEXEME_SEPARATOR) }),
      row('b', { lexemes: 'buurt' }),
      row('c', { lexemes: ['ouder', 'jong'].join(LEXEME_SEPARATOR) }),
      row('d', { lexemes: '' }),
    ]);
    const ids = (t: string) => {
      const query = parseTsQuery(t);
      assert.ok(query, t);
      return lx.answer({ filters: {}, text: { query } }).ids;
    };
    assert.deepEqual(ids("'buurt'"), ['a', 'b']);
    assert.deepEqual(ids("'buurt' & 'ouder'"), ['a']);
    assert.deepEqual(ids("'buurt' | 'jong'"), ['a', 'b', 'c']);
    assert.deepEqual(ids("'ouder' & !'buurt'"), ['c']);
    assert.deepEqual(ids("!'buurt'"), ['c', 'd']);
    assert.deepEqual(ids("( 'buurt' | 'jong' ) & 'ouder'"), ['a', 'c']);
    assert.deepEqual(ids(''), []);
  });

  it('leaves phrases, prefixes and weights to PostgreSQL', () => {
    assert.equal(parseTsQuery("'buurt' <-> 'ontmoet'"), null);
    assert.equal(parseTsQuery("'buur':*"), null);
    assert.equal(parseTsQuery("'buurt':A"), null);
    assert.equal(parseTsQuery("'buurt' &"), null);
    assert.deepEqual(parseTsQuery("'l''ami'"), { op: 'lexeme', lexeme: "l'ami" });
    // ! binds tighter than &, which binds tighter than |
    assert.deepEqual(parseTsQuery("'a' | 'b' & !'c'"), { op: 'or', left: { op: 'lexeme', lexeme: 'a' }, right: { op: 'and', left: { op: 'lexeme', lexeme: 'b' }, right: { op: 'not', arg: { op: 'lexeme', lexeme: 'c' } } } });
  });

  it('orders text matches by how many searched words the title holds, then by name (relevance, where.ts)', () => {
    const lx = new FacetIndex([
      row('a', { lexemes: ['buurt', 'ouder'].join(LEXEME_SEPARATOR) }),
      row('b', { lexemes: ['buurt', 'ouder'].join(LEXEME_SEPARATOR), titleLexemes: 'buurt' }),
      row('c', { lexemes: ['buurt', 'ouder', 'jong'].join(LEXEME_SEPARATOR), titleLexemes: ['ouder', 'buurt'].join(LEXEME_SEPARATOR) }),
      row('d', { lexemes: ['buurt', 'ouder'].join(LEXEME_SEPARATOR), titleLexemes: 'ouder' }),
      row('e', { lexemes: 'jong', titleLexemes: ['buurt', 'jong'].join(LEXEME_SEPARATOR) }),
    ]);
    const query = parseTsQuery("'buurt' | 'ouder'")!;
    // c holds both words in its title; b and d one each (name order); a none; e is not a match.
    assert.deepEqual(lx.answer({ filters: {}, text: { query }, rankBy: ['buurt', 'ouder'] }).ids, ['c', 'b', 'd', 'a']);
    // A word repeated in the query counts once; without rankBy, name order.
    assert.deepEqual(lx.answer({ filters: {}, text: { query }, rankBy: ['ouder', 'ouder'] }).ids, ['c', 'd', 'a', 'b']);
    assert.deepEqual(lx.answer({ filters: {}, text: { query } }).ids, ['a', 'b', 'c', 'd']);
  });

  it('filters and counts the access facts, "has room" only while confirmed (30 days), by hand', () => {
    const ax = new FacetIndex([
      row('a', { access_languages: ['fr', 'nl'], access_modes: ['in_person'], access_weekdays: [2], access_free: true, access_wheelchair: true, hearing_loop: false, room_set_on: '2026-03-01' }),
      row('b', { access_languages: ['nl'], access_modes: ['at_home'], access_weekdays: [2, 4], access_free: false, access_wheelchair: null, hearing_loop: true, room_set_on: '2026-01-20' }),
      row('c', { access_languages: ['ar', 'fr'], access_modes: ['online'], access_weekdays: [], access_free: true, access_wheelchair: false, hearing_loop: false, room_set_on: null }),
      row('d', {}),
    ]);
    const today = '2026-03-10';
    const fr = ax.answer({ filters: { language: ['fr', 'ar'] }, today });
    assert.deepEqual(fr.ids, ['a', 'c'], 'OR within the languages');
    assert.deepEqual(Object.fromEntries(fr.facets.language), { fr: 2, nl: 2, ar: 1 }, 'the language facet ignores its own filter');
    assert.deepEqual(Object.fromEntries(fr.facets.free), { true: 2 });
    assert.deepEqual(Object.fromEntries(fr.facets.weekday), { tuesday: 1 });
    assert.deepEqual(ax.answer({ filters: { weekday: ['tuesday'], free: ['true'] }, today }).ids, ['a']);
    assert.deepEqual(ax.answer({ filters: { mode: ['at_home', 'online'] }, today }).ids, ['b', 'c']);
    assert.deepEqual(ax.answer({ filters: { wheelchair: ['true'] }, today }).ids, ['a'], 'false and unknown are not wheelchair accessible');
    assert.deepEqual(ax.answer({ filters: { hearing_loop: ['true'] }, today }).ids, ['b']);
    // a set 9 days ago: confirmed; b set 49 days ago: not confirmed any more (access.ts capacityOn).
    assert.deepEqual(ax.answer({ filters: { has_room: ['true'] }, today }).ids, ['a']);
    assert.deepEqual(ax.answer({ filters: { has_room: ['true'] }, today: '2026-01-25' }).ids, ['a', 'b'], 'b was 5 days old then; a date after today counts as confirmed, as capacityOn has it');
    assert.deepEqual(ax.answer({ filters: { has_room: ['true'] }, today: '2026-03-31' }).ids, ['a'], 'day 30 still counts');
    assert.deepEqual(ax.answer({ filters: { has_room: ['true'] }, today: '2026-04-01' }).ids, [], 'day 31 does not');
    assert.deepEqual(Object.fromEntries(ax.answer({ filters: {}, today }).facets.has_room), { true: 1 });
  });

  it('handles sizes that are not a multiple of 32', () => {
    const rows = Array.from({ length: 70 }, (_, i) => row(`i${String(i).padStart(3, '0')}`, { elements: i % 3 === 0 ? ['meeting'] : ['befriending'] }));
    const big = new FacetIndex(rows);
    const a = big.answer({ filters: {} });
    assert.equal(a.total, 70);
    assert.deepEqual(a.ids, rows.map((r) => r.id));
    assert.deepEqual(Object.fromEntries(a.facets.elements), { meeting: 24, befriending: 46 });
  });

  it('counts the same, in the same order, by bitset per code and row by row', () => {
    // 300 initiatives over 40 areas (some none, some named twice), every axis varied: each way of counting, for every facet.
    const rows = Array.from({ length: 300 }, (_, i) =>
      row(`r${String(i).padStart(3, '0')}`, {
        elements: i % 4 === 0 ? ['meeting', 'befriending'] : i % 4 === 1 ? ['meeting', 'meeting'] : ['mindfulness'],
        age_groups: i % 3 ? ['older'] : ['youth', 'older'],
        prevention: i % 5 ? 'primary' : 'secondary',
        social_isolation: i % 7 === 0,
        areas: i % 11 === 0 ? [] : [`a${i % 40}`, `a${(i * 7) % 40}`],
        source: i % 2 ? 's1' : 's2',
      }),
    );
    const idx = new FacetIndex(rows);
    const queries = [
      { filters: {} },
      { filters: { elements: ['meeting'] } },
      { filters: { age_groups: ['youth'], area: ['a3', 'a4'] } },
      { filters: { social_isolation: ['true'] }, source: 's2' },
      { filters: { prevention: ['secondary'] }, area: { codes: ['a1', 'a2'], arealess: ['local'] } },
      { filters: {}, text: { ids: new Set(['r001', 'r011', 'r022', 'r150']) } },
    ];
    for (const q of queries) {
      const bits = idx.answer(q, 'bits');
      const rowWise = idx.answer(q, 'rows');
      for (const f of Object.keys(bits.facets) as (keyof typeof bits.facets)[]) assert.deepEqual([...rowWise.facets[f]], [...bits.facets[f]], `${f} for ${JSON.stringify(q.filters)}`);
      assert.deepEqual(idx.answer(q), bits);
    }
    assert.deepEqual(Object.fromEntries(idx.answer({ filters: {} }, 'rows').facets.elements), { meeting: 150, befriending: 75, mindfulness: 150 }, 'a code named twice counts once');
    assert.equal(idx.answer({ filters: {} }, 'rows').facets.area.has(''), false, 'initiatives without areas are no area value');
  });
});

const QUERIES: CatalogueQueryInput[] = [
  {},
  { page: 3 },
  { elements: 'meeting', age_groups: 'older' },
  { q: 'buurt', elements: 'meeting', prevention: 'primary,secondary', age_groups: 'older' },
  { q: 'ouderen', elements: 'meeting,social_activities', geographic_level: 'local,neighbourhood', page: 2, pageSize: 7 },
  { q: 'rencontre', elements: 'meeting', age_groups: 'older,adults', area: '21004,21009,21015' },
  { q: 'jongeren praten', age_groups: 'youth', elements: 'psychological,social_skills,meeting' },
  { q: 'eenzaamheid', social_isolation: 'true' },
  { social_isolation: 'false', evidence: 'level1_described,level2_theory' },
  { source: 'brusano-2022', prevention: 'tertiary' },
  { q: 'zzqx-geen-treffers' },
  { q: 'buurt', page: 400 },
  // Stop words only, negation, OR, a quoted phrase (left to PostgreSQL), accents and French.
  { q: 'de het en' },
  { q: 'ouderen -buurt', elements: 'meeting' },
  { q: 'buurt or jongeren', prevention: 'primary' },
  { q: '"buurt ontmoeting"' },
  { q: 'personnes âgées quartier' },
  { area: '44021', pageSize: 100 },
  // Access facts (issue 13), alone, together, with text and matrix filters.
  { language: 'fr' },
  { language: 'ar,tr,uk', mode: 'in_person' },
  { q: 'ouderen', language: 'nl', free: 'true', weekday: 'tuesday,thursday' },
  { mode: 'at_home,by_phone', age_groups: 'older' },
  { weekday: 'saturday,sunday', wheelchair: 'true' },
  { hearing_loop: 'true', elements: 'meeting' },
  { has_room: 'true', area: '21004,44021' },
  { q: 'rencontre', has_room: 'true', free: 'true', wheelchair: 'true', language: 'fr' },
];

const normalise = (r: CatalogueResult) => ({ ...r, facets: { ...r.facets, social_isolation: [...r.facets.social_isolation].sort((a, b) => a.code.localeCompare(b.code)) } });

/** A fixed day, so "has room" (set at most 30 days before) means the same on every run. */
const TODAY = '2026-03-10';

describeDatabases('facet index gives what SQL gives', (ctx) => {
  before(async () => {
    const pool = areaPool(7, 60);
    const items = withAccessFacts(generateInitiatives({ count: 1500, pool }), { today: TODAY });
    // The generated access facts are valid records (the generator is checked, not trusted).
    for (const i of items.slice(0, 300)) initiativeInputSchema.parse(i);
    await bulkLoad(ctx.database, items, pool);
  });

  for (const params of QUERIES) {
    it(`same result for ${JSON.stringify(params)}`, async () => {
      const q = catalogueQuerySchema.parse(params);
      const inSql = await searchCatalogue(ctx.database, q, { indexMin: Number.POSITIVE_INFINITY, waitForIndex: true, today: TODAY });
      const indexed = await searchCatalogue(ctx.database, q, { indexMin: 0, waitForIndex: true, today: TODAY });
      assert.deepEqual(normalise(indexed), normalise(inSql));
    });
  }

  it('puts initiatives with the searched word in their name first, on both paths', async () => {
    for (const indexMin of [0, Number.POSITIVE_INFINITY]) {
      const r = await searchCatalogue(ctx.database, catalogueQuerySchema.parse({ q: 'buurt', pageSize: '100' }), { indexMin, waitForIndex: true });
      // A word, as the stemmer sees it: "Buurtcafé" is another word.
      const inName = r.items.map((i) => /\bbuurt(en)?\b/i.test(`${i.name} ${i.organisation ?? ''}`));
      const firstWithout = inName.indexOf(false);
      assert.ok(firstWithout > 0, 'some names hold the word, and they come first');
      assert.ok(!inName.slice(firstWithout).includes(true), `after the first name without "buurt" (${firstWithout}), no name holds it`);
    }
  });

  it('covers results that are not trivial', async () => {
    const r = await searchCatalogue(ctx.database, catalogueQuerySchema.parse({ q: 'buurt' }), { indexMin: 0, waitForIndex: true, today: TODAY });
    assert.ok(r.total > 20 && r.total < 1500, String(r.total));
    assert.ok(r.facets.area.length > 5);
    // Every access filter keeps some and drops some of the 1,500.
    const all = await searchCatalogue(ctx.database, catalogueQuerySchema.parse({}), { indexMin: 0, waitForIndex: true, today: TODAY });
    for (const f of ['language', 'mode', 'weekday', 'free', 'wheelchair', 'hearing_loop', 'has_room'] as const) {
      const counts = all.facets[f].map((c) => c.count);
      assert.ok(Math.max(...counts) > 10 && Math.max(...counts) < all.total, `${f}: ${counts.join(',')} of ${all.total}`);
    }
  });
});
