/**
 * The coders' desk under /{lang}/coding, for coders and admins: list every
 * initiative, create (as draft), edit, publish / archive / back to draft,
 * and read the history. Every change goes through saveInitiatives or
 * setStatus, which record who changed what and when.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendPage } from '../../web/render.js';
import { ProblemError, notFound, parseOrThrow } from '../../platform/problem.js';
import { requireRole } from '../../accounts/guard.js';
import { formString, titleWithErrors } from '../../ui/form-fields.js';
import { INITIATIVE_STATUSES } from '../../db/schema.js';
import { getInitiative, listRevisions, saveInitiatives, setStatus, type Actor } from '../../initiatives/store/repository.js';
import type { StoredInitiative } from '../../initiatives/record.js';
import { deskQuerySchema, listForDesk } from '../store/desk-list.js';
import { emptyForm, formFromBody, formFromInitiative } from '../form-model.js';
import { addRequested } from '../../initiatives/access-form/form.js';
import { validateForm, type FieldProblem } from '../validation.js';
import { DeskPage } from './DeskPage.js';
import { EDIT_NOTICES, EditInitiativePage, NewInitiativePage } from './EditPages.js';
import { HistoryPage } from './HistoryPage.js';
import { VerificationPage } from './VerificationPage.js';
import { listVerificationDue } from '../../initiatives/store/queries.js';
import { brusselsToday } from '../../initiatives/access.js';

/** Recorded as the source when a coder leaves "source" empty. */
export const DESK_SOURCE = 'Verbind coding desk';

const idParams = z.object({ lang: z.string(), id: z.string().min(1).max(64) });

export async function registerCodingRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const coder = requireRole('coder');
  const coderPost = { preHandler: [coder, app.csrfProtection] };
  const page = (req: FastifyRequest, title: string, status = 200) => ({ title: titleWithErrors(req.t, title, status >= 400), status, withCsrf: true, noindex: true });
  const actorOf = (req: FastifyRequest): Actor => ({ id: req.user!.id, label: req.user!.name || 'coder' });
  const editUrl = (req: FastifyRequest, id: string, notice: string) => `/${req.lang}/coding/initiatives/${encodeURIComponent(id)}?${notice}=1`;

  async function storedOr404(req: FastifyRequest): Promise<StoredInitiative> {
    const { id } = parseOrThrow(idParams, req.params);
    const stored = await getInitiative(db, id);
    if (!stored) throw notFound('Initiative');
    return stored;
  }

  app.get('/:lang(nl|fr|en)/coding', { preHandler: coder }, async (req, reply) => {
    const query = parseOrThrow(deskQuerySchema, req.query);
    const list = await listForDesk(db, query);
    return sendPage(req, reply, page(req, req.t('coding.desk.title')), <DeskPage query={query} list={list} />);
  });

  app.get('/:lang(nl|fr|en)/coding/verification', { preHandler: coder }, async (req, reply) => {
    const due = await listVerificationDue(app.database, brusselsToday(new Date()));
    return sendPage(req, reply, page(req, req.t('coding.verify.title')), <VerificationPage due={due} />);
  });

  app.get('/:lang(nl|fr|en)/coding/new', { preHandler: coder }, async (req, reply) =>
    sendPage(req, reply, page(req, req.t('coding.new.title')), <NewInitiativePage values={emptyForm()} />),
  );

  app.post('/:lang(nl|fr|en)/coding/new', coderPost, async (req, reply) => {
    const form = formFromBody(req.body);
    // "Add another place/session": the same form again with one more blank row, nothing saved.
    if (addRequested(req.body)) return sendPage(req, reply, page(req, req.t('coding.new.title')), <NewInitiativePage values={form} />);
    const result = validateForm(form);
    const problems: FieldProblem[] = result.ok ? [] : result.problems;
    if (result.ok && (await getInitiative(db, result.initiative.id))) problems.push({ field: 'id', key: 'coding.error.idTaken' });
    if (!result.ok || problems.length) {
      return sendPage(req, reply, page(req, req.t('coding.new.title'), 400), <NewInitiativePage values={form} problems={problems} />);
    }
    await saveInitiatives(db, [result.initiative], { actor: actorOf(req), defaultSource: DESK_SOURCE, status: 'draft', action: 'create' });
    return reply.redirect(editUrl(req, result.initiative.id, 'created'), 303);
  });

  app.get('/:lang(nl|fr|en)/coding/initiatives/:id', { preHandler: coder }, async (req, reply) => {
    const stored = await storedOr404(req);
    const query = req.query as Record<string, unknown>;
    const notice = EDIT_NOTICES.find((n) => query[n] === '1');
    return sendPage(req, reply, page(req, req.t('coding.edit.title', { name: stored.name })), <EditInitiativePage stored={stored} notice={notice} values={formFromInitiative(stored)} />);
  });

  app.post('/:lang(nl|fr|en)/coding/initiatives/:id', coderPost, async (req, reply) => {
    const stored = await storedOr404(req);
    const form = { ...formFromBody(req.body), id: stored.id };
    const again = (status: number, props: { problems?: FieldProblem[]; formProblem?: string }) =>
      sendPage(req, reply, page(req, req.t('coding.edit.title', { name: stored.name }), status), <EditInitiativePage stored={stored} values={form} {...props} />);
    // Someone else saved since this form was opened: do not silently overwrite their work.
    if (form.version && form.version !== stored.updated_at) return again(409, { formProblem: req.t('coding.error.conflict') });
    if (addRequested(req.body)) return again(200, {});
    const result = validateForm(form);
    if (!result.ok) return again(400, { problems: result.problems });
    const saved = await saveInitiatives(db, [result.initiative], { actor: actorOf(req), defaultSource: DESK_SOURCE });
    return reply.redirect(editUrl(req, stored.id, saved.unchanged ? 'unchanged' : 'saved'), 303);
  });

  app.post('/:lang(nl|fr|en)/coding/initiatives/:id/status', coderPost, async (req, reply) => {
    const stored = await storedOr404(req);
    const status = z.enum(INITIATIVE_STATUSES).safeParse(formString(req.body, 'status'));
    if (!status.success) throw new ProblemError(400, 'Bad request', 'Unknown status.', [{ field: 'status', message: req.t('coding.error.unknownCode', { values: formString(req.body, 'status'), count: 1 }) }]);
    await setStatus(db, stored.id, status.data, actorOf(req));
    return reply.redirect(editUrl(req, stored.id, status.data), 303);
  });

  app.get('/:lang(nl|fr|en)/coding/initiatives/:id/history', { preHandler: coder }, async (req, reply) => {
    const stored = await storedOr404(req);
    const revisions = await listRevisions(db, stored.id);
    return sendPage(req, reply, page(req, req.t('coding.history.heading', { name: stored.name })), <HistoryPage stored={stored} revisions={revisions} />);
  });
}
