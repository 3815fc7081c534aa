/**
 * Bulk import of a survey export: read, map, validate every row, then either
 * report the problems (nothing written) or create all submissions in one
 * transaction. A preview shows what would be created without writing.
 */
import type { Database } from '../../db/client.js';
import { surveyMappings, submissions, submissionContacts, submissionEvents } from '../../db/schema.js';
import { listMunicipalities } from '../../areas/store/names.js';
import { normaliseWording } from '../bulk/wordings.js';
import type { Table } from '../bulk/read-table.js';
import { transformRows, type RowError, type SurveyRecord } from '../bulk/transform.js';
import type { SurveyMapping } from '../bulk/mapping.js';
import { hashToken } from '../store/submissions.js';
import { randomBytes } from 'node:crypto';

export interface SurveyImportResult {
  file: string;
  rows: number;
  records: SurveyRecord[];
  errors: RowError[];
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
  const CHUNK = 200;
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < preview.records.length; i += CHUNK) {
      const chunk = preview.records.slice(i, i + CHUNK);
      const rows = await tx
        .insert(submissions)
        .values(chunk.map((r) => ({ answers: r.answers, lang: 'nl', source, status: 'submitted' as const, submittedAt: new Date(), accessTokenHash: hashToken(randomBytes(24).toString('base64url')) })))
        .returning({ id: submissions.id });
      const contacts = chunk.flatMap((r, j) => (r.contact ? [{ submissionId: rows[j]!.id, name: r.contact.contact_name, email: r.contact.contact_email, phone: r.contact.contact_phone ?? null }] : []));
      if (contacts.length) await tx.insert(submissionContacts).values(contacts);
      await tx.insert(submissionEvents).values(rows.map((r, j) => ({ submissionId: r.id, actorKind: 'system', actorLabel: `import ${source}`, kind: 'submitted', body: `line ${chunk[j]!.line}` })));
      opts.onProgress?.(Math.min(i + CHUNK, preview.records.length), preview.records.length);
    }
    await tx.insert(surveyMappings).values({ name: mapping.name, mapping }).onConflictDoUpdate({ target: surveyMappings.name, set: { mapping, updatedAt: new Date() } });
  });
  return { ...preview, created: preview.records.length };
}
