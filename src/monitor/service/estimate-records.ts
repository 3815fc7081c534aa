/**
 * The records of one estimate as the CLI (`verbind estimate`) and the JSON API
 * (/api/v1/monitor/estimates) give them: one shape, so the two cannot drift apart.
 */
import { csvText } from '../../platform/spreadsheet-cells.js';
import type { AreaEstimate } from '../estimate.js';
import type { MonitorEstimate } from './estimate.js';

const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

export interface EstimateRecord {
  code: string;
  name: string;
  level: string;
  population: number;
  suppression: AreaEstimate['suppression'];
  [indicator: string]: unknown;
}

/** The JSON records of the CLI and the API. */
export function estimateRecords(result: MonitorEstimate): EstimateRecord[] {
  return result.areas.map((a) => {
    const rec: EstimateRecord = { code: a.code, name: a.name, level: a.level, population: Math.round(a.population), suppression: a.suppression };
    for (const i of result.indicators) {
      const e = a.indicators[i]!;
      rec[i] = { count: r1(e.count), percent: r2(e.percent), low: r1(e.low), high: r1(e.high), status: e.status, notCovered: e.notCoveredPopulation === null ? null : Math.round(e.notCoveredPopulation) };
    }
    return rec;
  });
}

export function estimateCsv(result: MonitorEstimate): string {
  const header = ['code', 'name', 'level', 'population', 'suppressed', 'suppression_reason', ...result.indicators.flatMap((i) => [`${i}_count`, `${i}_percent`, `${i}_low`, `${i}_high`])];
  const rows = result.areas.map((a) => [
    a.code,
    a.name,
    a.level,
    Math.round(a.population),
    a.suppression ? 'yes' : 'no',
    a.suppression?.reason ?? '',
    ...result.indicators.flatMap((i) => {
      const e = a.indicators[i]!;
      return [r1(e.count), r2(e.percent), r1(e.low), r1(e.high)].map((v) => (v === null ? '' : v));
    }),
  ]);
  return csvText([header, ...rows]);
}

