import type { FastifyInstance } from 'fastify';

export async function registerVocabularyPages(_app: FastifyInstance): Promise<void> {}
