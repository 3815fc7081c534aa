/**
 * The initiative form: the interchange fields, then the whole matrix as
 * fieldsets (checkboxes where several codes may apply, radio buttons where
 * one must be chosen). Errors are listed at the top, linking to each field,
 * and repeated next to the field itself.
 */
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import { usePage } from '../web/page-context.js';
import { CsrfField, ErrorSummary, FieldError, FieldHint, TextField, describedBy, type FormError } from '../accounts/form-ui.js';
import { MULTILINE, TEXT_FIELDS, type InitiativeFormValues } from './form-model.js';
import type { FieldProblem } from './validation.js';
import { fieldId, fieldLabel } from './desk-ui.js';

/** Fields whose purpose is not obvious get a one-line hint (coding.hint.*). */
const HINTED = new Set(['id', 'url', 'partners', 'areas', 'contact', 'source', 'location']);

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
    return p ? t(p.key, p.values) : undefined;
  };
  const errors: FormError[] = problems.map((p) => ({ id: fieldId(p.field), label: fieldLabel(p.field, lang, t), message: t(p.key, p.values) }));
  if (formProblem) errors.unshift({ id: 'history-link', label: '', message: formProblem });
  const hint = (f: string) => (HINTED.has(f) ? t(`coding.hint.${f}`) : undefined);

  return (
    <>
      <ErrorSummary errors={errors} title={t('accounts.form.errorsTitle')} />
      <form method="post" action={action} noValidate>
        <CsrfField />
        {mode === 'edit' && <input type="hidden" name="version" value={values.version} />}
        <h2>{t('coding.form.about')}</h2>
        {mode === 'new' && <TextField id={fieldId('id')} name="id" label={fieldLabel('id', lang, t)} hint={hint('id')} value={values.id} error={messageFor('id')} required autoComplete="off" />}
        {TEXT_FIELDS.map((f) => (
          <TextField
            key={f}
            id={fieldId(f)}
            name={f}
            label={fieldLabel(f, lang, t)}
            hint={hint(f)}
            value={values[f]}
            error={messageFor(f)}
            multiline={MULTILINE.has(f)}
            rows={f === 'partners' ? 4 : 6}
            type={f === 'url' ? 'url' : 'text'}
            required={f === 'name'}
          />
        ))}

        <h2>{t('coding.form.matrix')}</h2>
        <p className="hint">{t('coding.form.matrixLead')}</p>
        {AXIS_NAMES.map((axis) => (
          <AxisFieldset key={axis} axis={axis} checked={values.axes[axis]} error={messageFor(axis)} afterDimensions={axis === 'dimensions'} socialIsolation={values.social_isolation} socialIsolationError={messageFor('social_isolation')} />
        ))}
        <button type="submit">{t(mode === 'new' ? 'coding.form.create' : 'coding.form.save')}</button>
      </form>
    </>
  );
}

interface AxisFieldsetProps {
  axis: AxisName;
  checked: readonly string[];
  error?: string | undefined;
  /** Social isolation is asked right after the dimensions of loneliness, where it belongs in the study. */
  afterDimensions: boolean;
  socialIsolation: InitiativeFormValues['social_isolation'];
  socialIsolationError?: string | undefined;
}

function AxisFieldset({ axis, checked, error, afterDimensions, socialIsolation, socialIsolationError }: AxisFieldsetProps) {
  const { lang, t } = usePage();
  const def = AXES[axis];
  const id = fieldId(axis);
  const hint = t(def.multi ? (axis === 'elements' ? 'coding.form.pickManyEffective' : 'coding.form.pickMany') : 'coding.form.pickOne');
  return (
    <>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend>{def.label[lang]}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <ul className="checks">
          {def.codes.map((c, i) => {
            const boxId = i === 0 ? id : `${id}-${c.code}`;
            return (
              <li key={c.code}>
                <input type={def.multi ? 'checkbox' : 'radio'} id={boxId} name={axis} value={c.code} defaultChecked={checked.includes(c.code)} aria-invalid={error ? true : undefined} />
                <label htmlFor={boxId}>
                  {c.label[lang]}
                  {c.effective && (
                    <>
                      {' '}
                      <span className="star" aria-hidden="true">
                        *
                      </span>
                      <span className="visually-hidden"> ({t('coding.form.effective')})</span>
                    </>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {afterDimensions && <SocialIsolationFieldset value={socialIsolation} error={socialIsolationError} />}
    </>
  );
}

function SocialIsolationFieldset({ value, error }: { value: InitiativeFormValues['social_isolation']; error?: string | undefined }) {
  const { t } = usePage();
  const id = fieldId('social_isolation');
  const hint = t('coding.hint.social_isolation');
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)}>
      <legend>{t('coding.field.social_isolation')}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <ul className="checks">
        {(['yes', 'no'] as const).map((v, i) => {
          const boxId = i === 0 ? id : `${id}-${v}`;
          return (
            <li key={v}>
              <input type="radio" id={boxId} name="social_isolation" value={v} defaultChecked={value === v} aria-invalid={error ? true : undefined} />
              <label htmlFor={boxId}>{t(`coding.${v}`)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
