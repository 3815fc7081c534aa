/**
 * Validates the form with initiativeInputSchema and turns zod's technical
 * issues into one plain-language problem per field (message keys under
 * coding.error.*), in the order the fields appear on the form.
 */
import type { z } from 'zod';
import { initiativeInputSchema, type Initiative } from '../initiatives/schema.js';
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import { FIELD_ORDER, inputFromForm, type FieldName, type InitiativeFormValues } from './form-model.js';
import { accessProblem } from '../initiatives/access-form/problems.js';

export interface FieldProblem {
  /** A field of FIELD_ORDER, or a field of the access part of the form (place_0_postcode, languages, …; see initiatives/access-form/form.ts). */
  field: FieldName | (string & {});
  /** Message key, e.g. "coding.error.tooLong". */
  key: string;
  values?: Record<string, string | number>;
}

export type Validation = { ok: true; initiative: Initiative } | { ok: false; problems: FieldProblem[] };

const isAxis = (f: string): f is AxisName => (AXIS_NAMES as readonly string[]).includes(f);

export function validateForm(form: InitiativeFormValues): Validation {
  const input = inputFromForm(form);
  const r = initiativeInputSchema.safeParse(input);
  if (r.success) return { ok: true, initiative: r.data };
  return { ok: false, problems: problemsFromIssues(r.error.issues, input) };
}

function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: Record<string, unknown>): FieldProblem[] {
  const byField = new Map<FieldName, FieldProblem>();
  const badValues = new Map<FieldName, string[]>();
  const accessProblems = new Map<string, FieldProblem>();
  for (const issue of issues) {
    if (issue.path[0] === 'access' && issue.path.length > 1) {
      const p = accessProblem(issue, issue.path.slice(1), input.access);
      if (!accessProblems.has(p.field)) accessProblems.set(p.field, p);
      continue;
    }
    const field = String(issue.path[0] ?? '') as FieldName;
    if (!FIELD_ORDER.includes(field)) continue;
    const index = typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const value = index === undefined ? input[field] : (input[field] as unknown[] | undefined)?.[index];
    const problem = describe(field, issue, value, index);
    if (problem.key === 'coding.error.badArea' || problem.key === 'coding.error.unknownCode') {
      // Name every wrong code at once, so one correction round is enough.
      const list = badValues.get(field) ?? [];
      list.push(String(value));
      badValues.set(field, list);
      if (!byField.has(field)) byField.set(field, problem);
      continue;
    }
    if (!byField.has(field)) byField.set(field, problem);
  }
  for (const [field, list] of badValues) {
    const p = byField.get(field);
    if (p && (p.key === 'coding.error.badArea' || p.key === 'coding.error.unknownCode')) p.values = { ...p.values, values: list.join(', '), count: list.length };
  }
  // Access problems come where the access part sits in the form, in the order zod found them (the form's order).
  const position = (p: FieldProblem) => FIELD_ORDER.indexOf((FIELD_ORDER.includes(p.field as FieldName) ? p.field : 'access') as FieldName);
  return [...byField.values(), ...accessProblems.values()].sort((a, b) => position(a) - position(b));
}

function describe(field: FieldName, issue: z.core.$ZodIssue, value: unknown, index: number | undefined): FieldProblem {
  const missing = value === undefined || value === '';
  switch (issue.code) {
    case 'too_small':
      return { field, key: 'coding.error.required' };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (index !== undefined) return { field, key: 'coding.error.lineTooLong', values: { line: index + 1, max } };
      return { field, key: issue.origin === 'array' ? 'coding.error.tooMany' : 'coding.error.tooLong', values: { max } };
    }
    case 'invalid_format':
      if (field === 'url') return { field, key: 'coding.error.badUrl' };
      if (field === 'id') return { field, key: missing ? 'coding.error.required' : 'coding.error.badId' };
      if (field === 'areas') return { field, key: 'coding.error.badArea' };
      return { field, key: 'coding.error.invalid' };
    case 'invalid_value':
      if (isAxis(field) && !AXES[field].multi && missing) return { field, key: 'coding.error.chooseOne' };
      return { field, key: 'coding.error.unknownCode' };
    case 'invalid_type':
      if (field === 'social_isolation') return { field, key: 'coding.error.chooseYesNo' };
      if (isAxis(field) && !AXES[field].multi) return { field, key: 'coding.error.chooseOne' };
      return { field, key: missing ? 'coding.error.required' : 'coding.error.invalid' };
    default:
      return { field, key: 'coding.error.invalid' };
  }
}
