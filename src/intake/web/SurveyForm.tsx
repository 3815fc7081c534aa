/** The survey as one plain HTML form (works without JavaScript), the study's questions in its order. */
import type { MessageKey } from '../../i18n/index.js';
import { AXES } from '../../vocabulary/matrix.js';
import { CsrfField, ErrorSummary, FieldError, FieldHint, TextField, type FormError } from '../../ui/form-fields.js';
import { usePage } from '../../web/page-context.js';
import { LOCATION_LEVELS, SURVEY_AGE_GROUPS, TARGETS, EVALUATED } from '../survey-schema.js';
import type { SurveyFormValues } from '../survey-form.js';
import { SurveyAccess } from './survey-access.js';
import { accessFormFrom } from '../../initiatives/access-form/form.js';
import type { Access } from '../../initiatives/access.js';
import { MunicipalityPicker } from './MunicipalityPicker.js';
import type { PickerGroup } from '../store/municipality-picker.js';

export interface SurveyFormProps {
  action: string;
  values: SurveyFormValues;
  errors: FormError[];
  byField: Record<string, string>;
  /** The municipalities for the practical facts' place (a flat list). */
  municipalities: { code: string; name: string }[];
  /** The municipality question's picker, by province and care zone. */
  picker: PickerGroup[];
  /** Mail is configured: offer to e-mail the private link (`mailLink`: the box was ticked). */
  canMail?: boolean;
  mailLink?: boolean;
}

function Choices({ name, options, labels, selected, multiple, legend, hint, error, required }: {
  name: string;
  options: readonly string[];
  labels: (o: string) => string;
  selected: readonly string[];
  multiple: boolean;
  legend: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = usePage();
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={ids} className={error ? 'field has-error' : 'field'}>
      <legend>{required ? `${legend} ${t('survey.required')}` : legend}</legend>
      <FieldHint id={name} hint={hint} />
      <FieldError id={name} error={error} />
      <ul className="checks">
        {options.map((o) => (
          <li key={o}>
            <input type={multiple ? 'checkbox' : 'radio'} id={`${name}-${o}`} name={name} value={o} defaultChecked={selected.includes(o)} required={required && !multiple} aria-invalid={error ? true : undefined} />
            <label htmlFor={`${name}-${o}`}>{labels(o)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function SurveyForm({ action, values, errors, byField, municipalities, picker, canMail, mailLink }: SurveyFormProps) {
  const { t, lang } = usePage();
  const a = values.answers;
  const c = values.contact;
  // Required questions say so in their label, seen and heard before anything is sent.
  const req = (label: string) => `${label} ${t('survey.required')}`;
  return (
    <form method="post" action={action} noValidate className="survey-form">
      <CsrfField />
      <ErrorSummary errors={errors} title={t('survey.errors')} autoFocus />
      <p className="hint">{t('survey.requiredIntro')}</p>
      <TextField id="name" name="name" label={req(t('survey.q1'))} hint={t('survey.q1.hint')} value={a.name} error={byField.name} required maxLength={300} />
      <TextField id="url" name="url" type="url" label={t('survey.q2')} hint={t('survey.q2.hint')} value={a.url} error={byField.url} maxLength={2000} />
      <TextField id="description" name="description" label={req(t('survey.q3'))} hint={t('survey.q3.hint')} value={a.description} error={byField.description} multiline rows={5} required maxLength={10000} />
      <TextField id="goal" name="goal" label={t('survey.q4')} value={a.goal} error={byField.goal} multiline rows={3} maxLength={10000} />
      <Choices
        name="location_level"
        legend={t('survey.q5')}
        options={LOCATION_LEVELS}
        labels={(o) => t(`survey.q5.${o}` as MessageKey)}
        selected={a.location_level ? [a.location_level] : []}
        multiple={false}
        error={byField.location_level}
        required
      />
      <TextField id="location_other" name="location_other" label={t('survey.q5.other.label')} value={a.location_other} error={byField.location_other} maxLength={500} />
      {picker.length > 0 && <MunicipalityPicker groups={picker} selected={a.municipalities ?? []} error={byField.municipalities} />}
      <SurveyAccess values={accessFormFrom(a.access as Access | undefined)} byField={byField} municipalities={municipalities} />
      <TextField id="initiator" name="initiator" label={t('survey.q6')} hint={t('survey.q6.hint')} value={a.initiator} error={byField.initiator} maxLength={500} autoComplete="organization" />
      <TextField id="partners" name="partners" label={t('survey.q7')} hint={t('survey.q7.hint')} value={a.partners} error={byField.partners} multiline rows={3} maxLength={2000} />
      <Choices
        name="age_groups"
        legend={t('survey.q8')}
        hint={t('survey.q8.hint')}
        options={SURVEY_AGE_GROUPS}
        labels={(o) => AXES.age_groups.codes.find((x) => x.code === o)!.label[lang]}
        selected={a.age_groups ?? []}
        multiple
        error={byField.age_groups}
        required
      />
      <Choices name="target" legend={t('survey.q9')} hint={t('survey.q9.hint')} options={TARGETS} labels={(o) => t(`survey.q9.${o}` as MessageKey)} selected={a.target ?? []} multiple error={byField.target} required />
      <TextField id="target_other" name="target_other" label={t('survey.q9.other.label')} value={a.target_other} error={byField.target_other} maxLength={500} />
      <Choices name="evaluated" legend={t('survey.q10')} options={EVALUATED} labels={(o) => t(`survey.q10.${o}` as MessageKey)} selected={a.evaluated ? [a.evaluated] : []} multiple={false} error={byField.evaluated} required />
      <TextField id="evaluation" name="evaluation" label={t('survey.q10.how')} value={a.evaluation} error={byField.evaluation} multiline rows={3} maxLength={5000} />
      <fieldset>
        <legend>{t('survey.contact')}</legend>
        <p className="hint">{t('survey.contact.why')}</p>
        <TextField id="contact_name" name="contact_name" label={req(t('survey.contact.name'))} value={c.contact_name} error={byField.contact_name} autoComplete="name" maxLength={200} required />
        <TextField id="contact_email" name="contact_email" type="email" label={req(t('survey.contact.email'))} value={c.contact_email} error={byField.contact_email} autoComplete="email" maxLength={320} required />
        {canMail && (
          <div className="field">
            <p className="single-check">
              <input type="checkbox" id="mail_link" name="mail_link" value="1" defaultChecked={mailLink} aria-describedby="mail_link-hint" />
              <label htmlFor="mail_link">{t('survey.mailLink')}</label>
            </p>
            <p className="hint" id="mail_link-hint">
              {t('survey.mailLink.hint')}
            </p>
          </div>
        )}
        <TextField id="contact_phone" name="contact_phone" label={t('survey.contact.phone')} value={c.contact_phone} error={byField.contact_phone} autoComplete="tel" maxLength={50} />
      </fieldset>
      {/* Spam trap: people never see or fill this; simple bots do. No tracking needed. */}
      <div className="trap" aria-hidden="true">
        <label htmlFor="website">{t('survey.honeypot')}</label>
        <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <section aria-labelledby="published-title" className="published">
        <h2 id="published-title">{t('survey.published.title')}</h2>
        <p>{t('survey.published.body')}</p>
      </section>
      <p className="muted">{t('survey.saveHint')}</p>
      <p className="buttons">
        <button type="submit" name="action" value="submit">
          {t('survey.submit')}
        </button>{' '}
        <button type="submit" name="action" value="save" className="secondary">
          {t('survey.save')}
        </button>
      </p>
    </form>
  );
}
