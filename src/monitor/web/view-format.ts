/** How the monitor's figures read: number formats per language, a figure with its margin, the no-figure counts, and the page's query string. */
import { queryString as toQueryString } from '../../platform/query-string.js';
import { type Lang, type Translate } from '../../i18n/index.js';
import { type MonitorQuery, type MonitorRow } from '../service/pages-data.js';

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export interface Formats {
  int: (n: number) => string;
  /** A percentage, one decimal unless more are asked for (a map legend with close bounds). */
  pct: (n: number, fractionDigits?: number) => string;
}

export function formats(lang: Lang): Formats {
  const i = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  const p = [0, 1, 2, 3].map((d) => new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: d, maximumFractionDigits: d }));
  return { int: (n) => i.format(n), pct: (n, d = 1) => p[Math.min(3, Math.max(0, d))]!.format(n) };
}

/** The query string of the page for other values (links keep the choice). */
export function queryString(q: MonitorQuery, over: Partial<Record<keyof MonitorQuery, string | number | undefined>> = {}): string {
  // The table's page is only kept when asked for (a new sort or choice starts on page 1).
  return toQueryString({ level: q.level, indicator: q.indicator, focus: q.focus, year: q.year, model: q.model, measure: q.measure === 'percent' ? undefined : q.measure, sort: q.sort, dir: q.dir, page: undefined, ...over });
}

export function rowFigureText(r: MonitorRow, t: Translate, f: Formats, threshold: number): string {
  if (r.suppression) return r.suppression.reason === 'complementary' ? t('monitor.suppressedComplementary') : t('monitor.suppressed', { threshold });
  if (r.percent === null || r.count === null) return r.status === 'not-covered' ? t('monitor.notCovered') : t('monitor.noFigure');
  return t('monitor.map.value', { percent: f.pct(r.percent), count: f.int(r.count) });
}

/** The margin (low–high) as the table prints it; an interval that collapses to one value is no margin, and says so. */
export function intervalText(r: MonitorRow, t: Translate, f: Formats): string {
  if (r.low === null || r.high === null) return '';
  const lo = f.int(r.low);
  const hi = f.int(r.high);
  return lo === hi ? t('monitor.interval.none') : `${lo}–${hi}`;
}

/** Why areas have no figure, counted by reason (an area hidden to protect a small neighbour is not "fewer than 100 residents"). */
export function noFigureCounts(rows: readonly MonitorRow[]): { below: number; complementary: number; other: number } {
  let below = 0;
  let complementary = 0;
  let other = 0;
  for (const r of rows) {
    if (r.suppression?.reason === 'complementary') complementary++;
    else if (r.suppression) below++;
    else if (r.percent === null || r.count === null) other++;
  }
  return { below, complementary, other };
}
