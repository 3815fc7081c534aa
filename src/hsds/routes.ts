import type { FastifyInstance } from 'fastify';

/** Open Referral HSDS 3.0 view of the bank under /hsds. */
export async function registerHsdsRoutes(_app: FastifyInstance): Promise<void> {}
