/**
 * How a survey export's columns map to the study's questions. Survey tools
 * (QuestionPro and others) write one row per response and one column per
 * question; multiple-choice questions come either as one cell listing the
 * chosen options, or as one column per option (non-empty = ticked). A
 * mapping is named and remembered, so the next round imports in one step.
 */
import { z } from 'zod';

const column = z.string().min(1).max(500);

export const MAPPABLE_FIELDS = [
  'name', 'url', 'description', 'goal', 'location_level', 'location_other', 'municipalities', 'initiator', 'partners',
  'age_groups', 'target', 'target_other', 'evaluated', 'evaluation', 'contact_name', 'contact_email', 'contact_phone',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** A field maps to one column, or (multiple choice) to one column per option code. */
const target = z.union([column, z.record(z.string(), column)]);

export const surveyMappingSchema = z.object({
  name: z.string().trim().min(1).max(200).describe('Remembered under this name, e.g. "QuestionPro 2024"'),
  columns: z.partialRecord(z.enum(MAPPABLE_FIELDS), target),
  /** Separator between options in a single multiple-choice cell. */
  separator: z.string().min(1).max(3).default(','),
  /** Extra answer wordings per field: cell text -> code (added to the built-in nl/fr/en wordings). */
  values: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.record(z.string(), z.string())).default({}),
});

export type SurveyMapping = z.output<typeof surveyMappingSchema>;
