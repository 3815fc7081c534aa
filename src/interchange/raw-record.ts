/** One item of a file after parsing, before validation. */
import type { LocatedProblem } from '../platform/located-problem.js';

export interface RawRecord {
  /** Where it is: CSV line or JSON array index. */
  at: { line?: number; index?: number };
  /** Known fields only, converted to the schema's types where the file format needs it (CSV). */
  data: Record<string, unknown>;
  /** Problems found while reading the item (unknown fields, bad booleans). */
  errors: LocatedProblem[];
  /** Fields already reported in `errors`, so validation does not report them twice. */
  reported: Set<string>;
}

/** What a parser gives back: records to validate, or file-level errors (then records may be incomplete). */
export interface ParsedFile {
  records: RawRecord[];
  /** Errors about the file as a whole: syntax, header, encoding. */
  fileErrors: LocatedProblem[];
  /** Required fields whose column is missing: reported once in fileErrors, not on every row. */
  missingColumns?: Set<string>;
}
