/** The monitor's supply per area (src/monitor/service/supply.ts) asked of the initiatives table. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { InitiativeStatus } from '../../db/schema.js';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const statusList = (statuses: readonly InitiativeStatus[]) => sql.join(statuses.map((s) => sql`${s}`), sql`, `);

/** Every area code initiatives of these statuses name, with how many name it. */
export async function areaCodesInUse(db: Db, statuses: readonly InitiativeStatus[]): Promise<{ code: string; n: number }[]> {
  return rowsOf(
    await db.execute(sql`select x.code, count(distinct i.id)::int as n from initiatives i cross join lateral unnest(i.areas) as x(code) where i.status in (${statusList(statuses)}) group by x.code`),
  );
}

/** Initiatives of these statuses with at least one area code. */
export async function countWithAreas(db: Db, statuses: readonly InitiativeStatus[]): Promise<number> {
  return rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from initiatives where status in (${statusList(statuses)}) and cardinality(areas) > 0`))[0]?.n ?? 0;
}

/**
 * Initiatives of these statuses without area codes, per geographic level (they serve by their
 * level's no-area pseudo-code, src/areas/coverage.ts), and how many of them offer one of `effective`.
 */
export async function arealessCounts(db: Db, statuses: readonly InitiativeStatus[], effective: readonly string[]): Promise<{ level: string; n: number; effective: number }[]> {
  const wanted = effective.length ? sql`ARRAY[${sql.join(effective.map((e) => sql`${e}`), sql`, `)}]::text[]` : sql`ARRAY[]::text[]`;
  return rowsOf(
    await db.execute(
      sql`select geographic_level as level, count(*)::int as n, (count(*) filter (where elements && ${wanted}))::int as effective from initiatives where status in (${statusList(statuses)}) and cardinality(areas) = 0 group by geographic_level`,
    ),
  );
}

/** A placement of area codes on areas: code c serves area a locally or from above (k). */
export type Placement = readonly { c: string; a: string; k: string }[];

/**
 * (initiative, area, coverage) for every area an initiative serves, local winning over wider.
 * An initiative without areas is placed by its pseudo-code '*' + geographic level (src/areas/coverage.ts).
 */
function served(pairs: Placement, statuses: readonly InitiativeStatus[]): SQL {
  return sql`
    map as (select * from jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as m(c text, a text, k text)),
    served as (
      select i.id, m.a as area, min(m.k) as k, i.elements, i.age_groups
      from initiatives i
      cross join lateral unnest(case when cardinality(i.areas) = 0 then array['*' || i.geographic_level] else i.areas end) as x(code)
      join map m on m.c = x.code
      where i.status in (${statusList(statuses)})
      group by i.id, m.a
    )`;
}

/**
 * Per area: initiatives serving it locally ('total'), per category of elements, per element and
 * per age group (local ones), and those serving it from above ('wider', 'wider_effective').
 * `cats` maps elements to the categories they belong to ('*effective': the effective elements).
 */
export async function supplyCounts(
  db: Db,
  pairs: Placement,
  cats: readonly { cat: string; el: string }[],
  statuses: readonly InitiativeStatus[],
): Promise<{ area: string; kind: string; key: string; n: number }[]> {
  return rowsOf(
    await db.execute(sql`
      with ${served(pairs, statuses)},
      cat as (select * from jsonb_to_recordset(${JSON.stringify(cats)}::jsonb) as k(cat text, el text)),
      local as (select * from served where k = 'local')
      select area, 'total' as kind, '' as key, count(*)::int as n from local group by area
      union all
      select area, 'wider', '', count(*)::int from served where k = 'wider' group by area
      union all
      select s.area, 'wider_effective', '', count(distinct s.id)::int from served s join cat k on k.cat = '*effective' and k.el = any(s.elements) where s.k = 'wider' group by s.area
      union all
      select s.area, 'category', k.cat, count(distinct s.id)::int from local s join cat k on k.el = any(s.elements) group by s.area, k.cat
      union all
      select s.area, 'element', e, count(*)::int from local s cross join lateral unnest(s.elements) as e group by s.area, e
      union all
      select s.area, 'age_group', g, count(*)::int from local s cross join lateral unnest(s.age_groups) as g group by s.area, g`),
  );
}

/** The ids of the initiatives serving each area, per coverage. */
export async function servedIds(db: Db, pairs: Placement, statuses: readonly InitiativeStatus[]): Promise<{ area: string; kind: string; ids: string[] }[]> {
  return rowsOf(await db.execute(sql`with ${served(pairs, statuses)} select area, k as kind, array_agg(id order by id) as ids from served group by area, k`));
}
