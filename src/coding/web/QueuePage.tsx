/** /{lang}/coding/submissions: the coders' queue of survey submissions, oldest first. */
import { Pager } from '../../ui/Pager.js';
import { StatusBadge } from '../../ui/Badge.js';
import type { MessageKey } from '../../i18n/index.js';
import type { SubmissionStatus } from '../../db/schema.js';
import { Notice, SelectField } from '../../ui/form-fields.js';
import { formatWhen } from '../desk-ui.js';
import { href, usePage } from '../../web/page-context.js';
import type { SubmissionRecord } from '../../intake/store/submissions.js';
import { CodingNav, sourceLabel } from './submission-ui.js';
import { DataTable } from '../../ui/DataTable.js';
import { withQuery } from '../../platform/query-string.js';

/** What the status filter can show: the open ones (default), everything, or one status. */
export const QUEUE_FILTERS = ['open', 'submitted', 'question', 'coded', 'published', 'merged', 'rejected', 'all'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export interface QueueProps {
  filter: QueueFilter;
  counts: Record<string, number>;
  items: SubmissionRecord[];
  total: number;
  page: number;
  pages: number;
  summaries: Map<string, { coders: number; mine: boolean }>;
  notice?: string | undefined;
}

export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = usePage();
  return <StatusBadge status={status}>{t(`queue.status.${status}`)}</StatusBadge>;
}

export function QueuePage({ filter, counts, items, total, page, pages, summaries, notice }: QueueProps) {
  const { lang, t } = usePage();
  const link = (f: QueueFilter, p = 1) => withQuery(href(lang, '/coding/submissions'), { status: f === 'open' ? undefined : f, page: p > 1 ? p : undefined });
  const openCount = (counts.submitted ?? 0) + (counts.question ?? 0) + (counts.coded ?? 0);
  return (
    <>
      <CodingNav current="queue" />
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.lead')}</p>
      {notice && <Notice>{t(notice as MessageKey)}</Notice>}

      <h2 id="counts-title">{t('queue.counts')}</h2>
      <ul className="plain" aria-labelledby="counts-title">
        <li>
          <a href={link('open')} aria-current={filter === 'open' ? 'true' : undefined}>
            {t('queue.filter.open')}
          </a>
          : {openCount}
        </li>
        {(['submitted', 'question', 'coded', 'published', 'merged', 'rejected'] as const).map((s) => (
          <li key={s}>
            <a href={link(s)} aria-current={filter === s ? 'true' : undefined}>
              {t(`queue.status.${s}`)}
            </a>
            : {counts[s] ?? 0}
          </li>
        ))}
        {(counts.draft ?? 0) > 0 && <li className="muted">{t('queue.drafts', { count: counts.draft })}</li>}
      </ul>

      <form method="get" action={href(lang, '/coding/submissions')} className="search-box" aria-label={t('queue.filter.label')}>
        <SelectField id="queue-status" name="status" label={t('queue.filter.label')} value={filter} options={QUEUE_FILTERS.map((f) => ({ value: f, label: f === 'open' || f === 'all' ? t(`queue.filter.${f}`) : t(`queue.status.${f}`) }))} />
        <button type="submit">{t('queue.filter.show')}</button>
      </form>

      <p className="count" role="status">
        {t('queue.count', { total })}
      </p>
      {items.length > 0 && (
        <DataTable caption={t('queue.caption')} captionHidden columns={[{ label: t('queue.col.name') }, { label: t('queue.col.status') }, { label: t('queue.col.received') }, { label: t('queue.col.source') }, { label: t('queue.col.coded') }]}>
          {items.map((s) => {
            const sum = summaries.get(s.id);
            return (
              <tr key={s.id}>
                <td>
                  <a href={href(lang, `/coding/submissions/${s.id}`)}>{s.answers.name || t('queue.noName')}</a>
                  {s.answers.initiator && <div className="muted">{s.answers.initiator}</div>}
                </td>
                <td>
                  <SubmissionStatusBadge status={s.status} />
                </td>
                <td>{formatWhen(s.submittedAt ?? s.createdAt, lang)}</td>
                <td>{sourceLabel(s.source, t)}</td>
                <td>{sum ? t(sum.mine ? 'queue.coded.mine' : 'queue.coded.others', { count: sum.coders }) : t('queue.coded.none')}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pager page={page} pages={pages} href={(p) => link(filter, p)} label={t('queue.pages')} prev={t('coding.desk.prev')} next={t('coding.desk.next')} position={t('coding.desk.page', { page, pages })} />
    </>
  );
}
