/**
 * Dissolving areas into the area that contains them: a care zone, province or region drawn from
 * its municipalities' shapes, with the borders between them removed.
 *
 * Why a topology: two neighbouring municipalities share their border as identical vertices (a
 * TopoJSON import simplifies each shared arc once, see read-boundaries.ts). topojson-server finds
 * those shared arcs and topojson-client's merge drops every arc used twice within a group, which
 * is exactly "remove the inner borders". Shapes from files whose neighbours do not share vertices
 * (some Shapefiles) still come out whole; only their inner borders may stay visible as hairlines.
 */
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import { prepareGeometry, type AreaGeometry } from './geometry.js';

/** For each group (containing area code → member codes), its members' shapes dissolved into one; groups with no shaped member are left out. */
export function dissolveGroups(shapes: ReadonlyMap<string, AreaGeometry>, groups: ReadonlyMap<string, readonly string[]>): Map<string, AreaGeometry> {
  const used = new Set([...groups.values()].flat().filter((c) => shapes.has(c)));
  const out = new Map<string, AreaGeometry>();
  if (!used.size) return out;
  const features: Feature<Geometry, null>[] = [...used].map((code) => ({ type: 'Feature', id: code, properties: null, geometry: shapes.get(code)! }));
  const collection: FeatureCollection<Geometry, null> = { type: 'FeatureCollection', features };
  const topo = topology({ areas: collection });
  const byCode = new Map<string, GeometryObject>();
  for (const g of (topo.objects.areas as GeometryCollection).geometries) byCode.set(String(g.id), g);
  for (const [code, members] of groups) {
    const parts = members.map((m) => byCode.get(m)).filter((g): g is GeometryObject => g !== undefined);
    if (!parts.length) continue;
    // merge() accepts polygons only, which display geometries are; prepareGeometry restores the winding d3-geo expects.
    const merged = prepareGeometry(merge(topo, parts as never) as Geometry, { tolerance: 0 });
    if (merged) out.set(code, merged);
  }
  return out;
}
