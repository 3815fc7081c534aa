/** The public JSON API of the knowledge bank under /api/v1. */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { defineApiRoute, registerApiRoute } from '../../api/registry.js';
import { catalogueQuerySchema } from '../query-schema.js';
import { searchCatalogue } from '../../initiatives/store/search.js';
import { searchGeography } from '../service/near.js';
import { getPublishedInitiative } from '../../initiatives/store/repository.js';
import { initiativeInputSchema } from '../../initiatives/schema.js';
import { notFound } from '../../platform/problem.js';
import { AXES, AXIS_NAMES } from '../../vocabulary/matrix.js';
import { DESCRIPTIONS } from '../../vocabulary/descriptions.js';
import { ACCESS_FACETS } from '../../initiatives/facet-index.js';
import { whenWhereSchema } from '../../initiatives/when-where.js';

const facetSchema = z.array(z.object({ code: z.string(), count: z.number().int() }));

const itemSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  description: z.string().nullable().describe('The first 400 characters, in Dutch'),
  description_fr: z.string().nullable().describe('The first 400 characters of the French description, when there is one'),
  description_en: z.string().nullable().describe('The first 400 characters of the English description, when there is one'),
  areas: z.array(z.string()),
  elements: z.array(z.string()),
  prevention: z.string(),
  dimensions: z.array(z.string()),
  age_groups: z.array(z.string()),
  evidence: z.string(),
  primary_actor: z.string(),
  geographic_level: z.string(),
  coverage: z
    .enum(['local', 'wider'])
    .optional()
    .describe('With an area filter: local when the initiative\'s own areas are the area or lie inside it; wider when it covers the area from above (a larger area, the region, the country)'),
  when_where: whenWhereSchema.optional(),
  distance_km: z.number().optional().describe('With near: kilometres (0.1 km) from the municipality\'s centroid to the nearest place of the initiative; absent when it has no place that can be placed'),
});

export const catalogueResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(itemSchema),
  facets: z
    .object(Object.fromEntries([...AXIS_NAMES, 'social_isolation', 'area', ...ACCESS_FACETS].map((k) => [k, facetSchema])))
    .describe(
      'For each axis and access filter, how many initiatives each code would give (the filter\'s own value is not applied to its counts); weekdays by name; free, wheelchair, hearing_loop and has_room count their one code "true"',
    ),
});

const storedInitiativeSchema = initiativeInputSchema.extend({
  status: z.enum(['draft', 'published', 'archived']),
  created_at: z.string(),
  updated_at: z.string(),
});

const labelsSchema = z.object({ nl: z.string(), fr: z.string(), en: z.string() });
const vocabularySchema = z.array(
  z.object({
    axis: z.string(),
    multi: z.boolean(),
    label: labelsSchema,
    codes: z.array(z.object({ code: z.string(), label: labelsSchema, effective: z.boolean(), summary: labelsSchema.optional(), sources: z.array(z.string()).optional() })),
  }),
);

export async function registerCatalogueApi(app: FastifyInstance): Promise<void> {
  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/initiatives',
      operationId: 'searchInitiatives',
      summary: 'Search published initiatives, with facet counts for every matrix axis',
      tags: ['knowledge bank'],
      query: catalogueQuerySchema,
      response: catalogueResponseSchema,
      handler: async ({ query }) => {
        const geo = await searchGeography(app.database.db, query.near);
        return searchCatalogue(app.database, query, geo.near ? { near: geo.near.distanceOf } : {});
      },
    }),
  );
  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/initiatives/:id',
      operationId: 'getInitiative',
      summary: 'One published initiative in the interchange format',
      tags: ['knowledge bank'],
      params: z.object({ id: z.string().max(64) }),
      response: storedInitiativeSchema,
      handler: async ({ params }) => {
        const found = await getPublishedInitiative(app.database.db, params.id);
        if (!found) throw notFound(`Initiative "${params.id}"`);
        return found;
      },
    }),
  );
  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/vocabulary',
      operationId: 'getVocabulary',
      summary: 'The coding matrix: every axis and code with nl/fr/en labels, meaning and sources',
      tags: ['knowledge bank'],
      response: vocabularySchema,
      handler: async () =>
        AXIS_NAMES.map((axis) => ({
          axis,
          multi: AXES[axis].multi,
          label: AXES[axis].label,
          codes: AXES[axis].codes.map((c) => {
            const d = (DESCRIPTIONS as unknown as Record<string, Record<string, { summary: typeof c.label; sources: string[] }> | undefined>)[axis]?.[c.code];
            return { code: c.code, label: c.label, effective: c.effective === true, ...(d ? { summary: d.summary, sources: d.sources } : {}) };
          }),
        })),
    }),
  );
}
