/**
 * Validates parsed records with the one initiative schema and turns every
 * problem into a located error; also catches ids used twice in one file.
 */
import type { z } from 'zod';
import { initiativeInputSchema, type Initiative } from '../initiatives/schema.js';
import { codesOf } from '../vocabulary/matrix.js';
import { FIELD_NAMES, fieldSpec } from './fields.js';
import { didYouMean } from './suggest.js';
import { quoted, shownValue, type LocatedProblem } from '../platform/located-problem.js';
import type { RawRecord } from './raw-record.js';
import { accessColumnAt } from './access-columns.js';

type Issue = z.core.$ZodIssue;

function describe(issue: Issue, field: string, value: unknown): string {
  if (value === undefined) return 'required field is missing or empty';
  const spec = fieldSpec(field);
  if (issue.code === 'invalid_value' && spec && (spec.kind === 'code' || spec.kind === 'codes')) {
    return `unknown code ${quoted(value)}${typeof value === 'string' ? didYouMean(value, codesOf(spec.axis)) : ''}`;
  }
  if (issue.code === 'invalid_type') {
    const got = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
    const expected = issue.expected === 'array' ? 'a list' : issue.expected;
    return `expected ${expected}, got ${got} ${quoted(value)}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return `too long: at most ${issue.maximum} characters`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `too many values: at most ${issue.maximum}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  return typeof value === 'string' || typeof value === 'number' ? `${issue.message}: ${quoted(value)}` : issue.message;
}

function valueAt(data: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** Errors of one record in column order, as a person reads the row. */
const fieldPosition = (field: string | undefined) => {
  const i = field === undefined ? -1 : FIELD_NAMES.indexOf(field as never);
  return i === -1 ? FIELD_NAMES.length : i;
};

/**
 * The field an issue belongs to: a top-level field, or inside the access facts its full path in
 * JSON ("access.places.0.postcode") and its column in CSV ("access_places", message "0.postcode: …").
 */
function locate(issue: Issue, record: RawRecord, value: unknown): { field: string; message: string } {
  const top = String(issue.path[0] ?? '(record)');
  if (top !== 'access' || issue.path.length < 2) return { field: top, message: describe(issue, top, value) };
  // The access rules' own messages say what is wrong (the offending value is in the error beside it).
  const message = value === undefined && issue.code !== 'custom' ? 'required field is missing or empty' : issue.message;
  if (record.at.line === undefined) return { field: issue.path.map(String).join('.'), message };
  const { column, inner } = accessColumnAt(issue.path.slice(1));
  return { field: column, message: inner ? `${inner}: ${message}` : message };
}

export interface Validated {
  initiatives: Initiative[];
  errors: LocatedProblem[];
}

export function validateRecords(file: string, records: readonly RawRecord[], missingColumns: ReadonlySet<string> = new Set()): Validated {
  const initiatives: Initiative[] = [];
  const errors: LocatedProblem[] = [];
  const firstSeen = new Map<string, RawRecord['at']>();
  for (const record of records) {
    const recordErrors: LocatedProblem[] = [...record.errors];
    if (record.reported.has('*')) {
      errors.push(...recordErrors);
      continue;
    }
    const rawId = typeof record.data.id === 'string' ? record.data.id.trim() : undefined;
    const first = rawId ? firstSeen.get(rawId) : undefined;
    if (rawId && first) {
      const there = first.line !== undefined ? `line ${first.line}` : `index ${first.index}`;
      recordErrors.push({ file, ...record.at, field: 'id', value: rawId, message: `duplicate id ${quoted(rawId)}: also at ${there}` });
    } else if (rawId) firstSeen.set(rawId, record.at);
    const result = initiativeInputSchema.safeParse(record.data);
    if (result.success && !recordErrors.length) initiatives.push(result.data);
    for (const issue of result.error?.issues ?? []) {
      const value = valueAt(record.data, issue.path);
      const { field, message } = locate(issue, record, value);
      if (record.reported.has(field) || missingColumns.has(field)) continue;
      recordErrors.push({ file, ...record.at, field, ...(value !== undefined ? { value: shownValue(value) } : {}), message });
    }
    errors.push(...recordErrors.sort((a, b) => fieldPosition(a.field) - fieldPosition(b.field)));
  }
  return { initiatives, errors };
}
