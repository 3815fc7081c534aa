// @jsxRuntime automatic
// @jsxImportSource react
/**
 * The area sheet of one municipality or care zone (service/area-sheet.ts), for a local plan:
 *   GET /{lang}/monitor/area/{code}       the page (prints on one or two pages: print stylesheet)
 *   GET /{lang}/monitor/area/{code}.pdf   the same sheet as a PDF (Verbind's Chromium)
 * Linked from the monitor's table rows and focus, and from the landscape when an area is chosen.
 */
import { InitiativeNameLink } from '../../initiatives/InitiativeNameLink.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { renderToStaticMarkup } from 'react-dom/server';
import { z } from 'zod';
import { AXES, BRUSANO_CATEGORIES, findCode } from '../../vocabulary/matrix.js';
import { href, PageContext, usePage } from '../../web/page-context.js';
import { sendPage } from '../../web/render.js';
import { parseOrThrow, ProblemError } from '../../platform/problem.js';
import { formatDate } from '../../platform/format.js';
import { ChromiumUnavailableError, htmlToPdf } from '../../platform/chromium.js';
import { citeParts, indicatorLabel } from '../rates.js';
import { colon } from '../../i18n/index.js';
import { DutchParts } from '../../ui/DutchParts.js';
import { formats, intervalText } from './view-format.js';
import { NoPopulationError } from '../service/estimate.js';
import { loadAreaSheet, type AreaSheet } from '../service/area-sheet.js';
import { DataTable } from '../../ui/DataTable.js';

const paramsSchema = z.object({ lang: z.enum(['nl', 'fr', 'en']), code: z.string().min(1).max(20).regex(/^[A-Za-z0-9_-]+$/, 'an area code: letters, digits, - or _') });

/** The sheet's address (pdf: its download). */
export const areaSheetPath = (code: string, pdf = false) => `/monitor/area/${encodeURIComponent(code)}${pdf ? '.pdf' : ''}`;

export function AreaSheetView({ sheet, mode }: { sheet: AreaSheet; mode: 'page' | 'pdf' }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const e = sheet.estimate;
  const elLabel = (c: string) => findCode('elements', c)?.label[lang] ?? c;
  const catLabel = (c: string) => BRUSANO_CATEGORIES.find((x) => x.code === c)?.label[lang] ?? c;
  const ageLabel = (c: string) => AXES.age_groups.codes.find((x) => x.code === c)?.label[lang] ?? c;
  const list = (items: string[], label: (c: string) => string) => (items.length ? items.map(label).join(', ') : t('monitor.ranking.nothingMissing'));
  const suppressed = e.suppression ? (e.suppression.reason === 'complementary' ? t('monitor.suppressedComplementary') : t('monitor.suppressed', { threshold: e.suppression.threshold })) : null;
  const local = sheet.initiatives.filter((i) => i.coverage === 'local');
  const wider = sheet.initiatives.filter((i) => i.coverage === 'wider');
  return (
    <div className="area-sheet">
      {mode === 'page' && (
        <p className="back-link">
          <a href={`${href(lang, '/monitor')}?level=${sheet.level}&focus=${sheet.level}:${encodeURIComponent(sheet.code)}`}>{t('areaSheet.back')}</a>
        </p>
      )}
      <h1>{t('areaSheet.title', { name: sheet.name })}</h1>
      <p className="lead">{t('areaSheet.lead', { level: t(`monitor.level.${sheet.level}`), name: sheet.name, code: sheet.code, population: e.population, year: sheet.populationYear })}</p>
      {mode === 'page' && (
        <p className="no-print">
          <a href={href(lang, areaSheetPath(sheet.code, true))} download>
            {t('areaSheet.download.pdf')}
          </a>
        </p>
      )}

      <section aria-labelledby="need-h">
        <h2 id="need-h">{t('areaSheet.need.heading')}</h2>
        <p>{t('areaSheet.need.lead')}</p>
        {suppressed ? (
          <p className="notice">{t('areaSheet.need.suppressed', { reason: suppressed })}</p>
        ) : (
          <DataTable
            className="monitor-table sheet-table"
            caption={t('areaSheet.need.caption')}
            captionId="need-caption"
            columns={[{ label: t('areaSheet.need.indicator') }, { label: t('monitor.col.count'), className: 'num' }, { label: t('monitor.col.percent'), className: 'num' }, { label: t('monitor.col.interval'), className: 'num' }]}
          >
            {sheet.indicators.map((id) => {
              const x = e.indicators[id];
              const ok = x && x.status === 'estimated' && x.count !== null && x.percent !== null;
              return (
                <tr key={id}>
                  <th scope="row">{indicatorLabel(id, lang)}</th>
                  <td className="num">{ok ? f.int(x.count!) : '–'}</td>
                  <td className="num">{ok ? f.pct(x.percent!) : '–'}</td>
                  <td className="num">{ok ? intervalText({ low: x.low, high: x.high } as Parameters<typeof intervalText>[0], t, f) : ''}</td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="supply-h">
        <h2 id="supply-h">{t('areaSheet.supply.heading')}</h2>
        <p>{t('areaSheet.supply.lead', { local: sheet.supply.initiatives, effective: sheet.supply.effective, wider: sheet.supply.wider.initiatives })}</p>
        {/* Two narrow columns: no scroll region needed. */}
        <DataTable scroll={false} className="monitor-table sheet-table" caption={t('areaSheet.supply.caption')} columns={[{ label: t('areaSheet.supply.category') }, { label: t('areaSheet.supply.local'), className: 'num' }]}>
          {BRUSANO_CATEGORIES.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.label[lang]}</th>
              <td className={sheet.supply.byCategory[c.code] ? 'num' : 'num zero'}>{f.int(sheet.supply.byCategory[c.code] ?? 0)}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="gaps-h">
        <h2 id="gaps-h">{t('areaSheet.gaps.heading')}</h2>
        <p>{t('areaSheet.gaps.lead')}</p>
        <dl className="missing">
          <dt>{t('monitor.ranking.missingElements')}</dt>
          <dd>{list(sheet.missing.effectiveElements, elLabel)}</dd>
          <dt>{t('monitor.ranking.missingCategories')}</dt>
          <dd>{list(sheet.missing.categories, catLabel)}</dd>
          <dt>{t('monitor.ranking.missingAges')}</dt>
          <dd>{list(sheet.missing.ageGroups, ageLabel)}</dd>
        </dl>
      </section>

      <section aria-labelledby="initiatives-h">
        <h2 id="initiatives-h">{t('areaSheet.initiatives.heading')}</h2>
        {sheet.initiatives.length === 0 ? (
          <p>{t('areaSheet.initiatives.none')}</p>
        ) : (
          <ul className="sheet-initiatives">
            {[...local, ...wider].map((i) => (
              <li key={i.id}>
                <InitiativeNameLink id={i.id} name={i.name} organisation={i.organisation} />{' '}
                · <span className="muted">{t(i.coverage === 'local' ? 'areaSheet.initiatives.local' : 'areaSheet.initiatives.wider')}</span>
              </li>
            ))}
          </ul>
        )}
        {mode === 'page' && (
          <p className="no-print">
            <a href={`${href(lang, '/')}?area=${encodeURIComponent(sheet.code)}`}>{t('areaSheet.initiatives.search')}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="sources-h" className="sheet-sources">
        <h2 id="sources-h">{t('areaSheet.sources')}</h2>
        <ul>
          {sheet.tables.map((tb) => (
            <li key={tb.id}>
              {tb.title[lang]}
              {colon(lang)} <cite>{tb.cite ? <DutchParts parts={citeParts(tb.cite, lang)} lang={lang} /> : tb.citation}</cite>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

let css: string | undefined;
const stylesheet = () => (css ??= readFileSync(fileURLToPath(new URL('../../web/assets/verbind.css', import.meta.url)), 'utf8'));

/** The sheet as one self-contained HTML document (inline stylesheet, no scripts) for the PDF. */
export function standaloneAreaSheet(sheet: AreaSheet, req: FastifyRequest): string {
  const body = renderToStaticMarkup(
    <PageContext.Provider value={{ lang: req.lang, t: req.t, user: null, pathWithoutLang: areaSheetPath(sheet.code) }}>
      <main id="main" className="wrap">
        <AreaSheetView sheet={sheet} mode="pdf" />
      </main>
    </PageContext.Provider>,
  );
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const style = stylesheet().replace(/<\/style/gi, '<\\/style');
  return `<!doctype html><html lang="${req.lang}"><head><meta charset="utf-8"><title>${esc(req.t('areaSheet.title', { name: sheet.name }))} · Verbind</title><style>${style}</style></head><body class="standalone">${body}</body></html>`;
}

async function sheetOrProblem(app: FastifyInstance, req: FastifyRequest): Promise<AreaSheet> {
  const { code } = parseOrThrow(paramsSchema, req.params, 'path');
  try {
    const sheet = await loadAreaSheet(app.database, code, req.lang);
    if (!sheet) throw new ProblemError(404, 'Not Found', req.t('areaSheet.notFound', { code }));
    return sheet;
  } catch (e) {
    if (e instanceof NoPopulationError) throw new ProblemError(409, 'Conflict', req.t('areaSheet.noData'));
    throw e;
  }
}

export async function registerAreaSheetPages(app: FastifyInstance): Promise<void> {
  app.get('/:lang(nl|fr|en)/monitor/area/:code(^[A-Za-z0-9_-]+).pdf', async (req, reply) => {
    const sheet = await sheetOrProblem(app, req);
    try {
      const pdf = await htmlToPdf(standaloneAreaSheet(sheet, req), { footer: `Verbind · ${req.t('areaSheet.title', { name: sheet.name })} · ${formatDate(new Date(), req.lang)}` });
      const name = `verbind-area-${sheet.code}-${new Date().toISOString().slice(0, 10)}.pdf`;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}"`).send(pdf);
    } catch (e) {
      if (e instanceof ChromiumUnavailableError) throw new ProblemError(503, 'Service Unavailable', req.t('areaSheet.pdfUnavailable'));
      throw e;
    }
  });

  app.get('/:lang(nl|fr|en)/monitor/area/:code', async (req, reply) => {
    const sheet = await sheetOrProblem(app, req);
    return sendPage(req, reply, { title: req.t('areaSheet.title', { name: sheet.name }), description: req.t('monitor.lead') }, <AreaSheetView sheet={sheet} mode="page" />);
  });
}
