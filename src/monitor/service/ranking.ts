/**
 * Where is estimated need high and the supply of effective elements low?
 *
 * Ranking rule (stated with the result): need against supply, for one indicator (default: lonely
 * often or always), with the local supply of effective elements (issue 9: an initiative serving the
 * area from a wider area is shown beside it, not counted in it):
 *   1. areas where no local initiative offers an effective element come first — their need meets no
 *      supply at all — the highest estimated share of residents with the indicator first (the
 *      intensity of need, not the size of the population: ordering these by the number of people
 *      would list the largest towns first and nothing else);
 *   2. then the other areas by estimated people with the indicator per local initiative offering an
 *      effective element (count ÷ such initiatives), highest first: the need each initiative meets.
 * Ties: the higher estimated number of people first, then the code. Areas whose figures are
 * suppressed (too few residents) or not estimated are left out and listed.
 *
 * "Effective element": an element marked * in table 1 of the Flemish study (effect shown in
 * several reviews or meta-analyses): mindfulness, social cognitive training, increasing social
 * support, psychological intervention, stimulating social activities, creating social networks.
 *
 * What is missing, per area: the effective elements no initiative there offers; the Brusano
 * categories with no initiative; and the age groups the indicator's rates cover that no initiative
 * there names (all_ages serves every group). Age groups are read as: children 0–11, youth 12–17,
 * young adults 18–25, adults 26–59, older people 60+ (the vocabulary defines only "60+"; the other
 * bounds are this check's working assumption).
 */
import type { EstimateNote } from '../notes.js';
import type { Db } from '../../db/client.js';
import { BRUSANO_CATEGORIES } from '../../vocabulary/matrix.js';
import { indicatorLabel, type IndicatorId, type PrevalenceModel } from '../rates.js';
import type { AreaEstimate } from '../estimate.js';
import { defaultModelWithOwn } from '../store/rates.js';
import { estimateMonitor, EstimateRequestError, type MonitorEstimateRequest } from './estimate.js';
import { EFFECTIVE_ELEMENTS, emptySupply, supplyByArea, type AreaSupply } from './supply.js';

export const AGE_GROUP_RANGES: Record<string, [number, number]> = {
  children: [0, 11],
  youth: [12, 17],
  young_adults: [18, 25],
  adults: [26, 59],
  older: [60, 200],
};

export const RANKING_RULE =
  'Need against local supply: areas where no local initiative offers an effective element come first (highest estimated share first); then the others by estimated people per local initiative offering an effective element, highest first. Initiatives active from a wider area are shown beside, not counted. Suppressed areas are left out.';

export interface RankingRequest extends Omit<MonitorEstimateRequest, 'indicators'> {
  /** Default: loneliness_often when the model has it, else the model's first indicator. */
  indicator?: IndicatorId;
  limit?: number;
}

export interface RankedArea {
  rank: number;
  code: string;
  name: string;
  population: number;
  need: { indicator: IndicatorId; count: number; percent: number; low: number; high: number };
  supply: AreaSupply;
  /** Estimated people with the indicator per initiative offering an effective element; null when there is none. */
  perEffectiveInitiative: number | null;
  missing: { effectiveElements: string[]; categories: string[]; ageGroups: string[] };
}

export interface Ranking {
  level: MonitorEstimateRequest['level'];
  populationYear: number;
  areasYear: number;
  indicator: IndicatorId;
  rule: string;
  threshold: number;
  areas: RankedArea[];
  excluded: { code: string; name: string; reason: string }[];
  notes: EstimateNote[];
}

/** The age groups (codes) a model's rules for an indicator cover. */
export function coveredAgeGroups(model: PrevalenceModel, indicator: IndicatorId): string[] {
  const rules = model.rules.filter((r) => r.indicator === indicator);
  return Object.entries(AGE_GROUP_RANGES)
    .filter(([, [lo, hi]]) => rules.some((r) => (r.ageFrom ?? 0) <= hi && (r.ageTo ?? Infinity) >= lo))
    .map(([g]) => g);
}

export function servesAgeGroup(s: AreaSupply, group: string): boolean {
  return (s.byAgeGroup[group] ?? 0) > 0 || (s.byAgeGroup.all_ages ?? 0) > 0;
}

export async function rankAreas(db: Db, req: RankingRequest): Promise<Ranking> {
  const model = req.model ?? (await defaultModelWithOwn(db));
  const indicator = req.indicator ?? (model.indicators.includes('loneliness_often') ? 'loneliness_often' : model.indicators[0]);
  if (!indicator) throw new EstimateRequestError('the model has no indicators');
  const est = await estimateMonitor(db, { ...req, model, indicators: [indicator] });
  const supply = await supplyByArea(db, { level: req.level, areasYear: est.areasYear });
  const byCode = new Map(supply.areas.map((s) => [s.code, s]));
  const groups = coveredAgeGroups(model, indicator);
  const excluded: Ranking['excluded'] = [];
  const ranked: Omit<RankedArea, 'rank'>[] = [];
  for (const a of est.areas as AreaEstimate[]) {
    const e = a.indicators[indicator]!;
    if (e.status !== 'estimated' || e.count === null) {
      excluded.push({ code: a.code, name: a.name, reason: a.suppression ? a.suppression.message : e.status === 'not-covered' ? 'no residents the rates cover' : e.status });
      continue;
    }
    const s = byCode.get(a.code) ?? emptySupply(a.code);
    ranked.push({
      code: a.code,
      name: a.name,
      population: a.population,
      need: { indicator, count: e.count, percent: e.percent!, low: e.low!, high: e.high! },
      supply: s,
      perEffectiveInitiative: s.effective > 0 ? e.count / s.effective : null,
      missing: {
        effectiveElements: EFFECTIVE_ELEMENTS.filter((el) => !(s.byElement[el]! > 0)),
        categories: BRUSANO_CATEGORIES.filter((c) => !(s.byCategory[c.code]! > 0)).map((c) => c.code),
        ageGroups: groups.filter((g) => !servesAgeGroup(s, g)),
      },
    });
  }
  ranked.sort((x, y) => {
    const xn = x.perEffectiveInitiative === null;
    const yn = y.perEffectiveInitiative === null;
    if (xn !== yn) return xn ? -1 : 1;
    const d = xn ? y.need.percent - x.need.percent : y.perEffectiveInitiative! - x.perEffectiveInitiative!;
    return d || y.need.count - x.need.count || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
  });
  const limited = req.limit !== undefined ? ranked.slice(0, req.limit) : ranked;
  return {
    level: req.level,
    populationYear: est.populationYear,
    areasYear: est.areasYear,
    indicator,
    rule: `${RANKING_RULE} Need: ${indicatorLabel(indicator, 'en', model)}.`,
    threshold: est.threshold,
    areas: limited.map((r, i) => ({ rank: i + 1, ...r })),
    excluded,
    notes: [...est.notes, ...(supply.unplaced.length ? [{ kind: 'unplaced' as const, codes: supply.unplaced.map((u) => u.code) }] : [])],
  };
}
