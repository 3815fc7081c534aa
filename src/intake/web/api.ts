/** POST /api/v1/submissions: the survey as JSON, for partner tools and survey platforms. */
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { defineApiRoute, registerApiRoute } from '../../api/registry.js';
import { contactSchema, surveyAnswersSchema } from '../survey-schema.js';
import { createSubmission } from '../store/submissions.js';
import { listMunicipalities } from '../../areas/store/names.js';
import { ValidationError } from '../../platform/problem.js';
import { siteUrl } from '../../config.js';

export const submissionBodySchema = surveyAnswersSchema.extend(contactSchema.shape).extend({
  lang: z.enum(['nl', 'fr', 'en']).default('nl').describe('Language of the answers and of the status page'),
});

const createdSchema = z.object({
  id: z.uuid(),
  status: z.literal('submitted'),
  status_url: z.string().describe('Private link for the respondent: status, questions from coders, erasing contact data. Shown once; keep it.'),
});

export async function registerIntakeApi(app: FastifyInstance): Promise<void> {
  registerApiRoute(
    app,
    defineApiRoute({
      method: 'POST',
      path: '/api/v1/submissions',
      operationId: 'createSubmission',
      summary: 'Submit an initiative with the study’s 10-question survey (plus a contact person, never published)',
      tags: ['intake'],
      body: submissionBodySchema,
      response: createdSchema,
      status: 201,
      rateLimit: { max: 30, timeWindow: '10 minutes' },
      handler: async ({ body, req }) => {
        const known = new Set((await listMunicipalities(app.database.db, 'nl')).map((m) => m.code));
        const unknown = known.size ? body.municipalities.map((c, i) => [c, i] as const).filter(([c]) => !known.has(c)) : [];
        if (unknown.length) throw new ValidationError(unknown.map(([c, i]) => ({ field: `body.municipalities.${i}`, message: `unknown municipality NIS code "${c}"` })));
        const { contact_name, contact_email, contact_phone, lang, ...answers } = body;
        const { id, token } = await createSubmission(app.database.db, {
          answers,
          contact: { contact_name, contact_email, ...(contact_phone ? { contact_phone } : {}) },
          lang,
          source: 'api',
          submit: true,
        });
        return { id, status: 'submitted' as const, status_url: siteUrl(app, `/${lang}/survey/s/${token}`) };
      },
    }),
  );
}
