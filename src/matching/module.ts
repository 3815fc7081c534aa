/** Matching: initiatives a person can actually go to, ranked by cited rules. */
import type { CapabilityModule } from '../platform/module.js';
import { matchingMessages } from './messages.js';

const messages = [matchingMessages] as const;

export const matchingModule: CapabilityModule<typeof messages> = {
  name: 'matching',
  messages,
  routes: async () => [(await import('./web/index.js')).registerMatching], // /{lang}/matches, POST /api/v1/matches
};
