/**
 * The HTML forms of the screening and the self-check, read into a
 * ScreeningInput. Answer fields are named "a.INSTRUMENT.ITEM"; an instrument
 * is used when at least one of its items is answered. Every value is checked
 * against its list: a wrong one is a 400 naming the field.
 */
import { z } from 'zod';
import { INSTRUMENTS, INSTRUMENT_IDS, isInstrumentId, type InstrumentId } from '../instruments.js';
import { parseScoreRequest } from '../request.js';
import { DURATIONS, LIFE_EVENTS, MA_QUESTIONS } from '../profile.js';
import type { ScreeningInput } from '../evaluate.js';
import { ValidationError, type FieldError } from '../../platform/problem.js';
import { codesOf } from '../../vocabulary/matrix.js';

/** Age groups a person can be in (the matrix's codes, without "all ages" and "unknown"). */
export const PERSON_AGE_GROUPS = codesOf('age_groups').filter((c) => c !== 'all_ages' && c !== 'unknown');
export const PERSON_RISK_FACTORS = codesOf('risk_factors').filter((c) => c !== 'none_specific' && c !== 'other');

const list = (v: unknown): string[] => (v === undefined || v === '' ? [] : (Array.isArray(v) ? v : [v]).map(String).filter((s) => s !== ''));
const one = (v: unknown): string | undefined => list(v)[0];

/** Which instruments a GET ?instruments=a,b asks for (unknown ones dropped). */
export function chosenInstruments(v: unknown, fallback: readonly InstrumentId[]): InstrumentId[] {
  const ids = list(v).flatMap((s) => s.split(',')).filter(isInstrumentId);
  const unique = INSTRUMENT_IDS.filter((id) => ids.includes(id));
  return unique.length ? unique : [...fallback];
}

function enumField<T extends string>(errors: FieldError[], field: string, value: unknown, allowed: readonly T[]): T | undefined {
  const v = one(value);
  if (v === undefined) return undefined;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  errors.push({ field, message: `one of ${allowed.join(', ')}` });
  return undefined;
}

function enumList<T extends string>(errors: FieldError[], field: string, value: unknown, allowed: readonly T[]): T[] {
  const out: T[] = [];
  for (const v of list(value)) {
    if ((allowed as readonly string[]).includes(v)) out.push(v as T);
    else errors.push({ field, message: `one of ${allowed.join(', ')}` });
  }
  return [...new Set(out)];
}

const bodySchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** Reads a posted screening or self-check form; throws a ValidationError naming each wrong field. */
export function readScreeningForm(raw: unknown): ScreeningInput {
  const parsed = bodySchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ValidationError([{ field: '(form)', message: 'a form with text fields' }]);
  const body = parsed.data;
  const errors: FieldError[] = [];
  const answers: ScreeningInput['answers'] = {};
  for (const id of INSTRUMENT_IDS) {
    const ins = INSTRUMENTS[id];
    const given: Record<string, string | number> = {};
    for (const item of ins.items) {
      const v = one(body[`a.${id}.${item.id}`]);
      if (v === undefined) continue;
      given[item.id] = ins.answerType === 'integer' && /^\d{1,2}$/.test(v) ? Number(v) : v;
    }
    if (!Object.keys(given).length) continue;
    const r = parseScoreRequest({ instrument: id, answers: given });
    if (!r.ok) errors.push(...r.errors.map((e) => ({ ...e, field: e.field.replace(/^answers\./, `a.${id}.`) })));
    else answers[id] = r.request.answers;
  }
  const threshold = enumField(errors, 'djg_threshold', body.djg_threshold, ['2', '3'] as const);
  const municipality = one(body.municipality);
  if (municipality !== undefined && !/^\d{5}$/.test(municipality)) errors.push({ field: 'municipality', message: 'a NIS code (5 digits)' });
  const existential = enumField(errors, 'existential', body.existential, ['yes', 'no'] as const);
  const input: ScreeningInput = {
    answers,
    options: threshold ? { subscale_threshold: Number(threshold) as 2 | 3 } : {},
    duration: enumField(errors, 'duration', body.duration, DURATIONS),
    lifeEvents: enumList(errors, 'life_events', body.life_events, LIFE_EVENTS),
    machielse: {
      nature: enumField(errors, 'ma_nature', body.ma_nature, MA_QUESTIONS.nature),
      contacts: enumField(errors, 'ma_contacts', body.ma_contacts, MA_QUESTIONS.contacts),
      strategy: enumField(errors, 'ma_strategy', body.ma_strategy, MA_QUESTIONS.strategy),
    },
    riskFactors: enumList(errors, 'risk_factors', body.risk_factors, PERSON_RISK_FACTORS),
    existential: existential === undefined ? undefined : existential === 'yes',
    ageGroup: enumField(errors, 'age_group', body.age_group, PERSON_AGE_GROUPS),
    municipality: errors.some((e) => e.field === 'municipality') ? undefined : municipality,
  };
  if (errors.length) throw new ValidationError(errors);
  return input;
}
