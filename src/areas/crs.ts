/**
 * Coordinate reference systems of Belgian boundary files, and reprojection to WGS84 (lon/lat).
 *
 * Supported: WGS84 (EPSG:4326, also CRS84 and ETRS89 geographic, equal to WGS84 within a metre),
 * Belgian Lambert 72 (EPSG:31370, BD72 datum) and Belgian Lambert 2008 (EPSG:3812, ETRS89).
 * Detection, in order: the Shapefile's .prj (WKT), the GeoJSON "crs" member, else the range of
 * the coordinates: the three systems' ranges over Belgium do not overlap (lon/lat within ±180/±90;
 * Lambert 72 x −5…300 km, y 15…300 km; Lambert 2008 x 490…800 km, y 510…800 km; EPSG area of use).
 *
 * Datum: BD72 → WGS84 uses EPSG transformation 15929 (BD72 to ETRS89 (2), NGI; 7 parameters,
 * position-vector convention in proj4's towgs84), about 1 m accurate; ETRS89 is taken as WGS84
 * (they drift apart by ~2.5 cm a year, under a metre today) — far below what a map shows.
 */
import proj4 from 'proj4';

export type CrsId = 'EPSG:4326' | 'EPSG:31370' | 'EPSG:3812';

export const CRS_LABELS: Record<CrsId, string> = {
  'EPSG:4326': 'WGS84 longitude/latitude (EPSG:4326)',
  'EPSG:31370': 'Belgian Lambert 72 (EPSG:31370)',
  'EPSG:3812': 'Belgian Lambert 2008 (EPSG:3812)',
};

/** proj4 definitions (EPSG parameters as published by epsg.io / NGI). */
export const PROJ_DEFS: Record<Exclude<CrsId, 'EPSG:4326'>, string> = {
  'EPSG:31370':
    '+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 +x_0=150000.013 +y_0=5400088.438 ' +
    '+ellps=intl +towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs',
  'EPSG:3812':
    '+proj=lcc +lat_0=50.797815 +lon_0=4.35921583333333 +lat_1=49.8333333333333 +lat_2=51.1666666666667 +x_0=649328 +y_0=665262 ' +
    '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
};

for (const [id, def] of Object.entries(PROJ_DEFS)) proj4.defs(id, def);

export class CrsError extends Error {
  override name = 'CrsError';
}

const SUPPORTED = 'supported: WGS84 (EPSG:4326), Belgian Lambert 72 (EPSG:31370), Belgian Lambert 2008 (EPSG:3812); give --crs to say which one the file uses';

/** Parses a user-given CRS: "EPSG:31370", "31370", "lambert72", "wgs84", … */
export function parseCrs(s: string): CrsId | undefined {
  const t = s.trim().toLowerCase().replace(/\s+/g, '');
  if (/^(epsg:?)?4326$|^wgs-?84$|^crs84$|^(epsg:?)?4258$|^etrs-?89$|urn:ogc:def:crs:ogc:.*crs84$|urn:ogc:def:crs:epsg:.*:(4326|4258)$/.test(t)) return 'EPSG:4326';
  if (/^(epsg:?)?31370$|^lambert-?72$|^l72$|^bd72$|urn:ogc:def:crs:epsg:.*:31370$/.test(t)) return 'EPSG:31370';
  if (/^(epsg:?)?3812$|^lambert-?2008$|^l08$|urn:ogc:def:crs:epsg:.*:3812$/.test(t)) return 'EPSG:3812';
  return undefined;
}

/** The CRS an ESRI/OGC WKT (.prj) describes. Throws CrsError for a projection we do not support. */
export function crsFromWkt(wkt: string): CrsId {
  const w = wkt.replace(/\s+/g, ' ');
  const authority = /AUTHORITY\["EPSG",\s*"?(\d+)"?\]\]\s*$/i.exec(w.trim()) ?? /ID\["EPSG",\s*(\d+)\]\]\s*$/i.exec(w.trim());
  if (authority) {
    const c = parseCrs(authority[1]!);
    if (c) return c;
  }
  const low = w.toLowerCase();
  if (/lambert[ _]?(19)?72|belge[ _]lambert[ _]?(19)?72|bd72|belge_1972|belge 1972/.test(low)) return 'EPSG:31370';
  if (/lambert[ _]?2008|belgian_lambert_2008/.test(low)) return 'EPSG:3812';
  if (!/projcs|projcrs/.test(low) && /wgs[ _]?(19)?84|etrs[ _]?(19)?89|gcs_wgs_1984|d_wgs_1984/.test(low)) return 'EPSG:4326';
  throw new CrsError(`the .prj describes a coordinate system Verbind cannot reproject (${w.slice(0, 120)}${w.length > 120 ? '…' : ''}); ${SUPPORTED}`);
}

/** The CRS of a GeoJSON "crs" member (old-style named CRS), if any. */
export function crsFromGeoJsonMember(crs: unknown): CrsId | undefined {
  const name = (crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof name !== 'string') return undefined;
  const c = parseCrs(name);
  if (!c) throw new CrsError(`the GeoJSON says its coordinates are in ${name}; ${SUPPORTED}`);
  return c;
}

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Guesses the CRS from the extent of the coordinates (see the ranges at the top of this file). */
export function crsFromExtent(e: Extent): CrsId {
  const within = (x0: number, x1: number, y0: number, y1: number) => e.minX >= x0 && e.maxX <= x1 && e.minY >= y0 && e.maxY <= y1;
  if (within(-180, 180, -90, 90)) return 'EPSG:4326';
  if (within(-5_000, 300_000, 15_000, 300_000)) return 'EPSG:31370';
  if (within(490_000, 800_000, 510_000, 800_000)) return 'EPSG:3812';
  const f = (n: number) => Math.round(n).toLocaleString('en');
  throw new CrsError(`coordinates from (${f(e.minX)}, ${f(e.minY)}) to (${f(e.maxX)}, ${f(e.maxY)}) fit none of the coordinate systems for Belgium; ${SUPPORTED}`);
}

export type PointTransform = (x: number, y: number) => [number, number];

/** A function from the given CRS to WGS84 [lon, lat]. */
export function toWgs84(crs: CrsId): PointTransform {
  if (crs === 'EPSG:4326') return (x, y) => [x, y];
  const conv = proj4(crs, 'WGS84');
  return (x, y) => {
    const p = conv.forward([x, y]);
    return [p[0]!, p[1]!];
  };
}

/** WGS84 [lon, lat] to the given CRS (for tests and tooling). */
export function fromWgs84(crs: CrsId): PointTransform {
  if (crs === 'EPSG:4326') return (x, y) => [x, y];
  const conv = proj4('WGS84', crs);
  return (x, y) => {
    const p = conv.forward([x, y]);
    return [p[0]!, p[1]!];
  };
}
