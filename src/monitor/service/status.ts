/** What the monitor has to work with: the imported datasets and area data (store/), and the steps still to do (import-steps.ts). */
import type { Db } from '../../db/client.js';
import { listDatasets, type DatasetInfo } from '../store/population.js';
import { listRateTables, type RateTableInfo } from '../store/rates.js';
import { countAreaData } from '../store/area-data.js';
import { stepsToDo, type DownloadStep } from '../import-steps.js';

export interface MonitorStatus {
  /** True when estimates can be made (a population composition is imported). */
  ready: boolean;
  population: DatasetInfo[];
  sectors: DatasetInfo[];
  areas: { level: string; total: number; current: number }[];
  geometries: { level: string; count: number }[];
  successions: number;
  rateTables: RateTableInfo[];
  /** Steps still to do (required first). */
  todo: DownloadStep[];
}

export async function monitorStatus(db: Db): Promise<MonitorStatus> {
  const all = await listDatasets(db);
  const population = all.filter((d) => d.kind === 'composition');
  const sectors = all.filter((d) => d.kind === 'sector_totals');
  const { areas, geometries, successions } = await countAreaData(db);
  const todo = stepsToDo({ population: population.length, sectors: sectors.length, areaLevels: areas.map((a) => a.level), geometryLevels: geometries.map((g) => g.level) });
  return { ready: population.length > 0, population, sectors, areas, geometries, successions, rateTables: await listRateTables(db), todo };
}
