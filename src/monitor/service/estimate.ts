/**
 * Estimates from the database: loads the imported population (and sector totals), maps the
 * population's municipality codes onto the areas of the chosen year (merging predecessors, so
 * 2024 figures can be shown on the 2025 municipalities and compared over time), builds the area
 * tree (sector → municipality → care zone → region, or municipality → district → province →
 * region) and calls the pure domain's estimateAreas.
 */
import type { EstimateNote } from '../notes.js';
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { AreaModel, type Lang } from '../../areas/store/query.js';
import { areasRevision } from '../../areas/store/boundaries.js';
import type { AreaLevel } from '../../areas/levels.js';
import { emptyComposition, mergeCompositions, type Composition } from '../composition.js';
import { defaultModelWithOwn } from '../store/rates.js';
import { estimateAreas, type AreaEstimate, type AreaInput } from '../estimate.js';
import type { MunicipalityPopulation } from '../population-data.js';
import type { IndicatorId, PrevalenceModel } from '../rates.js';
import { findDataset, listDatasets, loadPopulation, loadSectorTotals, type DatasetInfo } from '../store/population.js';
import { importInstructions } from '../import-steps.js';

export type EstimateLevel = AreaLevel;

/** The levels above the leaves, in order, per requested level. */
const CHAINS: Record<EstimateLevel, AreaLevel[]> = {
  sector: ['sector', 'municipality', 'zone', 'region'],
  municipality: ['municipality', 'zone', 'region'],
  zone: ['municipality', 'zone', 'region'],
  district: ['municipality', 'district', 'province', 'region'],
  province: ['municipality', 'province', 'region'],
  region: ['municipality', 'region'],
};

export interface MonitorEstimateRequest {
  level: EstimateLevel;
  /** Population of 1 January of this year; default: the latest imported. */
  year?: number;
  /**
   * Year of the area codes to report on; default: the latest year the area model knows, and at
   * least the population's year (e.g. 2024 population on the 2025 municipalities). Earlier than
   * the population's year is refused (merged municipalities cannot be split back).
   */
  areasYear?: number;
  /** For sectors: the year of the sector totals; default the population's year, else the latest. */
  sectorYear?: number;
  /** Default: the default model (cited tables). */
  model?: PrevalenceModel;
  /** Report only these indicators (they must be in the model). */
  indicators?: readonly IndicatorId[];
  /** Minimum residents for publishing an area's figures (default 100). */
  threshold?: number;
  lang?: Lang;
  /** Only these area codes in the output (the tree is still built whole, so suppression is the same). */
  codes?: readonly string[];
}

export interface MonitorEstimate {
  level: EstimateLevel;
  populationYear: number;
  areasYear: number;
  sectorYear: number | null;
  sources: { population: string; sectors: string | null };
  threshold: number;
  indicators: IndicatorId[];
  model: Pick<PrevalenceModel, 'tables' | 'indicators' | 'labels'>;
  /** Areas of the requested level, by code. */
  areas: AreaEstimate[];
  /** Notes on the data, said in a language where shown (noteText). */
  notes: EstimateNote[];
}

/** No population imported (or not for the year asked): the message says what to download and how to import it. */
export class NoPopulationError extends Error {
  override name = 'NoPopulationError';
  constructor(
    message: string,
    readonly available: DatasetInfo[],
  ) {
    super(message);
  }
}

export class EstimateRequestError extends Error {
  override name = 'EstimateRequestError';
}

const key = (level: string, code: string) => `${level}:${code}`;

/**
 * The model restricted to some indicators (the domain computes every indicator of the model it
 * is given; a map shows one). Kept per model so the domain's per-model rate tables are reused.
 */
const restricted = new WeakMap<PrevalenceModel, Map<string, PrevalenceModel>>();
function restrict(model: PrevalenceModel, indicators: readonly IndicatorId[] | undefined): PrevalenceModel {
  if (!indicators || indicators.length === model.indicators.length) return model;
  const k = [...indicators].sort().join(',');
  let m = restricted.get(model);
  if (!m) restricted.set(model, (m = new Map()));
  let r = m.get(k);
  if (!r) {
    const wanted = new Set(indicators);
    r = Object.freeze({ rules: model.rules.filter((x) => wanted.has(x.indicator)), indicators: model.indicators.filter((i) => wanted.has(i)), tables: model.tables, labels: model.labels });
    m.set(k, r);
  }
  return r;
}

/** A stable fingerprint of a model's rules, so equal models (e.g. two default models) share cached results. */
const fingerprints = new WeakMap<PrevalenceModel, string>();
function fingerprint(model: PrevalenceModel): string {
  let f = fingerprints.get(model);
  if (!f) fingerprints.set(model, (f = createHash('sha1').update(JSON.stringify(model.rules.map(({ origin: _o, ...r }) => r))).digest('base64')));
  return f;
}

/** Recent results per database (a handful: the map pages ask for the same few again and again). */
const results = new WeakMap<object, Map<string, MonitorEstimate>>();
const RESULT_CACHE_SIZE = 16;

/** Forgets cached estimates (benchmarks measure uncached runs with it). */
export function clearEstimateCache(db?: Db): void {
  if (db) results.delete(db);
}
const codeOf = (k: string) => k.slice(k.indexOf(':') + 1);

function popName(m: { nameNl: string | null; nameFr: string | null; code: string }, lang: Lang): string {
  return (lang === 'fr' ? m.nameFr ?? m.nameNl : m.nameNl ?? m.nameFr) ?? m.code;
}

export async function estimateMonitor(db: Db, req: MonitorEstimateRequest): Promise<MonitorEstimate> {
  const lang = req.lang ?? 'nl';
  const model = req.model ?? (await defaultModelWithOwn(db));
  if (req.indicators) {
    const unknown = req.indicators.filter((i) => !model.indicators.includes(i));
    if (unknown.length) throw new EstimateRequestError(`the model has no rates for ${unknown.join(', ')}; it has ${model.indicators.join(', ')}`);
  }
  const popDs = await findDataset(db, 'composition', { year: req.year });
  if (!popDs) {
    const available = await listDatasets(db, 'composition');
    if (req.year !== undefined && available.length) {
      throw new NoPopulationError(`no population imported for ${req.year}; imported years: ${available.map((d) => d.year).join(', ')}`, available);
    }
    throw new NoPopulationError(importInstructions().text, available);
  }
  const P = popDs.year;
  const cacheKey = JSON.stringify([
    req.level,
    popDs.id,
    req.areasYear ?? null,
    req.sectorYear ?? null,
    req.level === 'sector' ? ((await findDataset(db, 'sector_totals', req.sectorYear !== undefined ? { year: req.sectorYear } : { year: P }))?.id ?? (await findDataset(db, 'sector_totals'))?.id ?? null) : null,
    await areasRevision(db),
    fingerprint(model),
    req.indicators ? [...req.indicators].sort() : null,
    req.threshold ?? null,
    req.lang ?? 'nl',
    req.codes ? [...req.codes].sort() : null,
  ]);
  const hit = results.get(db)?.get(cacheKey);
  if (hit) return { ...hit, areas: [...hit.areas], notes: [...hit.notes] };
  const population = await loadPopulation(db, popDs.id);
  const areaModel = await AreaModel.cached(db, { levels: ['municipality', 'zone', 'district', 'province', 'region'] });
  const notes: EstimateNote[] = [];

  let secDs: DatasetInfo | undefined;
  if (req.level === 'sector') {
    secDs = req.sectorYear !== undefined ? await findDataset(db, 'sector_totals', { year: req.sectorYear }) : ((await findDataset(db, 'sector_totals', { year: P })) ?? (await findDataset(db, 'sector_totals')));
    if (!secDs) {
      throw new NoPopulationError(
        req.sectorYear !== undefined ? `no sector population imported for ${req.sectorYear}` : `no population per statistical sector imported.\n${importInstructions({ only: 'sectors' }).text}`,
        await listDatasets(db, 'sector_totals'),
      );
    }
  }
  const latest = areaModel.latestYear(['municipality', 'zone']);
  const areasYear = req.areasYear ?? Math.max(P, secDs?.year ?? P, latest ?? P);
  if (areasYear < P) throw new EstimateRequestError(`areas of ${areasYear} are earlier than the population (${P}): municipalities merged since cannot be split back. Use --areas-year ${P} or later.`);

  // Municipalities of the areas' year, each the sum of the population's municipalities in it.
  const members = new Map<string, MunicipalityPopulation[]>();
  for (const m of population.municipalities.values()) {
    const t = areaModel.successorAt('municipality', m.code, P, areasYear);
    const list = members.get(t);
    if (list) list.push(m);
    else members.set(t, [m]);
  }
  const mergedCount = [...members].filter(([code, ms]) => ms.length > 1 || ms[0]!.code !== code);
  if (mergedCount.length) {
    notes.push({ kind: 'merged', populationYear: P, areasYear, merges: mergedCount.map(([code, ms]) => ({ code, from: ms.map((m) => m.code) })) });
  }
  const compositionOf = new Map<string, Composition>();
  for (const [code, ms] of members) compositionOf.set(code, ms.length === 1 ? ms[0]!.composition : mergeCompositions(ms.map((m) => m.composition)));

  const chain = CHAINS[req.level];
  const upper = chain.slice(chain.indexOf('municipality') + 1);
  // Ancestors of each municipality, from the area model, else (district/province/region) from the population file.
  const ancestors = new Map<string, Map<AreaLevel, string>>();
  const higherNames = new Map<string, { nameNl: string | null; nameFr: string | null; code: string }>();
  for (const m of population.municipalities.values()) {
    for (const l of ['district', 'province', 'region'] as const) {
      const n = m[l];
      if (n?.code) higherNames.set(key(l, n.code), n);
    }
  }
  const noParent: string[] = [];
  for (const [code, ms] of members) {
    const a = new Map<AreaLevel, string>();
    for (const l of upper) {
      let p = areaModel.ancestor('municipality', code, l, areasYear);
      if (!p && (l === 'district' || l === 'province' || l === 'region')) {
        const codes = new Set(ms.map((m) => m[l]?.code).filter((c): c is string => !!c));
        if (codes.size === 1) p = [...codes][0];
      }
      if (p) a.set(l, p);
    }
    if (upper.length && !a.has(upper[0]!) && req.level !== 'municipality' && req.level !== 'sector') noParent.push(code);
    ancestors.set(code, a);
  }
  if (noParent.length && req.level !== 'region') {
    notes.push({ kind: 'noParent', areasYear, level: upper[0] as 'zone' | 'district' | 'province' | 'region', codes: noParent });
  }

  const inputs: AreaInput[] = [];
  const higher = new Map<string, AreaInput>();
  const nameAt = (level: AreaLevel, code: string) => areaModel.name(level, code, areasYear, lang);
  const addHigher = (anc: Map<AreaLevel, string>) => {
    upper.forEach((l, i) => {
      const c = anc.get(l);
      if (!c) return;
      const k = key(l, c);
      if (higher.has(k)) return;
      const parentLevel = upper.slice(i + 1).find((u) => anc.has(u));
      const hn = higherNames.get(k);
      higher.set(k, { code: k, name: nameAt(l, c) ?? (hn ? popName(hn, lang) : c), level: l, parent: parentLevel ? key(parentLevel, anc.get(parentLevel)!) : null });
    });
  };
  const parentKey = (anc: Map<AreaLevel, string>) => {
    const l = upper.find((u) => anc.has(u));
    return l ? key(l, anc.get(l)!) : null;
  };
  const muniName = (code: string) => {
    const ms = members.get(code);
    const own = ms?.length === 1 && ms[0]!.code === code ? ms[0] : ms?.find((m) => m.code === code);
    return nameAt('municipality', code) ?? (own ? popName(own, lang) : code);
  };

  let sectorYear: number | null = null;
  if (req.level !== 'sector') {
    for (const [code] of members) {
      const anc = ancestors.get(code)!;
      addHigher(anc);
      inputs.push({ code: key('municipality', code), name: muniName(code), level: 'municipality', parent: parentKey(anc), population: { kind: 'composition', composition: compositionOf.get(code)! } });
    }
  } else {
    const sectors = await loadSectorTotals(db, secDs!.id);
    sectorYear = secDs!.year;
    const empty = emptyComposition(population.layout);
    const missing = new Set<string>();
    const munis = new Map<string, AreaInput>();
    for (const s of sectors.sectors) {
      const M = areaModel.successorAt('municipality', s.municipalityCode, sectorYear, areasYear);
      let ref = compositionOf.get(M);
      if (!ref) {
        missing.add(M);
        ref = empty;
      }
      if (!munis.has(M)) {
        let anc = ancestors.get(M);
        if (!anc) {
          anc = new Map();
          for (const l of upper) {
            const p = areaModel.ancestor('municipality', M, l, areasYear);
            if (p) anc.set(l, p);
          }
          ancestors.set(M, anc);
        }
        addHigher(anc);
        const fallback = lang === 'fr' ? s.municipalityNameFr ?? s.municipalityNameNl : s.municipalityNameNl ?? s.municipalityNameFr;
        munis.set(M, { code: key('municipality', M), name: nameAt('municipality', M) ?? fallback ?? muniName(M), level: 'municipality', parent: parentKey(anc) });
      }
      inputs.push({
        code: key('sector', s.code),
        name: (lang === 'fr' ? s.nameFr ?? s.nameNl : s.nameNl ?? s.nameFr) ?? s.code,
        level: 'sector',
        parent: key('municipality', M),
        population: { kind: 'total', total: s.total, reference: ref, referenceCode: M, referenceName: munis.get(M)!.name },
      });
    }
    inputs.push(...munis.values());
    notes.push({ kind: 'sectorTotals', source: sectors.source, sectorYear, populationYear: P });
    if (missing.size) notes.push({ kind: 'sectorsUncovered', codes: [...missing].sort() });
  }
  inputs.push(...higher.values());

  const result = estimateAreas(restrict(model, req.indicators), inputs, { threshold: req.threshold });
  const wanted = req.codes ? new Set(req.codes) : null;
  const indicators = req.indicators ? [...req.indicators] : [...model.indicators];
  const out: AreaEstimate[] = [];
  for (const a of result.areas) {
    if (a.level !== req.level) continue;
    const code = codeOf(a.code);
    if (wanted && !wanted.has(code)) continue;
    const ind: AreaEstimate['indicators'] = {};
    for (const i of indicators) ind[i] = a.indicators[i]!;
    out.push({ ...a, code, parent: a.parent === null ? null : codeOf(a.parent), indicators: ind });
  }
  out.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  const estimate: MonitorEstimate = {
    level: req.level,
    populationYear: P,
    areasYear,
    sectorYear,
    sources: { population: population.source, sectors: secDs?.source ?? null },
    threshold: result.threshold,
    indicators,
    model: { tables: model.tables, indicators: model.indicators, labels: model.labels },
    areas: out,
    notes,
  };
  let cache = results.get(db);
  if (!cache) results.set(db, (cache = new Map()));
  cache.set(cacheKey, estimate);
  while (cache.size > RESULT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return { ...estimate, areas: [...estimate.areas], notes: [...estimate.notes] };
}
