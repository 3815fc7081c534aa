/**
 * Candidates for the matching (src/matching): published initiatives serving a municipality (issue
 * 9's one meaning of coverage, wider-area ones included) or, without one, all published ones,
 * narrowed by what the matching requires and SQL can decide: the age group (or all ages), at
 * least one of the asked elements, and the access requirements on the filter columns derived from
 * the access facts (access.ts) — out only when known not to fit: an asked language or mode it does
 * not offer while it records some, a cost when only free ones are asked, no wheelchair access when
 * it is needed, full unless asked for. The ranking is the matching's, which checks these again.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Selection } from '../selection.js';
import { coverageIn, resolveAreaScope, type AreaScope, type Coverage } from './area-scope.js';
import { selectionConditions, textArray } from './where.js';
import type { CapacityStatus, Mode } from '../access.js';

export interface CandidateQuery {
  /** NIS code of a municipality. */
  municipality?: string | undefined;
  ageGroup?: string | undefined;
  /** At least one of these. */
  elements?: readonly string[] | undefined;
  /** One of these, when the initiative records its languages. */
  languages?: readonly string[] | undefined;
  /** One of these, when the initiative records how one takes part. */
  modes?: readonly string[] | undefined;
  freeOnly?: boolean | undefined;
  wheelchair?: boolean | undefined;
  includeFull?: boolean | undefined;
  /**
   * Read only the rows that can make the first `limit` of a ranking whose leading part is
   * `elementWeight` per asked element offered plus `rungWeight` per rung of the effectladder, when
   * everything else the ranking adds stays below one rung (the matching's tiers, src/matching/rules.ts):
   * the rows whose leading part is at least that of the `limit`-th row. Without it, every candidate.
   */
  top?: { limit: number; elementWeight: number; rungWeight: number; rungs: Readonly<Record<string, number>> } | undefined;
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
  /** The access facts the matching reads; a fact not recorded is absent. */
  access: {
    languages?: string[];
    modes?: Mode[];
    free?: boolean;
    wheelchair?: boolean;
    capacity?: { status: CapacityStatus; set_on: string };
    places?: { municipality?: string; lat?: number; lon?: number }[];
  };
}

interface Row {
  id: string;
  name: string;
  organisation: string | null;
  elements: string[];
  age_groups: string[];
  evidence: string;
  areas: string[];
  geographic_level: string;
  languages: string[];
  modes: Mode[];
  free: boolean | null;
  wheelchair: boolean | null;
  capacity: CapacityStatus | null;
  capacity_set_on: string | null;
  places: { municipality?: string; lat?: number; lon?: number }[] | null;
}

/** The access requirements as SQL on the derived filter columns. */
function accessConditions(q: CandidateQuery): SQL[] {
  const out: SQL[] = [];
  if (q.languages?.length) out.push(sql`(cardinality(access_languages) = 0 OR access_languages && ${textArray(q.languages)})`);
  if (q.modes?.length) out.push(sql`(cardinality(access_modes) = 0 OR access_modes && ${textArray(q.modes)})`);
  if (q.freeOnly) out.push(sql`access_free IS DISTINCT FROM false`);
  if (q.wheelchair) out.push(sql`access_wheelchair IS DISTINCT FROM false`);
  if (!q.includeFull) out.push(sql`capacity IS DISTINCT FROM 'full'`);
  return out;
}

function accessOf(r: Row): CandidateRow['access'] {
  const places = (r.places ?? []).map((p) => ({
    ...(typeof p.municipality === 'string' ? { municipality: p.municipality } : {}),
    ...(typeof p.lat === 'number' && typeof p.lon === 'number' ? { lat: p.lat, lon: p.lon } : {}),
  }));
  return {
    ...(r.languages.length ? { languages: r.languages } : {}),
    ...(r.modes.length ? { modes: r.modes } : {}),
    ...(r.free !== null ? { free: r.free } : {}),
    ...(r.wheelchair !== null ? { wheelchair: r.wheelchair } : {}),
    ...(r.capacity && r.capacity_set_on ? { capacity: { status: r.capacity, set_on: r.capacity_set_on } } : {}),
    ...(places.length ? { places } : {}),
  };
}

/** The leading part of the ranking (see CandidateQuery.top) as SQL. */
function leadingScore(q: CandidateQuery, top: NonNullable<CandidateQuery['top']>): SQL {
  const rungs = Object.entries(top.rungs).filter(([, r]) => r !== 0);
  const rung = rungs.length ? sql`(CASE evidence ${sql.join(rungs.map(([code, r]) => sql`WHEN ${code} THEN ${r}::int`), sql` `)} ELSE 0 END)` : sql`0`;
  // One comparison per asked element (cheaper than unnesting every row's array).
  const matched = q.elements?.length ? sql`(${sql.join(q.elements.map((e) => sql`(${e} = ANY(elements))::int`), sql` + `)})` : sql`0`;
  return sql`(${matched} * ${top.elementWeight}::int + ${rung} * ${top.rungWeight}::int)`;
}

export async function matchCandidates(database: Database, q: CandidateQuery): Promise<{ scope: AreaScope | null; rows: CandidateRow[]; total: number }> {
  const scope = q.municipality ? await resolveAreaScope(database, [q.municipality]) : null;
  if (scope && scope.unknown.length) return { scope, rows: [], total: 0 };
  const selection: Selection = {
    ...(q.municipality ? { area: [q.municipality] } : {}),
    ...(q.elements?.length ? { elements: [...q.elements] } : {}),
    ...(q.ageGroup ? { age_groups: [q.ageGroup, 'all_ages'] } : {}),
  } as Selection;
  const where = sql.join([selectionConditions(selection, scope), ...accessConditions(q)], sql` AND `);
  const top = q.top;
  // The candidates' ids and leading scores first (a narrow scan), then the full rows of those kept; of the access
  // document only the places' municipality and coordinates are read (for distances).
  const rows = await database.rows<Row & { total: number }>(sql`
    WITH c AS (
      SELECT id, ${top ? leadingScore(q, top) : sql`0`} AS lead FROM initiatives WHERE ${where}
    ), kept AS (
      SELECT id FROM c
      ${top ? sql`WHERE lead >= COALESCE((SELECT lead FROM c ORDER BY lead DESC OFFSET ${Math.max(0, top.limit - 1)} LIMIT 1), 0)` : sql``}
    )
    SELECT i.id, i.name, i.organisation, i.elements, i.age_groups, i.evidence, i.areas, i.geographic_level,
           i.access_languages AS languages, i.access_modes AS modes, i.access_free AS free, i.access_wheelchair AS wheelchair,
           i.capacity, i.capacity_set_on::text AS capacity_set_on,
           CASE WHEN jsonb_typeof(i.access -> 'places') = 'array' THEN
             (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('municipality', p -> 'municipality', 'lat', p -> 'lat', 'lon', p -> 'lon')))
                FROM jsonb_array_elements(i.access -> 'places') AS p)
           END AS places,
           (SELECT count(*)::int FROM c) AS total
    FROM initiatives i JOIN kept USING (id)`);
  const out: CandidateRow[] = [];
  for (const r of rows) {
    const base = { id: r.id, name: r.name, organisation: r.organisation, elements: r.elements, age_groups: r.age_groups, evidence: r.evidence, access: accessOf(r) };
    if (!scope) out.push(base);
    else {
      const coverage = coverageIn(scope, r.areas, r.geographic_level);
      if (coverage) out.push({ ...base, coverage });
    }
  }
  return { scope, rows: out, total: rows[0]?.total ?? 0 };
}

/** Which of `elements` at least one initiative serving the municipality offers (for the personas' gaps). */
export async function elementsOfferedIn(database: Database, municipality: string, elements: readonly string[]): Promise<Set<string>> {
  const offered = new Set<string>();
  if (!elements.length || !/^\d{5}$/.test(municipality)) return offered;
  const asked = new Set(elements);
  for (const r of (await matchCandidates(database, { municipality, elements, includeFull: true })).rows) for (const e of r.elements) if (asked.has(e)) offered.add(e);
  return offered;
}
