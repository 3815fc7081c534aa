/** The interchange format: import and export of initiatives as JSON, CSV or HSDS. */
import type { CapabilityModule } from '../platform/module.js';

export const interchangeModule: CapabilityModule = {
  name: 'interchange',
  commands: async () => [(await import('./cli/import.js')).importCommand, (await import('./cli/export.js')).exportCommand], // verbind import, verbind export
};
