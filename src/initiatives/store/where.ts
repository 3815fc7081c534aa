/**
 * A selection (selection.ts) as SQL conditions on the initiatives table: one place for the
 * filters the catalogue, the landscape, the supply and screening share.
 */
import { sql, type SQL } from 'drizzle-orm';
import { AXES, AXIS_NAMES, type AxisName } from '../../vocabulary/matrix.js';
import { foldAccents } from '../../search/normalise.js';
import type { Selection } from '../selection.js';
import { scopeCondition, type AreaScope } from './area-scope.js';
import { brusselsToday, CAPACITY_CONFIRMED_DAYS, weekdayNumber } from '../access.js';
import type { AccessFlag, AccessSelection } from '../selection.js';

export const column = (axis: AxisName | 'social_isolation'): SQL => sql`${sql.identifier(axis)}`;

export const textArray = (xs: readonly string[]): SQL => (xs.length ? sql`ARRAY[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]` : sql`ARRAY[]::text[]`);

/** OR within an axis: a list axis overlaps the codes, a single-valued one is one of them. */
export function axisCondition(axis: AxisName, codes: readonly string[]): SQL {
  return AXES[axis].multi ? sql`${column(axis)} && ${textArray(codes)}` : sql`${column(axis)} = ANY(${textArray(codes)})`;
}

/** Free text as a tsquery: Dutch and French stemming, accents ignored. */
export function textQuery(q: string): SQL {
  const folded = foldAccents(q);
  const nl = sql`websearch_to_tsquery('dutch'::regconfig, ${folded})`;
  const fr = sql`websearch_to_tsquery('french'::regconfig, ${folded})`;
  // 'buurt' | 'buurt' would double the planner's row estimate (and push it to a sequential scan): OR only when the stems differ.
  return sql`(CASE WHEN ${nl} = ${fr} THEN ${nl} ELSE ${nl} || ${fr} END)`;
}

/**
 * Relevance of free-text matches, the same in SQL and in the facet index (facet-index.ts): first
 * the initiatives whose title (name and organisation) holds the most of the searched words, then
 * name order. Why not ts_rank: ranking every match read each one's whole search vector, so a
 * common word cost a pass over a third of the catalogue (bench/run.ts: p95 215 ms at 100,000
 * initiatives); a title count is cheap on both paths and easy to explain to the people searching.
 */
export function queryLexemes(q: string): SQL {
  const folded = foldAccents(q);
  return sql`tsvector_to_array(to_tsvector('dutch'::regconfig, ${folded}) || to_tsvector('french'::regconfig, ${folded}))`;
}

/** How many of the searched words (queryLexemes) the row's title holds: the leading sort key of relevance. */
export function titleHits(q: string): SQL {
  return sql`(SELECT count(*) FROM unnest(tsvector_to_array(to_tsvector('dutch'::regconfig, search_title) || to_tsvector('french'::regconfig, search_title))) AS t(lexeme) WHERE t.lexeme = ANY(${queryLexemes(q)}))`;
}

/** A place has a hearing loop (no column of its own: the document says it per place). */
export const HEARING_LOOP = sql`access @> '{"places":[{"hearing_loop":true}]}'::jsonb`;

/** "Has room" on `today` (YYYY-MM-DD, Brussels): the status is has_room and was set at most 30 days before (access.ts capacityOn). */
export const hasRoomOn = (today: string): SQL => sql`(capacity = 'has_room' AND capacity_set_on >= ${today}::date - ${CAPACITY_CONFIRMED_DAYS}::int)`;

/** Each yes-only access filter as a condition on the row. */
export const accessFlagCondition = (flag: AccessFlag, today: string): SQL =>
  ({ free: sql`access_free IS TRUE`, wheelchair: sql`access_wheelchair IS TRUE`, hearing_loop: HEARING_LOOP, has_room: hasRoomOn(today) })[flag];

/** The access filters (issue 13) that are set, by name: OR within a list, each list or flag one condition. */
export function accessConditions(s: Partial<AccessSelection>, today: string): Map<string, SQL> {
  const m = new Map<string, SQL>();
  if (s.language?.length) m.set('language', sql`access_languages && ${textArray(s.language)}`);
  if (s.mode?.length) m.set('mode', sql`access_modes && ${textArray(s.mode)}`);
  if (s.weekday?.length) m.set('weekday', sql`access_weekdays && ARRAY[${sql.join(s.weekday.map((d) => sql`${weekdayNumber(d)}`), sql`, `)}]::smallint[]`);
  for (const flag of ['free', 'wheelchair', 'hearing_loop', 'has_room'] as const) if (s[flag]) m.set(flag, accessFlagCondition(flag, today));
  return m;
}

const statusCondition = (s: Selection): SQL =>
  s.statuses ? sql`status IN (${sql.join(s.statuses.map((x) => sql`${x}`), sql`, `)})` : sql`status = 'published'`;

/** Every condition of a selection, AND-ed. `scope`: its area filter resolved (area-scope.ts); required when the selection names areas. */
export function selectionConditions(s: Selection, scope: AreaScope | null | undefined, today = brusselsToday(new Date())): SQL {
  const where: SQL[] = [statusCondition(s)];
  if (s.q) where.push(sql`search_vector @@ ${textQuery(s.q)}`);
  if (s.source) where.push(sql`source = ${s.source}`);
  for (const axis of AXIS_NAMES) {
    const codes = s[axis];
    if (codes?.length) where.push(axisCondition(axis, codes));
  }
  if (s.social_isolation !== undefined) where.push(sql`social_isolation = ${s.social_isolation}`);
  where.push(...accessConditions(s, today).values());
  if (s.area?.length) {
    if (!scope) throw new Error('selectionConditions: the selection names areas, resolve them first (resolveAreaScope)');
    where.push(scopeCondition(scope));
  }
  if (s.registered_from) where.push(sql`created_at >= (${s.registered_from}::timestamp AT TIME ZONE 'Europe/Brussels')`);
  if (s.registered_to) where.push(sql`created_at < ((${s.registered_to}::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels')`);
  return sql.join(where, sql` AND `);
}
