/** Everything the matching capability serves, registered in one call (routes.ts). */
import type { FastifyInstance } from 'fastify';
import { registerMatchingApi } from './api.js';
import { registerMatchingPages } from './pages.js';

export async function registerMatching(app: FastifyInstance): Promise<void> {
  await registerMatchingApi(app);
  await registerMatchingPages(app);
}
