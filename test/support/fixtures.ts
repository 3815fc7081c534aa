import { initiativeInputSchema, type Initiative, type InitiativeInput } from '../../src/initiatives/schema.js';

/** A valid initiative; override what a test is about. */
export function initiative(overrides: Partial<InitiativeInput> & { id: string }): Initiative {
  return initiativeInputSchema.parse({
    name: `Initiatief ${overrides.id}`,
    elements: ['meeting'],
    prevention: 'primary',
    dimensions: ['social'],
    social_isolation: false,
    age_groups: ['older'],
    primary_actor: 'local_government',
    geographic_level: 'local',
    ...overrides,
  });
}

export const SYSTEM = { id: null, label: 'test' } as const;
