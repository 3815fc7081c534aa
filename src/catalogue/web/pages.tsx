/** Public, server-rendered pages of the knowledge bank: search and initiative pages. */
import { descriptionFor } from '../../initiatives/descriptions.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendPage } from '../../web/render.js';
import { negotiateLang } from '../../i18n/index.js';
import { parseOrThrow, notFound } from '../../platform/problem.js';
import { catalogueQuerySchema } from '../query-schema.js';
import { searchCatalogue } from '../../initiatives/store/search.js';
import { SearchPage, type SearchGeoView } from './SearchPage.js';
import { resolveNearText, searchGeography } from '../service/near.js';
import { searchMapData } from '../service/search-map.js';
import { InitiativePage } from './InitiativePage.js';
import { getPublishedInitiative } from '../../initiatives/store/repository.js';
import { areaNames } from '../../areas/store/names.js';
import { codingNoteFor } from '../../seed/first-start.js';
import { AboutPage } from './AboutPage.js';

/** A query parameter's first value (a repeated parameter arrives as an array). */
const firstString = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);

export async function registerCataloguePages(app: FastifyInstance): Promise<void> {
  app.get('/', async (req, reply) => {
    const lang = req.cookies.lang && ['nl', 'fr', 'en'].includes(req.cookies.lang) ? req.cookies.lang : negotiateLang(req.headers['accept-language']);
    return reply.redirect(`/${lang}/`);
  });

  const search = async (req: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
    const raw = req.query as Record<string, unknown>;
    // "near" on the page is what people type (a name, or a NIS code from a shared link), resolved below; the API takes NIS codes only.
    const nearText = (firstString(raw.near) ?? '').trim().slice(0, 100);
    const mapAsked = firstString(raw.map) === '1';
    const parsed = parseOrThrow(catalogueQuerySchema, { ...raw, near: undefined, map: undefined });
    let geography = await searchGeography(app.database.db, undefined);
    const answer = nearText && geography.available ? await resolveNearText(app.database.db, nearText, req.lang, geography) : undefined;
    const query = answer?.kind === 'found' ? { ...parsed, near: answer.place.code } : parsed;
    if (query.near) geography = await searchGeography(app.database.db, query.near);
    const result = await searchCatalogue(app.database, query, geography.near ? { near: geography.near.distanceOf } : {});
    const places = result.items.flatMap((i) => i.when_where?.places.flatMap((p) => (p.municipality ? [p.municipality] : [])) ?? []);
    const names = await areaNames(app.database.db, [...result.facets.area.slice(0, 30).map((f) => f.code), ...(query.area ?? []), ...places, ...(query.near ? [query.near] : [])], req.lang);
    const near = query.near ? { code: query.near, name: names.get(query.near) ?? query.near } : undefined;
    // The map costs 7-12 KB of outlines: drawn with "near" (where distance is the point) or when asked for.
    const showMap = geography.available && (near !== undefined || mapAsked);
    const geo: SearchGeoView = {
      available: geography.available,
      nearText: near?.name ?? nearText,
      near,
      nearProblem: answer && answer.kind !== 'found' ? answer : undefined,
      mapAsked: mapAsked && !near,
      map: showMap ? await searchMapData(app.database, result.items, geography) : null,
    };
    return sendPage(req, reply, { title: req.t('search.title'), description: req.t('search.lead') }, <SearchPage query={query} result={result} areaNames={names} geo={geo} />);
  };
  app.get('/:lang(nl|fr|en)', search);
  app.get('/:lang(nl|fr|en)/', search);

  app.get('/:lang(nl|fr|en)/initiatives/:id', async (req, reply) => {
    const { id } = parseOrThrow(z.object({ id: z.string().max(64) }), req.params);
    const initiative = await getPublishedInitiative(app.database.db, id);
    if (!initiative) throw notFound('Initiative');
    const places = (initiative.access?.places ?? []).flatMap((p) => (p.municipality ? [p.municipality] : []));
    const names = await areaNames(app.database.db, [...initiative.areas, ...places], req.lang);
    return sendPage(req, reply, { title: initiative.name, description: descriptionFor(initiative, req.lang)?.text.slice(0, 160) }, (
      <InitiativePage initiative={initiative} areaNames={names} codingNote={codingNoteFor(initiative.id)} />
    ));
  });

  app.get('/:lang(nl|fr|en)/about', async (req, reply) => sendPage(req, reply, { title: req.t('about.title') }, <AboutPage />));
}
