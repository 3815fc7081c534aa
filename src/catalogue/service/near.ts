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
import { ENGLISH_EXONYMS } from '../../initiatives/place-names.js';
import { choosableMunicipalities } from '../../areas/service/choosable.js';
import type { Lang } from '../../vocabulary/matrix.js';
import { resolveNear, type NearAnswer, type NearPlace } from '../near-place.js';

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

/**
 * The municipalities people can choose for "near" by name: those people can choose everywhere
 * (areas/service/choosable.ts: Flanders and Brussels, valid now) that have an imported outline, so
 * a distance can be computed, under their Dutch, French and English names (place-names.ts); shown
 * in French on French pages.
 */
export async function nearPlaces(db: Db, lang: Lang, centroids: ReadonlyMap<string, LonLat>): Promise<NearPlace[]> {
  const [nl, fr] = await Promise.all([choosableMunicipalities(db, 'nl'), choosableMunicipalities(db, 'fr')]);
  const french = new Map(fr.map((m) => [m.code, m.name]));
  return nl
    .filter((m) => centroids.has(m.code))
    .map((m) => {
      const frName = french.get(m.code) ?? m.name;
      return { code: m.code, name: lang === 'fr' ? frName : m.name, names: [...new Set([m.name, frName, ...(ENGLISH_EXONYMS[m.code] ?? [])])] };
    });
}

/** What a typed "near" names (near-place.ts); a NIS code is any municipality with an outline, so links shared before keep working (a found code's name is the code: the page names it from the area model). */
export async function resolveNearText(db: Db, text: string, lang: Lang, geography: Geography): Promise<NearAnswer> {
  const places = /^\d{5}$/.test(text.trim()) ? [] : await nearPlaces(db, lang, geography.centroids);
  return resolveNear(text, places, new Set(geography.centroids.keys()));
}
