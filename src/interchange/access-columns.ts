/**
 * The access facts (src/initiatives/access.ts) in CSV: the flat facts one column each, places
 * and schedules one JSON-encoded cell each (docs/interchange.md). JSON files carry the same
 * facts as one `access` object. Column order here is the CSV column order.
 */
import type { Access } from '../initiatives/access.js';

export type AccessCellKind = 'json' | 'list' | 'text' | 'number' | 'boolean';

export interface AccessColumn {
  name: string;
  /** Where the value sits in the access document. */
  path: readonly string[];
  kind: AccessCellKind;
}

const col = (name: string, kind: AccessCellKind, ...path: string[]): AccessColumn => ({ name, kind, path });

export const ACCESS_COLUMNS: readonly AccessColumn[] = [
  col('access_places', 'json', 'places'),
  col('access_modes', 'list', 'modes'),
  col('access_schedules', 'json', 'schedules'),
  col('access_languages', 'list', 'languages'),
  col('access_free', 'boolean', 'cost', 'free'),
  col('access_amount_eur', 'number', 'cost', 'amount_eur'),
  col('access_reductions', 'list', 'cost', 'reductions'),
  col('access_cost_note', 'text', 'cost', 'note'),
  col('access_age_min', 'number', 'age_min'),
  col('access_age_max', 'number', 'age_max'),
  col('access_target_group', 'text', 'target_group'),
  col('access_entry', 'text', 'entry'),
  col('access_transport', 'boolean', 'transport'),
  col('access_accompaniment', 'boolean', 'accompaniment'),
  col('referral_role', 'text', 'referral_contact', 'role'),
  col('referral_email', 'text', 'referral_contact', 'email'),
  col('referral_phone', 'text', 'referral_contact', 'phone'),
  col('capacity', 'text', 'capacity', 'status'),
  col('capacity_set_on', 'text', 'capacity', 'set_on'),
  col('verified_on', 'text', 'verified_on'),
];

export const ACCESS_COLUMN_NAMES: readonly string[] = ACCESS_COLUMNS.map((c) => c.name);
const byName = new Map(ACCESS_COLUMNS.map((c) => [c.name, c]));
export const accessColumn = (name: string) => byName.get(name);

/** The value of a column in a document (undefined when absent). */
export function accessValue(access: Access | undefined, column: AccessColumn): unknown {
  let v: unknown = access;
  for (const key of column.path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Builds the access document from the columns' values (keyed by column name); undefined when no column holds a value. */
export function accessFromColumns(values: ReadonlyMap<string, unknown>): Record<string, unknown> | undefined {
  if (values.size === 0) return undefined;
  const doc: Record<string, unknown> = {};
  for (const [name, value] of values) {
    const column = byName.get(name)!;
    let at = doc;
    for (const key of column.path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[column.path.at(-1)!] = value;
  }
  return doc;
}

/**
 * The CSV column of a problem found at `path` inside the access document, and the rest of the
 * path inside that cell (for places and schedules: "0.postcode").
 */
export function accessColumnAt(path: readonly PropertyKey[]): { column: string; inner: string } {
  const keys = path.map(String);
  const match = ACCESS_COLUMNS.find((c) => c.path.every((k, i) => keys[i] === k)) ?? ACCESS_COLUMNS.find((c) => c.path[0] === keys[0]);
  if (!match) return { column: 'access', inner: keys.join('.') };
  return { column: match.name, inner: keys.slice(match.path.length).join('.') };
}
