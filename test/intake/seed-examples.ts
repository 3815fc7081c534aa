/** The 19 seeded examples as survey answers, with the elements the study states for them. */
import { INSPIRING_EXAMPLES } from '../../src/seed/examples.js';
import { surveyAnswersSchema } from '../../src/intake/survey-schema.js';
import type { CodedExample } from '../../src/intake/suggest/evaluate.js';

const LEVEL = { neighbourhood: 'neighbourhood', local: 'municipality', supralocal: 'region', regional: 'flanders_brussels', national: 'other' } as const;

export const SEEDED_AS_SURVEY: CodedExample[] = INSPIRING_EXAMPLES.map((e) => ({
  id: e.id,
  elements: e.elements,
  answers: surveyAnswersSchema.parse({
    name: e.name,
    description: e.description ?? e.name,
    goal: e.goal,
    location_level: LEVEL[e.geographic_level as keyof typeof LEVEL],
    initiator: e.organisation,
    age_groups: e.age_groups,
    target: ['unknown'],
    evaluated: 'unknown',
  }),
}));
