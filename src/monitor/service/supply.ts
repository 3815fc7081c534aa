/**
 * Supply per area: how many published initiatives serve each area, in total, per Brusano
 * category, per element of the matrix (the effective ones flagged) and per age group.
 *
 * An initiative serves the areas in its `areas` list (NIS codes). Each code is placed on the
 * areas of the chosen year: a municipality code through its successions (a pre-2025 code counts
 * for its 2025 municipality; for an earlier year a 2025 code counts for each of the municipalities
 * it was made of), a statistical sector through its municipality (the sector itself at
 * sector level; otherwise the municipality its code starts with), a district, province or region
 * code for every municipality in it. An initiative is counted once per area however many of its
 * codes fall in it. Initiatives without area codes serve no area here.
 */
import type { Db } from '../../db/client.js';
import { AreaModel } from '../../areas/query.js';
import { AREA_LEVELS, type AreaLevel } from '../../areas/levels.js';
import { AXES, BRUSANO_CATEGORIES, codesOf, isEffective } from '../../vocabulary/matrix.js';
import type { InitiativeStatus } from '../../db/schema.js';
import { areaCodesInUse, countWithAreas, supplyCounts } from '../../initiatives/supply.js';

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
}

export interface SupplyRequest {
  level: AreaLevel;
  areasYear?: number;
  statuses?: readonly InitiativeStatus[];
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
  };
}

/** The default year of area codes: the latest the area model knows. */
export function defaultAreasYear(model: AreaModel, atLeast?: number): number {
  const latest = model.latestYear(['municipality', 'zone']);
  return Math.max(atLeast ?? 0, latest ?? atLeast ?? new Date().getFullYear());
}

/** Maps each initiative area code to the areas of `level` in `year`. */
export function placeCodes(model: AreaModel, codes: readonly string[], level: AreaLevel, year: number): Map<string, string[]> {
  const universe = model.codesValidIn('municipality', year);
  const knowsMunicipalities = model.areaRows.some((a) => a.level === 'municipality');
  const out = new Map<string, string[]>();
  // Sectors per municipality (for sector level): from the hierarchy valid in the year.
  let sectorsOf: Map<string, string[]> | undefined;
  const sectorIndex = () => {
    if (sectorsOf) return sectorsOf;
    sectorsOf = new Map();
    for (const s of model.codesValidIn('sector', year)) {
      const m = model.parent('sector', s, 'municipality', year);
      if (m) sectorsOf.set(m, [...(sectorsOf.get(m) ?? []), s]);
    }
    return sectorsOf;
  };
  const higherLevel = (c: string): AreaLevel | undefined => (['region', 'province', 'district'] as const).find((l) => model.record(l, c, year) && !model.record('municipality', c, year));
  for (const code of codes) {
    let munis: string[] = [];
    let sector: string | undefined;
    if (/^\d{5}$/.test(code)) {
      const hl = higherLevel(code);
      if (hl) munis = universe.filter((m) => model.ancestor('municipality', m, hl, year) === code);
      else munis = model.territoryAt('municipality', model.successorAt('municipality', code, Number.NEGATIVE_INFINITY, year), year);
    } else if (/^\d{5}./.test(code)) {
      sector = code;
      // The sector's municipality that year; else the one its code starts with (where it was defined).
      const m = model.linkAt('sector', code, 'municipality', year) ?? code.slice(0, 5);
      munis = model.territoryAt('municipality', model.successorAt('municipality', m, Number.NEGATIVE_INFINITY, year), year);
    }
    // With municipalities in the area data, a code it does not know at all cannot be placed.
    if (knowsMunicipalities) munis = munis.filter((m) => model.record('municipality', m, year) !== undefined);
    let targets: string[];
    if (level === 'municipality') targets = munis;
    else if (level === 'sector') targets = sector && model.record('sector', sector, year) ? [sector] : munis.flatMap((m) => sectorIndex().get(m) ?? []);
    else targets = munis.map((m) => model.ancestor('municipality', m, level, year)).filter((x): x is string => !!x);
    const unique = [...new Set(targets)];
    if (unique.length) out.set(code, unique);
  }
  return out;
}

export async function supplyByArea(db: Db, req: SupplyRequest): Promise<SupplyResult> {
  const statuses = req.statuses ?? ['published'];
  const model = await AreaModel.cached(db, { levels: req.level === 'sector' ? AREA_LEVELS : AREA_LEVELS.filter((l) => l !== 'sector') });
  const year = req.areasYear ?? defaultAreasYear(model);
  const used = await areaCodesInUse(db, statuses);
  const placed = placeCodes(model, used.map((u) => u.code), req.level, year);
  const pairs = [...placed].flatMap(([c, targets]) => targets.map((a) => ({ c, a })));
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
    else if (r.kind === 'category') {
      if (r.key === '*effective') s.effective = r.n;
      else s.byCategory[r.key] = r.n;
    } else if (r.kind === 'element') s.byElement[r.key] = r.n;
    else s.byAgeGroup[r.key] = r.n;
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
