/** The HSDS view's rows (src/hsds): published initiatives only. */
import { and, asc, count, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { initiatives } from '../../db/schema.js';
import { fromRow, type StoredInitiative } from '../record.js';
import { canonicalAccess } from '../access.js';
import { catalogueVersion } from './version.js';
import { DataCache } from '../../platform/data-cache.js';
import { foldAccents } from '../../search/normalise.js';
import { AXES, type AxisName } from '../../vocabulary/matrix.js';
import { hsdsId } from '../../hsds/ids.js';
import { organizationsOf, type Locatable, type OrganisationGroup } from '../../hsds/mapping.js';
import { ACCESS, ACCESS_TERMS, SOCIAL_ISOLATION, type TaxonomyName, type TermRef } from '../../hsds/vocabulary.js';

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

/** Organisations of published initiatives, one per name however spelled; derived again only when the published set changed. */
export async function publishedOrganisations(database: Database): Promise<OrganisationGroup[]> {
  return whilePublishedUnchanged(database, 'organisations', async () => {
    const rows = await database.db
      .select({ name: initiatives.organisation, n: count() })
      .from(initiatives)
      .where(and(published, isNotNull(initiatives.organisation)))
      .groupBy(initiatives.organisation);
    return organizationsOf(rows.map((r) => ({ name: r.name!, initiatives: Number(r.n) })));
  });
}

export async function organisationById(database: Database, id: string): Promise<OrganisationGroup | undefined> {
  return (await publishedOrganisations(database)).find((g) => g.organization.id === id.toLowerCase());
}

/**
 * One page of published initiatives in id order (a stable order for harvesters paging through
 * all of them): the sorted ids are kept per catalogue version, so a page reads only its rows.
 */
export async function publishedPage(database: Database, page: number, perPage: number): Promise<{ total: number; items: StoredInitiative[] }> {
  const ids = await whilePublishedUnchanged(database, 'idsInOrder', async () =>
    (await database.db.select({ id: initiatives.id }).from(initiatives).where(published).orderBy(byId)).map((r) => r.id),
  );
  const slice = ids.slice((page - 1) * perPage, page * perPage);
  if (!slice.length) return { total: ids.length, items: [] };
  const rows = await database.db.select().from(initiatives).where(and(published, inArray(initiatives.id, slice)));
  const at = new Map(slice.map((id, n) => [id, n]));
  return { total: ids.length, items: rows.map(fromRow).sort((a, b) => at.get(a.id)! - at.get(b.id)!) };
}

/** What locations are made of, for every published initiative in id order (service_at_locations pages over these); read again only when the published set changed. */
export async function publishedLocatables(database: Database): Promise<readonly Locatable[]> {
  return whilePublishedUnchanged(database, 'locatables', async () => {
    const rows = await database.db
      .select({ id: initiatives.id, name: initiatives.name, url: initiatives.url, elements: initiatives.elements, areas: initiatives.areas, access: initiatives.access })
      .from(initiatives)
      .where(published)
      .orderBy(byId);
    return rows.map((r) => ({ id: r.id, name: r.name, elements: r.elements, areas: r.areas, ...(r.url !== null ? { url: r.url } : {}), access: canonicalAccess(r.access) }));
  });
}

/**
 * What the HSDS view derives from all published initiatives (the service id index, the
 * organisations, the locations), kept per database and derived again only when the catalogue
 * changed: its version stamp (version.ts) changes in the same transaction as every write to
 * initiatives. So a request costs one key lookup, not a scan of the bank.
 */
const derived = new DataCache<unknown>();

export async function whilePublishedUnchanged<T>(database: Database, key: string, compute: () => Promise<T>): Promise<T> {
  return derived.get(database, await catalogueVersion(database.db), key, compute) as Promise<T>;
}

/** Service UUID -> initiative id. Name-based UUIDs cannot be reversed, so the published ids are hashed once per published set. */
async function serviceIndex(database: Database): Promise<Map<string, string>> {
  return whilePublishedUnchanged(database, 'serviceIndex', async () => {
    const ids = new Map<string, string>();
    for (const { id } of await database.db.select({ id: initiatives.id }).from(initiatives).where(published)) ids.set(hsdsId.service(id), id);
    return ids;
  });
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
