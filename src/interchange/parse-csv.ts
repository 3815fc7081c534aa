/**
 * Reads the CSV interchange file: a header row of field names, one row per
 * initiative, `|` between the values of multi-valued fields, booleans in
 * Dutch, French or English, labels accepted instead of codes.
 */
import { parse } from 'csv-parse/sync';
import { CSV_COLUMN_NAMES, INTERCHANGE_FIELDS, LIST_SEPARATOR, fieldSpec, type FieldSpec } from './fields.js';
import { accessColumn, accessFromColumns, type AccessColumn } from './access-columns.js';
import { toCode } from './code-labels.js';
import { restoreCell } from '../platform/spreadsheet-cells.js';
import { didYouMean } from './suggest.js';
import { quoted, type LocatedProblem } from '../platform/located-problem.js';
import type { ParsedFile, RawRecord } from './raw-record.js';

const BOOLEANS: Record<string, boolean> = {
  true: true, false: false, ja: true, nee: false, oui: true, non: false, '1': true, '0': false, yes: true, no: false,
};

/** Comma or semicolon, whichever the header line (outside quotes) has more of. */
export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const splitList = (cell: string) => cell.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');

/** Converts one cell to the schema's type; undefined = absent (defaults and "required" apply). */
function convertCell(spec: FieldSpec, written: string): { value?: unknown; error?: string } {
  // The "'" that the export put before =, +, -, @ (spreadsheet formula injection) comes off again.
  const cell = restoreCell(written);
  const trimmed = cell.trim();
  switch (spec.kind) {
    case 'text':
      return trimmed === '' ? {} : { value: cell };
    case 'texts':
      return { value: splitList(cell) };
    case 'codes':
      return { value: splitList(cell).map((c) => toCode(spec.axis, c)) };
    case 'code':
      return trimmed === '' ? {} : { value: toCode(spec.axis, trimmed) };
    case 'boolean':
      return convertBoolean(trimmed);
    case 'access':
      return {}; // never a CSV column: its facts come in the access_* columns
  }
}

function convertBoolean(trimmed: string): { value?: unknown; error?: string } {
  if (trimmed === '') return {};
  const b = BOOLEANS[trimmed.toLowerCase()];
  return b === undefined ? { error: `not a yes/no value: ${quoted(trimmed)} (use true/false, ja/nee, oui/non or 1/0)` } : { value: b };
}

/** Converts one access_* cell; places and schedules are JSON, the rest plain values. Empty: absent. */
function convertAccessCell(column: AccessColumn, written: string): { value?: unknown; error?: string } {
  const trimmed = restoreCell(written).trim();
  if (trimmed === '') return {};
  switch (column.kind) {
    case 'json':
      try {
        return { value: JSON.parse(trimmed) };
      } catch (e) {
        return { error: `not valid JSON (this column holds a JSON list, e.g. [{"name": "…"}]): ${(e as Error).message}` };
      }
    case 'list':
      return { value: splitList(trimmed) };
    case 'boolean':
      return convertBoolean(trimmed);
    case 'number': {
      const n = Number(trimmed.replace(',', '.'));
      return Number.isFinite(n) ? { value: n } : { error: `not a number: ${quoted(trimmed)}` };
    }
    case 'text':
      return { value: trimmed };
  }
}

/** A header cell read as a field of the schema or as one of the access columns. */
type Column = { field: FieldSpec } | { access: AccessColumn };

interface Row {
  cells: string[];
  /** Line of the row's first character (a quoted cell may span lines). */
  line: number;
}

function readRows(file: string, text: string, delimiter: string): { rows: Row[]; error?: LocatedProblem } {
  let parsed: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    parsed = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof parsed;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { rows: [], error: { file, ...(err.lines ? { line: err.lines } : {}), message: `not valid CSV: ${err.message}` } };
  }
  const rows: Row[] = [];
  let previousEnd = 0;
  let previousEmpty = 0;
  for (const { record, info } of parsed) {
    rows.push({ cells: record, line: previousEnd + 1 + (info.empty_lines - previousEmpty) });
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
  }
  return { rows };
}

export function parseCsv(file: string, text: string): ParsedFile {
  const delimiter = detectSeparator(text);
  const { rows, error } = readRows(file, text, delimiter);
  if (error) return { records: [], fileErrors: [error] };
  const header = rows.shift();
  if (!header) return { records: [], fileErrors: [{ file, message: 'the file is empty: expected a header row with the field names' }] };

  const fileErrors: LocatedProblem[] = [];
  const columns: (Column | undefined)[] = [];
  const seen = new Set<string>();
  header.cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const field = fieldSpec(name);
    const access = accessColumn(name);
    const spec: Column | undefined = field && field.kind !== 'access' ? { field } : access ? { access } : undefined;
    if (name === '' && rows.every((r) => (r.cells[i] ?? '').trim() === '')) {
      // Spreadsheets often save a trailing empty column; it holds nothing, so it is no error.
      columns.push(undefined);
      return;
    }
    if (!spec) {
      fileErrors.push({ file, line: header.line, field: raw, message: `unknown column ${quoted(raw)} (column ${i + 1})${didYouMean(name, CSV_COLUMN_NAMES)}` });
    } else if (seen.has(name)) {
      fileErrors.push({ file, line: header.line, field: name, message: `column ${quoted(name)} appears twice` });
      columns.push(undefined);
      return;
    }
    seen.add(name);
    columns.push(spec);
  });
  const missingColumns = new Set(INTERCHANGE_FIELDS.filter((f) => f.required && !seen.has(f.name)).map((f) => f.name as string));
  for (const name of missingColumns) fileErrors.push({ file, line: header.line, field: name, message: `missing required column ${quoted(name)}` });

  // A ragged row means a separator or quote went wrong; every cell after it would be misread, so stop there.
  const ragged = rows.filter((r) => r.cells.length !== header.cells.length && !r.cells.every((c) => c.trim() === ''));
  if (ragged.length) {
    const first = ragged[0]!;
    const more = ragged.length > 1 ? `; ${ragged.length - 1} more ${ragged.length === 2 ? 'row is' : 'rows are'} like this` : '';
    const sep = delimiter === ';' ? 'semicolons' : 'commas';
    fileErrors.push({
      file,
      line: first.line,
      message: `row has ${first.cells.length} cells but the header has ${header.cells.length} (separator: ${sep}; check separators and quotes in this row)${more}`,
    });
    return { records: [], fileErrors };
  }

  const records: RawRecord[] = [];
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue; // a spreadsheet's blank line, e.g. ";;;;"
    const record: RawRecord = { at: { line: row.line }, data: {}, errors: [], reported: new Set() };
    const access = new Map<string, unknown>();
    row.cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column) return;
      const name = 'field' in column ? column.field.name : column.access.name;
      const { value, error: problem } = 'field' in column ? convertCell(column.field, cell) : convertAccessCell(column.access, cell);
      if (problem) {
        record.errors.push({ file, line: row.line, field: name, value: cell, message: problem });
        record.reported.add(name);
      } else if (value !== undefined) {
        if ('field' in column) record.data[name] = value;
        else access.set(name, value);
      }
    });
    const doc = accessFromColumns(access);
    if (doc) record.data.access = doc;
    records.push(record);
  }
  return { records, fileErrors, missingColumns };
}
