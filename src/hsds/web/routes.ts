/**
 * Open Referral HSDS 3.0 view of the bank under /hsds: published initiatives
 * as services, the matrix as taxonomies. Read-only JSON, shaped as the HSDS
 * API reference (openapi.json of the specification) describes.
 */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { notFound, parseOrThrow } from '../../platform/problem.js';
import { areaLabels, areaNames } from '../../areas/store/names.js';
import { sitePublicUrl } from '../../config.js';
import { areaUri } from '../linked-data-uris.js';
import type { Lang } from '../../vocabulary/matrix.js';
import { foldAccents } from '../../search/normalise.js';
import { pageOf, pageOfList, pageQuerySchema } from '../page.js';
import { fullServiceOf, locationsOf, serviceAtLocationsOf, serviceOf, type Locatable } from '../mapping.js';
import { findPublishedService, findPublishedServices, organisationById, publishedLocatables, publishedOrganisations, whilePublishedUnchanged } from '../../initiatives/store/hsds-rows.js';
import { taxonomies, taxonomyNameOf, taxonomyTerms, termRef } from '../vocabulary.js';

export const HSDS_VERSION = '3.0';
/** The HSDS API reference this view follows (the URL the specification's own files use). */
const HSDS_OPENAPI = 'https://raw.githubusercontent.com/openreferral/specification/3.0-dev/schema/openapi.json';

/** Language of taxonomy names and of services' descriptions when written in it (?lang=fr); taxonomy descriptions always carry all three. */
const langSchema = z.object({ lang: z.enum(['nl', 'fr', 'en'] satisfies readonly Lang[]).default('nl') });
const text = z.string().trim().max(200).optional();
const idParam = z.object({ id: z.string().max(100) });

const servicesQuery = pageQuerySchema.extend({ search: text, taxonomy_term_id: text, taxonomy_id: text, organization_id: text }).extend(langSchema.shape);
const termsQuery = pageQuerySchema.extend({ search: text, taxonomy_id: text }).extend(langSchema.shape);
const listQuery = pageQuerySchema.extend({ search: text }).extend(langSchema.shape);

/** The municipalities of an initiative's places (their addresses name them). */
const municipalitiesOf = (i: Locatable) => (i.access?.places ?? []).flatMap((p) => (p.municipality ? [p.municipality] : []));

const matches = (needle: string | undefined, ...hay: string[]) =>
  !needle || hay.some((h) => foldAccents(h).toLowerCase().includes(foldAccents(needle).toLowerCase()));

export async function registerHsdsRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database;

  const root = async () => ({
    version: HSDS_VERSION,
    openapi_url: HSDS_OPENAPI,
    description: 'Verbind: loneliness initiatives in Flanders and Brussels as Open Referral HSDS 3.0 (published initiatives only).',
    endpoints: [
      '/hsds/services',
      '/hsds/services/{id}',
      '/hsds/organizations',
      '/hsds/organizations/{id}',
      '/hsds/service_at_locations',
      '/hsds/service_at_locations/{id}',
      '/hsds/taxonomies',
      '/hsds/taxonomies/{id}',
      '/hsds/taxonomy_terms',
      '/hsds/taxonomy_terms/{id}',
    ],
  });
  app.get('/hsds', root);
  app.get('/hsds/', root);

  app.get('/hsds/services', async (req) => {
    const q = parseOrThrow(servicesQuery, req.query, 'query');
    const empty = pageOf([], 0, q.page, q.per_page);
    // An unknown term or taxonomy, or a term of another taxonomy, matches nothing (as filtering on a value no service has).
    const term = q.taxonomy_term_id ? termRef(q.taxonomy_term_id) : undefined;
    const taxonomy = q.taxonomy_id ? taxonomyNameOf(q.taxonomy_id) : undefined;
    if ((q.taxonomy_term_id && !term) || (q.taxonomy_id && !taxonomy) || (term && taxonomy && term.taxonomy !== taxonomy)) return empty;
    let organisations: string[] | undefined;
    if (q.organization_id) {
      organisations = (await organisationById(db, q.organization_id))?.spellings;
      if (!organisations) return empty;
    }
    const { total, items } = await findPublishedServices(db, { search: q.search, term, taxonomy, organisations, page: q.page, perPage: q.per_page });
    return pageOf(items.map((i) => serviceOf(i, q.lang)), total, q.page, q.per_page);
  });

  app.get('/hsds/services/:id', async (req) => {
    const { id } = parseOrThrow(idParam, req.params, 'path');
    const { lang } = parseOrThrow(langSchema, req.query, 'query');
    const initiative = await findPublishedService(db, id);
    if (!initiative) throw notFound(`Service ${id}`);
    const organization = initiative.organisation
      ? (await publishedOrganisations(db)).find((g) => g.spellings.includes(initiative.organisation!))?.organization
      : undefined;
    const codes = [...initiative.areas, ...municipalitiesOf(initiative)];
    const labels = await areaLabels(db.db, codes);
    const names = new Map([...labels].map(([code, l]) => [code, lang === 'fr' && l.fr ? l.fr : l.nl]));
    return fullServiceOf(initiative, organization, names, lang, (code) => areaUri(sitePublicUrl(app), code, labels.get(code)));
  });

  app.get('/hsds/organizations', async (req) => {
    const q = parseOrThrow(listQuery, req.query, 'query');
    const orgs = (await publishedOrganisations(db)).filter((g) => matches(q.search, ...g.spellings)).map((g) => g.organization);
    return pageOfList(orgs, q.page, q.per_page);
  });

  app.get('/hsds/organizations/:id', async (req) => {
    const { id } = parseOrThrow(idParam, req.params, 'path');
    const { lang } = parseOrThrow(langSchema, req.query, 'query');
    const group = await organisationById(db, id);
    if (!group) throw notFound(`Organization ${id}`);
    const { items } = await findPublishedServices(db, { organisations: group.spellings, page: 1, perPage: 10_000 });
    return { ...group.organization, services: items.map((i) => serviceOf(i, lang)) };
  });

  app.get('/hsds/taxonomies', async (req) => {
    const q = parseOrThrow(listQuery, req.query, 'query');
    return pageOfList(taxonomies(q.lang).filter((t) => matches(q.search, t.name, t.description)), q.page, q.per_page);
  });

  app.get('/hsds/taxonomies/:id', async (req) => {
    const { id } = parseOrThrow(idParam, req.params, 'path');
    const { lang } = parseOrThrow(langSchema, req.query, 'query');
    const taxonomy = taxonomies(lang).find((t) => t.id === id.toLowerCase());
    if (!taxonomy) throw notFound(`Taxonomy ${id}`);
    return taxonomy;
  });

  app.get('/hsds/taxonomy_terms', async (req) => {
    const q = parseOrThrow(termsQuery, req.query, 'query');
    const terms = taxonomyTerms(q.lang).filter(
      (t) => (!q.taxonomy_id || t.taxonomy_id === q.taxonomy_id.toLowerCase()) && matches(q.search, t.code, t.name, t.description),
    );
    return pageOfList(terms, q.page, q.per_page);
  });

  app.get('/hsds/taxonomy_terms/:id', async (req) => {
    const { id } = parseOrThrow(idParam, req.params, 'path');
    const { lang } = parseOrThrow(langSchema, req.query, 'query');
    const term = taxonomyTerms(lang).find((t) => t.id === id.toLowerCase());
    if (!term) throw notFound(`Taxonomy term ${id}`);
    // HSDS 3.0 names the nested taxonomy object taxonomy_detail (its `taxonomy` is a free-text name).
    return { ...term, taxonomy_detail: taxonomies(lang).find((t) => t.id === term.taxonomy_id) };
  });

  /** Every service-at-location entry with its location, in service (initiative id) order; names of areas in the page's language. */
  const serviceAtLocations = () =>
    whilePublishedUnchanged(db, 'serviceAtLocations', async () =>
      (await publishedLocatables(db)).flatMap((i) => serviceAtLocationsOf(i, locationsOf(i, new Map())).map((entry) => ({ entry, initiative: i }))),
    );
  const withLocation = async (page: { entry: ReturnType<typeof serviceAtLocationsOf>[number]; initiative: Locatable }[], lang: Lang) => {
    const names = await areaNames(db.db, page.flatMap((p) => municipalitiesOf(p.initiative)), lang);
    return page.map(({ entry, initiative }) => ({ ...entry, location: locationsOf(initiative, names).find((l) => l.id === entry.location_id)! }));
  };

  app.get('/hsds/service_at_locations', async (req) => {
    const q = parseOrThrow(pageQuerySchema.extend(langSchema.shape), req.query, 'query');
    const all = await serviceAtLocations();
    const page = pageOfList(all, q.page, q.per_page);
    return { ...page, contents: await withLocation(page.contents, q.lang) };
  });

  app.get('/hsds/service_at_locations/:id', async (req) => {
    const { id } = parseOrThrow(idParam, req.params, 'path');
    const { lang } = parseOrThrow(langSchema, req.query, 'query');
    const found = (await serviceAtLocations()).find((x) => x.entry.id === id.toLowerCase());
    if (!found) throw notFound(`Service at location ${id}`);
    return (await withLocation([found], lang))[0];
  });
}
