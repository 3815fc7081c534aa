/**
 * The area sheet: one municipality or care zone on one or two printed pages — estimated need
 * (every indicator of the default model, with its interval), the local supply per Brusano
 * category and the wider offer beside it, what is missing (the ranking's gap rules, ranking.ts),
 * and the initiatives serving the area. "Serving" is the area model's coverage (src/areas/coverage.ts)
 * through the one way into the initiatives (src/initiatives/store/serving.ts): local ones first, then
 * those active from a wider area, the region or the whole country.
 */
import type { Database } from '../../db/client.js';
import { AreaModel, type Lang } from '../../areas/store/query.js';
import { BRUSANO_CATEGORIES } from '../../vocabulary/matrix.js';
import { initiativesServing, type ServingInitiative } from '../../initiatives/store/serving.js';
import { defaultModel } from '../default-rates.js';
import type { AreaEstimate } from '../estimate.js';
import type { CitationText, IndicatorId } from '../rates.js';
import type { EstimateNote } from '../notes.js';
import { estimateMonitor } from './estimate.js';
import { coveredAgeGroups, servesAgeGroup } from './ranking.js';
import { EFFECTIVE_ELEMENTS, emptySupply, supplyByArea, type AreaSupply } from './supply.js';

export const SHEET_LEVELS = ['municipality', 'zone'] as const;
export type SheetLevel = (typeof SHEET_LEVELS)[number];

export interface AreaSheet {
  code: string;
  level: SheetLevel;
  name: string;
  populationYear: number;
  areasYear: number;
  estimate: AreaEstimate;
  indicators: IndicatorId[];
  supply: AreaSupply;
  missing: { effectiveElements: string[]; categories: string[]; ageGroups: string[] };
  initiatives: ServingInitiative[];
  tables: { id: string; title: Record<Lang, string>; citation: string; cite?: CitationText }[];
  notes: EstimateNote[];
}

/** Which level a code is, in the latest year of the area model (municipalities first); undefined for any other code. */
export async function sheetLevelOf(database: Database, code: string): Promise<SheetLevel | undefined> {
  const model = await AreaModel.cached(database.db, { levels: ['municipality', 'zone', 'district', 'province', 'region'] });
  const year = model.latestYear(['municipality', 'zone']);
  if (year === undefined) return undefined;
  return SHEET_LEVELS.find((l) => model.codesValidIn(l, year).includes(code));
}

/** The sheet of `code`, or undefined when it is no municipality or care zone of the latest area year. Throws NoPopulationError without population. */
export async function loadAreaSheet(database: Database, code: string, lang: Lang): Promise<AreaSheet | undefined> {
  const level = await sheetLevelOf(database, code);
  if (!level) return undefined;
  const model = defaultModel();
  const est = await estimateMonitor(database.db, { level, codes: [code], lang, model });
  const estimate = est.areas.find((a) => a.code === code);
  if (!estimate) return undefined;
  const supplies = await supplyByArea(database.db, { level, areasYear: est.areasYear });
  const supply = supplies.areas.find((s) => s.code === code) ?? emptySupply(code);
  const indicator: IndicatorId = model.indicators.includes('loneliness_often') ? 'loneliness_often' : model.indicators[0]!;
  const { items } = await initiativesServing(database, code);
  return {
    code,
    level,
    name: estimate.name,
    populationYear: est.populationYear,
    areasYear: est.areasYear,
    estimate,
    indicators: est.indicators,
    supply,
    missing: {
      effectiveElements: EFFECTIVE_ELEMENTS.filter((el) => !(supply.byElement[el]! > 0)),
      categories: BRUSANO_CATEGORIES.filter((c) => !(supply.byCategory[c.code]! > 0)).map((c) => c.code),
      ageGroups: coveredAgeGroups(model, indicator).filter((g) => !servesAgeGroup(supply, g)),
    },
    initiatives: items,
    tables: est.model.tables.map((t) => ({ id: t.id, title: t.title, citation: t.citation, ...(t.cite ? { cite: t.cite } : {}) })),
    notes: est.notes,
  };
}
