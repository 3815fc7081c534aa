/**
 * /{lang}/coding/submissions/{id}: one submission for a coder. Left the
 * answers, with the words that triggered a suggestion highlighted; right
 * the coding form, filled in from the coder's saved coding or else from the
 * suggestions, each axis saying what was suggested and why. Below: ask the
 * respondent a question, reject, the contact person (coders only) and the
 * history. Nothing is published unless a coder presses "Publish" or "Merge".
 */
import type { MessageKey, Translate } from '../../i18n/index.js';
import type { InitiativeStatus } from '../../db/schema.js';
import { AXES, AXIS_NAMES, type AxisName } from '../../vocabulary/matrix.js';
import { CsrfField, ErrorSummary, Notice, TextField, type FormError } from '../../ui/form-fields.js';
import { fieldId, fieldLabel, formatWhen, StatusBadge } from '../desk-ui.js';
import { AxisFieldset, SocialIsolationFieldset } from './matrix-fieldsets.js';
import { AccessFieldsets } from '../../initiatives/access-form/AccessFieldsets.js';
import { MULTILINE, type InitiativeFormValues } from '../form-model.js';
import type { FieldProblem } from '../validation.js';
import { href, usePage } from '../../web/page-context.js';
import type { Contact } from '../../intake/survey-schema.js';
import type { SubmissionEvent, SubmissionRecord } from '../../intake/store/submissions.js';
import type { Suggestion } from '../../intake/suggest/suggest.js';
import type { DuplicateCandidate } from '../service/duplicate-search.js';
import { distinctTriggers, highlight, hitsIn, QUESTION_OF, REVIEW_TEXT_FIELDS, type Piece } from '../review-model.js';
import { CodingNav, formatPercent, sourceLabel } from './submission-ui.js';
import { SubmissionStatusBadge } from './QueuePage.js';
import { OPEN_STATUSES } from '../store/submission-queue.js';

export interface ReviewProps {
  submission: SubmissionRecord;
  suggestions: Suggestion[];
  form: InitiativeFormValues;
  prefilledFrom: 'coding' | 'suggestions';
  codingSavedAt?: string | undefined;
  coders: { id: string; name: string; updatedAt: string }[];
  events: SubmissionEvent[];
  contact?: Contact | undefined;
  duplicates: DuplicateCandidate[];
  municipalityNames: ReadonlyMap<string, string>;
  /** Imported submissions have no private status link: the respondent cannot read a question there. */
  hasPrivateLink: boolean;
  initiative?: { id: string; name: string; status: InitiativeStatus } | undefined;
  problems?: readonly FieldProblem[];
  formProblem?: string | undefined;
  questionError?: string | undefined;
  rejectError?: string | undefined;
  notice?: string | undefined;
}

const HINTED = new Set(['id', 'url', 'partners', 'areas', 'contact', 'location']);

export function ReviewPage(p: ReviewProps) {
  const { lang, t } = usePage();
  const s = p.submission;
  const base = href(lang, `/coding/submissions/${s.id}`);
  const open = OPEN_STATUSES.includes(s.status);
  const problems = p.problems ?? [];
  const errors: FormError[] = problems.map((x) => ({ id: fieldId(x.field), label: fieldLabel(x.field, lang, t), message: t(x.key as MessageKey, x.values) }));
  if (p.formProblem) errors.unshift({ id: 'coding-title', label: '', message: p.formProblem });
  if (p.questionError) errors.push({ id: 'question', label: t('review.ask.label'), message: p.questionError });
  if (p.rejectError) errors.push({ id: 'reason', label: t('review.reject.label'), message: p.rejectError });
  const name = s.answers.name || t('queue.noName');

  return (
    <>
      <CodingNav current="review" />
      <p>
        <a href={href(lang, '/coding/submissions')}>{t('review.back')}</a>
      </p>
      <h1>{t('review.title', { name })}</h1>
      {p.notice && <Notice>{t(p.notice as MessageKey)}</Notice>}
      <ErrorSummary errors={errors} title={t('accounts.form.errorsTitle')} />
      <p>
        {t('review.state')} <SubmissionStatusBadge status={s.status} /> · {t('review.received', { when: formatWhen(s.submittedAt ?? s.createdAt, lang) })} · {t('review.source', { source: sourceLabel(s.source, t) })}
      </p>
      {p.initiative && (
        <div className="notice">
          <p>{t(s.status === 'merged' ? 'review.closed.merged' : 'review.closed.published', { name: p.initiative.name })}</p>
          <ul className="plain">
            <li>
              <a href={href(lang, `/coding/initiatives/${encodeURIComponent(p.initiative.id)}`)}>{t('review.closed.edit')}</a> <StatusBadge status={p.initiative.status} />
            </li>
            <li>
              <a href={href(lang, `/coding/initiatives/${encodeURIComponent(p.initiative.id)}/history`)}>{t('review.closed.history')}</a>
            </li>
            {p.initiative.status === 'published' && (
              <li>
                <a href={href(lang, `/initiatives/${encodeURIComponent(p.initiative.id)}`)}>{t('coding.edit.publicPage')}</a>
              </li>
            )}
          </ul>
        </div>
      )}
      {open && p.duplicates.length > 0 && <DuplicateWarning duplicates={p.duplicates} />}

      <div className="review-layout">
        <section className="review-answers" aria-labelledby="answers-title" tabIndex={0}>
          <h2 id="answers-title">{t('review.answers')}</h2>
          <p className="hint">{t('review.answersHint')}</p>
          <Answers submission={s} suggestions={p.suggestions} municipalityNames={p.municipalityNames} />
          <h3>{t('review.why.title')}</h3>
          <p className="hint">{t('review.why.lead')}</p>
          <SuggestionList suggestions={p.suggestions} />
        </section>

        <section aria-labelledby="coding-title">
          <h2 id="coding-title" tabIndex={-1}>
            {t('review.coding')}
          </h2>
          <p className="notice">
            {p.prefilledFrom === 'coding' ? t('review.prefilled.coding', { when: formatWhen(p.codingSavedAt ?? s.createdAt, lang) }) : t('review.prefilled.suggestions')}
          </p>
          <CodingForm {...p} action={base} open={open} />
        </section>
      </div>

      {open && (
        <section aria-labelledby="ask-title">
          <h2 id="ask-title">{t('review.ask.title')}</h2>
          <p className="hint">{t(p.hasPrivateLink ? 'review.ask.hint' : 'review.ask.noLink')}</p>
          <form method="post" action={`${base}/question`}>
            <CsrfField />
            <TextField id="question" name="question" label={t('review.ask.label')} error={p.questionError} multiline rows={4} required maxLength={5000} />
            <button type="submit" className="secondary">
              {t('review.ask.send')}
            </button>
          </form>
        </section>
      )}

      {open && (
        <section aria-labelledby="reject-title">
          <h2 id="reject-title">{t('review.reject.title')}</h2>
          <form method="post" action={`${base}/reject`}>
            <CsrfField />
            <TextField id="reason" name="reason" label={t('review.reject.label')} hint={t('review.reject.hint')} error={p.rejectError} multiline rows={3} required maxLength={2000} />
            <button type="submit" className="danger">
              {t('review.reject.send')}
            </button>
          </form>
        </section>
      )}

      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{t('review.contact.title')}</h2>
        <p className="hint">{t('review.contact.private')}</p>
        {p.contact ? (
          <>
            <dl className="coding">
              <dt>{t('survey.contact.name')}</dt>
              <dd>{p.contact.contact_name}</dd>
              <dt>{t('survey.contact.email')}</dt>
              <dd>
                <a href={`mailto:${p.contact.contact_email}`}>{p.contact.contact_email}</a>
              </dd>
              {p.contact.contact_phone && (
                <>
                  <dt>{t('survey.contact.phone')}</dt>
                  <dd>{p.contact.contact_phone}</dd>
                </>
              )}
            </dl>
            <form method="post" action={`${base}/contact/delete`}>
              <CsrfField />
              <p className="hint">{t('review.contact.eraseHint')}</p>
              <button type="submit" className="secondary">
                {t('review.contact.erase')}
              </button>
            </form>
          </>
        ) : (
          <p>{t('review.contact.none')}</p>
        )}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('review.history.title')}</h2>
        <p>{p.coders.length ? t('review.history.codedBy', { names: p.coders.map((c) => c.name).join(', '), count: p.coders.length }) : t('review.history.notCoded')}</p>
        <ol className="timeline">
          {p.events.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>{formatWhen(e.at, lang)}</time>: {t(`review.event.${KNOWN_EVENTS.has(e.kind) ? e.kind : 'other'}` as MessageKey)}
              {(e.actorKind === 'respondent' || e.actorLabel) && <span className="muted"> ({e.actorKind === 'respondent' ? t('review.event.byRespondent') : e.actorLabel})</span>}
              {e.body && (e.kind === 'question' || e.kind === 'answer' || e.kind === 'rejected') && <q> {e.body}</q>}
              {e.body && (e.kind === 'published' || e.kind === 'merged') && (
                <>
                  {' '}
                  <a href={href(lang, `/coding/initiatives/${encodeURIComponent(e.body)}/history`)}>{t('review.event.initiativeHistory', { id: e.body })}</a>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

const KNOWN_EVENTS = new Set(['draft_saved', 'submitted', 'question', 'answer', 'coded', 'published', 'merged', 'rejected', 'contact_deleted']);

function DuplicateWarning({ duplicates }: { duplicates: DuplicateCandidate[] }) {
  const { lang, t } = usePage();
  return (
    <section className="notice warning" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t('review.duplicates.title', { count: duplicates.length })}</h2>
      <p>{t('review.duplicates.lead')}</p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <a href={href(lang, `/coding/initiatives/${encodeURIComponent(d.id)}`)}>{d.name}</a>
            {d.organisation && <> ({d.organisation})</>} <StatusBadge status={d.status} /> · {t('review.duplicates.score', { score: formatPercent(d.score, lang) })}
          </li>
        ))}
      </ul>
      <p>
        <a href="#merge-title">{t('review.duplicates.toMerge')}</a>
      </p>
    </section>
  );
}

function Pieces({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((x, i) => (x.mark ? <mark key={i}>{x.text}</mark> : <span key={i}>{x.text}</span>))}
    </>
  );
}

function Answers({ submission, suggestions, municipalityNames }: { submission: SubmissionRecord; suggestions: Suggestion[]; municipalityNames: ReadonlyMap<string, string> }) {
  const { lang, t } = usePage();
  const a = submission.answers;
  const text = (field: 'name' | 'description' | 'goal' | 'initiator' | 'target_other' | 'evaluation') => {
    const v = a[field];
    return v ? <Pieces pieces={highlight(v, hitsIn(field, suggestions))} /> : <span className="muted">{t('status.empty')}</span>;
  };
  const empty = <span className="muted">{t('status.empty')}</span>;
  return (
    <dl className="coding review-dl">
      <dt>{t('survey.q1')}</dt>
      <dd>{text('name')}</dd>
      <dt>{t('survey.q2')}</dt>
      <dd>{a.url ? <a href={a.url} rel="noopener noreferrer nofollow">{a.url}</a> : empty}</dd>
      <dt>{t('survey.q3')}</dt>
      <dd className="prewrap">{text('description')}</dd>
      <dt>{t('survey.q4')}</dt>
      <dd className="prewrap">{text('goal')}</dd>
      <dt>{t('survey.q5')}</dt>
      <dd>
        {a.location_level ? t(`survey.q5.${a.location_level}`) : empty}
        {a.location_other && <> ({a.location_other})</>}
        {(a.municipalities?.length ?? 0) > 0 && <div>{a.municipalities!.map((c) => `${municipalityNames.get(c) ?? c} (${c})`).join(', ')}</div>}
      </dd>
      <dt>{t('survey.q6')}</dt>
      <dd>{text('initiator')}</dd>
      <dt>{t('survey.q7')}</dt>
      <dd className="prewrap">{a.partners || empty}</dd>
      <dt>{t('survey.q8')}</dt>
      <dd>{a.age_groups?.map((g) => AXES.age_groups.codes.find((c) => c.code === g)?.label[lang] ?? g).join(', ') || empty}</dd>
      <dt>{t('survey.q9')}</dt>
      <dd>
        {a.target?.map((x) => t(`survey.q9.${x}`)).join(', ') || empty}
        {a.target_other && <div>{text('target_other')}</div>}
      </dd>
      <dt>{t('survey.q10')}</dt>
      <dd>
        {a.evaluated ? t(`survey.q10.${a.evaluated}`) : empty}
        {a.evaluation && <div className="prewrap">{text('evaluation')}</div>}
      </dd>
    </dl>
  );
}

/** A suggested code in words. */
function codeLabel(axis: AxisName | 'social_isolation', code: string, lang: 'nl' | 'fr' | 'en', t: Translate): string {
  if (axis === 'social_isolation') return t(code === 'true' ? 'coding.yes' : 'coding.no');
  return AXES[axis].codes.find((c) => c.code === code)?.label[lang] ?? code;
}

/** The reasons for one suggestion: "«ontmoeten» (answer 3)", or the closed answer it follows from. */
function Reasons({ s }: { s: Suggestion }) {
  const { lang, t } = usePage();
  const closedAnswer = (field: string, value: string) => {
    if (field === 'age_groups') return AXES.age_groups.codes.find((c) => c.code === value)?.label[lang] ?? value;
    if (field === 'target') return t(`survey.q9.${value}` as MessageKey);
    if (field === 'location_level') return t(`survey.q5.${value}` as MessageKey);
    if (field === 'evaluated') return t(`survey.q10.${value}` as MessageKey);
    return value;
  };
  const reasons = distinctTriggers(s).map((h) =>
    ['age_groups', 'target', 'location_level', 'evaluated'].includes(h.field)
      ? t('review.why.answer', { n: QUESTION_OF[h.field] ?? '?', answer: closedAnswer(h.field, h.text) })
      : t('review.why.words', { words: h.text, n: QUESTION_OF[h.field] ?? '?' }),
  );
  return <>{reasons.join('; ')}</>;
}

function SuggestionList({ suggestions }: { suggestions: Suggestion[] }) {
  const { lang, t } = usePage();
  if (!suggestions.length) return <p>{t('review.why.none')}</p>;
  const axes = [...AXIS_NAMES.slice(0, 3), 'social_isolation' as const, ...AXIS_NAMES.slice(3)];
  return (
    <ul className="why-list">
      {axes.map((axis) => {
        const list = suggestions.filter((s) => s.axis === axis);
        if (!list.length) return null;
        return (
          <li key={axis}>
            <strong>{axis === 'social_isolation' ? t('coding.field.social_isolation') : AXES[axis].label[lang]}</strong>
            <ul>
              {list.map((s) => (
                <li key={s.code}>
                  {codeLabel(s.axis, s.code, lang, t)}: <Reasons s={s} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

function CodingForm(p: ReviewProps & { action: string; open: boolean }) {
  const { lang, t } = usePage();
  const { form, suggestions } = p;
  const problems = p.problems ?? [];
  const messageFor = (field: string) => {
    const x = problems.find((y) => y.field === field);
    return x ? t(x.key as MessageKey, x.values) : undefined;
  };
  return (
    <form method="post" action={p.action} noValidate id="coding-form">
      <CsrfField />
      {/* The first submit button is the one Enter presses: saving, never "add another place". */}
      <button type="submit" name="action" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {t('review.save')}
      </button>
      <h3>{t('coding.form.about')}</h3>
      <TextField id={fieldId('id')} name="id" label={fieldLabel('id', lang, t)} hint={t('review.hint.id')} value={form.id} error={messageFor('id')} autoComplete="off" />
      {REVIEW_TEXT_FIELDS.map((f) => (
        <TextField
          key={f}
          id={fieldId(f)}
          name={f}
          label={fieldLabel(f, lang, t)}
          hint={f === 'contact' ? t('review.hint.contact') : HINTED.has(f) ? t(`coding.hint.${f}` as MessageKey) : undefined}
          value={form[f]}
          error={messageFor(f)}
          multiline={MULTILINE.has(f)}
          rows={f === 'partners' ? 4 : 6}
          type={f === 'url' ? 'url' : 'text'}
          required={f === 'name'}
        />
      ))}
      <AccessFieldsets values={form.access} errorFor={messageFor} freeLocation={form.access.places.every((x) => !x.name) ? form.location : undefined} />
      <h3>{t('coding.form.matrix')}</h3>
      <p className="hint">{t('review.matrixLead')}</p>
      {AXIS_NAMES.map((axis) => (
        <div key={axis}>
          <SuggestedAxis axis={axis} checked={form.axes[axis]} error={messageFor(axis)} suggestions={suggestions.filter((s) => s.axis === axis)} />
          {axis === 'dimensions' && <SuggestedSocialIsolation value={form.social_isolation} error={messageFor('social_isolation')} suggestions={suggestions.filter((s) => s.axis === 'social_isolation')} />}
        </div>
      ))}
      <p className="hint">{t('review.buttonsHint')}</p>
      <p className="buttons">
        <button type="submit" name="action" value="save" className="secondary">
          {t('review.save')}
        </button>
        {p.open && (
          <button type="submit" name="action" value="publish">
            {t('review.publish')}
          </button>
        )}
      </p>
      {p.open && p.duplicates.length > 0 && (
        <section aria-labelledby="merge-title" className="notice warning">
          <h3 id="merge-title">{t('review.merge.title')}</h3>
          <p>{t('review.merge.lead')}</p>
          <ul className="plain">
            {p.duplicates.map((d) => (
              <li key={d.id}>
                <button type="submit" name="action" value={`merge:${d.id}`} className="secondary">
                  {t('review.merge.button', { name: d.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}

/** "Suggested: …, because …" under an axis' legend. */
function WhyNote({ id, axis, suggestions }: { id: string; axis: AxisName | 'social_isolation'; suggestions: Suggestion[] }) {
  const { lang, t } = usePage();
  if (!suggestions.length) return null;
  return (
    <div className="why" id={`${id}-why`}>
      <p>
        <strong>{t('review.suggested')}</strong> {suggestions.map((s) => codeLabel(axis, s.code, lang, t)).join(', ')}
      </p>
      <ul>
        {suggestions.map((s) => (
          <li key={s.code}>
            {t('review.why.because', { code: codeLabel(axis, s.code, lang, t) })} <Reasons s={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A matrix fieldset with why codes were suggested, and the suggested codes marked. */
function SuggestedAxis({ axis, checked, error, suggestions }: { axis: AxisName; checked: readonly string[]; error?: string | undefined; suggestions: Suggestion[] }) {
  const { t } = usePage();
  const id = fieldId(axis);
  return (
    <AxisFieldset
      axis={axis}
      checked={checked}
      error={error}
      note={<WhyNote id={id} axis={axis} suggestions={suggestions} />}
      noteId={suggestions.length ? `${id}-why` : undefined}
      marked={new Set(suggestions.map((s) => s.code))}
      markLabel={t('review.suggestedMark')}
    />
  );
}

function SuggestedSocialIsolation({ value, error, suggestions }: { value: InitiativeFormValues['social_isolation']; error?: string | undefined; suggestions: Suggestion[] }) {
  const { t } = usePage();
  const id = fieldId('social_isolation');
  return (
    <SocialIsolationFieldset
      value={value}
      error={error}
      note={<WhyNote id={id} axis="social_isolation" suggestions={suggestions} />}
      noteId={suggestions.length ? `${id}-why` : undefined}
      markYes={suggestions.length > 0}
      markLabel={t('review.suggestedMark')}
    />
  );
}
