/**
 * The landscape of a selection: counts from the database (sql-counts.ts),
 * then the pure domain (describe, cross-tabs with their tests, gap rules).
 * Used by the page, the downloads, the JSON API and `npx verbind report`.
 */
import type { Database } from '../../db/client.js';
import { describeCounts, type LandscapeSummary } from '../analysis.js';
import { tallyCrossTab, tallySelection, type CrossTabCounts, type SelectionCounts } from '../counts.js';
import { crossTabFromCounts, type CrossTab } from '../crosstab.js';
import { analyseGapsFromCounts, type GapOptions, type GapReport } from '../gaps.js';
import { DEFAULT_PERCENT, type CrossTabRequest, type Selection } from '../selection.js';
import type { PercentChoice } from '../crosstab-percentages.js';
import { countInDatabase, loadCodings, selectionConditions } from '../../initiatives/store/landscape-counts.js';
import { resolveAreaScope, type AreaScope } from '../../initiatives/store/area-scope.js';

export interface Landscape {
  n: number;
  selection: Selection;
  /** The area filter resolved (src/initiatives/store/area-scope.ts): which area codes serve the asked areas locally or from above. */
  areas: AreaScope | null;
  counts: SelectionCounts;
  summary: LandscapeSummary;
  crosstabs: { request: CrossTabRequest; counts: CrossTabCounts; result: CrossTab }[];
  /** Which percentages the cross-tabs show (the page, the downloads and the API carry them). */
  percent: PercentChoice;
  gaps: GapReport;
  generatedAt: string;
  /** 'sql': counted by the database (default); 'rows': codings loaded and tallied in JavaScript (the reference). */
  method: 'sql' | 'rows';
}

export interface LandscapeOptions {
  method?: 'sql' | 'rows';
  gaps?: GapOptions;
  now?: Date;
  percent?: PercentChoice;
}

export async function computeLandscape(database: Database, selection: Selection, crosstabs: readonly CrossTabRequest[] = [], opts: LandscapeOptions = {}): Promise<Landscape> {
  const areas = selection.area?.length ? await resolveAreaScope(database, selection.area) : null;
  const where = selectionConditions(selection, areas);
  const method = opts.method ?? 'sql';
  let counts: SelectionCounts;
  let crossCounts: CrossTabCounts[];
  if (method === 'sql') {
    ({ counts, crosstabs: crossCounts } = await countInDatabase(database, where, crosstabs));
  } else {
    const rows = await loadCodings(database, where);
    counts = tallySelection(rows);
    crossCounts = crosstabs.map((x) => tallyCrossTab(rows, x.row, x.col));
  }
  return {
    n: counts.n,
    selection,
    areas,
    counts,
    summary: describeCounts(counts),
    crosstabs: crosstabs.map((request, i) => ({ request, counts: crossCounts[i]!, result: crossTabFromCounts(crossCounts[i]!) })),
    percent: opts.percent ?? DEFAULT_PERCENT,
    gaps: analyseGapsFromCounts(counts, opts.gaps),
    generatedAt: (opts.now ?? new Date()).toISOString(),
    method,
  };
}
