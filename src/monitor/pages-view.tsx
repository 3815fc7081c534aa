/**
 * The area-monitor page: a GET form (no JavaScript), the choropleth map and the table beside it
 * with the same figures (sortable by links), supply per area, the need-versus-supply ranking, the
 * method with its limits, and — with no population imported — where to download the official
 * files and the commands that import them.
 */
import type { ReactNode } from 'react';
import { createHash } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { usePage, href } from '../web/page-context.js';
import type { Lang, Translate } from '../i18n/index.js';
import { Choropleth, type MapValue } from '../maps/Choropleth.js';
import { AXES, BRUSANO_CATEGORIES, findCode, isEffective, codesOf } from '../vocabulary/matrix.js';
import { INDICATORS } from './rates.js';
import { methodExplanation } from './method.js';
import { DOWNLOAD_STEPS, type MonitorStatus } from './service/status.js';
import { SORT_KEYS, type MonitorQuery, type MonitorRow, type MonitorView, type SortKey } from './pages-data.js';

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
  const p = new URLSearchParams();
  const all = { level: q.level, indicator: q.indicator, focus: q.focus, year: q.year, model: q.model, sort: q.sort, dir: q.dir, ...over };
  for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}

export function rowFigureText(r: MonitorRow, t: Translate, f: Formats, threshold: number): string {
  if (r.suppression) return r.suppression.reason === 'complementary' ? t('monitor.suppressedComplementary') : t('monitor.suppressed', { threshold });
  if (r.percent === null || r.count === null) return r.status === 'not-covered' ? t('monitor.notCovered') : t('monitor.noFigure');
  return t('monitor.map.value', { percent: f.pct(r.percent), count: f.int(r.count) });
}

/** The map of a view (on the page and as the SVG/PNG download). */
export function MonitorMap({ view, lang, t, id = 'monitor-map', standalone = false }: { view: MonitorView; lang: Lang; t: Translate; id?: string; standalone?: boolean }) {
  const f = formats(lang);
  const values = new Map<string, MapValue>(
    view.rows.map((r) => [r.code, { code: r.code, name: r.name, value: r.suppression || r.percent === null ? null : r.percent, text: rowFigureText(r, t, f, view.estimate.threshold) }]),
  );
  const indicator = INDICATORS[view.indicator].label[lang];
  const level = t(`monitor.level.${view.query.level}`).toLowerCase();
  return (
    <Choropleth
      id={id}
      title={t('monitor.map.title', { indicator, level }) + (view.focusLabel ? ` — ${view.focusLabel}` : '')}
      description={t('monitor.map.description', { n: view.rows.length })}
      features={view.features}
      values={values}
      legendTitle={t('monitor.map.legend')}
      noDataLabel={t('monitor.suppressed', { threshold: view.estimate.threshold })}
      format={f.pct}
      {...(standalone ? { hrefFor: (code: string) => `#row-${code}` } : {})}
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
  h.update(JSON.stringify([opts.id ?? 'monitor-map', !!opts.standalone, lang, view.query.level, view.indicator, view.focusLabel, view.estimate.threshold, view.estimate.areasYear]));
  for (const f of view.features) h.update(f.properties.code + '|');
  for (const r of view.rows) h.update(`${r.code}|${r.name}|${r.percent}|${r.count}|${r.suppression?.reason ?? ''}\n`);
  const key = h.digest('hex');
  const hit = mapCache.get(key);
  if (hit !== undefined) return hit;
  const html = renderToStaticMarkup(<MonitorMap view={view} lang={lang} t={t} {...(opts.id ? { id: opts.id } : {})} standalone={opts.standalone ?? false} />);
  if (mapCache.size >= 32) mapCache.delete(mapCache.keys().next().value!);
  mapCache.set(key, html);
  return html;
}

function SortHeader({ q, col, label, className }: { q: MonitorQuery; col: SortKey; label: ReactNode; className?: string }) {
  const { lang, t } = usePage();
  const active = q.sort === col;
  const nextDir = active ? (q.dir === 'asc' ? 'desc' : 'asc') : col === 'name' || col === 'code' ? 'asc' : 'desc';
  return (
    <th scope="col" className={className} aria-sort={active ? (q.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={`${href(lang, '/monitor')}?${queryString(q, { sort: col, dir: nextDir })}#table`}>
        {label}
        {active && <span aria-hidden="true">{q.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
        <span className="visually-hidden">{active ? ` (${t(`monitor.sort.${q.dir}`)})` : ` (${t('monitor.sort.by', { column: '' }).trim()})`}</span>
      </a>
    </th>
  );
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
                {INDICATORS[i].label[lang]}
              </option>
            ))}
          </select>
        </div>
        {view.focusOptions.length > 0 && (
          <div className="field">
            <label htmlFor="m-focus">{t('monitor.form.focus')}</label>
            <select id="m-focus" name="focus" defaultValue={q.focus ?? ''}>
              <option value="">{t('monitor.form.focusAll')}</option>
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

function FigureTable({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const q = view.query;
  const indicator = INDICATORS[view.indicator].label[lang];
  const th = view.estimate.threshold;
  return (
    <div className="table-scroll" role="region" aria-labelledby="table-caption" tabIndex={0}>
      <table className="monitor-table">
        <caption id="table-caption">{t('monitor.table.caption', { indicator, level: t(`monitor.level.${q.level}`).toLowerCase() })}</caption>
        <thead>
          <tr>
            <SortHeader q={q} col="name" label={t('monitor.col.name')} />
            <SortHeader q={q} col="code" label={t('monitor.col.code')} />
            <SortHeader q={q} col="population" label={t('monitor.col.population')} className="num" />
            <SortHeader q={q} col="count" label={t('monitor.col.count')} className="num" />
            <SortHeader q={q} col="percent" label={t('monitor.col.percent')} className="num" />
            <th scope="col" className="num">
              {t('monitor.col.interval')}
            </th>
            <SortHeader q={q} col="initiatives" label={t('monitor.col.initiatives')} className="num" />
            <SortHeader q={q} col="effective" label={t('monitor.col.effective')} className="num" />
            <th scope="col" className="num">
              {t('monitor.col.wider')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => {
            const figure = !r.suppression && r.percent !== null && r.count !== null;
            return (
              <tr key={r.code} id={`row-${r.code}`}>
                <th scope="row">{r.name}</th>
                <td>{r.code}</td>
                <td className="num">{f.int(r.population)}</td>
                {figure ? (
                  <>
                    <td className="num">{f.int(r.count!)}</td>
                    <td className="num">{f.pct(r.percent!)}</td>
                    <td className="num">{r.low !== null && r.high !== null ? `${f.int(r.low)}–${f.int(r.high)}` : ''}</td>
                  </>
                ) : (
                  <td colSpan={3} className="no-figure">
                    {rowFigureText(r, t, f, th)}
                  </td>
                )}
                <td className="num">{f.int(r.supply.initiatives)}</td>
                <td className="num">{f.int(r.supply.effective)}</td>
                <td className="num">{f.int(r.supply.wider.initiatives)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SupplyTable({ view, id, caption, columns, value }: { view: MonitorView; id: string; caption: string; columns: { key: string; label: string }[]; value: (r: MonitorRow, key: string) => number }) {
  const { lang } = usePage();
  const f = formats(lang);
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="monitor-table supply-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{lang === 'fr' ? 'Zone' : lang === 'en' ? 'Area' : 'Gebied'}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
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
  const elementCols = codesOf('elements').map((c) => ({ key: c, label: `${findCode('elements', c)!.label[lang]}${isEffective(c) ? ' *' : ''}` }));
  const ageCols = AXES.age_groups.codes.map((c) => ({ key: c.code, label: c.label[lang] }));
  return (
    <>
      <SupplyTable view={view} id="supply-category" caption={t('monitor.supply.byCategory')} columns={BRUSANO_CATEGORIES.map((c) => ({ key: c.code, label: c.label[lang] }))} value={(r, k) => r.supply.byCategory[k] ?? 0} />
      <SupplyTable view={view} id="supply-element" caption={t('monitor.supply.byElement')} columns={elementCols} value={(r, k) => r.supply.byElement[k] ?? 0} />
      <SupplyTable view={view} id="supply-age" caption={t('monitor.supply.byAge')} columns={ageCols} value={(r, k) => r.supply.byAgeGroup[k] ?? 0} />
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
      <h1>{t('monitor.supply.pageTitle', { level: t(`monitor.level.${view.query.level}`).toLowerCase() })}</h1>
      {view.focusLabel && <p>{view.focusLabel}</p>}
      <Supply view={view} full />
    </>
  );
}

function RankingSection({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const elLabel = (c: string) => findCode('elements', c)?.label[lang] ?? c;
  const catLabel = (c: string) => BRUSANO_CATEGORIES.find((x) => x.code === c)?.label[lang] ?? c;
  const ageLabel = (c: string) => AXES.age_groups.codes.find((x) => x.code === c)?.label[lang] ?? c;
  const list = (items: string[], label: (c: string) => string) => (items.length ? items.map(label).join(', ') : t('monitor.ranking.nothingMissing'));
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
              <p>{t('monitor.ranking.need', { count: f.int(r.need.count), percent: f.pct(r.need.percent), effective: r.supply.effective })}</p>
              {r.supply.wider.initiatives > 0 && <p>{t('monitor.ranking.wider', { wider: r.supply.wider.initiatives, effective: r.supply.wider.effective })}</p>}
              <dl className="missing">
                <dt>{t('monitor.ranking.missingElements')}</dt>
                <dd>{list(r.missing.effectiveElements, elLabel)}</dd>
                <dt>{t('monitor.ranking.missingCategories')}</dt>
                <dd>{list(r.missing.categories, catLabel)}</dd>
                <dt>{t('monitor.ranking.missingAges')}</dt>
                <dd>{list(r.missing.ageGroups, ageLabel)}</dd>
              </dl>
              {r.missing.effectiveElements.length > 0 && (
                <>
                  <p>{t('monitor.ranking.elsewhere')}</p>
                  <ul className="elsewhere">
                    {r.missing.effectiveElements.map((el) => (
                      <li key={el}>
                        <strong>{elLabel(el)}</strong>:{' '}
                        {(view.elsewhere.get(el) ?? []).map((i) => (
                          <span key={i.id}>
                            <a href={href(lang, `/initiatives/${encodeURIComponent(i.id)}`)}>{i.name}</a>
                            {', '}
                          </span>
                        ))}
                        <a href={`${href(lang, '/')}?elements=${encodeURIComponent(el)}`}>{t('monitor.ranking.searchElement', { element: elLabel(el) })}</a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ol>
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
      <p className="notice">{t('monitor.threshold', { threshold: view.estimate.threshold, n: view.rows.filter((r) => r.suppression).length })}</p>
      <h3>{t('monitor.method.tables')}</h3>
      <ul className="sources">
        {view.tables.map((tb) => (
          <li key={tb.id}>
            <strong>{tb.title[lang]}</strong>. {t('monitor.method.covers', { covers: tb.covers[lang] })}.
            <br />
            <cite>{tb.citation}</cite>
          </li>
        ))}
      </ul>
      {view.estimate.notes.length > 0 && (
        <>
          <h3>{t('monitor.method.notes')}</h3>
          <ul>
            {view.estimate.notes.map((n, i) => (
              <li key={i} lang="en">
                {n}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function MonitorPage({ view, mapHtml }: { view: MonitorView; mapHtml: string }) {
  const { lang, t } = usePage();
  const e = view.estimate;
  const qs = queryString(view.query);
  const suppressedCount = view.rows.filter((r) => r.suppression).length;
  const missingShapes = view.rows.length - view.features.length;
  const dl = (file: string) => `${href(lang, `/monitor/${file}`)}?${qs}`;
  return (
    <>
      <h1>{t('monitor.title')}</h1>
      <p className="lead">{t('monitor.lead')}</p>
      <ChoiceForm view={view} />
      <p>
        {t('monitor.summary', { populationYear: e.populationYear, areasYear: e.areasYear, n: view.rows.length })}
        {view.focusLabel && <strong> {view.focusLabel}.</strong>}
      </p>
      <p className="notice" id="threshold">
        {t('monitor.threshold', { threshold: e.threshold, n: suppressedCount })}
      </p>
      <div className="monitor-layout">
        <section aria-labelledby="map-heading" className="monitor-map">
          <h2 id="map-heading">{t('monitor.map.heading')}</h2>
          {view.features.length > 0 ? (
            // The SVG rendered (and cached) by mapMarkup: server-side markup of our own component, no script.
            <div className="map-box" dangerouslySetInnerHTML={{ __html: mapHtml }} />
          ) : (
            <p className="notice">{t('monitor.map.noBoundaries', { year: e.areasYear, command: `npx verbind import-areas FILE --level ${view.query.level}` })}</p>
          )}
          {view.features.length > 0 && missingShapes > 0 && <p className="muted">{t('monitor.map.missingShapes', { n: missingShapes })}</p>}
        </section>
        <section aria-labelledby="table-heading" id="table" className="monitor-tablebox">
          <h2 id="table-heading">{t('monitor.table.heading')}</h2>
          <FigureTable view={view} />
        </section>
      </div>
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
  const { lang, t } = usePage();
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
