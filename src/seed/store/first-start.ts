/**
 * Storage of the first-start content: whether it was written, and writing it once — the areas the
 * examples serve, the examples through the one way into the initiatives table, and the mark that
 * says it is done — in one transaction, so a failed first start leaves an empty database that
 * seeds again next time.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { meta, areas } from '../../db/schema.js';
import type { Initiative } from '../../initiatives/schema.js';
import { saveInitiatives, type SaveOptions, type SaveResult } from '../../initiatives/store/repository.js';
import type { SeedArea } from '../first-start.js';

const SEEDED_AT = 'seeded_at';

/** Whether the first-start content was written before (its mark in meta). */
export async function wasSeeded(db: Db): Promise<boolean> {
  return (await db.select().from(meta).where(eq(meta.key, SEEDED_AT))).length > 0;
}

/** Writes the areas, then the initiatives, then the mark, in one transaction. */
export async function saveFirstStartContent(db: Db, seedAreas: readonly SeedArea[], items: readonly Initiative[], opts: SaveOptions): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    // Areas first: their names (in Dutch and French) are indexed with the initiatives that serve them.
    await tx.insert(areas).values(seedAreas.map(([code, nameNl, nameFr]) => ({ code, level: 'municipality', nameNl, nameFr: nameFr ?? null })));
    const saved = await saveInitiatives(tx, items, opts);
    await tx.insert(meta).values({ key: SEEDED_AT, value: new Date().toISOString() }).onConflictDoNothing();
    return saved;
  });
}
