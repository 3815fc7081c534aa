/**
 * First-start content: the inspiring examples of part 4 of the study, coded
 * with what the study states. The vocabulary and literature live in code
 * (src/vocabulary), so they are always present.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { meta, areas } from '../../db/schema.js';
import { hasAnyInitiative } from '../../initiatives/store/queries.js';
import { initiativeInputSchema } from '../../initiatives/schema.js';
import { saveInitiatives } from '../../initiatives/store/repository.js';
import { INSPIRING_EXAMPLES, SEED_SOURCE } from '../examples.js';
import { SEED_ACCESS } from '../access-examples.js';

/**
 * Names of the municipalities the seeded examples serve, so their pages read
 * well before any area data is imported (the area monitor imports the full
 * official lists).
 */
export const SEED_AREAS: readonly [code: string, nameNl: string, nameFr?: string][] = [
  // French names as Statbel's REFNIS list gives them (checked in test/initiatives/multilingual.test.ts).
  ['11002', 'Antwerpen', 'Anvers'],
  ['12002', 'Berlaar'],
  ['12007', 'Bornem'],
  ['12009', 'Duffel'],
  ['12021', 'Lier', 'Lierre'],
  ['12026', 'Nijlen'],
  ['13049', 'Westerlo'],
  ['24054', 'Kortenaken'],
  ['44021', 'Gent', 'Gand'],
  ['71016', 'Genk'],
];

/** Seeds once: returns the number of initiatives added, 0 when the database already had content. */
export async function seedIfEmpty(database: Database): Promise<number> {
  const done = await database.db.select().from(meta).where(eq(meta.key, 'seeded_at'));
  if (done.length) return 0;
  if (await hasAnyInitiative(database.db)) return 0;
  const items = INSPIRING_EXAMPLES.map(({ coding_note: _n, ...e }) => initiativeInputSchema.parse({ ...e, access: SEED_ACCESS[e.id]?.access }));
  // One transaction: a failed first start leaves an empty database that seeds again next time.
  const r = await database.db.transaction(async (tx) => {
    // Areas first: their names (in Dutch and French) are indexed with the initiatives that serve them.
    await tx.insert(areas).values(SEED_AREAS.map(([code, nameNl, nameFr]) => ({ code, level: 'municipality', nameNl, nameFr: nameFr ?? null })));
    const saved = await saveInitiatives(tx, items, {
      actor: { id: null, label: 'Verbind (startinhoud)' },
      defaultSource: SEED_SOURCE,
      action: 'seed',
    });
    await tx.insert(meta).values({ key: 'seeded_at', value: new Date().toISOString() }).onConflictDoNothing();
    return saved;
  });
  return r.created;
}

/** Where each seeded example's coding comes from (shown on its page). */
export function codingNoteFor(id: string): string | undefined {
  const note = INSPIRING_EXAMPLES.find((e) => e.id === id)?.coding_note;
  const access = SEED_ACCESS[id];
  return note && access ? `${note} Toegang (hoe, waar, voor wie): ${access.note}, zoals de studie het beschrijft; uren, adressen, talen en plaats zijn niet vermeld.` : note;
}
