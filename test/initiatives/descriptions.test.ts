/**
 * Descriptions per language (issue 14): an initiative holds its Dutch
 * description (`description`, the catalogue's original language) and, when
 * written, a French and an English one. Stored on both engines, round-tripped
 * through the interchange format, found by free text in every language, and
 * old files without the new columns import as before.
 */
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { getInitiative, listRevisions, saveInitiatives } from '../../src/initiatives/store/repository.js';
import { searchCatalogue } from '../../src/initiatives/store/search.js';
import { exportInitiatives } from '../../src/interchange/service/export.js';
import { importInitiatives } from '../../src/interchange/service/import.js';
import { CSV_COLUMN_NAMES } from '../../src/interchange/fields.js';
import { csv, goodJson, goodRow } from '../interchange/helpers.js';
import { publicServiceOf } from '../../src/hsds/cpsv.js';
import { serviceOf } from '../../src/hsds/mapping.js';
import { descriptionFor, missingDescriptionLangs } from '../../src/initiatives/descriptions.js';

const ML = initiative({
  id: 'ml-1',
  name: 'Praatcafé',
  description: 'Elke week samen koffie drinken in de buurt.',
  description_fr: 'Chaque semaine, un café ensemble dans le quartier ; « bienvenue » à tous.',
  description_en: 'A weekly coffee together in the neighbourhood, "everyone welcome".',
});

describeDatabases('descriptions per language', (ctx) => {
  before(async () => {
    await saveInitiatives(ctx.database.db, [ML], { actor: SYSTEM, defaultSource: 'test' });
  });

  it('stores the Dutch, French and English descriptions and reads them back; a change of one is a revision of that field', async () => {
    const db = ctx.database.db;
    const stored = await getInitiative(db, 'ml-1');
    assert.equal(stored?.description, ML.description);
    assert.equal(stored?.description_fr, ML.description_fr);
    assert.equal(stored?.description_en, ML.description_en);
    await saveInitiatives(db, [{ ...ML, description_en: undefined }], { actor: SYSTEM, defaultSource: 'test' });
    const after = await getInitiative(db, 'ml-1');
    assert.equal(after?.description_en, undefined, 'an absent translation is absent, not an empty string');
    assert.deepEqual((await listRevisions(db, 'ml-1'))[0]!.changes, { description_en: [ML.description_en, null] });
    await saveInitiatives(db, [ML], { actor: SYSTEM, defaultSource: 'test' });
  });

  it('free text finds the initiative by a word only its French or English description holds', async () => {
    const find = async (q: string) => (await searchCatalogue(ctx.database, { q, page: 1, pageSize: 10 } as never)).items.map((i) => i.id);
    assert.deepEqual(await find('bienvenue'), ['ml-1']);
    assert.deepEqual(await find('welcome'), ['ml-1']);
    const item = (await searchCatalogue(ctx.database, { q: 'welcome', page: 1, pageSize: 10 } as never)).items[0]!;
    assert.equal(item.description_fr, ML.description_fr);
    assert.equal(item.description_en, ML.description_en);
  });

  it('CPSV-AP carries every written description with its language; HSDS gives the one asked for (?lang), else the Dutch one', async () => {
    const stored = (await getInitiative(ctx.database.db, 'ml-1'))!;
    assert.deepEqual(publicServiceOf(stored, { site: 'https://verbind.example', areas: new Map() })['dct:description'], [
      { '@value': ML.description, '@language': 'nl' },
      { '@value': ML.description_fr, '@language': 'fr' },
      { '@value': ML.description_en, '@language': 'en' },
    ]);
    assert.equal(serviceOf(stored, 'fr').description, ML.description_fr);
    assert.equal(serviceOf(stored).description, ML.description);
    assert.equal(serviceOf({ ...stored, description_fr: undefined }, 'fr').description, ML.description, 'no French one: the Dutch one');
  });

  for (const format of ['json', 'csv'] as const) {
    it(`${format}: the descriptions round-trip byte for byte`, async () => {
      const first = await exportInitiatives(ctx.database, format);
      assert.match(first.content, /bienvenue/);
      assert.match(first.content, /everyone welcome/);
      assert.deepEqual(await importInitiatives(ctx.database, `x.${format}`, first.content, { actor: SYSTEM }), { created: 0, updated: 0, unchanged: 1 });
      assert.equal((await exportInitiatives(ctx.database, format)).content, first.content);
    });
  }

  it('JSON keys and CSV columns come as docs/interchange.md lists them: description, description_fr, description_en', async () => {
    const json = JSON.parse((await exportInitiatives(ctx.database, 'json')).content) as Record<string, unknown>[];
    const keys = Object.keys(json[0]!);
    assert.deepEqual(keys.slice(keys.indexOf('description'), keys.indexOf('description') + 3), ['description', 'description_fr', 'description_en']);
    const at = CSV_COLUMN_NAMES.indexOf('description');
    assert.deepEqual(CSV_COLUMN_NAMES.slice(at, at + 3), ['description', 'description_fr', 'description_en']);
  });

  it('old files without the new columns import as before, and a CSV may carry only the new ones', async () => {
    await importInitiatives(ctx.database, 'old.csv', csv([goodRow('old-1')]), { actor: SYSTEM });
    await importInitiatives(ctx.database, 'old.json', JSON.stringify([goodJson('old-2', { description: 'Alleen Nederlands' })]), { actor: SYSTEM });
    assert.equal((await getInitiative(ctx.database.db, 'old-1'))?.description_fr, undefined);
    assert.equal((await getInitiative(ctx.database.db, 'old-2'))?.description, 'Alleen Nederlands');
    const header = ['id', 'name', 'elements', 'prevention', 'dimensions', 'social_isolation', 'age_groups', 'primary_actor', 'geographic_level', 'description_fr'];
    await importInitiatives(ctx.database, 'fr.csv', csv([[...goodRow('fr-1'), 'Un service en français']], ',', header), { actor: SYSTEM });
    const fr = await getInitiative(ctx.database.db, 'fr-1');
    assert.equal(fr?.description_fr, 'Un service en français');
    assert.equal(fr?.description, undefined);
  });
});

it('the page language picks its own description, else the Dutch one, else whichever exists; a coder sees which are missing', () => {
  assert.deepEqual(descriptionFor({ description: 'nl', description_fr: 'fr' }, 'fr'), { lang: 'fr', text: 'fr' });
  assert.deepEqual(descriptionFor({ description: 'nl', description_fr: 'fr' }, 'en'), { lang: 'nl', text: 'nl' });
  assert.deepEqual(descriptionFor({ description_fr: 'fr' }, 'nl'), { lang: 'fr', text: 'fr' });
  assert.equal(descriptionFor({}, 'nl'), undefined);
  assert.deepEqual(missingDescriptionLangs({ description: 'nl' }), ['fr', 'en']);
  assert.deepEqual(missingDescriptionLangs({ description: 'nl', description_fr: 'fr', description_en: 'en' }), []);
});
