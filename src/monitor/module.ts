/** The area monitor: estimated need per area against supply, on maps, and its data commands. */
import type { CapabilityModule } from '../platform/module.js';
import { monitorPageMessages } from './pages-messages.js';
import { areaSheetMessages } from './area-sheet-messages.js';

const messages = [monitorPageMessages, areaSheetMessages] as const;

export const monitorModule: CapabilityModule<typeof messages> = {
  name: 'monitor',
  messages,
  nav: [{ path: '/monitor', label: 'layout.nav.monitor', order: 40 }],
  routes: async () => [(await import('./web/pages.js')).registerMonitorPages], // /{lang}/monitor, its maps, tables and area sheets, /api/v1/monitor/estimates
  commands: [
    {
      name: 'import-population',
      summary: 'Import Statbel population data (TF_SOC_POP_STRUCT or OPENDATA_SECTOREN, zip or text)',
      load: async () => (await import('./cli/import-population.js')).importPopulationCommand,
    },
    { name: 'import-rates', summary: 'Import a prevalence rate table (CSV) for the area monitor', load: async () => (await import('./cli/import-rates.js')).importRatesCommand },
    { name: 'estimate', summary: 'Estimate loneliness and isolation per area (JSON or CSV)', load: async () => (await import('./cli/estimate.js')).estimateCommand },
  ],
};
