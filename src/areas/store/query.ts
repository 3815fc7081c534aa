/**
 * Reading the area model: which areas exist in a year, their names, parents at any level, where an
 * old code's territory went, and display geometry. `AreaModel` loads what a request needs once
 * and answers in memory.
 */
import { and, inArray, lte, or, isNull, gte, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { areaGeometries, areaLinks, areaSuccessions, areas } from '../../db/schema.js';
import { combineGeometries, bboxOf, type AreaGeometry, type BBox } from '../geometry.js';
import { dissolveGroups } from '../dissolve.js';
import type { AreaLevel } from '../levels.js';
import { DataCache } from '../../platform/data-cache.js';
import { areasRevision, type AreaRecord, type LinkRecord, type SuccessionRecord } from './boundaries.js';

const covers = (from: number, to: number | null, y: number) => from <= y && (to === null || to >= y);

/** Intermediate levels walked, in order, to reach a higher level (municipality → zone → region, or → district → province → region). */
const UPWARD: Record<AreaLevel, AreaLevel[]> = {
  sector: ['municipality', 'zone', 'district', 'province', 'region'],
  municipality: ['zone', 'district', 'province', 'region'],
  zone: ['region'],
  district: ['province', 'region'],
  province: ['region'],
  region: [],
};

export type Lang = 'nl' | 'fr' | 'en';

/** Area models per database, per set of levels, until the areas revision changes. */
const modelCache = new DataCache<AreaModel>({ max: 4 });

export class AreaModel {
  private readonly areasBy = new Map<string, AreaRecord[]>();
  private readonly linksBy = new Map<string, LinkRecord[]>();
  private readonly succBy = new Map<string, SuccessionRecord[]>();
  private readonly succInto = new Map<string, SuccessionRecord[]>();

  constructor(
    readonly areaRows: readonly AreaRecord[],
    readonly links: readonly LinkRecord[],
    readonly successions: readonly SuccessionRecord[],
  ) {
    const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
      const l = m.get(k);
      if (l) l.push(v);
      else m.set(k, [v]);
    };
    for (const a of areaRows) push(this.areasBy, `${a.level}|${a.code}`, a);
    for (const l of links) push(this.linksBy, `${l.childLevel}|${l.childCode}|${l.parentLevel}`, l);
    for (const s of successions) {
      if (s.predecessorCode === s.successorCode) continue;
      push(this.succBy, `${s.level}|${s.predecessorCode}`, s);
      push(this.succInto, `${s.level}|${s.successorCode}`, s);
    }
  }

  /** Loads areas and links of the given levels (all levels by default), and all successions. */
  static async load(db: Db, opts: { levels?: readonly AreaLevel[] } = {}): Promise<AreaModel> {
    const levels = opts.levels ? [...opts.levels] : undefined;
    const [a, l, s] = await Promise.all([
      levels ? db.select().from(areas).where(inArray(areas.level, levels)) : db.select().from(areas),
      levels ? db.select().from(areaLinks).where(inArray(areaLinks.childLevel, levels)) : db.select().from(areaLinks),
      db.select().from(areaSuccessions),
    ]);
    return new AreaModel(a as AreaRecord[], l as LinkRecord[], s as SuccessionRecord[]);
  }

  /**
   * Like load(), but reuses a model loaded earlier for the same database and levels as long as no
   * area import happened since (one small query checks the revision stamp).
   */
  static async cached(db: Db, opts: { levels?: readonly AreaLevel[] } = {}): Promise<AreaModel> {
    return modelCache.get(db, await areasRevision(db), opts.levels?.join(',') ?? '*', () => AreaModel.load(db, opts));
  }

  /** Forgets cached models (benchmarks measure cold loads with it). */
  static clearCache(db?: Db): void {
    modelCache.clear(db);
  }

  /** The area's record valid in the year (else its nearest period). */
  record(level: AreaLevel, code: string, year: number): AreaRecord | undefined {
    const rows = this.areasBy.get(`${level}|${code}`);
    if (!rows?.length) return undefined;
    return rows.find((r) => covers(r.validFrom, r.validTo, year)) ?? [...rows].sort((x, y) => distance(x, year) - distance(y, year))[0];
  }

  name(level: AreaLevel, code: string, year: number, lang: Lang = 'nl'): string | undefined {
    const r = this.record(level, code, year);
    if (!r) return undefined;
    if (lang === 'fr' && r.nameFr) return r.nameFr;
    return r.nameNl === r.code && r.nameFr ? r.nameFr : r.nameNl;
  }

  /** Codes of a level valid in the year. */
  codesValidIn(level: AreaLevel, year: number): string[] {
    const out: string[] = [];
    for (const rows of this.areasBy.values()) {
      const r = rows[0]!;
      if (r.level === level && rows.some((x) => covers(x.validFrom, x.validTo, year))) out.push(r.code);
    }
    return out.sort();
  }

  /**
   * Where a code's territory is in `toYear`: follows successions with fromYear < year ≤ toYear
   * (a split goes to the successor with most evidence). The code itself when nothing changed.
   */
  successorAt(level: AreaLevel, code: string, fromYear: number, toYear: number): string {
    let c = code;
    let y = fromYear;
    for (let guard = 0; guard < 20; guard++) {
      const next = (this.succBy.get(`${level}|${c}`) ?? []).filter((s) => s.year > y && s.year <= toYear).sort((a, b) => a.year - b.year || b.evidence - a.evidence)[0];
      if (!next) return c;
      c = next.successorCode;
      y = next.year;
    }
    return c;
  }

  /**
   * The codes of `year` that make up an area's territory: the code itself when it is valid then,
   * else (for an area created later by a merger) its predecessors valid in that year.
   */
  territoryAt(level: AreaLevel, code: string, year: number, depth = 0): string[] {
    const rows = this.areasBy.get(`${level}|${code}`);
    if (!rows || rows.some((r) => covers(r.validFrom, r.validTo, year)) || depth > 5) return [code];
    const preds = (this.succInto.get(`${level}|${code}`) ?? []).filter((s) => s.year > year);
    if (!preds.length) return [code];
    return [...new Set(preds.flatMap((s) => this.territoryAt(level, s.predecessorCode, year, depth + 1)))];
  }

  /** Predecessors merged into a code in a year (the code itself excluded). */
  predecessorsOf(level: AreaLevel, code: string, year?: number): SuccessionRecord[] {
    return (this.succInto.get(`${level}|${code}`) ?? []).filter((s) => year === undefined || s.year === year);
  }

  /** The latest year a level's structure changed (a period start or a succession), for default area years. */
  latestYear(levels: readonly AreaLevel[]): number | undefined {
    let y: number | undefined;
    const max = (v: number) => (y = y === undefined ? v : Math.max(y, v));
    for (const a of this.areaRows) if (levels.includes(a.level)) max(a.validFrom);
    for (const s of this.successions) if (levels.includes(s.level)) max(s.year);
    for (const l of this.links) if (levels.includes(l.childLevel)) max(l.validFrom);
    return y;
  }

  /** The direct parent at a level by a link valid in that very year (no fallbacks). */
  linkAt(childLevel: AreaLevel, code: string, parentLevel: AreaLevel, year: number): string | undefined {
    return (this.linksBy.get(`${childLevel}|${code}|${parentLevel}`) ?? []).find((l) => covers(l.validFrom, l.validTo, year))?.parentCode;
  }

  /**
   * The direct parent at a level in a year. Falls back to: the parent of the area the code merged
   * into later; the nearest later link of the same area (e.g. 2025 care zones for 2024); the
   * nearest earlier one.
   */
  parent(childLevel: AreaLevel, code: string, parentLevel: AreaLevel, year: number, depth = 0): string | undefined {
    const rows = this.linksBy.get(`${childLevel}|${code}|${parentLevel}`) ?? [];
    const hit = rows.find((l) => covers(l.validFrom, l.validTo, year));
    if (hit) return hit.parentCode;
    if (depth < 5) {
      const next = (this.succBy.get(`${childLevel}|${code}`) ?? []).filter((s) => s.year > year).sort((a, b) => a.year - b.year || b.evidence - a.evidence)[0];
      if (next) {
        const p = this.parent(childLevel, next.successorCode, parentLevel, next.year, depth + 1);
        if (p) return p;
      }
    }
    const later = rows.filter((l) => l.validFrom > year).sort((a, b) => a.validFrom - b.validFrom)[0];
    if (later) return later.parentCode;
    const earlier = rows.filter((l) => l.validTo !== null && l.validTo < year).sort((a, b) => b.validTo! - a.validTo!)[0];
    return earlier?.parentCode;
  }

  /** Answers of ancestor(), kept: the model never changes, and a sector page asks for ~20,000 sectors' municipality, care zone and region on every view. */
  private readonly ancestors = new Map<string, string | null>();

  /** The ancestor at a level, directly linked or through the levels in between. */
  ancestor(level: AreaLevel, code: string, target: AreaLevel, year: number): string | undefined {
    if (level === target) return code;
    const k = `${level}|${code}|${target}|${year}`;
    const hit = this.ancestors.get(k);
    if (hit !== undefined) return hit ?? undefined;
    const found = this.findAncestor(level, code, target, year);
    this.ancestors.set(k, found ?? null);
    return found;
  }

  private findAncestor(level: AreaLevel, code: string, target: AreaLevel, year: number): string | undefined {
    const direct = this.parent(level, code, target, year);
    if (direct) return direct;
    for (const mid of UPWARD[level]) {
      if (mid === target || !UPWARD[mid].includes(target)) continue;
      const p = this.parent(level, code, mid, year);
      if (p) {
        const a = this.ancestor(mid, p, target, year);
        if (a) return a;
      }
    }
    return undefined;
  }
}

function distance(r: AreaRecord, year: number): number {
  if (r.validFrom > year) return r.validFrom - year;
  return r.validTo === null ? 0 : year - r.validTo;
}

// ---------------------------------------------------------------- geometry

export interface AreaShape {
  code: string;
  geometry: AreaGeometry;
  bbox: BBox;
  /** The years the stored shape is valid. */
  validFrom: number;
  validTo: number | null;
  source: string;
  /** Set when the shape was put together from predecessors' shapes (inner borders remain). */
  combinedFrom?: string[];
  /** Set when the shape is its municipalities' shapes dissolved into one (a zone, province or region without a boundary file). */
  dissolvedFrom?: string[];
}

/** The stored shapes of a level's areas valid in a year, plus merged areas drawn from their predecessors' shapes. */
async function ownOrPredecessorShapes(db: Db, level: AreaLevel, year: number, m: AreaModel): Promise<AreaShape[]> {
  const rows = await db
    .select()
    .from(areaGeometries)
    .where(and(eq(areaGeometries.level, level), lte(areaGeometries.validFrom, year), or(isNull(areaGeometries.validTo), gte(areaGeometries.validTo, year))));
  const out: AreaShape[] = rows.map((r) => ({
    code: r.code,
    geometry: r.geometry as AreaGeometry,
    bbox: { minLon: r.minLon, minLat: r.minLat, maxLon: r.maxLon, maxLat: r.maxLat },
    validFrom: r.validFrom,
    validTo: r.validTo,
    source: r.source,
  }));
  const have = new Set(out.map((s) => s.code));
  const missing = m.codesValidIn(level, year).filter((c) => !have.has(c));
  if (!missing.length) return out;
  const plans: { code: string; year: number; members: string[] }[] = [];
  for (const code of missing) {
    const preds = m.predecessorsOf(level, code).filter((s) => s.year <= year);
    if (!preds.length) continue;
    const y = Math.max(...preds.map((s) => s.year));
    plans.push({ code, year: y, members: [...new Set([...preds.filter((s) => s.year === y).map((s) => s.predecessorCode), code])] });
  }
  if (!plans.length) return out;
  // Predecessors' shapes (any year), looked up in the year before their succession.
  const all = await db
    .select()
    .from(areaGeometries)
    .where(and(eq(areaGeometries.level, level), inArray(areaGeometries.code, [...new Set(plans.flatMap((p) => p.members))])));
  const shapeAt = (code: string, y: number) => all.find((g) => g.code === code && covers(g.validFrom, g.validTo, y));
  for (const { code, year: y, members } of plans) {
    const used = members.filter((c) => shapeAt(c, y - 1));
    const shapes = used.map((c) => shapeAt(c, y - 1)!);
    const geometry = combineGeometries(shapes.map((g) => g.geometry as AreaGeometry));
    if (!geometry) continue;
    out.push({ code, geometry, bbox: bboxOf(geometry), validFrom: y, validTo: null, source: [...new Set(shapes.map((g) => g.source))].join('; '), combinedFrom: used.sort() });
  }
  return out;
}

/** Levels made of municipalities: drawn from them when no shapes of their own were imported. */
const MADE_OF_MUNICIPALITIES: readonly AreaLevel[] = ['zone', 'district', 'province', 'region'];

/**
 * Display geometry of a level's areas in a year. An area valid that year without its own shape
 * gets one put together from what is known:
 * - a municipality created by a merger (e.g. in 2025, when only 2019 boundaries were imported):
 *   its predecessors' shapes combined;
 * - a care zone, district, province or region: its municipalities' shapes dissolved into one
 *   (dissolve.ts), so a zone map needs no zone boundary file, only the hierarchy.
 */
export async function geometriesAt(db: Db, level: AreaLevel, year: number, model?: AreaModel): Promise<AreaShape[]> {
  const m = model ?? (await AreaModel.load(db, { levels: MADE_OF_MUNICIPALITIES.includes(level) ? ['municipality', level, ...UPWARD[level]] : [level] }));
  const out = await ownOrPredecessorShapes(db, level, year, m);
  if (MADE_OF_MUNICIPALITIES.includes(level)) {
    const have = new Set(out.map((s) => s.code));
    const missing = new Set(m.codesValidIn(level, year).filter((c) => !have.has(c)));
    if (missing.size) {
      const groups = new Map<string, string[]>();
      for (const muni of m.codesValidIn('municipality', year)) {
        const up = m.ancestor('municipality', muni, level, year);
        if (up && missing.has(up)) groups.set(up, [...(groups.get(up) ?? []), muni]);
      }
      if (groups.size) {
        const munis = await ownOrPredecessorShapes(db, 'municipality', year, m);
        const shapes = new Map(munis.map((s) => [s.code, s.geometry]));
        const sources = new Map(munis.map((s) => [s.code, s.source]));
        for (const [code, geometry] of dissolveGroups(shapes, groups)) {
          const used = groups.get(code)!.filter((c) => shapes.has(c)).sort();
          out.push({ code, geometry, bbox: bboxOf(geometry), validFrom: year, validTo: year, source: [...new Set(used.map((c) => sources.get(c)!))].join('; '), dissolvedFrom: used });
        }
      }
    }
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
