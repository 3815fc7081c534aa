/** Areas: boundaries and the area hierarchy, imported by their commands. */
import type { CapabilityModule } from '../platform/module.js';

export const areasModule: CapabilityModule = {
  name: 'areas',
  commands: [
    {
      name: 'import-areas',
      summary: 'Import area boundaries (GeoJSON, TopoJSON, zipped Shapefile; WGS84 or Lambert 72/2008)',
      load: async () => (await import('./cli/import-areas.js')).importAreasCommand,
    },
    {
      name: 'import-area-hierarchy',
      summary: 'Import an area hierarchy CSV (sector → municipality → care zone → region) or the REFNIS list',
      load: async () => (await import('./cli/import-area-hierarchy.js')).importAreaHierarchyCommand,
    },
  ],
};
