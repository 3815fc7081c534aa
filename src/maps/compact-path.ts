/**
 * Outlines as compact SVG path data, for every map of the site. Sub-pixel detail is dropped while
 * projecting (thin.ts) and coordinates rounded to 0.1 unit: several times smaller, no visible loss.
 * Relative commands (svgpath) then shrink the paths by about a third again: neighbouring points
 * differ by a few units, and an old phone parses less. Its rounding carries the error along, so
 * points stay put.
 */
import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';
import svgpath from 'svgpath';
import { thinned } from './thin.js';

/** `digits`: decimals kept (0 for a backdrop of many small outlines, where a unit is below what the eye sees). */
export function compactPath(projection: GeoStreamWrapper, minDistance?: number, digits = 1): (object: GeoPermissibleObjects) => string {
  const geo = geoPath(thinned(projection, minDistance)).digits(digits);
  return (object) => {
    const d = geo(object);
    // "-0.6" → "-.6": a leading zero is optional in SVG path numbers.
    return d ? svgpath(d).rel().round(digits).toString().replace(/(^|[\s,-])0\./g, '$1.') : '';
  };
}
