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
  commands: async () => [
    (await import('./cli/import-population.js')).importPopulationCommand, // verbind import-population
    (await import('./cli/import-rates.js')).importRatesCommand, // verbind import-rates
    (await import('./cli/estimate.js')).estimateCommand, // verbind estimate
  ],
};
