/** The coders' desk: editing and verifying initiatives, and the queue of what the survey brought in. */
import type { CapabilityModule } from '../platform/module.js';
import { codingMessages } from './messages.js';
import { intakeCodingMessages } from './submission-messages.js';

const messages = [codingMessages, intakeCodingMessages] as const;

export const codingModule: CapabilityModule<typeof messages> = {
  name: 'coding',
  messages,
  nav: [{ path: '/coding', label: 'layout.nav.coding', order: 100, audience: 'signed-in' }],
  routes: async () => [
    (await import('./web/routes.js')).registerCodingRoutes, // /{lang}/coding/...
    (await import('./web/submission-routes.js')).registerSubmissionCodingRoutes, // /{lang}/coding/submissions/..., /{lang}/coding/agreement, /{lang}/coding/import/...
  ],
};
