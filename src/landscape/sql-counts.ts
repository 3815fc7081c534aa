/**
 * The landscape's counts (counts.ts) computed by the database: one statement
 * over the selected published initiatives (a materialised CTE of the coding
 * columns only), with per-axis GROUP BY / unnest counts, the element buckets,
 * a few filtered aggregates and one GROUP BY per cross-tab. Nothing but the
 * counts crosses into JavaScript, so 100,000 initiatives cost one scan, not
 * 100,000 rows to parse; the statistics stay in the pure domain.
 *
 * The counting rules are those of tallySelection / tallyCrossTab (the
 * reference, test/landscape/sql-counts.test.ts compares them on the study's
 * 133 initiatives and on random ones): a code counts once per initiative even
 * if listed twice (unnest WITH ORDINALITY keeps the first occurrence only).
 */
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { AXES, AXIS_NAMES, MULTI_AXES, SINGLE_AXES, type AxisName } from '../vocabulary/matrix.js';
import { ELEMENT_COUNT_BUCKETS, SPECIFIC_DIMENSIONS, bucketOf, emptySelectionCounts, sideCounts, type CrossTabCounts, type SelectionCounts } from './counts.js';
import type { CrossTabRequest, Selection } from './selection.js';
import type { Spec } from './specs.js';
import type { Initiative } from '../initiatives/schema.js';

const col = (axis: AxisName | 'social_isolation'): SQL => sql`${sql.identifier(axis)}`;
/**
 * A vocabulary code as an SQL literal. Grouping expressions must be written
 * identically in SELECT and GROUP BY, which bound parameters ($1, $2) are
 * not; codes come from the matrix vocabulary and are checked here anyway.
 */
const codeLiteral = (code: string): SQL => {
  if (!/^[a-z0-9_]+$/.test(code)) throw new Error(`not a vocabulary code: ${code}`);
  return sql.raw(`'${code}'`);
};
const codeArray = (codes: readonly string[]): SQL => sql`ARRAY[${sql.join(codes.map(codeLiteral), sql`, `)}]::text[]`;
const textArray = (xs: readonly string[]): SQL => (xs.length ? sql`ARRAY[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]` : sql`ARRAY[]::text[]`);

// ---------------------------------------------------------------- areas

export interface AreaExpansion {
  /** The codes asked for. */
  requested: string[];
  /** Every code they stand for (themselves, and the areas under them). */
  codes: string[];
  /** Which hierarchy was used: the areas table's parent codes, plus area_links where that table exists. */
  hierarchy: ('areas.parent_code' | 'area_links')[];
}

/**
 * Expands area codes to themselves and every area under them (a region to
 * its provinces, districts and municipalities; a care zone to its
 * municipalities), through areas.parent_code and, when the area hierarchy
 * table area_links exists, its child → parent links. Without either, a code
 * stands for itself (a municipality's NIS code still works).
 */
export async function expandAreas(database: Database, requested: readonly string[]): Promise<AreaExpansion> {
  if (!requested.length) return { requested: [], codes: [], hierarchy: [] };
  const [t] = await database.rows<{ areas: string | null; links: string | null }>(sql`SELECT to_regclass('areas')::text AS areas, to_regclass('area_links')::text AS links`);
  const edges: SQL[] = [];
  const hierarchy: AreaExpansion['hierarchy'] = [];
  if (t?.areas) {
    edges.push(sql`SELECT code AS child, parent_code AS parent FROM areas WHERE parent_code IS NOT NULL`);
    hierarchy.push('areas.parent_code');
  }
  if (t?.links) {
    edges.push(sql`SELECT child_code AS child, parent_code AS parent FROM area_links`);
    hierarchy.push('area_links');
  }
  if (!edges.length) return { requested: [...requested], codes: [...requested], hierarchy };
  const rows = await database.rows<{ code: string }>(sql`
    WITH RECURSIVE edges AS (${sql.join(edges, sql` UNION ALL `)}),
    tree(code) AS (
      SELECT unnest(${textArray(requested)})
      UNION
      SELECT e.child FROM edges e JOIN tree t ON e.parent = t.code
    )
    SELECT code FROM tree`);
  return { requested: [...requested], codes: [...new Set(rows.map((r) => r.code))].sort(), hierarchy };
}

// ---------------------------------------------------------------- selection

/** WHERE conditions of a selection (published initiatives only). `areaCodes`: the expanded area codes. */
export function selectionConditions(s: Selection, areaCodes: readonly string[] | undefined): SQL {
  const where: SQL[] = [sql`status = 'published'`];
  if (s.source) where.push(sql`source = ${s.source}`);
  for (const axis of AXIS_NAMES) {
    const codes = s[axis];
    if (!codes?.length) continue;
    where.push(AXES[axis].multi ? sql`${col(axis)} && ${textArray(codes)}` : sql`${col(axis)} = ANY(${textArray(codes)})`);
  }
  if (s.social_isolation !== undefined) where.push(sql`social_isolation = ${s.social_isolation}`);
  if (areaCodes) {
    // An initiative lists municipalities (NIS) or statistical sectors, whose first five characters are the municipality.
    where.push(areaCodes.length ? sql`EXISTS (SELECT 1 FROM unnest(areas) AS a WHERE a = ANY(${textArray(areaCodes)}) OR left(a, 5) = ANY(${textArray(areaCodes)}))` : sql`FALSE`);
  }
  if (s.registered_from) where.push(sql`created_at >= (${s.registered_from}::timestamp AT TIME ZONE 'Europe/Brussels')`);
  if (s.registered_to) where.push(sql`created_at < ((${s.registered_to}::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels')`);
  return sql.join(where, sql` AND `);
}

// ---------------------------------------------------------------- counts

/**
 * One scan of the selection with GROUP BY GROUPING SETS, which PostgreSQL
 * hashes in a single pass: every single-valued axis; every multi-valued axis
 * grouped by its whole list (initiatives sharing the same list of elements
 * form one group, so there are far fewer groups than initiatives); two yes/no
 * flags the gap rules need; and one set per cross-tab (its two sides: a
 * category, or a whole list). JavaScript then spreads each list group over
 * its distinct codes: per-code counts, initiatives without a code, figure 5's
 * buckets, single/combined elements, cross-tab cells.
 *
 * Each output row is (keys, n): one key per grouping expression, NULL where
 * the row's grouping set does not group by it. Every grouping expression is
 * NOT NULL in the data, so a row's set is the one whose expressions are
 * exactly its non-NULL keys. Lists travel as JSON text.
 */

interface CountRow {
  keys: (string | null)[];
  n: string | number;
}

type MultiAxis = 'elements' | 'dimensions' | 'age_groups' | 'risk_factors';

/** One side of a cross-tab: a scalar category (yes/no, or a single-valued axis's code), or a multi-valued axis's whole list. */
function sideExpr(spec: Spec): { scalar: SQL } | { list: MultiAxis } {
  if (spec.kind === 'social_isolation') return { scalar: sql`CASE WHEN social_isolation THEN 'yes' ELSE 'no' END` };
  if (spec.kind === 'code') {
    return AXES[spec.axis].multi
      ? { scalar: sql`CASE WHEN ${codeLiteral(spec.code)} = ANY(${col(spec.axis)}) THEN 'yes' ELSE 'no' END` }
      : { scalar: sql`CASE WHEN ${col(spec.axis)} = ${codeLiteral(spec.code)} THEN 'yes' ELSE 'no' END` };
  }
  if (!AXES[spec.axis].multi) return { scalar: col(spec.axis) };
  return { list: spec.axis as MultiAxis };
}

interface GroupKey {
  group: SQL;
  /** How the key is written out: text, or a list as JSON. */
  list: boolean;
}

const signature = (cols: number[]) => [...new Set(cols)].sort((x, y) => x - y).join(',');

class GroupingSets {
  readonly keys: GroupKey[] = [];
  readonly sets: { label: string; cols: number[] }[] = [];
  private readonly index = new Map<string, number>();
  private readonly dialect = new PgDialect();
  private key(group: SQL, list: boolean): number {
    // The same expression twice (a cross-tab side that is also an axis) is grouped once.
    const q = this.dialect.sqlToQuery(group);
    const id = q.sql + JSON.stringify(q.params);
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.keys.push({ group, list }) - 1;
      this.index.set(id, i);
    }
    return i;
  }
  set(label: string, ...sides: ({ scalar: SQL } | { list: MultiAxis })[]): void {
    this.sets.push({ label, cols: sides.map((s) => ('scalar' in s ? this.key(s.scalar, false) : this.key(col(s.list), true))) });
  }
  select(from: SQL): SQL {
    const out = (k: GroupKey) => (k.list ? sql`to_json(${k.group})::text` : sql`(${k.group})::text`);
    // Each distinct set once: a set listed twice would be counted twice.
    const distinctSets = [...new Map(this.sets.map((s) => [signature(s.cols), [...new Set(s.cols)]])).values()];
    const set = (cols: number[]) => sql`(${sql.join(cols.map((c) => this.keys[c]!.group), sql`, `)})`;
    return sql`SELECT ARRAY[${sql.join(this.keys.map(out), sql`, `)}] AS keys, count(*) AS n
      FROM ${from} GROUP BY GROUPING SETS (${sql.join(distinctSets.map(set), sql`, `)})`;
  }
  /** The sets a row belongs to: those whose expressions are exactly the row's non-NULL keys (a transposed cross-tab shares its set). */
  matcher(): (keys: (string | null)[]) => { label: string; values: string[] }[] {
    const bySignature = new Map<string, { label: string; cols: number[] }[]>();
    for (const s of this.sets) bySignature.set(signature(s.cols), [...(bySignature.get(signature(s.cols)) ?? []), s]);
    return (keys) => {
      const present = keys.flatMap((k, i) => (k === null ? [] : [i]));
      return (bySignature.get(present.join(',')) ?? []).map((s) => ({ label: s.label, values: s.cols.map((c) => keys[c]!) }));
    };
  }
}

/** A list's distinct codes, in their first order. */
const distinct = (json: string): string[] => [...new Set(JSON.parse(json) as string[])];
/** The categories an initiative is in on one side of a cross-tab, from its key value (as tallyCrossTab's membership). */
const categoriesFor = (side: { scalar: SQL } | { list: MultiAxis }, value: string): string[] => {
  if ('scalar' in side) return [value];
  const codes = distinct(value);
  return codes.length ? codes : ['none'];
};

export interface LandscapeCounts {
  counts: SelectionCounts;
  crosstabs: CrossTabCounts[];
}

/** Everything the landscape needs about the selection, in one statement. */
export async function countInDatabase(database: Database, where: SQL, crosstabs: readonly CrossTabRequest[]): Promise<LandscapeCounts> {
  const g = new GroupingSets();
  for (const axis of SINGLE_AXES) g.set(`axis:${axis}`, { scalar: col(axis) });
  for (const axis of MULTI_AXES) g.set(`list:${axis}`, { list: axis as MultiAxis });
  g.set('social_isolation', { scalar: sql`social_isolation` });
  g.set('tertiary_meeting', { scalar: sql`(prevention = 'tertiary' AND 'meeting' = ANY(elements))` });
  const sides = crosstabs.map((x) => [sideExpr(x.row), sideExpr(x.col)] as const);
  sides.forEach(([r, c], i) => g.set(`x${i}`, r, c));

  const statement = g.select(sql`initiatives WHERE ${where}`);
  const rows = await database.db.transaction(async (tx) => {
    // Let the planner hash every grouping set in one pass instead of sorting the selection
    // (its estimate is in row widths; the real tables hold a few thousand groups at most).
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    return ((await tx.execute(statement)) as unknown as { rows: CountRow[] }).rows;
  });

  const c = emptySelectionCounts();
  const cells: Record<string, Record<string, number>>[] = crosstabs.map(() => ({}));
  const bump = (m: Record<string, number>, k: string, by: number) => {
    m[k] = (m[k] ?? 0) + by;
  };
  const match = g.matcher();
  for (const row of rows) {
    const n = Number(row.n);
    for (const { label, values } of match(row.keys)) {
      const [v0, v1] = values as [string, string | undefined];
      if (label.startsWith('x')) {
        const i = Number(label.slice(1));
        const [r, col] = sides[i]!;
        const m = cells[i]!;
        for (const a of categoriesFor(r, v0)) for (const b of categoriesFor(col, v1 ?? v0)) bump((m[a] ??= {}), b, n);
      } else if (label.startsWith('axis:')) {
        const a = c.axes[label.slice(5) as AxisName];
        bump(a.codes, v0, n);
        a.mentions += n;
      } else if (label.startsWith('list:')) {
        const axis = label.slice(5) as AxisName;
        const a = c.axes[axis];
        const codes = distinct(v0);
        if (codes.length === 0) a.without += n;
        if (codes.length > 1) a.overlapping += n;
        a.mentions += codes.length * n;
        for (const code of codes) bump(a.codes, code, n);
        if (axis === 'elements') {
          c.elementBuckets[bucketOf(codes.length)] += n;
          c.elementTotal += codes.length * n;
          if (codes.length >= 1) for (const e of codes) bump(codes.length === 1 ? c.singleElement : c.combinedElements, e, n);
        } else if (axis === 'dimensions' && codes.some((d) => (SPECIFIC_DIMENSIONS as readonly string[]).includes(d))) {
          c.specificDimension += n;
        }
      } else if (v0 === 'true') {
        if (label === 'social_isolation') c.socialIsolation += n;
        else if (label === 'tertiary_meeting') c.tertiaryWithMeeting += n;
      }
    }
  }
  c.n = ELEMENT_COUNT_BUCKETS.reduce((sum, k) => sum + c.elementBuckets[k], 0);
  return {
    counts: c,
    crosstabs: crosstabs.map((x, i) => ({ n: c.n, rowSpec: x.row, columnSpec: x.col, rows: sideCounts(c, x.row), columns: sideCounts(c, x.col), cells: cells[i]! })),
  };
}

// ---------------------------------------------------------------- rows (the reference path)

/** The selected initiatives' coding columns as Initiative objects, for the pure domain (tests and small selections). */
export async function loadCodings(database: Database, where: SQL): Promise<Initiative[]> {
  const rows = await database.rows<Record<string, unknown>>(sql`
    SELECT id, elements, prevention, dimensions, social_isolation, age_groups, course, risk_factors, approach, evidence, primary_actor, geographic_level
    FROM initiatives WHERE ${where} ORDER BY id`);
  return rows.map((r) => ({ name: r.id, partners: [], areas: [], ...r }) as unknown as Initiative);
}
