/**
 * Reads area boundary files: GeoJSON, TopoJSON, or a Shapefile (zipped as downloaded, or the .shp
 * with its .dbf/.prj beside it). Detects the coordinate system (crs.ts), reprojects to WGS84 and
 * simplifies for display (geometry.ts). Which property holds the code and the name is found by
 * name (sensible defaults per level, or --code-field / --name-field).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { feature as topoFeature, merge as topoMerge } from 'topojson-client';
import type { Topology, GeometryCollection as TopoCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, Position } from 'geojson';
import * as shapefile from 'shapefile';
import yauzl from 'yauzl';
import { DATA_ZIP_LIMITS } from '../../edge/limits.js';
import { zipProblem } from '../../edge/zip-guard.js';
import { crsFromExtent, crsFromGeoJsonMember, crsFromWkt, CrsError, toWgs84, type CrsId } from '../crs.js';
import { repairGeometry, selfIntersectingParts } from '../repair.js';
import { DISPLAY_TOLERANCE, extendExtent, prepareGeometry, simplifyLine, type AreaGeometry } from '../geometry.js';
import { ImportError, ProblemList } from '../../platform/located-problem.js';
import type { ProgressFn } from '../../platform/progress.js';
import { normaliseCode, codeProblem, type AreaLevel } from '../levels.js';

export type BoundaryFormat = 'geojson' | 'topojson' | 'shapefile';

/**
 * Property names looked for, in order (case-insensitive), when no field is given. Shapefile
 * attribute names are cut at 10 characters (CD_MUNTY_REFNIS → CD_MUNTY_R), so both forms are known.
 */
export const CODE_FIELDS: Record<AreaLevel, string[]> = {
  sector: ['CD_SECTOR', 'cd_sector', 'statsec', 'CS01012025', 'sector_code', 'code', 'id'],
  municipality: ['CD_MUNTY_REFNIS', 'CD_MUNTY_R', 'CD_REFNIS', 'nis', 'niscode', 'nis_code', 'NISCODE', 'CNIS5_2025', 'gemeente', 'code', 'id'],
  zone: ['elz_code', 'elz', 'zone_code', 'zone', 'code', 'id'],
  district: ['CD_DSTR_REFNIS', 'arr_nis', 'nis', 'niscode', 'code', 'id'],
  province: ['CD_PROV_REFNIS', 'prov_nis', 'nis', 'niscode', 'code', 'id'],
  region: ['CD_RGN_REFNIS', 'reg_nis', 'nis', 'niscode', 'code', 'id'],
};
/** Patterns for property names that vary by year (e.g. CS01012021, CNIS5_2021). */
const CODE_FIELD_PATTERNS: Partial<Record<AreaLevel, RegExp>> = { sector: /^CS0101\d{4}$/i, municipality: /^CNIS5_\d{4}$/i };

export const NAME_NL_FIELDS: Record<AreaLevel, string[]> = {
  sector: ['TX_SECTOR_DESCR_NL', 'TX_DESCR_SECTOR_NL', 'statsec_naam', 'T_SEC_NL', 'name_nl', 'naam', 'name'],
  municipality: ['TX_MUNTY_DESCR_NL', 'TX_DESCR_NL', 'name_nl', 'gemeente_naam', 'gemeentenaam', 'naam', 'NAAM', 'name'],
  zone: ['elz_naam', 'zone_naam', 'name_nl', 'naam', 'name'],
  district: ['TX_DSTR_DESCR_NL', 'TX_ADM_DSTR_DESCR_NL', 'arr_nl', 'name_nl', 'naam', 'name'],
  province: ['TX_PROV_DESCR_NL', 'prov_nl', 'name_nl', 'naam', 'name'],
  region: ['TX_RGN_DESCR_NL', 'reg_nl', 'name_nl', 'naam', 'name'],
};
export const NAME_FR_FIELDS: Record<AreaLevel, string[]> = {
  sector: ['TX_SECTOR_DESCR_FR', 'TX_DESCR_SECTOR_FR', 'T_SEC_FR', 'name_fr', 'nom'],
  municipality: ['TX_MUNTY_DESCR_FR', 'TX_DESCR_FR', 'name_fr', 'nom'],
  zone: ['name_fr', 'nom'],
  district: ['TX_DSTR_DESCR_FR', 'TX_ADM_DSTR_DESCR_FR', 'arr_fr', 'name_fr', 'nom'],
  province: ['TX_PROV_DESCR_FR', 'prov_fr', 'name_fr', 'nom'],
  region: ['TX_RGN_DESCR_FR', 'reg_fr', 'name_fr', 'nom'],
};
/** Properties that name a parent area (so a boundary file can also give the hierarchy), with its names. */
interface ParentField {
  level: AreaLevel;
  names: string[];
  nameNl?: string[];
  nameFr?: string[];
}
const PARENT_FIELDS: Record<AreaLevel, ParentField[]> = {
  sector: [{ level: 'municipality', names: ['CD_MUNTY_REFNIS', 'CD_MUNTY_R', 'CD_REFNIS', 'CNIS5_2025', 'CNIS5_2024', 'CNIS5_2023', 'gemeente'], nameNl: ['TX_MUNTY_DESCR_NL', 'T_MUN_NL'], nameFr: ['TX_MUNTY_DESCR_FR', 'T_MUN_FR'] }],
  municipality: [
    { level: 'district', names: ['CD_DSTR_REFNIS', 'CD_DSTR_RE', 'arr_nis'], nameNl: ['TX_DSTR_DESCR_NL', 'arr_nl'], nameFr: ['TX_DSTR_DESCR_FR', 'arr_fr'] },
    { level: 'province', names: ['CD_PROV_REFNIS', 'CD_PROV_RE', 'prov_nis'], nameNl: ['TX_PROV_DESCR_NL', 'prov_nl'], nameFr: ['TX_PROV_DESCR_FR', 'prov_fr'] },
    { level: 'region', names: ['CD_RGN_REFNIS', 'CD_RGN_REF', 'reg_nis'], nameNl: ['TX_RGN_DESCR_NL', 'reg_nl'], nameFr: ['TX_RGN_DESCR_FR', 'reg_fr'] },
  ],
  zone: [{ level: 'region', names: ['CD_RGN_REFNIS', 'reg_nis', 'gewest'], nameNl: ['TX_RGN_DESCR_NL', 'reg_nl', 'gewest_naam'] }],
  district: [
    { level: 'province', names: ['CD_PROV_REFNIS', 'prov_nis'], nameNl: ['TX_PROV_DESCR_NL', 'prov_nl'], nameFr: ['TX_PROV_DESCR_FR', 'prov_fr'] },
    { level: 'region', names: ['CD_RGN_REFNIS', 'reg_nis'], nameNl: ['TX_RGN_DESCR_NL', 'reg_nl'], nameFr: ['TX_RGN_DESCR_FR', 'reg_fr'] },
  ],
  province: [{ level: 'region', names: ['CD_RGN_REFNIS', 'reg_nis'], nameNl: ['TX_RGN_DESCR_NL', 'reg_nl'], nameFr: ['TX_RGN_DESCR_FR', 'reg_fr'] }],
  region: [],
};
/** TopoJSON object names per level. */
const OBJECT_NAMES: Record<AreaLevel, string[]> = {
  sector: ['sectors', 'statistical_sectors', 'sectoren', 'secteurs', 'statsec'],
  municipality: ['municipalities', 'gemeenten', 'communes', 'municipality', 'gemeente'],
  zone: ['zones', 'eerstelijnszones', 'elz', 'care_zones'],
  district: ['arrondissements', 'districts', 'arrondissement'],
  province: ['provinces', 'provincies', 'province'],
  region: ['regions', 'gewesten', 'regions'],
};

export interface BoundaryArea {
  /** 1-based feature number in the file, for messages. */
  feature: number;
  code: string;
  nameNl: string | null;
  nameFr: string | null;
  parents: { level: AreaLevel; code: string; nameNl: string | null; nameFr: string | null }[];
  geometry: AreaGeometry;
}

export interface BoundaryData {
  file: string;
  format: BoundaryFormat;
  crs: CrsId;
  crsFrom: 'option' | 'prj' | 'crs-member' | 'coordinates';
  fields: { code: string; nameNl: string | null; nameFr: string | null; parents: { level: AreaLevel; field: string }[] };
  areas: BoundaryArea[];
  /** Features whose polygon crossed itself and was repaired (repair.ts), for a message. */
  repaired: { feature: number; code: string }[];
  /**
   * For TopoJSON: dissolves the given areas' shapes into one (shared borders removed), in WGS84,
   * simplified like the rest. Used to draw a merged municipality from its predecessors.
   */
  dissolve?: (codes: readonly string[]) => AreaGeometry | null;
}

export interface ReadBoundaryOptions {
  level: AreaLevel;
  label?: string;
  codeField?: string;
  nameField?: string;
  nameFrField?: string;
  crs?: CrsId;
  /** TopoJSON object or Shapefile (inside a zip) to read, when there are several. */
  object?: string;
  /** Display tolerance in degrees (default per level, DISPLAY_TOLERANCE). */
  tolerance?: number;
  onProgress?: ProgressFn;
}

interface RawFeature {
  properties: GeoJsonProperties;
  geometry: Geometry | null;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads a boundary file from a path or bytes. Throws ImportError (located) or CrsError. */
export async function readBoundaries(input: string | Uint8Array, opts: ReadBoundaryOptions): Promise<BoundaryData> {
  const file = opts.label ?? (typeof input === 'string' ? basename(input) : 'upload');
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    if (extname(input).toLowerCase() === '.shp') return readShapefileParts(file, await shapefileSiblings(input), opts);
    bytes = await readFile(input);
  } else bytes = input;
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return readShapefileParts(file, await shapefileFromZip(bytes, file, opts.object), opts);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(file, [{ message: `not a zipped Shapefile, and not readable as GeoJSON/TopoJSON: ${(e as Error).message}` }]);
  }
  const type = (json as { type?: unknown })?.type;
  if (type === 'Topology') return readTopoJson(file, json as Topology, opts);
  if (type === 'FeatureCollection' || type === 'Feature') return readGeoJson(file, json as FeatureCollection | Feature, opts);
  throw new ImportError(file, [{ message: `expected a GeoJSON FeatureCollection, a TopoJSON Topology or a zipped Shapefile; found JSON of type ${JSON.stringify(type ?? null)}` }]);
}

// ---------------------------------------------------------------- GeoJSON

function readGeoJson(file: string, json: FeatureCollection | Feature, opts: ReadBoundaryOptions): BoundaryData {
  const feats = json.type === 'Feature' ? [json] : json.features;
  if (!Array.isArray(feats)) throw new ImportError(file, [{ message: 'the FeatureCollection has no "features" array' }]);
  let crs = opts.crs;
  let crsFrom: BoundaryData['crsFrom'] = 'option';
  if (!crs) {
    try {
      crs = crsFromGeoJsonMember((json as { crs?: unknown }).crs);
    } catch (e) {
      throw new ImportError(file, [{ message: (e as Error).message }]);
    }
    crsFrom = 'crs-member';
  }
  const raw: RawFeature[] = feats.map((f) => ({ properties: f?.properties ?? {}, geometry: f?.geometry ?? null }));
  if (!raw.length) throw new ImportError(file, [{ message: 'the file holds no features' }]);
  if (!crs) {
    crs = detectByExtent(file, raw.map((f) => f.geometry));
    crsFrom = 'coordinates';
  }
  return finish(file, 'geojson', crs, crsFrom, raw, opts, opts.tolerance ?? DISPLAY_TOLERANCE[opts.level]);
}

function detectByExtent(file: string, geoms: readonly (Geometry | null)[]): CrsId {
  const e = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const g of geoms) extendExtent(e, g);
  if (!Number.isFinite(e.minX)) throw new ImportError(file, [{ message: 'no coordinates found in the file' }]);
  try {
    return crsFromExtent(e);
  } catch (err) {
    throw new ImportError(file, [{ message: (err as Error).message }]);
  }
}

// ---------------------------------------------------------------- TopoJSON

function pickTopoObject(file: string, topo: Topology, opts: ReadBoundaryOptions): string {
  const names = Object.keys(topo.objects ?? {});
  if (opts.object) {
    if (!names.includes(opts.object)) throw new ImportError(file, [{ message: `no object "${opts.object}" in the TopoJSON; it has ${names.join(', ')}` }]);
    return opts.object;
  }
  if (names.length === 1) return names[0]!;
  const wanted = OBJECT_NAMES[opts.level];
  const hit = names.find((n) => wanted.includes(n.toLowerCase()));
  if (hit) return hit;
  throw new ImportError(file, [{ message: `the TopoJSON holds several objects (${names.join(', ')}) and none is named for the level ${opts.level}; choose one with --object` }]);
}

function readTopoJson(file: string, topo: Topology, opts: ReadBoundaryOptions): BoundaryData {
  const objectName = pickTopoObject(file, topo, opts);
  const object = topo.objects[objectName] as TopoCollection | GeometryObject;
  // Decode the (possibly quantised, delta-encoded) arcs to absolute coordinates.
  const tr = topo.transform;
  const absArcs: Position[][] = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (tr) {
        x += p[0]!;
        y += p[1]!;
        return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
      }
      return [p[0]!, p[1]!];
    });
  });
  let crs = opts.crs;
  let crsFrom: BoundaryData['crsFrom'] = 'option';
  if (!crs) {
    crs = detectByExtent(file, [{ type: 'MultiLineString', coordinates: absArcs }]);
    crsFrom = 'coordinates';
  }
  // Reproject and simplify each shared arc once, so neighbours keep the same border.
  const t = toWgs84(crs);
  const tol = opts.tolerance ?? DISPLAY_TOLERANCE[opts.level];
  const arcs = absArcs.map((arc) => simplifyLine(crs === 'EPSG:4326' ? arc : arc.map((p) => t(p[0]!, p[1]!)), tol));
  const plain: Topology = { type: 'Topology', objects: topo.objects, arcs };
  const geoms: GeometryObject[] = object.type === 'GeometryCollection' ? (object as TopoCollection).geometries : [object as GeometryObject];
  const raw: RawFeature[] = geoms.map((g) => {
    const f = topoFeature(plain, g) as Feature;
    return { properties: g.properties ?? {}, geometry: f.geometry };
  });
  const data = finish(file, 'topojson', 'EPSG:4326', crsFrom, raw, opts, 0);
  const byCode = new Map<string, GeometryObject>();
  geoms.forEach((g, i) => {
    const code = data.codeOfRaw[i];
    if (code) byCode.set(code, g);
  });
  const { codeOfRaw: _drop, ...rest } = data;
  return {
    ...rest,
    crs,
    crsFrom,
    dissolve: (codes) => {
      const parts = codes.map((c) => byCode.get(c)).filter((g): g is GeometryObject => g !== undefined);
      if (!parts.length) return null;
      return prepareGeometry(topoMerge(plain, parts as never) as Geometry, { tolerance: 0 });
    },
  };
}

// ---------------------------------------------------------------- Shapefile

interface ShapefileParts {
  shp: Uint8Array;
  dbf: Uint8Array | null;
  prj: string | null;
  cpg: string | null;
  name: string;
}

async function shapefileSiblings(path: string): Promise<ShapefileParts> {
  const base = path.slice(0, -extname(path).length);
  const opt = async (ext: string) => {
    for (const e of [ext, ext.toUpperCase()]) {
      try {
        if ((await stat(base + e)).isFile()) return await readFile(base + e);
      } catch {
        /* not there */
      }
    }
    return null;
  };
  return { shp: await readFile(path), dbf: await opt('.dbf'), prj: (await opt('.prj'))?.toString('utf8') ?? null, cpg: (await opt('.cpg'))?.toString('utf8') ?? null, name: basename(path) };
}

async function shapefileFromZip(bytes: Uint8Array, file: string, object?: string): Promise<ShapefileParts> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, autoClose: false });
  try {
    const entries: yauzl.Entry[] = [];
    for await (const e of zip.eachEntry()) if (!e.fileName.endsWith('/') && !/(^|\/)__MACOSX\//.test(e.fileName)) entries.push(e);
    const tooMuch = zipProblem(entries, DATA_ZIP_LIMITS); // before anything is inflated
    if (tooMuch) throw new ImportError(file, [{ message: tooMuch }]);
    const shps = entries.filter((e) => /\.shp$/i.test(e.fileName));
    let shp: yauzl.Entry | undefined;
    if (object) shp = shps.find((e) => basename(e.fileName, extname(e.fileName)) === object || e.fileName === object);
    else if (shps.length === 1) shp = shps[0];
    if (!shp) {
      const msg = shps.length
        ? `the zip holds several Shapefiles (${shps.map((e) => e.fileName).join(', ')}); choose one with --object`
        : `the zip holds no Shapefile (.shp); found ${entries.map((e) => e.fileName).join(', ') || 'nothing'}`;
      throw new ImportError(file, [{ message: object && shps.length ? `no Shapefile "${object}" in the zip; it has ${shps.map((e) => e.fileName).join(', ')}` : msg }]);
    }
    const stem = shp.fileName.slice(0, -4);
    const find = (ext: string) => entries.find((e) => e.fileName.toLowerCase() === (stem + ext).toLowerCase());
    const read = async (e: yauzl.Entry | undefined) => {
      if (!e) return null;
      const s = await zip.openReadStreamPromise(e);
      const parts: Buffer[] = [];
      for await (const c of s) parts.push(c as Buffer);
      return Buffer.concat(parts);
    };
    const shpBytes = (await read(shp))!;
    return { shp: shpBytes, dbf: await read(find('.dbf')), prj: (await read(find('.prj')))?.toString('utf8') ?? null, cpg: (await read(find('.cpg')))?.toString('utf8') ?? null, name: `${file} › ${shp.fileName}` };
  } finally {
    zip.close();
  }
}

async function readShapefileParts(file: string, parts: ShapefileParts, opts: ReadBoundaryOptions): Promise<BoundaryData> {
  const label = parts.name || file;
  if (!parts.dbf) throw new ImportError(label, [{ message: 'the Shapefile has no .dbf beside it: without its attribute table there are no area codes' }]);
  const readAll = async (encoding: string) => {
    const src = await shapefile.open(parts.shp, parts.dbf, { encoding });
    const out: RawFeature[] = [];
    for (;;) {
      const r = await src.read();
      if (r.done) break;
      out.push({ properties: r.value.properties ?? {}, geometry: r.value.geometry });
      if (out.length % 1000 === 0) opts.onProgress?.({ phase: 'reading', done: out.length, unit: 'features' });
    }
    return out;
  };
  let raw: RawFeature[];
  const cpg = parts.cpg?.trim();
  try {
    if (cpg) raw = await readAll(/^(utf-?8|65001)$/i.test(cpg) ? 'utf-8' : cpg.toLowerCase());
    else {
      // No .cpg: try UTF-8 and fall back to the dBASE default (Windows-1252) if text does not decode.
      raw = await readAll('utf-8');
      if (raw.some((f) => Object.values(f.properties ?? {}).some((v) => typeof v === 'string' && v.includes('\uFFFD')))) raw = await readAll('windows-1252');
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(label, [{ message: `not a readable Shapefile: ${(e as Error).message}` }]);
  }
  let crs = opts.crs;
  let crsFrom: BoundaryData['crsFrom'] = 'option';
  if (!crs && parts.prj) {
    try {
      crs = crsFromWkt(parts.prj);
    } catch (e) {
      if (e instanceof CrsError) throw new ImportError(label, [{ message: e.message }]);
      throw e;
    }
    crsFrom = 'prj';
  }
  if (!crs) {
    crs = detectByExtent(label, raw.map((f) => f.geometry));
    crsFrom = 'coordinates';
  }
  const { codeOfRaw: _drop, ...data } = finish(label, 'shapefile', crs, crsFrom, raw, opts, opts.tolerance ?? DISPLAY_TOLERANCE[opts.level]);
  return data;
}

// ---------------------------------------------------------------- fields, codes, geometry

function findField(keys: readonly string[], wanted: readonly string[], pattern?: RegExp): string | null {
  const lower = new Map(keys.map((k) => [k.toLowerCase(), k]));
  for (const w of wanted) {
    const k = lower.get(w.toLowerCase());
    if (k !== undefined) return k;
  }
  if (pattern) return keys.find((k) => pattern.test(k)) ?? null;
  return null;
}

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

function finish(
  file: string,
  format: BoundaryFormat,
  crs: CrsId,
  crsFrom: BoundaryData['crsFrom'],
  raw: RawFeature[],
  opts: ReadBoundaryOptions,
  tolerance: number,
): BoundaryData & { codeOfRaw: (string | undefined)[] } {
  const keys = [...new Set(raw.flatMap((f) => Object.keys(f.properties ?? {})))];
  const level = opts.level;
  const issues = new ProblemList();
  const pick = (given: string | undefined, wanted: string[], what: string, pattern?: RegExp): string | null => {
    if (given !== undefined) {
      const k = findField(keys, [given]);
      if (!k) issues.add({ message: `no property "${given}" for the ${what}; the features have ${keys.join(', ') || 'no properties'}` });
      return k;
    }
    return findField(keys, wanted, pattern);
  };
  const codeField = pick(opts.codeField, CODE_FIELDS[level], 'code', CODE_FIELD_PATTERNS[level]);
  const nameNl = pick(opts.nameField, NAME_NL_FIELDS[level], 'name');
  const nameFr = opts.nameFrField !== undefined ? pick(opts.nameFrField, [], 'French name') : findField(keys, NAME_FR_FIELDS[level]);
  if (!codeField && opts.codeField === undefined) {
    issues.add({ message: `no property with the ${level} code: looked for ${CODE_FIELDS[level].join(', ')}; the features have ${keys.join(', ') || 'no properties'}. Name it with --code-field` });
  }
  issues.throwIfAny(file);
  const parents = PARENT_FIELDS[level]
    .map((p) => ({ level: p.level, field: findField(keys, p.names), nameNl: findField(keys, p.nameNl ?? []), nameFr: findField(keys, p.nameFr ?? []) }))
    .filter((p): p is { level: AreaLevel; field: string; nameNl: string | null; nameFr: string | null } => p.field !== null && p.field !== codeField);

  const t = toWgs84(crs);
  const seen = new Map<string, number>();
  const areas: BoundaryArea[] = [];
  const codeOfRaw: (string | undefined)[] = [];
  const repaired: BoundaryData['repaired'] = [];
  raw.forEach((f, i) => {
    const n = i + 1;
    const props = f.properties ?? {};
    const rawCode = text(props[codeField!]);
    const code = rawCode === null ? '' : normaliseCode(level, rawCode);
    codeOfRaw.push(undefined);
    const problem = codeProblem(level, code);
    if (problem) return issues.add({ feature: n, field: codeField!, value: rawCode ?? '', message: problem });
    if (seen.has(code)) return issues.add({ feature: n, field: codeField!, value: code, message: `the code appears twice (also feature ${seen.get(code)})` });
    seen.set(code, n);
    let geometry: AreaGeometry | null;
    try {
      geometry = prepareGeometry(f.geometry, { transform: crs === 'EPSG:4326' ? undefined : t, tolerance });
    } catch (e) {
      return issues.add({ feature: n, value: code, message: `the geometry cannot be read: ${(e as Error).message}` });
    }
    if (!geometry) {
      const type = f.geometry?.type ?? 'none';
      return issues.add({ feature: n, value: code, message: type === 'Polygon' || type === 'MultiPolygon' ? 'the polygon has no area left (fewer than 3 distinct points)' : `expected a Polygon or MultiPolygon, found ${type}` });
    }
    if (selfIntersectingParts(geometry)) {
      geometry = repairGeometry(geometry);
      if (!geometry) return issues.add({ feature: n, value: code, message: 'the polygon crosses itself and has no area left once repaired' });
      repaired.push({ feature: n, code });
    }
    const [lon, lat] = firstPoint(geometry);
    if (!(lon >= 2 && lon <= 7 && lat >= 49 && lat <= 52)) {
      issues.add({ feature: n, value: code, message: `after reprojection from ${crs} the area lies at ${lon.toFixed(3)}°E ${lat.toFixed(3)}°N, outside Belgium: is the coordinate system right? (give --crs)` });
      return;
    }
    codeOfRaw[i] = code;
    areas.push({
      feature: n,
      code,
      nameNl: nameNl ? text(props[nameNl]) : null,
      nameFr: nameFr ? text(props[nameFr]) : null,
      parents: parents.flatMap((p) => {
        const v = text(props[p.field]);
        return v ? [{ level: p.level, code: normaliseCode(p.level, v), nameNl: p.nameNl ? text(props[p.nameNl]) : null, nameFr: p.nameFr ? text(props[p.nameFr]) : null }] : [];
      }),
      geometry,
    });
    if (n % 1000 === 0) opts.onProgress?.({ phase: 'preparing', done: n, total: raw.length, unit: 'features' });
  });
  issues.throwIfAny(file);
  if (!areas.length) throw new ImportError(file, [{ message: 'the file holds no features' }]);
  return { file, format, crs, crsFrom, fields: { code: codeField!, nameNl, nameFr, parents: parents.map((p) => ({ level: p.level, field: p.field })) }, areas, repaired, codeOfRaw };
}

function firstPoint(g: AreaGeometry): [number, number] {
  const p = g.type === 'Polygon' ? g.coordinates[0]![0]! : g.coordinates[0]![0]![0]!;
  return [p[0]!, p[1]!];
}
