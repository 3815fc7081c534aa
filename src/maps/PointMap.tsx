/**
 * Places on municipality outlines as plain SVG (d3-geo, no tile server, works offline and without
 * JavaScript). The outlines are a backdrop, drawn as one thinned path and hidden from assistive
 * technology; each marker is a link with an accessible name (its number in the list beside the
 * map, the name, the place), reachable by Tab in the list's order, with a visible focus ring. The
 * list beside the map is its equivalent: the map adds where, never what.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compactPath } from './compact-path.js';

export interface MapMarker {
  /** Unique per marker (an initiative may have several places). */
  key: string;
  href: string;
  /** The marker's accessible name and tooltip, e.g. "3. Koffieklap, Korenmarkt". */
  label: string;
  /** The number of the item in the list beside the map, drawn in the marker. */
  number: number;
  /** [longitude, latitude] (WGS84). */
  point: readonly [number, number];
}

export interface PointMapProps {
  id: string;
  title: string;
  description: string;
  /** The outlines drawn behind the markers; the map is fitted to them. */
  features: Feature<Geometry, { code: string }>[];
  markers: MapMarker[];
  width?: number;
  /** The map's height is the outlines' shape at `width`, within these bounds. */
  minHeight?: number;
  maxHeight?: number;
}

const RADIUS = 10;

/** Markers closer than a marker's width are spread on a small circle around their point, so each stays visible and clickable. */
export function spread(points: { x: number; y: number }[], minGap = RADIUS * 2): { x: number; y: number }[] {
  const out = points.map((p) => ({ ...p }));
  const groups: number[][] = [];
  points.forEach((p, i) => {
    const g = groups.find((gr) => gr.some((j) => Math.hypot(points[j]!.x - p.x, points[j]!.y - p.y) < minGap));
    if (g) g.push(i);
    else groups.push([i]);
  });
  for (const g of groups) {
    if (g.length < 2) continue;
    const cx = g.reduce((s, i) => s + points[i]!.x, 0) / g.length;
    const cy = g.reduce((s, i) => s + points[i]!.y, 0) / g.length;
    // A circle whose circumference holds every marker side by side.
    const r = Math.max(minGap, (g.length * (minGap + 2)) / (2 * Math.PI));
    g.forEach((i, k) => {
      const a = (2 * Math.PI * k) / g.length - Math.PI / 2;
      out[i] = { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
    });
  }
  return out;
}

export function PointMap(p: PointMapProps) {
  const width = p.width ?? 400;
  const collection: FeatureCollection<Geometry, { code: string }> = { type: 'FeatureCollection', features: p.features };
  // Fitted to the outlines and the markers (a place may lie outside every outline drawn).
  const fit: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...p.features, { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: p.markers.map((m) => [...m.point]) } }],
  };
  const pad = RADIUS * 3;
  // The height follows the area's shape at this width, within bounds.
  const trial = geoMercator().fitWidth(width - 2 * pad, fit);
  const [[, y0], [, y1]] = geoPath(trial).bounds(fit);
  const height = Math.round(Math.min(p.maxHeight ?? 420, Math.max(p.minHeight ?? 200, y1 - y0 + 2 * pad)));
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    fit,
  );
  // Many outlines (a wide area): thinner detail still reads as borders behind the markers. Whole
  // units: a unit of this 400-wide map is about a screen pixel, and the backdrop halves in bytes.
  const outlines = compactPath(projection, p.features.length > 120 ? 2.5 : 1.2, 0)(collection);
  const placed = spread(p.markers.map((m) => projection(m.point as [number, number]) ?? [Number.NaN, Number.NaN]).map(([x, y]) => ({ x: x!, y: y! })));
  const titleId = `${p.id}-title`;
  const descId = `${p.id}-desc`;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="group" aria-labelledby={titleId} aria-describedby={descId} className="map point-map" xmlns="http://www.w3.org/2000/svg">
      <title id={titleId}>{p.title}</title>
      <desc id={descId}>{p.description}</desc>
      <path d={outlines} fill="#f3f4f7" stroke="#9a9eab" strokeWidth="0.7" strokeLinejoin="round" aria-hidden="true" />
      <g className="markers" fontFamily="sans-serif" fontSize="12" fontWeight="700" textAnchor="middle">
        {p.markers.map((m, i) => {
          const { x, y } = placed[i]!;
          if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
          return (
            <a key={m.key} href={m.href} aria-label={m.label} className="marker">
              <title>{m.label}</title>
              <circle cx={x.toFixed(1)} cy={y.toFixed(1)} r={RADIUS} fill="#0b5c7a" stroke="#ffffff" strokeWidth="2" />
              <text x={x.toFixed(1)} y={(y + 4).toFixed(1)} fill="#ffffff" aria-hidden="true">
                {m.number}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
