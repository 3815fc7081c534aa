/**
 * When and where, in short, for a search result (issue 13): the first sessions, the places (their
 * municipality when known), the ways of taking part other than going there, and whether it is
 * free. The search page turns it into one line ("elke dinsdag 14:00–16:00 · Gent · gratis") with
 * the schedule wording of the initiative page (schedule-text.ts); the API returns it as it is.
 * Pure; a list page shows at most a few of each, so a record with 50 sessions stays one line.
 */
import { z } from 'zod';
import { MODES, scheduleSchema, type Mode, type Schedule } from './access.js';

/** How many sessions and places a result shows; the rest is counted. */
export const WHEN_WHERE_MAX = { schedules: 2, places: 3 } as const;

export const whenWhereSchema = z
  .object({
    modes: z.array(z.enum(MODES)).describe('Ways of taking part; in_person when the record names a place'),
    schedules: z.array(scheduleSchema).describe(`The first ${WHEN_WHERE_MAX.schedules} sessions (Europe/Brussels local time)`),
    more_schedules: z.number().int().describe('Sessions not listed'),
    places: z.array(z.object({ name: z.string(), municipality: z.string().optional().describe('NIS code') })).describe(`The first ${WHEN_WHERE_MAX.places} places`),
    more_places: z.number().int().describe('Places not listed'),
    free: z.boolean().nullable().describe('true: free; false: it costs something; null: not said'),
  })
  .describe('When and where, in short; absent when the record says nothing of it');
export type WhenWhere = z.output<typeof whenWhereSchema>;

/** The columns a search reads for it (search.ts ITEM_COLUMNS). */
export interface WhenWhereColumns {
  ww_modes: string[] | null;
  ww_free: boolean | null;
  ww_schedules: unknown;
  ww_places: unknown;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function whenWhere(c: WhenWhereColumns): WhenWhere | undefined {
  const schedules = asArray(c.ww_schedules) as Schedule[];
  const places = asArray(c.ww_places) as { name?: unknown; municipality?: unknown }[];
  const modes = (c.ww_modes ?? []).filter((m): m is Mode => (MODES as readonly string[]).includes(m));
  if (!schedules.length && !places.length && !modes.length && c.ww_free === null) return undefined;
  return {
    modes,
    schedules: schedules.slice(0, WHEN_WHERE_MAX.schedules),
    more_schedules: Math.max(0, schedules.length - WHEN_WHERE_MAX.schedules),
    places: places.slice(0, WHEN_WHERE_MAX.places).map((p) => ({ name: String(p.name ?? ''), ...(typeof p.municipality === 'string' ? { municipality: p.municipality } : {}) })),
    more_places: Math.max(0, places.length - WHEN_WHERE_MAX.places),
    free: c.ww_free,
  };
}
