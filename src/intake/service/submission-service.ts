/**
 * The one service the coders' pages call to move a submission along its workflow
 * (src/intake/submission-workflow.ts): it asks the status machine first (state, role, reason),
 * then writes through the repository, which asks it again under a row lock so two coders
 * deciding at once cannot both win.
 */
import type { Db } from '../../db/client.js';
import type { UserRole } from '../../db/schema.js';
import type { Initiative } from '../../initiatives/schema.js';
import { decide, type Decision, type Refusal } from '../../platform/workflow.js';
import { askQuestion, type SubmissionRecord } from '../store/submissions.js';
import { mergeSubmission, publishSubmission, rejectSubmission, saveCoding, type Coder } from '../../coding/store/submission-queue.js';
import type { StoredCoding } from '../../coding/review-model.js';
import { SUBMISSION_WORKFLOW, type SubmissionAction } from '../submission-workflow.js';

export type CoderActor = Coder & { role: UserRole };

export type WorkflowOutcome = { ok: true; initiativeId?: string } | { ok: false; refusal: Refusal | 'id_taken' | 'not_found'; maxLength?: number };

/** May this coder take this action on this submission now (with this reason)? */
export function check(s: Pick<SubmissionRecord, 'status'>, action: SubmissionAction, coder: CoderActor, reason?: string): Decision<SubmissionRecord['status']> {
  return decide(SUBMISSION_WORKFLOW, s.status, action, { role: coder.role, reason });
}

const refused = (d: Decision<string>): WorkflowOutcome | undefined => (d.ok ? undefined : { ok: false, refusal: d.refusal, maxLength: d.maxLength });

export async function code(db: Db, s: SubmissionRecord, coder: CoderActor, coding: StoredCoding): Promise<WorkflowOutcome & { changed?: boolean }> {
  const no = refused(check(s, 'code', coder));
  if (no) return no;
  const { changed } = await saveCoding(db, s.id, coder, coding);
  return { ok: true, changed };
}

export async function ask(db: Db, s: SubmissionRecord, coder: CoderActor, question: string): Promise<WorkflowOutcome> {
  const no = refused(check(s, 'ask', coder, question));
  if (no) return no;
  await askQuestion(db, s.id, question.trim(), coder);
  return { ok: true };
}

export async function reject(db: Db, s: SubmissionRecord, coder: CoderActor, reason: string): Promise<WorkflowOutcome> {
  const no = refused(check(s, 'reject', coder, reason));
  if (no) return no;
  return (await rejectSubmission(db, s.id, reason.trim(), coder)) ? { ok: true } : { ok: false, refusal: 'wrong_state' };
}

export async function publish(db: Db, s: SubmissionRecord, coder: CoderActor, initiative: Initiative, coding: StoredCoding): Promise<WorkflowOutcome> {
  const no = refused(check(s, 'publish', coder));
  if (no) return no;
  const done = await publishSubmission(db, s.id, initiative, coder, coding);
  return done.ok ? { ok: true, initiativeId: done.initiativeId } : { ok: false, refusal: done.reason === 'closed' ? 'wrong_state' : done.reason };
}

export async function merge(db: Db, s: SubmissionRecord, coder: CoderActor, targetId: string, initiative: Initiative, coding: StoredCoding): Promise<WorkflowOutcome> {
  const no = refused(check(s, 'merge', coder));
  if (no) return no;
  const done = await mergeSubmission(db, s.id, targetId, initiative, coder, coding);
  return done.ok ? { ok: true, initiativeId: done.initiativeId } : { ok: false, refusal: done.reason === 'closed' ? 'wrong_state' : done.reason };
}
