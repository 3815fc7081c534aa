/**
 * One check at the HTTP edge for every route: no NUL character or lone
 * surrogate in the path parameters, query string or body (JSON, form or
 * multipart fields). A preHandler on the root instance, so it runs after
 * every body parser (multipart fills the body in its own preValidation) and
 * before any route touches the database.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../platform/problem.js';
import { describeBadText, findBadText } from './bad-text.js';

export function refuseBadTextIn(req: FastifyRequest): void {
  const bad = findBadText(req.params, 'path') ?? findBadText(req.query, 'query') ?? findBadText(req.body, 'body');
  if (bad) {
    throw new ProblemError(400, 'Bad request', `The request holds text that cannot be used: ${describeBadText(bad)}.`, [
      { field: bad.at, message: bad.message },
    ]);
  }
}

export function registerBadTextCheck(app: FastifyInstance): void {
  app.addHook('preHandler', async (req) => refuseBadTextIn(req));
}
