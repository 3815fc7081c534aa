/**
 * The catalogue query: free text plus one filter per matrix axis
 * (comma-separated codes; OR within an axis, AND across axes), area,
 * the access facts (language, mode, weekday, free, wheelchair, hearing loop, has room) and
 * paging. The same schema validates the API, the HTML search form and the
 * CLI, and documents /api/v1/initiatives in OpenAPI.
 */
import { z } from 'zod';
import { AXIS_NAMES } from '../vocabulary/matrix.js';
import { accessFilterShape, accessSearchParams, areaParam, axisFilters, socialIsolationParam, textParam } from '../initiatives/selection.js';
import { searchParams } from '../platform/query-string.js';

export const catalogueQuerySchema = z.object({
  q: textParam,
  ...axisFilters,
  social_isolation: socialIsolationParam,
  area: areaParam,
  ...accessFilterShape,
  source: z.string().trim().max(500).optional().describe('Only initiatives from this source (survey round, import)'),
  near: z
    .preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^\d{5}$/, 'a municipality NIS code: 5 digits').optional())
    .describe(
      'Order by distance from this municipality (NIS code, before or since the 2025 mergers): from the centroid of its imported outline to the nearest place of each initiative (its coordinates, else the centroid of its municipality); ' +
        'nearest first, then name; initiatives without a place last. Only when municipality outlines are imported; an unknown code is a 400',
    ),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;
export type CatalogueQueryInput = z.input<typeof catalogueQuerySchema>;

/** Turns a parsed query back into URL parameters (for shareable links and page links). */
export function toSearchParams(q: Partial<CatalogueQuery>): URLSearchParams {
  return searchParams([
    ['q', q.q],
    ...AXIS_NAMES.map((axis) => [axis, q[axis]] as const),
    ['social_isolation', q.social_isolation],
    ['area', q.area],
    ...accessSearchParams(q),
    ['source', q.source],
    ['near', q.near],
    ['page', q.page && q.page > 1 ? q.page : undefined],
    ['pageSize', q.pageSize && q.pageSize !== 20 ? q.pageSize : undefined],
  ]);
}
