import type { FastifyInstance } from 'fastify';

/** Sign-in, sign-out and account administration pages. */
export async function registerAccountRoutes(_app: FastifyInstance): Promise<void> {}
