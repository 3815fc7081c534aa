import type { FastifyInstance } from 'fastify';
import { sendPage } from '../web/render.js';
import { negotiateLang } from '../i18n/index.js';

export async function registerCataloguePages(app: FastifyInstance): Promise<void> {
  app.get('/', async (req, reply) => reply.redirect(`/${negotiateLang(req.headers['accept-language'])}`));
  app.get('/:lang(nl|fr|en)', async (req, reply) => sendPage(req, reply, { title: req.t('search.title') }, <h1>{req.t('search.title')}</h1>));
}
