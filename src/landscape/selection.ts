/**
 * The landscape's query: a selection of initiatives (src/initiatives/selection.ts, shared with the
 * catalogue: one parameter per matrix axis, social_isolation, source, areas of any level, the
 * registration period) plus the cross-tabs to show. One zod schema for the page's URL, the JSON
 * API and the command line.
 */
import { z } from 'zod';
import { selectionShape, type Selection } from '../initiatives/selection.js';
import { AXIS_NAMES } from '../vocabulary/matrix.js';
import { formatSpec, parseSpec, SpecError, type Spec } from './specs.js';
import { PERCENT_BASES, type PercentChoice } from './crosstab-percentages.js';
import { searchParams } from '../platform/query-string.js';

export { selectionShape, selectionSchema, selectionJson, isEverything, type Selection } from '../initiatives/selection.js';

/** At most this many cross-tabs in one landscape (each is a GROUP BY over the selection). */
export const MAX_CROSSTABS = 10;

export interface CrossTabRequest {
  row: Spec;
  col: Spec;
}

/** "ROW,COL" where each is an axis, axis:code or social_isolation. */
export function parseCrossTabParam(s: string): CrossTabRequest {
  const parts = s.split(',').map((x) => x.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new SpecError(s, 'unknown_axis');
  return { row: parseSpec(parts[0]), col: parseSpec(parts[1]) };
}

export const formatCrossTab = (x: CrossTabRequest) => `${formatSpec(x.row)},${formatSpec(x.col)}`;

const crosstabList = z
  .preprocess(
    (v) => {
      if (v === undefined || v === null || v === '') return undefined;
      return (Array.isArray(v) ? v : [v]).map((s) => String(s).trim()).filter(Boolean);
    },
    z
      .array(
        z.string().refine(
          (s) => {
            try {
              parseCrossTabParam(s);
              return true;
            } catch {
              return false;
            }
          },
          { message: 'ROW,COL where each is an axis (e.g. age_groups), axis:code (e.g. elements:meeting) or social_isolation' },
        ),
      )
      .max(MAX_CROSSTABS)
      .optional(),
  )
  .describe('A cross-tab ROW,COL (repeat the parameter for more): an axis name, axis:code (a yes/no split) or social_isolation, e.g. elements:meeting,age_groups:older');

/** The cross-tabs' percentages when none is asked: column percentages, as the study's table 6 prints them. */
export const DEFAULT_PERCENT: PercentChoice = 'column';

const percentParam = z
  .enum(PERCENT_BASES)
  .default(DEFAULT_PERCENT)
  .describe('Which percentages the cross-tabs show: none (counts only), row (each row adds up to 100%), column (each column adds up to 100%, as the study’s table 6) or total (each cell as a share of N)');

/** The page and the API: a selection plus cross-tabs and the percentages they show. */
export const landscapeQueryShape = { ...selectionShape, crosstab: crosstabList, percent: percentParam };
export const landscapeQuerySchema = z.object(landscapeQueryShape);
export type LandscapeQuery = z.output<typeof landscapeQuerySchema>;

export function selectionOf(q: LandscapeQuery): Selection {
  const { crosstab: _c, percent: _p, ...rest } = q;
  return rest;
}

/** The cross-tabs of a query, parsed, without duplicates, in the order given. */
export function crossTabsOf(q: Pick<LandscapeQuery, 'crosstab'>): CrossTabRequest[] {
  const seen = new Set<string>();
  const out: CrossTabRequest[] = [];
  for (const s of q.crosstab ?? []) {
    const x = parseCrossTabParam(s);
    const key = formatCrossTab(x);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(x);
    }
  }
  return out;
}

/** URL parameters that reproduce a selection and its cross-tabs (the share link), in a fixed order. */
export function landscapeParams(selection: Selection, crosstabs: readonly CrossTabRequest[] = [], percent: PercentChoice = DEFAULT_PERCENT): URLSearchParams {
  return searchParams([
    ['source', selection.source],
    ...AXIS_NAMES.map((axis) => [axis, selection[axis]] as const),
    ['social_isolation', selection.social_isolation],
    ['area', selection.area],
    ['registered_from', selection.registered_from],
    ['registered_to', selection.registered_to],
    ...crosstabs.map((x) => ['crosstab', formatCrossTab(x)] as const),
    ['percent', percent === DEFAULT_PERCENT ? undefined : percent],
  ]);
}
