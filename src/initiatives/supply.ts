/** The monitor's supply per area (src/monitor/service/supply.ts) asked of the initiatives table. */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { InitiativeStatus } from '../db/schema.js';

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
 * Per area: initiatives serving it ('total'), per category of elements, per element and per age
 * group. `pairs` places each initiative area code `c` on the areas `a` it counts for; `cats` maps
 * elements to the categories they belong to. An initiative counts once per area.
 */
export async function supplyCounts(
  db: Db,
  pairs: readonly { c: string; a: string }[],
  cats: readonly { cat: string; el: string }[],
  statuses: readonly InitiativeStatus[],
): Promise<{ area: string; kind: string; key: string; n: number }[]> {
  return rowsOf(
    await db.execute(sql`
      with map as (select * from jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as m(c text, a text)),
      cat as (select * from jsonb_to_recordset(${JSON.stringify(cats)}::jsonb) as k(cat text, el text)),
      served as (
        select distinct i.id, m.a as area, i.elements, i.age_groups
        from initiatives i cross join lateral unnest(i.areas) as x(code) join map m on m.c = x.code
        where i.status in (${statusList(statuses)})
      )
      select area, 'total' as kind, '' as key, count(*)::int as n from served group by area
      union all
      select s.area, 'category', k.cat, count(distinct s.id)::int from served s join cat k on k.el = any(s.elements) group by s.area, k.cat
      union all
      select s.area, 'element', e, count(*)::int from served s cross join lateral unnest(s.elements) as e group by s.area, e
      union all
      select s.area, 'age_group', g, count(*)::int from served s cross join lateral unnest(s.age_groups) as g group by s.area, g`),
  );
}
