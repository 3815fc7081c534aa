/**
 * People fill in spreadsheets with the words they see on screen, so a CSV
 * cell may hold a label (nl, fr or en, any case) instead of the code.
 */
import { AXES, AXIS_NAMES, LANGS, type AxisName } from '../vocabulary/matrix.js';

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('nl');

/** Per axis: folded code or label -> code. Codes win over labels; Dutch labels over French and English. */
const lookup: Record<AxisName, Map<string, string>> = Object.fromEntries(
  AXIS_NAMES.map((axis) => {
    const m = new Map<string, string>();
    for (const c of AXES[axis].codes) m.set(fold(c.code), c.code);
    for (const lang of LANGS) for (const c of AXES[axis].codes) if (!m.has(fold(c.label[lang]))) m.set(fold(c.label[lang]), c.code);
    return [axis, m];
  }),
) as Record<AxisName, Map<string, string>>;

/** The code a cell means, or the cell itself when it is neither a code nor a label (validation then names it). */
export function toCode(axis: AxisName, cell: string): string {
  return lookup[axis].get(fold(cell)) ?? cell.trim();
}
