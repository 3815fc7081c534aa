/**
 * "Initiatives serving municipality M (wider-area ones included) that offer
 * any of the effective elements E, for age group A", for the screening's
 * nearby list and the personas. Interim: the "one way in" issue (9) brings
 * the area model's one meaning of coverage; then this reads through it.
 * Until then coverage here is: the municipality itself, a sector inside it,
 * its province or region code, or no areas with a regional/national level.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

export interface NearbyQuery {
  /** NIS code of the municipality (5 digits). */
  municipality: string;
  /** Effective-element codes; an initiative must offer at least one. */
  elements: readonly string[];
  /** A matrix age-group code; initiatives for all ages match too. */
  ageGroup?: string | undefined;
  limit?: number;
}

export interface NearbyInitiative {
  id: string;
  name: string;
  organisation: string | null;
  elements: string[];
  evidence: string;
  /** local: its own areas are the municipality or inside it; wider: it covers the municipality from above. */
  coverage: 'local' | 'wider';
  /** How many of the asked elements it offers. */
  matched: number;
}

/** The province and region codes above a municipality, from its NIS code (Statbel's numbering). */
export function areasAbove(municipality: string): string[] {
  const p2 = municipality.slice(0, 2);
  const first = municipality[0];
  if (p2 === '21') return ['04000'];
  const province = p2 === '23' || p2 === '24' ? '20001' : p2 === '25' ? '20002' : `${first}0000`;
  const region = ['1', '3', '4', '7'].includes(first ?? '') || p2 === '23' || p2 === '24' ? '02000' : '03000';
  return [province, region];
}

const EVIDENCE_RANK = sql`CASE evidence WHEN 'level4_causal' THEN 4 WHEN 'level3_indicative' THEN 3 WHEN 'level2_theory' THEN 2 WHEN 'level1_described' THEN 1 WHEN 'level0_implicit' THEN 0 ELSE -1 END`;
const textArray = (list: readonly string[]) => sql`ARRAY[${sql.join(list.map((x) => sql`${x}`), sql`, `)}]::text[]`;

/** Ordered by the number of asked elements offered, then the effectladder level, then name. */
export async function initiativesServing(db: Db, q: NearbyQuery): Promise<NearbyInitiative[]> {
  if (!q.elements.length || !/^\d{5}$/.test(q.municipality)) return [];
  const elements = textArray(q.elements);
  const above = areasAbove(q.municipality);
  const brusselsOrFlanders = above.includes('02000') || above.includes('04000');
  const local = sql`(areas && ARRAY[${q.municipality}]::text[] OR EXISTS (SELECT 1 FROM unnest(areas) AS a WHERE length(a) > 5 AND left(a, 5) = ${q.municipality}))`;
  const wider = sql`(areas && ${textArray(above)} OR (cardinality(areas) = 0 AND (geographic_level = 'national'${brusselsOrFlanders ? sql` OR geographic_level = 'regional'` : sql``})))`;
  const age = q.ageGroup ? sql` AND age_groups && ${textArray([q.ageGroup, 'all_ages'])}` : sql``;
  const rows = await db.execute(sql`
    SELECT id, name, organisation, elements, evidence,
      CASE WHEN ${local} THEN 'local' ELSE 'wider' END AS coverage,
      (SELECT count(*)::int FROM unnest(elements) AS e WHERE e = ANY(${elements})) AS matched
    FROM initiatives
    WHERE status = 'published' AND elements && ${elements}${age} AND (${local} OR ${wider})
    ORDER BY matched DESC, ${EVIDENCE_RANK} DESC, name ASC
    LIMIT ${q.limit ?? 10}`);
  return (rows as unknown as { rows: NearbyInitiative[] }).rows.map((r) => ({ ...r, elements: [...r.elements] }));
}

/** Which of `elements` at least one initiative serving the municipality offers (for the personas' gaps). */
export async function elementsOfferedIn(db: Db, municipality: string, elements: readonly string[]): Promise<Set<string>> {
  if (!elements.length || !/^\d{5}$/.test(municipality)) return new Set();
  const above = areasAbove(municipality);
  const rows = await db.execute(sql`
    SELECT DISTINCT e FROM initiatives, unnest(elements) AS e
    WHERE status = 'published' AND e = ANY(${textArray(elements)})
      AND (areas && ARRAY[${municipality}]::text[] OR EXISTS (SELECT 1 FROM unnest(areas) AS a WHERE length(a) > 5 AND left(a, 5) = ${municipality})
        OR areas && ${textArray(above)} OR (cardinality(areas) = 0 AND geographic_level IN ('national', 'regional')))`);
  return new Set((rows as unknown as { rows: { e: string }[] }).rows.map((r) => r.e));
}
