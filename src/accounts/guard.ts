/**
 * Route guard for signed-in pages. An admin may do everything a coder may.
 * People who are not signed in are sent to the sign-in page and brought
 * back afterwards; signed-in people without the right role see a 403 page.
 */
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { UserRole } from '../db/schema.js';
import { ProblemError } from '../platform/problem.js';

const RANK: Record<UserRole, number> = { coder: 1, admin: 2 };

export function hasRole(userRole: UserRole, needed: UserRole): boolean {
  return RANK[userRole] >= RANK[needed];
}

/** The sign-in page, coming back to `next` (only for pages one can GET). */
export function signInUrl(req: FastifyRequest): string {
  const back = req.method === 'GET' || req.method === 'HEAD' ? `?next=${encodeURIComponent(req.url)}` : '';
  return `/${req.lang}/sign-in${back}`;
}

export function requireRole(role: UserRole): preHandlerAsyncHookHandler {
  return async function guard(req: FastifyRequest, reply: FastifyReply) {
    if (!req.user) {
      reply.header('cache-control', 'no-store');
      return reply.redirect(signInUrl(req), 303);
    }
    if (!hasRole(req.user.role, role)) {
      throw new ProblemError(403, 'Forbidden', `This page is for the role "${role}".`);
    }
  };
}
