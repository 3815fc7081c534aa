/**
 * Which initiatives a question is about: the one typed selection of the knowledge bank. The
 * catalogue (src/catalogue), the landscape (src/landscape), the monitor's supply and HSDS ask
 * the bank through it, and only src/initiatives turns it into SQL.
 *
 * URL form (one zod schema per parameter, shared by the API, the pages and the command line):
 * one parameter per matrix axis with comma-separated codes (OR within an axis, AND across
 * axes), social_isolation, source, area (codes of any level: a statistical sector, a
 * municipality by its pre-2025 or 2025 NIS code, a care zone, a district, a province or a
 * region; what "serves this area" means is decided in area-scope.ts), the registration period,
 * and free text.
 */
import { z } from 'zod';
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import type { InitiativeStatus } from '../db/schema.js';

/** Comma-separated (or repeated) parameter values, trimmed, without duplicates; undefined when empty. */
export const listParam = (v: unknown): string[] | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','));
  const out = parts.map((s) => s.trim()).filter(Boolean);
  return out.length ? [...new Set(out)] : undefined;
};

const codeList = (axis: AxisName) => {
  const codes = AXES[axis].codes.map((c) => c.code) as [string, ...string[]];
  return z.preprocess(listParam, z.array(z.enum(codes)).max(codes.length).optional()).describe(`Comma-separated ${axis} codes: ${codes.join(', ')}`);
};

/** One filter per matrix axis. */
export const axisFilters = Object.fromEntries(AXIS_NAMES.map((a) => [a, codeList(a)])) as Record<AxisName, ReturnType<typeof codeList>>;

/** An area code of any level: a sector (11001A00-), a 5-digit NIS code, a care zone (elz13). */
export const AREA_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export const areaParam = z
  .preprocess(listParam, z.array(z.string().regex(AREA_CODE, 'an area code (e.g. a 5-digit NIS code)')).max(50).optional())
  .describe(
    'Comma-separated area codes of any level: a statistical sector, a municipality (pre-2025 or 2025 NIS code), a care zone, a district, a province or a region. ' +
      'Initiatives serving it: those whose own areas are the area or lie inside it (coverage "local"), and those covering it from above — a larger area, or the whole region or country (coverage "wider")',
  );

export const socialIsolationParam = z
  .preprocess((v) => (v === 'true' || v === '1' || v === true ? true : v === 'false' || v === '0' || v === false ? false : v === '' ? undefined : v), z.boolean().optional())
  .describe('true: only initiatives that also address objective social isolation');

export const sourceParam = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(500).optional());

export const textParam = z.string().trim().max(200).optional().describe('Free text, Dutch and French stemming, accents ignored');

const day = (what: string) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.iso.date().optional()).describe(`${what} (YYYY-MM-DD, Belgian time, inclusive)`);

export const selectionShape = {
  source: sourceParam.describe('Only initiatives from this source: the survey round or import they came from'),
  ...axisFilters,
  social_isolation: socialIsolationParam,
  area: areaParam,
  registered_from: day('Registered on or after this day'),
  registered_to: day('Registered on or before this day'),
};

export const selectionSchema = z.object(selectionShape);

/**
 * A selection of initiatives. Published ones only unless `statuses` says otherwise (the
 * monitor's supply may count drafts; the public never sees them).
 */
export type Selection = z.output<typeof selectionSchema> & {
  /** Free text (the catalogue's search box). */
  q?: string;
  statuses?: readonly InitiativeStatus[];
};

/** The selection as plain JSON (for reports): only the filters that are set. */
export function selectionJson(selection: Selection): Record<string, string | string[] | boolean> {
  const out: Record<string, string | string[] | boolean> = {};
  for (const [k, v] of Object.entries(selection)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v as string | string[] | boolean;
  return out;
}

/** True when no filter is set: every published initiative. */
export const isEverything = (s: Selection) => Object.keys(selectionJson(s)).length === 0;
