/**
 * First-start content, pure: the inspiring examples of part 4 of the study as initiatives, coded
 * with what the study states, and the municipalities they serve. The vocabulary and literature
 * live in code (src/vocabulary), so they are always present.
 */
import { initiativeInputSchema, type Initiative } from '../initiatives/schema.js';
import { INSPIRING_EXAMPLES, SEED_SOURCE } from './examples.js';
import { SEED_ACCESS } from './access-examples.js';

export type SeedArea = readonly [code: string, nameNl: string, nameFr?: string];

/**
 * Names of the municipalities the seeded examples serve, so their pages read
 * well before any area data is imported (the area monitor imports the full
 * official lists).
 */
export const SEED_AREAS: readonly SeedArea[] = [
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

/** Where the seeded initiatives say they come from, and who saved them (shown in their history). */
export const SEED_SAVE = { actor: { id: null, label: 'Verbind (startinhoud)' }, defaultSource: SEED_SOURCE, action: 'seed' } as const;

/** The examples as initiatives, validated by the one initiative schema (with their access facts). */
export function firstStartInitiatives(): Initiative[] {
  return INSPIRING_EXAMPLES.map(({ coding_note: _n, ...e }) => initiativeInputSchema.parse({ ...e, access: SEED_ACCESS[e.id]?.access }));
}

/** Where each seeded example's coding comes from (shown on its page). */
export function codingNoteFor(id: string): string | undefined {
  const note = INSPIRING_EXAMPLES.find((e) => e.id === id)?.coding_note;
  const access = SEED_ACCESS[id];
  return note && access ? `${note} Toegang (hoe, waar, voor wie): ${access.note}, zoals de studie het beschrijft; uren, adressen, talen en plaats zijn niet vermeld.` : note;
}
