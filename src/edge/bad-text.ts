/**
 * Text that no part of Verbind can store or show: the NUL character (PostgreSQL
 * refuses it in text; it ends C strings) and lone UTF-16 surrogates (not Unicode
 * text at all; PostgreSQL and JSON encoders choke on them). Refused at the edge —
 * HTTP requests, CLI arguments, imported files — with the place it was found, so
 * bad text is a 400 and a located message, never a 500 or a SQL dump.
 */

export interface BadText {
  /** Where: "query.q", "params.id", "body.answers.name", "line 4, field name". */
  at: string;
  /** 1-based character position inside the value. */
  position: number;
  message: string;
}

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const BAD = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/** The first bad character of a string, described in plain words, or undefined. */
export function badCharacter(s: string): { position: number; message: string } | undefined {
  if (!SUSPECT.test(s)) return undefined; // the fast path for nearly every string
  const m = BAD.exec(s);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  const message = code === 0
    ? 'contains a NUL character (U+0000), which is not allowed in text'
    : `contains a lone surrogate (U+${code.toString(16).toUpperCase()}), which is not valid Unicode text`;
  return { position: m.index + 1, message };
}

/**
 * Walks strings in a parsed value (query, params, JSON or form body) and returns
 * the first bad one with its dotted path. Buffers (uploaded files) are not text
 * and are checked by their own readers. Keys are checked too.
 */
export function findBadText(value: unknown, at: string, depth = 0): BadText | undefined {
  if (typeof value === 'string') {
    const bad = badCharacter(value);
    return bad ? { at, ...bad } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = findBadText(value[i], `${at}.${i}`, depth + 1);
      if (r) return r;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = badCharacter(k);
    if (key) return { at: `${at} (a field name)`, ...key };
    const r = findBadText(v, `${at}.${k}`, depth + 1);
    if (r) return r;
  }
  return undefined;
}

/** The same value with every NUL and lone surrogate replaced by U+FFFD, to show a refused form back to its author. */
export function replaceBadText<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return (SUSPECT.test(value) ? value.replace(new RegExp(BAD.source, 'g'), '\uFFFD') : value) as T;
  if (value === null || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v) => replaceBadText(v, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [replaceBadText(k), replaceBadText(v, depth + 1)])) as T;
}

export const describeBadText = (b: BadText): string => `${b.at}: ${b.message} (character ${b.position})`;

/** The first command-line argument holding bad text, described, or undefined. */
export function badArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const bad = badCharacter(argv[i]!);
    if (bad) return describeBadText({ at: `argument ${i + 1}`, ...bad });
  }
  return undefined;
}
