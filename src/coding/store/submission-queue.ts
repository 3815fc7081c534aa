/**
 * Coding submissions: each coder's own coding, publishing a coded
 * submission as an initiative, merging it into one already in the bank,
 * rejecting it, and the pairs of codings that agreement is computed on.
 * Publishing and merging run in one transaction: the initiative, its
 * revision, the coder's coding and the submission's new status are written
 * together or not at all.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { codings, submissionEvents, submissions, users, type SubmissionStatus } from '../../db/schema.js';
import { getInitiativeForUpdate, initiativeExists, saveInitiatives, type Actor } from '../../initiatives/store/repository.js';
import type { Initiative } from '../../initiatives/schema.js';
import type { Coding } from '../agreement.js';
import { setSubmissionStatus } from '../../intake/store/submissions.js';
import { decide } from '../../platform/workflow.js';
import { SUBMISSION_WORKFLOW, type SubmissionAction } from '../../intake/submission-workflow.js';
import type { StoredCoding } from '../review-model.js';

export interface Coder {
  id: string;
  label: string;
}

export { OPEN_STATUSES } from '../../intake/submission-workflow.js';

export async function getCoding(db: Db, submissionId: string, coderId: string): Promise<{ coding: StoredCoding; updatedAt: string } | undefined> {
  const rows = await db.select().from(codings).where(and(eq(codings.submissionId, submissionId), eq(codings.coderId, coderId))).limit(1);
  const r = rows[0];
  return r ? { coding: r.coding as StoredCoding, updatedAt: new Date(r.updatedAt).toISOString() } : undefined;
}

/** Who coded this submission (names only: the codings stay independent). */
export async function listCoders(db: Db, submissionId: string): Promise<{ id: string; name: string; updatedAt: string }[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, updatedAt: codings.updatedAt })
    .from(codings)
    .innerJoin(users, eq(users.id, codings.coderId))
    .where(eq(codings.submissionId, submissionId))
    .orderBy(asc(codings.updatedAt));
  return rows.map((r) => ({ id: r.id, name: r.name || r.email, updatedAt: new Date(r.updatedAt).toISOString() }));
}

/** JSON with sorted keys: jsonb does not keep the order keys were written in. */
const canonical = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v ?? null);
const sameJson = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * Stores a coder's coding (one per submission and coder). The history says
 * who coded, once per change; a new submission becomes "coded".
 */
export async function saveCoding(db: Db, submissionId: string, coder: Coder, coding: StoredCoding): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const [sub] = await tx.select({ status: submissions.status }).from(submissions).where(eq(submissions.id, submissionId)).for('update');
    if (!sub) throw new Error(`no submission ${submissionId}`);
    const before = await tx.select({ coding: codings.coding }).from(codings).where(and(eq(codings.submissionId, submissionId), eq(codings.coderId, coder.id))).limit(1);
    if (before[0] && sameJson(before[0].coding, coding)) return { changed: false };
    await tx
      .insert(codings)
      .values({ submissionId, coderId: coder.id, coding })
      .onConflictDoUpdate({ target: [codings.submissionId, codings.coderId], set: { coding, updatedAt: new Date() } });
    const d = decide(SUBMISSION_WORKFLOW, sub.status, 'code', { role: 'coder' });
    if (!d.ok) throw new Error(`submission ${submissionId} cannot be coded (${d.refusal})`);
    if (d.to !== sub.status) await tx.update(submissions).set({ status: d.to, updatedAt: new Date() }).where(eq(submissions.id, submissionId));
    await tx.insert(submissionEvents).values({ submissionId, actorKind: 'coder', actorId: coder.id, actorLabel: coder.label, kind: d.event });
    return { changed: true };
  });
}

/** How many coders coded each submission, and whether `coderId` did. */
export async function codingSummaries(db: Db, submissionIds: readonly string[], coderId: string): Promise<Map<string, { coders: number; mine: boolean }>> {
  if (!submissionIds.length) return new Map();
  const rows = await db
    .select({ submissionId: codings.submissionId, coders: sql<number>`count(*)::int`, mine: sql<boolean>`bool_or(${codings.coderId} = ${coderId})` })
    .from(codings)
    .where(inArray(codings.submissionId, [...submissionIds]))
    .groupBy(codings.submissionId);
  return new Map(rows.map((r) => [r.submissionId, { coders: Number(r.coders), mine: r.mine === true || (r.mine as unknown) === 't' }]));
}

export type CloseResult = { ok: true; initiativeId: string } | { ok: false; reason: 'closed' | 'id_taken' | 'not_found' };

/** Locks the submission's row and asks the workflow again: another coder may have decided meanwhile. */
async function lockFor(tx: Db, submissionId: string, action: SubmissionAction, reason?: string): Promise<{ source: string; to: SubmissionStatus; event: string } | 'closed' | 'not_found'> {
  const [sub] = await tx.select({ status: submissions.status, source: submissions.source }).from(submissions).where(eq(submissions.id, submissionId)).for('update');
  if (!sub) return 'not_found';
  const d = decide(SUBMISSION_WORKFLOW, sub.status, action, { role: 'coder', reason });
  if (!d.ok) return 'closed';
  return { source: sub.source, to: d.to, event: d.event };
}

/**
 * Publishes a coded submission as a new initiative, with the coder as the
 * actor of its first revision and the submission's source as its source.
 */
export async function publishSubmission(db: Db, submissionId: string, initiative: Initiative, coder: Coder, coding: StoredCoding): Promise<CloseResult> {
  return db.transaction(async (tx) => {
    const open = await lockFor(tx, submissionId, 'publish');
    if (typeof open === 'string') return { ok: false, reason: open };
    if (await initiativeExists(tx, initiative.id)) return { ok: false, reason: 'id_taken' };
    const actor: Actor = { id: coder.id, label: coder.label };
    await saveInitiatives(tx, [{ ...initiative, source: open.source }], { actor, defaultSource: open.source, status: 'published', action: 'create' });
    await upsertCoding(tx, submissionId, coder.id, coding);
    await setSubmissionStatus(tx, submissionId, open.to, actor, initiative.id);
    return { ok: true, initiativeId: initiative.id };
  });
}

/**
 * Merges a submission into an initiative already in the bank: texts the
 * coder filled in replace the old ones, partners and areas are added to the
 * existing ones, the matrix coding becomes the coder's; id, source and
 * status stay. The initiative's history records the change.
 */
export async function mergeSubmission(db: Db, submissionId: string, targetId: string, fromForm: Initiative, coder: Coder, coding: StoredCoding): Promise<CloseResult> {
  return db.transaction(async (tx) => {
    const open = await lockFor(tx, submissionId, 'merge');
    if (typeof open === 'string') return { ok: false, reason: open };
    const existing = await getInitiativeForUpdate(tx, targetId);
    if (!existing) return { ok: false, reason: 'not_found' };
    const merged = mergeInitiative(existing, fromForm);
    const actor: Actor = { id: coder.id, label: coder.label };
    await saveInitiatives(tx, [merged], { actor, defaultSource: merged.source ?? open.source, action: 'update' });
    await upsertCoding(tx, submissionId, coder.id, coding);
    await setSubmissionStatus(tx, submissionId, open.to, actor, targetId);
    return { ok: true, initiativeId: targetId };
  });
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

export function mergeInitiative(existing: Initiative & { status?: string }, form: Initiative): Initiative {
  const { status: _status, ...base } = existing as Initiative & { status?: string; created_at?: string; updated_at?: string };
  delete (base as Record<string, unknown>).created_at;
  delete (base as Record<string, unknown>).updated_at;
  const text = <K extends 'name' | 'url' | 'description' | 'goal' | 'location' | 'organisation' | 'contact'>(k: K) => form[k] ?? base[k];
  const out: Initiative = {
    ...base,
    name: form.name || base.name,
    url: text('url'),
    description: text('description'),
    goal: text('goal'),
    location: text('location'),
    organisation: text('organisation'),
    contact: text('contact'),
    partners: union(base.partners, form.partners),
    areas: union(base.areas, form.areas),
    elements: form.elements,
    prevention: form.prevention,
    dimensions: form.dimensions,
    social_isolation: form.social_isolation,
    age_groups: form.age_groups,
    course: form.course,
    risk_factors: form.risk_factors,
    approach: form.approach,
    evidence: form.evidence,
    primary_actor: form.primary_actor,
    geographic_level: form.geographic_level,
    // The reviewed practical facts replace the old ones; a review without any keeps what the record had.
    access: form.access ?? base.access,
  };
  for (const k of Object.keys(out) as (keyof Initiative)[]) if (out[k] === undefined) delete out[k];
  return out;
}

async function upsertCoding(tx: Db, submissionId: string, coderId: string, coding: StoredCoding): Promise<void> {
  await tx
    .insert(codings)
    .values({ submissionId, coderId, coding })
    .onConflictDoUpdate({ target: [codings.submissionId, codings.coderId], set: { coding, updatedAt: new Date() } });
}

/** Not for the bank; the reason stays in the coders' history (the respondent sees that it was not taken up). */
export async function rejectSubmission(db: Db, submissionId: string, reason: string, coder: Coder): Promise<boolean> {
  return db.transaction(async (tx) => {
    const open = await lockFor(tx, submissionId, 'reject', reason);
    if (typeof open === 'string') return false;
    await tx.update(submissions).set({ status: open.to, updatedAt: new Date() }).where(eq(submissions.id, submissionId));
    await tx.insert(submissionEvents).values({ submissionId, actorKind: 'coder', actorId: coder.id, actorLabel: coder.label, kind: open.event, body: reason });
    return true;
  });
}

/** Coders who coded at least one submission, with how many. */
export async function codersWithCodings(db: Db): Promise<{ id: string; name: string; count: number }[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, count: sql<number>`count(*)::int` })
    .from(codings)
    .innerJoin(users, eq(users.id, codings.coderId))
    .groupBy(users.id, users.name, users.email)
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((r) => ({ id: r.id, name: r.name || r.email, count: Number(r.count) }));
}

/** The codings of two coders on the submissions both coded, paired in one order. */
export async function codingPairs(db: Db, coderA: string, coderB: string): Promise<[Coding, Coding][]> {
  const rows = await db
    .select({ submissionId: codings.submissionId, coderId: codings.coderId, coding: codings.coding })
    .from(codings)
    .where(inArray(codings.coderId, [coderA, coderB]))
    .orderBy(asc(codings.submissionId));
  const bySubmission = new Map<string, { a?: Coding; b?: Coding }>();
  for (const r of rows) {
    const e = bySubmission.get(r.submissionId) ?? {};
    if (r.coderId === coderA) e.a = r.coding as Coding;
    else e.b = r.coding as Coding;
    bySubmission.set(r.submissionId, e);
  }
  return [...bySubmission.values()].filter((e): e is { a: Coding; b: Coding } => !!e.a && !!e.b).map((e) => [e.a, e.b]);
}
