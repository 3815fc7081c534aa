/**
 * Candidates for the matching (src/matching): published initiatives serving a municipality (issue
 * 9's one meaning of coverage, wider-area ones included) or, without one, all published ones,
 * narrowed by what the matching requires and SQL can decide: the age group (or all ages) and at
 * least one of the asked elements. The ranking and the access requirements are the matching's.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { Selection } from './selection.js';
import { coverageIn, resolveAreaScope, type AreaScope, type Coverage } from './area-scope.js';
import { selectionConditions } from './where.js';

export interface CandidateQuery {
  /** NIS code of a municipality. */
  municipality?: string | undefined;
  ageGroup?: string | undefined;
  /** At least one of these. */
  elements?: readonly string[] | undefined;
}

export interface CandidateRow {
  id: string;
  name: string;
  organisation: string | null;
  elements: string[];
  age_groups: string[];
  evidence: string;
  /** Undefined when no municipality was asked. */
  coverage?: Coverage;
}

type Row = Omit<CandidateRow, 'coverage'> & { areas: string[]; geographic_level: string };

export async function matchCandidates(database: Database, q: CandidateQuery): Promise<{ scope: AreaScope | null; rows: CandidateRow[] }> {
  const scope = q.municipality ? await resolveAreaScope(database, [q.municipality]) : null;
  if (scope && scope.unknown.length) return { scope, rows: [] };
  const selection: Selection = {
    ...(q.municipality ? { area: [q.municipality] } : {}),
    ...(q.elements?.length ? { elements: [...q.elements] } : {}),
    ...(q.ageGroup ? { age_groups: [q.ageGroup, 'all_ages'] } : {}),
  } as Selection;
  const rows = await database.rows<Row>(sql`
    SELECT id, name, organisation, elements, age_groups, evidence, areas, geographic_level FROM initiatives
    WHERE ${selectionConditions(selection, scope)}`);
  const out: CandidateRow[] = [];
  for (const r of rows) {
    const base = { id: r.id, name: r.name, organisation: r.organisation, elements: r.elements, age_groups: r.age_groups, evidence: r.evidence };
    if (!scope) out.push(base);
    else {
      const coverage = coverageIn(scope, r.areas, r.geographic_level);
      if (coverage) out.push({ ...base, coverage });
    }
  }
  return { scope, rows: out };
}

/** Which of `elements` at least one initiative serving the municipality offers (for the personas' gaps). */
export async function elementsOfferedIn(database: Database, municipality: string, elements: readonly string[]): Promise<Set<string>> {
  const offered = new Set<string>();
  if (!elements.length || !/^\d{5}$/.test(municipality)) return offered;
  const asked = new Set(elements);
  for (const r of (await matchCandidates(database, { municipality, elements })).rows) for (const e of r.elements) if (asked.has(e)) offered.add(e);
  return offered;
}
