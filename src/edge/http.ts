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

/**
 * Route config for HTML forms that show bad text as an error on the field itself (the survey):
 * their form body is left to the route; path, query and JSON bodies are still refused here.
 */
export const BAD_TEXT_IN_FORM = { badTextInForm: true } as const;

const isFormPost = (req: FastifyRequest) => /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(req.headers['content-type'] ?? '');

export function refuseBadTextIn(req: FastifyRequest): void {
  const formHandlesBody = (req.routeOptions.config as { badTextInForm?: boolean } | undefined)?.badTextInForm === true && isFormPost(req);
  const bad = findBadText(req.params, 'path') ?? findBadText(req.query, 'query') ?? (formHandlesBody ? undefined : findBadText(req.body, 'body'));
  if (bad) {
    throw new ProblemError(400, 'Bad request', `The request holds text that cannot be used: ${describeBadText(bad)}.`, [
      { field: bad.at, message: bad.message },
    ]);
  }
}

export function registerBadTextCheck(app: FastifyInstance): void {
  app.addHook('preHandler', async (req) => refuseBadTextIn(req));
}
