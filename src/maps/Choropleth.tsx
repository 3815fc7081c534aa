/**
 * A choropleth map as plain SVG (d3-geo, no tile server, works offline and
 * without JavaScript). Every area is a link to its row in the table beside
 * the map, so keyboard and screen-reader users reach each area and its
 * value; the title of each link says the value in words. Areas without a
 * figure (suppressed, no data) are hatched, not coloured.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import svgpath from 'svgpath';
import { classOf, colourOf, quantileClasses, type Classes } from './classes.js';
import { thinned } from './thin.js';

export interface MapValue {
  code: string;
  name: string;
  /** The mapped figure; null = no figure (suppressed or no data). */
  value: number | null;
  /** The figure in words for the area's link title, e.g. "12,3 % (4 567 mensen)". */
  text: string;
}

export interface ChoroplethProps {
  id: string;
  title: string;
  description: string;
  features: Feature<Geometry, { code: string }>[];
  values: ReadonlyMap<string, MapValue>;
  legendTitle: string;
  noDataLabel: string;
  /** Formats a legend bound; `fractionDigits` is raised when close bounds would otherwise print alike. */
  format: (n: number, fractionDigits?: number) => string;
  /** Decimals the legend starts from (default 1). */
  fractionDigits?: number;
  /** Where an area links to; default: its row in the table (#row-CODE). */
  hrefFor?: (code: string) => string;
  width?: number;
  height?: number;
}

export function Choropleth(p: ChoroplethProps) {
  const width = p.width ?? 800;
  const height = p.height ?? 560;
  // Two legend rows: the classes, then "no figure" (its label is long and would run off a narrow map).
  const legendHeight = 66;
  const collection: FeatureCollection<Geometry, { code: string }> = { type: 'FeatureCollection', features: p.features };
  const projection = geoMercator().fitExtent([[4, 4], [width - 4, height - legendHeight - 8]], collection);
  // Sub-pixel detail is dropped and coordinates rounded to 0.1 unit: several times smaller, no visible loss.
  // Relative commands (svgpath) then shrink the paths by about a third again: neighbouring points differ
  // by a few units, and an old phone parses less. Its rounding carries the error along, so points stay put.
  const geo = geoPath(thinned(projection)).digits(1);
  const path = (f: Feature<Geometry, { code: string }>) => {
    const d = geo(f);
    // "-0.6" → "-.6": a leading zero is optional in SVG path numbers.
    return d ? svgpath(d).rel().round(1).toString().replace(/(^|[\s,-])0\./g, '$1.') : '';
  };
  const classes: Classes | null = quantileClasses([...p.values.values()].flatMap((v) => (v.value === null ? [] : [v.value])));
  const classCount = classes ? classes.breaks.length + 1 : 0;
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
      <g className="areas" stroke="#ffffff" strokeWidth="0.6">
        {p.features.map((f) => {
          const code = f.properties.code;
          const v = p.values.get(code);
          const d = path(f);
          const fill = v && v.value !== null && classes ? colourOf(classOf(v.value, classes), classCount).fill : `url(#${p.id}-nodata)`;
          const label = v ? `${v.name}: ${v.value === null ? p.noDataLabel : v.text}` : `${code}: ${p.noDataLabel}`;
          return (
            <a key={code} href={p.hrefFor ? p.hrefFor(code) : `#row-${code}`} aria-label={label}>
              <title>{label}</title>
              <path d={d} fill={fill} />
            </a>
          );
        })}
      </g>
      <Legend id={p.id} classes={classes} classCount={classCount} y={height - legendHeight} title={p.legendTitle} noDataLabel={p.noDataLabel} format={p.format} fractionDigits={p.fractionDigits ?? 1} />
    </svg>
  );
}

/** The fewest decimals (from `start`, at most 3) at which consecutive class bounds print differently, so a legend never reads "9.3 – 9.3". */
export function legendDigits(bounds: readonly number[], format: (n: number, fractionDigits?: number) => string, start: number): number {
  for (let d = start; d < 3; d++) {
    const texts = bounds.map((b) => format(b, d));
    if (texts.every((t, i) => i === 0 || t !== texts[i - 1])) return d;
  }
  return Math.max(start, 3);
}

function Legend({ id, classes, classCount, y, title, noDataLabel, format, fractionDigits }: { id: string; classes: Classes | null; classCount: number; y: number; title: string; noDataLabel: string; format: (n: number, fractionDigits?: number) => string; fractionDigits: number }) {
  const items: { fill: string; text: string }[] = [];
  let box = 110;
  if (classes) {
    const bounds = [classes.min, ...classes.breaks, classes.max];
    const d = legendDigits(bounds, format, fractionDigits);
    box += 14 * Math.max(0, d - 1); // room for the extra decimals: five classes still fit in 800 units
    for (let i = 0; i < classCount; i++) items.push({ fill: colourOf(i, classCount).fill, text: `${format(bounds[i]!, d)} – ${format(bounds[i + 1]!, d)}` });
  }
  items.push({ fill: `url(#${id}-nodata)`, text: noDataLabel });
  return (
    <g className="legend" transform={`translate(4, ${y})`}>
      <text x="0" y="10" fontSize="12" fontWeight="700">
        {title}
      </text>
      {items.map((it, i) => (
        <g key={i} transform={i === items.length - 1 ? 'translate(0, 40)' : `translate(${i * (box + 8)}, 16)`}>
          <rect width="18" height="18" fill={it.fill} stroke="#4a4a55" strokeWidth="0.5" aria-hidden="true" />
          <text x="24" y="14" fontSize="12">
            {it.text}
          </text>
        </g>
      ))}
    </g>
  );
}
