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
import { LANGUAGES, MODES, WEEKDAYS, CAPACITY_CONFIRMED_DAYS } from './access.js';

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

// ---------------------------------------------------------------- access filters (issue 13)

/** A yes-only filter: `true` (or 1, or a ticked checkbox's `on`) keeps the initiatives that say so; leave it out for no filter. */
const flagParam = (what: string) =>
  z
    .preprocess((v) => (v === 'true' || v === '1' || v === 'on' || v === true ? true : v === '' || v === null ? undefined : v), z.literal(true, { error: 'true, or leave the parameter out' }).optional())
    .describe(what);

const enumList = <T extends readonly [string, ...string[]]>(values: T, what: string, unknown: (input: unknown) => string) =>
  z
    .preprocess(listParam, z.array(z.enum(values, { error: (iss) => unknown(iss.input) })).max(values.length).optional())
    .describe(`${what}: ${values.join(', ')}`);

/**
 * The access facts a person filters on (initiatives/access.ts stores them in columns beside the
 * document): OR within a list (a person who speaks French or Arabic), AND across filters.
 */
export const accessFilterShape = {
  language: enumList(LANGUAGES, 'Comma-separated ISO 639-1 codes: initiatives working in one of these languages', (v) => `unknown language code ${JSON.stringify(v)}: use an ISO 639-1 code from ${LANGUAGES.join(', ')}`),
  mode: enumList(MODES, 'Comma-separated ways of taking part (in person: the record names a place)', (v) => `unknown mode ${JSON.stringify(v)}: use ${MODES.join(', ')}`),
  weekday: enumList(WEEKDAYS, 'Comma-separated days of the week on which a session takes place', (v) => `unknown weekday ${JSON.stringify(v)}: use ${WEEKDAYS.join(', ')}`),
  free: flagParam('true: only initiatives that say they are free'),
  wheelchair: flagParam('true: only initiatives with a wheelchair-accessible place'),
  hearing_loop: flagParam('true: only initiatives with a place that has a hearing loop'),
  has_room: flagParam(`true: only initiatives whose capacity is "has room", set at most ${CAPACITY_CONFIRMED_DAYS} days ago (older statuses are not confirmed)`),
};
export const ACCESS_FILTERS = Object.keys(accessFilterShape) as (keyof typeof accessFilterShape)[];
export const ACCESS_FLAGS = ['free', 'wheelchair', 'hearing_loop', 'has_room'] as const;
export type AccessFlag = (typeof ACCESS_FLAGS)[number];
export type AccessSelection = z.output<z.ZodObject<typeof accessFilterShape>>;

/** The access filters as URL parameters (lists comma-separated, flags as true), in a stable order. */
export function accessSearchParams(s: Partial<AccessSelection>): [string, string][] {
  const out: [string, string][] = [];
  for (const k of ['language', 'mode', 'weekday'] as const) if (s[k]?.length) out.push([k, s[k].join(',')]);
  for (const k of ACCESS_FLAGS) if (s[k]) out.push([k, 'true']);
  return out;
}

/**
 * A selection of initiatives. Published ones only unless `statuses` says otherwise (the
 * monitor's supply may count drafts; the public never sees them).
 */
export type Selection = z.output<typeof selectionSchema> & Partial<AccessSelection> & {
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
