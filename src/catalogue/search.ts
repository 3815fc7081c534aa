/**
 * Catalogue search with disjunctive facets: each axis's counts apply every
 * filter except that axis's own, so a person sees how many initiatives each
 * value would give if they ticked it.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { AXIS_NAMES, AXES, type AxisName } from '../vocabulary/matrix.js';
import { foldAccents } from '../search/normalise.js';
import type { CatalogueQuery } from './query-schema.js';
import { catalogueVersion } from '../initiatives/version.js';

export interface FacetCount {
  code: string;
  count: number;
}

export interface CatalogueItem {
  id: string;
  name: string;
  organisation: string | null;
  description: string | null;
  areas: string[];
  elements: string[];
  prevention: string;
  dimensions: string[];
  age_groups: string[];
  evidence: string;
  primary_actor: string;
  geographic_level: string;
}

export interface CatalogueResult {
  total: number;
  page: number;
  pageSize: number;
  items: CatalogueItem[];
  facets: Record<AxisName | 'social_isolation' | 'area', FacetCount[]>;
}

/** Column name per axis (they coincide with the interchange names). */
const column = (axis: AxisName): SQL => sql`${sql.identifier(axis)}`;

function axisCondition(axis: AxisName, codes: readonly string[]): SQL {
  const arr = sql`${sql.raw('ARRAY[')}${sql.join(codes.map((c) => sql`${c}`), sql`, `)}${sql.raw(']::text[]')}`;
  return AXES[axis].multi ? sql`${column(axis)} && ${arr}` : sql`${column(axis)} = ANY(${arr})`;
}

function textQuery(q: string): SQL {
  const folded = foldAccents(q);
  const nl = sql`websearch_to_tsquery('dutch'::regconfig, ${folded})`;
  const fr = sql`websearch_to_tsquery('french'::regconfig, ${folded})`;
  // 'buurt' | 'buurt' would double the planner's row estimate (and push it to a sequential scan): OR only when the stems differ.
  return sql`(CASE WHEN ${nl} = ${fr} THEN ${nl} ELSE ${nl} || ${fr} END)`;
}

/** Filters that are not facets: text, area, source, status. */
function baseConditions(q: CatalogueQuery): SQL[] {
  const where: SQL[] = [sql`status = 'published'`];
  if (q.q) where.push(sql`search_vector @@ ${textQuery(q.q)}`);
  if (q.source) where.push(sql`source = ${q.source}`);
  return where;
}

type FacetName = AxisName | 'social_isolation' | 'area';

function facetConditions(q: CatalogueQuery): Map<FacetName, SQL> {
  const m = new Map<FacetName, SQL>();
  for (const axis of AXIS_NAMES) {
    const codes = q[axis];
    if (codes && codes.length) m.set(axis, axisCondition(axis, codes));
  }
  if (q.social_isolation !== undefined) m.set('social_isolation', sql`social_isolation = ${q.social_isolation}`);
  if (q.area?.length) {
    m.set('area', sql`areas && ${sql.raw('ARRAY[')}${sql.join(q.area.map((a) => sql`${a}`), sql`, `)}${sql.raw(']::text[]')}`);
  }
  return m;
}

type FacetRow = { facet: FacetName | '_total'; code: string; n: number };

/**
 * The landing page counts every published initiative for every facet: the
 * most visited and the slowest query (1.35 s at 100k, bench/run.ts). Its
 * counts change only when the bank changes, so they are kept per database
 * until the catalogue version (bumped by every write, initiatives/version.ts)
 * moves. Each app instance checks the version in the database, so several
 * instances never serve stale counts.
 */
const unfilteredCache = new WeakMap<Database, { version: string; rows: FacetRow[] }>();

async function cachedUnfilteredFacets(database: Database, facetsQuery: SQL): Promise<FacetRow[]> {
  const version = await catalogueVersion(database.db);
  const hit = unfilteredCache.get(database);
  if (hit && hit.version === version) return hit.rows;
  const rows = await database.rows<FacetRow>(facetsQuery);
  unfilteredCache.set(database, { version, rows });
  return rows;
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`);

export async function searchCatalogue(database: Database, q: CatalogueQuery): Promise<CatalogueResult> {
  const base = baseConditions(q);
  const filters = facetConditions(q);
  const allFilters = [...base, ...filters.values()];
  const order = q.q
    ? sql`ts_rank(search_vector, ${textQuery(q.q)}) DESC, lower(name), id`
    : sql`lower(name), id`;
  const offset = (q.page - 1) * q.pageSize;

  const itemsQuery = sql`
    SELECT id, name, organisation, left(description, 400) AS description, areas, elements, prevention, dimensions,
           age_groups, evidence, primary_actor, geographic_level
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
  // The total (every filter applied) comes from the same pass, not from count(*) OVER() on the items,
  // which made PostgreSQL keep every matching row, wide, in a window buffer.
  parts.push(sql`SELECT '_total' AS facet, NULL AS code, count(*)::int AS n FROM base WHERE ${and([...filters.keys()].map((k) => sql`${sql.identifier('m_' + k)}`))}`);
  const facetsQuery = sql`
    WITH base AS MATERIALIZED (
      SELECT ${sql.join(
        AXIS_NAMES.map((a) => column(a)),
        sql`, `,
      )}, social_isolation, areas${flags.length ? sql`, ${sql.join(flags, sql`, `)}` : sql``}
      FROM initiatives WHERE ${and(base)}
    )
    ${sql.join(parts, sql` UNION ALL `)}`;

  const unfiltered = allFilters.length === 1; // only status = 'published': the landing page
  const [itemRows, facetRows] = await Promise.all([
    database.rows<CatalogueItem>(itemsQuery),
    // random_page_cost is set per connection (db/client.ts) so text searches use the GIN index.
    unfiltered ? cachedUnfilteredFacets(database, facetsQuery) : database.rows<FacetRow>(facetsQuery),
  ]);

  let total = 0;
  const facets = Object.fromEntries(
    [...AXIS_NAMES, 'social_isolation', 'area'].map((f) => [f, [] as FacetCount[]]),
  ) as CatalogueResult['facets'];
  for (const r of facetRows) {
    if (r.facet === '_total') total = Number(r.n);
    else facets[r.facet].push({ code: r.code, count: Number(r.n) });
  }
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
