/** Everything the screening capability serves, registered in one call (routes.ts). */
import type { FastifyInstance } from 'fastify';
import { registerScreeningApi } from './api.js';
import { registerScreeningPages } from './pages.js';

export async function registerScreening(app: FastifyInstance): Promise<void> {
  await registerScreeningApi(app);
  await registerScreeningPages(app);
}
