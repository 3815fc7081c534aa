/**
 * Errors as RFC 9457 problem+json, each wrong field named, so API clients
 * and people can see exactly what to fix.
 */
import type { z } from 'zod';

export interface FieldError {
  /** Dotted path of the field, e.g. "elements.2" or "query.pageSize". */
  field: string;
  message: string;
  /** The offending value, when it is safe to echo back (never passwords). */
  value?: unknown;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail ?? title);
  }
}

export class ValidationError extends ProblemError {
  constructor(errors: FieldError[], detail = 'Some fields are not valid.') {
    super(400, 'Invalid input', detail, errors);
  }
}

export function notFound(what: string): ProblemError {
  return new ProblemError(404, 'Not found', `${what} was not found.`);
}

export function zodFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: i.message,
  }));
}

/** Parses with a zod schema or throws a ValidationError naming each field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, prefix = ''): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw new ValidationError(zodFieldErrors(r.error, prefix));
  return r.data;
}

export function problemBody(p: ProblemError, instance?: string) {
  return {
    type: 'about:blank',
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(p.errors.length ? { errors: p.errors } : {}),
  };
}
