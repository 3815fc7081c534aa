/** The interchange format: import and export of initiatives as JSON, CSV or HSDS. */
import type { CapabilityModule } from '../platform/module.js';

export const interchangeModule: CapabilityModule = {
  name: 'interchange',
  commands: [
    { name: 'import', summary: 'Import initiatives from a JSON or CSV file (all or nothing)', load: async () => (await import('./cli/import.js')).importCommand },
    { name: 'export', summary: 'Export initiatives as JSON, CSV or HSDS 3.0', load: async () => (await import('./cli/export.js')).exportCommand },
  ],
};
