/** GET /api/v1/monitor/estimates: the estimate per area as JSON, the same records as `verbind estimate --format json`. */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { defineApiRoute, registerApiRoute } from '../../api/registry.js';
import { ProblemError } from '../../platform/problem.js';
import { AREA_LEVELS } from '../../areas/levels.js';
import { INDICATOR_IDS, INDICATOR_NAME, RateModelError, type IndicatorId } from '../rates.js';
import { modelFromTables, UnknownRateTableError } from '../store/rates.js';
import { estimateMonitor, EstimateRequestError, NoPopulationError } from '../service/estimate.js';
import { estimateRecords } from '../service/estimate-records.js';

const indicatorFigures = z.object({
  count: z.number().nullable().describe('Expected number of residents (1 decimal)'),
  percent: z.number().nullable().describe('Percent among the residents the rates cover (2 decimals)'),
  low: z.number().nullable(),
  high: z.number().nullable(),
  status: z.enum(['estimated', 'suppressed', 'not-covered', 'no-population']),
  notCovered: z.number().nullable(),
});

export const estimateRecordSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.string(),
    population: z.number().int(),
    suppression: z.object({ reason: z.enum(['below-threshold', 'complementary']), threshold: z.number(), message: z.string() }).nullable(),
  })
  .catchall(indicatorFigures)
  .describe('One area; one member per indicator with its figures');

export const estimatesQuerySchema = z.object({
  level: z.enum(AREA_LEVELS).default('municipality'),
  indicator: z
    .string()
    .max(400)
    .regex(new RegExp(`^${INDICATOR_NAME.source.slice(1, -1)}(,${INDICATOR_NAME.source.slice(1, -1)})*$`), 'comma-separated indicator names (lower-case letters, digits, underscores)')
    .optional()
    .describe(
      `Comma-separated indicator names; default all the model has. Built in: ${INDICATOR_IDS.join(', ')}. ` +
        'An analyst\'s own indicator, imported with `verbind import-rates` (its file gives its labels and source), is estimated like the built-in ones. ' +
        'A name the model has no rates for is a 400 listing the indicators it has.',
    ),
  year: z.coerce.number().int().min(1900).max(2200).optional().describe('Population of 1 January YEAR (default the latest imported)'),
  threshold: z.coerce.number().int().min(0).max(100000).optional().describe('Minimum residents for an area to get figures (default 100)'),
  lang: z.enum(['nl', 'fr']).default('nl'),
  model: z
    .string()
    .max(400)
    .regex(/^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/)
    .optional()
    .describe('Rate tables of the prevalence model, comma-separated (built-in or imported ids, as `verbind estimate --model`); default: the default model'),
});

export async function registerMonitorApi(app: FastifyInstance): Promise<void> {
  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/monitor/estimates',
      operationId: 'monitorEstimates',
      summary: 'Estimated loneliness and isolation per area (indirect standardisation; an estimate, not a measurement)',
      description: 'The same records as the CLI `verbind estimate --format json`. Areas below the suppression threshold get no figures. 409 when no population has been imported.',
      tags: ['area monitor'],
      query: estimatesQuerySchema,
      response: z.array(estimateRecordSchema),
      handler: async ({ query }) => {
        const indicators: IndicatorId[] | undefined = query.indicator ? [...new Set(query.indicator.split(','))] : undefined;
        try {
          const model = await modelFromTables(app.database.db, query.model ? query.model.split(',') : undefined);
          const unknown = indicators?.filter((i) => !model.indicators.includes(i)) ?? [];
          if (unknown.length) {
            throw new ProblemError(400, 'Bad Request', `unknown indicator ${unknown.join(', ')}; known: ${model.indicators.join(', ')}`, [
              { field: 'query.indicator', message: `no rates for ${unknown.join(', ')}; the model has: ${model.indicators.join(', ')}`, value: query.indicator },
            ]);
          }
          const result = await estimateMonitor(app.database.db, { level: query.level, indicators, year: query.year, threshold: query.threshold, lang: query.lang, model });
          return estimateRecords(result) as never;
        } catch (e) {
          if (e instanceof NoPopulationError) throw new ProblemError(409, 'Conflict', e.message);
          if (e instanceof EstimateRequestError || e instanceof UnknownRateTableError || e instanceof RateModelError) throw new ProblemError(400, 'Bad Request', e.message);
          throw e;
        }
      },
    }),
  );
}
