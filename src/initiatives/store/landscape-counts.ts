/**
 * The landscape's counts (src/landscape/counts.ts) computed by the database: one statement
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
import type { Database } from '../../db/client.js';
import { AXES, AXIS_NAMES, MULTI_AXES, SINGLE_AXES, type AxisName } from '../../vocabulary/matrix.js';
import { ELEMENT_COUNT_BUCKETS, SPECIFIC_DIMENSIONS, bucketOf, emptySelectionCounts, sideCounts, type CrossTabCounts, type SelectionCounts } from '../../landscape/counts.js';
import type { CrossTabRequest } from '../../landscape/selection.js';
import type { Spec } from '../../landscape/specs.js';
import type { Initiative } from '../schema.js';

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

export { selectionConditions } from './where.js';

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
 * Each output row is (s, a, b, n): the grouping set (found from GROUPING()
 * bitmasks), the values of its one or two expressions as text (lists as
 * JSON) and the number of initiatives. Measured on 100,000 generated
 * initiatives (bench/landscape.ts) this is one sequential scan and one hash
 * aggregation; loading the codings into JavaScript instead costs seconds.
 */

interface CountRow {
  /** Index of the row's grouping set. */
  s: number;
  a: string | null;
  b: string | null;
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
  set(label: string, ...sides: readonly ({ scalar: SQL } | { list: MultiAxis })[]): void {
    this.sets.push({ label, cols: sides.map((s) => ('scalar' in s ? this.key(s.scalar, false) : this.key(col(s.list), true))) });
  }
  /** Each distinct set once (a set listed twice would be counted twice), in first-seen column order. */
  private distinctSets(): number[][] {
    return [...new Map(this.sets.map((s) => [signature(s.cols), [...new Set(s.cols)]])).values()];
  }
  /**
   * One row per group: (s, a, b, n) with s the index of its distinct set and
   * a, b the values of the set's first and second expression. The grouped
   * query writes every key (NULL where its set does not group by it) and
   * GROUPING() bitmasks (31 keys per call); a small outer query picks each
   * row's set and values, so only four narrow columns reach JavaScript.
   */
  select(from: SQL): SQL {
    const sets = this.distinctSets();
    const out = (k: GroupKey) => (k.list ? sql`to_json(${k.group})::text` : sql`(${k.group})::text`);
    const chunks: number[][] = [];
    for (let i = 0; i < this.keys.length; i += 31) chunks.push(this.keys.slice(i, i + 31).map((_, j) => i + j));
    const mask = (chunk: number[], cols: number[]) => chunk.reduce((m, k, pos) => (cols.includes(k) ? m : m | (1 << (chunk.length - 1 - pos))), 0);
    const isSet = (cols: number[]) => sql.join(chunks.map((chunk, c) => sql`${sql.identifier('g' + c)} = ${sql.raw(String(mask(chunk, cols)))}`), sql` AND `);
    const k = (i: number) => sql.identifier('k' + i);
    const pick = (which: 0 | 1) => sql`CASE ${sql.join(sets.map((cols) => sql`WHEN ${isSet(cols)} THEN ${cols.length > which ? k(cols[which]!) : sql`NULL`}`), sql` `)} END`;
    const grouped = sql`SELECT ${sql.join(chunks.map((chunk, c) => sql`GROUPING(${sql.join(chunk.map((i) => this.keys[i]!.group), sql`, `)}) AS ${sql.identifier('g' + c)}`), sql`, `)},
        ${sql.join(this.keys.map((key, i) => sql`${out(key)} AS ${k(i)}`), sql`, `)}, count(*) AS n
      FROM ${from} GROUP BY GROUPING SETS (${sql.join(sets.map((cols) => sql`(${sql.join(cols.map((c) => this.keys[c]!.group), sql`, `)})`), sql`, `)})`;
    return sql`SELECT CASE ${sql.join(sets.map((cols, i) => sql`WHEN ${isSet(cols)} THEN ${sql.raw(String(i))}`), sql` `)} END AS s,
        ${pick(0)} AS a, ${pick(1)} AS b, n
      FROM (${grouped}) AS grouped`;
  }
  /** The labels a row counts for, with their values in the order of each label's sides (a transposed cross-tab shares its set). */
  matcher(): (row: CountRow) => { label: string; values: string[] }[] {
    const sets = this.distinctSets();
    const labels = sets.map((cols) => this.sets.filter((s) => signature(s.cols) === signature(cols)));
    return (row) => {
      const cols = sets[row.s];
      if (!cols) return [];
      const value = (c: number) => (c === cols[0] ? row.a : row.b);
      return labels[row.s]!.flatMap((l) => {
        const values = l.cols.map(value);
        return values.every((v): v is string => v !== null) ? [{ label: l.label, values }] : []; // NULL: past a list's end, or a repeated code
      });
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
/**
 * Everything the landscape needs about the selection, in one statement and
 * one scan. (Splitting the grouping sets into two UNION ALL halves lets
 * PostgreSQL run them as a Parallel Append, but each half scans the table
 * again: measured on this 2-core machine it doubled the CPU time and was
 * slower, so the counts stay in one pass.)
 */
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
  const match = g.matcher();

  const c = emptySelectionCounts();
  const cells: Record<string, Record<string, number>>[] = crosstabs.map(() => ({}));
  const bump = (m: Record<string, number>, k: string, by: number) => {
    m[k] = (m[k] ?? 0) + by;
  };
  for (const row of rows) {
    const n = Number(row.n);
    for (const { label, values } of match(row)) {
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
