/**
 * The pure front door of the interchange format: bytes in, validated
 * initiatives or every located error out. No database, no file system.
 */
import type { Initiative } from '../initiatives/schema.js';
import { decodeUtf8, detectFormat, type InterchangeFormat } from './decode.js';
import { parseJson } from './parse-json.js';
import { parseCsv } from './parse-csv.js';
import { validateRecords } from './validate.js';
import type { LocatedProblem } from '../platform/located-problem.js';
import type { RawRecord } from './raw-record.js';
import { findBadText } from '../edge/bad-text.js';

export interface ParseResult {
  format: InterchangeFormat;
  initiatives: Initiative[];
  /** Every problem in the file; when not empty, nothing of the file may be written. */
  errors: LocatedProblem[];
}

export function parseInterchange(fileName: string, content: string | Uint8Array): ParseResult {
  const text = decodeUtf8(content);
  const format = text === undefined ? 'csv' : detectFormat(fileName, text);
  if (text === undefined) {
    return { format, initiatives: [], errors: [{ file: fileName, message: 'the file is not UTF-8 text (in a spreadsheet, save as "CSV UTF-8")' }] };
  }
  const parsed = format === 'json' ? parseJson(fileName, text) : parseCsv(fileName, text);
  const { initiatives, errors } = validateRecords(fileName, parsed.records, parsed.missingColumns);
  return { format, initiatives, errors: [...parsed.fileErrors, ...errors, ...badTextErrors(fileName, parsed.records)] };
}

/** NUL characters and lone surrogates cannot be stored: each one is a located error, not a database failure. */
function badTextErrors(file: string, records: readonly RawRecord[]): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  for (const r of records) {
    for (const [field, value] of Object.entries(r.data)) {
      const bad = findBadText(value, field);
      if (bad) out.push({ file, ...r.at, field: bad.at, message: `${bad.message} (character ${bad.position})` });
    }
  }
  return out;
}
