/**
 * Catalogue search with disjunctive facets: each axis's counts apply every
 * filter except that axis's own, so a person sees how many initiatives each
 * value would give if they ticked it.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { AXIS_NAMES, AXES, type AxisName } from '../../vocabulary/matrix.js';
import type { Selection } from '../selection.js';
import { catalogueVersion } from './version.js';
import { DataCache } from '../../platform/data-cache.js';

/** A page of a selection (the catalogue's query). */
export type CatalogueQuery = Selection & { page: number; pageSize: number };
import { ACCESS_FACETS, FacetIndex, LEXEME_SEPARATOR, type FacetName, type IndexQuery, type IndexRow } from '../facet-index.js';
import { parseTsQuery } from '../tsquery.js';
import { coverageIn, resolveAreaScope, scopeCondition, type AreaScope, type Coverage } from './area-scope.js';
import { accessConditions, accessFlagCondition, axisCondition, column, HEARING_LOOP, queryLexemes, textQuery, titleHits } from './where.js';
import { brusselsToday, LANGUAGES, MODES, WEEKDAYS } from '../access.js';
import { ACCESS_FLAGS } from '../selection.js';
import { whenWhere, type WhenWhere, type WhenWhereColumns } from '../when-where.js';
import { orderByDistance, placesOf, type DistanceOf, type NearRow } from './near.js';

export interface FacetCount {
  code: string;
  count: number;
}

export interface CatalogueItem {
  id: string;
  name: string;
  organisation: string | null;
  description: string | null;
  /** The French and English descriptions (the first 400 characters), when written. */
  description_fr: string | null;
  description_en: string | null;
  areas: string[];
  elements: string[];
  prevention: string;
  dimensions: string[];
  age_groups: string[];
  evidence: string;
  primary_actor: string;
  geographic_level: string;
  /** With an area filter: how the initiative serves the area (local: its own areas are in it; wider: it covers it from above). */
  coverage?: Coverage;
  /** When and where, in short (when-where.ts); absent when the record says nothing of it. */
  when_where?: WhenWhere;
  /** With "near": kilometres to the nearest of its places (absent when none can be placed). */
  distance_km?: number;
}

export interface CatalogueResult {
  total: number;
  page: number;
  pageSize: number;
  items: CatalogueItem[];
  facets: Record<FacetName, FacetCount[]>;
}

/** Filters that are not facets: text, area, source, status. */
function baseConditions(q: CatalogueQuery): SQL[] {
  const where: SQL[] = [sql`status = 'published'`];
  if (q.q) where.push(sql`search_vector @@ ${textQuery(q.q)}`);
  if (q.source) where.push(sql`source = ${q.source}`);
  return where;
}


function facetConditions(q: CatalogueQuery, scope: AreaScope | null, today: string): Map<FacetName, SQL> {
  const m = new Map<FacetName, SQL>();
  for (const axis of AXIS_NAMES) {
    const codes = q[axis];
    if (codes && codes.length) m.set(axis, axisCondition(axis, codes));
  }
  if (q.social_isolation !== undefined) m.set('social_isolation', sql`social_isolation = ${q.social_isolation}`);
  if (scope) m.set('area', scopeCondition(scope));
  for (const [name, cond] of accessConditions(q, today)) m.set(name as FacetName, cond);
  return m;
}

type FacetRow = { facet: FacetName | '_total'; code: string; n: number };

/**
 * The landing page counts every published initiative for every facet: the
 * most visited and the slowest query (1.35 s at 100k, bench/run.ts). Its
 * counts change only when the bank changes, so they are kept per database
 * until the catalogue version (bumped by every write, initiatives/store/version.ts)
 * moves. Each app instance checks the version in the database, so several
 * instances never serve stale counts.
 */
const unfilteredCache = new DataCache<FacetRow[]>({ max: 1 });

/** `today`: the "has room" count also changes when a status turns 30 days old. */
async function cachedUnfilteredFacets(database: Database, facetsQuery: SQL, today: string): Promise<FacetRow[]> {
  const version = `${await catalogueVersion(database.db)}|${today}`;
  return unfilteredCache.get(database, version, 'unfiltered', () => database.rows<FacetRow>(facetsQuery));
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`);

/**
 * Catalogues of at least this many published initiatives are counted with the in-memory facet
 * index (facet-index.ts); smaller ones in SQL, where a pass costs less than keeping an index.
 */
export const FACET_INDEX_MIN = 2000;

export interface SearchOptions {
  /** Use the facet index from this many published initiatives (tests compare both paths). */
  indexMin?: number;
  /** Wait for the index to be built instead of counting in SQL meanwhile (tests). */
  waitForIndex?: boolean;
  /** Today in Brussels (YYYY-MM-DD) for "has room"; default: now (tests fix it). */
  today?: string;
  /**
   * "Near": order by this distance, nearest first, then name, then id (near.ts), instead of by
   * relevance or name. Both paths order the same way: the same function over the same rows.
   */
  near?: DistanceOf;
}

export async function searchCatalogue(database: Database, q: CatalogueQuery, opts: SearchOptions = {}): Promise<CatalogueResult> {
  const index = await currentIndex(database, opts.indexMin ?? FACET_INDEX_MIN, opts.waitForIndex ?? false);
  // One meaning of "serves this area" (area-scope.ts), resolved against the codes in use.
  const scope = q.area?.length ? await resolveAreaScope(database, q.area, index?.areaCodes()) : null;
  const today = opts.today ?? brusselsToday(new Date());
  const result = index ? await searchWithIndex(database, index, q, scope, today, opts.near) : await searchInSql(database, q, scope, today, opts.near);
  if (scope) for (const item of result.items) item.coverage = coverageIn(scope, item.areas, item.geographic_level) ?? undefined;
  result.items = result.items.map(withWhenWhere);
  return result;
}

// ---------------------------------------------------------------- facet index

interface IndexState {
  version: string;
  indexMin: number;
  /** null: the catalogue is below the size where an index pays. */
  index: FacetIndex | null;
}
const indexStates = new WeakMap<Database, IndexState>();
const indexBuilds = new WeakMap<Database, Promise<IndexState>>();

async function buildIndexState(database: Database, indexMin: number): Promise<IndexState> {
  const version = await catalogueVersion(database.db);
  const rows = await database.rows<IndexRow>(sql`
    SELECT id, source, social_isolation, areas, array_to_string(tsvector_to_array(search_vector), chr(31)) AS lexemes,
      array_to_string(tsvector_to_array(ts_filter(search_vector, '{a}')), chr(31)) AS "titleLexemes",
      access_languages, access_modes, access_weekdays, access_free, access_wheelchair, ${HEARING_LOOP} IS TRUE AS hearing_loop,
      CASE WHEN capacity = 'has_room' THEN capacity_set_on::text END AS room_set_on, ${sql.join(
      AXIS_NAMES.map((a) => column(a)),
      sql`, `,
    )}
    FROM initiatives WHERE status = 'published' ORDER BY lower(name), id`);
  return { version, indexMin, index: rows.length >= indexMin ? new FacetIndex(rows) : null };
}

/**
 * The index for the catalogue as it is now, or null to count in SQL. Every write bumps the
 * catalogue version (initiatives/store/version.ts), so a stale index is never used. Building takes
 * seconds at 100,000 initiatives, so no reader waits for it: searches are counted in SQL while one
 * build runs in the background, from the first search after start-up and after every write.
 */
async function currentIndex(database: Database, indexMin: number, wait: boolean): Promise<FacetIndex | null> {
  const version = await catalogueVersion(database.db);
  const state = indexStates.get(database);
  if (state && state.indexMin === indexMin && state.version === version) return state.index;
  if (!wait) {
    // A small catalogue is counted in SQL: settle that now, so nothing runs in the background.
    const [{ n } = { n: 0 }] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM initiatives WHERE status = 'published'`);
    if (n < indexMin) {
      indexStates.set(database, { version, indexMin, index: null });
      return null;
    }
  }
  let build = indexBuilds.get(database);
  if (!build) {
    build = buildIndexState(database, indexMin)
      .then((s) => {
        indexStates.set(database, s);
        return s;
      })
      .finally(() => indexBuilds.delete(database));
    indexBuilds.set(database, build);
  }
  if (!wait) {
    build.catch((e: unknown) => console.error(`catalogue: building the facet index failed (${(e as Error).message}); searches are counted in SQL meanwhile`));
    return null;
  }
  const built = await build;
  // A build for another size threshold was under way (tests compare both paths): build for this one.
  return built.indexMin === indexMin ? built.index : (await buildIndexState(database, indexMin)).index;
}

/** Waits for a facet-index build in progress (the app awaits it before the database closes). */
export async function settleCatalogueIndex(database: Database): Promise<void> {
  await indexBuilds.get(database)?.catch(() => undefined);
}

const ITEM_COLUMNS = sql`id, name, organisation, left(description, 400) AS description, left(description_fr, 400) AS description_fr, left(description_en, 400) AS description_en, areas, elements, prevention, dimensions,
  age_groups, evidence, primary_actor, geographic_level,
  access_modes AS ww_modes, access_free AS ww_free, access->'schedules' AS ww_schedules, access->'places' AS ww_places`;

type ItemRow = CatalogueItem & WhenWhereColumns;

/** The row's when-and-where columns as one short summary (when-where.ts). */
function withWhenWhere(row: CatalogueItem): CatalogueItem {
  const { ww_modes, ww_free, ww_schedules, ww_places, ...item } = row as ItemRow;
  const ww = whenWhere({ ww_modes, ww_free, ww_schedules, ww_places });
  return ww ? { ...item, when_where: ww } : item;
}

/** Facet counts in a fixed order with every code (0 where none), so people see what is missing too. */
function accessFacetCounts(counts: (f: FacetName) => Map<string, number>): Pick<CatalogueResult['facets'], (typeof ACCESS_FACETS)[number]> {
  const list = (f: FacetName, codes: readonly string[]) => codes.map((code) => ({ code, count: counts(f).get(code) ?? 0 }));
  return {
    language: list('language', LANGUAGES),
    mode: list('mode', MODES),
    weekday: list('weekday', WEEKDAYS),
    free: list('free', ['true']),
    wheelchair: list('wheelchair', ['true']),
    hearing_loop: list('hearing_loop', ['true']),
    has_room: list('has_room', ['true']),
  };
}

/** The page of rows given in name order, ordered by distance (near.ts), with their distances. */
async function nearPage(database: Database, rows: readonly NearRow[], near: DistanceOf, q: CatalogueQuery): Promise<CatalogueItem[]> {
  const offset = (q.page - 1) * q.pageSize;
  const page = orderByDistance(rows, near).slice(offset, offset + q.pageSize);
  if (!page.length) return [];
  const byId = new Map((await database.rows<ItemRow>(sql`SELECT ${ITEM_COLUMNS} FROM initiatives WHERE id = ANY(string_to_array(${page.map((r) => r.id).join(' ')}, ' '))`)).map((r) => [r.id, r]));
  return page.flatMap((r) => {
    const item = byId.get(r.id);
    return item ? [r.distance_km === undefined ? item : { ...item, distance_km: r.distance_km }] : [];
  });
}

/**
 * Free text: the index matches the query against the initiatives' lexemes (or PostgreSQL on its GIN
 * index, for phrases and prefixes), applies the filters, counts the facets and orders the matches
 * by relevance (where.ts: searched words in the title first, then name) as the SQL path does;
 * PostgreSQL then fetches the page's rows.
 */
async function searchWithIndex(database: Database, index: FacetIndex, q: CatalogueQuery, scope: AreaScope | null, today: string, near?: DistanceOf): Promise<CatalogueResult> {
  // PostgreSQL parses the text (stemming, stop words) into a tsquery; a boolean one is matched in
  // the index, a phrase or prefix query on the GIN index.
  let text: IndexQuery['text'];
  let rankBy: string[] | undefined;
  if (q.q) {
    const [parsed] = await database.rows<{ t: string; lexemes: string }>(
      sql`SELECT (${textQuery(q.q)})::text AS t, array_to_string(${queryLexemes(q.q)}, chr(31)) AS lexemes`,
    );
    rankBy = parsed?.lexemes ? parsed.lexemes.split(LEXEME_SEPARATOR) : [];
    const query = parseTsQuery(parsed?.t ?? '');
    text = query
      ? { query }
      : { ids: new Set((await database.rows<{ id: string }>(sql`SELECT id FROM initiatives WHERE status = 'published' AND search_vector @@ ${textQuery(q.q)}`)).map((r) => r.id)) };
  }
  const filters: Partial<Record<FacetName, readonly string[]>> = {};
  for (const axis of AXIS_NAMES) if (q[axis]?.length) filters[axis] = q[axis];
  if (q.social_isolation !== undefined) filters.social_isolation = [String(q.social_isolation)];
  for (const f of ['language', 'mode', 'weekday'] as const) if (q[f]?.length) filters[f] = q[f];
  for (const f of ACCESS_FLAGS) if (q[f]) filters[f] = ['true'];
  const area = scope ? { codes: [...scope.local, ...scope.wider], arealess: scope.arealessLevels } : undefined;
  const answer = index.answer({ filters, source: q.source, text, area, rankBy: near ? undefined : rankBy, today });
  const offset = (q.page - 1) * q.pageSize;
  let items: CatalogueItem[] = [];
  const pageIds = near ? [] : answer.ids.slice(offset, offset + q.pageSize);
  if (near) {
    // Without rankBy the index keeps the catalogue's name order (lower(name), id): read the places and order by distance.
    const places = await placesOf(database, answer.ids);
    items = await nearPage(database, answer.ids.map((id) => ({ id, places: places.get(id) ?? null })), near, q);
  } else if (pageIds.length) {
    // One parameter whatever the number of ids (ids have no spaces: initiatives/schema.ts).
    const byId = new Map((await database.rows<ItemRow>(sql`SELECT ${ITEM_COLUMNS} FROM initiatives WHERE id = ANY(string_to_array(${pageIds.join(' ')}, ' '))`)).map((r) => [r.id, r]));
    items = pageIds.flatMap((id) => byId.get(id) ?? []);
  }
  const facets = Object.fromEntries([...AXIS_NAMES, 'social_isolation', 'area', ...ACCESS_FACETS].map((f) => [f, [] as FacetCount[]])) as CatalogueResult['facets'];
  for (const axis of AXIS_NAMES) facets[axis] = AXES[axis].codes.map((c) => ({ code: c.code, count: answer.facets[axis].get(c.code) ?? 0 }));
  facets.social_isolation = [...answer.facets.social_isolation].map(([code, count]) => ({ code, count }));
  facets.area = [...answer.facets.area].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  Object.assign(facets, accessFacetCounts((f) => answer.facets[f]));
  return { total: answer.total, page: q.page, pageSize: q.pageSize, items, facets };
}

// ---------------------------------------------------------------- counted in SQL

async function searchInSql(database: Database, q: CatalogueQuery, scope: AreaScope | null, today: string, near?: DistanceOf): Promise<CatalogueResult> {
  const base = baseConditions(q);
  const filters = facetConditions(q, scope, today);
  const allFilters = [...base, ...filters.values()];
  const order = q.q
    ? sql`${titleHits(q.q)} DESC, lower(name), id`
    : sql`lower(name), id`;
  const offset = (q.page - 1) * q.pageSize;

  const itemsQuery = sql`
    SELECT ${ITEM_COLUMNS}
    FROM initiatives WHERE ${and(allFilters)}
    ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset}`;

  // One pass over the rows matching the non-facet filters; each facet excludes its own filter.
  const flags = [...filters.entries()].map(([name, cond]) => sql`(${cond}) AS ${sql.identifier('m_' + name)}`);
  const others = (name: FacetName) =>
    and([...filters.keys()].filter((k) => k !== name).map((k) => sql`${sql.identifier('m_' + k)}`));
  const parts: SQL[] = [];
  for (const axis of AXIS_NAMES) {
    parts.push(
      AXES[axis].multi
        ? sql`SELECT ${axis}::text AS facet, code, count(*)::int AS n FROM base, unnest(${column(axis)}) AS code WHERE ${others(axis)} GROUP BY code`
        : sql`SELECT ${axis}::text AS facet, ${column(axis)} AS code, count(*)::int AS n FROM base WHERE ${others(axis)} GROUP BY ${column(axis)}`,
    );
  }
  parts.push(sql`SELECT 'social_isolation' AS facet, social_isolation::text AS code, count(*)::int AS n FROM base WHERE ${others('social_isolation')} GROUP BY social_isolation`);
  parts.push(sql`SELECT 'area' AS facet, code, count(*)::int AS n FROM base, unnest(areas) AS code WHERE ${others('area')} GROUP BY code`);
  // The access facts (issue 13): lists by code (weekdays by ISO number, named below), flags counted where true.
  parts.push(sql`SELECT 'language' AS facet, code, count(*)::int AS n FROM base, unnest(access_languages) AS code WHERE ${others('language')} GROUP BY code`);
  parts.push(sql`SELECT 'mode' AS facet, code, count(*)::int AS n FROM base, unnest(access_modes) AS code WHERE ${others('mode')} GROUP BY code`);
  parts.push(sql`SELECT 'weekday' AS facet, code::text, count(*)::int AS n FROM base, unnest(access_weekdays) AS code WHERE ${others('weekday')} GROUP BY code`);
  for (const flag of ACCESS_FLAGS) parts.push(sql`SELECT ${flag}::text AS facet, 'true' AS code, count(*)::int AS n FROM base WHERE ${sql.identifier('a_' + flag)} AND ${others(flag)}`);
  // The total (every filter applied) comes from the same pass, not from count(*) OVER() on the items,
  // which made PostgreSQL keep every matching row, wide, in a window buffer.
  parts.push(sql`SELECT '_total' AS facet, NULL AS code, count(*)::int AS n FROM base WHERE ${and([...filters.keys()].map((k) => sql`${sql.identifier('m_' + k)}`))}`);
  const facetsQuery = sql`
    WITH base AS MATERIALIZED (
      SELECT ${sql.join(
        AXIS_NAMES.map((a) => column(a)),
        sql`, `,
      )}, social_isolation, areas, access_languages, access_modes, access_weekdays,
      ${sql.join(ACCESS_FLAGS.map((f) => sql`(${accessFlagCondition(f, today)}) IS TRUE AS ${sql.identifier('a_' + f)}`), sql`, `)}${flags.length ? sql`, ${sql.join(flags, sql`, `)}` : sql``}
      FROM initiatives WHERE ${and(base)}
    )
    ${sql.join(parts, sql` UNION ALL `)}`;

  const unfiltered = allFilters.length === 1; // only status = 'published': the landing page
  const nearRows = near ? sql`SELECT id, access->'places' AS places FROM initiatives WHERE ${and(allFilters)} ORDER BY lower(name), id` : null;
  const [itemRows, facetRows] = await Promise.all([
    nearRows && near ? database.rows<NearRow>(nearRows).then((rows) => nearPage(database, rows, near, q)) : database.rows<ItemRow>(itemsQuery),
    // random_page_cost is set per connection (db/client.ts) so text searches use the GIN index.
    unfiltered ? cachedUnfilteredFacets(database, facetsQuery, today) : database.rows<FacetRow>(facetsQuery),
  ]);

  let total = 0;
  const facets = Object.fromEntries(
    [...AXIS_NAMES, 'social_isolation', 'area', ...ACCESS_FACETS].map((f) => [f, [] as FacetCount[]]),
  ) as CatalogueResult['facets'];
  for (const r of facetRows) {
    if (r.facet === '_total') total = Number(r.n);
    else facets[r.facet].push({ code: r.facet === 'weekday' ? WEEKDAYS[Number(r.code) - 1]! : r.code, count: Number(r.n) });
  }
  Object.assign(facets, accessFacetCounts((f) => new Map(facets[f].map((c) => [c.code, c.count]))));
  for (const axis of AXIS_NAMES) {
    // Vocabulary order, every code present (0 where none), so people see what is missing too.
    const counts = new Map(facets[axis].map((f) => [f.code, f.count]));
    facets[axis] = AXES[axis].codes.map((c) => ({ code: c.code, count: counts.get(c.code) ?? 0 }));
  }
  facets.area.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: itemRows,
    facets,
  };
}
