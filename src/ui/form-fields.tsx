/**
 * Accessible form pieces shared by the account, coding, screening, monitor and landscape pages: an
 * error summary linking to each field, and labelled fields (text, select) whose hint and error
 * are announced with them (aria-describedby), following the GOV.UK pattern
 * that works well for people with little digital experience.
 */
import type { Translate } from '../i18n/index.js';
import type { ReactNode } from 'react';
import { usePage } from '../web/page-context.js';

export interface FormError {
  /** The id of the element to jump to (an input, or the first box of a group). */
  id: string;
  /** Field label, as shown in the summary ("Name: ..."); empty for a message about the whole form. */
  label: string;
  message: string;
}

/** `autoFocus`: focus lands on the summary when the page loads (no script needed), as on the public survey. */
export function ErrorSummary({ errors, title, autoFocus }: { errors: readonly FormError[]; title: string; autoFocus?: boolean }) {
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} id="error-summary" autoFocus={autoFocus}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.id}-${i}`}>
            <a href={`#${e.id}`}>
              {e.label ? `${e.label}: ` : ''}
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Page title for a form sent back with errors: "Fout: ...", so screen reader users hear it first (GOV.UK practice). */
export function titleWithErrors(t: Translate, title: string, hasErrors: boolean): string {
  return hasErrors ? `${t('accounts.form.errorPrefix')} ${title}` : title;
}

/** ids for aria-describedby: the hint and the error, when present. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldHint({ id, hint }: { id: string; hint?: ReactNode | undefined }) {
  return hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  const { t } = usePage();
  return error ? (
    <p className="error-text" id={`${id}-error`}>
      <span className="visually-hidden">{t('accounts.form.errorPrefix')} </span>
      {error}
    </p>
  ) : null;
}

export interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  value?: string | undefined;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'url';
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  readOnly?: boolean;
  /** Language of what is typed, when it is not the page's (a French description on a Dutch page). */
  lang?: string | undefined;
}

export function TextField(p: TextFieldProps) {
  const common = {
    id: p.id,
    name: p.name,
    'aria-describedby': describedBy(p.id, p.hint, p.error),
    'aria-invalid': p.error ? true : undefined,
    required: p.required,
    maxLength: p.maxLength,
    readOnly: p.readOnly,
    lang: p.lang,
  };
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      <FieldHint id={p.id} hint={p.hint} />
      <FieldError id={p.id} error={p.error} />
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 5} defaultValue={p.value ?? ''} />
      ) : (
        <input {...common} type={p.type ?? 'text'} autoComplete={p.autoComplete} defaultValue={p.value ?? ''} />
      )}
    </div>
  );
}

/** One choice in a select; `lang` when its text is not in the page's language (a source named in Dutch on a French page). */
export interface SelectOption {
  value: string;
  label: ReactNode;
  lang?: string | undefined;
}

/** Choices shown under a heading of their own (`<optgroup>`). */
export interface SelectGroup {
  group: string;
  options: readonly SelectOption[];
}

export type SelectItem = SelectOption | SelectGroup;

export interface SelectProps {
  id: string;
  name: string;
  options: readonly SelectItem[];
  /** The chosen value (several with `multiple`); an empty string picks the option whose value is "". */
  value?: string | readonly string[] | undefined;
  /** Given, the select is described by the hint (`{id}-hint`) and the error (`{id}-error`) written beside it. */
  hint?: unknown;
  error?: string | undefined;
  multiple?: boolean;
  size?: number;
}

/**
 * The `<select>` alone, for a label that stands elsewhere (a table's row header, a visually hidden
 * label in a row of buttons). A plain form control: the choice is sent with the form, no script.
 */
export function Select({ id, name, options, value, hint, error, multiple, size }: SelectProps) {
  return (
    <select id={id} name={name} multiple={multiple} size={size} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} defaultValue={value as string | string[] | undefined}>
      {options.map((o, i) =>
        'group' in o ? (
          <optgroup key={`${o.group}-${i}`} label={o.group}>
            {o.options.map((x) => (
              <SelectOptionTag key={x.value} option={x} />
            ))}
          </optgroup>
        ) : (
          <SelectOptionTag key={`${o.value}-${i}`} option={o} />
        ),
      )}
    </select>
  );
}

function SelectOptionTag({ option }: { option: SelectOption }) {
  return (
    <option value={option.value} lang={option.lang}>
      {option.label}
    </option>
  );
}

export interface SelectFieldProps extends SelectProps {
  label: ReactNode;
  hint?: ReactNode | undefined;
  /** The field's box: `field` unless a page lays it out otherwise (`field near-field`). */
  className?: string;
}

/**
 * A labelled select with its hint and error, announced with it (aria-describedby, aria-invalid),
 * like TextField; an ErrorSummary entry links to it by `id`.
 */
export function SelectField({ label, className = 'field', ...select }: SelectFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={select.id}>{label}</label>
      <FieldHint id={select.id} hint={select.hint} />
      <FieldError id={select.id} error={select.error} />
      <Select {...select} />
    </div>
  );
}

export function CsrfField() {
  const { csrfToken } = usePage();
  return csrfToken ? <input type="hidden" name="_csrf" value={csrfToken} /> : null;
}

/** A polite confirmation after a POST-redirect-GET ("Saved."). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

/** The first value of a form field (forms may repeat a name), as a string. */
export function formString(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | null | undefined)?.[key];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
}

/** Every value of a repeated form field (checkboxes). */
export function formList(body: unknown, key: string): string[] {
  const v = (body as Record<string, unknown> | null | undefined)?.[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
}
