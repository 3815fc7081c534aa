/**
 * "Near": the catalogue ordered by distance from a point, and the places of a page of initiatives
 * for its map. How far a place is comes from the caller (the matching's one distance,
 * src/matching/distance.ts, from the centroids of the imported municipality outlines or a place's
 * own coordinates): this module only reads the places and orders, so the facet-index path and the
 * SQL path of search.ts order the same way by construction.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { Place } from '../access.js';

/** Kilometres from the asked point to the nearest of an initiative's places; undefined when none can be placed. */
export type DistanceOf = (places: readonly Place[] | undefined) => number | undefined;

export interface NearRow {
  id: string;
  places: Place[] | null;
}

export interface Ranked {
  id: string;
  distance_km?: number;
}

/**
 * Nearest first. The rows come in the catalogue's name order (lower(name), id) and the sort is
 * stable, so equal distances keep name then id order; initiatives that cannot be placed (no
 * place, or a place with neither coordinates nor a municipality with an outline) come last, in
 * name order.
 */
export function orderByDistance(rows: readonly NearRow[], distanceOf: DistanceOf): Ranked[] {
  const ranked = rows.map((r): Ranked => {
    const d = distanceOf(r.places ?? undefined);
    return d === undefined ? { id: r.id } : { id: r.id, distance_km: d };
  });
  return ranked.sort((a, b) => (a.distance_km === undefined ? (b.distance_km === undefined ? 0 : 1) : b.distance_km === undefined ? -1 : a.distance_km - b.distance_km));
}

/** The places of the given published initiatives (one parameter whatever the number of ids: ids have no spaces). */
export async function placesOf(database: Database, ids: readonly string[]): Promise<Map<string, Place[]>> {
  if (!ids.length) return new Map();
  const rows = await database.rows<NearRow>(sql`
    SELECT id, access->'places' AS places FROM initiatives
    WHERE status = 'published' AND id = ANY(string_to_array(${ids.join(' ')}, ' ')) AND jsonb_typeof(access->'places') = 'array'`);
  return new Map(rows.map((r) => [r.id, r.places ?? []]));
}
