/**
 * "Which initiatives serve this area?" with their coverage, for one area (or a few) and any other
 * filters of a selection: what screening and referral ask ("initiatives serving municipality M,
 * wider ones included, offering any of elements E"), and what the equality test compares with
 * the catalogue, the landscape and the monitor.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Selection } from '../selection.js';
import { coverageIn, resolveAreaScope, type AreaScope, type Coverage } from './area-scope.js';
import { selectionConditions } from './where.js';

export interface ServingInitiative {
  id: string;
  name: string;
  organisation: string | null;
  areas: string[];
  elements: string[];
  age_groups: string[];
  geographic_level: string;
  /** local: its own areas are the area or lie inside it; wider: it covers the area from above. */
  coverage: Coverage;
}

/**
 * Published initiatives serving `area` (codes of any level, see src/areas/coverage.ts) that match
 * the rest of the selection; local ones first, then by name. For example, for screening:
 * `initiativesServing(database, '12021', { elements: ['meeting', 'befriending'] })`.
 */
export async function initiativesServing(database: Database, area: string | readonly string[], selection: Omit<Selection, 'area'> = {}, opts: { limit?: number } = {}): Promise<{ scope: AreaScope; items: ServingInitiative[] }> {
  const areas = typeof area === 'string' ? [area] : [...area];
  const scope = await resolveAreaScope(database, areas);
  const full: Selection = { ...selection, area: areas };
  const rows = await database.rows<Omit<ServingInitiative, 'coverage'>>(sql`
    SELECT id, name, organisation, areas, elements, age_groups, geographic_level FROM initiatives
    WHERE ${selectionConditions(full, scope)} ORDER BY lower(name), id`);
  const items = rows.map((r) => ({ ...r, coverage: coverageIn(scope, r.areas, r.geographic_level)! }));
  items.sort((a, b) => Number(a.coverage === 'wider') - Number(b.coverage === 'wider'));
  return { scope, items: opts.limit !== undefined ? items.slice(0, opts.limit) : items };
}
