/** TopoJSON / GeoJSON to features keyed by an area code property. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export function featuresFromTopology(topology: Topology, object: string, codeProperty: string): Feature<Geometry, { code: string }>[] {
  const obj = topology.objects[object] as GeometryCollection | undefined;
  if (!obj) throw new Error(`The TopoJSON has no object "${object}" (it has: ${Object.keys(topology.objects).join(', ')}).`);
  const fc = feature(topology, obj) as FeatureCollection<Geometry, Record<string, unknown>>;
  return fc.features.map((f) => ({ ...f, properties: { code: String(f.properties?.[codeProperty] ?? '') } }));
}
