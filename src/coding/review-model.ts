/**
 * What the review page needs besides the database: the coding form filled in
 * from a coder's saved coding or else from the suggestions, the answers cut
 * into plain and highlighted (trigger) pieces, and the "why" per axis.
 * Pure functions, tested without a server.
 */
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import { foldAccents } from '../search/normalise.js';
import { emptyForm, TEXT_FIELDS, type InitiativeFormValues, type TextFieldName } from './form-model.js';
import { accessFormFrom, accessInputFromForm } from '../initiatives/access-form/form.js';
import type { Access } from '../initiatives/access.js';
import { surveyAnswersSchema, type SurveyAnswers } from '../intake/survey-schema.js';
import { suggestCoding, type Suggestion } from '../intake/suggest/suggest.js';
import type { Hit } from '../intake/suggest/match.js';
import type { Coding } from './agreement.js';

/** The form fields a coder fills in besides the matrix (source comes from the submission). */
export const REVIEW_TEXT_FIELDS = TEXT_FIELDS.filter((f) => f !== 'source');
export type ReviewField = 'id' | Exclude<TextFieldName, 'source'>;

/** One coder's coding of a submission as stored in `codings.coding`: the matrix, plus the fields as typed. */
export interface StoredCoding extends Coding {
  social_isolation?: boolean;
  fields?: Partial<Record<ReviewField, string>>;
  /** The practical facts as the coder left them (issue 13). */
  access?: Record<string, unknown>;
}

/** The study's question number per survey answer, to say where a trigger was found. */
export const QUESTION_OF: Record<string, number> = {
  name: 1, url: 2, description: 3, goal: 4, location_level: 5, location_other: 5, municipalities: 5, initiator: 6,
  partners: 7, age_groups: 8, target: 9, target_other: 9, evaluated: 10, evaluation: 10,
};

/** Free-text answers in which trigger words are highlighted. */
export const TEXT_ANSWERS = ['name', 'description', 'goal', 'initiator', 'target_other', 'evaluation'] as const;

/** A submitted record's answers are complete; a stray incomplete one still gets suggestions from what it has. */
export function completeAnswers(a: Partial<SurveyAnswers>): SurveyAnswers {
  const full = surveyAnswersSchema.safeParse(a);
  if (full.success) return full.data;
  return {
    municipalities: [],
    ...a,
    name: a.name ?? '',
    description: a.description ?? '',
    location_level: a.location_level ?? 'unknown',
    age_groups: a.age_groups ?? [],
    target: a.target?.length ? a.target : ['unknown'],
    evaluated: a.evaluated ?? 'unknown',
  } as SurveyAnswers;
}

export function suggestionsFor(a: Partial<SurveyAnswers>): Suggestion[] {
  return suggestCoding(completeAnswers(a));
}

/** A readable, valid initiative code from the name ("Praatcafé De Zon" → "praatcafe-de-zon"). */
export function idFromName(name: string | undefined): string {
  const slug = foldAccents(name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'initiative';
}

/** Partners as the respondent wrote them ("OCMW, CAW; bib") → one per line. */
export function splitPartners(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n|[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The form's text fields filled in from the answers (Q1-Q7). The contact person is never copied: it is not public. */
export function fieldsFromAnswers(a: Partial<SurveyAnswers>, id: string): Record<ReviewField, string> {
  return {
    id,
    name: a.name ?? '',
    url: a.url ?? '',
    description: a.description ?? '',
    // The survey asks one description; a coder may add the translations while reviewing.
    description_fr: '',
    description_en: '',
    goal: a.goal ?? '',
    location: a.location_other ?? '',
    organisation: a.initiator ?? '',
    partners: splitPartners(a.partners).join('\n'),
    areas: (a.municipalities ?? []).join(', '),
    contact: '',
  };
}

/** Suggested codes per axis, in the vocabulary's order. */
export function suggestedCodes(suggestions: readonly Suggestion[]): Record<AxisName | 'social_isolation', string[]> {
  const out = Object.fromEntries([...AXIS_NAMES, 'social_isolation'].map((a) => [a, [] as string[]])) as Record<AxisName | 'social_isolation', string[]>;
  for (const s of suggestions) if (!out[s.axis].includes(s.code)) out[s.axis].push(s.code);
  for (const a of AXIS_NAMES) {
    const order = AXES[a].codes.map((c) => c.code);
    out[a].sort((x, y) => order.indexOf(x) - order.indexOf(y));
  }
  return out;
}

/** The form as the suggestions fill it in: multi-valued axes get every suggested code, single-valued ones the suggested code or the usual default. */
export function formFromSuggestions(fields: Record<ReviewField, string>, suggestions: readonly Suggestion[], source: string, answered?: Access): InitiativeFormValues {
  // The practical facts the respondent gave pre-fill the coders' access fields (same fields, same words).
  const form = { ...emptyForm(), ...fields, source, access: accessFormFrom(answered) };
  const codes = suggestedCodes(suggestions);
  for (const a of AXIS_NAMES) {
    if (codes[a].length === 0) continue;
    form.axes[a] = AXES[a].multi ? [...codes[a]] : [codes[a][0]!];
  }
  // No suggestion about social isolation does not mean "no": the coder decides.
  form.social_isolation = codes.social_isolation.includes('true') ? 'yes' : '';
  return form;
}

export function formFromCoding(c: StoredCoding, fallback: Record<ReviewField, string>, source: string, answered?: Access): InitiativeFormValues {
  const form = { ...emptyForm(), ...fallback, ...(c.fields ?? {}), source, access: accessFormFrom((c.access as Access | undefined) ?? answered) };
  for (const a of AXIS_NAMES) {
    const v = c[a];
    form.axes[a] = v === undefined || v === '' ? [] : typeof v === 'string' ? [v] : [...v];
  }
  form.social_isolation = c.social_isolation === undefined ? '' : c.social_isolation ? 'yes' : 'no';
  return form;
}

/** What is stored for a coder: the matrix (single axes as one code, multi as a list) and the typed fields. */
export function codingFromForm(form: InitiativeFormValues): StoredCoding {
  const coding: StoredCoding = {};
  for (const a of AXIS_NAMES) {
    const valid = new Set(AXES[a].codes.map((c) => c.code));
    const codes = form.axes[a].filter((c) => valid.has(c));
    if (AXES[a].multi) coding[a] = codes;
    else if (codes[0]) coding[a] = codes[0];
  }
  if (form.social_isolation) coding.social_isolation = form.social_isolation === 'yes';
  const fields: Partial<Record<ReviewField, string>> = { id: form.id };
  for (const f of REVIEW_TEXT_FIELDS) fields[f] = form[f];
  coding.fields = fields;
  const access = accessInputFromForm(form.access);
  if (access) coding.access = access;
  return coding;
}

/** Codes in the form that are not in the vocabulary (only a tampered form sends them). */
export function unknownCodes(form: InitiativeFormValues): string[] {
  return AXIS_NAMES.flatMap((a) => form.axes[a].filter((c) => !AXES[a].codes.some((x) => x.code === c)).map((c) => `${a}=${c}`));
}

/** A piece of an answer: plain text, or words that triggered a suggestion. */
export interface Piece {
  text: string;
  mark: boolean;
}

/** Cuts an answer into plain and highlighted pieces; overlapping or touching hits become one highlight. */
export function highlight(text: string, hits: readonly Hit[]): Piece[] {
  const ranges = hits
    .filter((h) => h.start >= 0 && h.end <= text.length && h.end > h.start)
    .map((h) => [h.start, h.end] as [number, number])
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const out: Piece[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** Every trigger found in one answer, over all suggestions. */
export function hitsIn(field: string, suggestions: readonly Suggestion[]): Hit[] {
  if (!(TEXT_ANSWERS as readonly string[]).includes(field)) return [];
  return suggestions.flatMap((s) => s.triggers).filter((h) => h.field === field);
}

/** A suggestion's reasons without repeats: the same word in the same answer counts once. */
export function distinctTriggers(s: Suggestion): Hit[] {
  const seen = new Set<string>();
  return s.triggers.filter((h) => {
    const key = `${h.field}\u0000${h.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
