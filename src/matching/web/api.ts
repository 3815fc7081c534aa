/**
 * POST /api/v1/matches: which initiatives fit a person, ranked, each with why it fits and what
 * does not. One zod schema validates the body and documents it (OpenAPI); a wrong field is a 400
 * problem+json naming it. Nothing is stored.
 */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { defineApiRoute, registerApiRoute } from '../../api/registry.js';
import { matchRequestSchema } from '../request.js';
import { CAPACITY_STATUSES } from '../facts.js';
import { findMatches } from '../service/index.js';

const reason = <C extends readonly [string, ...string[]]>(codes: C) =>
  z.object({ code: z.enum(codes), values: z.array(z.string()).describe('Codes the reason is about: element codes, languages (ISO 639-1), modes, the effectladder level, a capacity status and its date') });

const FIT_CODES = ['area_local', 'area_wider', 'age_group', 'elements', 'evidence', 'languages', 'modes', 'free', 'wheelchair', 'capacity'] as const;
const MISS_CODES = ['elements', 'evidence', 'languages_unknown', 'modes_unknown', 'cost_unknown', 'wheelchair_unknown', 'capacity', 'capacity_unknown', 'capacity_unconfirmed'] as const;

export const matchResponseSchema = z.object({
  total: z.number().int().describe('How many initiatives meet every requirement; items holds the first `limit`'),
  distances: z.boolean().describe('false: no distance could be computed (no municipality asked, or no municipality outlines imported)'),
  items: z.array(
    z.object({
      initiative_id: z.string(),
      name: z.string(),
      organisation: z.string().nullable(),
      score: z.number().int().describe('Points from the ranking rules (docs/matching.md); higher first'),
      fits: z.array(reason(FIT_CODES)).describe('Why it fits'),
      misses: z.array(reason(MISS_CODES)).describe('What does not fit, or is not recorded'),
      coverage: z.enum(['local', 'wider']).optional().describe('local: works in the municipality; wider: covers it from a wider area'),
      distance_km: z.number().optional().describe('From the municipality’s centroid to the nearest place of the initiative'),
      capacity: z.object({ status: z.enum([...CAPACITY_STATUSES, 'unknown']), set_on: z.string().optional(), confirmed: z.boolean().describe('Set within the last 30 days') }),
    }),
  ),
});

export async function registerMatchingApi(app: FastifyInstance): Promise<void> {
  registerApiRoute(
    app,
    defineApiRoute({
      method: 'POST',
      path: '/api/v1/matches',
      operationId: 'matches',
      summary: 'Initiatives that fit a person, ranked, each with why it fits and what does not',
      description:
        'Candidates are the published initiatives serving the municipality (local, or from a wider area). Requirements (age group, at least one asked element, language, mode, free, wheelchair, not full) leave out only initiatives known not to fit; what is not recorded is listed under misses. The ranking rules and their sources: docs/matching.md. Nothing is stored.',
      tags: ['matching'],
      body: matchRequestSchema,
      response: matchResponseSchema,
      rateLimit: { max: 600, timeWindow: '1 minute' },
      handler: async ({ body }) => findMatches(app.database, body),
    }),
  );
}
