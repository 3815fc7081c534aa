/**
 * Which initiatives a landscape is about, and which cross-tabs it shows: one
 * zod schema for the page's URL, the JSON API and the command line. The
 * filters are the catalogue's (src/catalogue/query-schema.ts: one parameter
 * per matrix axis, comma-separated codes, OR within an axis and AND across
 * axes; social_isolation; source), plus areas of any level (a region,
 * province, care zone or municipality: expanded to the municipalities in it)
 * and the period in which initiatives were registered.
 */
import { z } from 'zod';
import { catalogueQuerySchema } from '../catalogue/query-schema.js';
import { AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import { formatSpec, parseSpec, SpecError, type Spec } from './specs.js';

/** At most this many cross-tabs in one landscape (each is a GROUP BY over the selection). */
export const MAX_CROSSTABS = 10;

const list = (v: unknown): string[] | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','));
  const out = parts.map((s) => s.trim()).filter(Boolean);
  return out.length ? [...new Set(out)] : undefined;
};

const areaCodes = z
  .preprocess(list, z.array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'an area code (e.g. a 5-digit NIS code)')).max(50).optional())
  .describe('Comma-separated area codes: municipalities (NIS codes), or a care zone, province or region, which stand for the municipalities in them (through the areas table)');

const day = (what: string) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.iso.date().optional()).describe(`${what} (YYYY-MM-DD, Belgian time, inclusive)`);

const axisFilters = Object.fromEntries(AXIS_NAMES.map((a) => [a, catalogueQuerySchema.shape[a]])) as { [A in AxisName]: (typeof catalogueQuerySchema.shape)[A] };

export const selectionShape = {
  source: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(500).optional()).describe('Only initiatives from this source: the survey round or import they came from'),
  ...axisFilters,
  social_isolation: catalogueQuerySchema.shape.social_isolation,
  area: areaCodes,
  registered_from: day('Registered on or after this day'),
  registered_to: day('Registered on or before this day'),
};

export const selectionSchema = z.object(selectionShape);
export type Selection = z.output<typeof selectionSchema>;

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

/** The page and the API: a selection plus cross-tabs. */
export const landscapeQueryShape = { ...selectionShape, crosstab: crosstabList };
export const landscapeQuerySchema = z.object(landscapeQueryShape);
export type LandscapeQuery = z.output<typeof landscapeQuerySchema>;

export function selectionOf(q: LandscapeQuery): Selection {
  const { crosstab: _c, ...rest } = q;
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
export function landscapeParams(selection: Selection, crosstabs: readonly CrossTabRequest[] = []): URLSearchParams {
  const p = new URLSearchParams();
  if (selection.source) p.set('source', selection.source);
  for (const axis of AXIS_NAMES) {
    const v = selection[axis];
    if (v && v.length) p.set(axis, v.join(','));
  }
  if (selection.social_isolation !== undefined) p.set('social_isolation', String(selection.social_isolation));
  if (selection.area?.length) p.set('area', selection.area.join(','));
  if (selection.registered_from) p.set('registered_from', selection.registered_from);
  if (selection.registered_to) p.set('registered_to', selection.registered_to);
  for (const x of crosstabs) p.append('crosstab', formatCrossTab(x));
  return p;
}

/** The selection as plain JSON (for reports): only the filters that are set. */
export function selectionJson(selection: Selection): Record<string, string | string[] | boolean> {
  const out: Record<string, string | string[] | boolean> = {};
  for (const [k, v] of Object.entries(selection)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v as string | string[] | boolean;
  return out;
}

/** True when no filter is set: the landscape of every published initiative. */
export const isEverything = (s: Selection) => Object.keys(selectionJson(s)).length === 0;
