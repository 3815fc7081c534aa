// @jsxRuntime automatic
// @jsxImportSource react
// (The CLI runs these files through tsx from any folder, where no tsconfig.json says how to compile JSX.)
/**
 * The landscape page: a GET form for the selection (no JavaScript needed),
 * then every figure as a chart with its data table beside it, the cross-tabs
 * with their tests, and the gap findings with their basis and the study's
 * recommendation. The same component, in 'report' mode (no form, no links
 * that only work on the site), is the standalone HTML report and the PDF.
 */
import { colon, PLACE, placeParts, type Translate } from '../../i18n/index.js';
import { DutchParts } from '../../ui/DutchParts.js';
import { DEFAULT_PREVALENCE } from '../prevalence.js';
import { SEED_SOURCE } from '../../seed/examples.js';
import { createContext, useContext, type ReactNode } from 'react';
import { AXES, AXIS_NAMES, type AxisName } from '../../vocabulary/matrix.js';
import { href, usePage } from '../../web/page-context.js';
import { barChart, crossTabChart, KEEP_SIZE_CLASS, responsiveBarChart } from '../charts.js';
import { AREA_GROUPS, type AreaOption } from '../store/options.js';
import { citationParts, prevalenceParts, codeLabel, formatNumber, type CrossTabReport, type LandscapeReport } from '../service/report.js';
import { formatCrossTab, landscapeParams, type CrossTabRequest, type Selection } from '../selection.js';
import { formatSpec, type Spec } from '../specs.js';
import { ReportSummary } from './ReportSummary.js';
import { PERCENT_BASES, type PercentChoice } from '../crosstab-percentages.js';
import { ScrollTable } from '../../ui/ScrollTable.js';
import { SeverityBadge } from '../../ui/Badge.js';
import { DataTable } from '../../ui/DataTable.js';
import { DownloadLinks } from '../../ui/DownloadLinks.js';
import { FigureWithTable } from '../../ui/FigureWithTable.js';
import { SelectField, type SelectItem } from '../../ui/form-fields.js';

export interface LandscapePageProps {
  report: LandscapeReport;
  selection: Selection;
  crosstabs: CrossTabRequest[];
  mode: 'page' | 'report';
  /** Absolute URL of this landscape page (the share link). */
  shareUrl: string;
  sources?: { source: string; count: number }[];
  areaOptions?: AreaOption[];
  areaNames?: Map<string, string>;
}

type Code = LandscapeReport['axes'][string]['codes'][number];

// French puts a non-breaking space before % (« 15,8 % »).
const pct = (p: number | null, lang: 'nl' | 'fr' | 'en') => (p === null ? '–' : `${formatNumber(p, lang, 1)}${lang === 'fr' ? '\u00a0' : ''}%`);

function Star() {
  const { t } = usePage();
  return (
    <>
      {' '}
      <span className="star" aria-hidden="true">
        *
      </span>
      <span className="visually-hidden"> ({t('landscape.effective')})</span>
    </>
  );
}

/**
 * A chart that keeps its size on a phone scrolls in its own region: it takes keyboard focus and is
 * named by the chart's title and description — the title alone is the section's heading, and two
 * regions with one name cannot be told apart (axe landmark-unique).
 */
function chartScroll(chart: string): Record<string, unknown> {
  const title = chart.includes(KEEP_SIZE_CLASS) ? /<title id="([^"]+)"/.exec(chart)?.[1] : undefined;
  const desc = /<desc id="([^"]+)"/.exec(chart)?.[1];
  return title ? { role: 'region', 'aria-labelledby': desc ? `${title} ${desc}` : title, tabIndex: 0 } : {};
}

/**
 * A chart for FigureWithTable: its SVG, with a text alternative of its own (title and description).
 * Its data table beside it scrolls sideways in its own region on a phone, named by the table's
 * caption, not the section's heading: two regions with one name cannot be told apart (axe
 * landmark-unique).
 */
function Chart({ svg }: { svg: string }) {
  return <div className="chart" {...chartScroll(svg)} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** Which layout the bar charts take: the page's (any width) or the printed report's. */
const ChartMode = createContext<'page' | 'report'>('page');

function SharesFigure({ id, title, codes, of, note, extraRows, studyRef }: { id: string; title: string; codes: Code[]; of: number; note?: string | null; extraRows?: ReactNode; studyRef?: string }) {
  const { lang, t } = usePage();
  const top = codes.reduce<Code | undefined>((a, b) => (!a || b.count > a.count ? b : a), undefined);
  const bars = codes.map((c) => ({ label: c.label + (c.effective ? ' *' : ''), percent: c.percent, text: `${pct(c.percent, lang)} (${c.count})` }));
  const chartText = {
    id: `chart-${id}`,
    title,
    desc: t('landscape.chart.bars', { count: top && top.count > 0 ? 1 : 0, top: top?.label ?? '', percent: top?.percent ?? 0 }),
  };
  const xLabel = t('landscape.table.percentOfN', { n: of });
  // The page's bars fit any screen with their text at 13 px; the printed report keeps the fixed layout it was laid out for.
  const chart =
    useContext(ChartMode) === 'report'
      ? barChart(bars, chartText, { xLabel })
      : responsiveBarChart(bars, chartText, { xLabel, tick: (v) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1) });
  return (
    <section className="lfigure" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      {note && <p className="muted">{note}</p>}
      <FigureWithTable
        figure={<Chart svg={chart} />}
        notes={studyRef && <p className="muted small">{t('landscape.studyFigure', { ref: studyRef })}</p>}
        table={
          <DataTable
            className="ltable"
            caption={t('landscape.table.caption', { title, n: of })}
            captionHidden
            captionId={`${id}-caption`}
            columns={[{ label: t('landscape.table.code') }, { label: t('landscape.table.count'), className: 'num' }, { label: t('landscape.table.percentOfN', { n: of }), className: 'num' }]}
          >
            {codes.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  {c.label}
                  {c.effective && <Star />}
                </th>
                <td className="num">{c.count}</td>
                <td className="num">{pct(c.percent, lang)}</td>
              </tr>
            ))}
            {extraRows}
          </DataTable>
        }
      />
    </section>
  );
}

function AxisFigure({ axis, report }: { axis: AxisName; report: LandscapeReport }) {
  const { lang, t } = usePage();
  const a = report.axes[axis]!;
  return (
    <SharesFigure
      id={`axis-${axis}`}
      title={a.label}
      codes={a.codes}
      of={a.n}
      note={a.note}
      studyRef={a.studyFigure?.citation}
      extraRows={
        a.withoutCode && a.withoutCode.count > 0 ? (
          <tr className="muted">
            <th scope="row">{t('landscape.table.withoutCode')}</th>
            <td className="num">{a.withoutCode.count}</td>
            <td className="num">{pct(a.withoutCode.percent, lang)}</td>
          </tr>
        ) : undefined
      }
    />
  );
}

function CrossTabFigure({ x, index, removeHref }: { x: CrossTabReport; index: number; removeHref?: string }) {
  const { lang, t } = usePage();
  const title = t('landscape.crosstab.heading', { row: x.rowLabel, col: x.colLabel });
  const p = x.percentages;
  const what = p ? p.label : t('landscape.crosstab.percentCaption.none');
  // Without percentages the chart shades each cell by its share of N and prints the count.
  const cells = x.rowCategories.flatMap((r, i) =>
    x.colCategories.map((c, j) => (p ? { row: r.label, col: c.label, percent: p.cells[i]![j]!, text: pct(p.cells[i]![j]!, lang) } : { row: r.label, col: c.label, percent: x.n ? (100 * x.table[i]![j]!) / x.n : null, text: formatNumber(x.table[i]![j]!, lang, 0) })),
  );
  const chart = crossTabChart(
    x.rowCategories.map((r) => r.label),
    x.colCategories.map((c) => c.label),
    cells,
    { id: `chart-crosstab-${index}`, title, desc: t('landscape.crosstab.chartDesc', { what, row: x.rowLabel, col: x.colLabel }) },
  );
  const id = `crosstab-${index}`;
  const cell = (count: number, percent: number | null | undefined) => (
    <>
      {count}
      {p && <span className="muted"> ({pct(percent ?? null, lang)})</span>}
    </>
  );
  return (
    <section className="lfigure" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      <FigureWithTable
        figure={<Chart svg={chart} />}
        layout={x.colCategories.length > 2 ? 'stacked' : 'beside'}
        notes={p && !p.addsUpTo100 && <p className="muted small">{t('landscape.crosstab.overlapNote')}</p>}
        // A two-way table (a header on each row and column, a blank corner): not DataTable's shape.
        table={
          <ScrollTable labelledBy={`${id}-caption`}>
            <table className="ltable crosstab">
              <caption id={`${id}-caption`}>
                <span className="visually-hidden">
                  {t('landscape.crosstab.caption', { row: x.rowLabel, col: x.colLabel })}
                  {colon(lang)}{' '}
                </span>
                {what}
              </caption>
              <thead>
                <tr>
                  <td />
                  {x.colCategories.map((c) => (
                    <th scope="col" key={c.key} className="num">
                      {c.label}
                    </th>
                  ))}
                  <th scope="col" className="num total">
                    {t('landscape.crosstab.totalColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {x.rowCategories.map((r, i) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    {x.colCategories.map((c, j) => (
                      <td key={c.key} className="num">
                        {cell(x.table[i]![j]!, p?.cells[i]![j])}
                      </td>
                    ))}
                    <td className="num total">{cell(r.total, p?.rowTotals[i])}</td>
                  </tr>
                ))}
                <tr className="total">
                  <th scope="row">{t('landscape.crosstab.total')}</th>
                  {x.colCategories.map((c, j) => (
                    <td key={c.key} className="num">
                      {cell(c.total, p?.colTotals[j])}
                    </td>
                  ))}
                  <td className="num total">{cell(x.n, p?.total)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollTable>
        }
      />
      <div className="test-result">
        <p>
          <strong>
            {t('landscape.crosstab.test')}
            {colon(lang)}
          </strong>{' '}
          {testLine(x, lang, t)}
          {x.cramersV !== null && x.meaningful ? ` · ${t('landscape.test.cramersV', { v: Number(x.cramersV.toFixed(3)) })}` : ''}
        </p>
        <p className="muted">{x.note}</p>
        {x.caveats.length > 0 && (
          <ul className="muted">
            {x.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </div>
      {removeHref && (
        <p className="no-print">
          <a href={removeHref}>{t('landscape.crosstab.remove')}</a>
        </p>
      )}
    </section>
  );
}

function testLine(x: CrossTabReport, lang: 'nl' | 'fr' | 'en', t: Translate): string {
  const p = (v: number) => (v < 0.001 ? `p < ${formatNumber(0.001, lang, 3)}` : `p = ${formatNumber(v, lang, 3)}`);
  if (x.p !== null && x.chi2 !== null) return `${t('landscape.test.statistic', { statistic: formatNumber(x.chi2, lang, 3), df: x.df })}, ${p(x.p)}`;
  if (x.fisherP !== null) return `${t('landscape.test.fisherName')}${colon(lang)} ${p(x.fisherP)}`;
  return t('landscape.notTested');
}

/** The default prevalence sources by id, to mark the Dutch titles in their citations. */
const PREVALENCE = new Map(DEFAULT_PREVALENCE.map((p) => [p.id, p]));

function Findings({ report }: { report: LandscapeReport }) {
  const { lang, t } = usePage();
  if (!report.gaps.length) return <p>{t('landscape.gap.none')}</p>;
  return (
    <ol className="findings">
      {report.gaps.map((g) => (
        <li key={g.id} className={`finding sev-${g.severity}`}>
          <h3>
            <SeverityBadge severity={g.severity}>{g.severityLabel}</SeverityBadge> {g.title}
          </h3>
          <p>{g.explanation}</p>
          <p className="based-on">
            <strong>
              {t('landscape.gap.basedOn')}
              {colon(lang)}
            </strong>{' '}
            {g.basedOn.map((b, i) => (
              <span key={i}>
                {i > 0 && (lang === 'fr' ? '\u202f; ' : '; ')}
                {b.source && PREVALENCE.has(b.source) ? <DutchParts parts={prevalenceParts(b.source, lang, PREVALENCE)} lang={lang} /> : b.text}
                {b.studyFigure && (
                  <span className="muted">
                    {' ('}
                    <DutchParts parts={placeParts(t('landscape.studyFigure', { ref: PLACE }), citationParts(b.studyFigure, lang))} lang={lang} />)
                  </span>
                )}
              </span>
            ))}
          </p>
          {g.recommendation && (
            <p className="recommendation">
              <strong>
                {t('landscape.gap.recommendation')}
                {colon(lang)}
              </strong>{' '}
              {g.recommendation.text}{' '}
              <cite>
                (<DutchParts parts={citationParts(g.recommendation.source, lang)} lang={lang} />)
              </cite>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function specOptions(lang: 'nl' | 'fr' | 'en', t: Translate): SelectItem[] {
  return [
    { value: '', label: t('landscape.crosstab.choose') },
    ...AXIS_NAMES.map((axis) => ({
      group: AXES[axis].label[lang],
      options: [{ value: axis, label: t('landscape.crosstab.wholeAxis', { axis: AXES[axis].label[lang] }) }, ...AXES[axis].codes.map((c) => ({ value: `${axis}:${c.code}`, label: t('landscape.spec.code', { axis: AXES[axis].label[lang], code: c.label[lang] }) }))],
    })),
    { value: 'social_isolation', label: t('landscape.spec.socialIsolation') },
  ];
}

function SelectionForm({ selection, crosstabs, percent, sources, areaOptions }: { selection: Selection; crosstabs: CrossTabRequest[]; percent: PercentChoice; sources: { source: string; count: number }[]; areaOptions: AreaOption[] }) {
  const { lang, t } = usePage();
  const chosenAreas = new Set(selection.area ?? []);
  const knownAreas = new Set(areaOptions.map((a) => a.code));
  const unknownAreas = [...chosenAreas].filter((a) => !knownAreas.has(a));
  return (
    <form method="get" action={href(lang, '/landscape')} className="landscape-form no-print" aria-labelledby="selection-title">
      <h2 id="selection-title">{t('landscape.form.title')}</h2>
      <div className="form-grid">
        <SelectField
          id="l-source"
          name="source"
          label={t('landscape.form.source')}
          value={selection.source ?? ''}
          options={[
            { value: '', label: t('landscape.form.anySource') },
            // A source is named as it was given; the seed's is the Dutch title of the study's part 4.
            ...sources.map((s) => ({ value: s.source, label: `${s.source} (${s.count})`, lang: s.source === SEED_SOURCE && lang !== 'nl' ? 'nl' : undefined })),
            ...(selection.source && !sources.some((s) => s.source === selection.source) ? [{ value: selection.source, label: selection.source }] : []),
          ]}
        />
        {areaOptions.length > 0 ? (
          <SelectField
            id="l-area"
            name="area"
            label={t('landscape.form.area')}
            hint={t('landscape.form.areaHint')}
            multiple
            size={6}
            value={[...chosenAreas]}
            options={[
              ...AREA_GROUPS.filter((g) => areaOptions.some((a) => a.level === g)).map((g) => ({
                group: t(`landscape.form.areaGroup.${g}`),
                options: areaOptions.filter((a) => a.level === g).map((a) => ({ value: a.code, label: `${a.name} (${a.code})` })),
              })),
              ...unknownAreas.map((a) => ({ value: a, label: a })),
            ]}
          />
        ) : (
          <div className="field">
            <label htmlFor="l-area">{t('landscape.form.areaCodes')}</label>
            <input type="text" id="l-area" name="area" defaultValue={(selection.area ?? []).join(',')} inputMode="numeric" />
          </div>
        )}
        <fieldset>
          <legend>{t('landscape.form.period')}</legend>
          <p className="hint" id="l-date-hint">
            {t('landscape.form.dateHint')}
          </p>
          <div className="date-pair">
            <div className="field">
              <label htmlFor="l-from">{t('landscape.form.from')}</label>
              <input type="date" id="l-from" name="registered_from" defaultValue={selection.registered_from ?? ''} aria-describedby="l-date-hint" />
            </div>
            <div className="field">
              <label htmlFor="l-to">{t('landscape.form.to')}</label>
              <input type="date" id="l-to" name="registered_to" defaultValue={selection.registered_to ?? ''} aria-describedby="l-date-hint" />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('landscape.form.socialIsolation')}</legend>
          <ul className="checks">
            {(
              [
                ['', t('landscape.form.any'), selection.social_isolation === undefined],
                ['true', t('landscape.category.yes'), selection.social_isolation === true],
                ['false', t('landscape.category.no'), selection.social_isolation === false],
              ] as const
            ).map(([value, label, checked]) => (
              <li key={value || 'any'}>
                <input type="radio" id={`l-si-${value || 'any'}`} name="social_isolation" value={value} defaultChecked={checked} />
                <label htmlFor={`l-si-${value || 'any'}`}>{label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <p className="hint">{t('landscape.form.axesHint')}</p>
      <div className="axis-filters">
        {AXIS_NAMES.map((axis) => {
          const chosen = selection[axis] ?? [];
          return (
            <details key={axis} open={chosen.length > 0}>
              <summary>
                {AXES[axis].label[lang]}
                {chosen.length > 0 && <span className="count"> ({chosen.length})</span>}
              </summary>
              <fieldset>
                <legend className="visually-hidden">{AXES[axis].label[lang]}</legend>
                <ul className="checks">
                  {AXES[axis].codes.map((c) => {
                    const id = `l-${axis}-${c.code}`;
                    return (
                      <li key={c.code}>
                        <input type="checkbox" id={id} name={axis} value={c.code} defaultChecked={chosen.includes(c.code)} />
                        <label htmlFor={id}>
                          {c.label[lang]}
                          {c.effective && <Star />}
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            </details>
          );
        })}
      </div>
      {crosstabs.map((x) => (
        <input key={formatCrossTab(x)} type="hidden" name="crosstab" value={formatCrossTab(x)} />
      ))}
      <fieldset className="add-crosstab">
        <legend>{t('landscape.crosstab.add')}</legend>
        <p className="hint">{t('landscape.crosstab.addHint')}</p>
        <div className="date-pair">
          <SelectField id="l-add-row" name="add_row" label={t('landscape.crosstab.rows')} value="" options={specOptions(lang, t)} />
          <SelectField id="l-add-col" name="add_col" label={t('landscape.crosstab.columns')} value="" options={specOptions(lang, t)} />
        </div>
      </fieldset>
      <fieldset className="percent-choice">
        <legend>{t('landscape.crosstab.percent.legend')}</legend>
        <p className="hint">{t('landscape.crosstab.percent.hint')}</p>
        <ul className="checks">
          {PERCENT_BASES.map((b) => (
            <li key={b}>
              <input type="radio" id={`l-percent-${b}`} name="percent" value={b} defaultChecked={b === percent} />
              <label htmlFor={`l-percent-${b}`}>{t(`landscape.crosstab.percent.${b}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="buttons">
        <button type="submit">{t('landscape.form.apply')}</button>
        <a className="button secondary" href={href(lang, '/landscape')}>
          {t('landscape.form.reset')}
        </a>
      </p>
    </form>
  );
}

function SelectionSummary({ report, selection, areaNames }: { report: LandscapeReport; selection: Selection; areaNames: Map<string, string> }) {
  const { lang, t } = usePage();
  const items: { label: string; value: string; lang?: 'nl' }[] = [];
  if (selection.source) items.push({ label: t('landscape.summary.source'), value: selection.source, ...(selection.source === SEED_SOURCE && lang !== 'nl' ? { lang: 'nl' as const } : {}) });
  for (const axis of AXIS_NAMES) {
    const codes = selection[axis];
    if (codes?.length) items.push({ label: AXES[axis].label[lang], value: codes.map((c) => codeLabel(axis, c, lang)).join(', ') });
  }
  if (selection.social_isolation !== undefined) items.push({ label: t('landscape.form.socialIsolation'), value: t(`landscape.category.${selection.social_isolation ? 'yes' : 'no'}`) });
  if (selection.area?.length) items.push({ label: t('landscape.summary.area'), value: selection.area.map((a) => (areaNames.get(a) ? `${areaNames.get(a)} (${a})` : a)).join(', ') });
  if (selection.registered_from || selection.registered_to) {
    items.push({
      label: t('landscape.summary.period'),
      value: [selection.registered_from && t('landscape.summary.from', { date: selection.registered_from }), selection.registered_to && t('landscape.summary.to', { date: selection.registered_to })].filter(Boolean).join(' '),
    });
  }
  // Municipalities (NIS codes not ending in 000, which are districts, provinces and regions) and care zones (elz…).
  const sheetAreas = (selection.area ?? []).filter((a) => (/^\d{5}$/.test(a) && !a.endsWith('000')) || /^elz\d+$/.test(a));
  return (
    <section className="selection-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="n-summary">
        {t('landscape.summary.n', { n: report.n })}
      </h2>
      {items.length === 0 ? (
        <p>{t('landscape.summary.everything')}</p>
      ) : (
        <dl className="filters-list">
          {items.map((i) => (
            <div key={i.label}>
              <dt>{i.label}</dt>
              <dd lang={i.lang}>{i.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {sheetAreas.length ? (
        // Each chosen municipality or care zone has its sheet in the monitor: need, supply, gaps and the initiatives serving it.
        <p className="no-print">
          {sheetAreas.map((a, i) => (
            <span key={a}>
              {i > 0 && ' · '}
              <a href={href(lang, `/monitor/area/${encodeURIComponent(a)}`)}>{t('areaSheet.linkFor', { name: areaNames.get(a) ?? a })}</a>
            </span>
          ))}
        </p>
      ) : null}
      {report.notes.map((n) => (
        <p key={n} className="notice">
          {n}
        </p>
      ))}
    </section>
  );
}

export function LandscapePage(props: LandscapePageProps) {
  const { report, selection, crosstabs, mode, shareUrl } = props;
  const { lang, t } = usePage();
  const paramsFor = (x: readonly CrossTabRequest[]) => {
    const q = landscapeParams(selection, x, report.percent).toString();
    return q ? `?${q}` : '';
  };
  const download = (ext: string) => href(lang, `/landscape.${ext}${paramsFor(crosstabs)}`);
  const ep = report.elementsPerInitiative;
  const example: CrossTabRequest = { row: { kind: 'code', axis: 'elements', code: 'meeting' }, col: { kind: 'code', axis: 'age_groups', code: 'older' } };
  const specText = (s: Spec) => formatSpec(s);
  return (
    <ChartMode.Provider value={mode}>
    <div className={`landscape ${mode === 'report' ? 'report-mode' : ''}`}>
      <h1>{t('landscape.title')}</h1>
      <p className="lead">{t('landscape.lead')}</p>
      {mode === 'page' && <SelectionForm selection={selection} crosstabs={crosstabs} percent={report.percent} sources={props.sources ?? []} areaOptions={props.areaOptions ?? []} />}
      <SelectionSummary report={report} selection={selection} areaNames={props.areaNames ?? new Map()} />
      {mode === 'report' && <ReportSummary report={report} />}

      <nav aria-labelledby="contents-title" className="landscape-contents no-print">
        <h2 id="contents-title">{t('landscape.contents')}</h2>
        <ul>
          <li>
            <a href="#axes-title">{t('landscape.section.axes')}</a>
          </li>
          <li>
            <a href="#elements-title">{t('landscape.section.elementsCombining')}</a>
          </li>
          <li>
            <a href="#crosstabs-title">{t('landscape.section.crosstabs')}</a>
          </li>
          <li>
            <a href="#gaps-title">{t('landscape.section.gaps')}</a>
          </li>
          <li>
            <a href="#downloads-title">{t('landscape.section.downloads')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="axes-title">
        <h2 id="axes-title">{t('landscape.section.axes')}</h2>
        <p>{t('landscape.section.axesLead', { n: report.n })}</p>
        <p className="muted small">{t('landscape.effectiveNote')}</p>
        {AXIS_NAMES.map((axis) => (
          <AxisFigure key={axis} axis={axis} report={report} />
        ))}
        <SharesFigure
          id="social-isolation"
          title={t('landscape.socialIsolation')}
          of={report.n}
          codes={[{ code: 'yes', label: t('landscape.category.yes'), count: report.socialIsolation.count, percent: report.socialIsolation.percent }]}
          studyRef={report.axes.dimensions?.studyFigure?.citation}
        />
      </section>

      <section aria-labelledby="elements-title">
        <h2 id="elements-title">{t('landscape.section.elementsCombining')}</h2>
        <SharesFigure
          id="elements-per-initiative"
          title={t('landscape.section.elementsPer')}
          of={ep.n}
          codes={ep.buckets.map((b) => ({ code: b.bucket, label: b.label, count: b.count, percent: b.percent }))}
          note={ep.mean !== null ? t('landscape.mean', { mean: Number(ep.mean.toFixed(2)) }) : null}
        />
        <SharesFigure
          id="single-element"
          title={t('landscape.section.single')}
          of={report.singleElement.n}
          codes={report.singleElement.elements}
          note={t('landscape.subgroup', { n: report.singleElement.n })}
        />
        <SharesFigure
          id="combined-elements"
          title={t('landscape.section.combined')}
          of={report.combinedElements.n}
          codes={report.combinedElements.elements}
          note={t('landscape.subgroup', { n: report.combinedElements.n })}
        />
      </section>

      <section aria-labelledby="crosstabs-title">
        <h2 id="crosstabs-title">{t('landscape.section.crosstabs')}</h2>
        {report.crosstabs.length === 0 && (
          <>
            <p>{t('landscape.crosstab.noneYet')}</p>
            {mode === 'page' && (
              <p className="no-print">
                <a href={href(lang, `/landscape${paramsFor([example])}`)}>{t('landscape.crosstab.example')}</a>
              </p>
            )}
          </>
        )}
        {report.crosstabs.map((x, i) => (
          <CrossTabFigure key={`${x.row},${x.col}`} x={x} index={i} removeHref={mode === 'page' ? href(lang, `/landscape${paramsFor(crosstabs.filter((_, k) => k !== i))}`) : undefined} />
        ))}
        {mode === 'report' && crosstabs.length > 0 && <p className="muted small">{crosstabs.map((x) => `${specText(x.row)} × ${specText(x.col)}`).join(' · ')}</p>}
      </section>

      <section aria-labelledby="gaps-title">
        <h2 id="gaps-title">{t('landscape.section.gaps')}</h2>
        <p>{t('landscape.section.gapsLead')}</p>
        <Findings report={report} />
      </section>

      <section aria-labelledby="downloads-title" className="landscape-downloads">
        <h2 id="downloads-title">{t('landscape.section.downloads')}</h2>
        {mode === 'page' && (
          <>
            <p>{t('landscape.download.hint')}</p>
            <DownloadLinks
              className="download-list"
              links={[
                { href: download('pdf'), label: t('landscape.download.pdf') },
                { href: download('csv'), label: t('landscape.download.csv') },
                { href: download('xlsx'), label: t('landscape.download.xlsx') },
                { href: download('json'), label: t('landscape.download.json') },
              ]}
            />
          </>
        )}
        <h3 id="share-title">{t('landscape.share')}</h3>
        <p className="hint">{t('landscape.shareHint')}</p>
        <p className="link-box">
          <a href={shareUrl} id="share-link">
            {shareUrl}
          </a>
        </p>
        <p className="muted small">{t('landscape.generated', { date: report.generatedAt.slice(0, 10) })}</p>
      </section>
    </div>
    </ChartMode.Provider>
  );
}
