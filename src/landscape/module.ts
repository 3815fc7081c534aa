/** The landscape and gap analysis: the study's tables, cross-tabs and gaps, on the page, in files and from the CLI. */
import type { CapabilityModule } from '../platform/module.js';
import { landscapeMessages } from './messages.js';

const messages = [landscapeMessages] as const;

export const landscapeModule: CapabilityModule<typeof messages> = {
  name: 'landscape',
  messages,
  nav: [{ path: '/landscape', label: 'layout.nav.landscape', order: 30 }],
  routes: async () => [(await import('./web/pages.js')).registerLandscapeRoutes], // /{lang}/landscape, /{lang}/landscape.{pdf,csv,xlsx,json}, /api/v1/landscape
  commands: [{ name: 'report', summary: 'Landscape and gap analysis as JSON, CSV, XLSX, HTML or PDF', load: async () => (await import('./cli/report.js')).reportCommand }],
};
