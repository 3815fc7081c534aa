/**
 * The screening's I/O: nearby initiatives for a result (through the matching, issue 13, switchable
 * in one place) and the municipality pick list. Nothing here writes: a screening stores nothing.
 */
import type { Database, Db } from '../../db/client.js';
import { elementsOfferedIn } from '../../initiatives/store/candidates.js';
import { choosableMunicipalities } from '../../areas/service/choosable.js';
import type { Lang } from '../../vocabulary/matrix.js';
import { ValidationError } from '../../platform/problem.js';
import { findMatches } from '../../matching/service/index.js';
import type { MatchItem } from '../../matching/match.js';

export interface NearbyQuery {
  /** NIS code of the municipality (5 digits). */
  municipality: string;
  /** Recommended effective-element codes; an initiative must offer at least one. */
  elements: readonly string[];
  ageGroup?: string | undefined;
  limit?: number;
}

export interface NearbyInitiative {
  id: string;
  name: string;
  organisation: string | null;
  /** The recommended elements it offers. */
  elements: string[];
  /** local: it works in the municipality; wider: it covers it from a wider area. */
  coverage: 'local' | 'wider';
  /** How many of the recommended elements it offers. */
  matched: number;
}

/** Where nearby initiatives come from: the matching (ranked by its rules: most recommended elements, then the effectladder, then reachability). */
export interface NearbySource {
  serving(database: Database, q: NearbyQuery): Promise<NearbyInitiative[]>;
  offeredIn(database: Database, municipality: string, elements: readonly string[]): Promise<Set<string>>;
}

const nearby = (i: MatchItem): NearbyInitiative => {
  const elements = i.fits.find((r) => r.code === 'elements')?.values ?? [];
  return { id: i.initiative_id, name: i.name, organisation: i.organisation, elements, coverage: i.coverage ?? 'wider', matched: elements.length };
};

async function servingByMatching(database: Database, q: NearbyQuery): Promise<NearbyInitiative[]> {
  if (!q.elements.length || !/^\d{5}$/.test(q.municipality)) return [];
  try {
    const { items } = await findMatches(database, { municipality: q.municipality, elements: [...q.elements], ...(q.ageGroup ? { age_group: q.ageGroup } : {}), limit: q.limit ?? 10 });
    return items.map(nearby);
  } catch (e) {
    if (e instanceof ValidationError) return []; // a code no municipality has: nothing nearby, as before
    throw e;
  }
}

export const nearbySource: NearbySource = { serving: servingByMatching, offeredIn: elementsOfferedIn };

export async function nearbyInitiatives(database: Database, municipality: string | undefined, elements: readonly string[], ageGroup?: string): Promise<NearbyInitiative[] | null> {
  if (!municipality) return null;
  return nearbySource.serving(database, { municipality, elements, ageGroup, limit: 10 });
}

/** The municipalities people can choose (Flanders and Brussels), for the pick list. */
export const municipalities = choosableMunicipalities;

export async function municipalityName(db: Db, code: string | undefined, lang: Lang): Promise<string | undefined> {
  if (!code) return undefined;
  return (await municipalities(db, lang)).find((m) => m.code === code)?.name ?? code;
}
