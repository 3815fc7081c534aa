/**
 * The initiative form as people fill it in (plain strings: partners one per
 * line, areas separated by commas, ticked codes) and its conversion to the
 * interchange object that initiativeInputSchema validates.
 */
import { AXIS_NAMES, AXES, type AxisName } from '../vocabulary/matrix.js';
import type { StoredInitiative } from '../initiatives/record.js';
import { formList, formString } from '../ui/form-fields.js';
import { accessFormFrom, accessFormFromBody, accessInputFromForm, emptyAccessForm, type AccessFormValues } from '../initiatives/access-form/form.js';

export const TEXT_FIELDS = ['name', 'url', 'description', 'description_fr', 'description_en', 'goal', 'location', 'organisation', 'partners', 'areas', 'contact', 'source'] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];
/** Long free text gets a text area. */
export const MULTILINE: ReadonlySet<string> = new Set(['description', 'description_fr', 'description_en', 'goal', 'partners']);

/** Every field in the order of the form, so errors are listed top to bottom. */
export const FIELD_ORDER = ['id', ...TEXT_FIELDS, 'access', 'elements', 'prevention', 'dimensions', 'social_isolation', 'age_groups', 'course', 'risk_factors', 'approach', 'evidence', 'primary_actor', 'geographic_level'] as const;
export type FieldName = (typeof FIELD_ORDER)[number];

export interface InitiativeFormValues extends Record<TextFieldName, string> {
  id: string;
  axes: Record<AxisName, string[]>;
  social_isolation: '' | 'yes' | 'no';
  /** The access facts (issue 13), as the form fills them in. */
  access: AccessFormValues;
  /** updated_at of the version the form was opened on, to notice concurrent edits. */
  version: string;
}

/** Sensible starting values: single-choice axes with a neutral default are preselected. */
export function emptyForm(): InitiativeFormValues {
  const axes = Object.fromEntries(AXIS_NAMES.map((a) => [a, [] as string[]])) as Record<AxisName, string[]>;
  axes.course = ['unknown'];
  axes.approach = ['organised'];
  axes.evidence = ['unknown'];
  return { id: '', name: '', url: '', description: '', description_fr: '', description_en: '', goal: '', location: '', organisation: '', partners: '', areas: '', contact: '', source: '', axes, social_isolation: '', access: emptyAccessForm(), version: '' };
}

export function formFromInitiative(i: StoredInitiative): InitiativeFormValues {
  const axes = Object.fromEntries(
    AXIS_NAMES.map((a) => {
      const v = i[a] as string | string[];
      return [a, Array.isArray(v) ? [...v] : [v]];
    }),
  ) as Record<AxisName, string[]>;
  return {
    id: i.id,
    name: i.name,
    url: i.url ?? '',
    description: i.description ?? '',
    description_fr: i.description_fr ?? '',
    description_en: i.description_en ?? '',
    goal: i.goal ?? '',
    location: i.location ?? '',
    organisation: i.organisation ?? '',
    partners: i.partners.join('\n'),
    areas: i.areas.join(', '),
    contact: i.contact ?? '',
    source: i.source ?? '',
    axes,
    social_isolation: i.social_isolation ? 'yes' : 'no',
    access: accessFormFrom(i.access),
    version: i.updated_at,
  };
}

export function formFromBody(body: unknown): InitiativeFormValues {
  const form = emptyForm();
  form.id = formString(body, 'id').trim();
  for (const f of TEXT_FIELDS) form[f] = formString(body, f);
  for (const a of AXIS_NAMES) form.axes[a] = [...new Set(formList(body, a))];
  const si = formString(body, 'social_isolation');
  form.social_isolation = si === 'yes' || si === 'no' ? si : '';
  form.access = accessFormFromBody(body);
  form.version = formString(body, 'version');
  return form;
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** "www.example.be" is what people type; the schema wants a full web address. */
function completeUrl(s: string): string | undefined {
  const v = s.trim();
  if (!v) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v) && /^[^\s/]+\.[^\s]+$/.test(v)) return `https://${v}`;
  return v;
}

/** The object handed to initiativeInputSchema. */
export function inputFromForm(form: InitiativeFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    id: form.id,
    name: form.name,
    url: completeUrl(form.url),
    description: blankToUndefined(form.description),
    description_fr: blankToUndefined(form.description_fr),
    description_en: blankToUndefined(form.description_en),
    goal: blankToUndefined(form.goal),
    location: blankToUndefined(form.location),
    organisation: blankToUndefined(form.organisation),
    partners: form.partners.split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
    areas: form.areas.split(/[\s,;]+/).map((s) => s.trim()).map((s) => (/^[a-z]{2,10}\d/i.test(s) ? s.toLowerCase() : s.toUpperCase())).filter(Boolean),
    contact: blankToUndefined(form.contact),
    source: blankToUndefined(form.source),
    social_isolation: form.social_isolation === '' ? undefined : form.social_isolation === 'yes',
    access: accessInputFromForm(form.access),
  };
  for (const a of AXIS_NAMES) input[a] = AXES[a].multi ? form.axes[a] : form.axes[a][0];
  return input;
}
