/**
 * First start: writes the study's inspiring examples (src/seed/first-start.ts) once, into an
 * empty database.
 */
import type { Database } from '../../db/client.js';
import { hasAnyInitiative } from '../../initiatives/store/queries.js';
import { firstStartInitiatives, SEED_AREAS, SEED_SAVE } from '../first-start.js';
import { saveFirstStartContent, wasSeeded } from '../store/first-start.js';

/** Seeds once: returns the number of initiatives added, 0 when the database already had content. */
export async function seedIfEmpty(database: Database): Promise<number> {
  if (await wasSeeded(database.db)) return 0;
  if (await hasAnyInitiative(database.db)) return 0;
  // One transaction (the store): a failed first start leaves an empty database that seeds again next time.
  return (await saveFirstStartContent(database.db, SEED_AREAS, firstStartInitiatives(), SEED_SAVE)).created;
}
