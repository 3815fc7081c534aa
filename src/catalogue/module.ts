/** The knowledge bank's public face: search, initiative pages, the matrix pages, the search API. */
import type { CapabilityModule } from '../platform/module.js';
import { catalogueMessages } from './messages.js';
import { resultsMessages } from './results-messages.js';
import { searchMapMessages } from './map-messages.js';

const messages = [catalogueMessages, resultsMessages, searchMapMessages] as const;

export const catalogueModule: CapabilityModule<typeof messages> = {
  name: 'catalogue',
  messages,
  nav: [
    { path: '/', label: 'layout.nav.search', order: 10 },
    { path: '/matrix', label: 'layout.nav.matrix', order: 20 },
    { path: '/about', label: 'layout.nav.about', order: 80 },
  ],
  routes: async () => [
    (await import('./web/pages.js')).registerCataloguePages, // /, /{lang}, /{lang}/initiatives/{id}, /{lang}/about
    (await import('./web/search-download-routes.js')).registerSearchDownloadRoutes, // /{lang}/initiatives.csv|.xlsx, /{lang}/search/print
    (await import('./web/matrix-pages.js')).registerVocabularyPages, // /{lang}/matrix/...
    (await import('./web/api.js')).registerCatalogueApi, // /api/v1/...
  ],
};
