/** Areas: boundaries and the area hierarchy, imported by their commands. */
import type { CapabilityModule } from '../platform/module.js';

export const areasModule: CapabilityModule = {
  name: 'areas',
  commands: async () => [
    (await import('./cli/import-areas.js')).importAreasCommand, // verbind import-areas
    (await import('./cli/import-area-hierarchy.js')).importAreaHierarchyCommand, // verbind import-area-hierarchy
  ],
};
