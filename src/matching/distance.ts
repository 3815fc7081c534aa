/**
 * Distances for the matching, pure: municipality centroids from their imported outlines (d3-geo's
 * spherical centroid), and great-circle distances from the asked municipality's centroid to an
 * initiative's nearest place (its coordinates, or its municipality's centroid).
 */
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { MatchPlace } from './facts.js';

export type LonLat = readonly [number, number];

/** Mean Earth radius (IUGG), km: geoDistance gives radians on the unit sphere. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * The spherical centroid of an outline, whatever its ring order: d3-geo reads a ring wound the
 * other way (RFC 7946's counter-clockwise) as the rest of the globe, whose centroid is the
 * antipode of the outline's own (the whole sphere's centroid integral is zero).
 */
export function centroidOf(geometry: Geometry): LonLat {
  const feature = { type: 'Feature' as const, properties: {}, geometry };
  const [lon, lat] = geoCentroid(feature);
  if (geoArea(feature) <= 2 * Math.PI) return [lon, lat];
  return [lon > 0 ? lon - 180 : lon + 180, -lat];
}

export const distanceKm = (a: LonLat, b: LonLat): number => geoDistance(a as [number, number], b as [number, number]) * EARTH_RADIUS_KM;

/** Where a place is: its coordinates, else its municipality's centroid, else unknown. */
export function placePoint(place: MatchPlace, centroids: ReadonlyMap<string, LonLat>): LonLat | undefined {
  if (typeof place.lat === 'number' && typeof place.lon === 'number') return [place.lon, place.lat];
  return place.municipality ? centroids.get(place.municipality) : undefined;
}

/** Kilometres from `origin` to the nearest of the places, rounded to 0.1 km; undefined when none can be placed. */
export function nearestPlaceKm(origin: LonLat | undefined, places: readonly MatchPlace[] | undefined, centroids: ReadonlyMap<string, LonLat>): number | undefined {
  if (!origin || !places?.length) return undefined;
  let best: number | undefined;
  for (const p of places) {
    const point = placePoint(p, centroids);
    if (!point) continue;
    const d = distanceKm(origin, point);
    if (best === undefined || d < best) best = d;
  }
  return best === undefined ? undefined : Math.round(best * 10) / 10;
}
