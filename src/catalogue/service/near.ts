/**
 * The search's "near" option and map points: the municipality centroids of the imported outlines
 * and the one distance of the matching (src/matching/distance.ts, store/centroids.ts), so a
 * distance on the search page is the distance the matching shows. Without imported outlines
 * neither is offered.
 */
import type { Db } from '../../db/client.js';
import { ValidationError } from '../../platform/problem.js';
import type { DistanceOf } from '../../initiatives/store/near.js';
import { nearestPlaceKm, placePoint, type LonLat } from '../../matching/distance.js';
import { municipalityCentroids } from '../../matching/store/centroids.js';
import type { Place } from '../../initiatives/access.js';

export interface Geography {
  /** Whether municipality outlines are imported: the map and "near" are offered only then. */
  available: boolean;
  centroids: ReadonlyMap<string, LonLat>;
  /** With "near": the asked municipality's centroid and the distance from it. */
  near?: { code: string; origin: LonLat; distanceOf: DistanceOf };
}

/** The search's geography; an unknown "near" code (or one asked while no outlines are imported) is a located 400. */
export async function searchGeography(db: Db, near: string | undefined): Promise<Geography> {
  const centroids = await municipalityCentroids(db);
  const available = centroids.size > 0;
  if (!near) return { available, centroids };
  const origin = centroids.get(near);
  if (!origin) {
    const message = available ? 'no municipality outline has this NIS code (a municipality code, before or since the 2025 mergers)' : 'no municipality outlines are imported, so results cannot be ordered by distance';
    throw new ValidationError([{ field: 'near', message }]);
  }
  return { available, centroids, near: { code: near, origin, distanceOf: (places) => nearestPlaceKm(origin, places, centroids) } };
}

/** Where a place goes on the map: its coordinates, else its municipality's centroid. */
export const pointOf = (place: Place, centroids: ReadonlyMap<string, LonLat>): LonLat | undefined => placePoint(place, centroids);
