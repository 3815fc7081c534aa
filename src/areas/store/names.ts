/** Names of areas by code, in the requested language where known (Brussels municipalities have a French name too). */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { areas } from '../../db/schema.js';
import type { Lang } from '../../vocabulary/matrix.js';

export async function areaNames(db: Db, codes: readonly string[], lang: Lang): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ code: areas.code, nameNl: areas.nameNl, nameFr: areas.nameFr, validTo: areas.validTo })
    .from(areas)
    .where(inArray(areas.code, [...new Set(codes)]));
  const out = new Map<string, string>();
  // Prefer the currently valid record of a code.
  for (const r of rows.sort((a, b) => (a.validTo === null ? 1 : 0) - (b.validTo === null ? 1 : 0))) {
    out.set(r.code, lang === 'fr' && r.nameFr ? r.nameFr : r.nameNl);
  }
  return out;
}

/** Municipalities valid now, sorted by name, for pick lists. */
export async function listMunicipalities(db: Db, lang: Lang): Promise<{ code: string; name: string }[]> {
  // Only the municipalities valid now: reading every area (tens of thousands of statistical sectors once imported) to keep a few hundred made every survey page pay for them.
  const rows = await db
    .select({ code: areas.code, nameNl: areas.nameNl, nameFr: areas.nameFr })
    .from(areas)
    .where(and(eq(areas.level, 'municipality'), isNull(areas.validTo)));
  const seen = new Map<string, string>();
  for (const r of rows) {
    // 9999x are Statbel's "not localisable" pseudo-municipalities of the sector files.
    if (/^9999\d$/.test(r.code)) continue;
    seen.set(r.code, lang === 'fr' && r.nameFr ? r.nameFr : r.nameNl);
  }
  return [...seen].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, lang));
}

export interface AreaLabel {
  nl: string;
  fr?: string;
  /** First year the code is valid (a municipality of the 1 January 2025 mergers: 2025). */
  since: number;
  /** Last year it was valid, when it ended. */
  until?: number;
}

/** Dutch and French names of areas by code, with the year each code took effect (its currently valid record). */
export async function areaLabels(db: Db, codes: readonly string[]): Promise<Map<string, AreaLabel>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ code: areas.code, nameNl: areas.nameNl, nameFr: areas.nameFr, validFrom: areas.validFrom, validTo: areas.validTo })
    .from(areas)
    .where(inArray(areas.code, [...new Set(codes)]));
  const out = new Map<string, AreaLabel>();
  for (const r of rows.sort((a, b) => (a.validTo === null ? 1 : 0) - (b.validTo === null ? 1 : 0))) {
    out.set(r.code, { nl: r.nameNl, ...(r.nameFr ? { fr: r.nameFr } : {}), since: r.validFrom, ...(r.validTo !== null ? { until: r.validTo } : {}) });
  }
  return out;
}
