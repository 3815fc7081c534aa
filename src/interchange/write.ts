/**
 * Writes initiatives in the interchange format. Output depends only on the
 * data (fixed key and column order, id order), so exporting twice gives the
 * same bytes and a round trip can be checked byte for byte.
 */
import { csvText } from '../platform/spreadsheet-cells.js';
import type { Initiative } from '../initiatives/schema.js';
import { INTERCHANGE_FIELDS, CSV_COLUMN_NAMES, LIST_SEPARATOR } from './fields.js';
import { ACCESS_COLUMNS, accessValue } from './access-columns.js';

/** Sorted by id with plain code-unit order, never the database's collation (which differs between servers). */
function byId(items: readonly Initiative[]): Initiative[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The initiative with its keys in the spec's order, absent optional fields left out. */
export function orderedRecord(i: Initiative): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of INTERCHANGE_FIELDS) {
    const v = i[f.name];
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

export function toJsonText(items: readonly Initiative[]): string {
  return `${JSON.stringify(byId(items).map(orderedRecord), null, 2)}\n`;
}

function cell(v: unknown): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
  return String(v);
}

/** Places and schedules are one JSON-encoded cell each; the flat facts are plain cells. */
function accessCells(i: Initiative): string[] {
  return ACCESS_COLUMNS.map((c) => {
    const v = accessValue(i.access, c);
    return c.kind === 'json' ? (v === undefined ? '' : JSON.stringify(v)) : cell(v);
  });
}

/** A list value holding the separator cannot be written to CSV without changing it on the way back. */
function checkListItems(i: Initiative): void {
  for (const f of INTERCHANGE_FIELDS) {
    const v = i[f.name];
    const bad = Array.isArray(v) ? v.find((x) => String(x).includes(LIST_SEPARATOR)) : undefined;
    if (bad !== undefined) {
      throw new Error(`initiative ${i.id}, field ${f.name}: the value '${bad}' contains '${LIST_SEPARATOR}', which CSV uses between values; export as JSON instead`);
    }
  }
}

export function toCsvText(items: readonly Initiative[]): string {
  items.forEach(checkListItems);
  const fields = INTERCHANGE_FIELDS.filter((f) => f.kind !== 'access');
  const rows = byId(items).map((i) => [...fields.map((f) => cell(i[f.name])), ...accessCells(i)]);
  return csvText([[...CSV_COLUMN_NAMES], ...rows], { record_delimiter: 'unix' });
}
