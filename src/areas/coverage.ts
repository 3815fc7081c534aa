/**
 * The one meaning of "an initiative serves area X" (issue 9), used by the catalogue, the
 * landscape, the monitor's supply and screening alike.
 *
 * An initiative names areas of any level in `areas`: statistical sectors, municipalities (by a
 * pre-2025 or a 2025 NIS code), care zones, districts, provinces, regions. It serves those areas
 * and every area inside them:
 *  - **local** for area X: one of its own areas is X or lies inside X (a sector of X, X's
 *    predecessor before the 2025 mergers, a municipality of care zone X, …);
 *  - **wider** for area X: one of its areas covers X from above (X's municipality when X is a
 *    sector, the 2025 municipality a pre-2025 one merged into, X's care zone, district, province
 *    or region), and none lies inside X.
 * An initiative without areas serves, by its geographic level: `regional` the Flemish and the
 * Brussels region (wider everywhere in them), `national` every area (wider); `neighbourhood`,
 * `local` and `supralocal` no area (coders see them listed as "area missing").
 *
 * What lies inside what comes from the area model (src/areas/store/query.ts: links valid in the year,
 * successions of the 2025 mergers); where no hierarchy was imported, a municipality's district,
 * province and region come from its NIS code (Statbel's REFNIS codes: the first two digits are the
 * district, the first digit the province; 21xxx are the Brussels municipalities, 23xxx and 24xxx
 * Vlaams-Brabant, 25xxx Brabant wallon). Care zones are known once `import-area-hierarchy` has
 * loaded them.
 *
 * Pure: built from an AreaModel, answers in memory.
 */
import type { AreaModel } from './store/query.js';
import type { AreaLevel } from './levels.js';

export type Coverage = 'local' | 'wider';

export const FLANDERS = '02000';
export const WALLONIA = '03000';
export const BRUSSELS = '04000';
const REGIONS = new Set([FLANDERS, WALLONIA, BRUSSELS]);

/** Provinces (REFNIS) and their regions. Brussels has no province. */
const PROVINCE_REGION: Record<string, string> = {
  '10000': FLANDERS, '20001': FLANDERS, '30000': FLANDERS, '40000': FLANDERS, '70000': FLANDERS,
  '20002': WALLONIA, '50000': WALLONIA, '60000': WALLONIA, '80000': WALLONIA, '90000': WALLONIA,
};

/** Initiatives without area codes are placed with these pseudo-codes, by geographic level. */
export const NO_AREA_REGIONAL = '*regional';
export const NO_AREA_NATIONAL = '*national';
/** The geographic levels whose initiatives serve somewhere without naming an area. */
export const AREALESS_LEVELS = { regional: NO_AREA_REGIONAL, national: NO_AREA_NATIONAL } as const;
/** The regions an initiative without areas at the `regional` level serves. */
export const REGIONAL_DEFAULT: readonly string[] = [FLANDERS, BRUSSELS];

/** The province of a municipality's or district's NIS code, from its leading digits (undefined in Brussels). */
export function nisProvince(code: string): string | undefined {
  if (!/^\d{5}$/.test(code)) return undefined;
  const two = code.slice(0, 2);
  if (two === '21') return undefined;
  if (two === '23' || two === '24') return '20001';
  if (two === '25') return '20002';
  const p = `${code[0]}0000`;
  return PROVINCE_REGION[p] ? p : undefined;
}

/** The region of a municipality's, district's or province's NIS code. */
export function nisRegion(code: string): string | undefined {
  if (REGIONS.has(code)) return undefined;
  if (PROVINCE_REGION[code]) return PROVINCE_REGION[code];
  if (/^21\d{3}$/.test(code)) return BRUSSELS;
  const p = nisProvince(code);
  return p ? PROVINCE_REGION[p] : undefined;
}

/** The level a code's form says, without an area model. */
export function levelByForm(code: string): AreaLevel | undefined {
  if (/^\d{5}[A-Z0-9]{3}[A-Z0-9-]$/.test(code)) return 'sector';
  if (!/^\d{5}$/.test(code)) return undefined;
  if (REGIONS.has(code)) return 'region';
  if (PROVINCE_REGION[code]) return 'province';
  if (/^\d{2}000$/.test(code)) return nisRegion(code) ? 'district' : undefined;
  return nisRegion(code) ? 'municipality' : undefined;
}

const LOOKUP_ORDER: readonly AreaLevel[] = ['region', 'province', 'district', 'zone', 'municipality', 'sector'];
const ABOVE: Partial<Record<AreaLevel, AreaLevel[]>> = {
  sector: ['municipality', 'zone', 'district', 'province', 'region'],
  municipality: ['zone', 'district', 'province', 'region'],
  zone: ['region'],
  district: ['province', 'region'],
  province: ['region'],
};

export class AreaCoverage {
  private readonly upCache = new Map<string, ReadonlySet<string>>();
  private readonly levelCache = new Map<string, AreaLevel | undefined>();
  private zoneMembers?: Map<string, string[]>;

  /** `year`: the year whose links place an area (the latest the model knows, by default). */
  constructor(
    readonly model: AreaModel,
    readonly year: number,
  ) {}

  /** The code's level: as the area model knows it, else as its form says; undefined for a code that names no area. */
  levelOf(code: string): AreaLevel | undefined {
    if (this.levelCache.has(code)) return this.levelCache.get(code);
    const level = LOOKUP_ORDER.find((l) => this.model.record(l, code, this.year)) ?? levelByForm(code);
    this.levelCache.set(code, level);
    return level;
  }

  /** Whether the code names an area of the level valid in the year. */
  private validIn(level: AreaLevel, code: string): boolean {
    const r = this.model.record(level, code, this.year);
    return !!r && r.validFrom <= this.year && (r.validTo === null || r.validTo >= this.year);
  }

  /** Every area that contains the code's area (strictly): its municipality, the municipality it merged into, care zone, district, province, region. */
  above(code: string): ReadonlySet<string> {
    const hit = this.upCache.get(code);
    if (hit) return hit;
    const out = new Set<string>();
    this.upCache.set(code, out); // a cycle in bad data ends here
    const add = (c: string | undefined) => {
      if (!c || c === code || out.has(c)) return;
      out.add(c);
      for (const u of this.above(c)) if (u !== code) out.add(u);
    };
    const level = this.levelOf(code);
    const m = this.model;
    const y = this.year;
    if (level === 'sector') {
      add(m.linkAt('sector', code, 'municipality', y));
      add(code.slice(0, 5)); // the municipality the sector was defined in (its code's first five digits)
    }
    if (level === 'municipality') {
      // Merged by the year (e.g. Borsbeek into Antwerpen in 2025): the municipality it is part of then.
      add(m.successorAt('municipality', code, Number.NEGATIVE_INFINITY, y));
      // Merged later into a new municipality (Beveren into Beveren-Kruibeke-Zwijndrecht): that one
      // covers it, unless its code still names another area in the year (Antwerpen before 2025).
      const later = m.successorAt('municipality', code, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
      if (!this.validIn('municipality', later)) add(later);
    }
    for (const target of level ? (ABOVE[level] ?? []) : []) add(m.ancestor(level!, code, target, y));
    if (level === 'municipality' || level === 'district' || level === 'province') {
      const has = (l: AreaLevel) => [...out].some((c) => this.levelOf(c) === l);
      if (level === 'municipality' && !has('district') && nisRegion(code)) add(`${code.slice(0, 2)}000`);
      if (level !== 'province' && !has('province')) add(nisProvince(code));
      if (!has('region')) add(nisRegion(code));
    }
    // A care zone lies in a province or region when all its municipalities do (zones are not nested in provinces by definition).
    if (level === 'zone') for (const p of this.zoneParents(code)) add(p);
    return out;
  }

  /** The province and region all of a zone's municipalities lie in (each only when it is one). */
  private zoneParents(zone: string): string[] {
    if (!this.zoneMembers) {
      this.zoneMembers = new Map();
      for (const l of this.model.links) {
        if (l.childLevel !== 'municipality' || l.parentLevel !== 'zone') continue;
        if (l.validFrom > this.year || (l.validTo !== null && l.validTo < this.year)) continue;
        this.zoneMembers.set(l.parentCode, [...(this.zoneMembers.get(l.parentCode) ?? []), l.childCode]);
      }
    }
    const members = this.zoneMembers.get(zone) ?? [];
    const m = this.model;
    const one = (xs: (string | undefined)[]) => (xs.length && xs.every((x) => x && x === xs[0]) ? [xs[0]!] : []);
    return [
      ...one(members.map((c) => m.ancestor('municipality', c, 'province', this.year) ?? nisProvince(c))),
      ...one(members.map((c) => m.ancestor('municipality', c, 'region', this.year) ?? nisRegion(c))),
    ];
  }

  /** How an initiative's own area code (or a no-area pseudo-code) serves area X: local, wider, or not at all. */
  relate(code: string, area: string): Coverage | null {
    if (!this.levelOf(area)) return null;
    if (code === NO_AREA_NATIONAL) return 'wider';
    if (code === NO_AREA_REGIONAL) return REGIONAL_DEFAULT.includes(area) || REGIONAL_DEFAULT.some((r) => this.above(area).has(r)) ? 'wider' : null;
    if (code === area || this.above(code).has(area)) return 'local';
    if (this.above(area).has(code)) return 'wider';
    return null;
  }

  /** How an initiative serves area X, from all its codes: local wins over wider. */
  coverage(codes: readonly string[], geographicLevel: string, area: string): Coverage | null {
    const own = codes.length ? codes : arealess(geographicLevel);
    let best: Coverage | null = null;
    for (const c of own) {
      const r = this.relate(c, area);
      if (r === 'local') return r;
      if (r) best = r;
    }
    return best;
  }
}

/** The pseudo-codes an initiative without areas is placed with (none for the levels that should have named an area). */
export function arealess(geographicLevel: string): string[] {
  const c = (AREALESS_LEVELS as Record<string, string>)[geographicLevel];
  return c ? [c] : [];
}

/** The year whose links place areas by default: the latest the model knows. */
export function defaultCoverageYear(model: AreaModel): number {
  return model.latestYear(['municipality', 'zone']) ?? new Date().getFullYear();
}
