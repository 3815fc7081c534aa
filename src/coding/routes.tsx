import type { FastifyInstance } from 'fastify';

/** The coders' desk: create, edit, code, publish and archive initiatives. */
export async function registerCodingRoutes(_app: FastifyInstance): Promise<void> {}
