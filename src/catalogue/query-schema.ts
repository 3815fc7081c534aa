/**
 * The catalogue query: free text plus one filter per matrix axis
 * (comma-separated codes; OR within an axis, AND across axes), area and
 * paging. The same schema validates the API, the HTML search form and the
 * CLI, and documents /api/v1/initiatives in OpenAPI.
 */
import { z } from 'zod';
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';

const codeList = (axis: AxisName) => {
  const codes = AXES[axis].codes.map((c) => c.code) as [string, ...string[]];
  return z
    .preprocess(
      (v) => {
        if (v === undefined || v === null || v === '') return undefined;
        const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','));
        const list = parts.map((s) => s.trim()).filter((s) => s.length > 0);
        return list.length ? [...new Set(list)] : undefined;
      },
      z.array(z.enum(codes)).max(codes.length).optional(),
    )
    .describe(`Comma-separated ${axis} codes: ${codes.join(', ')}`);
};

const areaList = z
  .preprocess(
    (v) => {
      if (v === undefined || v === null || v === '') return undefined;
      const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','));
      const list = parts.map((s) => s.trim()).filter(Boolean);
      return list.length ? [...new Set(list)] : undefined;
    },
    z.array(z.string().regex(/^\d{5}([A-Z0-9]{3}[A-Z0-9-])?$/, 'a NIS code (5 digits)')).max(50).optional(),
  )
  .describe('Comma-separated NIS codes of municipalities the initiative serves');

const boolParam = z
  .preprocess((v) => (v === 'true' || v === '1' || v === true ? true : v === 'false' || v === '0' || v === false ? false : v === '' ? undefined : v), z.boolean().optional())
  .describe('true: only initiatives that also address objective social isolation');

const axisFilters = Object.fromEntries(AXIS_NAMES.map((a) => [a, codeList(a)])) as Record<AxisName, ReturnType<typeof codeList>>;

export const catalogueQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Free text, Dutch and French stemming, accents ignored'),
  ...axisFilters,
  social_isolation: boolParam,
  area: areaList,
  source: z.string().trim().max(500).optional().describe('Only initiatives from this source (survey round, import)'),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;
export type CatalogueQueryInput = z.input<typeof catalogueQuerySchema>;

/** Turns a parsed query back into URL parameters (for shareable links and page links). */
export function toSearchParams(q: Partial<CatalogueQuery>): URLSearchParams {
  const p = new URLSearchParams();
  if (q.q) p.set('q', q.q);
  for (const axis of AXIS_NAMES) {
    const v = q[axis];
    if (v && v.length) p.set(axis, v.join(','));
  }
  if (q.social_isolation !== undefined) p.set('social_isolation', String(q.social_isolation));
  if (q.area?.length) p.set('area', q.area.join(','));
  if (q.source) p.set('source', q.source);
  if (q.page && q.page > 1) p.set('page', String(q.page));
  if (q.pageSize && q.pageSize !== 20) p.set('pageSize', String(q.pageSize));
  return p;
}
