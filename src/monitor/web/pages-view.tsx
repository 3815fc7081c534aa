/**
 * The area-monitor page: a GET form (no JavaScript), the choropleth map and the table beside it
 * with the same figures (sortable by links), supply per area, the need-versus-supply ranking, the
 * method with its limits, and — with no population imported — where to download the official
 * files and the commands that import them.
 */
import { createHash } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { usePage, href } from '../../web/page-context.js';
import { Pager } from '../../ui/Pager.js';
import { DataTable } from '../../ui/DataTable.js';
import { queryString as toQueryString } from '../../platform/query-string.js';
import { colon, type Lang, type Translate } from '../../i18n/index.js';
import { DutchParts } from '../../ui/DutchParts.js';
import { Choropleth, MapLegend, ShadowMap, Swatch, type MapValue } from '../../maps/Choropleth.js';
import { classPlan, fillOf, type ClassPlan } from '../../maps/classes.js';
import { AXES, BRUSANO_CATEGORIES, findCode, isEffective, codesOf } from '../../vocabulary/matrix.js';
import { citeParts, indicatorLabel } from '../rates.js';
import { noteText } from '../notes.js';
import { methodExplanation } from '../method.js';
import { DOWNLOAD_STEPS, type MonitorStatus } from '../service/status.js';
import { SORT_KEYS, type MonitorQuery, type MonitorRow, type MonitorView, type SortKey } from '../service/pages-data.js';

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
const MAP_SHAPE_PREFIX = 'a-';

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

function ChoiceForm({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const q = view.query;
  const focusLevels = [...new Set(view.focusOptions.map((o) => o.level))];
  return (
    <form method="get" action={href(lang, '/monitor')} className="monitor-form">
      <fieldset>
        <legend>{t('monitor.form.legend')}</legend>
        <div className="field">
          <label htmlFor="m-level">{t('monitor.form.level')}</label>
          <select id="m-level" name="level" defaultValue={q.level}>
            {view.levels.map((l) => (
              <option key={l} value={l}>
                {t(`monitor.level.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-indicator">{t('monitor.form.indicator')}</label>
          <select id="m-indicator" name="indicator" defaultValue={view.indicator}>
            {view.indicators.map((i) => (
              <option key={i} value={i}>
                {indicatorLabel(i, lang, view.estimate.model)}
              </option>
            ))}
          </select>
        </div>
        {view.focusOptions.length > 0 && (
          <div className="field">
            <label htmlFor="m-focus">{t('monitor.form.focus')}</label>
            <select id="m-focus" name="focus" defaultValue={q.focus ?? ''}>
              <option value="">{view.beyondHome ? t('monitor.form.focusHome') : t('monitor.form.focusAll')}</option>
              {view.beyondHome && <option value="all">{t('monitor.form.focusBelgium')}</option>}
              {focusLevels.map((fl) => (
                <optgroup key={fl} label={t(`monitor.level.${fl}`)}>
                  {view.focusOptions
                    .filter((o) => o.level === fl)
                    .map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="m-measure">{t('monitor.form.measure')}</label>
          <select id="m-measure" name="measure" defaultValue={q.measure}>
            <option value="percent">{t('monitor.measure.percent')}</option>
            <option value="count">{t('monitor.measure.count')}</option>
          </select>
        </div>
        {view.years.length > 1 && (
          <div className="field">
            <label htmlFor="m-year">{t('monitor.form.year')}</label>
            <select id="m-year" name="year" defaultValue={String(q.year ?? view.estimate.populationYear)}>
              {view.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        )}
        <details className="field model-choice" open={q.model !== undefined}>
          <summary>{t('monitor.form.model', { n: view.modelIds.length })}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('monitor.form.modelLegend')}</legend>
            <p className="muted">{t('monitor.form.modelHelp')}</p>
            {view.rateTables.map((r) => (
              <div className="check" key={r.id}>
                <input type="checkbox" id={`m-model-${r.id}`} name="model" value={r.id} defaultChecked={view.modelIds.includes(r.id)} aria-describedby={`m-model-${r.id}-about`} />
                <label htmlFor={`m-model-${r.id}`}>{r.title[lang]}</label>
                <p className="muted small" id={`m-model-${r.id}-about`}>
                  {r.builtIn ? `${t('monitor.form.modelBuiltIn')} ${r.covers?.[lang] ?? ''}` : t('monitor.form.modelImported', { source: r.source })} <code>{r.id}</code>
                </p>
              </div>
            ))}
          </fieldset>
        </details>
        <input type="hidden" name="sort" value={q.sort} />
        <input type="hidden" name="dir" value={q.dir} />
        <button type="submit">{t('monitor.form.submit')}</button>
      </fieldset>
    </form>
  );
}

/**
 * Rows of the figure table per page. Municipalities (at most 566) fit on one page; the 10,902
 * statistical sectors of Flanders and Brussels would make a page of about 2.8 MB, so they are
 * paged (the downloads keep every row).
 */
export const TABLE_PAGE_SIZE = 1000;

/** The table's pages: how many, the one shown (clamped) and its rows. */
export function tablePage(view: MonitorView): { page: number; pages: number; rows: MonitorRow[] } {
  const pages = Math.max(1, Math.ceil(view.rows.length / TABLE_PAGE_SIZE));
  const page = Math.min(pages, view.query.page);
  return { page, pages, rows: pages === 1 ? view.rows : view.rows.slice((page - 1) * TABLE_PAGE_SIZE, page * TABLE_PAGE_SIZE) };
}

function FigureTable({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const q = view.query;
  const tp = tablePage(view);
  const pageLink = (n: number) => `${href(lang, '/monitor')}?${queryString(q, { page: n > 1 ? n : undefined })}#table`;
  const indicator = indicatorLabel(view.indicator, lang, view.estimate.model);
  const th = view.estimate.threshold;
  const from = (tp.page - 1) * TABLE_PAGE_SIZE + 1;
  const pager = <Pager page={tp.page} pages={tp.pages} href={pageLink} label={t('monitor.table.pager')} prev={t('monitor.table.prev')} next={t('monitor.table.next')} position={t('monitor.table.position', { from: f.int(from), to: f.int(from + tp.rows.length - 1), n: f.int(view.rows.length) })} />;
  return (
    <>
      {tp.pages > 1 && <p className="muted">{t('monitor.table.paged', { size: f.int(TABLE_PAGE_SIZE), n: f.int(view.rows.length) })}</p>}
      <DataTable<SortKey>
        scroll="table-scroll"
        id="figure-table"
        className="monitor-table monitor-stack nums"
        caption={t('monitor.table.caption', { indicator, level: t(`monitor.level.${q.level}`).toLowerCase() })}
        captionId="table-caption"
        columns={[
          { label: t('monitor.col.name'), sort: 'name' },
          { label: t('monitor.col.code'), sort: 'code' },
          { label: t('monitor.col.population'), sort: 'population', className: 'num' },
          { label: t('monitor.col.count'), sort: 'count', className: 'num' },
          { label: t('monitor.col.percent'), sort: 'percent', className: 'num' },
          { label: t('monitor.col.interval'), className: 'num' },
          { label: t('monitor.col.initiatives'), sort: 'initiatives', className: 'num' },
          { label: t('monitor.col.effective'), sort: 'effective', className: 'num' },
          { label: t('monitor.col.wider'), className: 'num' },
        ]}
        sort={{
          by: q.sort,
          dir: q.dir,
          href: (sort, dir) => `${href(lang, '/monitor')}?${queryString(q, { sort, dir })}#table`,
          // Names and codes read A to Z first; figures largest first.
          firstDir: (col) => (col === 'name' || col === 'code' ? 'asc' : 'desc'),
          said: { asc: t('monitor.sort.asc'), desc: t('monitor.sort.desc'), sortable: t('monitor.sort.by', { column: '' }).trim() },
        }}
      >
            {tp.rows.map((r) => {
              const figure = !r.suppression && r.percent !== null && r.count !== null;
              return (
                <tr key={r.code} id={`row-${r.code}`}>
                  {/* A municipality or care zone links to its area sheet (area-sheet-pages.tsx). */}
                  <th scope="row">{q.level === 'municipality' || q.level === 'zone' ? <a href={href(lang, `/monitor/area/${encodeURIComponent(r.code)}`)}>{r.name}</a> : r.name}</th>
                  <td className="text">{r.code}</td>
                  <td>
                    {f.int(r.population)}
                  </td>
                  {figure ? (
                    <>
                      <td>
                        {f.int(r.count!)}
                      </td>
                      <td>
                        {f.pct(r.percent!)}
                      </td>
                      <td>
                        {intervalText(r, t, f)}
                      </td>
    </>
                ) : (
                  <td colSpan={3} className="no-figure">
                    {rowFigureText(r, t, f, th)}
                  </td>
                )}
                <td>
                  {f.int(r.supply.initiatives)}
                </td>
                <td>
                  {f.int(r.supply.effective)}
                </td>
                <td>
                  {f.int(r.supply.wider.initiatives)}
                </td>
              </tr>
            );
          })}
      </DataTable>
      {pager}
    </>
  );
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const cssString = (str: string) => `"${str.replace(/[\\"\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** CSS naming a stacked table's cells (`labels`, after the row header, in order) on a phone. */
function stackRules(table: string, labels: string[]): string[] {
  return labels.map((l, i) => `#${table} td:nth-of-type(${i + 1})::before{content:${cssString(l)}}`);
}

/**
 * The column names a phone shows beside each cell when the monitor's tables stack (verbind.css,
 * .monitor-stack), as one small stylesheet per language (GET /{lang}/monitor/tables.css): the site's
 * Content-Security-Policy allows no inline style, and a label on each of thousands of cells would
 * weigh more than the table. A row of the figure table without a figure has one cell
 * (td.no-figure) for three columns; the rules after it name the cells from there on.
 */
export function monitorTablesCss(lang: Lang, t: Translate): string {
  const cols = ['code', 'population', 'count', 'percent', 'interval', 'initiatives', 'effective', 'wider'].map((c) => t(`monitor.col.${c}` as 'monitor.col.code'));
  const rules = stackRules('figure-table', cols);
  rules.push(`#figure-table td.no-figure::before{content:${cssString(cols[3]!)}}`);
  [cols[5]!, cols[6]!, cols[7]!].forEach((l, i) => rules.push(`#figure-table td.no-figure~td:nth-of-type(${4 + i})::before{content:${cssString(l)}}`));
  rules.push(...stackRules('supply-maps-table', [t('monitor.supplyMap.colLocal'), t('monitor.supplyMap.colWider'), t('monitor.supplyMap.colGap')]));
  for (const [id, labels] of Object.entries(supplyColumns(lang))) rules.push(...stackRules(id, labels.map((c) => c.label)));
  return `/* Verbind monitor: column names of stacked tables on a phone (${lang}). */\n@media (max-width:40rem){\n${rules.join('\n')}\n}\n`;
}

/** The supply tables' columns: Brusano categories, elements (* = effective) and age groups. */
function supplyColumns(lang: Lang): Record<'supply-category' | 'supply-element' | 'supply-age', { key: string; label: string }[]> {
  return {
    'supply-category': BRUSANO_CATEGORIES.map((c) => ({ key: c.code, label: c.label[lang] })),
    'supply-element': codesOf('elements').map((c) => ({ key: c, label: `${findCode('elements', c)!.label[lang]}${isEffective(c) ? ' *' : ''}` })),
    'supply-age': AXES.age_groups.codes.map((c) => ({ key: c.code, label: c.label[lang] })),
  };
}

/** The stylesheet of monitorTablesCss, linked where the tables are. */
function TablesCss() {
  const { lang } = usePage();
  return <link rel="stylesheet" href={href(lang, '/monitor/tables.css')} />;
}

function SupplyTable({ view, id, caption, columns, value }: { view: MonitorView; id: string; caption: string; columns: { key: string; label: string }[]; value: (r: MonitorRow, key: string) => number }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  return (
    <DataTable scroll="table-scroll" id={id} className="monitor-table supply-table monitor-stack" caption={caption} captionId={`${id}-caption`} columns={[{ label: t('monitor.col.name') }, ...columns.map((c) => ({ label: c.label, className: 'num' }))]}>
      {view.rows.map((r) => (
        <tr key={r.code}>
          <th scope="row">{r.name}</th>
          {columns.map((c) => {
            const n = value(r, c.key);
            return (
              <td key={c.key} className={n === 0 ? 'num zero' : 'num'}>
                {f.int(n)}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * Above this many areas the three supply tables (581 municipalities × 6 + 16 + 5 columns, about
 * 600 KB of HTML) move to their own page, /{lang}/monitor/supply, so the map page stays light on
 * an old phone. A focused view (a care zone's municipalities, say) shows them in place.
 */
export const SUPPLY_INLINE_MAX = 60;

function SupplyTables({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const cols = supplyColumns(lang);
  return (
    <>
      <SupplyTable view={view} id="supply-category" caption={t('monitor.supply.byCategory')} columns={cols['supply-category']} value={(r, k) => r.supply.byCategory[k] ?? 0} />
      <SupplyTable view={view} id="supply-element" caption={t('monitor.supply.byElement')} columns={cols['supply-element']} value={(r, k) => r.supply.byElement[k] ?? 0} />
      <SupplyTable view={view} id="supply-age" caption={t('monitor.supply.byAge')} columns={cols['supply-age']} value={(r, k) => r.supply.byAgeGroup[k] ?? 0} />
    </>
  );
}

/** The supply section: the tables themselves, or (many areas, on the map page) links to the supply page. */
function Supply({ view, full }: { view: MonitorView; full: boolean }) {
  const { lang, t } = usePage();
  const any = view.rows.some((r) => r.supply.initiatives > 0);
  const inline = full || view.rows.length <= SUPPLY_INLINE_MAX;
  const page = `${href(lang, '/monitor/supply')}?${queryString(view.query)}`;
  return (
    <section aria-labelledby="supply-heading" id="supply">
      <h2 id="supply-heading">{t('monitor.supply.heading')}</h2>
      <p>{t('monitor.supply.lead')}</p>
      {!any && <p className="notice">{t('monitor.supply.none')}</p>}
      {view.supply.unplaced.length > 0 && <p className="muted">{t('monitor.supply.unplaced', { n: view.supply.unplaced.length, codes: view.supply.unplaced.slice(0, 10).map((u) => u.code).join(', ') })}</p>}
      {inline ? (
        <SupplyTables view={view} />
      ) : (
        <>
          <p>{t('monitor.supply.elsewhere', { n: view.rows.length })}</p>
          <ul className="downloads">
            <li>
              <a href={`${page}#supply-category`}>{t('monitor.supply.byCategory')}</a>
            </li>
            <li>
              <a href={`${page}#supply-element`}>{t('monitor.supply.byElement')}</a>
            </li>
            <li>
              <a href={`${page}#supply-age`}>{t('monitor.supply.byAge')}</a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

/** /{lang}/monitor/supply: the three supply tables for the same selection as the map page. */
export function MonitorSupplyPage({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  return (
    <>
      <p>
        <a href={`${href(lang, '/monitor')}?${queryString(view.query)}`}>{t('monitor.supply.back')}</a>
      </p>
      <TablesCss />
      <h1>{t('monitor.supply.pageTitle', { level: t(`monitor.level.${view.query.level}`).toLowerCase() })}</h1>
      {view.focusLabel && <p>{view.focusLabel}</p>}
      <Supply view={view} full />
    </>
  );
}

/** The effective elements of the matrix (marked *): when an area lacks them all, the gap list says "all six" instead of naming them again. */
const EFFECTIVE_COUNT = codesOf('elements').filter(isEffective).length;

function RankingSection({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const elLabel = (c: string) => findCode('elements', c)?.label[lang] ?? c;
  const catLabel = (c: string) => BRUSANO_CATEGORIES.find((x) => x.code === c)?.label[lang] ?? c;
  const ageLabel = (c: string) => AXES.age_groups.codes.find((x) => x.code === c)?.label[lang] ?? c;
  const list = (items: string[], label: (c: string) => string) => (items.length ? items.map(label).join(', ') : t('monitor.ranking.nothingMissing'));
  const missing = [...new Set(view.ranking.areas.flatMap((r) => r.missing.effectiveElements))];
  return (
    <section aria-labelledby="ranking-heading" id="ranking">
      <h2 id="ranking-heading">{t('monitor.ranking.heading')}</h2>
      <p>{t('monitor.ranking.rule')}</p>
      {view.ranking.areas.length === 0 ? (
        <p className="notice">{t('monitor.ranking.empty')}</p>
      ) : (
        <ol className="ranking">
          {view.ranking.areas.map((r) => (
            <li key={r.code} id={`rank-${r.code}`}>
              <h3>
                <a href={`#row-${r.code}`}>{r.name}</a>
              </h3>
              <p>
                {t('monitor.ranking.need', { count: f.int(r.need.count), percent: f.pct(r.need.percent), effective: r.supply.effective })}
                {r.supply.wider.initiatives > 0 && ` ${t('monitor.ranking.wider', { wider: r.supply.wider.initiatives, effective: r.supply.wider.effective })}`}
              </p>
              <dl className="missing">
                <dt>{t('monitor.ranking.missingElements')}</dt>
                <dd>{r.missing.effectiveElements.length === EFFECTIVE_COUNT ? t('monitor.ranking.allElements', { n: EFFECTIVE_COUNT }) : list(r.missing.effectiveElements, elLabel)}</dd>
                <dt>{t('monitor.ranking.missingCategories')}</dt>
                <dd>{r.missing.categories.length === BRUSANO_CATEGORIES.length ? t('monitor.ranking.allCategories', { n: BRUSANO_CATEGORIES.length }) : list(r.missing.categories, catLabel)}</dd>
                <dt>{t('monitor.ranking.missingAges')}</dt>
                <dd>{list(r.missing.ageGroups, ageLabel)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {missing.length > 0 && (
        // Once for the whole list (each ranked area would otherwise repeat the same initiatives): what is offered elsewhere.
        <>
          <h3>{t('monitor.ranking.elsewhere').replace(/\s*:\s*$/, '')}</h3>
          <ul className="elsewhere">
            {missing.map((el) => (
              <li key={el}>
                <strong>{elLabel(el)}</strong>
                {colon(lang)}{' '}
                {(view.elsewhere.get(el) ?? []).map((i) => (
                  <span key={i.id}>
                    {/* Proper names, not translated. */}
                    <a href={href(lang, `/initiatives/${encodeURIComponent(i.id)}`)} translate="no">
                      {i.name}
                    </a>
                    {', '}
                  </span>
                ))}
                <a href={`${href(lang, '/')}?elements=${encodeURIComponent(el)}`}>{t('monitor.ranking.searchElement', { element: elLabel(el) })}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Method({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const m = methodExplanation(lang, { threshold: view.estimate.threshold });
  return (
    <section aria-labelledby="method-heading" id="method">
      <h2 id="method-heading">{t('monitor.method.heading')}</h2>
      <h3>{m.title}</h3>
      {m.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h3>{t('monitor.method.tables')}</h3>
      <ul className="sources">
        {view.tables.map((tb) => (
          <li key={tb.id}>
            {/* "covers" is a sentence with its own full stop. */}
            <strong>{tb.title[lang]}</strong>. {t('monitor.method.covers', { covers: tb.covers[lang].replace(/\.$/, '') })}.
            <br />
            <cite>{tb.cite ? <DutchParts parts={citeParts(tb.cite, lang)} lang={lang} /> : tb.citation}</cite>
          </li>
        ))}
        {view.importedSources.map((s) => (
          <li key={`${s.table}|${s.source}`}>
            <strong>{indicatorLabel(view.indicator, lang, view.estimate.model)}</strong>
            {s.table ? (
              <>
                {' '}
                (<code>{s.table}</code>)
              </>
            ) : null}
            . {t('monitor.method.importedSource')}
            <br />
            <cite>{s.source}</cite>
          </li>
        ))}
      </ul>
      {view.estimate.notes.length > 0 && (
        // Technical notes (merged municipalities listed code by code): folded, so a phone need not scroll past them.
        <details className="data-notes">
          <summary>
            <h3>{t('monitor.method.notes')}</h3>
          </summary>
          <ul>
            {view.estimate.notes.map((n, i) => (
              <li key={i}>{noteText(n, lang)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Above this many areas the supply maps and their table are left out (a sector map: the page would weigh megabytes). */
export const SUPPLY_MAPS_MAX = 700;

/** Colour of "no local initiative with an effective element" on the need-against-supply map: outside the sequential palette, as it is no amount. */
export const NO_SUPPLY_FILL = '#7a0177';

/** Need against local supply per row: estimated people per local initiative with an effective element; null without a figure or without such an initiative. */
const perInitiative = (r: MonitorRow) => (r.suppression || r.count === null || r.supply.effective === 0 ? null : r.count / r.supply.effective);

/**
 * Beside the need map: the local supply of effective elements, and need against that supply, each
 * a map drawn on the need map's shapes (ShadowMap), with their table. The wider offer (initiatives
 * active from a larger area) is in the table beside the local one, not counted in it (issue 9).
 */
function SupplyMaps({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const level = t(`monitor.level.${view.query.level}`).toLowerCase();
  const hasFigure = (r: MonitorRow) => !r.suppression && r.count !== null && r.percent !== null;
  const supplyPlan = classPlan(view.rows.map((r) => ({ value: r.supply.effective })), { digits: 0, distinct: true });
  const gapPlan = classPlan(view.rows.flatMap((r) => (perInitiative(r) === null ? [] : [{ value: perInitiative(r)! }])), { digits: 0 });
  const nodata = 'url(#monitor-map-nodata)';
  const shown = new Set(view.features.map((x) => x.properties.code));
  const rows = view.rows.filter((r) => shown.has(r.code));
  const supplyFills = rows.map((r) => ({ code: r.code, fill: fillOf(r.supply.effective, supplyPlan)?.fill ?? nodata }));
  const gapFills = rows.map((r) => {
    const g = perInitiative(r);
    return { code: r.code, fill: !hasFigure(r) ? nodata : g === null ? NO_SUPPLY_FILL : (fillOf(g, gapPlan)?.fill ?? nodata) };
  });
  // The table in the ranking's order: no local effective initiative first (highest share first), then people per initiative.
  const ordered = [...view.rows].sort((a, b) => {
    const fa = hasFigure(a);
    const fb = hasFigure(b);
    if (fa !== fb) return fa ? -1 : 1;
    const ga = perInitiative(a);
    const gb = perInitiative(b);
    if ((ga === null) !== (gb === null)) return ga === null ? -1 : 1;
    return ga === null ? (b.percent ?? 0) - (a.percent ?? 0) : gb! - ga;
  });
  const viewBox = '0 0 800 490';
  const intFormat = (n: number) => f.int(n);
  const anyNoData = rows.some((r) => !hasFigure(r));
  return (
    <section aria-labelledby="supply-maps-heading" id="supply-maps">
      <h2 id="supply-maps-heading">{t('monitor.supplyMap.heading')}</h2>
      <p>{t('monitor.supplyMap.lead')}</p>
      <div className="supply-maps">
        <figure>
          <ShadowMap id="supply-map" source={MAP_SHAPE_PREFIX} viewBox={viewBox} title={t('monitor.supplyMap.supplyTitle', { level })} description={t('monitor.supplyMap.desc')} fills={supplyFills} />
          <MapLegend id="supply-map" title={t('monitor.supplyMap.supplyLegend')} plan={supplyPlan} format={intFormat} noDataLabel="" withNoData={false} />
        </figure>
        <figure>
          <ShadowMap id="gap-map" source={MAP_SHAPE_PREFIX} viewBox={viewBox} title={t('monitor.supplyMap.gapTitle', { level })} description={t('monitor.supplyMap.desc')} fills={gapFills} />
          <MapLegend id="gap-map" title={t('monitor.supplyMap.gapLegend')} plan={gapPlan} format={intFormat} noDataLabel={t('monitor.noFigure')} withNoData={anyNoData} />
          <p className="map-legend-extra">
            <Swatch fill={NO_SUPPLY_FILL} />
            {t('monitor.supplyMap.none')}
          </p>
        </figure>
      </div>
      <DataTable
        scroll="table-scroll"
        id="supply-maps-table"
        className="monitor-table monitor-stack nums"
        caption={t('monitor.supplyMap.caption', { level })}
        captionId="supply-maps-caption"
        columns={[{ label: t('monitor.col.name') }, { label: t('monitor.supplyMap.colLocal'), className: 'num' }, { label: t('monitor.supplyMap.colWider'), className: 'num' }, { label: t('monitor.supplyMap.colGap'), className: 'num' }]}
      >
        {ordered.map((r) => {
          const g = perInitiative(r);
          return (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td>{f.int(r.supply.effective)}</td>
              <td>{f.int(r.supply.wider.effective)}</td>
              <td>{!hasFigure(r) ? rowFigureText(r, t, f, view.estimate.threshold) : g === null ? t('monitor.supplyMap.noneShort') : f.int(g)}</td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}

/** The privacy notice: areas below the threshold, and apart from them those hidden to protect a small neighbour. */
function ThresholdNotice({ view, id }: { view: MonitorView; id?: string }) {
  const { t } = usePage();
  const c = noFigureCounts(view.rows);
  return (
    <p className="notice" id={id}>
      {t('monitor.threshold', { threshold: view.estimate.threshold, n: c.below })}
      {c.complementary > 0 && ` ${t('monitor.thresholdComplementary', { n: c.complementary })}`}
    </p>
  );
}

export function MonitorPage({ view, mapHtml }: { view: MonitorView; mapHtml: string }) {
  const { lang, t, user } = usePage();
  const map = monitorMapModel(view, lang, t);
  const e = view.estimate;
  const qs = queryString(view.query);
  const missingShapes = view.rows.length - view.features.length;
  const dl = (file: string) => `${href(lang, `/monitor/${file}`)}?${qs}`;
  return (
    <>
      <TablesCss />
      <h1>{t('monitor.title')}</h1>
      <p className="lead">{t('monitor.lead')}</p>
      <ChoiceForm view={view} />
      <p>
        {t('monitor.summary', { populationYear: e.populationYear, areasYear: e.areasYear, n: view.rows.length })}
        {view.focusLabel && <strong> {view.focusLabel}.</strong>}
        {/^(municipality|zone):/.test(view.query.focus ?? '') && (
          <>
            {' '}
            <a href={href(lang, `/monitor/area/${encodeURIComponent(view.query.focus!.split(':')[1]!)}`)}>{t('areaSheet.linkFor', { name: view.focusLabel ?? '' })}</a>
          </>
        )}
      </p>
      <ThresholdNotice view={view} id="threshold" />
      <div className="monitor-layout">
        <section aria-labelledby="map-heading" className="monitor-map">
          <h2 id="map-heading">{t('monitor.map.heading')}</h2>
          {view.features.length > 0 ? (
            <>
              {map.uncertaintyNote && (
                <p className="notice" id="map-uncertainty">
                  {map.uncertaintyNote}
                </p>
              )}
              <a href="#table" className="skip-map">
                {t('monitor.map.skip', { n: view.features.length })}
              </a>
              {/* The SVG rendered (and cached) by mapMarkup: server-side markup of our own component, no script. */}
              <div className="map-box" dangerouslySetInnerHTML={{ __html: mapHtml }} />
              <MapLegend id="monitor-map" title={map.legendTitle} plan={map.plan} format={map.format} noDataLabel={t('monitor.noFigure')} withNoData={map.anyNoData} {...(map.noDataNote ? { noDataNote: map.noDataNote } : {})} />
            </>
          ) : (
            <p className="notice">
              {t('monitor.map.noBoundariesPublic')}
              {user?.role === 'admin' && (
                <>
                  {' '}
                  <code className="command">{`npx verbind import-areas FILE --level ${view.query.level}`}</code>
                </>
              )}
            </p>
          )}
          {view.features.length > 0 && missingShapes > 0 && <p className="muted">{t('monitor.map.missingShapes', { n: missingShapes })}</p>}
        </section>
        <section aria-labelledby="table-heading" id="table" className="monitor-tablebox">
          <h2 id="table-heading">{t('monitor.table.heading')}</h2>
          <FigureTable view={view} />
        </section>
      </div>
      {view.features.length > 0 && view.rows.length <= SUPPLY_MAPS_MAX && <SupplyMaps view={view} />}
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('monitor.downloads.heading')}</h2>
        <ul className="downloads">
          <li>
            <a href={dl('map.svg')} download>
              {t('monitor.downloads.svg')}
            </a>
          </li>
          <li>
            <a href={dl('map.png')} download>
              {t('monitor.downloads.png')}
            </a>
          </li>
          <li>
            <a href={dl('table.csv')} download>
              {t('monitor.downloads.csv')}
            </a>
          </li>
          <li>
            <a href={dl('table.xlsx')} download>
              {t('monitor.downloads.xlsx')}
            </a>
          </li>
          <li>
            <a href={`/api/v1/monitor/estimates?${new URLSearchParams({ level: view.query.level, indicator: view.indicator, ...(view.query.year ? { year: String(view.query.year) } : {}) }).toString()}`}>{t('monitor.downloads.api')}</a>
          </li>
        </ul>
      </section>
      <Supply view={view} full={false} />
      <RankingSection view={view} />
      <Method view={view} />
    </>
  );
}

export function MonitorEmpty({ status }: { status: MonitorStatus }) {
  const { lang, t, user } = usePage();
  // The public is told in a sentence; the files and commands are for the site's administrators (and the README).
  if (user?.role !== 'admin') {
    return (
      <>
        <h1>{t('monitor.title')}</h1>
        <p className="lead">{t('monitor.lead')}</p>
        <section aria-labelledby="empty-heading" className="notice">
          <h2 id="empty-heading">{t('monitor.empty.heading')}</h2>
          <p>{t('monitor.empty.public')}</p>
        </section>
        <section aria-labelledby="method-heading" id="method">
          <h2 id="method-heading">{t('monitor.method.heading')}</h2>
          {methodExplanation(lang).paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      </>
    );
  }
  const required = DOWNLOAD_STEPS.filter((s) => s.required);
  const optional = DOWNLOAD_STEPS.filter((s) => !s.required && status.todo.some((x) => x.id === s.id));
  const step = (s: (typeof DOWNLOAD_STEPS)[number]) => (
    <li key={s.id}>
      <p>{s.what[lang]}</p>
      <p>
        {t('monitor.empty.download')}: <a href={s.url}>{s.url}</a> — <code>{s.file}</code>
      </p>
      <p>
        {t('monitor.empty.command')}: <code className="command">{s.command}</code>
      </p>
    </li>
  );
  return (
    <>
      <h1>{t('monitor.title')}</h1>
      <p className="lead">{t('monitor.lead')}</p>
      <section aria-labelledby="empty-heading" className="notice">
        <h2 id="empty-heading">{t('monitor.empty.heading')}</h2>
        <p>{t('monitor.empty.lead')}</p>
        <ol className="steps">{required.map(step)}</ol>
      </section>
      {optional.length > 0 && (
        <section aria-labelledby="optional-heading">
          <h2 id="optional-heading">{t('monitor.empty.optional')}</h2>
          <ol className="steps">{optional.map(step)}</ol>
        </section>
      )}
      <section aria-labelledby="method-heading" id="method">
        <h2 id="method-heading">{t('monitor.method.heading')}</h2>
        {methodExplanation(lang).paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
    </>
  );
}

export { SORT_KEYS };
