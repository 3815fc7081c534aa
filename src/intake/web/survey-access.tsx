/**
 * The practical facts in the survey (issue 13), asked in the coders' words and form fields: how
 * people take part, one place (with wheelchair access), one recurring session, languages, free or
 * not, and how to join. A compact subset of the access facts; coders complete the rest.
 */
import type { MessageKey, Translate } from '../../i18n/index.js';
import { FieldError, FieldHint, TextField, describedBy } from '../../ui/form-fields.js';
import { usePage } from '../../web/page-context.js';
import type { AccessFormValues } from '../../initiatives/access-form/form.js';
import { AccessSelect, useAccessOptions } from '../../initiatives/access-form/AccessFieldsets.js';
import { accessFieldLabel, fieldId } from '../../initiatives/access-form/fields.js';

/** The label of a practical-facts field, for the error summary ("Place 1: Postcode"). */
export function surveyAccessLabel(field: string, t: Translate): string {
  return accessFieldLabel(field, t) ?? field;
}

type Option = { value: string; label: string };

function Checks({ field, legend, options, checked, error }: { field: string; legend: string; options: Option[]; checked: readonly string[]; error: string | undefined }) {
  const id = fieldId(field);
  return (
    <fieldset aria-describedby={describedBy(id, undefined, error)}>
      <legend>{legend}</legend>
      <FieldError id={id} error={error} />
      <ul className="checks short">
        {options.map((o, i) => (
          <li key={o.value}>
            <input type="checkbox" id={i === 0 ? id : `${id}-${o.value}`} name={field} value={o.value} defaultChecked={checked.includes(o.value)} />
            <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function SurveyAccess({ values, byField, municipalities }: { values: AccessFormValues; byField: Record<string, string>; municipalities: { code: string; name: string }[] }) {
  const { t } = usePage();
  const o = useAccessOptions();
  const place = values.places[0]!;
  const session = values.schedules[0]!;
  const err = (f: string) => byField[f];
  const text = (field: string, key: MessageKey, value: string) => <TextField id={fieldId(field)} name={field} label={t(key)} value={value} error={err(field)} />;
  const time = (field: string, key: MessageKey, value: string) => {
    const id = fieldId(field);
    return (
      <div className="field">
        <label htmlFor={id}>{t(key)}</label>
        <FieldError id={id} error={err(field)} />
        <input id={id} name={field} type="time" defaultValue={value} aria-invalid={err(field) ? true : undefined} aria-describedby={describedBy(id, undefined, err(field))} />
      </div>
    );
  };
  return (
    <fieldset>
      <legend>{t('coding.access.title')}</legend>
      <FieldHint id="survey-access" hint={t('coding.access.lead')} />
      <input type="hidden" name="place_rows" value="1" />
      <input type="hidden" name="schedule_rows" value="1" />
      <Checks field="modes" legend={t('coding.access.modes')} options={o.modes} checked={values.modes} error={err('modes')} />
      <fieldset className="row-group">
        <legend>{t('coding.access.placeN', { n: 1 })}</legend>
        {text('place_0_name', 'coding.access.place.name', place.name)}
        {text('place_0_street', 'coding.access.place.street', place.street)}
        {text('place_0_number', 'coding.access.place.number', place.number)}
        {text('place_0_postcode', 'coding.access.place.postcode', place.postcode)}
        {municipalities.length > 0 ? (
          <AccessSelect field="place_0_municipality" label={t('coding.access.place.municipalityName')} value={place.municipality} options={municipalities.map((m) => ({ value: m.code, label: m.name }))} error={err('place_0_municipality')} />
        ) : (
          text('place_0_municipality', 'coding.access.place.municipality', place.municipality)
        )}
        <AccessSelect field="place_0_wheelchair" label={t('coding.access.place.wheelchair')} value={place.wheelchair} options={o.yesNo} error={err('place_0_wheelchair')} />
      </fieldset>
      <fieldset className="row-group">
        <legend>{t('coding.access.scheduleN', { n: 1 })}</legend>
        <AccessSelect field="schedule_0_repeat" label={t('coding.access.schedule.repeat')} value={session.repeat} options={o.repeats.filter((r) => r.value !== 'once')} error={err('schedule_0_repeat')} />
        <AccessSelect field="schedule_0_weekday" label={t('coding.access.schedule.weekday')} value={session.weekday} options={o.weekdays} error={err('schedule_0_weekday')} />
        <AccessSelect field="schedule_0_nth" label={t('coding.access.schedule.nth')} value={session.nth} options={o.nths} error={err('schedule_0_nth')} />
        {time('schedule_0_start', 'coding.access.schedule.start', session.start)}
        {time('schedule_0_end', 'coding.access.schedule.end', session.end)}
      </fieldset>
      <Checks field="languages" legend={t('coding.access.languages')} options={o.languages} checked={values.languages} error={err('languages')} />
      <AccessSelect field="free" label={t('coding.access.free')} value={values.free} options={o.yesNo} error={err('free')} />
      <AccessSelect field="entry" label={t('coding.access.entry')} value={values.entry} options={o.entries} error={err('entry')} />
    </fieldset>
  );
}
