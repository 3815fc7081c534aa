/**
 * Writing a checked survey export: every row a submitted submission (with its contact and its
 * "submitted" event), and the mapping remembered by name, all in one transaction: all or nothing.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { submissionContacts, submissionEvents, submissions, surveyMappings } from '../../db/schema.js';
import type { SurveyMapping } from '../bulk/mapping.js';
import type { SurveyRecord } from '../bulk/transform.js';
import { hashToken } from './submissions.js';

const CHUNK = 200;

export async function insertImportedSubmissions(
  db: Db,
  records: readonly SurveyRecord[],
  source: string,
  mapping: SurveyMapping,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < records.length; i += CHUNK) {
      const chunk = records.slice(i, i + CHUNK);
      const rows = await tx
        .insert(submissions)
        .values(chunk.map((r) => ({ answers: r.answers, lang: 'nl', source, status: 'submitted' as const, submittedAt: new Date(), accessTokenHash: hashToken(randomBytes(24).toString('base64url')) })))
        .returning({ id: submissions.id });
      const contacts = chunk.flatMap((r, j) => (r.contact ? [{ submissionId: rows[j]!.id, name: r.contact.contact_name, email: r.contact.contact_email, phone: r.contact.contact_phone ?? null }] : []));
      if (contacts.length) await tx.insert(submissionContacts).values(contacts);
      await tx.insert(submissionEvents).values(rows.map((r, j) => ({ submissionId: r.id, actorKind: 'system', actorLabel: `import ${source}`, kind: 'submitted', body: `line ${chunk[j]!.line}` })));
      onProgress?.(Math.min(i + CHUNK, records.length), records.length);
    }
    await tx.insert(surveyMappings).values({ name: mapping.name, mapping }).onConflictDoUpdate({ target: surveyMappings.name, set: { mapping, updatedAt: new Date() } });
  });
}
