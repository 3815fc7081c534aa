/** The respondent's private page: status, history, the coder's question and the answers given. */
import { formatDateTime } from '../platform/format.js';
import type { MessageKey } from '../i18n/index.js';
import { AXES } from '../vocabulary/matrix.js';
import { CsrfField, Notice, TextField } from '../accounts/form-ui.js';
import { href, usePage } from '../web/page-context.js';
import type { SubmissionEvent, SubmissionRecord } from './repository.js';

export function StatusPage({ submission: s, events, link, notice, hasContact }: { submission: SubmissionRecord; events: SubmissionEvent[]; link: string; notice?: string | undefined; hasContact: boolean }) {
  const { t, lang } = usePage();
  const a = s.answers;
  const openQuestion = s.status === 'question' ? [...events].reverse().find((e) => e.kind === 'question') : undefined;
  return (
    <>
      <h1>{t('status.title')}</h1>
      {notice && <Notice>{t(notice as MessageKey)}</Notice>}
      <h2>{t('status.link')}</h2>
      <p className="link-box">{link}</p>
      <p className="hint">{t('status.linkHint')}</p>
      <h2>{t('status.state')}</h2>
      <p>
        <strong>{t(`status.${s.status}`)}</strong>
      </p>
      {s.initiativeId && (s.status === 'published' || s.status === 'merged') && (
        <p>
          <a href={href(lang, `/initiatives/${encodeURIComponent(s.initiativeId)}`)}>{t('status.view')}</a>
        </p>
      )}
      {openQuestion && (
        <section aria-labelledby="question-title">
          <h2 id="question-title">{t('status.event.question')}</h2>
          <blockquote>{openQuestion.body}</blockquote>
          <form method="post" action="">
            <CsrfField />
            <input type="hidden" name="action" value="answer" />
            <TextField id="answer" name="answer" label={t('status.answer')} multiline rows={4} required maxLength={5000} />
            <button type="submit">{t('status.sendAnswer')}</button>
          </form>
        </section>
      )}
      <h2>{t('status.history')}</h2>
      <ol className="timeline">
        {events.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>: {t(`status.event.${e.kind}` as MessageKey)}
            {e.body && (e.kind === 'question' || e.kind === 'answer') && <q> {e.body}</q>}
          </li>
        ))}
      </ol>
      <h2>{t('status.answers')}</h2>
      <dl className="coding">
        <dt>{t('survey.q1')}</dt>
        <dd>{a.name ?? t('status.empty')}</dd>
        <dt>{t('survey.q3')}</dt>
        <dd>{a.description ?? t('status.empty')}</dd>
        <dt>{t('survey.q4')}</dt>
        <dd>{a.goal ?? t('status.empty')}</dd>
        <dt>{t('survey.q5')}</dt>
        <dd>{a.location_level ? t(`survey.q5.${a.location_level}`) : t('status.empty')}</dd>
        <dt>{t('survey.q6')}</dt>
        <dd>{a.initiator ?? t('status.empty')}</dd>
        <dt>{t('survey.q8')}</dt>
        <dd>{a.age_groups?.map((g) => AXES.age_groups.codes.find((c) => c.code === g)?.label[lang] ?? g).join(', ') || t('status.empty')}</dd>
        <dt>{t('survey.q9')}</dt>
        <dd>{a.target?.map((x) => t(`survey.q9.${x}`)).join(', ') || t('status.empty')}</dd>
        <dt>{t('survey.q10')}</dt>
        <dd>{a.evaluated ? t(`survey.q10.${a.evaluated}`) : t('status.empty')}</dd>
      </dl>
      {hasContact && (
        <form method="post" action="">
          <CsrfField />
          <input type="hidden" name="action" value="delete-contact" />
          <p className="hint">{t('status.deleteContactHint')}</p>
          <button type="submit" className="secondary">
            {t('status.deleteContact')}
          </button>
        </form>
      )}
    </>
  );
}
