/**
 * What the server's log may hold: no personal data and no secrets (GDPR; the
 * developers' guide). Requests are logged as method, path and status — the
 * path without its query string and with private tokens (a survey's status
 * link opens the submission and can erase its contact) replaced; errors are
 * logged with their kind, SQLSTATE and statement but never the statement's
 * parameters (a submission's contact name and e-mail, search text) nor the
 * values PostgreSQL quotes in its messages and details.
 */
import type { FastifyServerOptions } from 'fastify';

export const REDACTED = '[redacted]';

/** Path segments that are secrets: the survey status token, and any long random-looking segment. */
const TOKEN_PATHS: RegExp[] = [/^(\/(?:nl|fr|en)\/survey\/s\/)[^/?#]+/];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const looksLikeToken = (segment: string) => segment.length >= 24 && /^[A-Za-z0-9_-]+$/.test(segment) && /\d/.test(segment) && /[a-z]/.test(segment) && /[A-Z]/.test(segment) && !UUID.test(segment);

/** A request path fit for the log: no query string, no tokens. */
export function loggablePath(url: string): string {
  let path = url.split('?')[0]!.split('#')[0]!;
  for (const re of TOKEN_PATHS) path = path.replace(re, `$1${REDACTED}`);
  return path
    .split('/')
    .map((s) => (looksLikeToken(s) ? REDACTED : s))
    .join('/');
}

/** PostgreSQL quotes the offending value in messages ('invalid input syntax for type uuid: "…"'). */
const withoutQuotedValues = (s: string) => s.replace(/"[^"]*"/g, `"${REDACTED}"`).replace(/\(([^()]*)\)=\(([^()]*)\)/g, `($1)=(${REDACTED})`);

interface ErrorLike {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  statusCode?: unknown;
  query?: unknown;
  params?: unknown;
  cause?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  routine?: unknown;
}

/** An error for the log: drizzle's "Failed query: … params: …" keeps the statement, drops the parameters. */
export type LoggedError = { type: string; message: string; stack: string; [key: string]: unknown };

export function loggableError(err: unknown, depth = 0): LoggedError {
  if (typeof err !== 'object' || err === null) {
    const message = withoutQuotedValues(String(err));
    return { type: typeof err, message, stack: message };
  }
  const e = err as ErrorLike;
  const type = e.name ?? (err as object).constructor?.name ?? 'Error';
  const isQuery = typeof e.query === 'string' && 'params' in e;
  const message = isQuery ? `Failed query: ${e.query} (parameters not logged)` : withoutQuotedValues(String(e.message ?? ''));
  const frames = typeof e.stack === 'string' ? e.stack.slice(Math.max(0, e.stack.indexOf('\n    at '))) : '';
  const out: LoggedError = { type, message, stack: `${type}: ${message}${frames}` };
  for (const k of ['code', 'statusCode', 'table', 'column', 'constraint', 'routine'] as const) if (typeof e[k] === 'string' || typeof e[k] === 'number') out[k] = e[k];
  if (e.cause !== undefined && depth < 3) out.cause = loggableError(e.cause, depth + 1);
  return out;
}

/** Fastify's logger options: the level, optionally a stream (tests capture the log), and the serializers above. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: loggablePath(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: unknown) => loggableError(err),
    },
  };
}
