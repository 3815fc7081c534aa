/**
 * Survey export rows to submissions: each row through the mapping, closed
 * answers matched to codes, then validated with the survey schema. Every
 * problem is reported with its line, column, value and the question it is
 * for; nothing is written unless every row is right (service/bulk-import.ts).
 */
import type { LocatedProblem } from '../../platform/located-problem.js';
import { contactSchema, surveyAnswersSchema, type Contact, type SurveyAnswers } from '../survey-schema.js';
import type { SurveyMapping, MappableField } from './mapping.js';
import type { Table } from './read-table.js';
import { normaliseWording, WORDINGS } from './wordings.js';

/** A located problem of one row (`field` is the file's column), with the survey question the column is mapped to. */
export interface SurveyRowProblem extends LocatedProblem {
  /** Line in the file (the header is line 1). */
  line: number;
  /** The survey question: a mappable field or a key of the answer schema (e.g. age_groups, contact_email). */
  question: string;
  value?: string;
}

export interface SurveyRecord {
  line: number;
  answers: SurveyAnswers;
  contact: Contact | undefined;
}

const MULTI: ReadonlySet<MappableField> = new Set(['age_groups', 'target', 'municipalities']);
const CLOSED: ReadonlySet<MappableField> = new Set(['age_groups', 'target', 'location_level', 'evaluated']);

export function checkColumns(mapping: SurveyMapping, headers: readonly string[]): SurveyRowProblem[] {
  const have = new Set(headers);
  const errors: SurveyRowProblem[] = [];
  for (const [field, target] of Object.entries(mapping.columns)) {
    const cols = typeof target === 'string' ? [target] : Object.values(target);
    for (const c of cols) if (!have.has(c)) errors.push({ line: 1, question: field, field: c, message: `column "${c}" is not in the file's header` });
  }
  return errors;
}

/** Matches a cell's wording to a code: built-in wordings, the mapping's own, or the code itself. */
function toCode(field: MappableField, raw: string, mapping: SurveyMapping, municipalityNames: ReadonlyMap<string, string>): string | undefined {
  const own = mapping.values[field];
  if (own) {
    const hit = Object.entries(own).find(([w]) => normaliseWording(w) === normaliseWording(raw));
    if (hit) return hit[1];
  }
  if (field === 'municipalities') return /^\d{5}$/.test(raw.trim()) ? raw.trim() : municipalityNames.get(normaliseWording(raw));
  const table = WORDINGS[field as keyof typeof WORDINGS];
  return table?.get(normaliseWording(raw));
}

export function transformRows(table: Table, mapping: SurveyMapping, municipalityNames: ReadonlyMap<string, string>): { records: SurveyRecord[]; errors: SurveyRowProblem[] } {
  const errors: SurveyRowProblem[] = checkColumns(mapping, table.headers);
  if (errors.length) return { records: [], errors };
  const index = new Map(table.headers.map((h, i) => [h, i]));
  const records: SurveyRecord[] = [];
  table.rows.forEach((row, r) => {
    const line = r + 2;
    const cell = (c: string) => (row[index.get(c)!] ?? '').trim();
    const obj: Record<string, unknown> = {};
    for (const [f, target] of Object.entries(mapping.columns) as [MappableField, string | Record<string, string>][]) {
      if (typeof target !== 'string') {
        // One column per option: a non-empty cell (other than "0"/"nee"/"no") means ticked.
        obj[f] = Object.entries(target)
          .filter(([, c]) => cell(c) !== '' && !['0', 'nee', 'no', 'non', 'false'].includes(normaliseWording(cell(c))))
          .map(([code]) => code);
        continue;
      }
      const raw = cell(target);
      if (raw === '') continue;
      if (MULTI.has(f)) {
        const parts = raw.split(mapping.separator).map((p) => p.trim()).filter(Boolean);
        const codes: string[] = [];
        for (const p of parts) {
          const code = toCode(f, p, mapping, municipalityNames);
          if (code) codes.push(code);
          else errors.push({ line, question: f, field: target, value: p, message: `"${p}" is not a known answer` });
        }
        obj[f] = codes;
      } else if (CLOSED.has(f)) {
        const code = toCode(f, raw, mapping, municipalityNames);
        if (code) obj[f] = code;
        else errors.push({ line, question: f, field: target, value: raw, message: `"${raw}" is not a known answer` });
      } else obj[f] = raw;
    }
    if (obj.location_level === undefined) obj.location_level = 'unknown';
    if (obj.evaluated === undefined) obj.evaluated = 'unknown';
    const answers = surveyAnswersSchema.safeParse(obj);
    if (!answers.success) {
      for (const i of answers.error.issues) {
        const question = String(i.path[0] ?? '');
        const t = mapping.columns[question as MappableField];
        errors.push({ line, question, ...(typeof t === 'string' ? { field: t } : {}), ...(obj[question] === undefined ? {} : { value: String(obj[question]).slice(0, 100) }), message: i.message });
      }
      return;
    }
    let contact: Contact | undefined;
    if (obj.contact_name || obj.contact_email) {
      const c = contactSchema.safeParse(obj);
      if (!c.success) {
        for (const i of c.error.issues) errors.push({ line, question: String(i.path[0]), message: i.message });
        return;
      }
      contact = c.data;
    }
    records.push({ line, answers: answers.data, contact });
  });
  return { records, errors };
}
