/**
 * One screening end to end, pure: answers per instrument → scores → profile
 * → what tends to help, and the knowledge-bank link for it.
 */
import type { InstrumentId } from './instruments.js';
import { scoreInstrument, type Answers, type ScoreOptions, type ScoreResult } from './scoring.js';
import { buildProfile, type Profile, type ProfileInput } from './profile.js';
import { advise, type Advice } from './rules.js';
import type { Lang } from '../vocabulary/matrix.js';
import { withQuery } from '../platform/query-string.js';

export interface ScreeningInput extends Omit<ProfileInput, 'results'> {
  answers: Partial<Record<InstrumentId, Answers>>;
  options?: ScoreOptions;
  /** NIS code of the person's municipality (used to point to initiatives, never stored). */
  municipality?: string | undefined;
}

export interface Evaluation {
  results: Partial<Record<InstrumentId, ScoreResult>>;
  profile: Profile;
  advice: Advice;
}

export function evaluate(input: ScreeningInput): Evaluation {
  const results: Partial<Record<InstrumentId, ScoreResult>> = {};
  for (const [id, answers] of Object.entries(input.answers) as [InstrumentId, Answers][]) {
    results[id] = scoreInstrument(id, answers, id === 'djg11' ? (input.options ?? {}) : {});
  }
  return fromProfileInput({ ...input, results });
}

export function fromProfileInput(input: ProfileInput): Evaluation {
  const profile = buildProfile(input);
  return { results: input.results, profile, advice: advise(profile) };
}

/**
 * The knowledge bank filtered on the recommended effective elements (any of
 * them), the person's age group (and initiatives for all ages) and
 * municipality, and nothing else, so the list is not empty for a small bank.
 */
export function knowledgeBankLink(lang: Lang, elements: readonly string[], ageGroup?: string, municipality?: string): string {
  // The catalogue's own parameters (src/catalogue/query-schema.ts): comma-separated codes, OR within one.
  return withQuery(`/${lang}`, { elements, age_groups: ageGroup ? `${ageGroup},all_ages` : undefined, area: municipality });
}
