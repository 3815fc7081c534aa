/** Open data: HSDS 3.0 and CPSV-AP views of the knowledge bank. */
import type { CapabilityModule } from '../platform/module.js';

export const hsdsModule: CapabilityModule = {
  name: 'hsds',
  routes: async () => [
    (await import('./web/routes.js')).registerHsdsRoutes, // /hsds/...
    (await import('./web/cpsv-routes.js')).registerCpsvRoutes, // /api/v1/initiatives.jsonld, /api/v1/initiatives/{id}.jsonld
  ],
};
