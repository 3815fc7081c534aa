/**
 * What the monitor pages and downloads show, loaded once per request from the services of the
 * area monitor (estimateMonitor, supplyByArea, rankAreas, monitorStatus) and the areas store
 * (geometriesAt): the estimate of one indicator per area, filtered to a focus area, with the
 * supply per area, the ranking and display geometry.
 */
import { z } from 'zod';
import type { Feature, Geometry } from 'geojson';
import type { Db } from '../../db/client.js';
import { AreaModel, geometriesAt, type Lang } from '../../areas/store/query.js';
import { areasRevision } from '../../areas/store/boundaries.js';
import { DataCache } from '../../platform/data-cache.js';
import { AREA_LEVELS, type AreaLevel } from '../../areas/levels.js';
import { INDICATOR_NAME, type CitationText, type IndicatorId, type RateRule } from '../rates.js';
import { DEFAULT_MODEL_TABLE_IDS, DEFAULT_TABLES } from '../default-rates.js';
import { listRateTables, modelFromTables } from '../store/rates.js';
import type { AreaEstimate } from '../estimate.js';
import { estimateMonitor, type MonitorEstimate } from './estimate.js';
import { supplyByArea, emptySupply, type AreaSupply, type SupplyResult } from './supply.js';
import { rankAreas, type Ranking } from './ranking.js';
import { monitorStatus, type MonitorStatus } from './status.js';
import { INSPIRING_EXAMPLES } from '../../seed/examples.js';
import { offeringElements } from '../../initiatives/store/queries.js';

export const SORT_KEYS = ['name', 'code', 'population', 'count', 'percent', 'low', 'high', 'initiatives', 'effective'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const monitorQuerySchema = z.object({
  level: z.enum(AREA_LEVELS).default('municipality'),
  /** A built-in indicator or an analyst's own (from an imported rates file); one the model lacks falls back to the default indicator. */
  indicator: z.string().regex(INDICATOR_NAME).optional(),
  /** "LEVEL:CODE", e.g. "zone:elz29" or "region:02000": only that area's sub-areas; "all": every area (absent: Flanders and Brussels). */
  focus: z
    .string()
    .max(40)
    .regex(/^(|all|(sector|municipality|zone|district|province|region):[A-Za-z0-9_-]+)$/)
    .optional(),
  /** What the map paints: the estimated share (default) or the estimated number of people. */
  measure: z.enum(['percent', 'count']).default('percent'),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  sort: z.enum(SORT_KEYS).default('percent'),
  /** Page of the table when it has more rows than TABLE_PAGE_SIZE (statistical sectors). */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  dir: z.enum(['asc', 'desc']).default('desc'),
  /** Rate tables of the prevalence model (built-in or imported ids); absent: the default model. Repeated (form checkboxes) or comma-separated. */
  model: z.preprocess(
    (v) => (Array.isArray(v) ? v.join(',') : v === '' ? undefined : v),
    z
      .string()
      .max(400)
      .regex(/^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/)
      .optional(),
  ),
});
export type MonitorQuery = z.output<typeof monitorQuerySchema>;

/** Levels one may limit the view to, per level shown. */
export const FOCUS_LEVELS: Record<AreaLevel, AreaLevel[]> = {
  sector: ['municipality', 'zone', 'region'],
  municipality: ['zone', 'province', 'region'],
  zone: ['region'],
  district: ['province', 'region'],
  province: ['region'],
  region: [],
};

export const REGION_NAMES: Record<string, Record<Lang, string>> = {
  '02000': { nl: 'Vlaams Gewest', fr: 'Région flamande', en: 'Flemish Region' },
  '03000': { nl: 'Waals Gewest', fr: 'Région wallonne', en: 'Walloon Region' },
  '04000': { nl: 'Brussels Hoofdstedelijk Gewest', fr: 'Région de Bruxelles-Capitale', en: 'Brussels-Capital Region' },
};

/** The region of a (pre- or post-2025) municipality or sector code, from the NIS numbering. */
export function regionOfCode(code: string): string | undefined {
  if (!/^\d{5}/.test(code)) return undefined;
  if (code.startsWith('21')) return '04000';
  if (code.startsWith('25')) return '03000';
  const d = code[0]!;
  if ('1347'.includes(d) || code.startsWith('23') || code.startsWith('24')) return '02000';
  if ('5689'.includes(d)) return '03000';
  return undefined;
}

/** The regions the monitor opens on: Flanders and Brussels, where Verbind's initiatives and care zones are. */
export const HOME_REGIONS = ['02000', '04000'] as const;

export const HOME_LABEL: Record<Lang, string> = { nl: 'Vlaanderen en Brussel', fr: 'Flandre et Bruxelles', en: 'Flanders and Brussels' };
export const ALL_LABEL: Record<Lang, string> = { nl: 'Heel België', fr: 'Toute la Belgique', en: 'All of Belgium' };

/**
 * Statbel's pseudo-areas in the sector and care-zone files — 9999x "niet te lokaliseren" /
 * "buiten Vlaanderen en Brussel" municipalities, their ZZZZ sectors and the zones elz91–elz99 —
 * hold no residents one can place: they never appear in the monitor's area lists.
 */
export function isPseudoArea(level: AreaLevel, code: string): boolean {
  if (level === 'zone') return /^elz9\d$/.test(code);
  if (level === 'municipality' || level === 'sector') return /^9999\d/.test(code);
  return false;
}

export interface MonitorRow {
  code: string;
  name: string;
  population: number;
  /** Null when the area has figures; else why not. */
  suppression: AreaEstimate['suppression'];
  status: string;
  count: number | null;
  percent: number | null;
  low: number | null;
  high: number | null;
  /** The interval as shares (percent), for the map's uncertainty check. */
  percentLow: number | null;
  percentHigh: number | null;
  notCovered: number | null;
  supply: AreaSupply;
}

export interface ElsewhereInitiative {
  id: string;
  name: string;
  inspiring: boolean;
}

export interface MonitorView {
  query: MonitorQuery;
  indicator: IndicatorId;
  indicators: readonly IndicatorId[];
  levels: AreaLevel[];
  years: number[];
  focusOptions: { value: string; label: string; level: AreaLevel }[];
  focusLabel: string | null;
  /** Some areas lie outside Flanders and Brussels: the form offers "all of Belgium". */
  beyondHome: boolean;
  estimate: MonitorEstimate;
  rows: MonitorRow[];
  features: Feature<Geometry, { code: string }>[];
  supply: SupplyResult;
  ranking: Ranking;
  /** Per missing effective element: initiatives offering it (none of them serves the ranked area, or the element would not be missing). */
  elsewhere: Map<string, ElsewhereInitiative[]>;
  tables: { id: string; title: Record<Lang, string>; covers: Record<Lang, string>; citation: string; cite?: CitationText; quote?: string }[];
  /** The sources of the shown indicator's rates that come from imported files (an analyst's own indicator, an imported table), as the files give them. */
  importedSources: { source: string; table: string }[];
  /** The rate tables the model was built from, and every table one may choose (built-in first). */
  modelIds: string[];
  rateTables: { id: string; builtIn: boolean; title: Record<Lang, string>; covers: Record<Lang, string> | null; source: string }[];
}

export type MonitorLoad = { kind: 'empty'; status: MonitorStatus } | { kind: 'view'; view: MonitorView; status: MonitorStatus };

const rows = <T,>(r: unknown) => (r as { rows: T[] }).rows;

type AreaFeature = Feature<Geometry, { code: string }>;
const featureCache = new DataCache<AreaFeature[]>({ max: 12 });

/** Display geometry of a level's areas in a year, kept per database until the areas revision changes (reading it is the slowest part of the page). */
export async function featuresAt(db: Db, level: AreaLevel, year: number): Promise<AreaFeature[]> {
  return featureCache.get(db, await areasRevision(db), `${level}|${year}`, async () =>
    (await geometriesAt(db, level, year)).map((s) => ({ type: 'Feature' as const, geometry: s.geometry as Geometry, properties: { code: s.code } })),
  );
}

const numCmp = (a: number | null, b: number | null, dir: 1 | -1) => {
  if (a === null && b === null) return 0;
  if (a === null) return 1; // no figure: always last
  if (b === null) return -1;
  return (a - b) * dir;
};

export function sortRows(list: MonitorRow[], sort: SortKey, dir: 'asc' | 'desc', lang: Lang): MonitorRow[] {
  const d = dir === 'asc' ? 1 : -1;
  const coll = new Intl.Collator(lang);
  const key = (r: MonitorRow): number | null =>
    sort === 'population' ? r.population : sort === 'initiatives' ? r.supply.initiatives : sort === 'effective' ? r.supply.effective : sort === 'name' || sort === 'code' ? null : r[sort];
  return [...list].sort((a, b) => {
    if (sort === 'name') return coll.compare(a.name, b.name) * d || (a.code < b.code ? -1 : 1);
    if (sort === 'code') return (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) * d;
    return numCmp(key(a), key(b), d) || coll.compare(a.name, b.name);
  });
}

/** The ancestor of an area at a focus level (null when unknown). */
function ancestorOf(model: AreaModel, level: AreaLevel, a: AreaEstimate, target: AreaLevel, year: number): string | undefined {
  if (target === 'region') {
    const viaModel = model.ancestor(level, a.code, 'region', year);
    if (viaModel) return viaModel;
    if (level === 'zone' || level === 'district' || level === 'province') return a.parent ?? undefined;
    return regionOfCode(a.code);
  }
  if (level === 'sector' && target === 'municipality') return model.ancestor('sector', a.code, 'municipality', year) ?? a.code.slice(0, 5);
  return model.ancestor(level, a.code, target, year) ?? (level === 'sector' ? model.ancestor('municipality', a.code.slice(0, 5), target, year) : undefined);
}

/** Sources of an indicator's rules that are not a built-in table's (those are cited with their table). */
function importedSources(rules: readonly RateRule[], indicator: IndicatorId): MonitorView['importedSources'] {
  const builtIn = new Set(DEFAULT_TABLES.map((t) => `table ${t.id}`));
  const seen = new Map<string, { source: string; table: string }>();
  for (const r of rules) {
    if (r.indicator !== indicator || builtIn.has(r.origin ?? '')) continue;
    const table = /^table ([a-z0-9-]+)/.exec(r.origin ?? '')?.[1] ?? '';
    if (!seen.has(r.source)) seen.set(r.source, { source: r.source, table });
  }
  return [...seen.values()];
}

export async function loadMonitor(db: Db, query: MonitorQuery, lang: Lang, opts: { rankingLimit?: number } = {}): Promise<MonitorLoad> {
  const status = await monitorStatus(db);
  if (!status.ready) return { kind: 'empty', status };
  const modelIds = query.model ? [...new Set(query.model.split(','))] : [...DEFAULT_MODEL_TABLE_IDS];
  const [model, rateTables] = await Promise.all([modelFromTables(db, query.model ? modelIds : undefined), listRateTables(db)]);
  const indicator: IndicatorId = query.indicator && model.indicators.includes(query.indicator) ? query.indicator : model.indicators.includes('loneliness_often') ? 'loneliness_often' : model.indicators[0]!;
  const level = query.level;
  const estimate = await estimateMonitor(db, { level, year: query.year, indicators: [indicator], model, lang });
  const areasYear = estimate.areasYear;
  const areaModel = await AreaModel.cached(db, { levels: level === 'sector' ? AREA_LEVELS : AREA_LEVELS.filter((l) => l !== 'sector') });

  // Focus: which sub-areas to show, and the options to choose from.
  const focusLevels = FOCUS_LEVELS[level];
  const anc = new Map<string, Map<AreaLevel, string>>();
  for (const a of estimate.areas) {
    const m = new Map<AreaLevel, string>();
    for (const fl of focusLevels) {
      const c = ancestorOf(areaModel, level, a, fl, areasYear);
      if (c) m.set(fl, c);
    }
    anc.set(a.code, m);
  }
  const focusOptions: MonitorView['focusOptions'] = [];
  const coll = new Intl.Collator(lang);
  for (const fl of focusLevels) {
    const codes = new Set([...anc.values()].map((m) => m.get(fl)).filter((c): c is string => !!c));
    const opts = [...codes].filter((c) => !isPseudoArea(fl, c)).map((c) => ({ value: `${fl}:${c}`, label: (fl === 'region' ? REGION_NAMES[c]?.[lang] : undefined) ?? areaModel.name(fl, c, areasYear, lang) ?? c, level: fl }));
    opts.sort((x, y) => coll.compare(x.label, y.label));
    focusOptions.push(...opts);
  }
  const placeable = estimate.areas.filter((a) => !isPseudoArea(level, a.code));
  // Without a focus the monitor opens on Flanders and Brussels; "all" shows every area (only offered when some lie elsewhere).
  const regionOf = (a: AreaEstimate) => (level === 'region' ? a.code : ancestorOf(areaModel, level, a, 'region', areasYear));
  const home = placeable.filter((a) => (HOME_REGIONS as readonly string[]).includes(regionOf(a) ?? ''));
  const beyondHome = home.length > 0 && home.length < placeable.length;
  let focusLabel: string | null = null;
  let shown = placeable;
  if (query.focus && query.focus !== 'all') {
    const [fl, fc] = query.focus.split(':') as [AreaLevel, string];
    focusLabel = focusOptions.find((o) => o.value === query.focus)?.label ?? fc;
    shown = placeable.filter((a) => anc.get(a.code)?.get(fl) === fc);
  } else if (!query.focus && beyondHome) {
    focusLabel = HOME_LABEL[lang];
    shown = home;
  }
  const shownCodes = shown.map((a) => a.code);

  const [supply, ranking, shapes] = await Promise.all([
    supplyByArea(db, { level, areasYear }),
    rankAreas(db, { level, year: query.year, indicator, model, lang, codes: shownCodes }),
    featuresAt(db, level, areasYear),
  ]);
  const supplyBy = new Map(supply.areas.map((s) => [s.code, s]));
  const list: MonitorRow[] = shown.map((a) => {
    const e = a.indicators[indicator]!;
    return {
      code: a.code,
      name: a.name,
      population: a.population,
      suppression: a.suppression,
      status: e.status,
      count: e.count,
      percent: e.percent,
      low: e.low,
      high: e.high,
      percentLow: e.percentLow,
      percentHigh: e.percentHigh,
      notCovered: e.notCoveredPopulation,
      supply: supplyBy.get(a.code) ?? emptySupply(a.code),
    };
  });
  const wanted = new Set(shownCodes);
  const features = shapes.filter((s) => wanted.has(s.properties.code));
  if (opts.rankingLimit !== undefined) ranking.areas = ranking.areas.slice(0, opts.rankingLimit);

  // Initiatives offering the missing effective elements of the ranked areas: the part-4 examples first.
  const missing = [...new Set(ranking.areas.flatMap((r) => r.missing.effectiveElements))];
  const elsewhere = new Map<string, ElsewhereInitiative[]>();
  if (missing.length) {
    const list2 = await offeringElements(db, missing);
    const inspiring = new Set(INSPIRING_EXAMPLES.map((e) => e.id));
    for (const el of missing) {
      const offer = list2.filter((i) => i.elements.includes(el)).map((i) => ({ id: i.id, name: i.name, inspiring: inspiring.has(i.id) }));
      offer.sort((x, y) => Number(y.inspiring) - Number(x.inspiring));
      elsewhere.set(el, offer.slice(0, 3));
    }
  }

  const years = [...new Set(status.population.map((d) => d.year))].sort((a, b) => b - a);
  const levels = AREA_LEVELS.filter((l) => l !== 'sector' || status.sectors.length > 0).filter((l) => l === 'municipality' || l === 'region' || status.areas.some((a) => a.level === l) || l === 'province' || l === 'district');
  const tables = estimate.model.tables.map((t) => {
    const full = DEFAULT_TABLES.find((d) => d.id === t.id);
    return { id: t.id, title: t.title, covers: t.covers, citation: t.citation, ...(t.cite ? { cite: t.cite } : {}), ...(full?.quote ? { quote: full.quote } : {}) };
  });
  return {
    kind: 'view',
    status,
    view: {
      query,
      indicator,
      indicators: model.indicators,
      levels,
      years,
      focusOptions,
      focusLabel,
      beyondHome,
      estimate,
      rows: sortRows(list, query.sort, query.dir, lang),
      features,
      supply,
      ranking,
      elsewhere,
      tables,
      importedSources: importedSources(model.rules, indicator),
      modelIds,
      rateTables: rateTables.map((r) => {
        const builtIn = DEFAULT_TABLES.find((d) => d.id === r.id);
        return { id: r.id, builtIn: r.builtIn, title: builtIn ? builtIn.title : { nl: r.title, fr: r.title, en: r.title }, covers: builtIn?.covers ?? null, source: r.source };
      }),
    },
  };
}
