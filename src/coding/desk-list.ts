/**
 * The coders' list of initiatives: every status, newest change first,
 * filtered by a simple "contains" text match (accents and case ignored) so
 * a half-typed name or an id is found too.
 */
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { initiatives, INITIATIVE_STATUSES, type InitiativeStatus } from '../db/schema.js';
import { foldAccents } from '../search/normalise.js';

export const PAGE_SIZE = 25;

const blank = (v: unknown) => (v === '' ? undefined : v);

export const deskQuerySchema = z.object({
  q: z.preprocess(blank, z.string().trim().max(200).optional()),
  status: z.preprocess(blank, z.enum(INITIATIVE_STATUSES).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type DeskQuery = z.output<typeof deskQuerySchema>;

export interface DeskItem {
  id: string;
  name: string;
  organisation: string | null;
  status: InitiativeStatus;
  updatedAt: string;
}

export interface DeskList {
  total: number;
  page: number;
  pages: number;
  items: DeskItem[];
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listForDesk(db: Db, q: DeskQuery): Promise<DeskList> {
  const where: SQL[] = [];
  if (q.status) where.push(eq(initiatives.status, q.status));
  if (q.q) {
    const p = likePattern(foldAccents(q.q));
    where.push(or(ilike(initiatives.searchTitle, p), ilike(initiatives.searchBody, p), ilike(initiatives.id, p))!);
  }
  const condition = where.length ? and(...where) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(initiatives).where(condition);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const rows = await db
    .select({ id: initiatives.id, name: initiatives.name, organisation: initiatives.organisation, status: initiatives.status, updatedAt: initiatives.updatedAt })
    .from(initiatives)
    .where(condition)
    .orderBy(desc(initiatives.updatedAt), initiatives.id)
    .limit(PAGE_SIZE)
    .offset((q.page - 1) * PAGE_SIZE);
  return { total: Number(total), page: q.page, pages, items: rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() })) };
}
