/**
 * The screening API: GET /api/v1/screening/instruments, POST
 * /api/v1/screening/score (the contract's JSON or a FHIR
 * QuestionnaireResponse), and the FHIR R4 Questionnaires at
 * /fhir/Questionnaire/{id}. Nothing is stored and no answer is logged.
 */
import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defineApiRoute, registerApiRoute } from '../../api/registry.js';
import { ValidationError } from '../../platform/problem.js';
import { INSTRUMENTS, INSTRUMENT_IDS, isInstrumentId } from '../instruments.js';
import { BANDS, scoreInstrument } from '../scoring.js';
import { parseScoreRequest, scoreRequestSchema, type ScoreRequest } from '../request.js';
import { questionnaire, questionnaireResponseSchema, requestFromResponse } from '../fhir.js';
import { publicBaseUrl } from '../service/public-url.js';

const FHIR_JSON = 'application/fhir+json';

const text = z.object({ nl: z.string(), fr: z.string(), en: z.string() });
const wordingSource = z.union([z.object({ kind: z.literal('source'), citation: z.string() }), z.object({ kind: z.literal('working_translation') })]);
const instrumentSchema = z.object({
  id: z.enum(INSTRUMENT_IDS),
  name: text,
  citation: z.string(),
  scoring_rule: z.string().describe('In English'),
  scoring_rule_translations: text,
  answer_type: z.enum(['code', 'integer']),
  bands: z.array(z.string()),
  instruction: text.optional(),
  wording_sources: z.object({ nl: wordingSource, fr: wordingSource, en: wordingSource }).describe('Per language: the published source of the wording, or a working translation made for Verbind'),
  loinc: z.string().optional(),
  fhir_questionnaire: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      subscale: z.string().optional(),
      text,
      answers: z.array(z.object({ code: z.union([z.string(), z.number().int()]), label: text })),
    }),
  ),
});

const subscaleSchema = z.object({ score: z.number().int().nullable(), positive: z.boolean().nullable().optional() });
export const scoreResultSchema = z.object({
  instrument: z.enum(INSTRUMENT_IDS),
  score: z.number().int().nullable(),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  band: z.string().nullable(),
  positive: z.boolean().nullable(),
  subscales: z.record(z.string(), subscaleSchema).optional().describe('emotional and social (DJG, with positive); family and friends (LSNS-6, score only)'),
  missing: z.array(z.string()),
  citation: z.string(),
});

function scoreBody(data: unknown, req: FastifyRequest): ScoreRequest {
  let body = data;
  const isFhir = String(req.headers['content-type'] ?? '').startsWith(FHIR_JSON) || (typeof data === 'object' && data !== null && (data as { resourceType?: unknown }).resourceType !== undefined);
  if (isFhir) {
    const qr = questionnaireResponseSchema.safeParse(data);
    if (!qr.success) throw new ValidationError(qr.error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(root)', message: i.message })));
    const r = requestFromResponse(qr.data);
    if (!r.ok) throw new ValidationError(r.errors);
    body = r.body;
  }
  const parsed = parseScoreRequest(body);
  if (!parsed.ok) throw new ValidationError(parsed.errors);
  return parsed.request;
}

export async function registerScreeningApi(app: FastifyInstance): Promise<void> {
  app.addContentTypeParser(FHIR_JSON, { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(Object.assign(new Error('The body is not valid JSON.'), { statusCode: 400 }), undefined);
    }
  });

  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/screening/instruments',
      operationId: 'screeningInstruments',
      summary: 'The screening instruments: items, answer codes, wordings per language with their source, scoring rule and citation',
      description: 'A score is a conversation aid and a signal, never a diagnosis or a reason to refuse help.',
      tags: ['screening'],
      response: z.object({ items: z.array(instrumentSchema) }),
      handler: async () => ({
        items: INSTRUMENT_IDS.map((id) => {
          const ins = INSTRUMENTS[id];
          return {
            id,
            name: ins.name,
            citation: ins.citation,
            scoring_rule: ins.scoringRule.en,
            scoring_rule_translations: ins.scoringRule,
            answer_type: ins.answerType,
            bands: [...BANDS[id]],
            ...(ins.instruction ? { instruction: ins.instruction } : {}),
            wording_sources: ins.wordingSources,
            ...(ins.loinc ? { loinc: ins.loinc.code } : {}),
            fhir_questionnaire: `${publicBaseUrl(app)}/fhir/Questionnaire/${id}`,
            items: ins.items.map((i) => ({ id: i.id, ...(i.subscale ? { subscale: i.subscale } : {}), text: i.text, answers: i.options.map((o) => ({ code: o.code, label: o.label })) })),
          };
        }),
      }),
    }),
  );

  registerApiRoute(
    app,
    defineApiRoute({
      method: 'POST',
      path: '/api/v1/screening/score',
      operationId: 'screeningScore',
      summary: 'Scores one instrument exactly as its source states (a conversation aid and a signal, never a diagnosis)',
      description:
        'Send the contract JSON, or a FHIR R4 QuestionnaireResponse (Content-Type application/fhir+json) for one of the Questionnaires at /fhir/Questionnaire/{id}. Absent or null items are missing. Nothing is stored. 400 problem+json names each wrong field, e.g. answers.12.',
      tags: ['screening'],
      body: scoreRequestSchema,
      bodyMediaTypes: { [FHIR_JSON]: questionnaireResponseSchema },
      parseBody: scoreBody,
      response: scoreResultSchema,
      rateLimit: { max: 600, timeWindow: '1 minute' },
      handler: async ({ body }) => scoreInstrument(body.instrument, body.answers, body.options ?? {}),
    }),
  );

  app.get('/fhir/Questionnaire', async (_req, reply) => {
    const base = publicBaseUrl(app);
    return reply.type(`${FHIR_JSON}; charset=utf-8`).send({
      resourceType: 'Bundle',
      type: 'searchset',
      total: INSTRUMENT_IDS.length,
      entry: INSTRUMENT_IDS.map((id) => ({ fullUrl: `${base}/fhir/Questionnaire/${id}`, resource: questionnaire(id, base) })),
    });
  });

  app.get('/fhir/Questionnaire/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!isInstrumentId(id)) {
      return reply.code(404).type(`${FHIR_JSON}; charset=utf-8`).send({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', diagnostics: `No Questionnaire "${id.slice(0, 60)}"; known: ${INSTRUMENT_IDS.join(', ')}` }],
      });
    }
    return reply.type(`${FHIR_JSON}; charset=utf-8`).send(questionnaire(id, publicBaseUrl(app)));
  });
}


