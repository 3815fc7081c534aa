/**
 * Geometry for display: reprojection, simplification (Douglas–Peucker), rounding, bounding boxes.
 * Areas are Polygon or MultiPolygon in GeoJSON order [lon, lat]. Pure functions.
 *
 * Display simplification: a tolerance in degrees (default per level below). At the map sizes the
 * monitor draws (Flanders and Brussels ≈ 250 km over ~800 px, ≈ 300 m a pixel; a municipality
 * zoomed to ~600 px, ≈ 20 m a pixel) tolerances of 0.0002° (≈ 15–20 m) for municipalities and
 * larger areas and 0.00005° (≈ 4–5 m) for sectors are below a pixel. Coordinates are rounded to
 * 5 decimals (≈ 1 m). For TopoJSON input the shared arcs are simplified once, before features are
 * built, so neighbours keep exactly the same border; other inputs are simplified per ring, which
 * can leave sub-tolerance slivers between neighbours (invisible at these scales).
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { PointTransform } from './crs.js';
import type { AreaLevel } from './levels.js';

export type AreaGeometry = Polygon | MultiPolygon;

export const DISPLAY_TOLERANCE: Record<AreaLevel, number> = {
  sector: 0.00005,
  municipality: 0.0002,
  zone: 0.0002,
  district: 0.0002,
  province: 0.0002,
  region: 0.0002,
};

export const COORDINATE_DECIMALS = 5;

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Squared distance from p to the segment a–b (planar; fine for the short segments of a boundary). */
function segDist2(p: Position, a: Position, b: Position): number {
  let x = a[0]!;
  let y = a[1]!;
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0]! - x) * dx + (p[1]! - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0]!;
      y = b[1]!;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0]! - x;
  dy = p[1]! - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker on an open line; the end points are always kept. Iterative (no deep recursion). */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  const n = points.length;
  if (n <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDist2(points[i]!, points[first]!, points[last]!);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index >= 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i]!);
  return out;
}

/**
 * Simplifies a closed ring. The ring is split at its first point and at the point farthest from it,
 * so both halves keep their ends; a ring that collapses below 4 positions is returned as null.
 */
export function simplifyRing(ring: readonly Position[], tolerance: number): Position[] | null {
  if (ring.length < 4) return null;
  if (tolerance <= 0) return ring.slice();
  let far = 1;
  let farD = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const dx = ring[i]![0]! - ring[0]![0]!;
    const dy = ring[i]![1]! - ring[0]![1]!;
    const d = dx * dx + dy * dy;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine(ring.slice(far), tolerance);
  const out = [...a, ...b.slice(1)];
  return out.length >= 4 ? out : null;
}

function roundPos(p: Position, f: number): Position {
  return [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
}

/** Removes consecutive duplicate positions (after rounding) and closes the ring. */
function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : null;
}

export interface PrepareOptions {
  /** Reprojection to WGS84, applied first. */
  transform?: PointTransform;
  /** Douglas–Peucker tolerance in degrees; 0 keeps every point. */
  tolerance?: number;
  decimals?: number;
}

/**
 * Turns an input geometry into a display geometry: reprojected, simplified, rounded; holes and
 * parts that collapse are dropped. Returns null for a geometry with no area left (or not a polygon).
 */
export function prepareGeometry(g: Geometry | null | undefined, opts: PrepareOptions = {}): AreaGeometry | null {
  if (!g) return null;
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : g.type === 'GeometryCollection' ? [] : [];
  if (g.type === 'GeometryCollection') {
    for (const part of g.geometries) {
      const p = prepareGeometry(part, { ...opts, tolerance: 0, decimals: 12 });
      if (p?.type === 'Polygon') polys.push(p.coordinates);
      else if (p?.type === 'MultiPolygon') polys.push(...p.coordinates);
    }
  }
  const f = 10 ** (opts.decimals ?? COORDINATE_DECIMALS);
  const tol = opts.tolerance ?? 0;
  const t = opts.transform;
  const out: Position[][][] = [];
  for (const poly of polys) {
    const rings: Position[][] = [];
    for (let r = 0; r < poly.length; r++) {
      let ring = poly[r]!;
      if (t) ring = ring.map((p) => t(p[0]!, p[1]!));
      const simple = simplifyRing(ring, tol);
      const clean = simple && cleanRing(simple.map((p) => roundPos(p, f)));
      if (!clean) {
        if (r === 0) break; // the outer ring collapsed: drop the whole polygon
        continue; // a hole collapsed: drop the hole
      }
      rings.push(clean);
    }
    if (rings.length) out.push(rings);
  }
  if (!out.length) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

export function bboxOf(g: AreaGeometry): BBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) {
    for (const p of poly[0] ?? []) {
      if (p[0]! < minLon) minLon = p[0]!;
      if (p[0]! > maxLon) maxLon = p[0]!;
      if (p[1]! < minLat) minLat = p[1]!;
      if (p[1]! > maxLat) maxLat = p[1]!;
    }
  }
  return { minLon, minLat, maxLon, maxLat };
}

/** Extent of every coordinate of a geometry (in its own CRS), for CRS detection. */
export function extendExtent(e: { minX: number; minY: number; maxX: number; maxY: number }, g: Geometry | null | undefined): void {
  if (!g) return;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const x = c[0] as number;
      const y = c[1] as number;
      if (x < e.minX) e.minX = x;
      if (x > e.maxX) e.maxX = x;
      if (y < e.minY) e.minY = y;
      if (y > e.maxY) e.maxY = y;
    } else if (Array.isArray(c)) for (const k of c) visit(k);
  };
  if (g.type === 'GeometryCollection') for (const p of g.geometries) extendExtent(e, p);
  else visit((g as { coordinates: unknown }).coordinates);
}

/** Several geometries as one MultiPolygon (not dissolved: inner borders stay), e.g. a 2025 municipality drawn from its predecessors. */
export function combineGeometries(parts: readonly AreaGeometry[]): AreaGeometry | null {
  const polys: Position[][][] = [];
  for (const g of parts) {
    if (g.type === 'Polygon') polys.push(g.coordinates);
    else polys.push(...g.coordinates);
  }
  if (!polys.length) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

export function unionBBox(boxes: readonly BBox[]): BBox {
  return boxes.reduce(
    (a, b) => ({ minLon: Math.min(a.minLon, b.minLon), minLat: Math.min(a.minLat, b.minLat), maxLon: Math.max(a.maxLon, b.maxLon), maxLat: Math.max(a.maxLat, b.maxLat) }),
    { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity },
  );
}
