/**
 * The initiative form: the interchange fields, then the whole matrix as
 * fieldsets (checkboxes where several codes may apply, radio buttons where
 * one must be chosen). Errors are listed at the top, linking to each field,
 * and repeated next to the field itself.
 */
import type { MessageKey } from '../../i18n/index.js';
import { Fragment } from 'react';
import { AXIS_NAMES } from '../../vocabulary/matrix.js';
import { usePage } from '../../web/page-context.js';
import { CsrfField, ErrorSummary, TextField, type FormError } from '../../ui/form-fields.js';
import { MULTILINE, TEXT_FIELDS, type InitiativeFormValues } from '../form-model.js';
import type { FieldProblem } from '../validation.js';
import { fieldId, fieldLabel } from '../desk-ui.js';
import { AxisFieldset, SocialIsolationFieldset } from './matrix-fieldsets.js';
import { AccessFieldsets } from '../../initiatives/access-form/AccessFieldsets.js';
import { missingDescriptionLangs } from '../../initiatives/descriptions.js';

/** Which languages the description is still missing in, said before the three description fields. */
export function DescriptionLanguages({ values }: { values: Pick<InitiativeFormValues, 'description' | 'description_fr' | 'description_en'> }) {
  const { lang, t } = usePage();
  const missing = missingDescriptionLangs({ description: values.description.trim(), description_fr: values.description_fr.trim(), description_en: values.description_en.trim() });
  const langs = new Intl.ListFormat(lang, { type: 'conjunction' }).format(missing.map((l) => t(`coding.descriptions.lang.${l}`)));
  return <p className="hint" id="description-languages">{missing.length ? t('coding.descriptions.missing', { langs }) : t('coding.descriptions.complete')}</p>;
}

/** Fields whose purpose is not obvious get a one-line hint (coding.hint.*). */
const HINTED = new Set(['id', 'url', 'partners', 'areas', 'contact', 'source', 'location', 'description_fr', 'description_en']);
/** The language typed in each description field, for screen readers and spelling checkers. */
const FIELD_LANG: Record<string, string> = { description: 'nl', description_fr: 'fr', description_en: 'en' };

export interface InitiativeFormProps {
  mode: 'new' | 'edit';
  action: string;
  values: InitiativeFormValues;
  problems?: readonly FieldProblem[];
  /** A problem with the whole form (e.g. someone else saved in between). */
  formProblem?: string | undefined;
}

export function InitiativeForm({ mode, action, values, problems = [], formProblem }: InitiativeFormProps) {
  const { lang, t } = usePage();
  const messageFor = (field: string) => {
    const p = problems.find((x) => x.field === field);
    return p ? t(p.key as MessageKey, p.values) : undefined;
  };
  const errors: FormError[] = problems.map((p) => ({ id: fieldId(p.field), label: fieldLabel(p.field, lang, t), message: t(p.key as MessageKey, p.values) }));
  if (formProblem) errors.unshift({ id: 'history-link', label: '', message: formProblem });
  const hint = (f: string) => (HINTED.has(f) ? t(`coding.hint.${f}` as MessageKey) : undefined);

  return (
    <>
      <ErrorSummary errors={errors} title={t('accounts.form.errorsTitle')} />
      <form method="post" action={action} noValidate>
        <CsrfField />
        {/* The first submit button is the one Enter presses: saving, never "add another place". */}
        <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          {t(mode === 'new' ? 'coding.form.create' : 'coding.form.save')}
        </button>
        {mode === 'edit' && <input type="hidden" name="version" value={values.version} />}
        <h2>{t('coding.form.about')}</h2>
        {mode === 'new' && <TextField id={fieldId('id')} name="id" label={fieldLabel('id', lang, t)} hint={hint('id')} value={values.id} error={messageFor('id')} required autoComplete="off" />}
        {TEXT_FIELDS.map((f) => (
          <Fragment key={f}>
          {f === 'description' && <DescriptionLanguages values={values} />}
          <TextField
            id={fieldId(f)}
            name={f}
            label={f === 'description' ? t('coding.field.description_nl') : fieldLabel(f, lang, t)}
            hint={hint(f)}
            value={values[f]}
            error={messageFor(f)}
            multiline={MULTILINE.has(f)}
            rows={f === 'partners' ? 4 : 6}
            type={f === 'url' ? 'url' : 'text'}
            required={f === 'name'}
            lang={FIELD_LANG[f] !== lang ? FIELD_LANG[f] : undefined}
          />
          </Fragment>
        ))}

        <AccessFieldsets
          values={values.access}
          errorFor={messageFor}
          freeLocation={values.access.places.every((p) => !p.name) ? values.location : undefined}
          freeContact={!values.access.referral_email && !values.access.referral_phone ? values.contact : undefined}
        />

        <h2>{t('coding.form.matrix')}</h2>
        <p className="hint">{t('coding.form.matrixLead')}</p>
        {AXIS_NAMES.map((axis) => (
          <Fragment key={axis}>
            <AxisFieldset axis={axis} checked={values.axes[axis]} error={messageFor(axis)} />
            {/* Social isolation is asked right after the dimensions of loneliness, where it belongs in the study. */}
            {axis === 'dimensions' && <SocialIsolationFieldset value={values.social_isolation} error={messageFor('social_isolation')} />}
          </Fragment>
        ))}
        <button type="submit">{t(mode === 'new' ? 'coding.form.create' : 'coding.form.save')}</button>
      </form>
    </>
  );
}

