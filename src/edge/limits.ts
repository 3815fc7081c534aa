/**
 * The documented limits on what a person can upload or import (README,
 * "Limits"). Each is far above what a real file of its kind needs and far
 * below what would stall or exhaust the server; a file beyond one is refused
 * with a located message before it is inflated or parsed.
 */

/** Survey exports (CSV or XLSX) uploaded on /coding/import or given to `verbind import-survey`. */
export const TABLE_LIMITS = {
  /** The upload itself (also the multipart limit). */
  maxFileBytes: 10 * 1024 * 1024,
  /** Data rows (responses) in the first sheet or the CSV. */
  maxRows: 50_000,
  /** Columns (questions and answer options); XLSX allows 16,384, survey exports use a few hundred. */
  maxColumns: 1_000,
  /** Rows × columns of the table as read. */
  maxCells: 2_000_000,
  /** Parsing runs in a worker thread that is stopped after this long … */
  maxParseMs: 30_000,
  /** … or when it needs more memory than this (V8 old generation, MB). */
  maxParseMemoryMb: 512,
} as const;

export interface ZipLimits {
  /** Files in the zip. */
  maxEntries: number;
  /** All files together, inflated. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size of one file (a zip bomb inflates 1,000:1 or more). */
  maxRatio: number;
  /** The ratio is only checked for files that inflate beyond this (tiny XML parts compress well). */
  ratioFromBytes: number;
}

/** An XLSX file is a zip of XML parts. */
export const XLSX_ZIP_LIMITS: ZipLimits = { maxEntries: 1_000, maxTotalBytes: 200 * 1024 * 1024, maxRatio: 200, ratioFromBytes: 1024 * 1024 };

/**
 * Statbel's zips (population ~100 MB of text, 36:1) and zipped Shapefiles, read by the import
 * commands as streams.
 */
export const DATA_ZIP_LIMITS: ZipLimits = { maxEntries: 1_000, maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 200, ratioFromBytes: 1024 * 1024 };
