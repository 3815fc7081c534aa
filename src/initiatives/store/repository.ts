/**
 * Reading and writing initiatives. Every write runs in one transaction and
 * records a revision (who, when, what changed), so nothing is lost and a
 * failed import leaves the database as it was.
 */
import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { initiativeRevisions, initiatives, type InitiativeStatus } from '../../db/schema.js';
import type { Initiative } from '../schema.js';
import { fromRow, toInterchange, toRow, type StoredInitiative } from '../record.js';
import { diffInitiatives } from '../diff.js';
import { tidyAccess } from '../access.js';
import { bumpCatalogueVersion } from './version.js';
import { placeNamesFor } from './search-text.js';

export interface Actor {
  /** users.id, or null for the system (seed, command line). */
  id: string | null;
  /** Shown in the history: a user's display name or e.g. "command line import". */
  label: string;
}

export interface SaveOptions {
  actor: Actor;
  /** Overrides every item's own `source` (the CLI's --source). */
  sourceOverride?: string;
  /** Used when an item has no `source` of its own (e.g. the file name). */
  defaultSource: string;
  /** Status for new initiatives; existing ones keep theirs. */
  status?: InitiativeStatus;
  action?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface SaveResult {
  created: number;
  updated: number;
  unchanged: number;
}

const CHUNK = 500;

/** Inserts or updates initiatives by id, all or nothing. Unchanged ones are left alone (idempotent). */
export async function saveInitiatives(db: Db, items: readonly Initiative[], opts: SaveOptions): Promise<SaveResult> {
  const result: SaveResult = { created: 0, updated: 0, unchanged: 0 };
  await db.transaction(async (tx) => {
    for (let start = 0; start < items.length; start += CHUNK) {
      const chunk = items.slice(start, start + CHUNK);
      const existing = new Map(
        (await tx.select().from(initiatives).where(inArray(initiatives.id, chunk.map((i) => i.id)))).map((r) => [r.id, fromRow(r)]),
      );
      const rows = [];
      const revisions = [];
      const placeNames = await placeNamesFor(tx, chunk.flatMap((i) => i.areas));
      for (const item of chunk) {
        const before = existing.get(item.id);
        const source = opts.sourceOverride ?? item.source ?? before?.source ?? opts.defaultSource;
        const status = item.status ?? before?.status ?? opts.status ?? 'published';
        // An access document that says nothing is not stored, so it is no change either.
        const after = { ...item, source, access: tidyAccess(item.access) };
        const beforeComparable = before ? { ...toInterchange(before), ...(item.status ? { status: before.status } : {}) } : undefined;
        const changes = diffInitiatives(beforeComparable, stripUndefined(after));
        if (before && Object.keys(changes).length === 0) {
          result.unchanged++;
          continue;
        }
        before ? result.updated++ : result.created++;
        rows.push({ ...toRow(item, source, status, placeNames), updatedAt: new Date() });
        revisions.push({
          initiativeId: item.id,
          actorId: opts.actor.id,
          actorLabel: opts.actor.label,
          action: opts.action ?? (before ? 'update' : 'create'),
          changes,
        });
      }
      if (rows.length > 0) {
        await tx
          .insert(initiatives)
          .values(rows)
          .onConflictDoUpdate({ target: initiatives.id, set: excludedColumns() });
        await tx.insert(initiativeRevisions).values(revisions);
        await bumpCatalogueVersion(tx);
      }
      opts.onProgress?.(Math.min(start + CHUNK, items.length), items.length);
    }
  });
  return result;
}

function stripUndefined<T extends object>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** SET clause for an upsert: every column takes the proposed value, except id, created_at and generated ones. */
function excludedColumns() {
  const set: Record<string, unknown> = {};
  for (const [key, col] of Object.entries(getTableColumns(initiatives))) {
    if (['id', 'created_at', 'search_vector'].includes(col.name)) continue;
    set[key] = sql.raw(`excluded."${col.name}"`);
  }
  return set;
}

export async function getInitiative(db: Db, id: string): Promise<StoredInitiative | undefined> {
  const rows = await db.select().from(initiatives).where(eq(initiatives.id, id)).limit(1);
  return rows[0] ? fromRow(rows[0]) : undefined;
}

export async function getPublishedInitiative(db: Db, id: string): Promise<StoredInitiative | undefined> {
  const rows = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.id, id), eq(initiatives.status, 'published')))
    .limit(1);
  return rows[0] ? fromRow(rows[0]) : undefined;
}

export async function setStatus(db: Db, id: string, status: InitiativeStatus, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ status: initiatives.status }).from(initiatives).where(eq(initiatives.id, id)).for('update');
    const before = rows[0]?.status;
    if (!before) return false;
    if (before === status) return true;
    await tx.update(initiatives).set({ status, updatedAt: new Date() }).where(eq(initiatives.id, id));
    await bumpCatalogueVersion(tx);
    await tx.insert(initiativeRevisions).values({
      initiativeId: id,
      actorId: actor.id,
      actorLabel: actor.label,
      action: status === 'published' ? 'publish' : status === 'archived' ? 'archive' : 'unpublish',
      changes: { status: [before, status] },
    });
    return true;
  });
}

export interface Revision {
  at: string;
  actor: string;
  action: string;
  changes: Record<string, [unknown, unknown]>;
}

export async function listRevisions(db: Db, id: string): Promise<Revision[]> {
  const rows = await db
    .select()
    .from(initiativeRevisions)
    .where(eq(initiativeRevisions.initiativeId, id))
    .orderBy(desc(initiativeRevisions.at), desc(initiativeRevisions.id));
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    actor: r.actorLabel,
    action: r.action,
    changes: r.changes as Record<string, [unknown, unknown]>,
  }));
}

/** Every initiative with the given statuses, in id order (for export). */
export async function listAll(db: Db, statuses: readonly InitiativeStatus[] = ['published']): Promise<StoredInitiative[]> {
  const rows = await db.select().from(initiatives).where(inArray(initiatives.status, [...statuses])).orderBy(asc(initiatives.id));
  return rows.map(fromRow);
}

/** Whether an id is in use (any status). */
export async function initiativeExists(db: Db, id: string): Promise<boolean> {
  return (await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, id)).limit(1)).length > 0;
}

/** An initiative read for an update in the caller's transaction: its row stays locked until that transaction ends. */
export async function getInitiativeForUpdate(db: Db, id: string): Promise<StoredInitiative | undefined> {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id)).for('update');
  return row ? fromRow(row) : undefined;
}
