/**
 * The coders' list of initiatives: every status, newest change first,
 * filtered by a simple "contains" text match (accents and case ignored) so
 * a half-typed name or an id is found too.
 */
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { INITIATIVE_STATUSES } from '../../db/schema.js';
import { listForDesk as listInitiativesForDesk, type DeskItem } from '../../initiatives/store/queries.js';

export type { DeskItem };

export const PAGE_SIZE = 25;

const blank = (v: unknown) => (v === '' ? undefined : v);

export const deskQuerySchema = z.object({
  q: z.preprocess(blank, z.string().trim().max(200).optional()),
  status: z.preprocess(blank, z.enum(INITIATIVE_STATUSES).optional()),
  /** Only initiatives that serve no area: no area codes at a level that needs them (src/areas/coverage.ts). */
  area_missing: z.preprocess((v) => (v === '1' || v === 'true' || v === 'on' ? true : undefined), z.literal(true).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type DeskQuery = z.output<typeof deskQuerySchema>;

export interface DeskList {
  total: number;
  page: number;
  pages: number;
  items: DeskItem[];
}

export async function listForDesk(db: Db, q: DeskQuery): Promise<DeskList> {
  const { total, items } = await listInitiativesForDesk(db, { ...q, pageSize: PAGE_SIZE });
  return { total, page: q.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), items };
}
