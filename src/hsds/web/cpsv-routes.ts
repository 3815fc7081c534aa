/**
 * Published initiatives as CPSV-AP public services in JSON-LD (src/hsds/cpsv.ts):
 * GET /api/v1/initiatives/{id}.jsonld, the same on /api/v1/initiatives/{id} for
 * `Accept: application/ld+json`, and all of them page by page at
 * /api/v1/initiatives.jsonld. Documented in /openapi.json.
 */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { addRepresentation, defineApiRoute, registerApiRoute } from '../../api/registry.js';
import { notFound } from '../../platform/problem.js';
import { sitePublicUrl } from '../../config.js';
import { areaLabels } from '../../areas/store/names.js';
import { getPublishedInitiative } from '../../initiatives/store/repository.js';
import { publishedPage } from '../../initiatives/store/hsds-rows.js';
import type { StoredInitiative } from '../../initiatives/record.js';
import { publicServiceDocument, publicServicePage } from '../cpsv.js';

export const JSON_LD = 'application/ld+json';

const langString = z.object({ '@value': z.string(), '@language': z.string() });
const node = z.looseObject({ '@id': z.string(), '@type': z.string() });
const publicServiceSchema = z
  .looseObject({
    '@context': z.record(z.string(), z.string()).describe('Inline: the prefixes cpsv, cv, dct, skos, foaf, org, xsd, hydra'),
    '@id': z.string().describe('The initiative\'s API address, which answers this document for Accept: application/ld+json'),
    '@type': z.literal('cpsv:PublicService'),
    'dct:identifier': z.string(),
    'dct:title': z.array(langString),
    'dct:description': z.array(langString).optional(),
    'cv:hasCompetentAuthority': z.array(node).optional(),
    'dct:spatial': z.array(node).optional().describe('Areas served: BELGIF REFNIS URIs for NIS codes (docs/open-data.md)'),
    'cv:hasChannel': z.array(node).optional(),
    'cv:contactPoint': z.array(node).optional(),
    'cv:isClassifiedBy': z.array(node),
  })
  .describe('An initiative as a CPSV-AP 3.2 public service (JSON-LD, context inline; mapping in docs/open-data.md)');
const collectionSchema = z
  .looseObject({
    '@context': z.record(z.string(), z.string()),
    '@type': z.literal('hydra:Collection'),
    'hydra:totalItems': z.number().int(),
    'hydra:view': z.looseObject({ '@id': z.string(), 'hydra:first': node.partial(), 'hydra:next': node.partial().optional(), 'hydra:last': node.partial() }),
    'hydra:member': z.array(publicServiceSchema.omit({ '@context': true })),
  })
  .describe('One page of published initiatives as CPSV-AP public services; follow hydra:view → hydra:next for the rest');

const idParams = z.object({ id: z.string().max(64) });
const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(1000).default(100),
});

export async function registerCpsvRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database;
  const input = async (items: readonly StoredInitiative[]) => ({ site: sitePublicUrl(app), areas: await areaLabels(db.db, items.flatMap((i) => i.areas)) });
  const one = async (id: string) => {
    const found = await getPublishedInitiative(db.db, id);
    if (!found) throw notFound(`Initiative "${id}"`);
    return publicServiceDocument(found, await input([found]));
  };

  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/initiatives/:id.jsonld',
      operationId: 'getInitiativeJsonLd',
      summary: 'One published initiative as a CPSV-AP public service (JSON-LD)',
      tags: ['open data'],
      params: idParams,
      response: publicServiceSchema,
      mediaType: JSON_LD,
      handler: async ({ params }) => (await one(params.id)) as z.input<typeof publicServiceSchema>,
    }),
  );
  // The initiative's own address answers the same document to who asks for JSON-LD (its @id dereferences).
  addRepresentation(app, 'GET', '/api/v1/initiatives/:id', {
    mediaType: JSON_LD,
    schema: publicServiceSchema,
    handler: async ({ params }) => one((params as z.output<typeof idParams>).id),
  });

  registerApiRoute(
    app,
    defineApiRoute({
      method: 'GET',
      path: '/api/v1/initiatives.jsonld',
      operationId: 'listInitiativesJsonLd',
      summary: 'All published initiatives as CPSV-AP public services (JSON-LD), page by page in id order',
      tags: ['open data'],
      query: pageQuery,
      response: collectionSchema,
      mediaType: JSON_LD,
      handler: async ({ query }) => {
        const { total, items } = await publishedPage(db, query.page, query.per_page);
        return publicServicePage(items, await input(items), { total, page: query.page, perPage: query.per_page, path: '/api/v1/initiatives.jsonld' }) as z.input<typeof collectionSchema>;
      },
    }),
  );
}
