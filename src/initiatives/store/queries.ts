/**
 * Small questions to the initiatives table that other capabilities ask: the sources in use,
 * whether the bank is empty, the coders' list, duplicate candidates, initiatives offering some
 * elements. Every query on the table lives in src/initiatives (test/initiatives/boundary.test.ts).
 */
import { missingDescriptionLangs, type DescriptionLang } from '../descriptions.js';
import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.js';
import { initiatives, type InitiativeStatus } from '../../db/schema.js';
import { foldAccents } from '../../search/normalise.js';

/** Sources of published initiatives (survey rounds, imports), most used first. */
export async function listSources(database: Database): Promise<{ source: string; count: number }[]> {
  const rows = await database.rows<{ source: string; n: string | number }>(sql`SELECT source, count(*) AS n FROM initiatives WHERE status = 'published' GROUP BY source ORDER BY count(*) DESC, source LIMIT 200`);
  return rows.map((r) => ({ source: r.source, count: Number(r.n) }));
}

/** Whether the bank holds any initiative at all (any status). */
export async function hasAnyInitiative(db: Db): Promise<boolean> {
  return (await db.select({ id: initiatives.id }).from(initiatives).limit(1)).length > 0;
}

export interface DeskListQuery {
  q?: string;
  status?: InitiativeStatus;
  /** Only those serving no area: no area codes, at a geographic level that needs them (neighbourhood, local, supralocal). */
  area_missing?: boolean;
  page: number;
  pageSize: number;
}

export interface DeskItem {
  id: string;
  name: string;
  organisation: string | null;
  status: InitiativeStatus;
  updatedAt: string;
  /** The languages its description is not written in yet (descriptions.ts). */
  missingDescriptions: DescriptionLang[];
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The coders' list: every status, newest change first, filtered by a simple "contains" match
 * (accents and case ignored) so a half-typed name or an id is found too.
 */
export async function listForDesk(db: Db, q: DeskListQuery): Promise<{ total: number; items: DeskItem[] }> {
  const where: SQL[] = [];
  if (q.status) where.push(eq(initiatives.status, q.status));
  if (q.area_missing) where.push(sql`cardinality(${initiatives.areas}) = 0 AND ${initiatives.geographicLevel} NOT IN ('regional', 'national')`);
  if (q.q) {
    const p = likePattern(foldAccents(q.q));
    where.push(or(ilike(initiatives.searchTitle, p), ilike(initiatives.searchBody, p), ilike(initiatives.id, p))!);
  }
  const condition = where.length ? and(...where) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(initiatives).where(condition);
  const rows = await db
    .select({
      id: initiatives.id,
      name: initiatives.name,
      organisation: initiatives.organisation,
      status: initiatives.status,
      updatedAt: initiatives.updatedAt,
      description: sql<string | null>`left(${initiatives.description}, 1)`,
      description_fr: sql<string | null>`left(${initiatives.descriptionFr}, 1)`,
      description_en: sql<string | null>`left(${initiatives.descriptionEn}, 1)`,
    })
    .from(initiatives)
    .where(condition)
    .orderBy(desc(initiatives.updatedAt), initiatives.id)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    total: Number(total),
    items: rows.map(({ description, description_fr, description_en, ...r }) => ({
      ...r,
      updatedAt: new Date(r.updatedAt).toISOString(),
      missingDescriptions: missingDescriptionLangs({ description, description_fr, description_en }),
    })),
  };
}

/**
 * Initiatives of any status whose name or text shares a word with `words` (full-text index, Dutch
 * and French stems), best ranked first: the candidates the intake scores as possible duplicates.
 */
export async function duplicateCandidates(database: Database, words: readonly string[], limit: number): Promise<{ id: string; name: string; organisation: string | null; status: InitiativeStatus }[]> {
  if (!words.length) return [];
  const query = words.join(' or ');
  const nl = sql`websearch_to_tsquery('dutch'::regconfig, ${query})`;
  const fr = sql`websearch_to_tsquery('french'::regconfig, ${query})`;
  return database.rows(sql`
    select id, name, organisation, status from initiatives
    where search_vector @@ (${nl} || ${fr})
    order by ts_rank(search_vector, ${nl} || ${fr}) desc, id
    limit ${limit}`);
}

/** Published initiatives offering any of the elements, by name (wherever they are active). */
export async function offeringElements(db: Db, elements: readonly string[]): Promise<{ id: string; name: string; elements: string[] }[]> {
  if (!elements.length) return [];
  const r = await db.execute(sql`select id, name, elements from initiatives where status = 'published' and elements && ARRAY[${sql.join(elements.map((m) => sql`${m}`), sql`, `)}]::text[] order by name`);
  return (r as unknown as { rows: { id: string; name: string; elements: string[] }[] }).rows;
}

export interface VerificationDue {
  /** Records last verified more than 12 months before today, oldest first (at most `limit`). */
  overdue: { id: string; name: string; status: InitiativeStatus; verifiedOn: string }[];
  overdueTotal: number;
  /** Records (not archived) that were never verified. */
  never: number;
}

/**
 * The coders' list of records not verified for more than 12 calendar months on `today`
 * (YYYY-MM-DD, Brussels), the same rule as access.ts verificationState: PostgreSQL's
 * `date + interval '12 months'` clamps 29 February to 28 February as verificationDueAfter does.
 */
export async function listVerificationDue(database: Database, today: string, limit = 100): Promise<VerificationDue> {
  const overdue = await database.rows<{ id: string; name: string; status: InitiativeStatus; verified_on: string; total: string | number }>(
    sql`SELECT id, name, status, to_char(verified_on, 'YYYY-MM-DD') AS verified_on, count(*) OVER () AS total FROM initiatives
        WHERE status <> 'archived' AND verified_on + interval '12 months' < ${today}::date
        ORDER BY verified_on, id LIMIT ${limit}`,
  );
  const [never] = await database.rows<{ n: string | number }>(sql`SELECT count(*) AS n FROM initiatives WHERE status <> 'archived' AND verified_on IS NULL`);
  return {
    overdue: overdue.map((r) => ({ id: r.id, name: r.name, status: r.status, verifiedOn: r.verified_on })),
    overdueTotal: Number(overdue[0]?.total ?? 0),
    never: Number(never?.n ?? 0),
  };
}
