// @jsxRuntime automatic
// @jsxImportSource react
/**
 * The current search results to take away, with the same query parameters as the search page
 * (query-schema.ts; page and pageSize are ignored: every result, up to MAX_ROWS):
 *   GET /{lang}/initiatives.csv     CSV (UTF-8 with BOM, so Excel reads the accents)
 *   GET /{lang}/initiatives.xlsx    Excel workbook
 *   GET /{lang}/search/print        a list to print: name, organisation, elements, age groups, where
 * Cells go through the one CSV and XLSX writer (src/platform/spreadsheet-cells.ts), which
 * neutralises text a spreadsheet would run as a formula.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import ExcelJS from 'exceljs';
import { csvText, xlsxBuffer } from '../../platform/spreadsheet-cells.js';
import { parseOrThrow } from '../../platform/problem.js';
import { formatDate } from '../../platform/format.js';
import { sendPage } from '../../web/render.js';
import { href, usePage } from '../../web/page-context.js';
import { siteUrl } from '../../config.js';
import { findCode, type AxisName, type Lang } from '../../vocabulary/matrix.js';
import { searchCatalogue, type CatalogueItem } from '../../initiatives/store/search.js';
import { catalogueQuerySchema, toSearchParams, type CatalogueQuery } from '../query-schema.js';
import type { Translate } from '../../i18n/index.js';

/** At most this many results in one download or print list (the whole seeded bank is far below it). */
export const MAX_ROWS = 5000;

async function allResults(app: FastifyInstance, req: FastifyRequest): Promise<{ query: CatalogueQuery; items: CatalogueItem[]; total: number }> {
  const query = parseOrThrow(catalogueQuerySchema, req.query);
  const result = await searchCatalogue(app.database, { ...query, page: 1, pageSize: MAX_ROWS });
  return { query, items: result.items, total: result.total };
}

const labels = (axis: AxisName, codes: readonly string[], lang: Lang) => codes.map((c) => findCode(axis, c)?.label[lang] ?? c).join('; ');

function table(app: FastifyInstance, items: CatalogueItem[], lang: Lang, t: Translate): unknown[][] {
  const head = ['id', t('results.col.name'), t('results.col.organisation'), t('results.col.elements'), t('results.col.ageGroups'), t('results.col.prevention'), t('results.col.geographicLevel'), t('results.col.areas'), t('results.col.coverage'), t('results.col.url')];
  const rows = items.map((i) => [
    i.id,
    i.name,
    i.organisation ?? '',
    labels('elements', i.elements, lang),
    labels('age_groups', i.age_groups, lang),
    labels('prevention', [i.prevention], lang),
    labels('geographic_level', [i.geographic_level], lang),
    i.areas.join('; '),
    i.coverage ? t(i.coverage === 'local' ? 'results.coverage.local' : 'results.coverage.wider') : '',
    siteUrl(app, href(lang, `/initiatives/${encodeURIComponent(i.id)}`)),
  ]);
  return [head, ...rows];
}

const fileName = (ext: string) => `verbind-initiatives-${new Date().toISOString().slice(0, 10)}.${ext}`;

function PrintList({ query, items, total }: { query: CatalogueQuery; items: CatalogueItem[]; total: number }) {
  const { lang, t } = usePage();
  const qs = toSearchParams({ ...query, page: 1 }).toString();
  return (
    <div className="print-list">
      <p className="back-link">
        <a href={`${href(lang, '/')}${qs ? `?${qs}` : ''}`}>{t('results.print.back')}</a>
      </p>
      <h1>{t('results.print.title')}</h1>
      <p>
        {t('results.print.lead', { n: total, date: formatDate(new Date(), lang) })}
        {total > items.length && ` ${t('results.print.capped', { n: items.length })}`}
      </p>
      <p className="no-print">{t('results.print.hint')}</p>
      <ol className="result-list-print">
        {items.map((i) => (
          <li key={i.id}>
            <strong>
              <a href={href(lang, `/initiatives/${encodeURIComponent(i.id)}`)}>{i.name}</a>
            </strong>
            {i.organisation ? ` — ${i.organisation}` : ''}
            <br />
            <span className="small">
              {labels('elements', i.elements, lang)}
              {i.age_groups.length ? ` · ${labels('age_groups', i.age_groups, lang)}` : ''} · {labels('geographic_level', [i.geographic_level], lang)}
              {i.coverage ? ` · ${t(i.coverage === 'local' ? 'results.coverage.local' : 'results.coverage.wider')}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export async function registerSearchDownloadRoutes(app: FastifyInstance): Promise<void> {
  app.get('/:lang(nl|fr|en)/initiatives.csv', async (req, reply) => {
    const { items } = await allResults(app, req);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName('csv')}"`).send('\uFEFF' + csvText(table(app, items, req.lang, req.t)));
  });

  app.get('/:lang(nl|fr|en)/initiatives.xlsx', async (req, reply) => {
    const { items } = await allResults(app, req);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('initiatives');
    for (const row of table(app, items, req.lang, req.t)) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${fileName('xlsx')}"`)
      .send(await xlsxBuffer(wb));
  });

  app.get('/:lang(nl|fr|en)/search/print', async (req, reply) => {
    const r = await allResults(app, req);
    return sendPage(req, reply, { title: req.t('results.print.title'), noindex: true }, <PrintList {...r} />);
  });
}

/** The links the search page shows under its results (same query, every result). */
export function SearchDownloadLinks({ query }: { query: CatalogueQuery }) {
  const { lang, t } = usePage();
  const qs = toSearchParams({ ...query, page: 1, pageSize: undefined }).toString();
  const q = qs ? `?${qs}` : '';
  return (
    <p className="search-downloads no-print">
      {t('results.download.label')} <a href={`${href(lang, '/initiatives.csv')}${q}`}>CSV</a> · <a href={`${href(lang, '/initiatives.xlsx')}${q}`}>Excel (XLSX)</a> · <a href={`${href(lang, '/search/print')}${q}`}>{t('results.download.print')}</a>
    </p>
  );
}
