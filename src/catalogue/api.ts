import type { FastifyInstance } from 'fastify';

export async function registerCatalogueApi(_app: FastifyInstance): Promise<void> {}
