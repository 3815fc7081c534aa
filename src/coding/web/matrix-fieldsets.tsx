/**
 * The matrix as form fieldsets, shared by the coders' initiative form and the review of a survey
 * submission: checkboxes where several codes may apply, radio buttons where one must be chosen,
 * effective elements starred in words as well, and social isolation as yes/no. The review adds a
 * note (why codes were suggested) and marks the suggested codes; the form has neither.
 */
import type { ReactNode } from 'react';
import { AXES, type AxisName } from '../../vocabulary/matrix.js';
import { usePage } from '../../web/page-context.js';
import { FieldError, FieldHint, describedBy } from '../../ui/form-fields.js';
import type { InitiativeFormValues } from '../form-model.js';
import { fieldId } from '../desk-ui.js';

interface Extras {
  error?: string | undefined;
  /** Shown under the hint, e.g. why codes were suggested; `noteId` is its element's id. */
  note?: ReactNode;
  noteId?: string | undefined;
  /** Text after a marked option's label, e.g. "suggested". */
  markLabel?: string;
}

const joinIds = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function Mark({ label }: { label: string | undefined }) {
  return label ? <span className="suggested"> ({label})</span> : null;
}

export function AxisFieldset({ axis, checked, error, note, noteId, marked, markLabel }: Extras & { axis: AxisName; checked: readonly string[]; marked?: ReadonlySet<string> }) {
  const { lang, t } = usePage();
  const def = AXES[axis];
  const id = fieldId(axis);
  const hint = t(def.multi ? (axis === 'elements' ? 'coding.form.pickManyEffective' : 'coding.form.pickMany') : 'coding.form.pickOne');
  return (
    <fieldset aria-describedby={joinIds(describedBy(id, hint, error), noteId)}>
      <legend>{def.label[lang]}</legend>
      <FieldHint id={id} hint={hint} />
      {note}
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
                {marked?.has(c.code) && <Mark label={markLabel} />}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function SocialIsolationFieldset({ value, error, note, noteId, markYes, markLabel }: Extras & { value: InitiativeFormValues['social_isolation']; markYes?: boolean }) {
  const { t } = usePage();
  const id = fieldId('social_isolation');
  const hint = t('coding.hint.social_isolation');
  return (
    <fieldset aria-describedby={joinIds(describedBy(id, hint, error), noteId)}>
      <legend>{t('coding.field.social_isolation')}</legend>
      <FieldHint id={id} hint={hint} />
      {note}
      <FieldError id={id} error={error} />
      <ul className="checks">
        {(['yes', 'no'] as const).map((v, i) => {
          const boxId = i === 0 ? id : `${id}-${v}`;
          return (
            <li key={v}>
              <input type="radio" id={boxId} name="social_isolation" value={v} defaultChecked={value === v} aria-invalid={error ? true : undefined} />
              <label htmlFor={boxId}>
                {t(`coding.${v}`)}
                {v === 'yes' && markYes && <Mark label={markLabel} />}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
