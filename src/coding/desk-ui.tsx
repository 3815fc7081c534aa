/** Small pieces shared by the coding desk pages. */
import { StatusBadge as WorkflowStatusBadge } from '../ui/Badge.js';
import type { InitiativeStatus } from '../db/schema.js';
import type { Lang, MessageKey, Translate } from '../i18n/index.js';
import { usePage } from '../web/page-context.js';
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import { accessFormMessages } from './access-messages.js';

const ACCESS_LABELS = accessFormMessages.en;

/** Status in words (never colour alone). */
export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = usePage();
  return <WorkflowStatusBadge status={status}>{t(`coding.status.${status}`)}</WorkflowStatusBadge>;
}

/** Date and time as people in Belgium read them, in Belgian time (src/platform/format.ts). */
export { formatWhen } from '../platform/format.js';

export const isAxis = (f: string): f is AxisName => (AXIS_NAMES as readonly string[]).includes(f);

/** The label of any initiative field: matrix axes from the vocabulary, the rest from coding.field.*. */
export function fieldLabel(field: string, lang: Lang, t: Translate): string {
  if (isAxis(field)) return AXES[field].label[lang];
  // The access part of the form (access-form.ts): "Place 2: Postcode", "Session 1: Ends at", "Languages".
  const row = /^(place|schedule)_(\d+)_(\w+)$/.exec(field);
  if (row) return `${t(`coding.access.${row[1] as 'place' | 'schedule'}N`, { n: Number(row[2]) + 1 })}: ${t(`coding.access.${row[1] as 'place' | 'schedule'}.${row[3]}` as MessageKey)}`;
  if (`coding.access.${field}` in ACCESS_LABELS) return t(`coding.access.${field}` as MessageKey);
  // A fact of the access document in the history (access.places, access.referral_contact, …).
  const fact = /^access\.(\w+)$/.exec(field)?.[1];
  if (fact) {
    const key = ({ referral_contact: 'referral', capacity: 'capacityTitle' } as Record<string, string>)[fact] ?? fact;
    return `coding.access.${key}` in ACCESS_LABELS ? t(`coding.access.${key}` as MessageKey) : fact;
  }
  try {
    return t(`coding.field.${field}` as MessageKey);
  } catch {
    return field; // a field added later without a label still shows up
  }
}

/** The id of the element a field's error links to (for groups: the first box). */
export const fieldId = (field: string) => `f-${field}`;
