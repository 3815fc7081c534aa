/**
 * The study's 10-question survey (seed 003, bijlage 2), plus a contact
 * person. Validates the public form, the API (POST /api/v1/submissions) and
 * bulk survey imports. Question numbers are the study's.
 */
import { z } from 'zod';
import { accessSchema } from '../initiatives/access.js';

export const LOCATION_LEVELS = ['neighbourhood', 'municipality', 'region', 'flanders_brussels', 'unknown', 'other'] as const;
export const SURVEY_AGE_GROUPS = ['children', 'youth', 'young_adults', 'adults', 'older', 'all_ages', 'unknown'] as const;
export const TARGETS = ['everyone', 'at_risk', 'lonely', 'unknown', 'other'] as const;
export const EVALUATED = ['yes', 'no', 'unknown'] as const;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), text(max).optional());

export const surveyAnswersSchema = z.object({
  /** Q1: project name */
  name: text(300).min(1),
  /** Q2: online information */
  url: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.url({ protocol: /^https?$/ }).max(2000).optional()),
  /** Q3: what the initiative does, concretely */
  description: text(10000).min(1),
  /** Q4: its goal */
  goal: optionalText(10000),
  /** Q5: where it takes place */
  location_level: z.enum(LOCATION_LEVELS),
  location_other: optionalText(500),
  municipalities: z.array(z.string().regex(/^\d{5}$/, 'a NIS code (5 digits)')).max(300).default([]),
  /**
   * After Q5 (Verbind, issue 13): how people take part, in the coders' words — a compact subset of
   * the access facts (how, one place with wheelchair access, one recurring session, languages,
   * free or not, how to join). The same schema as an initiative's `access`.
   */
  access: accessSchema.optional(),
  /** Q6: initiator */
  initiator: optionalText(500),
  /** Q7: co-operating actors */
  partners: optionalText(2000),
  /** Q8: age groups (several answers possible) */
  age_groups: z.array(z.enum(SURVEY_AGE_GROUPS)).min(1),
  /** Q9: who it is for (several answers possible) */
  target: z.array(z.enum(TARGETS)).min(1),
  target_other: optionalText(500),
  /** Q10: evaluated so far, and how */
  evaluated: z.enum(EVALUATED),
  evaluation: optionalText(5000),
});

export type SurveyAnswers = z.output<typeof surveyAnswersSchema>;
export type SurveyAnswersInput = z.input<typeof surveyAnswersSchema>;

/** The contact person: visible to coders only, never published or exported, deletable on request. */
export const contactSchema = z.object({
  contact_name: text(200).min(1),
  contact_email: z.email().max(320),
  contact_phone: optionalText(50),
});

export type Contact = z.output<typeof contactSchema>;
