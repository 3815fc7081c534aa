/**
 * The access facts as form fieldsets (issue 13), without JavaScript: places and schedules are
 * numbered rows with one blank row and an "add another" submit button that shows the form again
 * with one more row (nothing is saved then). Each error sits next to its field. The free-text
 * `location` and `contact` of older records are shown beside the new fields until converted.
 */
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/index.js';
import { CAPACITIES, ENTRIES, LANGUAGES, MODES, REDUCTIONS, WEEKDAYS } from '../access.js';
import { usePage } from '../../web/page-context.js';
import { FieldError, FieldHint, SelectField, TextField, describedBy } from '../../ui/form-fields.js';
import { PLACE_KEYS, type AccessFormValues } from './form.js';
import { fieldId } from './fields.js';

export interface AccessFieldsetsProps {
  values: AccessFormValues;
  /** Error message per form field (place_0_postcode, languages, …). */
  errorFor: (field: string) => string | undefined;
  /** Older free text still to convert into places and a referral contact. */
  freeLocation?: string | undefined;
  freeContact?: string | undefined;
}

type Option = { value: string; label: string };

/** A labelled choice of one access value (with "choose…" first), its hint and error beside it; the survey asks the same way (intake/web/survey-access.tsx). */
export function AccessSelect({ field, name, label, value, options, error, hint }: { field: string; name?: string; label: string; value: string; options: Option[]; error?: string | undefined; hint?: ReactNode }) {
  const { t } = usePage();
  return <SelectField id={fieldId(field)} name={name ?? field} label={label} hint={hint} error={error} value={value} options={[{ value: '', label: t('coding.access.choose') }, ...options]} />;
}

function Checks({ field, legend, options, checked, error, hint }: { field: string; legend: string; options: Option[]; checked: readonly string[]; error?: string | undefined; hint?: ReactNode }) {
  const id = fieldId(field);
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <ul className="checks">
        {options.map((o, i) => {
          const boxId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <li key={o.value}>
              <input type="checkbox" id={boxId} name={field} value={o.value} defaultChecked={checked.includes(o.value)} aria-invalid={error ? true : undefined} />
              <label htmlFor={boxId}>{o.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The submit button that adds a row; not the form's default button (that one comes first in the form). */
export function AddRowButton({ kind, label }: { kind: 'place' | 'schedule'; label: string }) {
  return (
    <button type="submit" name="add" value={kind} className="secondary" formNoValidate>
      {label}
    </button>
  );
}

export function useAccessOptions() {
  const { lang, t } = usePage();
  const yesNo: Option[] = [
    { value: 'yes', label: t('coding.access.yes') },
    { value: 'no', label: t('coding.access.no') },
  ];
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  return {
    yesNo,
    modes: MODES.map((m) => ({ value: m, label: t(`access.mode.${m}`) })),
    languages: LANGUAGES.map((code) => ({ value: code, label: `${languageName.of(code) ?? code} (${code})` })),
    weekdays: WEEKDAYS.map((d, i) => ({ value: d, label: new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))) })),
    repeats: (['weekly', 'every_other_week', 'monthly', 'once'] as const).map((r) => ({ value: r, label: t(`coding.access.repeat.${r}`) })),
    nths: (['1', '2', '3', '4', '-1'] as const).map((n) => ({ value: n, label: t(`coding.access.nth.${n}`) })),
    entries: ENTRIES.map((e) => ({ value: e, label: t(`coding.access.entry.${e}`) })),
    capacities: CAPACITIES.map((c) => ({ value: c, label: t(`coding.access.capacity.${c}`) })),
    reductions: REDUCTIONS.map((r) => ({ value: r, label: t(`access.reduction.${r}`) })),
  };
}

export function PlaceRows({ values, errorFor, limit }: { values: AccessFormValues; errorFor: (f: string) => string | undefined; limit?: number }) {
  const { t } = usePage();
  const o = useAccessOptions();
  const rows = limit ? values.places.slice(0, limit) : values.places;
  return (
    <>
      <input type="hidden" name="place_rows" value={rows.length} />
      {rows.map((row, n) => (
        <fieldset key={n} className="row-group">
          <legend>{t('coding.access.placeN', { n: n + 1 })}</legend>
          {PLACE_KEYS.filter((k) => k !== 'wheelchair' && k !== 'hearing_loop').map((k) => {
            const field = `place_${n}_${k}`;
            return <TextField key={k} id={fieldId(field)} name={field} label={t(`coding.access.place.${k}` as MessageKey)} value={row[k]} error={errorFor(field)} />;
          })}
          <AccessSelect field={`place_${n}_wheelchair`} label={t('coding.access.place.wheelchair')} value={row.wheelchair} options={o.yesNo} error={errorFor(`place_${n}_wheelchair`)} />
          <AccessSelect field={`place_${n}_hearing_loop`} label={t('coding.access.place.hearing_loop')} value={row.hearing_loop} options={o.yesNo} error={errorFor(`place_${n}_hearing_loop`)} />
        </fieldset>
      ))}
    </>
  );
}

export function ScheduleRows({ values, errorFor, limit }: { values: AccessFormValues; errorFor: (f: string) => string | undefined; limit?: number }) {
  const { t } = usePage();
  const o = useAccessOptions();
  const rows = limit ? values.schedules.slice(0, limit) : values.schedules;
  const input = (n: number, k: 'date' | 'start' | 'end' | 'from' | 'until', type: 'date' | 'time') => {
    const field = `schedule_${n}_${k}`;
    const id = fieldId(field);
    const error = errorFor(field);
    return (
      <div className="field">
        <label htmlFor={id}>{t(`coding.access.schedule.${k}`)}</label>
        <FieldError id={id} error={error} />
        <input id={id} name={field} type={type} defaultValue={rows[n]![k]} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, undefined, error)} />
      </div>
    );
  };
  return (
    <>
      <input type="hidden" name="schedule_rows" value={rows.length} />
      {rows.map((row, n) => (
        <fieldset key={n} className="row-group">
          <legend>{t('coding.access.scheduleN', { n: n + 1 })}</legend>
          <AccessSelect field={`schedule_${n}_repeat`} label={t('coding.access.schedule.repeat')} value={row.repeat} options={o.repeats} error={errorFor(`schedule_${n}_repeat`)} />
          <AccessSelect field={`schedule_${n}_weekday`} label={t('coding.access.schedule.weekday')} value={row.weekday} options={o.weekdays} error={errorFor(`schedule_${n}_weekday`)} />
          <AccessSelect field={`schedule_${n}_nth`} label={t('coding.access.schedule.nth')} value={row.nth} options={o.nths} error={errorFor(`schedule_${n}_nth`)} />
          {input(n, 'date', 'date')}
          {input(n, 'start', 'time')}
          {input(n, 'end', 'time')}
          {input(n, 'from', 'date')}
          {input(n, 'until', 'date')}
        </fieldset>
      ))}
    </>
  );
}

/** Every access fact, for the coders' form. */
export function AccessFieldsets({ values, errorFor, freeLocation, freeContact }: AccessFieldsetsProps) {
  const { t } = usePage();
  const o = useAccessOptions();
  const text = (field: string, key: MessageKey, type: 'text' | 'email' = 'text', hint?: string) => (
    <TextField id={fieldId(field)} name={field} label={t(key)} value={(values as unknown as Record<string, string>)[field]} error={errorFor(field)} type={type} hint={hint} />
  );
  const date = (field: 'capacity_set_on' | 'verified_on', hint?: string) => {
    const id = fieldId(field);
    const error = errorFor(field);
    return (
      <div className="field">
        <label htmlFor={id}>{t(`coding.access.${field}`)}</label>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <input id={id} name={field} type="date" defaultValue={values[field]} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} />
      </div>
    );
  };
  return (
    <>
      <h2 id="access">{t('coding.access.title')}</h2>
      <p className="hint">{t('coding.access.lead')}</p>
      <Checks field="modes" legend={t('coding.access.modes')} options={o.modes} checked={values.modes} error={errorFor('modes')} />

      <h3>{t('coding.access.places')}</h3>
      <p className="hint">{t('coding.access.placesHint')}</p>
      {freeLocation && <p className="notice">{t('coding.access.freeText', { text: freeLocation })}</p>}
      <PlaceRows values={values} errorFor={errorFor} />
      <AddRowButton kind="place" label={t('coding.access.addPlace')} />

      <h3>{t('coding.access.schedules')}</h3>
      <p className="hint">{t('coding.access.schedulesHint')}</p>
      <ScheduleRows values={values} errorFor={errorFor} />
      <AddRowButton kind="schedule" label={t('coding.access.addSchedule')} />

      <Checks field="languages" legend={t('coding.access.languages')} options={o.languages} checked={values.languages} error={errorFor('languages')} />

      <fieldset>
        <legend>{t('coding.access.cost')}</legend>
        <AccessSelect field="free" label={t('coding.access.free')} value={values.free} options={o.yesNo} error={errorFor('free')} />
        {text('amount_eur', 'coding.access.amount_eur')}
        <Checks field="reductions" legend={t('coding.access.reductions')} options={o.reductions} checked={values.reductions} error={errorFor('reductions')} />
        {text('cost_note', 'coding.access.cost_note')}
      </fieldset>

      <fieldset>
        <legend>{t('coding.access.who')}</legend>
        {text('age_min', 'coding.access.age_min')}
        {text('age_max', 'coding.access.age_max')}
        {text('target_group', 'coding.access.target_group')}
        <AccessSelect field="entry" label={t('coding.access.entry')} value={values.entry} options={o.entries} error={errorFor('entry')} />
      </fieldset>

      <fieldset>
        <legend>{t('coding.access.support')}</legend>
        <AccessSelect field="transport" label={t('coding.access.transport')} value={values.transport} options={o.yesNo} error={errorFor('transport')} />
        <AccessSelect field="accompaniment" label={t('coding.access.accompaniment')} value={values.accompaniment} options={o.yesNo} error={errorFor('accompaniment')} />
      </fieldset>

      <fieldset aria-describedby="referral-hint">
        <legend>{t('coding.access.referral')}</legend>
        <p className="hint" id="referral-hint">
          {t('coding.access.referralHint')}
        </p>
        {freeContact && <p className="notice">{t('coding.access.freeText', { text: freeContact })}</p>}
        {text('referral_role', 'coding.access.referral_role')}
        {text('referral_email', 'coding.access.referral_email', 'email')}
        {text('referral_phone', 'coding.access.referral_phone')}
      </fieldset>

      <fieldset>
        <legend>{t('coding.access.capacityTitle')}</legend>
        <AccessSelect field="capacity" label={t('coding.access.capacity')} value={values.capacity} options={o.capacities} error={errorFor('capacity')} hint={t('coding.access.capacityHint')} />
        {date('capacity_set_on')}
      </fieldset>

      {date('verified_on', t('coding.access.verifiedHint'))}
    </>
  );
}
