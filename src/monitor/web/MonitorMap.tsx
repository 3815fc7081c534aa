/** The monitor's need map: its model (classes the figures support, named areas, the text lines of a downloaded map) and its SVG markup, kept while the same figures are drawn. */
import { createHash } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { type Lang, type Translate } from '../../i18n/index.js';
import { Choropleth, type MapValue } from '../../maps/Choropleth.js';
import { classPlan, type ClassPlan } from '../../maps/classes.js';
import { indicatorLabel } from '../rates.js';
import { type MonitorView } from '../service/pages-data.js';
import { formats, noFigureCounts, queryString, rowFigureText } from './view-format.js';
import { TABLE_PAGE_SIZE } from './FigureTable.js';

export interface MonitorMapModel {
  values: Map<string, MapValue>;
  plan: ClassPlan;
  title: string;
  legendTitle: string;
  /** Said when the spread between areas is within the estimate's uncertainty (the map then shows one class). */
  uncertaintyNote: string | null;
  /** Why hatched areas have no figure, per reason present. */
  noDataNote: string;
  anyNoData: boolean;
  format: (n: number, d?: number) => string;
}

/** What the map of a view paints: the figures (share or number of people, as the table rounds them), their classes and what to say about them. */
export function monitorMapModel(view: MonitorView, lang: Lang, t: Translate): MonitorMapModel {
  const f = formats(lang);
  const byCount = view.query.measure === 'count';
  const values = new Map<string, MapValue>(
    view.rows.map((r) => {
      const has = !r.suppression && r.percent !== null && r.count !== null;
      const value = has ? (byCount ? r.count : r.percent) : null;
      // The texts are written only for the areas the map draws (none at the sector level without sector outlines): made when first read.
      const text = () => rowFigureText(r, t, f, view.estimate.threshold);
      return [r.code, { code: r.code, name: r.name, value, low: has ? (byCount ? r.low : r.percentLow) : null, high: has ? (byCount ? r.high : r.percentHigh) : null, get text() { return text(); }, get noFigureText() { return text(); } }];
    }),
  );
  const digits = byCount ? 0 : 1;
  const plan = classPlan([...values.values()].flatMap((v) => (v.value === null ? [] : [{ value: v.value, low: v.low ?? null, high: v.high ?? null }])), { digits });
  const indicator = indicatorLabel(view.indicator, lang, view.estimate.model);
  const level = t(`monitor.level.${view.query.level}`).toLowerCase();
  const u = plan.uncertainty;
  const uncertaintyNote = u?.within
    ? byCount
      ? t('monitor.map.withinUncertaintyCount', { spread: f.int(u.spread), width: f.int(u.medianWidth) })
      : t('monitor.map.withinUncertainty', { spread: f.pct(u.spread, 2), width: f.pct(u.medianWidth, 1) })
    : null;
  const th = view.estimate.threshold;
  const c = noFigureCounts(view.rows);
  const noDataNote = [
    c.below ? t('monitor.map.noDataBelow', { n: c.below, threshold: th }) : '',
    c.complementary ? t('monitor.map.noDataComplementary', { n: c.complementary }) : '',
    c.other ? t('monitor.map.noDataOther', { n: c.other }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    values,
    plan,
    title: t(byCount ? 'monitor.map.titleCount' : 'monitor.map.title', { indicator, level }) + (view.focusLabel ? ` — ${view.focusLabel}` : ''),
    legendTitle: t(byCount ? 'monitor.map.legendCount' : 'monitor.map.legend'),
    uncertaintyNote,
    noDataNote,
    anyNoData: c.below + c.complementary + c.other > 0,
    format: byCount ? (n: number) => f.int(n) : f.pct,
  };
}

/** Id prefix of the need map's shapes, which the supply and gap maps draw again (a-CODE: short, it is written once per area and twice per reference). */
export const MAP_SHAPE_PREFIX = 'a-';

/** Few enough areas to write their names on the map (a focus map, e.g. a care zone's municipalities). */
export const NAMED_AREAS_MAX = 40;

/** Wraps a sentence into lines of at most `max` characters (SVG text does not wrap by itself). */
function wrap(text: string, max = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The map of a view (on the page, legend beside it in HTML; as the SVG/PNG download, with heading, legend and source line inside). */
export function MonitorMap({ view, lang, t, id = 'monitor-map', standalone = false }: { view: MonitorView; lang: Lang; t: Translate; id?: string; standalone?: boolean }) {
  const m = monitorMapModel(view, lang, t);
  const e = view.estimate;
  const level = t(`monitor.level.${view.query.level}`).toLowerCase();
  const indicator = indicatorLabel(view.indicator, lang, view.estimate.model);
  const heading = standalone ? [m.title, t('monitor.map.about', { indicator, level, populationYear: e.populationYear, areasYear: e.areasYear })] : undefined;
  // A paged table (statistical sectors): each area links to its row on the page that holds it.
  const pageOf = view.rows.length > TABLE_PAGE_SIZE ? new Map(view.rows.map((r, i) => [r.code, Math.floor(i / TABLE_PAGE_SIZE) + 1])) : null;
  const footer = standalone
    ? [
        ...(m.uncertaintyNote ? wrap(m.uncertaintyNote) : []),
        ...(m.noDataNote ? wrap(m.noDataNote) : []),
        ...wrap(t('monitor.map.source', { population: e.sources.population, tables: [...view.tables.map((tb) => tb.title[lang]), ...view.importedSources.map((s) => s.source)].join('; ') })),
      ]
    : undefined;
  return (
    <Choropleth
      id={id}
      title={m.title}
      description={[t('monitor.map.description', { n: view.rows.length }), m.uncertaintyNote ?? ''].join(' ').trim()}
      features={view.features}
      values={m.values}
      plan={m.plan}
      legendTitle={m.legendTitle}
      noDataLabel={t('monitor.noFigure')}
      format={m.format}
      legend={standalone ? 'svg' : 'none'}
      {...(standalone ? {} : { pathIds: MAP_SHAPE_PREFIX, precision: 0 as const })}
      labels={!!view.query.focus && view.query.focus !== 'all' && view.features.length <= NAMED_AREAS_MAX}
      {...(heading ? { heading } : {})}
      {...(footer ? { footer } : {})}
      {...(standalone ? { hrefFor: (code: string) => `#row-${code}` } : pageOf ? { hrefFor: (code: string) => `?${queryString(view.query, { page: pageOf.get(code) })}#row-${code}` } : {})}
    />
  );
}

const mapCache = new Map<string, string>();

/**
 * The map's SVG markup, kept while the same figures are drawn on the same shapes (projecting the
 * boundaries is most of the page's rendering time): the key hashes the shapes' identity and every
 * label, value and text on the map.
 */
export function mapMarkup(view: MonitorView, lang: Lang, t: Translate, opts: { id?: string; standalone?: boolean } = {}): string {
  const h = createHash('sha1');
  const e = view.estimate;
  h.update(JSON.stringify([opts.id ?? 'monitor-map', !!opts.standalone, lang, view.query.level, view.query.measure, view.query.focus ?? '', view.indicator, view.focusLabel, e.threshold, e.areasYear, e.populationYear, e.sources.population, view.tables.map((tb) => tb.id), view.importedSources]));
  for (const f of view.features) h.update(f.properties.code + '|');
  // A paged table: the areas link to their page, so the sort and choices are part of the map.
  if (view.rows.length > TABLE_PAGE_SIZE) h.update(queryString(view.query));
  for (const r of view.rows) h.update(`${r.code}|${r.name}|${r.percent}|${r.count}|${r.low}|${r.high}|${r.percentLow}|${r.percentHigh}|${r.status}|${r.suppression?.reason ?? ''}\n`);
  const key = h.digest('hex');
  const hit = mapCache.get(key);
  if (hit !== undefined) return hit;
  const html = renderToStaticMarkup(<MonitorMap view={view} lang={lang} t={t} {...(opts.id ? { id: opts.id } : {})} standalone={opts.standalone ?? false} />);
  if (mapCache.size >= 32) mapCache.delete(mapCache.keys().next().value!);
  mapCache.set(key, html);
  return html;
}
