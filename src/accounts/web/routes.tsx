import type { FastifyInstance } from 'fastify';
import { registerSignInRoutes } from './sign-in-routes.js';
import { registerAdminRoutes } from './admin-routes.js';

/** Sign-in, sign-out and account administration pages. */
export async function registerAccountRoutes(app: FastifyInstance): Promise<void> {
  await registerSignInRoutes(app); // /{lang}/sign-in, /{lang}/sign-out
  await registerAdminRoutes(app); // /{lang}/admin/users...
}
