/**
 * The area-monitor page: a GET form (no JavaScript), the choropleth map and the table beside it
 * with the same figures (sortable by links), supply per area, the need-versus-supply ranking, the
 * method with its limits, and — with no population imported — where to download the official
 * files and the commands that import them.
 */
import { usePage, href } from '../../web/page-context.js';
import { DutchParts } from '../../ui/DutchParts.js';
import { MapLegend } from '../../maps/Choropleth.js';
import { citeParts, indicatorLabel } from '../rates.js';
import { noteText } from '../notes.js';
import { methodExplanation } from '../method.js';
import type { MonitorStatus } from '../service/status.js';
import { DOWNLOAD_STEPS } from '../import-steps.js';
import { SORT_KEYS, type MonitorView } from '../service/pages-data.js';
import { noFigureCounts, queryString } from './view-format.js';
import { mapMarkup, monitorMapModel } from './MonitorMap.js';
import { ChoiceForm } from './ChoiceForm.js';
import { FigureTable } from './FigureTable.js';
import { Supply, TablesCss } from './SupplyTables.js';
import { RankingSection } from './RankingSection.js';
import { SUPPLY_MAPS_MAX, SupplyMaps } from './SupplyMaps.js';
import { FigureWithTable } from '../../ui/FigureWithTable.js';
import { withQuery } from '../../platform/query-string.js';

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

/** The need map with its heading, what it cannot show and a link past its many area links; without outlines, how to import them. */
function NeedMap({ view, mapHtml }: { view: MonitorView; mapHtml: string }) {
  const { lang, t, user } = usePage();
  const map = monitorMapModel(view, lang, t);
  const missingShapes = view.rows.length - view.features.length;
  return (
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
  );
}

export function MonitorPage({ view, mapHtml }: { view: MonitorView; mapHtml: string }) {
  const { lang, t } = usePage();
  const e = view.estimate;
  const qs = queryString(view.query);
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
      {/* The need map beside its table, then their downloads (the map as SVG/PNG, the table as CSV/XLSX, the API). */}
      <FigureWithTable
        layout="halves"
        figure={<NeedMap view={view} mapHtml={mapHtml} />}
        table={
          <section aria-labelledby="table-heading" id="table" className="monitor-tablebox">
            <h2 id="table-heading">{t('monitor.table.heading')}</h2>
            <FigureTable view={view} />
          </section>
        }
        downloads={{
          title: t('monitor.downloads.heading'),
          titleId: 'downloads-heading',
          links: [
            { href: dl('map.svg'), label: t('monitor.downloads.svg'), file: true },
            { href: dl('map.png'), label: t('monitor.downloads.png'), file: true },
            { href: dl('table.csv'), label: t('monitor.downloads.csv'), file: true },
            { href: dl('table.xlsx'), label: t('monitor.downloads.xlsx'), file: true },
            { href: withQuery('/api/v1/monitor/estimates', { level: view.query.level, indicator: view.indicator, year: view.query.year || undefined }), label: t('monitor.downloads.api') },
          ],
        }}
      />
      {view.features.length > 0 && view.rows.length <= SUPPLY_MAPS_MAX && <SupplyMaps view={view} />}
      <Supply view={view} full={false} />
      <RankingSection view={view} />
      <Method view={view} />
    </>
  );
}

/** The method in short, on the page before any population is imported (for the public and for admins alike). */
function EmptyMethod() {
  const { lang, t } = usePage();
  return (
    <section aria-labelledby="method-heading" id="method">
      <h2 id="method-heading">{t('monitor.method.heading')}</h2>
      {methodExplanation(lang).paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
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
        <EmptyMethod />
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
      <EmptyMethod />
    </>
  );
}

export { SORT_KEYS };
