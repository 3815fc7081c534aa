/**
 * zod issues inside the access document (path access.…) as plain-language problems next to the
 * form field they concern (coding.access.error.*), shared by the coders' form and the survey.
 */
import type { z } from 'zod';
import type { AccessRule } from '../access.js';
import { accessFieldOf } from './form.js';

export interface AccessProblem {
  /** The form field (place_0_postcode, languages, …). */
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

const DATE_FIELDS = new Set(['date', 'from', 'until', 'capacity_set_on', 'verified_on']);
const CHOICE_FIELDS = new Set(['repeat', 'weekday', 'nth', 'entry', 'capacity', 'modes', 'reductions', 'free', 'transport', 'accompaniment', 'wheelchair', 'hearing_loop']);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The problem of one issue whose path starts at the access document (the path after "access"). */
export function accessProblem(issue: z.core.$ZodIssue, path: readonly PropertyKey[], access: unknown): AccessProblem {
  const field = accessFieldOf(path);
  const part = field.replace(/^(place|schedule)_\d+_/, '');
  const value = valueAt(access, path);
  if (issue.code === 'custom') {
    const params = (issue as { params?: { rule?: AccessRule; values?: Record<string, string> } }).params;
    if (params?.rule) return { field, key: `coding.access.error.${params.rule}`, ...(params.values ? { values: params.values } : {}) };
  }
  if (field === 'languages' && issue.code === 'invalid_value') return { field, key: 'coding.access.error.language', values: { value: String(value) } };
  if (value === undefined || value === '') return { field, key: CHOICE_FIELDS.has(part) ? 'coding.access.error.choose' : 'coding.error.required' };
  if (part === 'start' || part === 'end') return { field, key: 'coding.access.error.time' };
  if (DATE_FIELDS.has(part)) return { field, key: 'coding.access.error.date' };
  if (part === 'postcode') return { field, key: 'coding.access.error.postcode' };
  if (part === 'municipality') return { field, key: 'coding.access.error.nis' };
  if (part === 'referral_email') return { field, key: 'coding.access.error.email' };
  if (part === 'referral_phone') return { field, key: 'coding.access.error.phone' };
  if (['lat', 'lon', 'amount_eur', 'age_min', 'age_max'].includes(part)) {
    if (typeof value !== 'number') return { field, key: 'coding.access.error.number' };
    if (part === 'lat' || part === 'lon') return { field, key: 'coding.access.error.outside_belgium' };
    const limit = 'maximum' in issue ? `≤ ${String(issue.maximum)}` : 'minimum' in issue ? `≥ ${String(issue.minimum)}` : '';
    return { field, key: 'coding.access.error.range', values: { detail: limit || String(value) } };
  }
  if (CHOICE_FIELDS.has(part)) return { field, key: 'coding.access.error.choose' };
  if (issue.code === 'too_big') return { field, key: 'coding.error.tooLong', values: { max: Number(issue.maximum) } };
  return { field, key: 'coding.error.invalid' };
}
