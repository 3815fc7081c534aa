/** Screening: the professionals' short instruments and profile, the citizens' self-check, the personas. */
import type { CapabilityModule } from '../platform/module.js';
import { screeningMessages } from './messages.js';

const messages = [screeningMessages] as const;

export const screeningModule: CapabilityModule<typeof messages> = {
  name: 'screening',
  messages,
  nav: [
    { path: '/screening', label: 'screening.nav', order: 50 },
    { path: '/self-check', label: 'screening.nav.selfCheck', order: 60 },
  ],
  routes: async () => [(await import('./web/index.js')).registerScreening], // /{lang}/screening, /{lang}/self-check, /{lang}/personas, /api/v1/screening/..., /fhir/Questionnaire/...
};
