/** What the selection form offers: the sources present, and the areas (by level) from the areas table. */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Lang } from '../../vocabulary/matrix.js';

export const AREA_GROUPS = ['region', 'province', 'zone', 'district', 'municipality'] as const;
export type AreaGroup = (typeof AREA_GROUPS)[number];

export interface AreaOption {
  level: AreaGroup;
  code: string;
  name: string;
}

export { listSources } from '../../initiatives/store/queries.js';

/** Areas valid now, by level, sorted by name in the reader's language. */
export async function listAreaOptions(database: Database, lang: Lang): Promise<AreaOption[]> {
  const rows = await database.rows<{ level: string; code: string; name_nl: string; name_fr: string | null }>(sql`
    SELECT DISTINCT ON (level, code) level, code, name_nl, name_fr FROM areas
    WHERE valid_to_year IS NULL AND level IN ('region', 'province', 'zone', 'district', 'municipality')
    ORDER BY level, code, valid_from_year DESC`);
  const collator = new Intl.Collator(lang);
  return rows
    .map((r) => ({ level: r.level as AreaGroup, code: r.code, name: lang === 'fr' && r.name_fr ? r.name_fr : r.name_nl }))
    .sort((a, b) => AREA_GROUPS.indexOf(a.level) - AREA_GROUPS.indexOf(b.level) || collator.compare(a.name, b.name));
}

/** Names of the given area codes (any level), in the reader's language where known. */
export async function areaLabels(database: Database, codes: readonly string[], lang: Lang): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await database.rows<{ code: string; name_nl: string; name_fr: string | null }>(sql`
    SELECT DISTINCT ON (code) code, name_nl, name_fr FROM areas WHERE code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})
    ORDER BY code, (valid_to_year IS NULL) DESC, valid_from_year DESC`);
  return new Map(rows.map((r) => [r.code, lang === 'fr' && r.name_fr ? r.name_fr : r.name_nl]));
}
