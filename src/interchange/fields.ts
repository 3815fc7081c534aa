/**
 * The interchange fields in the order of shared/spec/interchange.md, which is
 * also the key order of JSON exports and the column order of CSV exports.
 * `contact` and `source` are part of the initiative schema but not of the
 * spec's table; they come last so the spec's columns keep their order, and
 * they must be exported or a round trip would lose them. `access` (issue 13) is one object in
 * JSON and the columns of access-columns.ts in CSV. docs/interchange.md is the reference.
 */
import type { AxisName } from '../vocabulary/matrix.js';
import type { Initiative } from '../initiatives/schema.js';
import { ACCESS_COLUMN_NAMES } from './access-columns.js';

export type FieldName = keyof Initiative;

export type FieldSpec =
  | { name: FieldName; kind: 'text'; required: boolean }
  | { name: FieldName; kind: 'texts'; required: false }
  | { name: FieldName & AxisName; kind: 'code'; axis: AxisName; required: boolean }
  | { name: FieldName & AxisName; kind: 'codes'; axis: AxisName; required: boolean }
  | { name: FieldName; kind: 'boolean'; required: true }
  /** The access facts: one object in JSON; in CSV the columns of access-columns.ts. */
  | { name: 'access'; kind: 'access'; required: false };

const text = (name: FieldName, required = false): FieldSpec => ({ name, kind: 'text', required });
const texts = (name: FieldName): FieldSpec => ({ name, kind: 'texts', required: false });
const code = (axis: AxisName, required: boolean): FieldSpec => ({ name: axis, kind: 'code', axis, required });
const codes = (axis: AxisName, required: boolean): FieldSpec => ({ name: axis, kind: 'codes', axis, required });

export const INTERCHANGE_FIELDS: readonly FieldSpec[] = [
  text('id', true),
  text('name', true),
  text('url'),
  text('description'),
  text('description_fr'),
  text('description_en'),
  text('goal'),
  text('location'),
  text('organisation'),
  texts('partners'),
  texts('areas'),
  codes('elements', true),
  code('prevention', true),
  codes('dimensions', true),
  { name: 'social_isolation', kind: 'boolean', required: true },
  codes('age_groups', true),
  code('course', false),
  codes('risk_factors', false),
  code('approach', false),
  code('evidence', false),
  code('primary_actor', true),
  code('geographic_level', true),
  text('contact'),
  text('source'),
  text('status'),
  { name: 'access', kind: 'access', required: false },
];

export const FIELD_NAMES: readonly FieldName[] = INTERCHANGE_FIELDS.map((f) => f.name);

const byName = new Map<string, FieldSpec>(INTERCHANGE_FIELDS.map((f) => [f.name, f]));

export function fieldSpec(name: string): FieldSpec | undefined {
  return byName.get(name);
}

/** CSV columns in order: the fields, with `access` spread into its columns. */
export const CSV_COLUMN_NAMES: readonly string[] = [...FIELD_NAMES.filter((n) => n !== 'access'), ...ACCESS_COLUMN_NAMES];

/** Separator of multi-valued cells in CSV. */
export const LIST_SEPARATOR = '|';
