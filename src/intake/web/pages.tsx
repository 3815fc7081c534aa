/**
 * The public survey (no account needed): fill in, save and resume through a
 * private link, send, follow the status, answer a coder's question, erase
 * one's contact details. Spam protection without tracking: a honeypot field,
 * rate limits per address and size limits.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../web/render.js';
import { formString, Notice, titleWithErrors } from '../../ui/form-fields.js';
import { ProblemError } from '../../platform/problem.js';
import { siteUrl } from '../../config.js';
import { SurveyForm } from './SurveyForm.js';
import { StatusPage } from './StatusPage.js';
import { badTextInForm, parseSurvey, valuesFromBody, type SurveyFormValues } from '../survey-form.js';
import { replaceBadText } from '../../edge/bad-text.js';
import { BAD_TEXT_IN_FORM } from '../../edge/http.js';
import { answerQuestion, createSubmission, deleteContact, findByToken, getContact, listEvents, updateDraft } from '../store/submissions.js';
import { expandZones, loadMunicipalityPicker } from '../store/municipality-picker.js';
import { linkMail, MAIL_OUTCOMES, mailState } from '../service/link-mail.js';
import type { MessageKey } from '../../i18n/index.js';

// Bad text in the survey form is an error on its field (shown with the form), not an error page.
const POST_LIMIT = { rateLimit: { max: 20, timeWindow: '10 minutes' }, ...BAD_TEXT_IN_FORM };

function statusUrl(req: FastifyRequest, token: string): string {
  return siteUrl(req.server, `/${req.lang}/survey/s/${token}`);
}

export async function registerSurveyPages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  // The private link by e-mail, when mail is configured (VERBIND_SMTP_URL).
  const mail = app.config.mail ? linkMail(db, app.config.mail) : undefined;
  if (mail) app.addHook('onClose', async () => mail.close());

  const showForm = async (
    req: FastifyRequest,
    reply: FastifyReply,
    values: SurveyFormValues,
    action: string,
    errors: ReturnType<typeof parseSurvey> | undefined,
    status = 200,
    extra: { mailLink?: boolean; notice?: MessageKey | undefined } = {},
  ) => {
    const picker = await loadMunicipalityPicker(db, req.lang);
    const municipalities = picker.groups
      .flatMap((g) => g.zones.flatMap((z) => z.municipalities))
      .sort((a, b) => a.name.localeCompare(b.name, req.lang));
    const failed = errors && !errors.ok ? errors : undefined;
    const title = titleWithErrors(req.t, req.t('survey.title'), !!failed);
    return sendPage(req, reply, { title, withCsrf: true, status }, (
      <>
        <h1>{req.t('survey.title')}</h1>
        {extra.notice && <Notice>{req.t(extra.notice)}</Notice>}
        <p className="lead">{req.t('survey.lead')}</p>
        <link rel="stylesheet" href="/assets/survey.css" />
        <script src="/assets/survey.js" defer />
        <SurveyForm
          action={action}
          values={values}
          errors={failed?.errors ?? []}
          byField={failed?.byField ?? {}}
          municipalities={municipalities}
          picker={picker.groups}
          canMail={!!mail}
          mailLink={extra.mailLink ?? false}
        />
      </>
    ));
  };

  /** The form's answers with each ticked care zone replaced by its municipalities, and the known codes. */
  const readForm = async (req: FastifyRequest) => {
    const picker = await loadMunicipalityPicker(db, req.lang);
    const values = valuesFromBody(req.body);
    if (values.answers.municipalities) values.answers.municipalities = expandZones(values.answers.municipalities, picker);
    return { values, known: picker.known, mailLink: !!mail && formString(req.body, 'mail_link') === '1' };
  };

  /** E-mails the private link when asked and possible; returns the query that lets the status page follow it. */
  const mailIfAsked = (req: FastifyRequest, asked: boolean, submissionId: string, to: string | undefined, name: string | undefined, token: string, outcomesBefore = 0): string => {
    if (!mail || !asked || !to) return '';
    mail.send({ submissionId, to, name: name ?? '', link: statusUrl(req, token), t: req.t, log: req.log });
    return `&mail=${outcomesBefore}`;
  };

  app.get('/:lang(nl|fr|en)/survey', async (req, reply) => showForm(req, reply, { answers: {}, contact: {} }, `/${req.lang}/survey`, undefined));

  app.post('/:lang(nl|fr|en)/survey', { preHandler: app.csrfProtection, config: POST_LIMIT }, async (req, reply) => {
    if (formString(req.body, 'website')) return reply.redirect(`/${req.lang}/survey/thanks`, 303); // honeypot: store nothing
    const badText = badTextInForm(req.body, req.t);
    if (badText) return showForm(req, reply, valuesFromBody(replaceBadText(req.body)), `/${req.lang}/survey`, badText, 400);
    const { values, known, mailLink } = await readForm(req);
    const mode = formString(req.body, 'action') === 'save' ? 'save' : 'submit';
    const parsed = parseSurvey(values, mode, req.t, known);
    if (!parsed.ok) return showForm(req, reply, values, `/${req.lang}/survey`, parsed, 400, { mailLink });
    const { id, token } = await createSubmission(db, { answers: parsed.answers, contact: parsed.contact, lang: req.lang, source: 'form', submit: mode === 'submit' });
    // Stored first; the e-mail follows the reply and cannot fail the submission.
    const mailQuery = mailIfAsked(req, mailLink, id, values.contact.contact_email, parsed.answers.name, token);
    return reply.redirect(`/${req.lang}/survey/s/${token}?${mode === 'submit' ? 'sent' : 'saved'}=1${mailQuery}`, 303);
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
    const q = req.query as Record<string, string>;
    const asked = /^\d{1,4}$/.test(q.mail ?? '') ? Number(q.mail) : undefined;
    if (s.status === 'draft') {
      const [contact, events] = await Promise.all([getContact(db, s.id), listEvents(db, s.id)]);
      const state = mailState(events, asked);
      const notice = state ? (`status.mail.${state}` as const) : q.saved ? 'status.saved' : undefined;
      return showForm(req, reply, { answers: s.answers, contact: contact ?? {} }, `/${req.lang}/survey/s/${token}`, undefined, 200, { notice });
    }
    const notice = q.sent ? 'status.thanks' : q.saved ? 'status.saved' : q.answered ? 'status.answerSent' : q.erased ? 'status.contactDeleted' : undefined;
    const [events, contact] = await Promise.all([listEvents(db, s.id), getContact(db, s.id)]);
    const names = new Map(((await loadMunicipalityPicker(db, req.lang)).groups.flatMap((g) => g.zones.flatMap((z) => z.municipalities)) ?? []).map((m) => [m.code, m.name]));
    return sendPage(req, reply, { title: req.t('status.title'), withCsrf: true, noindex: true }, (
      <StatusPage submission={s} events={events} link={statusUrl(req, token)} notice={notice} hasContact={!!contact} mail={mailState(events, asked)} canMail={!!mail && !!contact} areaNames={names} />
    ));
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
    if (action === 'mail-link') {
      const contact = await getContact(db, s.id);
      const before = (await listEvents(db, s.id)).filter((e) => MAIL_OUTCOMES.has(e.kind)).length;
      const query = mailIfAsked(req, true, s.id, contact?.contact_email, s.answers.name, token, before);
      return reply.redirect(query ? `${here}?${query.slice(1)}` : here, 303);
    }
    if (action === 'delete-contact') {
      await deleteContact(db, s.id, { id: null, label: 'respondent' });
      return reply.redirect(`${here}?erased=1`, 303);
    }
    if (s.status !== 'draft') return reply.redirect(here, 303);
    if (formString(req.body, 'website')) return reply.redirect(`/${req.lang}/survey/thanks`, 303);
    const { values, known, mailLink } = await readForm(req);
    const mode = action === 'save' ? 'save' : 'submit';
    const parsed = parseSurvey(values, mode, req.t, known);
    if (!parsed.ok) return showForm(req, reply, values, here, parsed, 400, { mailLink });
    await updateDraft(db, s.id, { answers: parsed.answers, contact: parsed.contact, submit: mode === 'submit' });
    const before = mailLink ? (await listEvents(db, s.id)).filter((e) => MAIL_OUTCOMES.has(e.kind)).length : 0;
    const mailQuery = mailIfAsked(req, mailLink, s.id, values.contact.contact_email, parsed.answers.name, token, before);
    return reply.redirect(`${here}?${mode === 'submit' ? 'sent' : 'saved'}=1${mailQuery}`, 303);
  });
}
