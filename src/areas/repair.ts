/**
 * Self-intersecting boundaries ("bow ties", a ring crossing itself or a hole
 * crossing its outer ring) are invalid polygons (OGC Simple Features): areas,
 * point-in-polygon and dissolving give wrong answers on them. They are found
 * here and repaired the way GIS tools do (like PostGIS ST_MakeValid or a zero
 * buffer): the polygon is rebuilt as the union of what it covers, reading a
 * crossing ring by the non-zero winding rule, with polygon-clipping (MIT).
 * Pure functions.
 */
import polygonClipping, { type Geom } from 'polygon-clipping';
import type { Position } from 'geojson';
import type { AreaGeometry } from './geometry.js';

type Segment = [Position, Position, ring: number, index: number, ringLength: number];

/** Orientation of c relative to a→b: >0 left, <0 right, 0 collinear. */
function orient(a: Position, b: Position, c: Position): number {
  return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}

/** True when the segments cross at a point inside both (touching end points do not count). */
function cross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return ((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0));
}

/** Whether a polygon's rings (outer and holes) cross themselves or each other. Sweeps segments sorted by x. */
export function polygonSelfIntersects(rings: readonly (readonly Position[])[]): boolean {
  const segs: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) segs.push([ring[i]!, ring[i + 1]!, r, i, ring.length - 1]);
  });
  const minX = (s: Segment) => Math.min(s[0][0]!, s[1][0]!);
  const maxX = (s: Segment) => Math.max(s[0][0]!, s[1][0]!);
  segs.sort((p, q) => minX(p) - minX(q));
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const end = maxX(s);
    const sLoY = Math.min(s[0][1]!, s[1][1]!);
    const sHiY = Math.max(s[0][1]!, s[1][1]!);
    for (let j = i + 1; j < segs.length && minX(segs[j]!) <= end; j++) {
      const t = segs[j]!;
      if (Math.max(t[0][1]!, t[1][1]!) < sLoY || Math.min(t[0][1]!, t[1][1]!) > sHiY) continue;
      if (cross(s[0], s[1], t[0], t[1])) return true;
    }
  }
  return false;
}

/** How many of the geometry's polygons cross themselves. */
export function selfIntersectingParts(g: AreaGeometry): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.filter((p) => polygonSelfIntersects(p)).length;
}

/**
 * The geometry with every self-intersecting polygon rebuilt as the union of
 * what it covers (non-zero rule); other polygons are kept exactly as they are.
 * Null when nothing is left.
 */
export function repairGeometry(g: AreaGeometry): AreaGeometry | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Position[][][] = [];
  for (const p of polys) {
    if (!polygonSelfIntersects(p)) {
      out.push(p);
      continue;
    }
    for (const part of polygonClipping.union(p as Geom)) out.push(part);
  }
  if (!out.length) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}
