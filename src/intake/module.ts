/** Intake: the 10-question survey, its status pages, the submissions API and the survey-file import. */
import type { CapabilityModule } from '../platform/module.js';
import { intakeMessages } from './messages.js';
import { surveyPhoneMessages } from './survey-phone-messages.js';

const messages = [intakeMessages, surveyPhoneMessages] as const;

export const intakeModule: CapabilityModule<typeof messages> = {
  name: 'intake',
  messages,
  nav: [{ path: '/survey', label: 'layout.nav.survey', order: 70 }],
  routes: async () => [
    (await import('./web/pages.js')).registerSurveyPages, // /{lang}/survey, /{lang}/survey/s/{token}
    (await import('./web/api.js')).registerIntakeApi, // POST /api/v1/submissions
  ],
  commands: [
    { name: 'import-survey', summary: 'Import a survey export (CSV or XLSX) as submissions for the coders', load: async () => (await import('./cli/import-survey.js')).importSurveyCommand },
  ],
};
