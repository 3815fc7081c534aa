/**
 * The instruments as FHIR R4 Questionnaires, and a QuestionnaireResponse
 * turned back into a scoring request, so a patient-record system can render
 * the questions and send the answers. Pure: the public base URL comes in.
 */
import { z } from 'zod';
import { INSTRUMENTS, INSTRUMENT_IDS, isInstrumentId, type InstrumentId } from './instruments.js';
import { answerWeight } from './scoring.js';
import type { FieldError } from '../platform/problem.js';
import { LANGS } from '../vocabulary/matrix.js';

export const ITEM_WEIGHT_URL = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const TRANSLATION_URL = 'http://hl7.org/fhir/StructureDefinition/translation';

export const questionnaireUrl = (base: string, id: InstrumentId): string => `${base.replace(/\/+$/, '')}/fhir/Questionnaire/${id}`;
export const answerSystem = (base: string, id: InstrumentId): string => `${questionnaireUrl(base, id)}#answers`;

/** FHIR's translation extension: the Dutch and French wording beside the English text. */
function translations(text: Record<string, string>) {
  return {
    extension: LANGS.filter((l) => l !== 'en').map((l) => ({
      url: TRANSLATION_URL,
      extension: [
        { url: 'lang', valueCode: l },
        { url: 'content', valueString: text[l] },
      ],
    })),
  };
}

export function questionnaire(id: InstrumentId, base: string) {
  const ins = INSTRUMENTS[id];
  return {
    resourceType: 'Questionnaire',
    id,
    url: questionnaireUrl(base, id),
    name: id.toUpperCase().replace(/[^A-Z0-9]/g, '_'),
    title: ins.name.en,
    _title: translations(ins.name),
    status: 'active',
    language: 'en',
    description: `${ins.scoringRule.en} Source: ${ins.citation} A conversation aid and a signal, never a diagnosis or a reason to refuse help.`,
    ...(ins.loinc ? { code: [{ system: 'http://loinc.org', code: ins.loinc.code, display: ins.loinc.display }] } : {}),
    item: ins.items.map((item) => ({
      linkId: item.id,
      text: item.text.en,
      _text: translations(item.text),
      type: ins.answerType === 'integer' ? 'integer' : 'choice',
      required: false,
      answerOption: item.options.map((o) => {
        const weight = answerWeight(id, item, o.code);
        const ext = weight === null ? {} : { extension: [{ url: ITEM_WEIGHT_URL, valueDecimal: weight }] };
        return typeof o.code === 'number'
          ? { ...ext, valueInteger: o.code }
          : { ...ext, valueCoding: { system: answerSystem(base, id), code: o.code, display: o.label.en } };
      }),
    })),
  };
}

const qrAnswer = z.object({
  valueCoding: z.object({ code: z.string().max(100) }).loose().optional(),
  valueInteger: z.number().optional(),
}).loose();

export const questionnaireResponseSchema = z
  .object({
    resourceType: z.literal('QuestionnaireResponse'),
    questionnaire: z.string().max(2000).describe('Canonical URL ending in /Questionnaire/{instrument id}, optionally |version'),
    status: z.string().max(40).optional(),
    item: z.array(z.object({ linkId: z.string().max(100), answer: z.array(qrAnswer).max(1).optional() }).loose()).max(100).optional(),
  })
  .loose()
  .describe('A FHIR R4 QuestionnaireResponse for one of the Questionnaires at /fhir/Questionnaire/{id}');

export type QuestionnaireResponse = z.output<typeof questionnaireResponseSchema>;

/** The instrument a canonical questionnaire reference points to, or null. */
export function instrumentOfCanonical(canonical: string): InstrumentId | null {
  const id = /\/Questionnaire\/([^/|]+)(\|.*)?$/.exec(canonical)?.[1] ?? canonical.split('|')[0];
  return isInstrumentId(id) ? id : null;
}

/**
 * A QuestionnaireResponse as a scoring request body (the contract's JSON),
 * or located errors. Item answers are not checked here: the request schema
 * checks them, so both entries give the same errors.
 */
export function requestFromResponse(qr: QuestionnaireResponse): { ok: true; body: { instrument: InstrumentId; answers: Record<string, string | number | null> } } | { ok: false; errors: FieldError[] } {
  const instrument = instrumentOfCanonical(qr.questionnaire);
  if (!instrument) return { ok: false, errors: [{ field: 'questionnaire', message: `not a Verbind screening Questionnaire; the id must be one of ${INSTRUMENT_IDS.join(', ')}` }] };
  const answers: Record<string, string | number | null> = {};
  const errors: FieldError[] = [];
  (qr.item ?? []).forEach((item, n) => {
    if (item.linkId in answers) errors.push({ field: `item.${n}.linkId`, message: 'this linkId occurs twice' });
    const a = item.answer?.[0];
    answers[item.linkId] = a === undefined ? null : a.valueInteger !== undefined ? a.valueInteger : (a.valueCoding?.code ?? null);
  });
  return errors.length ? { ok: false, errors } : { ok: true, body: { instrument, answers } };
}
