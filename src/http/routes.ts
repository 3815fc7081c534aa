/** Every capability's routes, from its module (src/modules.ts; each module.ts lists its URLs), and the site-wide ones. */
import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../api/registry.js';
import { MODULES } from '../modules.js';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  for (const module of MODULES) for (const register of (await module.routes?.()) ?? []) await register(app);
  app.get('/openapi.json', async () =>
    openApiDocument(app, {
      title: 'Verbind API',
      version: '1.0.0',
      description: 'Knowledge bank of loneliness initiatives in Flanders and Brussels, coded on the matrix of the Flemish study (2023). Codes: see /api/v1/vocabulary.',
    }),
  );
  app.get('/healthz', async () => ({ ok: true }));
  // Browsers ask for /favicon.ico when a page (or a PDF, a JSON view) names no icon.
  app.get('/favicon.ico', async (_req, reply) => reply.redirect('/assets/favicon.svg', 301));
}
