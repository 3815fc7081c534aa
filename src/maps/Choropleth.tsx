/**
 * A choropleth map as plain SVG (d3-geo, no tile server, works offline and
 * without JavaScript). Every area is a link to its row in the table beside
 * the map, so keyboard and screen-reader users reach each area and its
 * value; the title of each link says the value in words. Areas without a
 * figure (suppressed, no data) are hatched, not coloured.
 *
 * Classes come from classes.ts (rounded as the table rounds, no empty class,
 * one class when the spread is within the uncertainty). On a page the legend
 * is HTML beside the map (`MapLegend`, so its text keeps its size on a
 * phone); a downloaded map carries its legend inside, with a heading block
 * (title, indicator, level, year) and a source line, so it can go into a
 * report as it is.
 */
import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import svgpath from 'svgpath';
import { classPlan, fillOf, colourOf, type ClassPlan } from './classes.js';
import { thinned } from './thin.js';

export interface MapValue {
  code: string;
  name: string;
  /** The mapped figure; null = no figure (suppressed or no data). */
  value: number | null;
  /** Its interval (same unit), when the estimate has one. */
  low?: number | null;
  high?: number | null;
  /** The figure in words for the area's link title, e.g. "12,3 % (4 567 mensen)". */
  text: string;
  /** Without a figure: why, for the link title (default: the legend's "no figure" label). */
  noFigureText?: string;
}

export interface ChoroplethProps {
  id: string;
  title: string;
  description: string;
  features: Feature<Geometry, { code: string }>[];
  values: ReadonlyMap<string, MapValue>;
  legendTitle: string;
  noDataLabel: string;
  /** Formats a figure with the given decimals (those of the table). */
  format: (n: number, fractionDigits?: number) => string;
  /** The classes to paint; default: classPlan of the values at `digits` decimals. */
  plan?: ClassPlan;
  /** Decimals the table shows (default 1); ignored when `plan` is given. */
  digits?: number;
  /** Where an area links to; default: its row in the table (#row-CODE). */
  hrefFor?: (code: string) => string;
  /** 'svg' draws the legend inside the map (downloads); 'none' leaves it to MapLegend beside the map (pages). */
  legend?: 'svg' | 'none';
  /** Lines above the map (downloads: title, indicator, level, year). */
  heading?: string[];
  /** Lines under the legend (downloads: what the classes mean, source). */
  footer?: string[];
  /** Writes each area's name on the map (focus maps of a few areas). */
  labels?: boolean;
  /** Gives each area's shape an id (this prefix, then its code, e.g. "a-11001") so other maps on the page can draw it again (ShadowMap). Short: it is repeated per area. */
  pathIds?: string;
  /**
   * Decimals of the shapes' coordinates (default 1). 0 on pages: at the 800-unit viewBox a unit is
   * under a screen pixel, so whole units change no visible line (svgpath's rounding carries each
   * rounding error into the next point, so outlines do not drift) and halve the shapes' bytes;
   * downloads keep 1 for print.
   */
  precision?: 0 | 1;
  width?: number;
  height?: number;
}

/** A fill attribute on an SVG <a> (React types <a> as the HTML element, which has none). */
const svgFill = (fill: string) => ({ fill }) as object;

/** Width of a text at a font size, roughly (average glyph ≈ 0.56 em): enough to lay out a legend without a browser. */
const textWidth = (s: string, size: number) => s.length * size * 0.56;

export interface LegendItem {
  fill: string;
  text: string;
  /** How many areas it holds (absent for "no figure"). */
  n?: number;
}

/** The legend's entries: one per class (lowest – highest figure in it, at the table's decimals), then "no figure". */
export function legendItems(plan: ClassPlan, format: (n: number, d?: number) => string, noDataLabel: string, id: string, withNoData: boolean): LegendItem[] {
  const items: LegendItem[] = [];
  const ranges = plan.classes?.ranges ?? [];
  ranges.forEach((r, i) => {
    const lo = format(r.lo, plan.digits);
    const hi = format(r.hi, plan.digits);
    items.push({ fill: colourOf(i, ranges.length).fill, text: lo === hi ? lo : `${lo} – ${hi}`, n: r.n });
  });
  if (withNoData) items.push({ fill: `url(#${id}-nodata)`, text: noDataLabel });
  return items;
}

interface Placed {
  item: LegendItem;
  x: number;
  y: number;
}

/** Flows the legend entries into rows that fit the width; returns positions and the height used. */
function layoutLegend(items: LegendItem[], width: number, size: number): { placed: Placed[]; height: number } {
  const rowH = size + 12;
  const placed: Placed[] = [];
  let x = 0;
  let y = size + 8; // under the legend's title
  for (const item of items) {
    const w = 26 + textWidth(item.text, size) + 14;
    const last = item.fill.startsWith('url(');
    if (x > 0 && (x + w > width || last)) {
      x = 0;
      y += rowH;
    }
    placed.push({ item, x, y });
    x += w;
  }
  return { placed, height: y + rowH };
}

export function Choropleth(p: ChoroplethProps) {
  const width = p.width ?? 800;
  const mapHeight = p.height ?? 490;
  const plan = p.plan ?? classPlan([...p.values.values()].flatMap((v) => (v.value === null ? [] : [{ value: v.value, low: v.low ?? null, high: v.high ?? null }])), { digits: p.digits ?? 1 });
  const anyNoData = p.features.some((f) => (p.values.get(f.properties.code)?.value ?? null) === null);
  const fontSize = 14;
  const headLine = 20;
  const heading = p.heading ?? [];
  const headHeight = heading.length ? heading.length * headLine + 10 : 0;
  const legend = p.legend !== 'none' ? layoutLegend(legendItems(plan, p.format, p.noDataLabel, p.id, anyNoData), width - 8, fontSize) : null;
  const legendHeight = legend ? legend.height + 8 : 0;
  const footer = p.footer ?? [];
  const footLine = 17;
  const footHeight = footer.length ? footer.length * footLine + 8 : 0;
  const height = headHeight + mapHeight + legendHeight + footHeight;
  const collection: FeatureCollection<Geometry, { code: string }> = { type: 'FeatureCollection', features: p.features };
  const projection = geoMercator().fitExtent([[4, headHeight + 4], [width - 4, headHeight + mapHeight - 4]], collection);
  // Sub-pixel detail is dropped and coordinates rounded to 0.1 unit: several times smaller, no visible loss.
  // Relative commands (svgpath) then shrink the paths by about a third again: neighbouring points differ
  // by a few units, and an old phone parses less. Its rounding carries the error along, so points stay put.
  const geo = geoPath(thinned(projection)).digits(1);
  const path = (f: Feature<Geometry, { code: string }>) => {
    const d = geo(f);
    // "-0.6" → "-.6": a leading zero is optional in SVG path numbers.
    return d ? svgpath(d).rel().round(p.precision ?? 1).toString().replace(/(^|[\s,-])0\./g, '$1.') : '';
  };
  const titleId = `${p.id}-title`;
  const descId = `${p.id}-desc`;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="group" aria-labelledby={titleId} aria-describedby={descId} className="map" xmlns="http://www.w3.org/2000/svg">
      <title id={titleId}>{p.title}</title>
      <desc id={descId}>{p.description}</desc>
      <defs>
        <pattern id={`${p.id}-nodata`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f3f4f7" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8d99" strokeWidth="1.5" />
        </pattern>
      </defs>
      {heading.length > 0 && (
        <g className="map-heading" aria-hidden="true" fontFamily="sans-serif">
          {heading.map((line, i) => (
            <text key={i} x="4" y={(i + 1) * headLine} fontSize={i === 0 ? 17 : fontSize} fontWeight={i === 0 ? 700 : 400}>
              {line}
            </text>
          ))}
        </g>
      )}
      <g className="areas" stroke="#ffffff" strokeWidth="0.6">
        {p.features.map((f) => {
          const code = f.properties.code;
          const v = p.values.get(code);
          const d = path(f);
          const fill = (v && v.value !== null ? fillOf(v.value, plan)?.fill : undefined) ?? `url(#${p.id}-nodata)`;
          const label = v ? `${v.name}: ${v.value === null ? (v.noFigureText ?? p.noDataLabel) : v.text}` : `${code}: ${p.noDataLabel}`;
          return (
            // The fill sits on the link, and the shape inherits it: a ShadowMap can then draw the same shape in its own colour.
            <a key={code} href={p.hrefFor ? p.hrefFor(code) : `#row-${code}`} aria-label={label} {...svgFill(fill)}>
              <title>{label}</title>
              <path d={d} {...(p.pathIds ? { id: `${p.pathIds}${code}` } : {})} />
            </a>
          );
        })}
      </g>
      {p.labels && (
        // Names of the areas, for a focus map of a few areas; a white halo keeps them readable on any colour.
        <g className="area-names" aria-hidden="true" fontFamily="sans-serif" fontSize="16" textAnchor="middle" pointerEvents="none">
          {p.features.map((f) => {
            const v = p.values.get(f.properties.code);
            const [x, y] = projection(geoCentroid(f)) ?? [Number.NaN, Number.NaN];
            if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
            return (
              <text key={f.properties.code} x={x.toFixed(1)} y={y.toFixed(1)} stroke="#ffffff" strokeWidth="3" paintOrder="stroke" fill="#1b1b1f">
                {v?.name ?? f.properties.code}
              </text>
            );
          })}
        </g>
      )}
      {legend && (
        <g className="legend" transform={`translate(4, ${headHeight + mapHeight + 4})`} fontFamily="sans-serif">
          <text x="0" y={fontSize} fontSize={fontSize} fontWeight="700">
            {p.legendTitle}
          </text>
          {legend.placed.map(({ item, x, y }, i) => (
            <g key={i} transform={`translate(${x.toFixed(0)}, ${y})`}>
              <rect width="18" height="18" fill={item.fill} stroke="#4a4a55" strokeWidth="0.5" aria-hidden="true" />
              <text x="24" y="14" fontSize={fontSize}>
                {item.text}
              </text>
            </g>
          ))}
        </g>
      )}
      {footer.length > 0 && (
        <g className="map-footer" fontFamily="sans-serif" fill="#4a4a55">
          {footer.map((line, i) => (
            <text key={i} x="4" y={headHeight + mapHeight + legendHeight + (i + 1) * footLine} fontSize="13">
              {line}
            </text>
          ))}
        </g>
      )}
    </svg>
  );
}

/** Marks the "no figure" swatch: drawn hatched like the map's areas without a figure. */
const NODATA_SWATCH = 'nodata';

/**
 * A legend's colour box as a tiny SVG: the colour is an SVG attribute, not an inline style (the
 * site's Content-Security-Policy allows no inline styles).
 */
export function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      {fill === NODATA_SWATCH ? (
        <>
          <rect width="18" height="18" fill="#f3f4f7" />
          <path d="M-2 6 6-2M-2 12 12-2M-2 18 18-2M4 20 20 4M10 20 20 10" stroke="#8a8d99" strokeWidth="1.5" />
        </>
      ) : (
        <rect width="18" height="18" fill={fill} />
      )}
      <rect x=".5" y=".5" width="17" height="17" fill="none" stroke="#4a4a55" />
    </svg>
  );
}

/** The legend as HTML beside a map on a page: its text keeps the page's size on a phone. */
export function MapLegend({ id, title, plan, format, noDataLabel, noDataNote, withNoData }: { id: string; title: string; plan: ClassPlan; format: (n: number, d?: number) => string; noDataLabel: string; noDataNote?: string; withNoData: boolean }) {
  const items = legendItems(plan, format, noDataLabel, id, withNoData);
  return (
    <div className="map-legend" id={`${id}-legend`}>
      <p className="map-legend-title">{title}</p>
      <ul>
        {items.map((it, i) => (
          <li key={i}>
            <Swatch fill={it.fill.startsWith('url(') ? NODATA_SWATCH : it.fill} />
            {it.text}
          </li>
        ))}
      </ul>
      {noDataNote && <p className="muted small">{noDataNote}</p>}
    </div>
  );
}

/**
 * A second map of the same areas in other colours (supply beside need): it draws the shapes of a
 * Choropleth on the same page (rendered with `pathIds`) by reference, so it costs a few bytes per
 * area instead of the whole boundaries again. An image, not links: its figures are in the table
 * beside it.
 */
export function ShadowMap({ id, source, title, description, viewBox, fills }: { id: string; /** The shapes' id prefix (Choropleth's pathIds). */ source: string; title: string; description: string; viewBox: string; fills: { code: string; fill: string }[] }) {
  // One group per colour: the fill is written once per class, not once per area.
  const byFill = new Map<string, string[]>();
  for (const f of fills) byFill.set(f.fill, [...(byFill.get(f.fill) ?? []), f.code]);
  return (
    <svg viewBox={viewBox} width="100%" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="map" xmlns="http://www.w3.org/2000/svg" xmlnsXlink="http://www.w3.org/1999/xlink">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g stroke="#ffffff" strokeWidth="0.6">
        {[...byFill].map(([fill, codes]) => (
          <g key={fill} fill={fill}>
            {codes.map((code) => (
              <use key={code} href={`#${source}${code}`} />
            ))}
          </g>
        ))}
      </g>
    </svg>
  );
}
