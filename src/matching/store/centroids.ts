/**
 * Municipality centroids from the imported outlines (`import-areas … --level municipality`), for
 * distances. Every stored municipality shape counts (a pre-2025 code keeps its own shape), and
 * municipalities made by the 2025 mergers get their predecessors' shapes combined (geometriesAt).
 * Kept per database until the areas change. No outlines: an empty map, and no distances.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { areaGeometries } from '../../db/schema.js';
import { DataCache } from '../../platform/data-cache.js';
import { areasRevision } from '../../areas/store/boundaries.js';
import { geometriesAt } from '../../areas/store/query.js';
import { areaCoverage } from '../../initiatives/store/area-scope.js';
import { centroidOf, type LonLat } from '../distance.js';
import type { Geometry } from 'geojson';

/** Kept per database until the areas change (src/platform/data-cache.ts). */
const cache = new DataCache<Map<string, LonLat>>({ max: 1 });

async function load(db: Db): Promise<Map<string, LonLat>> {
  const out = new Map<string, LonLat>();
  const rows = await db
    .select({ code: areaGeometries.code, geometry: areaGeometries.geometry })
    .from(areaGeometries)
    .where(eq(areaGeometries.level, 'municipality'))
    .orderBy(asc(areaGeometries.validFrom));
  if (!rows.length) return out;
  for (const r of rows) out.set(r.code, centroidOf(r.geometry as Geometry)); // the latest shape of a code wins
  const { year } = await areaCoverage(db);
  for (const s of await geometriesAt(db, 'municipality', year)) if (s.combinedFrom) out.set(s.code, centroidOf(s.geometry));
  return out;
}

export async function municipalityCentroids(db: Db): Promise<Map<string, LonLat>> {
  return cache.get(db, await areasRevision(db), 'centroids', () => load(db));
}
