/**
 * The screening's I/O: nearby initiatives for a result (read through the
 * initiatives capability, switchable in one place) and the municipality
 * pick list. Nothing here writes: a screening stores nothing.
 */
import type { Database, Db } from '../../db/client.js';
import { initiativesServing, elementsOfferedIn, type NearbyInitiative, type NearbyQuery } from '../../initiatives/nearby.js';
import { listMunicipalities } from '../../areas/names.js';
import { areasRevision } from '../../areas/store.js';
import type { Lang } from '../../vocabulary/matrix.js';

export type { NearbyInitiative };

/** Where nearby initiatives come from: the initiatives capability, with issue 9's one meaning of coverage. */
export interface NearbySource {
  serving(database: Database, q: NearbyQuery): Promise<NearbyInitiative[]>;
  offeredIn(database: Database, municipality: string, elements: readonly string[]): Promise<Set<string>>;
}

export const nearbySource: NearbySource = { serving: initiativesServing, offeredIn: elementsOfferedIn };

export async function nearbyInitiatives(database: Database, municipality: string | undefined, elements: readonly string[], ageGroup?: string): Promise<NearbyInitiative[] | null> {
  if (!municipality) return null;
  return nearbySource.serving(database, { municipality, elements, ageGroup, limit: 10 });
}

/** Municipalities for the pick list, kept per database until the areas change (a full import has thousands of sector rows to read). */
const municipalityCache = new WeakMap<Db, { revision: string; byLang: Map<Lang, { code: string; name: string }[]> }>();
export async function municipalities(db: Db, lang: Lang): Promise<{ code: string; name: string }[]> {
  const revision = await areasRevision(db);
  let entry = municipalityCache.get(db);
  if (!entry || entry.revision !== revision) {
    entry = { revision, byLang: new Map() };
    municipalityCache.set(db, entry);
  }
  let list = entry.byLang.get(lang);
  if (!list) {
    list = await listMunicipalities(db, lang);
    entry.byLang.set(lang, list);
  }
  return list;
}

export async function municipalityName(db: Db, code: string | undefined, lang: Lang): Promise<string | undefined> {
  if (!code) return undefined;
  return (await municipalities(db, lang)).find((m) => m.code === code)?.name ?? code;
}
