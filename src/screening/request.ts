/**
 * The scoring request of POST /api/v1/screening/score as one zod schema per
 * instrument: it validates the API, types the scorer's input and documents
 * the contract in OpenAPI. Errors name the field ("answers.12",
 * "options.subscale_threshold").
 */
import { z } from 'zod';
import { INSTRUMENTS, INSTRUMENT_IDS, type InstrumentId, type Item } from './instruments.js';
import type { FieldError } from '../platform/problem.js';

function answerSchema(id: InstrumentId, item: Item) {
  const codes = item.options.map((o) => o.code);
  const base =
    INSTRUMENTS[id].answerType === 'integer'
      ? z
          .number()
          .int()
          .refine((n) => codes.includes(n), { message: `one of ${codes.join(', ')}` })
          .describe(`An integer: ${item.options.map((o) => `${o.code} = ${o.label.en}`).join('; ')}`)
      : z.enum(codes.map(String) as [string, ...string[]]);
  return base.nullable().optional();
}

function requestFor(id: InstrumentId) {
  const answers = z
    .object(Object.fromEntries(INSTRUMENTS[id].items.map((i) => [i.id, answerSchema(id, i)])))
    .strict()
    .describe('Item id → answer; an absent or null item is missing');
  const options =
    id === 'djg11'
      ? z.object({ subscale_threshold: z.union([z.literal(2), z.literal(3)]).optional().describe('A subscale is positive from this score: 3 (VZinfo, default) or 2 (RIVM 2016)') }).strict()
      : z.object({}).strict().describe('No options for this instrument');
  return z.object({ instrument: z.literal(id), answers, options: options.optional() }).strict();
}

export interface ScoreRequest {
  instrument: InstrumentId;
  answers: Record<string, string | number | null | undefined>;
  options?: { subscale_threshold?: 2 | 3 | undefined } | undefined;
}

export const scoreRequestSchema: z.ZodType<ScoreRequest, unknown> = z
  .discriminatedUnion('instrument', INSTRUMENT_IDS.map(requestFor) as unknown as [ReturnType<typeof requestFor>, ...ReturnType<typeof requestFor>[]])
  .describe('One instrument and its answers (see GET /api/v1/screening/instruments)') as unknown as z.ZodType<ScoreRequest, unknown>;

/** Zod issues as located field errors; an unknown key becomes its own field ("answers.12"). */
export function requestErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ field: [...path, key].join('.'), message: 'not an item (or option) of this instrument' });
    } else if (issue.code === 'invalid_union' && path.length === 1 && path[0] === 'instrument') {
      out.push({ field: 'instrument', message: `unknown instrument; one of ${INSTRUMENT_IDS.join(', ')}` });
    } else {
      out.push({ field: path.join('.') || '(root)', message: issue.message });
    }
  }
  return out;
}

export type ParsedRequest = { ok: true; request: ScoreRequest } | { ok: false; errors: FieldError[] };

export function parseScoreRequest(body: unknown): ParsedRequest {
  const r = scoreRequestSchema.safeParse(body);
  if (r.success) return { ok: true, request: r.data as ScoreRequest };
  return { ok: false, errors: requestErrors(r.error) };
}
