/**
 * Supply per area: how many published initiatives serve each area, in total, per Brusano
 * category, per element of the matrix (the effective ones flagged) and per age group.
 *
 * What "serves" means is decided once, in src/areas/coverage.ts (the catalogue and the landscape
 * use the same rule): an initiative serves an area **locally** when one of its own areas is the
 * area or lies inside it (a sector of it, a pre-2025 municipality merged into it, a municipality
 * of the care zone …), and **from above (wider)** when one of its areas covers it (its
 * municipality, care zone, province, region; the whole region or country for initiatives without
 * area codes at the regional or national level). The counts per category, element and age group,
 * and the ranking's need against supply, are of local supply; the wider offer is counted beside
 * it. An initiative is counted once per area however many of its codes fall in it.
 */
import type { Db } from '../../db/client.js';
import { AreaModel } from '../../areas/store/query.js';
import { AreaCoverage, AREALESS_LEVELS, arealess } from '../../areas/coverage.js';
import { AREA_LEVELS, type AreaLevel } from '../../areas/levels.js';
import { AXES, BRUSANO_CATEGORIES, codesOf, isEffective } from '../../vocabulary/matrix.js';
import type { InitiativeStatus } from '../../db/schema.js';
import { areaCodesInUse, arealessCounts, countWithAreas, servedIds, supplyCounts } from '../../initiatives/store/supply.js';
import { catalogueVersion } from '../../initiatives/store/version.js';
import { areasRevision } from '../../areas/store/boundaries.js';
import { DataCache } from '../../platform/data-cache.js';

export interface AreaSupply {
  code: string;
  /** Initiatives serving the area. */
  initiatives: number;
  /** Of which offering at least one effective element (table 1 of the study, marked *). */
  effective: number;
  /** Per Brusano category (an initiative counts in each category one of its elements belongs to). */
  byCategory: Record<string, number>;
  /** Per element of the matrix. */
  byElement: Record<string, number>;
  /** Per age group code as coded (all_ages is its own code; see servesAgeGroup). */
  byAgeGroup: Record<string, number>;
  /** Initiatives covering the area from above (a larger area, the region, the country), not counted above; of which with an effective element. */
  wider: { initiatives: number; effective: number };
  /** With `withIds`: the ids of the initiatives serving the area locally and from above. */
  ids?: { local: string[]; wider: string[] };
}

export interface SupplyRequest {
  level: AreaLevel;
  areasYear?: number;
  statuses?: readonly InitiativeStatus[];
  /** Also list each area's initiative ids (tests compare them with the catalogue's). */
  withIds?: boolean;
}

export interface SupplyResult {
  level: AreaLevel;
  areasYear: number;
  /** Areas with at least one initiative, by code. */
  areas: AreaSupply[];
  /** Initiative area codes that could not be placed at this level (unknown codes), with how many initiatives use them. */
  unplaced: { code: string; initiatives: number }[];
  /** Published initiatives with at least one area code. */
  initiativesWithAreas: number;
}

export const EFFECTIVE_ELEMENTS: readonly string[] = codesOf('elements').filter(isEffective);

export function emptySupply(code: string): AreaSupply {
  return {
    code,
    initiatives: 0,
    effective: 0,
    byCategory: Object.fromEntries(BRUSANO_CATEGORIES.map((c) => [c.code, 0])),
    byElement: Object.fromEntries(codesOf('elements').map((e) => [e, 0])),
    byAgeGroup: Object.fromEntries(AXES.age_groups.codes.map((a) => [a.code, 0])),
    wider: { initiatives: 0, effective: 0 },
  };
}

/** The default year of area codes: the latest the area model knows. */
export function defaultAreasYear(model: AreaModel, atLeast?: number): number {
  const latest = model.latestYear(['municipality', 'zone']);
  return Math.max(atLeast ?? 0, latest ?? atLeast ?? new Date().getFullYear());
}

/**
 * Places each initiative area code (or no-area pseudo-code, src/areas/coverage.ts) on the areas
 * of `level` valid in `year`: those it serves locally (it is the area or lies inside it) and
 * those it covers from above.
 */
export function placeCodes(model: AreaModel, codes: readonly string[], level: AreaLevel, year: number): Map<string, { local: string[]; wider: string[] }> {
  const coverage = new AreaCoverage(model, year);
  const areas = model.codesValidIn(level, year);
  const ofLevel = new Set(areas);
  const asked = new Set(codes);
  // Every area of the level under each asked code above it. Pushed, not copied: a region has ~10,000
  // sectors under it, and copying the list for each one made the sector page's supply take seconds.
  const below = new Map<string, string[]>();
  for (const a of areas) {
    for (const u of coverage.above(a)) {
      if (!asked.has(u)) continue;
      const list = below.get(u);
      if (list) list.push(a);
      else below.set(u, [a]);
    }
  }
  const out = new Map<string, { local: string[]; wider: string[] }>();
  for (const code of codes) {
    let local: string[] = [];
    let wider: string[];
    if (Object.values(AREALESS_LEVELS).includes(code as never)) wider = areas.filter((a) => coverage.relate(code, a) === 'wider');
    else {
      local = [code, ...coverage.above(code)].filter((c) => ofLevel.has(c));
      wider = (below.get(code) ?? []).filter((a) => !local.includes(a));
    }
    if (local.length || wider.length) out.set(code, { local, wider });
  }
  return out;
}

/**
 * Recent answers per database, kept until the catalogue (initiatives/store/version.ts) or the areas
 * change: the monitor page asks twice (its table and its ranking) and every view of a level asks
 * again, and one answer for the ~20,000 statistical sectors takes seconds on the embedded
 * database. The promise is kept, so concurrent asks share one computation. Shared: callers must not
 * change what they get.
 */
const recent = new DataCache<SupplyResult>({ max: 6 });

/** Forgets recent answers (benchmarks measure uncached runs with it). */
export function clearSupplyCache(db?: Db): void {
  recent.clear(db);
}

export async function supplyByArea(db: Db, req: SupplyRequest): Promise<SupplyResult> {
  const statuses = req.statuses ?? ['published'];
  const [version, revision] = await Promise.all([catalogueVersion(db), areasRevision(db)]);
  const stamp = `${version}|${revision}`;
  const model = await AreaModel.cached(db, { levels: req.level === 'sector' ? AREA_LEVELS : AREA_LEVELS.filter((l) => l !== 'sector') });
  const year = req.areasYear ?? defaultAreasYear(model);
  const key = JSON.stringify([req.level, year, [...statuses].sort(), !!req.withIds]);
  return recent.get(db, stamp, key, () => computeSupply(db, req, model, year, statuses));
}

async function computeSupply(db: Db, req: SupplyRequest, model: AreaModel, year: number, statuses: readonly InitiativeStatus[]): Promise<SupplyResult> {
  const used = await areaCodesInUse(db, statuses);
  // Initiatives without areas (regional, national) serve every area of their region or country from
  // above, so the same for every area: counted once here and added below, instead of one row per
  // area and initiative in the query (~22,000 pairs at the sector level, nearly all of them these).
  const placed = placeCodes(model, used.map((u) => u.code), req.level, year);
  const toPairs = (m: typeof placed) => [...m].flatMap(([c, t]) => [...t.local.map((a) => ({ c, a, k: 'local' })), ...t.wider.map((a) => ({ c, a, k: 'wider' }))]);
  const pairs = toPairs(placed);
  const unplaced = used.filter((u) => !placed.has(u.code)).map((u) => ({ code: u.code, initiatives: u.n }));
  const cats = [
    ...BRUSANO_CATEGORIES.flatMap((c) => c.elements.map((el) => ({ cat: c.code, el }))),
    ...EFFECTIVE_ELEMENTS.map((el) => ({ cat: '*effective', el })),
  ];
  const rows = await supplyCounts(db, pairs, cats, statuses);
  const byArea = new Map<string, AreaSupply>();
  const get = (a: string) => byArea.get(a) ?? (byArea.set(a, emptySupply(a)), byArea.get(a)!);
  for (const r of rows) {
    const s = get(r.area);
    if (r.kind === 'total') s.initiatives = r.n;
    else if (r.kind === 'wider') s.wider.initiatives = r.n;
    else if (r.kind === 'wider_effective') s.wider.effective = r.n;
    else if (r.kind === 'category') {
      if (r.key === '*effective') s.effective = r.n;
      else s.byCategory[r.key] = r.n;
    } else if (r.kind === 'element') s.byElement[r.key] = r.n;
    else s.byAgeGroup[r.key] = r.n;
  }
  const withoutAreas = (await arealessCounts(db, statuses, EFFECTIVE_ELEMENTS)).flatMap((r) => arealess(r.level).map((code) => ({ code, ...r })));
  if (withoutAreas.length) {
    const coverage = new AreaCoverage(model, year);
    for (const a of model.codesValidIn(req.level, year)) {
      for (const r of withoutAreas) {
        if (coverage.relate(r.code, a) !== 'wider') continue;
        const s = get(a);
        s.wider.initiatives += r.n;
        s.wider.effective += r.effective;
      }
    }
  }
  if (req.withIds) {
    const all = toPairs(placeCodes(model, [...used.map((u) => u.code), ...Object.values(AREALESS_LEVELS)], req.level, year));
    for (const r of await servedIds(db, all, statuses)) {
      const s = get(r.area);
      s.ids = { local: [], wider: [], ...s.ids };
      s.ids[r.kind === 'local' ? 'local' : 'wider'] = [...r.ids].sort();
    }
  }
  const withAreas = await countWithAreas(db, statuses);
  return {
    level: req.level,
    areasYear: year,
    areas: [...byArea.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    unplaced,
    initiativesWithAreas: withAreas,
  };
}
