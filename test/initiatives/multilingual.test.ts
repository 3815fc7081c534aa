/**
 * French and English for real (issue 14): a search in any language of the site
 * finds what its Dutch equivalent finds, through the thesaurus and place names indexed with each initiative; the search hint's
 * own examples return results in each language; place names are checked
 * against Statbel's REFNIS list.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { multilingualTerms } from '../../src/initiatives/multilingual.js';
import { ENGLISH_EXONYMS, placeTerms } from '../../src/initiatives/place-names.js';
import { seedIfEmpty } from '../../src/seed/service/seed.js';
import { SEED_AREAS } from '../../src/seed/first-start.js';
import { describeDatabases } from '../support/databases.js';
import { searchCatalogue } from '../../src/initiatives/store/search.js';
import { refreshSearchText } from '../../src/initiatives/store/search-text.js';
import { catalogueQuerySchema } from '../../src/catalogue/query-schema.js';
import { CATALOGUE as messages } from '../../src/i18n/catalogue.js';
import { areas } from '../../src/db/schema.js';

/** Statbel's REFNIS code list (pre-2025), shared test data: code → { nl, fr } of municipalities. */
function refnis(): Map<string, { nl: string; fr: string }> {
  const text = readFileSync(new URL('../../../shared/data/areas/TU_COM_REFNIS-pre2025.txt', import.meta.url), 'utf8').replace(/^\uFEFF/, '');
  const [head, ...lines] = text.split(/\r?\n/).filter(Boolean);
  const cols = head!.split('|');
  const at = (name: string) => cols.indexOf(name);
  const out = new Map<string, { nl: string; fr: string }>();
  for (const l of lines) {
    const f = l.split('|');
    if (f[at('LVL_REFNIS')] === '4') out.set(f[at('CD_REFNIS')]!, { nl: f[at('TX_REFNIS_NL')]!, fr: f[at('TX_REFNIS_FR')]! });
  }
  return out;
}

describe('multilingual terms (pure)', () => {
  it('adds the other forms of an everyday word the text uses, matched at word starts', () => {
    const terms = multilingualTerms({ text: 'Wij bestrijden eenzaamheid met vrijwilligers.', areas: [] });
    for (const t of ['solitude', 'loneliness', 'bénévole', 'volunteer']) assert.ok(terms.includes(t), t);
    // "wijk" is a neighbourhood word, but "bestrijden" only contains "rijd": nothing about neighbourhoods.
    assert.ok(!terms.includes('quartier'));
  });

  it('names the places served: area names, English exonyms (a sector as its municipality), regions for regional and national initiatives', () => {
    const names = new Map([['44021', ['Gent', 'Gand']]]);
    assert.deepEqual(placeTerms(['44021A00-'], 'local', names).sort(), ['Gand', 'Gent', 'Ghent']);
    assert.ok(placeTerms([], 'regional', new Map()).includes('Bruxelles'));
    assert.ok(placeTerms([], 'national', new Map()).includes('Belgique'));
    assert.deepEqual(placeTerms([], 'local', new Map()), [], 'a local initiative without areas serves no area (coverage.ts)');
  });
});

describe('place names against REFNIS (Statbel, pre-2025 code list)', () => {
  const list = refnis();
  it('every English exonym belongs to a real municipality code', () => {
    for (const code of Object.keys(ENGLISH_EXONYMS)) assert.ok(list.has(code), `${code} is a REFNIS municipality`);
  });
  it("the seeded areas' Dutch and French names are REFNIS's", () => {
    for (const [code, nl, fr] of SEED_AREAS) {
      const r = list.get(code);
      assert.ok(r, code);
      assert.equal(nl, r.nl, code);
      assert.equal(fr ?? r.nl, r.fr, `${code}: the French name (none when it equals the Dutch one)`);
    }
  });
});

const ids = async (database: Parameters<typeof searchCatalogue>[0], q: string) =>
  new Set((await searchCatalogue(database, catalogueQuerySchema.parse({ q, pageSize: '100' }))).items.map((i) => i.id));

describeDatabases('multilingual search on the seeded content', (ctx) => {
  it('finds in French and English what the Dutch word finds', async () => {
    await seedIfEmpty(ctx.database);
    const pairs: [string, string][] = [
      ['ouderen', 'personnes âgées'],
      ['ouderen', 'older people'],
      ['buddy', 'binôme'],
      ['eenzaamheid', 'solitude'],
      ['Gent', 'Gand'],
      ['Gent', 'Ghent'],
      ['Brussel', 'Bruxelles'],
    ];
    for (const [nl, other] of pairs) {
      const want = await ids(ctx.database, nl);
      const got = await ids(ctx.database, other);
      assert.ok(want.size > 0, `"${nl}" finds something in the seeded content`);
      for (const id of want) assert.ok(got.has(id), `"${other}" finds ${id}, as "${nl}" does`);
    }
  });

  it("each example of the search hint returns at least one initiative, in every language", async () => {
    await seedIfEmpty(ctx.database);
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const hint = messages[lang]['search.qHint']!;
      const examples = hint.slice(hint.indexOf(':') + 1, hint.indexOf('.')).split(',').map((s) => s.trim()).filter(Boolean);
      assert.equal(examples.length, 3, `${lang}: three examples in "${hint}"`);
      for (const e of examples) assert.ok((await ids(ctx.database, e)).size > 0, `${lang}: "${e}" finds an initiative`);
    }
  });

  it('area names imported later become searchable once the search text is refreshed', async () => {
    await seedIfEmpty(ctx.database);
    const db = ctx.database.db;
    assert.ok((await ids(ctx.database, 'Lierre')).size > 0, 'the seeded French name of Lier is indexed');
    await db.update(areas).set({ nameFr: null }).where(eq(areas.code, '12021'));
    await refreshSearchText(db, { force: true });
    assert.equal((await ids(ctx.database, 'Lierre')).size, 0, 'without the French name, "Lierre" finds nothing');
    await db.update(areas).set({ nameFr: 'Lierre' }).where(eq(areas.code, '12021'));
    assert.ok((await refreshSearchText(db, { force: true })) > 0, 'rows are rewritten');
    assert.ok((await ids(ctx.database, 'Lierre')).size > 0);
    assert.equal(await refreshSearchText(db), 0, 'an up-to-date version is not refreshed again');
  });
});
