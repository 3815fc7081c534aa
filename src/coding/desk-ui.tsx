/** Small pieces shared by the coding desk pages. */
import { StatusBadge as WorkflowStatusBadge } from '../ui/Badge.js';
import type { InitiativeStatus } from '../db/schema.js';
import type { Lang, MessageKey, Translate } from '../i18n/index.js';
import { usePage } from '../web/page-context.js';
import { AXES, AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import { accessFieldLabel } from '../initiatives/access-form/fields.js';

/** Status in words (never colour alone). */
export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = usePage();
  return <WorkflowStatusBadge status={status}>{t(`coding.status.${status}`)}</WorkflowStatusBadge>;
}

/** Date and time as people in Belgium read them, in Belgian time (src/platform/format.ts). */
export { formatWhen } from '../platform/format.js';

/** The id of the element a field's error links to (the access form's own rule, src/initiatives/access-form/fields.ts). */
export { fieldId } from '../initiatives/access-form/fields.js';

export const isAxis = (f: string): f is AxisName => (AXIS_NAMES as readonly string[]).includes(f);

/** The label of any initiative field: matrix axes from the vocabulary, the access facts from their form, the rest from coding.field.*. */
export function fieldLabel(field: string, lang: Lang, t: Translate): string {
  if (isAxis(field)) return AXES[field].label[lang];
  const access = accessFieldLabel(field, t);
  if (access !== undefined) return access;
  try {
    return t(`coding.field.${field}` as MessageKey);
  } catch {
    return field; // a field added later without a label still shows up
  }
}
