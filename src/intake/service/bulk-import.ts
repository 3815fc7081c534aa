/**
 * Bulk import of a survey export: read, map, validate every row, then either
 * report the problems (nothing written) or create all submissions in one
 * transaction. A preview shows what would be created without writing.
 */
import type { Database } from '../../db/client.js';
import { listMunicipalities } from '../../areas/store/names.js';
import { normaliseWording } from '../bulk/wordings.js';
import type { Table } from '../bulk/read-table.js';
import { transformRows, type SurveyRowProblem, type SurveyRecord } from '../bulk/transform.js';
import type { SurveyMapping } from '../bulk/mapping.js';
import { insertImportedSubmissions } from '../store/imported-submissions.js';

export interface SurveyImportResult {
  file: string;
  rows: number;
  records: SurveyRecord[];
  errors: SurveyRowProblem[];
  created: number;
}

async function municipalityNames(database: Database): Promise<Map<string, string>> {
  const [nl, fr] = await Promise.all([listMunicipalities(database.db, 'nl'), listMunicipalities(database.db, 'fr')]);
  return new Map([...nl, ...fr].map((m) => [normaliseWording(m.name), m.code]));
}

/** `table` as read by readTableOffThread (once per file: the web import keeps it with the upload). */
export async function previewSurveyImport(database: Database, table: Table, fileName: string, mapping: SurveyMapping): Promise<SurveyImportResult> {
  const { records, errors } = transformRows(table, mapping, await municipalityNames(database));
  return { file: fileName, rows: table.rows.length, records, errors, created: 0 };
}

export async function commitSurveyImport(
  database: Database,
  table: Table,
  fileName: string,
  mapping: SurveyMapping,
  opts: { source?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<SurveyImportResult> {
  const preview = await previewSurveyImport(database, table, fileName, mapping);
  if (preview.errors.length) return preview;
  const source = opts.source ?? fileName.replace(/^.*[\\/]/, '');
  await insertImportedSubmissions(database.db, preview.records, source, mapping, opts.onProgress);
  return { ...preview, created: preview.records.length };
}
