/**
 * An import problem with its place in the file, so a person can open the
 * file and fix exactly that cell: "file.csv, line 14, field elements: unknown
 * code 'meetng'".
 */
export interface LocatedError {
  file: string;
  /** CSV: 1-based line number in the file (the header is line 1). Also the line of a JSON syntax error. */
  row?: number;
  /** JSON: 0-based index of the item in the array. */
  index?: number;
  field?: string;
  /** The offending value as found in the file (long text shortened). */
  value?: unknown;
  message: string;
}

export function formatLocatedError(e: LocatedError): string {
  const where = [e.file];
  if (e.row !== undefined) where.push(`line ${e.row}`);
  if (e.index !== undefined) where.push(`index ${e.index}`);
  if (e.field !== undefined) where.push(`field ${e.field}`);
  return `${where.join(', ')}: ${e.message}`;
}

/** Thrown by the import service when a file has errors; nothing was written. */
export class InterchangeValidationError extends Error {
  constructor(readonly errors: readonly LocatedError[]) {
    super(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in the file; nothing was imported.`);
  }
}

/** Values echoed in errors are shortened so one bad description cannot flood a report. */
export function shownValue(v: unknown): unknown {
  if (typeof v === 'string' && v.length > 120) return `${v.slice(0, 117)}...`;
  return v;
}

/** 'value' in quotes for messages. */
export function quoted(v: unknown): string {
  const s = shownValue(v);
  return typeof s === 'string' ? `'${s}'` : JSON.stringify(s) ?? String(s);
}
