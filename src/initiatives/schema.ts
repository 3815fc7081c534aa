/**
 * One schema for an initiative as it crosses every boundary: interchange
 * import/export (shared/spec/interchange.md), the JSON API and the coders'
 * forms. It validates, types the code and documents the API (OpenAPI).
 */
import { z } from 'zod';
import { AXES, type AxisName } from '../vocabulary/matrix.js';
import { accessSchema } from './access.js';

const codeEnum = (axis: AxisName) => {
  const codes = AXES[axis].codes.map((c) => c.code) as [string, ...string[]];
  return z.enum(codes);
};

/** An area code an initiative may name: a NIS code, a statistical sector code, or a care zone code (letters, then digits: elz29, elz1a). */
export const AREA_CODE_PATTERN = /^(\d{5}([A-Z0-9]{3}[A-Z0-9-])?|[a-z]{2,10}\d{1,4}[a-z]?)$/;

export const LIMITS = { id: 64, name: 300, url: 2000, text: 10000, short: 500, listItems: 200 } as const;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional();

export const initiativeInputSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.id)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'letters, digits, dot, dash, underscore or colon'),
  name: text(LIMITS.name).min(1),
  url: z.url({ protocol: /^https?$/ }).max(LIMITS.url).optional(),
  /** What the initiative does, in Dutch: the catalogue's original language (the study's survey was Dutch), so every record before issue 14 holds its description here. */
  description: optionalText(LIMITS.text),
  /** The same description in French, when someone wrote one (absent: French pages show the Dutch one, saying so). */
  description_fr: optionalText(LIMITS.text),
  /** The same description in English. */
  description_en: optionalText(LIMITS.text),
  goal: optionalText(LIMITS.text),
  location: optionalText(LIMITS.short),
  organisation: optionalText(LIMITS.short),
  partners: z.array(text(LIMITS.short).min(1)).max(LIMITS.listItems).default([]),
  /**
   * The areas the initiative serves, of any level: NIS/REFNIS codes (5 digits) of municipalities
   * (pre-2025 or 2025), districts, provinces or regions, statistical sectors (e.g. 11001A00-), care
   * zones (e.g. elz29). Empty: by geographic_level (src/areas/coverage.ts).
   */
  areas: z
    .array(z.string().trim().regex(AREA_CODE_PATTERN, 'an area code: a NIS code (5 digits: municipality, district, province or region), a statistical sector code (e.g. 11001A00-) or a care zone code (e.g. elz29)'))
    .max(LIMITS.listItems)
    .default([]),
  /** Public contact of the initiative (phone, e-mail or web form), never a private person's data. */
  contact: optionalText(LIMITS.short),
  /** Where this record came from: a survey round, a partner list, a publication. */
  source: optionalText(LIMITS.short),
  /** Publication status; written by backups (export --all) so a restore keeps drafts private. Absent: new ones are published, existing ones keep theirs. */
  status: z.enum(['draft', 'published', 'archived']).optional(),
  elements: z.array(codeEnum('elements')),
  prevention: codeEnum('prevention'),
  dimensions: z.array(codeEnum('dimensions')),
  social_isolation: z.boolean(),
  age_groups: z.array(codeEnum('age_groups')),
  course: codeEnum('course').default('unknown'),
  risk_factors: z.array(codeEnum('risk_factors')).default([]),
  approach: codeEnum('approach').default('organised'),
  evidence: codeEnum('evidence').default('unknown'),
  primary_actor: codeEnum('primary_actor'),
  geographic_level: codeEnum('geographic_level'),
  /** Where, when, languages, cost, who may join and how, accessibility, referral contact, capacity, last verified (src/initiatives/access.ts). */
  access: accessSchema.optional(),
});

/** What a caller may send (defaults not yet applied). */
export type InitiativeInput = z.input<typeof initiativeInputSchema>;
/** A validated initiative with defaults applied. */
export type Initiative = z.output<typeof initiativeInputSchema>;
