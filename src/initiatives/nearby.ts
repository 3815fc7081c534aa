/**
 * "Initiatives serving municipality M (wider-area ones included) that offer
 * any of the effective elements E, for age group A", for the screening's
 * nearby list and the personas. Coverage is the one meaning of issue 9
 * (area-scope.ts, on the area model): the municipality and what lies inside
 * it is local; a larger area, the region or the country is wider.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { Selection } from './selection.js';
import { coverageIn, resolveAreaScope } from './area-scope.js';
import { selectionConditions } from './where.js';

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

/** The effectladder's order (seed 003, §1.10): a higher rung first when offers tie. */
const EVIDENCE_RANK: Record<string, number> = { level4_causal: 4, level3_indicative: 3, level2_theory: 2, level1_described: 1, level0_implicit: 0 };

interface Row { id: string; name: string; organisation: string | null; elements: string[]; evidence: string; areas: string[]; geographic_level: string }

async function serving(database: Database, q: NearbyQuery): Promise<(Row & { coverage: 'local' | 'wider' })[]> {
  if (!q.elements.length || !/^\d{5}$/.test(q.municipality)) return [];
  const scope = await resolveAreaScope(database, [q.municipality]);
  const selection = {
    area: [q.municipality],
    elements: [...q.elements],
    ...(q.ageGroup ? { age_groups: [q.ageGroup, 'all_ages'] } : {}),
  } as Selection;
  const rows = await database.rows<Row>(sql`
    SELECT id, name, organisation, elements, evidence, areas, geographic_level FROM initiatives
    WHERE ${selectionConditions(selection, scope)}`);
  return rows.flatMap((r) => {
    const coverage = coverageIn(scope, r.areas, r.geographic_level);
    return coverage ? [{ ...r, elements: [...r.elements], coverage }] : [];
  });
}

/** Ordered by the number of asked elements offered, then the effectladder level, then name. */
export async function initiativesServing(database: Database, q: NearbyQuery): Promise<NearbyInitiative[]> {
  const asked = new Set(q.elements);
  const items = (await serving(database, q)).map((r) => ({
    id: r.id, name: r.name, organisation: r.organisation, elements: r.elements, evidence: r.evidence, coverage: r.coverage,
    matched: r.elements.filter((e) => asked.has(e)).length,
  }));
  items.sort((a, b) => b.matched - a.matched || (EVIDENCE_RANK[b.evidence] ?? -1) - (EVIDENCE_RANK[a.evidence] ?? -1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return items.slice(0, q.limit ?? 10);
}

/** Which of `elements` at least one initiative serving the municipality offers (for the personas' gaps). */
export async function elementsOfferedIn(database: Database, municipality: string, elements: readonly string[]): Promise<Set<string>> {
  const asked = new Set(elements);
  const offered = new Set<string>();
  for (const r of await serving(database, { municipality, elements })) for (const e of r.elements) if (asked.has(e)) offered.add(e);
  return offered;
}
