/** Builds the real application on a test database. */
import { before, after } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import type { Database } from '../../src/db/client.js';

/** Registers before/after hooks and returns a holder whose `app` is ready inside tests. */
export function useApp(ctx: { database: Database }): { app: FastifyInstance } {
  const holder = {} as { app: FastifyInstance };
  before(async () => {
    holder.app = await buildApp({ database: ctx.database, logLevel: 'silent' });
  });
  after(async () => {
    await holder.app?.close();
  });
  return holder;
}
