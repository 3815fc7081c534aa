/**
 * What the search's map draws: the places of the page's initiatives (their coordinates, else
 * their municipality's centroid, as the "near" distances use them) on the outlines of the
 * municipalities around them. Only the outlines of the area shown are sent, thinned to the
 * screen's resolution (src/maps/compact-path.ts), so the map stays light.
 */
import type { Feature, Geometry } from 'geojson';
import type { Database, Db } from '../../db/client.js';
import { areasRevision } from '../../areas/store/boundaries.js';
import { DataCache } from '../../platform/data-cache.js';
import { geometriesAt, type AreaShape } from '../../areas/store/query.js';
import { areaCoverage } from '../../initiatives/store/area-scope.js';
import { placesOf } from '../../initiatives/store/near.js';
import type { CatalogueItem } from '../../initiatives/store/search.js';
import type { Geography } from './near.js';
import { pointOf } from './near.js';

export interface MapPoint {
  id: string;
  name: string;
  /** The item's number in the list (1-based, on this page). */
  number: number;
  place: string;
  point: readonly [number, number];
}

export interface SearchMapData {
  features: Feature<Geometry, { code: string }>[];
  points: MapPoint[];
  /** Items on this page with no place on the map (a wider area, at home, online, or no place recorded). */
  unplaced: number;
}

const shapeCache = new DataCache<AreaShape[]>({ max: 1 });

/** The municipality outlines of the current year, kept per database until the areas change. */
async function municipalityShapes(db: Db): Promise<AreaShape[]> {
  return shapeCache.get(db, await areasRevision(db), 'municipalities', async () => geometriesAt(db, 'municipality', (await areaCoverage(db)).year));
}

/** Margin around the places, in degrees: a tenth of their spread, at least about 4 km, so neighbouring municipalities frame them. */
const margin = (span: number) => Math.max(0.06, span * 0.1);

export async function searchMapData(database: Database, items: readonly CatalogueItem[], geo: Geography): Promise<SearchMapData | null> {
  if (!geo.available || !items.length) return null;
  const places = await placesOf(database, items.map((i) => i.id));
  const points: MapPoint[] = [];
  let unplaced = 0;
  items.forEach((item, i) => {
    const seen = new Set<string>();
    for (const place of places.get(item.id) ?? []) {
      const point = pointOf(place, geo.centroids);
      if (!point) continue;
      const key = `${point[0].toFixed(4)},${point[1].toFixed(4)}`;
      if (seen.has(key)) continue; // several places at one municipality's centroid: one marker
      seen.add(key);
      points.push({ id: item.id, name: item.name, number: i + 1, place: place.name, point });
    }
    if (!seen.size) unplaced++;
  });
  if (!points.length) return { features: [], points, unplaced };
  const lons = points.map((p) => p.point[0]);
  const lats = points.map((p) => p.point[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const dLon = margin(maxLon - minLon) * 1.6; // a degree of longitude is about 0.63 of a degree of latitude here
  const dLat = margin(maxLat - minLat);
  const shapes = (await municipalityShapes(database.db)).filter(
    (s) => s.bbox.maxLon >= minLon - dLon && s.bbox.minLon <= maxLon + dLon && s.bbox.maxLat >= minLat - dLat && s.bbox.minLat <= maxLat + dLat,
  );
  return { features: shapes.map((s) => ({ type: 'Feature', geometry: s.geometry as Geometry, properties: { code: s.code } })), points, unplaced };
}
