/** /{lang}/coding: every initiative (draft, published, archived), filterable and paged. */
import { Pager } from '../../ui/Pager.js';
import { INITIATIVE_STATUSES } from '../../db/schema.js';
import { href, usePage } from '../../web/page-context.js';
import type { DeskList, DeskQuery } from '../store/desk-list.js';
import { formatWhen, StatusBadge } from '../desk-ui.js';
import { DataTable } from '../../ui/DataTable.js';
import { withQuery } from '../../platform/query-string.js';
import { SelectField } from '../../ui/form-fields.js';

export function DeskPage({ query, list }: { query: DeskQuery; list: DeskList }) {
  const { lang, t } = usePage();
  const pageLink = (page: number) => withQuery(href(lang, '/coding'), { q: query.q, status: query.status, area_missing: query.area_missing ? '1' : undefined, page: page > 1 ? page : undefined });
  return (
    <>
      <h1>{t('coding.desk.title')}</h1>
      <p className="lead">{t('coding.desk.lead')}</p>
      <p>
        <a className="button" href={href(lang, '/coding/new')}>
          {t('coding.desk.new')}
        </a>{' '}
        <a className="button secondary" href={href(lang, '/coding/submissions')}>{t('queue.deskLink')}</a>{' '}
        <a className="button secondary" href={href(lang, '/coding/verification')}>
          {t('coding.verify.link')}
        </a>
      </p>

      <form method="get" action={href(lang, '/coding')} className="search-box" role="search" aria-label={t('coding.desk.filter')}>
        <div className="field">
          <label htmlFor="desk-q">{t('coding.desk.q')}</label>
          <input type="search" id="desk-q" name="q" defaultValue={query.q ?? ''} />
        </div>
        <SelectField id="desk-status" name="status" label={t('coding.desk.status')} value={query.status ?? ''} options={[{ value: '', label: t('coding.desk.allStatuses') }, ...INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`coding.status.${s}`) }))]} />
        <div className="field">
          <input type="checkbox" id="desk-area-missing" name="area_missing" value="1" defaultChecked={query.area_missing === true} aria-describedby="desk-area-missing-hint" />
          <label htmlFor="desk-area-missing">{t('coding.desk.areaMissing')}</label>
          <p id="desk-area-missing-hint" className="hint">
            {t('coding.desk.areaMissingHint')}
          </p>
        </div>
        <button type="submit">{t('coding.desk.show')}</button>
      </form>

      <p className="count" role="status">
        {t('coding.desk.count', { total: list.total })}
      </p>
      {list.items.length > 0 && (
        <DataTable
          caption={t('coding.desk.caption')}
          captionHidden
          columns={[{ label: t('coding.field.name') }, { label: t('coding.field.id') }, { label: t('coding.desk.status') }, { label: t('coding.desk.descriptions') }, { label: t('coding.desk.updated') }, { label: t('coding.history.title') }]}
        >
          {list.items.map((i) => {
            const base = href(lang, `/coding/initiatives/${encodeURIComponent(i.id)}`);
            return (
              <tr key={i.id}>
                <td>
                  <a href={base}>{i.name}</a>
                  {i.organisation && <div className="muted">{i.organisation}</div>}
                </td>
                <td>
                  <code>{i.id}</code>
                </td>
                <td>
                  <StatusBadge status={i.status} />
                </td>
                <td>{i.missingDescriptions.length ? i.missingDescriptions.map((l) => t(`coding.descriptions.lang.${l}`)).join(', ') : <span className="muted">{t('coding.desk.descriptionsComplete')}</span>}</td>
                <td>{formatWhen(i.updatedAt, lang)}</td>
                <td>
                  <a href={`${base}/history`}>
                    {t('coding.history.link')}
                    <span className="visually-hidden"> ({i.name})</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pager page={list.page} pages={list.pages} href={pageLink} label={t('coding.desk.pagination')} prev={t('coding.desk.prev')} next={t('coding.desk.next')} position={t('coding.desk.page', { page: list.page, pages: list.pages })} />
    </>
  );
}
