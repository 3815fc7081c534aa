/** Reads the JSON interchange file: an array of initiatives or {"initiatives": [...]}. */
import { didYouMean } from './suggest.js';
import { FIELD_NAMES, fieldSpec } from './fields.js';
import { quoted, type LocatedProblem } from '../platform/located-problem.js';
import type { ParsedFile, RawRecord } from './raw-record.js';

/** Line of a character offset, for syntax errors. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function syntaxError(file: string, text: string, e: Error): LocatedProblem {
  const position = /position (\d+)/.exec(e.message);
  const lineCol = /\(line (\d+) column \d+\)/.exec(e.message);
  const row = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : undefined;
  return { file, ...(row !== undefined ? { line: row } : {}), message: `not valid JSON: ${e.message}` };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseJson(file: string, text: string): ParsedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { records: [], fileErrors: [syntaxError(file, text, e as Error)] };
  }
  const items = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc.initiatives) ? doc.initiatives : undefined;
  if (!items) {
    return { records: [], fileErrors: [{ file, message: 'expected a JSON array of initiatives, or an object {"initiatives": [...]}' }] };
  }
  const records: RawRecord[] = items.map((item: unknown, index) => {
    const record: RawRecord = { at: { index }, data: {}, errors: [], reported: new Set() };
    if (!isObject(item)) {
      record.errors.push({ file, index, value: item, message: `expected an object, got ${Array.isArray(item) ? 'an array' : item === null ? 'null' : typeof item}` });
      record.reported.add('*');
      return record;
    }
    for (const [key, value] of Object.entries(item)) {
      const spec = fieldSpec(key);
      if (!spec) {
        // Unknown keys are errors, not silently dropped: a typo ("elemnts") would otherwise lose data.
        record.errors.push({ file, index, field: key, message: `unknown field ${quoted(key)}${didYouMean(key, FIELD_NAMES)}` });
        continue;
      }
      // null means "not given", as an absent key does; exports never write null.
      if (value === null) continue;
      if (spec.kind === 'text' && !spec.required && typeof value === 'string' && value.trim() === '') continue;
      record.data[key] = value;
    }
    return record;
  });
  return { records, fileErrors: [] };
}
