/**
 * How much area data is imported, for the monitor's data status: areas per level (all periods and
 * the current ones), outlines per level, and recorded successions (mergers). The tables are the
 * areas capability's (src/areas); these are counts only.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

export interface AreaDataCounts {
  areas: { level: string; total: number; current: number }[];
  geometries: { level: string; count: number }[];
  successions: number;
}

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

export async function countAreaData(db: Db): Promise<AreaDataCounts> {
  const areas = rows<{ level: string; total: number; current: number }>(
    await db.execute(sql`select level, count(*)::int as total, count(*) filter (where valid_to_year is null)::int as current from areas group by level order by level`),
  );
  const geometries = rows<{ level: string; count: number }>(await db.execute(sql`select level, count(distinct code)::int as count from area_geometries group by level order by level`));
  const successions = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from area_successions`))[0]?.n ?? 0;
  return { areas, geometries, successions };
}
