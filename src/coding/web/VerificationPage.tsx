/** /{lang}/coding/verification: records not verified for more than 12 months, oldest first (issue 13). */
import { formatDate } from '../../platform/format.js';
import { href, usePage } from '../../web/page-context.js';
import type { VerificationDue } from '../../initiatives/store/queries.js';
import { StatusBadge } from '../desk-ui.js';
import { DataTable } from '../../ui/DataTable.js';

export function VerificationPage({ due }: { due: VerificationDue }) {
  const { lang, t } = usePage();
  return (
    <>
      <p className="back-link">
        <a href={href(lang, '/coding')}>← {t('coding.desk.title')}</a>
      </p>
      <h1>{t('coding.verify.title')}</h1>
      <p className="lead">{t('coding.verify.lead')}</p>
      <p className="count" role="status">
        {t('coding.verify.count', { total: due.overdueTotal })} {due.overdueTotal > due.overdue.length && t('coding.verify.shown', { shown: due.overdue.length })}
      </p>
      {due.overdue.length > 0 && (
        <DataTable caption={t('coding.verify.caption')} captionHidden columns={[{ label: t('coding.field.name') }, { label: t('coding.verify.verifiedOn') }, { label: t('coding.desk.status') }]}>
          {due.overdue.map((i) => (
            <tr key={i.id}>
              <td>
                <a href={`${href(lang, `/coding/initiatives/${encodeURIComponent(i.id)}`)}#f-verified_on`}>{i.name}</a>
              </td>
              <td>{formatDate(`${i.verifiedOn}T12:00:00Z`, lang)}</td>
              <td>
                <StatusBadge status={i.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p>{t('coding.verify.never', { count: due.never })}</p>
    </>
  );
}
