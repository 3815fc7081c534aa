/**
 * First-start content: the inspiring examples of part 4 of the study, coded
 * with what the study states. The vocabulary and literature live in code
 * (src/vocabulary), so they are always present.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { meta, initiatives } from '../db/schema.js';
import { initiativeInputSchema } from '../initiatives/schema.js';
import { saveInitiatives } from '../initiatives/repository.js';
import { INSPIRING_EXAMPLES, SEED_SOURCE } from './examples.js';

/** Seeds once: returns the number of initiatives added, 0 when the database already had content. */
export async function seedIfEmpty(database: Database): Promise<number> {
  const done = await database.db.select().from(meta).where(eq(meta.key, 'seeded_at'));
  if (done.length) return 0;
  const any = await database.db.select({ id: initiatives.id }).from(initiatives).limit(1);
  if (any.length) return 0;
  const items = INSPIRING_EXAMPLES.map(({ coding_note: _n, ...e }) => initiativeInputSchema.parse(e));
  const r = await saveInitiatives(database.db, items, {
    actor: { id: null, label: 'Verbind (startinhoud)' },
    defaultSource: SEED_SOURCE,
    action: 'seed',
  });
  await database.db.insert(meta).values({ key: 'seeded_at', value: new Date().toISOString() }).onConflictDoNothing();
  return r.created;
}

/** Where each seeded example's coding comes from (shown on its page). */
export function codingNoteFor(id: string): string | undefined {
  return INSPIRING_EXAMPLES.find((e) => e.id === id)?.coding_note;
}
