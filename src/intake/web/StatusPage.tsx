/** The respondent's private page: status, history, the coder's question and every answer given, times in Brussels time. */
import { formatDateTime, formatWhen } from '../../platform/format.js';
import type { MessageKey } from '../../i18n/index.js';
import { AXES } from '../../vocabulary/matrix.js';
import { CsrfField, Notice, TextField } from '../../ui/form-fields.js';
import { href, usePage } from '../../web/page-context.js';
import type { SubmissionEvent, SubmissionRecord } from '../store/submissions.js';
import type { MailState } from '../service/link-mail.js';
import type { Access } from '../../initiatives/access.js';
import { AccessFacts } from '../../initiatives/AccessFacts.js';
import type { ReactNode } from 'react';

export interface StatusPageProps {
  submission: SubmissionRecord;
  events: SubmissionEvent[];
  link: string;
  notice?: string | undefined;
  hasContact: boolean;
  /** Where the e-mailed link stands, when asked or when it failed. */
  mail?: MailState | undefined;
  /** Mail is configured and a contact address is stored: offer to e-mail the link. */
  canMail?: boolean;
  /** Municipality names by NIS code. */
  areaNames: Map<string, string>;
}

export function StatusPage({ submission: s, events, link, notice, hasContact, mail, canMail, areaNames }: StatusPageProps) {
  const { t, lang } = usePage();
  const empty = t('status.empty');
  const answer = (label: string, value: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value === undefined || value === '' || value === null ? empty : value}</dd>
    </>
  );
  const a = s.answers;
  const openQuestion = s.status === 'question' ? [...events].reverse().find((e) => e.kind === 'question') : undefined;
  return (
    <>
      <h1>{t('status.title')}</h1>
      {notice && <Notice>{t(notice as MessageKey)}</Notice>}
      {mail && (mail === 'failed' ? <div className="notice warning" role="alert">{t('status.mail.failed')}</div> : <Notice>{t(`status.mail.${mail}`)}</Notice>)}
      <h2>{t('status.link')}</h2>
      <p className="link-box">{link}</p>
      <p className="hint">{t('status.linkHint')}</p>
      {canMail && (
        <form method="post" action="">
          <CsrfField />
          <input type="hidden" name="action" value="mail-link" />
          <button type="submit" className="secondary">
            {mail === 'failed' ? t('status.mail.again') : t('status.mail.send')}
          </button>
        </form>
      )}
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
        {s.submittedAt && answer(t('status.when'), <time dateTime={s.submittedAt}>{formatWhen(s.submittedAt, lang)}</time>)}
        {answer(t('survey.q1'), a.name)}
        {answer(t('survey.q2'), a.url)}
        {answer(t('survey.q3'), a.description)}
        {answer(t('survey.q4'), a.goal)}
        {answer(t('survey.q5'), a.location_level ? t(`survey.q5.${a.location_level}`) : undefined)}
        {a.location_other && answer(t('survey.q5.other.label'), a.location_other)}
        {answer(t('status.municipalities'), a.municipalities?.map((c) => areaNames.get(c) ?? c).join(', '))}
        {answer(t('survey.q6'), a.initiator)}
        {answer(t('survey.q7'), a.partners)}
        {answer(t('survey.q8'), a.age_groups?.map((g) => AXES.age_groups.codes.find((c) => c.code === g)?.label[lang] ?? g).join(', '))}
        {answer(t('survey.q9'), a.target?.map((x) => t(`survey.q9.${x}`)).join(', '))}
        {a.target_other && answer(t('survey.q9.other.label'), a.target_other)}
        {answer(t('survey.q10'), a.evaluated ? t(`survey.q10.${a.evaluated}`) : undefined)}
        {a.evaluation && answer(t('survey.q10.how'), a.evaluation)}
      </dl>
      <AccessFacts access={a.access as Access | undefined} areaNames={areaNames} />
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
