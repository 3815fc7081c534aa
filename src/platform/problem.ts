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
  /**
   * What kind of mistake, so a page can say it in the reader's language (the message is English,
   * for API clients and logs). Not part of the problem+json body.
   */
  reason?: FieldReason;
}

export type FieldReason =
  | { kind: 'unknown'; keys: string[] }
  | { kind: 'choice'; allowed: string[] }
  | { kind: 'number' }
  | { kind: 'range' }
  | { kind: 'text' };

/** The reason of a zod issue, when it is one a person can act on without the English message. */
function reasonOf(i: z.core.$ZodIssue): FieldReason | undefined {
  switch (i.code) {
    case 'unrecognized_keys':
      return { kind: 'unknown', keys: i.keys };
    case 'invalid_value':
      return i.values.length && i.values.length <= 12 ? { kind: 'choice', allowed: i.values.map(String) } : undefined;
    case 'invalid_type':
      return i.expected === 'number' || i.expected === 'int' || i.expected === 'bigint' ? { kind: 'number' } : undefined;
    case 'too_big':
    case 'too_small':
      return i.origin === 'string' ? { kind: 'text' } : i.origin === 'number' || i.origin === 'int' || i.origin === 'bigint' ? { kind: 'range' } : undefined;
    default:
      return undefined;
  }
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
  return error.issues.map((i) => {
    const reason = reasonOf(i);
    return {
      field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)',
      message: i.message,
      ...(reason ? { reason } : {}),
    };
  });
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
    ...(p.errors.length ? { errors: p.errors.map(({ reason: _, ...e }) => e) } : {}),
  };
}
