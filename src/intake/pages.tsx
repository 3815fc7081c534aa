/**
 * The public survey (no account needed): fill in, save and resume through a
 * private link, send, follow the status, answer a coder's question, erase
 * one's contact details. Spam protection without tracking: a honeypot field,
 * rate limits per address and size limits.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../web/render.js';
import { formString } from '../accounts/form-ui.js';
import { listMunicipalities } from '../areas/names.js';
import { ProblemError } from '../platform/problem.js';
import { siteUrl } from '../config.js';
import { SurveyForm } from './SurveyForm.js';
import { StatusPage } from './StatusPage.js';
import { badTextInForm, parseSurvey, valuesFromBody, type SurveyFormValues } from './survey-form.js';
import { replaceBadText } from '../edge/bad-text.js';
import { BAD_TEXT_IN_FORM } from '../edge/http.js';
import { answerQuestion, createSubmission, deleteContact, findByToken, getContact, listEvents, updateDraft } from './repository.js';

// Bad text in the survey form is an error on its field (shown with the form), not an error page.
const POST_LIMIT = { rateLimit: { max: 20, timeWindow: '10 minutes' }, ...BAD_TEXT_IN_FORM };

function statusUrl(req: FastifyRequest, token: string): string {
  return siteUrl(req.server, `/${req.lang}/survey/s/${token}`);
}

export async function registerSurveyPages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  const showForm = async (req: FastifyRequest, reply: FastifyReply, values: SurveyFormValues, action: string, errors: ReturnType<typeof parseSurvey> | undefined, status = 200) => {
    const municipalities = await listMunicipalities(db, req.lang);
    const failed = errors && !errors.ok ? errors : undefined;
    return sendPage(req, reply, { title: req.t('survey.title'), withCsrf: true, status }, (
      <>
        <h1>{req.t('survey.title')}</h1>
        <p className="lead">{req.t('survey.lead')}</p>
        <SurveyForm action={action} values={values} errors={failed?.errors ?? []} byField={failed?.byField ?? {}} municipalities={municipalities} />
      </>
    ));
  };

  const known = async (req: FastifyRequest) => new Set((await listMunicipalities(db, req.lang)).map((m) => m.code));

  app.get('/:lang(nl|fr|en)/survey', async (req, reply) => showForm(req, reply, { answers: {}, contact: {} }, `/${req.lang}/survey`, undefined));

  app.post('/:lang(nl|fr|en)/survey', { preHandler: app.csrfProtection, config: POST_LIMIT }, async (req, reply) => {
    if (formString(req.body, 'website')) return reply.redirect(`/${req.lang}/survey/thanks`, 303); // honeypot: store nothing
    const badText = badTextInForm(req.body, req.t);
    if (badText) return showForm(req, reply, valuesFromBody(replaceBadText(req.body)), `/${req.lang}/survey`, badText, 400);
    const values = valuesFromBody(req.body);
    const mode = formString(req.body, 'action') === 'save' ? 'save' : 'submit';
    const parsed = parseSurvey(values, mode, req.t, await known(req));
    if (!parsed.ok) return showForm(req, reply, values, `/${req.lang}/survey`, parsed, 400);
    const { token } = await createSubmission(db, { answers: parsed.answers, contact: parsed.contact, lang: req.lang, source: 'form', submit: mode === 'submit' });
    return reply.redirect(`/${req.lang}/survey/s/${token}?${mode === 'submit' ? 'sent' : 'saved'}=1`, 303);
  });

  app.get('/:lang(nl|fr|en)/survey/thanks', async (req, reply) =>
    sendPage(req, reply, { title: req.t('status.title'), noindex: true }, <p className="notice">{req.t('status.thanks')}</p>),
  );

  const load = async (req: FastifyRequest) => {
    const { token } = req.params as { token: string };
    const s = await findByToken(db, token);
    if (!s) throw new ProblemError(404, 'Not found', req.t('status.notFound'));
    return { s, token };
  };

  app.get('/:lang(nl|fr|en)/survey/s/:token', async (req, reply) => {
    const { s, token } = await load(req);
    reply.header('cache-control', 'no-store');
    if (s.status === 'draft') {
      const contact = (await getContact(db, s.id)) ?? {};
      return showForm(req, reply, { answers: s.answers, contact }, `/${req.lang}/survey/s/${token}`, undefined);
    }
    const q = req.query as Record<string, string>;
    const notice = q.sent ? 'status.thanks' : q.saved ? 'status.saved' : q.answered ? 'status.answerSent' : q.erased ? 'status.contactDeleted' : undefined;
    const [events, contact] = await Promise.all([listEvents(db, s.id), getContact(db, s.id)]);
    return sendPage(req, reply, { title: req.t('status.title'), withCsrf: true, noindex: true }, <StatusPage submission={s} events={events} link={statusUrl(req, token)} notice={notice} hasContact={!!contact} />);
  });

  app.post('/:lang(nl|fr|en)/survey/s/:token', { preHandler: app.csrfProtection, config: POST_LIMIT }, async (req, reply) => {
    const { s, token } = await load(req);
    const here = `/${req.lang}/survey/s/${token}`;
    const badText = badTextInForm(req.body, req.t);
    if (badText && s.status !== 'draft') throw new ProblemError(400, 'Bad request', req.t('survey.error.badText')); // an answer to a coder's question
    if (badText) return showForm(req, reply, valuesFromBody(replaceBadText(req.body)), here, badText, 400);
    const action = formString(req.body, 'action');
    if (action === 'answer') {
      const answer = formString(req.body, 'answer').trim().slice(0, 5000);
      if (answer) await answerQuestion(db, s.id, answer);
      return reply.redirect(`${here}?answered=1`, 303);
    }
    if (action === 'delete-contact') {
      await deleteContact(db, s.id, { id: null, label: 'respondent' });
      return reply.redirect(`${here}?erased=1`, 303);
    }
    if (s.status !== 'draft') return reply.redirect(here, 303);
    if (formString(req.body, 'website')) return reply.redirect(`/${req.lang}/survey/thanks`, 303);
    const values = valuesFromBody(req.body);
    const mode = action === 'save' ? 'save' : 'submit';
    const parsed = parseSurvey(values, mode, req.t, await known(req));
    if (!parsed.ok) return showForm(req, reply, values, here, parsed, 400);
    await updateDraft(db, s.id, { answers: parsed.answers, contact: parsed.contact, submit: mode === 'submit' });
    return reply.redirect(`${here}?${mode === 'submit' ? 'sent' : 'saved'}=1`, 303);
  });
}
