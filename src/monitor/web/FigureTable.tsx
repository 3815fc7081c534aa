/** The table beside the map: the same figures, sortable by links and paged above a thousand areas. */
import { usePage, href } from '../../web/page-context.js';
import { Pager } from '../../ui/Pager.js';
import { DataTable } from '../../ui/DataTable.js';
import { indicatorLabel } from '../rates.js';
import { type MonitorRow, type MonitorView, type SortKey } from '../service/pages-data.js';
import { formats, intervalText, queryString, rowFigureText } from './view-format.js';

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

export function FigureTable({ view }: { view: MonitorView }) {
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
