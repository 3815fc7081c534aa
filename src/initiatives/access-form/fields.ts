/**
 * Ids and labels of the access form's fields, for the error summaries of the coders' form and
 * the survey: "Place 2: Postcode", "Session 1: Ends at", "Languages".
 */
import type { MessageKey, Translate } from '../../i18n/index.js';
import { accessFormMessages } from './messages.js';

const ACCESS_LABELS = accessFormMessages.en;

/** The id of the element a field's error links to (for groups: the first box). */
export const fieldId = (field: string) => `f-${field}`;

/**
 * The label of a field of the access form (form.ts: place_1_postcode, languages, …) or of a fact of
 * the access document in the history (access.places, access.referral_contact, …); undefined for
 * any other field.
 */
export function accessFieldLabel(field: string, t: Translate): string | undefined {
  const row = /^(place|schedule)_(\d+)_(\w+)$/.exec(field);
  if (row) return `${t(`coding.access.${row[1] as 'place' | 'schedule'}N`, { n: Number(row[2]) + 1 })}: ${t(`coding.access.${row[1] as 'place' | 'schedule'}.${row[3]}` as MessageKey)}`;
  if (`coding.access.${field}` in ACCESS_LABELS) return t(`coding.access.${field}` as MessageKey);
  const fact = /^access\.(\w+)$/.exec(field)?.[1];
  if (fact) {
    const key = ({ referral_contact: 'referral', capacity: 'capacityTitle' } as Record<string, string>)[fact] ?? fact;
    return `coding.access.${key}` in ACCESS_LABELS ? t(`coding.access.${key}` as MessageKey) : fact;
  }
  return undefined;
}
