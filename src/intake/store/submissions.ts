/**
 * Survey submissions: drafts that can be resumed, submission with a private
 * status link, questions and answers between coder and respondent, and the
 * contact person kept apart (coders only, deletable on request).
 */
import { decide } from '../../platform/workflow.js';
import { SUBMISSION_WORKFLOW } from '../submission-workflow.js';
import { createHash, randomBytes } from 'node:crypto';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { submissionContacts, submissionEvents, submissions, type SubmissionStatus } from '../../db/schema.js';
import type { Contact, SurveyAnswers } from '../survey-schema.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(24).toString('base64url');

export interface SubmissionRecord {
  id: string;
  status: SubmissionStatus;
  answers: Partial<SurveyAnswers>;
  lang: string;
  source: string;
  initiativeId: string | null;
  createdAt: string;
  submittedAt: string | null;
}

export interface SubmissionEvent {
  at: string;
  actorKind: 'respondent' | 'coder' | 'system';
  actorLabel: string;
  kind: string;
  body: string | null;
}

function toRecord(r: typeof submissions.$inferSelect): SubmissionRecord {
  return {
    id: r.id,
    status: r.status,
    answers: r.answers as Partial<SurveyAnswers>,
    lang: r.lang,
    source: r.source,
    initiativeId: r.initiativeId,
    createdAt: new Date(r.createdAt).toISOString(),
    submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
  };
}

export interface CreateOptions {
  answers: Partial<SurveyAnswers>;
  contact?: Contact | undefined;
  lang: string;
  source: string;
  /** true: a complete, validated submission; false: a draft to resume later. */
  submit: boolean;
}

/** Creates a submission and returns its id and the private token (shown once to the respondent). */
export async function createSubmission(db: Db, o: CreateOptions): Promise<{ id: string; token: string }> {
  const token = newToken();
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(submissions)
      .values({
        answers: o.answers,
        lang: o.lang,
        source: o.source,
        accessTokenHash: hashToken(token),
        status: o.submit ? 'submitted' : 'draft',
        submittedAt: o.submit ? new Date() : null,
      })
      .returning({ id: submissions.id });
    if (o.contact) await tx.insert(submissionContacts).values({ submissionId: row!.id, name: o.contact.contact_name, email: o.contact.contact_email, phone: o.contact.contact_phone ?? null });
    await tx.insert(submissionEvents).values({ submissionId: row!.id, actorKind: 'respondent', kind: o.submit ? 'submitted' : 'draft_saved' });
    return row!.id;
  });
  return { id, token };
}

/** Updates a draft (or submits it). Only drafts can be changed by the respondent. */
export async function updateDraft(db: Db, id: string, o: Omit<CreateOptions, 'source' | 'lang'>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ status: submissions.status }).from(submissions).where(eq(submissions.id, id)).for('update');
    if (rows[0]?.status !== 'draft') return false;
    await tx
      .update(submissions)
      .set({ answers: o.answers, status: o.submit ? 'submitted' : 'draft', submittedAt: o.submit ? new Date() : null, updatedAt: new Date() })
      .where(eq(submissions.id, id));
    if (o.contact) {
      await tx
        .insert(submissionContacts)
        .values({ submissionId: id, name: o.contact.contact_name, email: o.contact.contact_email, phone: o.contact.contact_phone ?? null })
        .onConflictDoUpdate({ target: submissionContacts.submissionId, set: { name: o.contact.contact_name, email: o.contact.contact_email, phone: o.contact.contact_phone ?? null } });
    }
    await tx.insert(submissionEvents).values({ submissionId: id, actorKind: 'respondent', kind: o.submit ? 'submitted' : 'draft_saved' });
    return true;
  });
}

export async function findByToken(db: Db, token: string): Promise<SubmissionRecord | undefined> {
  if (!token || token.length > 100) return undefined;
  const rows = await db.select().from(submissions).where(eq(submissions.accessTokenHash, hashToken(token))).limit(1);
  return rows[0] ? toRecord(rows[0]) : undefined;
}

export async function getSubmission(db: Db, id: string): Promise<SubmissionRecord | undefined> {
  const rows = await db.select().from(submissions).where(eq(submissions.id, id)).limit(1);
  return rows[0] ? toRecord(rows[0]) : undefined;
}

/** Coders only: the contact person. */
export async function getContact(db: Db, id: string): Promise<Contact | undefined> {
  const rows = await db.select().from(submissionContacts).where(eq(submissionContacts.submissionId, id)).limit(1);
  const r = rows[0];
  return r ? { contact_name: r.name, contact_email: r.email, ...(r.phone ? { contact_phone: r.phone } : {}) } : undefined;
}

/** Erases the contact person on request (GDPR art. 17); the history records that it happened, not what it was. */
export async function deleteContact(db: Db, id: string, actor: { id: string | null; label: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(submissionContacts).where(eq(submissionContacts.submissionId, id)).returning({ id: submissionContacts.submissionId });
    if (!deleted.length) return false;
    await tx.insert(submissionEvents).values({ submissionId: id, actorKind: actor.id ? 'coder' : 'respondent', actorId: actor.id, actorLabel: actor.label, kind: 'contact_deleted' });
    return true;
  });
}

/** Whether the e-mail with the private link went out (the address is never stored with it). */
export async function recordLinkMail(db: Db, id: string, sent: boolean): Promise<void> {
  await db.insert(submissionEvents).values({ submissionId: id, actorKind: 'system', kind: sent ? 'link_mailed' : 'link_mail_failed' });
}

export async function listEvents(db: Db, id: string): Promise<SubmissionEvent[]> {
  const rows = await db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, id)).orderBy(asc(submissionEvents.at), asc(submissionEvents.id));
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), actorKind: r.actorKind as SubmissionEvent['actorKind'], actorLabel: r.actorLabel, kind: r.kind, body: r.body }));
}

/** A coder asks the respondent something; the submission waits for an answer. False when the workflow no longer allows it. */
export async function askQuestion(db: Db, id: string, question: string, coder: { id: string; label: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ status: submissions.status }).from(submissions).where(eq(submissions.id, id)).for('update');
    const d = rows[0] && decide(SUBMISSION_WORKFLOW, rows[0].status, 'ask', { role: 'coder', reason: question });
    if (!d?.ok) return false;
    await tx.update(submissions).set({ status: d.to, updatedAt: new Date() }).where(eq(submissions.id, id));
    await tx.insert(submissionEvents).values({ submissionId: id, actorKind: 'coder', actorId: coder.id, actorLabel: coder.label, kind: d.event, body: question });
    return true;
  });
}

/** The respondent answers through the private link; the submission goes back to the coders. */
export async function answerQuestion(db: Db, id: string, answer: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ status: submissions.status }).from(submissions).where(eq(submissions.id, id)).for('update');
    const d = rows[0] && decide(SUBMISSION_WORKFLOW, rows[0].status, 'answer', { role: 'respondent', reason: answer });
    if (!d?.ok) return false;
    await tx.update(submissions).set({ status: d.to, updatedAt: new Date() }).where(eq(submissions.id, id));
    await tx.insert(submissionEvents).values({ submissionId: id, actorKind: 'respondent', kind: d.event, body: answer });
    return true;
  });
}

export async function setSubmissionStatus(
  db: Db,
  id: string,
  status: SubmissionStatus,
  actor: { id: string | null; label: string },
  initiativeId?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(submissions).set({ status, updatedAt: new Date(), ...(initiativeId ? { initiativeId } : {}) }).where(eq(submissions.id, id));
    await tx.insert(submissionEvents).values({ submissionId: id, actorKind: actor.id ? 'coder' : 'system', actorId: actor.id, actorLabel: actor.label, kind: status, body: initiativeId ?? null });
  });
}

/** The coders' queue: submissions waiting, oldest first. */
export async function listQueue(db: Db, statuses: readonly SubmissionStatus[] = ['submitted', 'question', 'coded'], limit = 50, offset = 0) {
  const rows = await db
    .select()
    .from(submissions)
    .where(inArray(submissions.status, [...statuses]))
    .orderBy(asc(sql`coalesce(${submissions.submittedAt}, ${submissions.createdAt})`))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(submissions).where(inArray(submissions.status, [...statuses]));
  return { total: Number(count?.n ?? 0), items: rows.map(toRecord) };
}

export async function countByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ status: submissions.status, n: sql<number>`count(*)::int` }).from(submissions).groupBy(submissions.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

