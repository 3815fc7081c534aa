/**
 * The audit log: who did what to which account, and every sign-in attempt.
 * It must never hold secrets or other people's contact data, so details
 * carry ids and codes only; a safety net drops anything that looks like a
 * password or an e-mail address, in case a caller forgets.
 */
import { desc } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditLog } from '../db/schema.js';

export interface AuditEvent {
  /** users.id of whoever acted; null for the system or an unknown visitor. */
  actorId: string | null;
  /** Dotted verb, e.g. "sign_in.failure", "user.create". */
  action: string;
  /** What was acted on, e.g. "user", "session". */
  entity: string;
  entityId?: string | null;
  /** Ids, codes and reasons only: never passwords, never e-mail addresses. */
  details?: Record<string, string | number | boolean | null>;
}

export interface StoredAuditEvent extends Required<AuditEvent> {
  id: number;
  at: string;
}

const SECRET_KEY = /pass|secret|token|mail/i;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/** Drops entries that could leak a secret or an address (defence in depth). */
export function safeDetails(details: AuditEvent['details'] = {}): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(details)) {
    if (SECRET_KEY.test(k)) continue;
    if (typeof v === 'string' && EMAIL_LIKE.test(v)) continue;
    out[k] = v;
  }
  return out;
}

export async function audit(db: Db, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    actorId: event.actorId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    details: safeDetails(event.details),
  });
}

/** The most recent events, newest first. */
export async function recentAuditEvents(db: Db, limit = 100): Promise<StoredAuditEvent[]> {
  const rows = await db.select().from(auditLog).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    actorId: r.actorId,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    details: r.details as Record<string, string | number | boolean | null>,
  }));
}
