/**
 * Population data as the monitor uses it (produced by the file readers in ./files/), and helpers
 * that turn it into an area tree for estimateAreas. Pure: no file access here.
 */
import { emptyComposition, type Composition, type CompositionLayout } from './composition.js';
import type { AreaInput } from './estimate.js';

export interface NamedCode {
  code: string;
  nameNl: string | null;
  nameFr: string | null;
}

export interface MunicipalityPopulation extends NamedCode {
  district: NamedCode | null;
  province: NamedCode | null;
  region: NamedCode | null;
  total: number;
  composition: Composition;
}

export interface PopulationData {
  /** File name(s) for messages and citations. */
  source: string;
  layout: CompositionLayout;
  municipalities: Map<string, MunicipalityPopulation>;
  /** Data rows read (header excluded). */
  rows: number;
  /** Sum of the population column over all rows. */
  total: number;
  /** For each field, the header name it was found under. */
  columns: Record<string, string>;
  /** Residents in rows with an age above the layout's maxAge (counted at maxAge). */
  agesClamped: number;
  /** Labels of civil-status codes found in the file's TX_ columns, if any. */
  civilStatusLabels: Map<string, { nl: string | null; fr: string | null }>;
}

export interface SectorPopulation {
  code: string;
  municipalityCode: string;
  nameNl: string | null;
  nameFr: string | null;
  municipalityNameNl: string | null;
  municipalityNameFr: string | null;
  total: number;
}

export interface SectorPopulationData {
  source: string;
  sectors: SectorPopulation[];
  rows: number;
  total: number;
  columns: Record<string, string>;
}

export type HigherLevel = 'district' | 'province' | 'region';

/**
 * Municipalities (leaves with their composition) under the chosen higher levels, e.g.
 * ['region'] or ['district', 'province', 'region'], optionally all under one country node.
 * A municipality without a level (Brussels has no province) hangs on the next level up.
 */
export function municipalityAreas(
  data: PopulationData,
  opts: { levels?: HigherLevel[]; country?: { code: string; name: string }; lang?: 'nl' | 'fr' } = {},
): AreaInput[] {
  const levels = opts.levels ?? ['region'];
  const name = (n: NamedCode) => (opts.lang === 'fr' ? n.nameFr ?? n.nameNl : n.nameNl ?? n.nameFr) ?? n.code;
  const out: AreaInput[] = [];
  const higher = new Map<string, AreaInput>();
  for (const m of data.municipalities.values()) {
    const chain = levels.map((l) => ({ level: l, node: m[l] })).filter((x): x is { level: HigherLevel; node: NamedCode } => x.node !== null && x.node.code !== '');
    out.push({ code: m.code, name: name(m), level: 'municipality', parent: chain[0]?.node.code ?? opts.country?.code ?? null, population: { kind: 'composition', composition: m.composition } });
    chain.forEach((x, i) => {
      if (higher.has(x.node.code)) return;
      higher.set(x.node.code, { code: x.node.code, name: name(x.node), level: x.level, parent: chain[i + 1]?.node.code ?? opts.country?.code ?? null });
    });
  }
  if (opts.country) out.push({ code: opts.country.code, name: opts.country.name, level: 'country', parent: null });
  return [...out, ...higher.values()];
}

/**
 * Statistical sectors as leaves (their totals) under their municipality, each combined with the
 * municipality's composition. `reference` gives the composition for a municipality code (for
 * 2025 municipalities that merged, pass the merged composition of their predecessors). Sectors
 * of a municipality without a reference are kept, with an empty composition, and reported as not
 * covered; their municipality codes are listed in `missing`.
 */
export function sectorAreas(
  sectors: readonly SectorPopulation[],
  reference: (municipalityCode: string) => { composition: Composition; name: string } | undefined,
  opts: { municipalityParent?: (municipalityCode: string) => string | null; lang?: 'nl' | 'fr' } = {},
): { areas: AreaInput[]; missing: string[] } {
  const areas: AreaInput[] = [];
  const munis = new Map<string, AreaInput>();
  const missing = new Set<string>();
  let empty: Composition | undefined;
  for (const s of sectors) {
    const ref = reference(s.municipalityCode);
    if (!ref) missing.add(s.municipalityCode);
    const composition = ref?.composition ?? (empty ??= emptyComposition({ maxAge: 0, civilStatuses: ['1'] }));
    const muniName = ref?.name ?? (opts.lang === 'fr' ? s.municipalityNameFr ?? s.municipalityNameNl : s.municipalityNameNl ?? s.municipalityNameFr) ?? s.municipalityCode;
    if (!munis.has(s.municipalityCode)) {
      munis.set(s.municipalityCode, { code: s.municipalityCode, name: muniName, level: 'municipality', parent: opts.municipalityParent?.(s.municipalityCode) ?? null });
    }
    areas.push({
      code: s.code,
      name: (opts.lang === 'fr' ? s.nameFr ?? s.nameNl : s.nameNl ?? s.nameFr) ?? s.code,
      level: 'sector',
      parent: s.municipalityCode,
      population: { kind: 'total', total: s.total, reference: composition, referenceCode: s.municipalityCode, referenceName: muniName },
    });
  }
  return { areas: [...munis.values(), ...areas], missing: [...missing].sort() };
}
