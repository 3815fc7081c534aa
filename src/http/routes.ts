/** Every capability's routes, in one place: find where a URL is served in a minute. */
import type { FastifyInstance } from 'fastify';
import { registerCatalogueApi } from '../catalogue/web/api.js';
import { registerCataloguePages } from '../catalogue/web/pages.js';
import { registerSearchDownloadRoutes } from '../catalogue/web/search-download-routes.js';
import { registerVocabularyPages } from '../catalogue/web/matrix-pages.js';
import { registerAccountRoutes } from '../accounts/web/routes.js';
import { registerCodingRoutes } from '../coding/web/routes.js';
import { registerHsdsRoutes } from '../hsds/web/routes.js';
import { registerCpsvRoutes } from '../hsds/web/cpsv-routes.js';
import { openApiDocument } from '../api/registry.js';
import { registerSurveyPages } from '../intake/web/pages.js';
import { registerIntakeApi } from '../intake/web/api.js';
import { registerLandscapeRoutes } from '../landscape/web/pages.js';
import { registerSubmissionCodingRoutes } from '../coding/web/submission-routes.js';
import { registerMonitorPages } from '../monitor/web/pages.js';
import { registerScreening } from '../screening/web/index.js';
import { registerMatching } from '../matching/web/index.js';
import { registerStatementPages } from '../web/statement-pages.js';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await registerCataloguePages(app); // /, /{lang}, /{lang}/initiatives/{id}, /{lang}/about
  await registerSearchDownloadRoutes(app); // /{lang}/initiatives.csv|.xlsx, /{lang}/search/print
  await registerVocabularyPages(app); // /{lang}/matrix/...
  await registerAccountRoutes(app); // /{lang}/sign-in, /{lang}/admin/users
  await registerCodingRoutes(app); // /{lang}/coding/...
  await registerSurveyPages(app); // /{lang}/survey, /{lang}/survey/s/{token}
  await registerIntakeApi(app); // POST /api/v1/submissions
  await registerSubmissionCodingRoutes(app); // /{lang}/coding/submissions/..., /{lang}/coding/agreement, /{lang}/coding/import/...
  await registerLandscapeRoutes(app); // /{lang}/landscape, /{lang}/landscape.{pdf,csv,xlsx,json}, /api/v1/landscape
  await registerMonitorPages(app); // /{lang}/monitor, /{lang}/monitor/map.svg|map.png|table.csv|table.xlsx, /api/v1/monitor/estimates
  await registerScreening(app); // /{lang}/screening, /{lang}/self-check, /{lang}/personas, /api/v1/screening/..., /fhir/Questionnaire/...
  await registerMatching(app); // /{lang}/matches, POST /api/v1/matches
  await registerStatementPages(app); // /{lang}/privacy, /{lang}/accessibility
  await registerCatalogueApi(app); // /api/v1/...
  await registerHsdsRoutes(app); // /hsds/...
  await registerCpsvRoutes(app); // /api/v1/initiatives.jsonld, /api/v1/initiatives/{id}.jsonld (and {id} with Accept: application/ld+json)
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
