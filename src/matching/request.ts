/**
 * The matching request (POST /api/v1/matches, and the professionals' page as a GET form) as one
 * zod schema: it validates, types the core's input and documents the API (OpenAPI). Errors name
 * the field: "languages.1" for an unknown language, "elements.0" for an unknown element code,
 * "municipality" for a code that is no municipality's NIS code.
 */
import { z } from 'zod';
import { codesOf } from '../vocabulary/matrix.js';
import { levelByForm } from '../areas/coverage.js';
import { MODES } from './facts.js';
import { isLanguageCode } from './languages.js';

/** Age groups a person can be in: the matrix's codes without "all ages" and "unknown". */
export const PERSON_AGE_GROUPS = codesOf('age_groups').filter((c) => c !== 'all_ages' && c !== 'unknown') as [string, ...string[]];
const ELEMENTS = codesOf('elements') as [string, ...string[]];

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

export const matchRequestSchema = z
  .object({
    municipality: z
      .string()
      .regex(/^\d{5}$/, { message: 'a municipality NIS code (5 digits, e.g. 11002)', abort: true })
      .refine((c) => levelByForm(c) === 'municipality', 'a municipality NIS code (5 digits), not a district, province or region')
      .optional()
      .describe('NIS code of the person’s municipality (pre-2025 or 2025). Candidates are the initiatives serving it: local ones and those covering it from a wider area, the region or the country'),
    age_group: z.enum(PERSON_AGE_GROUPS).optional().describe('The person’s age group (matrix code); initiatives for all ages fit too'),
    languages: z
      .array(z.string().refine(isLanguageCode, 'an ISO 639-1 language code (two letters, e.g. nl, fr, ar)'))
      .max(10)
      .optional()
      .describe('Languages the person speaks (ISO 639-1). A requirement: initiatives known to work only in other languages are left out'),
    elements: z.array(z.enum(ELEMENTS)).max(ELEMENTS.length).optional().describe('Potentially effective elements (matrix codes), e.g. from a screening’s “what tends to help”; an initiative must offer at least one'),
    modes: z.array(z.enum(MODES)).max(MODES.length).optional().describe('How the person can take part: in_person, at_home, online, by_phone. A requirement: initiatives known to work only otherwise are left out'),
    free_only: z.boolean().optional().describe('Only initiatives that are free of charge (those known to cost something are left out)'),
    wheelchair: z.boolean().optional().describe('The person needs wheelchair access (initiatives known not to have it are left out)'),
    include_full: z.boolean().optional().describe('Also list initiatives whose capacity is “full” (left out by default)'),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe(`How many items at most (default ${DEFAULT_LIMIT})`),
  })
  .strict()
  .describe('Who the initiatives are for. Every field is optional; see docs/matching.md for the ranking rules');

export type MatchRequest = z.output<typeof matchRequestSchema>;

const list = (v: unknown): string[] =>
  (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
    .flatMap((s) => String(s).split(','))
    .map((s) => s.trim())
    .filter(Boolean);
const first = (v: unknown): string | undefined => list(v)[0];
const flag = (v: unknown): boolean | undefined => {
  const s = first(v);
  return s === undefined ? undefined : s === 'true' || s === 'on' || s === '1' ? true : s === 'false' || s === '0' ? false : (s as unknown as boolean);
};

/**
 * A GET form's query (repeated or comma-separated lists, checkboxes "on") in the request's JSON
 * shape, for the same schema. Empty fields are absent; anything unexpected is passed on, so the
 * schema names it.
 */
export function formToRequest(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (['languages', 'elements', 'modes'].includes(key)) {
      const xs = [...new Set(list(raw))];
      if (xs.length) out[key] = xs;
    } else if (['free_only', 'wheelchair', 'include_full'].includes(key)) {
      const b = flag(raw);
      if (b !== undefined) out[key] = b;
    } else if (key === 'limit') {
      const s = first(raw);
      if (s !== undefined) out.limit = /^\d{1,4}$/.test(s) ? Number(s) : s;
    } else {
      const s = first(raw);
      if (s !== undefined) out[key] = s;
    }
  }
  return out;
}
