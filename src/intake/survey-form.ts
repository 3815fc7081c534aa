/**
 * From the HTML form to survey answers and back, with plain-language errors
 * per field. A draft ("save and continue later") only has to respect the
 * length limits; sending needs every required answer.
 */
import { z } from 'zod';
import { contactSchema, surveyAnswersSchema, type Contact, type SurveyAnswers } from './survey-schema.js';
import { formList, formString, type FormError } from '../ui/form-fields.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import { accessFormFromBody, accessInputFromForm } from '../initiatives/access-form/form.js';
import { accessProblem } from '../initiatives/access-form/problems.js';
import { fieldId } from '../initiatives/access-form/fields.js';
import { surveyAccessLabel } from './web/survey-access.js';
import { findBadText } from '../edge/bad-text.js';

export interface SurveyFormValues {
  answers: Partial<SurveyAnswers>;
  contact: Partial<Contact>;
}

/** Fields in form order; the id is the HTML id an error links to. */
export const SURVEY_FIELDS: { key: string; id: string; label: string }[] = [
  { key: 'name', id: 'name', label: 'survey.q1' },
  { key: 'url', id: 'url', label: 'survey.q2' },
  { key: 'description', id: 'description', label: 'survey.q3' },
  { key: 'goal', id: 'goal', label: 'survey.q4' },
  { key: 'location_level', id: 'location_level-neighbourhood', label: 'survey.q5' },
  { key: 'location_other', id: 'location_other', label: 'survey.q5.other.label' },
  { key: 'municipalities', id: 'municipalities', label: 'survey.q5.municipalities' },
  { key: 'initiator', id: 'initiator', label: 'survey.q6' },
  { key: 'partners', id: 'partners', label: 'survey.q7' },
  { key: 'age_groups', id: 'age_groups-children', label: 'survey.q8' },
  { key: 'target', id: 'target-everyone', label: 'survey.q9' },
  { key: 'target_other', id: 'target_other', label: 'survey.q9.other.label' },
  { key: 'evaluated', id: 'evaluated-yes', label: 'survey.q10' },
  { key: 'evaluation', id: 'evaluation', label: 'survey.q10.how' },
  { key: 'contact_name', id: 'contact_name', label: 'survey.contact.name' },
  { key: 'contact_email', id: 'contact_email', label: 'survey.contact.email' },
  { key: 'contact_phone', id: 'contact_phone', label: 'survey.contact.phone' },
];

const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0)));

export function valuesFromBody(body: unknown): SurveyFormValues {
  const s = (k: string) => formString(body, k).trim();
  return {
    answers: clean({
      name: s('name'),
      url: s('url'),
      description: s('description'),
      goal: s('goal'),
      location_level: s('location_level'),
      location_other: s('location_other'),
      municipalities: formList(body, 'municipalities'),
      // The practical facts, in the coders' form fields (one place, one session): see SurveyAccess.
      access: accessInputFromForm(accessFormFromBody(body)),
      initiator: s('initiator'),
      partners: s('partners'),
      age_groups: formList(body, 'age_groups'),
      target: formList(body, 'target'),
      target_other: s('target_other'),
      evaluated: s('evaluated'),
      evaluation: s('evaluation'),
    }) as Partial<SurveyAnswers>,
    contact: clean({ contact_name: s('contact_name'), contact_email: s('contact_email'), contact_phone: s('contact_phone') }) as Partial<Contact>,
  };
}

/** The required questions, each with an error that says what to do ("Kies een antwoord."). */
const NEEDED = ['name', 'description', 'location_level', 'age_groups', 'target', 'evaluated', 'contact_name', 'contact_email'] as const;
const isNeeded = (key: PropertyKey | undefined): key is (typeof NEEDED)[number] => (NEEDED as readonly PropertyKey[]).includes(key as PropertyKey);

function messageFor(issue: z.core.$ZodIssue, t: Translate, present: boolean): string {
  const key = issue.path[0];
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'string') return t('survey.error.tooLong', { max: issue.maximum });
  if ((!present || issue.code === 'too_small') && isNeeded(key)) return t(`survey.error.need.${key}`);
  if (!present || issue.code === 'too_small') return t('survey.error.required');
  if (key === 'url') return t('survey.error.url');
  if (key === 'contact_email') return t('survey.error.email');
  if (key === 'municipalities') return t('survey.error.pickMunicipality');
  // A choice the form does not offer (a hand-made post): ask for one that it does.
  if (key === 'location_level' || key === 'evaluated') return t(`survey.error.need.${key}`);
  return t('survey.error.invalid');
}

/** Errors in form order, each with the form field it belongs to (the practical facts come right after Q5). */
function toFormErrors(issues: readonly z.core.$ZodIssue[], values: Record<string, unknown>, t: Translate): (FormError & { key: string })[] {
  const seen = new Set<string>();
  const out: (FormError & { key: string })[] = [];
  for (const f of SURVEY_FIELDS) {
    const issue = issues.find((i) => i.path[0] === f.key);
    if (issue && !seen.has(f.key)) {
      seen.add(f.key);
      out.push({ key: f.key, id: f.id, label: t(f.label as MessageKey).replace(/^\d+\.\s*/, ''), message: messageFor(issue, t, values[f.key] !== undefined) });
    }
    if (f.key !== 'municipalities') continue;
    for (const i of issues.filter((x) => x.path[0] === 'access' && x.path.length > 1)) {
      const p = accessProblem(i, i.path.slice(1), values.access);
      if (seen.has(p.field)) continue;
      seen.add(p.field);
      out.push({ key: p.field, id: fieldId(p.field), label: surveyAccessLabel(p.field, t), message: t(p.key as MessageKey, p.values) });
    }
  }
  return out;
}

/**
 * Form fields holding a character that cannot be stored (NUL, a lone surrogate), each as an error
 * on its own field, or undefined when there is none. Checked before anything is parsed or stored.
 */
export function badTextInForm(body: unknown, t: Translate): Extract<SurveyParse, { ok: false }> | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const out: (FormError & { key: string })[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const bad = findBadText({ [key]: value }, 'body');
    if (!bad) continue;
    const f = SURVEY_FIELDS.find((x) => x.key === key);
    const label = f ? t(f.label as MessageKey).replace(/^\d+\.\s*/, '') : '';
    out.push({ key, id: f?.id ?? key, label, message: t('survey.error.badText') });
  }
  if (!out.length) return undefined;
  return { ok: false, errors: out.map(({ key: _k, ...e }) => e), byField: Object.fromEntries(out.map((e) => [e.key, e.message])) };
}

export type SurveyParse =
  | { ok: true; answers: Partial<SurveyAnswers>; contact: Contact | undefined; errors: [] }
  | { ok: false; errors: FormError[]; byField: Record<string, string> };

/** Validates for sending (`submit`) or for saving a draft; known municipality codes restrict the list. */
export function parseSurvey(values: SurveyFormValues, mode: 'submit' | 'save', t: Translate, knownMunicipalities: ReadonlySet<string>): SurveyParse {
  const all = { ...values.answers, ...values.contact } as Record<string, unknown>;
  const municipalityCheck = z.array(z.string().refine((c) => knownMunicipalities.size === 0 || knownMunicipalities.has(c)));
  const schema =
    mode === 'submit'
      ? surveyAnswersSchema.extend(contactSchema.shape).extend({ municipalities: municipalityCheck.default([]) })
      : surveyAnswersSchema.partial().extend(contactSchema.partial().shape).extend({ municipalities: municipalityCheck.optional() });
  const r = schema.safeParse(all);
  if (!r.success) {
    const located = toFormErrors(r.error.issues, all, t);
    const byField = Object.fromEntries(located.map((e) => [e.key, e.message]));
    return { ok: false, errors: located.map(({ key: _k, ...e }) => e), byField };
  }
  const { contact_name, contact_email, contact_phone, ...answers } = r.data as Record<string, unknown>;
  const contact = contact_name && contact_email ? ({ contact_name, contact_email, ...(contact_phone ? { contact_phone } : {}) } as Contact) : undefined;
  return { ok: true, answers: answers as Partial<SurveyAnswers>, contact, errors: [] };
}
