/**
 * Suggested matrix codes for a survey submission, each with the words (or
 * answers) that triggered it, so a coder sees why and decides. Suggestions
 * never publish anything on their own.
 *
 * Survey answers map directly to age groups (Q8), prevention level (Q9) and
 * geographic level (Q5); elements, dimensions, risk factors, course and
 * social isolation are suggested from the free text using the study's
 * definitions (lexicon.ts).
 */
import type { AxisName } from '../../vocabulary/matrix.js';
import type { SurveyAnswers } from '../survey-schema.js';
import { findHits, type Hit } from './match.js';
import {
  ACTOR_TRIGGERS,
  COURSE_TRIGGERS,
  DIMENSION_TRIGGERS,
  ELEMENT_TRIGGERS,
  EVIDENCE_TRIGGERS,
  RISK_FACTOR_TRIGGERS,
  SOCIAL_ISOLATION_TRIGGERS,
  type Triggers,
} from './lexicon.js';

export type SuggestionBasis = 'answer' | 'text';

export interface Suggestion {
  axis: AxisName | 'social_isolation';
  code: string;
  /** 'answer': follows from a closed survey answer; 'text': found in the free text. */
  basis: SuggestionBasis;
  /** The survey answer or the words that triggered the suggestion. */
  triggers: Hit[];
}

/** A strong trigger suggests on its own; weak ones need a second hint. */
const STRONG = 2;
const WEAK = 1;
const THRESHOLD = 2;

function textFields(a: SurveyAnswers): [string, string][] {
  return [
    ['name', a.name],
    ['description', a.description],
    ['goal', a.goal ?? ''],
    ['target_other', a.target_other ?? ''],
  ];
}

function scoreTriggers(fields: [string, string][], t: Triggers): { score: number; hits: Hit[] } {
  const strong = fields.flatMap(([f, text]) => findHits(f, text, t.strong));
  const weak = fields.flatMap(([f, text]) => findHits(f, text, t.weak ?? []));
  const distinct = (hs: Hit[]) => new Set(hs.map((h) => h.text.toLowerCase())).size;
  return { score: distinct(strong) * STRONG + distinct(weak) * WEAK, hits: [...strong, ...weak] };
}

function fromText(axis: Suggestion['axis'], table: Record<string, Triggers>, fields: [string, string][]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const [code, t] of Object.entries(table)) {
    const { score, hits } = scoreTriggers(fields, t);
    if (score >= THRESHOLD) out.push({ axis, code, basis: 'text', triggers: hits });
  }
  return out;
}

const answerHit = (field: string, text: string): Hit => ({ field, start: 0, end: text.length, text });

export function suggestCoding(a: SurveyAnswers): Suggestion[] {
  const fields = textFields(a);
  const out: Suggestion[] = [];

  // Q8 maps one to one onto the matrix's age groups.
  for (const g of a.age_groups) out.push({ axis: 'age_groups', code: g, basis: 'answer', triggers: [answerHit('age_groups', g)] });

  // Q9: everyone = primary, people at risk = secondary, people who are lonely = tertiary (study, section 1.3).
  // Prevention is one value: the most targeted answer wins.
  const prevention = a.target.includes('lonely') ? 'tertiary' : a.target.includes('at_risk') ? 'secondary' : a.target.includes('everyone') ? 'primary' : 'unknown';
  out.push({ axis: 'prevention', code: prevention, basis: 'answer', triggers: a.target.map((t) => answerHit('target', t)) });
  if (a.target.includes('everyone') && !a.target.includes('at_risk') && !a.target.includes('lonely')) {
    out.push({ axis: 'risk_factors', code: 'none_specific', basis: 'answer', triggers: [answerHit('target', 'everyone')] });
  }

  // Q5: where it takes place.
  const geo = { neighbourhood: 'neighbourhood', municipality: 'local', region: 'supralocal', flanders_brussels: 'regional' } as const;
  if (a.location_level in geo) {
    out.push({ axis: 'geographic_level', code: geo[a.location_level as keyof typeof geo], basis: 'answer', triggers: [answerHit('location_level', a.location_level)] });
  }

  // Q10 and the effectladder (van Yperen & Veerman 2008): the highest level the evaluation answer points to.
  out.push(suggestEvidence(a));

  out.push(...fromText('elements', ELEMENT_TRIGGERS, fields));

  const dims = fromText('dimensions', DIMENSION_TRIGGERS, fields);
  // 'general' only when no specific dimension is named (the study's table 5 codes them apart).
  const specific = dims.filter((d) => d.code !== 'general');
  out.push(...(specific.length ? specific : dims));

  out.push(...fromText('risk_factors', RISK_FACTOR_TRIGGERS, fields).filter((s) => !(s.code === 'none_specific' && out.some((o) => o.code === 'none_specific'))));
  out.push(...fromText('course', COURSE_TRIGGERS, fields).slice(0, 1));

  const iso = scoreTriggers(fields, SOCIAL_ISOLATION_TRIGGERS);
  if (iso.score >= THRESHOLD) out.push({ axis: 'social_isolation', code: 'true', basis: 'text', triggers: iso.hits });

  // Q6: the initiator's name points to the primary actor; the first match in ACTOR_TRIGGERS wins.
  for (const [code, triggers] of ACTOR_TRIGGERS) {
    const hits = findHits('initiator', a.initiator ?? '', triggers);
    if (hits.length) {
      out.push({ axis: 'primary_actor', code, basis: 'text', triggers: hits });
      break;
    }
  }
  return out;
}

function suggestEvidence(a: SurveyAnswers): Suggestion {
  if (a.evaluated === 'unknown') return { axis: 'evidence', code: 'unknown', basis: 'answer', triggers: [answerHit('evaluated', 'unknown')] };
  const texts: [string, string][] = [['evaluation', a.evaluation ?? ''], ['description', a.description]];
  const levels = a.evaluated === 'yes' ? (['level4_causal', 'level3_indicative', 'level2_theory', 'level1_described'] as const) : (['level2_theory', 'level1_described'] as const);
  for (const level of levels) {
    const hits = texts.flatMap(([f, t]) => findHits(f, t, EVIDENCE_TRIGGERS[level]!.strong));
    if (hits.length) return { axis: 'evidence', code: level, basis: 'text', triggers: [answerHit('evaluated', a.evaluated), ...hits] };
  }
  // Evaluated, but we cannot tell how: a coder must ask. Not evaluated: implicit knowledge (level 0).
  return a.evaluated === 'yes'
    ? { axis: 'evidence', code: 'level3_indicative', basis: 'answer', triggers: [answerHit('evaluated', 'yes')] }
    : { axis: 'evidence', code: 'level0_implicit', basis: 'answer', triggers: [answerHit('evaluated', 'no')] };
}
