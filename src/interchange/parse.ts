/**
 * The pure front door of the interchange format: bytes in, validated
 * initiatives or every located error out. No database, no file system.
 */
import type { Initiative } from '../initiatives/schema.js';
import { decodeUtf8, detectFormat, type InterchangeFormat } from './decode.js';
import { parseJson } from './parse-json.js';
import { parseCsv } from './parse-csv.js';
import { validateRecords } from './validate.js';
import type { LocatedError } from './located-error.js';

export interface ParseResult {
  format: InterchangeFormat;
  initiatives: Initiative[];
  /** Every problem in the file; when not empty, nothing of the file may be written. */
  errors: LocatedError[];
}

export function parseInterchange(fileName: string, content: string | Uint8Array): ParseResult {
  const text = decodeUtf8(content);
  const format = text === undefined ? 'csv' : detectFormat(fileName, text);
  if (text === undefined) {
    return { format, initiatives: [], errors: [{ file: fileName, message: 'the file is not UTF-8 text (in a spreadsheet, save as "CSV UTF-8")' }] };
  }
  const parsed = format === 'json' ? parseJson(fileName, text) : parseCsv(fileName, text);
  const { initiatives, errors } = validateRecords(fileName, parsed.records, parsed.missingColumns);
  return { format, initiatives, errors: [...parsed.fileErrors, ...errors] };
}
