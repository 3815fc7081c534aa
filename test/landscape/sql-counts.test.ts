/**
 * The database counts (src/initiatives/store/landscape-counts.ts) equal the reference tally
 * of the pure domain (counts.ts), on both engines: the study's 133
 * initiatives and random ones with repeated codes and empty lists, with every
 * kind of cross-tab (yes/no × yes/no, axis × axis, list × category, list ×
 * list, the same axis twice, transposed) and every kind of filter. The whole
 * landscape (figures, tests, gaps) is then identical either way.
 */
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { describeDatabases } from '../support/databases.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { computeLandscape } from '../../src/landscape/service/index.js';
import { countInDatabase, selectionConditions } from '../../src/initiatives/store/landscape-counts.js';
import { resolveAreaScope } from '../../src/initiatives/store/area-scope.js';
import { parseCrossTabParam, selectionSchema, type Selection } from '../../src/landscape/selection.js';
import { tallyCrossTab, tallySelection, type SelectionCounts } from '../../src/landscape/counts.js';
import type { Initiative } from '../../src/initiatives/schema.js';
import { STUDY_133 } from './fixtures/study-133.js';
import { randomInitiatives } from './fixtures/random.js';

const CROSSTABS = [
  'elements:meeting,age_groups:older', // table 6
  'prevention,geographic_level',
  'social_isolation,geographic_level:neighbourhood',
  'age_groups,prevention',
  'prevention,age_groups',
  'elements,risk_factors',
  'age_groups,age_groups',
  'prevention,prevention',
  'dimensions:social,dimensions',
  'risk_factors:poverty,elements',
].map(parseCrossTabParam);

/** Counts without codes that no initiative has (the database returns only codes that occur). */
function normalise(c: SelectionCounts): SelectionCounts {
  const drop0 = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== 0));
  return { ...c, axes: Object.fromEntries(Object.entries(c.axes).map(([k, a]) => [k, { ...a, codes: drop0(a.codes) }])) as SelectionCounts['axes'], singleElement: drop0(c.singleElement), combinedElements: drop0(c.combinedElements) };
}

function reference(items: readonly Initiative[]) {
  return { counts: normalise(tallySelection(items)), crosstabs: CROSSTABS.map((x) => tallyCrossTab(items, x.row, x.col)) };
}

/** Cross-tab cells without zeros (the reference lists every category pair it met; the database only those that occur). */
const cellsOf = (cells: Record<string, Record<string, number>>) => Object.fromEntries(Object.entries(cells).map(([r, m]) => [r, Object.fromEntries(Object.entries(m).filter(([, v]) => v > 0))]).filter(([, m]) => Object.keys(m as object).length));

describeDatabases('landscape counts in SQL equal the pure domain', (ctx) => {
  const random = randomInitiatives(600, 11);
  before(async () => {
    await saveInitiatives(ctx.database.db, STUDY_133, { actor: { id: null, label: 'test' }, defaultSource: 'study' });
    await saveInitiatives(ctx.database.db, random, { actor: { id: null, label: 'test' }, defaultSource: 'random' });
    // Two drafts and an archived one never count.
    await saveInitiatives(ctx.database.db, randomInitiatives(3, 5, 'D'), { actor: { id: null, label: 'test' }, defaultSource: 'round-a', status: 'draft' });
    await ctx.database.rows(sql`UPDATE initiatives SET status = 'archived' WHERE id = 'D00003'`);
    await ctx.database.rows(sql`UPDATE initiatives SET areas = ARRAY['44021','11002A12-'] WHERE id IN ('R00001', 'R00002')`);
    await ctx.database.rows(sql`UPDATE initiatives SET areas = ARRAY['11002'] WHERE id = 'R00003'`);
    await ctx.database.rows(sql`UPDATE initiatives SET created_at = '2024-03-15T10:00:00Z' WHERE id <= 'R00100'`);
  });

  const check = async (selection: Selection, items: readonly Initiative[]) => {
    const area = selection.area?.length ? await resolveAreaScope(ctx.database, selection.area) : undefined;
    const got = await countInDatabase(ctx.database, selectionConditions(selection, area), CROSSTABS);
    const want = reference(items);
    assert.deepEqual(normalise(got.counts), want.counts);
    got.crosstabs.forEach((x, i) => {
      const w = want.crosstabs[i]!;
      assert.deepEqual(x.rows, w.rows, `${i} rows`);
      assert.deepEqual(x.columns, w.columns, `${i} columns`);
      assert.deepEqual(cellsOf(x.cells), cellsOf(w.cells), `${i} cells`);
    });
  };

  it('the study’s 133 initiatives (source filter)', async () => {
    await check(selectionSchema.parse({ source: 'reconstruction of study 003 (not raw data)' }), STUDY_133);
  });

  it('random initiatives with repeated codes and empty lists (source filter)', async () => {
    await check(selectionSchema.parse({ source: 'round-a' }), random.filter((i) => i.source === 'round-a'));
  });

  it('every published initiative, drafts and archived ones left out', async () => {
    await check({}, [...STUDY_133, ...random]);
  });

  it('axis filters: OR within an axis, AND across axes; social isolation', async () => {
    const s = selectionSchema.parse({ elements: 'meeting,psychological', prevention: 'primary,tertiary', social_isolation: 'true' });
    const items = [...STUDY_133, ...random].filter(
      (i) => i.elements.some((e) => e === 'meeting' || e === 'psychological') && ['primary', 'tertiary'].includes(i.prevention) && i.social_isolation,
    );
    assert.ok(items.length > 10);
    await check(s, items);
  });

  it('area: a municipality is served by initiatives naming it or its statistical sectors, and by those without areas at the regional or national level; the period filters on registration', async () => {
    // The coverage rule of issue 9, restated: own areas in Antwerpen (11002, or a sector 11002…), or no areas and regional (Flanders and Brussels) or national.
    const areasOf = (i: Initiative) => (['R00001', 'R00002'].includes(i.id) ? ['44021', '11002A12-'] : i.id === 'R00003' ? ['11002'] : i.areas);
    const servesAntwerpen = (i: Initiative) => (areasOf(i).length ? areasOf(i).some((a) => a.startsWith('11002')) : ['regional', 'national'].includes(i.geographic_level));
    const serving = [...STUDY_133, ...random].filter(servesAntwerpen);
    assert.ok(serving.length > 3 && serving.length < 400, `${serving.length} initiatives serve Antwerpen`);
    await check(selectionSchema.parse({ area: '11002' }), serving);
    await check(selectionSchema.parse({ registered_from: '2024-03-01', registered_to: '2024-03-15' }), random.filter((i) => i.id <= 'R00100'));
    await check(selectionSchema.parse({ registered_to: '2024-03-14' }), []);
  });

  it('an empty selection gives zeros', async () => {
    await check(selectionSchema.parse({ source: 'nobody' }), []);
  });

  it('the whole landscape is identical counted by the database or in JavaScript', async () => {
    for (const selection of [{}, selectionSchema.parse({ source: 'reconstruction of study 003 (not raw data)' }), selectionSchema.parse({ elements: 'psychological' })]) {
      const now = new Date('2025-01-01T00:00:00Z');
      const bySql = await computeLandscape(ctx.database, selection, CROSSTABS, { now, method: 'sql' });
      const byRows = await computeLandscape(ctx.database, selection, CROSSTABS, { now, method: 'rows' });
      assert.deepEqual(bySql.summary, byRows.summary);
      assert.deepEqual(bySql.gaps, byRows.gaps);
      assert.deepEqual(
        bySql.crosstabs.map((x) => x.result),
        byRows.crosstabs.map((x) => x.result),
      );
    }
  });
});

describeDatabases('landscape areas: a care zone or region stands for the areas in it', (ctx) => {
  before(async () => {
    await saveInitiatives(ctx.database.db, randomInitiatives(6, 3, 'A'), { actor: { id: null, label: 'test' }, defaultSource: 'areas' });
    await ctx.database.rows(sql`UPDATE initiatives SET areas = ARRAY['11002'] WHERE id = 'A00001'`);
    await ctx.database.rows(sql`UPDATE initiatives SET areas = ARRAY['11004A01-'] WHERE id = 'A00002'`);
    await ctx.database.rows(sql`UPDATE initiatives SET areas = ARRAY['44021'] WHERE id = 'A00003'`);
    await ctx.database.rows(sql`UPDATE initiatives SET areas = ARRAY['21004'] WHERE id = 'A00004'`);
    // Municipalities under a district (parent_code), districts under a region; a care zone through area_links.
    await ctx.database.rows(sql`INSERT INTO areas (code, level, name_nl, parent_code) VALUES
      ('02000', 'region', 'Vlaams Gewest', NULL), ('11000', 'district', 'Arrondissement Antwerpen', '02000'),
      ('11002', 'municipality', 'Antwerpen', '11000'), ('11004', 'municipality', 'Boechout', '11000'),
      ('44021', 'municipality', 'Gent', '44000'), ('44000', 'district', 'Arrondissement Gent', '02000'),
      ('21004', 'municipality', 'Brussel', '21000'), ('ZONE-GENT', 'zone', 'Eerstelijnszone Gent', NULL)`);
    await ctx.database.rows(sql`INSERT INTO area_links (child_level, child_code, parent_level, parent_code, valid_from_year, source)
      VALUES ('municipality', '44021', 'zone', 'ZONE-GENT', 2020, 'test')`);
  });

  const ids = async (area: string) => (await computeLandscape(ctx.database, selectionSchema.parse({ area }), [], { method: 'rows' })).n;
  /** Initiatives without areas that serve everywhere in Flanders and Brussels (regional) or everywhere (national). */
  const arealess = async (levels: string[]) =>
    (await ctx.database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM initiatives WHERE status = 'published' AND cardinality(areas) = 0 AND geographic_level = ANY(string_to_array(${levels.join(',')}, ','))`))[0]!.n;

  it('a municipality by its NIS code, also through a statistical sector code, and the initiatives serving it from above', async () => {
    const above = await arealess(['regional', 'national']);
    assert.equal(await ids('11002'), 1 + above);
    assert.equal(await ids('11004'), 1 + above);
  });

  it('a zone (area_links) and a region (derived from the NIS codes) stand for the areas in them', async () => {
    const above = await arealess(['regional', 'national']);
    assert.equal(await ids('ZONE-GENT'), 1 + above);
    assert.equal(await ids('02000'), 3 + above);
    const x = await resolveAreaScope(ctx.database, ['02000']);
    assert.deepEqual(x.local, ['11002', '11004A01-', '44021'], 'Brussel (21004) is not in the Flemish Region');
    assert.deepEqual(x.wider, []);
  });

  it('a code that names no area matches nothing; a well-formed NIS code outside Flanders and Brussels only the national initiatives', async () => {
    assert.equal(await ids('X-UNKNOWN'), 0);
    assert.equal(await ids('99999'), await arealess(['national']));
  });
});
