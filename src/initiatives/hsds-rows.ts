/** The HSDS view's rows (src/hsds): published initiatives only. */
import { and, asc, count, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { initiatives } from '../db/schema.js';
import { fromRow, type StoredInitiative } from './record.js';
import { canonicalAccess } from './access.js';
import { foldAccents } from '../search/normalise.js';
import { AXES, type AxisName } from '../vocabulary/matrix.js';
import { hsdsId } from '../hsds/ids.js';
import { organizationsOf, type Locatable, type OrganisationGroup } from '../hsds/mapping.js';
import { ACCESS, ACCESS_TERMS, SOCIAL_ISOLATION, type TaxonomyName, type TermRef } from '../hsds/vocabulary.js';

const published = eq(initiatives.status, 'published');
/** Id order in code points on both engines (a server's locale collation would ignore the dots and dashes ids may hold). */
const byId = sql`${initiatives.id} collate "C"`;

/** Same text search as the catalogue: Dutch and French stemming, accents ignored. */
function textMatch(q: string): SQL {
  const folded = foldAccents(q);
  return sql`search_vector @@ (websearch_to_tsquery('dutch'::regconfig, ${folded}) || websearch_to_tsquery('french'::regconfig, ${folded}))`;
}

/** An access term (hsds/vocabulary.ts ACCESS_TERMS) as a condition on the access facts and their filter columns. */
function accessTermMatch(code: string): SQL {
  const [kind, ...rest] = code.split('_');
  const value = rest.join('_');
  if (kind === 'mode') return sql`${initiatives.accessModes} @> ARRAY[${value}]::text[]`;
  if (kind === 'capacity') return eq(initiatives.capacity, value);
  if (kind === 'entry') return sql`${initiatives.access}->>'entry' = ${value}`;
  return sql`(${initiatives.access}->>${code})::boolean is true`; // transport, accompaniment
}

function termMatch(ref: TermRef): SQL {
  if (ref.taxonomy === SOCIAL_ISOLATION) return eq(initiatives.socialIsolation, true);
  if (ref.taxonomy === ACCESS) return accessTermMatch(ref.code);
  const column = sql.identifier(ref.taxonomy);
  return AXES[ref.taxonomy as AxisName].multi ? sql`${column} @> ARRAY[${ref.code}]::text[]` : sql`${column} = ${ref.code}`;
}

/** Services with any term of the taxonomy: every service has one for a single-valued axis. */
function taxonomyMatch(taxonomy: TaxonomyName): SQL | undefined {
  if (taxonomy === SOCIAL_ISOLATION) return eq(initiatives.socialIsolation, true);
  if (taxonomy === ACCESS) return or(...ACCESS_TERMS.map((t) => accessTermMatch(t.code)));
  return AXES[taxonomy].multi ? sql`cardinality(${sql.identifier(taxonomy)}) > 0` : undefined;
}

export interface ServiceFilter {
  search?: string;
  term?: TermRef;
  taxonomy?: TaxonomyName;
  /** Spellings of one organisation's name. */
  organisations?: string[];
  page: number;
  perPage: number;
}

export async function findPublishedServices(database: Database, f: ServiceFilter): Promise<{ total: number; items: StoredInitiative[] }> {
  const where = and(
    published,
    f.search ? textMatch(f.search) : undefined,
    f.term ? termMatch(f.term) : undefined,
    f.taxonomy ? taxonomyMatch(f.taxonomy) : undefined,
    f.organisations ? inArray(initiatives.organisation, f.organisations) : undefined,
  );
  const [totalRow] = await database.db.select({ n: count() }).from(initiatives).where(where);
  const rows = await database.db
    .select()
    .from(initiatives)
    .where(where)
    .orderBy(sql`lower(${initiatives.name})`, asc(initiatives.id))
    .limit(f.perPage)
    .offset((f.page - 1) * f.perPage);
  return { total: Number(totalRow?.n ?? 0), items: rows.map(fromRow) };
}

export async function publishedOrganisations(database: Database): Promise<OrganisationGroup[]> {
  const rows = await database.db
    .select({ name: initiatives.organisation, n: count() })
    .from(initiatives)
    .where(and(published, isNotNull(initiatives.organisation)))
    .groupBy(initiatives.organisation);
  return organizationsOf(rows.map((r) => ({ name: r.name!, initiatives: Number(r.n) })));
}

export async function organisationById(database: Database, id: string): Promise<OrganisationGroup | undefined> {
  return (await publishedOrganisations(database)).find((g) => g.organization.id === id.toLowerCase());
}

/** One page of published initiatives in id order (a stable order for harvesters paging through all of them). */
export async function publishedPage(database: Database, page: number, perPage: number): Promise<{ total: number; items: StoredInitiative[] }> {
  const [totalRow] = await database.db.select({ n: count() }).from(initiatives).where(published);
  const rows = await database.db
    .select()
    .from(initiatives)
    .where(published)
    .orderBy(byId)
    .limit(perPage)
    .offset((page - 1) * perPage);
  return { total: Number(totalRow?.n ?? 0), items: rows.map(fromRow) };
}

/** What locations are made of, for every published initiative in id order (service_at_locations pages over these). */
export async function publishedLocatables(database: Database): Promise<Locatable[]> {
  const rows = await database.db
    .select({ id: initiatives.id, name: initiatives.name, url: initiatives.url, elements: initiatives.elements, areas: initiatives.areas, access: initiatives.access })
    .from(initiatives)
    .where(published)
    .orderBy(byId);
  return rows.map((r) => ({ id: r.id, name: r.name, elements: r.elements, areas: r.areas, ...(r.url !== null ? { url: r.url } : {}), access: canonicalAccess(r.access) }));
}

/**
 * Service UUID -> initiative id. Name-based UUIDs cannot be reversed, so the
 * published ids are hashed and remembered per database; they are hashed again
 * only when the published set changed (count or last update), so unknown ids
 * cost one small query.
 */
const serviceIndexes = new WeakMap<Database, { signature: string; ids: Map<string, string> }>();

async function serviceIndex(database: Database): Promise<Map<string, string>> {
  const [state] = await database.db
    .select({ n: count(), last: sql<string>`max(${initiatives.updatedAt})::text` })
    .from(initiatives)
    .where(published);
  const signature = `${state?.n}:${state?.last}`;
  const cached = serviceIndexes.get(database);
  if (cached?.signature === signature) return cached.ids;
  const ids = new Map<string, string>();
  for (const { id } of await database.db.select({ id: initiatives.id }).from(initiatives).where(published)) ids.set(hsdsId.service(id), id);
  serviceIndexes.set(database, { signature, ids });
  return ids;
}

async function publishedInitiative(database: Database, id: string): Promise<StoredInitiative | undefined> {
  const rows = await database.db.select().from(initiatives).where(and(published, eq(initiatives.id, id))).limit(1);
  return rows[0] ? fromRow(rows[0]) : undefined;
}

/** A published initiative by its HSDS service id; the initiative's own id is accepted too, for people linking from Verbind. */
export async function findPublishedService(database: Database, id: string): Promise<StoredInitiative | undefined> {
  const initiativeId = (await serviceIndex(database)).get(id.toLowerCase());
  return publishedInitiative(database, initiativeId ?? id);
}
