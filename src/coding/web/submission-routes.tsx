/**
 * The coders' side of intake, for the role coder (and admins):
 *   /{lang}/coding/submissions            the queue (status filter, counts, oldest first, paged)
 *   /{lang}/coding/submissions/{id}       review: answers beside the matrix, suggestions and why;
 *                                         POST: save my coding, publish, merge into an initiative
 *   …/{id}/question, …/{id}/reject, …/{id}/contact/delete
 *   /{lang}/coding/agreement              agreement between two coders per axis
 *   /{lang}/coding/import[/{upload}[/…]]  survey export: upload, mapping, preview, commit
 * Every POST checks the role and the CSRF token and answers with a redirect
 * (POST-redirect-GET), or with the same page and its errors.
 */
import * as workflow from '../../intake/service/submission-service.js';
import type { CoderActor } from '../../intake/service/submission-service.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendPage } from '../../web/render.js';
import { ProblemError, notFound, parseOrThrow } from '../../platform/problem.js';
import { requireRole } from '../../accounts/guard.js';
import { formString, titleWithErrors } from '../../ui/form-fields.js';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../db/schema.js';
import { getInitiative } from '../../initiatives/store/repository.js';
import { formFromBody, type InitiativeFormValues } from '../form-model.js';
import { addRequested } from '../../initiatives/access-form/form.js';
import type { Access } from '../../initiatives/access.js';
import { validateForm, type FieldProblem } from '../validation.js';
import { areaNames } from '../../areas/store/names.js';
import { countByStatus, deleteContact, getContact, getSubmission, listEvents, listQueue, type SubmissionRecord } from '../../intake/store/submissions.js';
import {
  codersWithCodings,
  codingPairs,
  codingSummaries,
  getCoding,
  listCoders,
  OPEN_STATUSES,
} from '../store/submission-queue.js';
import { agreementPerAxis } from '../agreement.js';
import { findDuplicatesInBank } from '../service/duplicate-search.js';
import { codingFromForm, fieldsFromAnswers, formFromCoding, formFromSuggestions, idFromName, suggestionsFor, unknownCodes } from '../review-model.js';
import { QueuePage, QUEUE_FILTERS, type QueueFilter } from './QueuePage.js';
import { ReviewPage, type ReviewProps } from './ReviewPage.js';
import { AgreementPage } from './AgreementPage.js';
import { DonePage, MappingPage, PreviewPage, UploadPage, type MappingPageProps } from './ImportPages.js';
import { registerUploadParsing, uploadedFile, uploadErrorKind, MAX_UPLOAD_BYTES } from '../../edge/multipart.js';
import { claimCommit, createUpload, finishCommit, fittingMapping, getUpload, guessColumns, listMappings, mappingFormFromBody, mappingFromForm, releaseCommit, saveMapping, setUploadMapping, type StoredUpload } from '../../intake/store/uploads.js';
import { readTableOffThread, TableReadError, type Table } from '../../intake/bulk/read-table.js';
import { commitSurveyImport, previewSurveyImport } from '../../intake/service/bulk-import.js';

export const QUEUE_PAGE_SIZE = 25;
const PREVIEW_ROWS = 10;

const blank = (v: unknown) => (v === '' ? undefined : v);
const queueQuerySchema = z.object({
  status: z.preprocess(blank, z.enum(QUEUE_FILTERS).default('open')),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
const agreementQuerySchema = z.object({ a: z.preprocess(blank, z.uuid().optional()), b: z.preprocess(blank, z.uuid().optional()) });
const uuidParam = z.object({ id: z.uuid() });
const uploadParam = z.object({ upload: z.uuid() });

const REVIEW_NOTICES = ['saved', 'unchanged', 'published', 'merged', 'asked', 'rejected', 'erased'] as const;
/** Problems that stop even a work-in-progress coding from being saved. */
const HARD_LIMITS = new Set(['coding.error.tooLong', 'coding.error.lineTooLong', 'coding.error.tooMany']);

function statusesFor(filter: QueueFilter): SubmissionStatus[] {
  if (filter === 'open') return [...OPEN_STATUSES];
  if (filter === 'all') return SUBMISSION_STATUSES.filter((s) => s !== 'draft');
  return [filter];
}

export async function registerSubmissionCodingRoutes(app: FastifyInstance): Promise<void> {
  const database = app.database;
  const db = database.db;
  const coder = requireRole('coder');
  const coderPost = { preHandler: [coder, app.csrfProtection] };
  const page = (req: FastifyRequest, title: string, status = 200) => ({ title: titleWithErrors(req.t, title, status >= 400), status, withCsrf: true, noindex: true });
  const coderOf = (req: FastifyRequest): CoderActor => ({ id: req.user!.id, label: req.user!.name || req.user!.email, role: req.user!.role });

  // ---------------------------------------------------------------------------
  // Queue

  app.get('/:lang(nl|fr|en)/coding/submissions', { preHandler: coder }, async (req, reply) => {
    const q = parseOrThrow(queueQuerySchema, req.query);
    const [list, counts] = await Promise.all([listQueue(db, statusesFor(q.status), QUEUE_PAGE_SIZE, (q.page - 1) * QUEUE_PAGE_SIZE), countByStatus(db)]);
    const summaries = await codingSummaries(db, list.items.map((s) => s.id), req.user!.id);
    const pages = Math.max(1, Math.ceil(list.total / QUEUE_PAGE_SIZE));
    return sendPage(req, reply, page(req, req.t('queue.title')), <QueuePage filter={q.status} counts={counts} items={list.items} total={list.total} page={q.page} pages={pages} summaries={summaries} />);
  });

  // ---------------------------------------------------------------------------
  // Review

  async function submissionOr404(req: FastifyRequest): Promise<SubmissionRecord> {
    const p = uuidParam.safeParse(req.params);
    const s = p.success ? await getSubmission(db, p.data.id) : undefined;
    // Drafts are the respondent's unfinished work: coders see a submission once it is sent.
    if (!s || s.status === 'draft') throw notFound('Submission');
    return s;
  }

  /** A free initiative code based on the name: "praatcafe", else "praatcafe-2", … */
  async function freeId(base: string, submissionId: string): Promise<string> {
    for (const candidate of [base, ...[2, 3, 4, 5].map((n) => `${base}-${n}`), `${base}-${submissionId.slice(0, 8)}`]) {
      if (!(await getInitiative(db, candidate))) return candidate;
    }
    return `${base}-${submissionId}`;
  }

  type Overrides = Pick<ReviewProps, 'problems' | 'formProblem' | 'questionError' | 'rejectError' | 'notice'> & { form?: InitiativeFormValues };

  async function reviewProps(req: FastifyRequest, s: SubmissionRecord, o: Overrides = {}): Promise<ReviewProps> {
    const suggestions = suggestionsFor(s.answers);
    const mine = await getCoding(db, s.id, req.user!.id);
    const savedId = mine?.coding.fields?.id;
    const fields = fieldsFromAnswers(s.answers, o.form || savedId ? '' : await freeId(idFromName(s.answers.name), s.id));
    const answered = s.answers.access as Access | undefined;
    const form = o.form ?? (mine ? formFromCoding(mine.coding, fields, s.source, answered) : formFromSuggestions(fields, suggestions, s.source, answered));
    const open = OPEN_STATUSES.includes(s.status);
    const [coders, events, contact, duplicates, municipalityNames, initiative] = await Promise.all([
      listCoders(db, s.id),
      listEvents(db, s.id),
      getContact(db, s.id),
      open ? findDuplicatesInBank(database, form.name || s.answers.name || '', form.organisation || s.answers.initiator) : Promise.resolve([]),
      areaNames(db, s.answers.municipalities ?? [], req.lang),
      s.initiativeId ? getInitiative(db, s.initiativeId) : Promise.resolve(undefined),
    ]);
    const first = events.find((e) => e.kind === 'submitted' || e.kind === 'draft_saved');
    return {
      submission: s,
      suggestions,
      form,
      prefilledFrom: mine && !o.form ? 'coding' : 'suggestions',
      codingSavedAt: mine?.updatedAt,
      coders,
      events,
      contact,
      duplicates,
      municipalityNames,
      hasPrivateLink: first?.actorKind === 'respondent',
      initiative: initiative ? { id: initiative.id, name: initiative.name, status: initiative.status } : undefined,
      ...o,
    };
  }

  const showReview = async (req: FastifyRequest, reply: FastifyReply, s: SubmissionRecord, o: Overrides = {}, status = 200) =>
    sendPage(req, reply, page(req, req.t('review.title', { name: s.answers.name || req.t('queue.noName') }), status), <ReviewPage {...await reviewProps(req, s, o)} />);

  const reviewUrl = (req: FastifyRequest, id: string, notice?: string) => `/${req.lang}/coding/submissions/${id}${notice ? `?${notice}=1` : ''}`;

  app.get('/:lang(nl|fr|en)/coding/submissions/:id', { preHandler: coder }, async (req, reply) => {
    const s = await submissionOr404(req);
    const query = req.query as Record<string, unknown>;
    const notice = REVIEW_NOTICES.find((n) => query[n] === '1');
    return showReview(req, reply, s, notice ? { notice: `review.notice.${notice}` } : {});
  });

  app.post('/:lang(nl|fr|en)/coding/submissions/:id', coderPost, async (req, reply) => {
    const s = await submissionOr404(req);
    const form: InitiativeFormValues = { ...formFromBody(req.body), source: s.source };
    const unknown = unknownCodes(form);
    if (unknown.length) throw new ProblemError(400, 'Bad request', 'Unknown codes.', unknown.map((u) => ({ field: u.split('=')[0]!, message: req.t('coding.error.unknownCode', { values: u.split('=')[1], count: 1 }) })));
    const action = formString(req.body, 'action');
    // "Add another place/session": the form again with one more row, nothing saved.
    if (addRequested(req.body)) return showReview(req, reply, s, { form }, 200);
    const again = (o: Overrides, status = 400) => showReview(req, reply, s, { form, ...o }, status);
    const coding = codingFromForm(form);

    if (action === 'save') {
      const r = validateForm(form);
      const hard = r.ok ? [] : r.problems.filter((p) => HARD_LIMITS.has(p.key));
      if (hard.length) return again({ problems: hard });
      const done = await workflow.code(db, s, coderOf(req), coding);
      if (!done.ok) return again({ formProblem: req.t('review.error.closed') }, 409);
      return reply.redirect(reviewUrl(req, s.id, done.changed ? 'saved' : 'unchanged'), 303);
    }

    if (action === 'publish') {
      if (!workflow.check(s, 'publish', coderOf(req)).ok) return again({ formProblem: req.t('review.error.closed') }, 409);
      const r = validateForm(form);
      if (!r.ok) return again({ problems: r.problems });
      const done = await workflow.publish(db, s, coderOf(req), r.initiative, coding);
      if (!done.ok) {
        if (done.refusal === 'id_taken') return again({ problems: [{ field: 'id', key: 'coding.error.idTaken' }] });
        return again({ formProblem: req.t('review.error.closed') }, 409);
      }
      return reply.redirect(reviewUrl(req, s.id, 'published'), 303);
    }

    if (action.startsWith('merge:')) {
      const targetId = action.slice('merge:'.length);
      if (!workflow.check(s, 'merge', coderOf(req)).ok) return again({ formProblem: req.t('review.error.closed') }, 409);
      const target = targetId ? await getInitiative(db, targetId) : undefined;
      if (!target) return again({ formProblem: req.t('review.error.noTarget') }, 404);
      const r = validateForm({ ...form, id: target.id });
      if (!r.ok) return again({ problems: r.problems.filter((p: FieldProblem) => p.field !== 'id') });
      const done = await workflow.merge(db, s, coderOf(req), target.id, r.initiative, coding);
      if (!done.ok) return again({ formProblem: req.t(done.refusal === 'not_found' ? 'review.error.noTarget' : 'review.error.closed') }, 409);
      return reply.redirect(reviewUrl(req, s.id, 'merged'), 303);
    }

    throw new ProblemError(400, 'Bad request', 'Unknown action.');
  });

  app.post('/:lang(nl|fr|en)/coding/submissions/:id/question', coderPost, async (req, reply) => {
    const s = await submissionOr404(req);
    const question = formString(req.body, 'question').trim();
    const done = await workflow.ask(db, s, coderOf(req), question);
    if (!done.ok && done.refusal === 'reason_required') return showReview(req, reply, s, { questionError: req.t('review.ask.required') }, 400);
    if (!done.ok && done.refusal === 'reason_too_long') return showReview(req, reply, s, { questionError: req.t('coding.error.tooLong', { max: done.maxLength }) }, 400);
    if (!done.ok) return showReview(req, reply, s, { formProblem: req.t('review.error.closed') }, 409);
    return reply.redirect(reviewUrl(req, s.id, 'asked'), 303);
  });

  app.post('/:lang(nl|fr|en)/coding/submissions/:id/reject', coderPost, async (req, reply) => {
    const s = await submissionOr404(req);
    const reason = formString(req.body, 'reason').trim();
    const done = await workflow.reject(db, s, coderOf(req), reason);
    if (!done.ok && done.refusal === 'reason_required') return showReview(req, reply, s, { rejectError: req.t('review.reject.required') }, 400);
    if (!done.ok && done.refusal === 'reason_too_long') return showReview(req, reply, s, { rejectError: req.t('coding.error.tooLong', { max: done.maxLength }) }, 400);
    if (!done.ok) return showReview(req, reply, s, { formProblem: req.t('review.error.closed') }, 409);
    return reply.redirect(reviewUrl(req, s.id, 'rejected'), 303);
  });

  app.post('/:lang(nl|fr|en)/coding/submissions/:id/contact/delete', coderPost, async (req, reply) => {
    const s = await submissionOr404(req);
    await deleteContact(db, s.id, coderOf(req));
    return reply.redirect(reviewUrl(req, s.id, 'erased'), 303);
  });

  // ---------------------------------------------------------------------------
  // Agreement

  app.get('/:lang(nl|fr|en)/coding/agreement', { preHandler: coder }, async (req, reply) => {
    const q = parseOrThrow(agreementQuerySchema, req.query);
    const coders = await codersWithCodings(db);
    let result: { pairs: number; rows: ReturnType<typeof agreementPerAxis> } | undefined;
    let problem: string | undefined;
    if (q.a && q.b) {
      if (q.a === q.b) problem = req.t('agreement.same');
      else {
        const pairs = await codingPairs(db, q.a, q.b);
        result = { pairs: pairs.length, rows: agreementPerAxis(pairs) };
      }
    }
    return sendPage(req, reply, page(req, req.t('agreement.title')), <AgreementPage coders={coders} a={q.a} b={q.b} result={result} problem={problem} />);
  });

  // ---------------------------------------------------------------------------
  // Survey import (multipart only in this scope)

  await app.register(async (scope) => {
    await registerUploadParsing(scope);

    const uploadPage = async (req: FastifyRequest, reply: FastifyReply, error?: string, status = 200) =>
      sendPage(req, reply, page(req, req.t('upload.title'), status), <UploadPage mappings={await listMappings(db)} error={error} status={error ? status : undefined} />);

    // A file that is too large or not a readable form: say so on the upload page; nothing was stored.
    scope.setErrorHandler(async (error, req, reply) => {
      const kind = uploadErrorKind(error, req);
      if (!kind || !req.user) throw error;
      const max = new Intl.NumberFormat(`${req.lang}-BE`).format(MAX_UPLOAD_BYTES / 1024 / 1024);
      return uploadPage(req, reply, req.t(kind === 'too_large' ? 'upload.error.tooLarge' : 'upload.error.malformed', { max }), kind === 'too_large' ? 413 : 400);
    });

    async function uploadOr404(req: FastifyRequest): Promise<StoredUpload> {
      const p = uploadParam.safeParse(req.params);
      const u = p.success ? await getUpload(db, p.data.upload, req.user!.id) : undefined;
      if (!u) throw new ProblemError(404, 'Not found', req.t('upload.error.gone'));
      return u;
    }
    const importUrl = (req: FastifyRequest, id: string, rest = '') => `/${req.lang}/coding/import/${id}${rest}`;

    scope.get('/:lang(nl|fr|en)/coding/import', { preHandler: coder }, async (req, reply) => uploadPage(req, reply));

    // The role is checked on arrival (onRequest), before the body is read: only coders can make the server buffer a file.
    scope.post('/:lang(nl|fr|en)/coding/import', { onRequest: coder, preHandler: app.csrfProtection }, async (req, reply) => {
      const file = uploadedFile(req.body);
      if (!file || file.bytes.length === 0) return uploadPage(req, reply, req.t('upload.error.noFile'), 400);
      const fileName = (file.fileName.split(/[\\/]/).pop() || 'upload').slice(0, 200);
      const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
      if (!isZip && file.bytes.subarray(0, 64 * 1024).includes(0)) return uploadPage(req, reply, req.t('upload.error.unreadable'), 400);
      // Read once, in a worker thread with time and memory limits; the mapping, preview and commit steps use the stored table.
      let table: Table;
      try {
        table = await readTableOffThread(file.bytes, fileName);
      } catch (e) {
        if (e instanceof TableReadError) {
          const message = e.kind === 'unreadable' ? req.t('upload.error.unreadable') : req.t(e.kind === 'limit' ? 'upload.error.limit' : 'upload.error.text', { reason: e.message });
          return uploadPage(req, reply, message, 400);
        }
        throw e;
      }
      if (table.rows.length === 0) return uploadPage(req, reply, req.t('upload.error.empty'), 400);
      const id = await createUpload(db, { userId: req.user!.id, fileName, size: file.bytes.length, table });
      return reply.redirect(importUrl(req, id), 303);
    });

    const showMapping = async (req: FastifyRequest, reply: FastifyReply, upload: StoredUpload, o: Partial<Pick<MappingPageProps, 'values' | 'problems' | 'from'>> = {}, status = 200) => {
      const { table } = upload;
      const mappings = await listMappings(db);
      const asked = formString(req.query, 'mapping');
      const chosen = mappings.find((m) => m.name === asked);
      let from: MappingPageProps['from'];
      let values: MappingPageProps['values'];
      if (o.values) {
        from = o.from ?? { kind: 'form' };
        values = o.values;
      } else if (chosen) {
        from = { kind: 'remembered', name: chosen.name };
        values = chosen;
      } else if (upload.mapping) {
        from = { kind: 'upload' };
        values = upload.mapping;
      } else {
        const fitting = fittingMapping(mappings, table.headers);
        from = fitting ? { kind: 'remembered', name: fitting.name } : { kind: 'guess' };
        values = fitting ?? { name: upload.fileName.replace(/\.[^.]+$/, ''), separator: ',', columns: guessColumns(table.headers) };
      }
      return sendPage(
        req,
        reply,
        page(req, req.t('upload.mapping.title'), status),
        <MappingPage upload={{ id: upload.id, fileName: upload.fileName, size: upload.size, rows: table.rows.length }} headers={table.headers} mappings={mappings} from={from} values={values} problems={o.problems ?? []} />,
      );
    };

    scope.get('/:lang(nl|fr|en)/coding/import/:upload', { preHandler: coder }, async (req, reply) => {
      const upload = await uploadOr404(req);
      if (upload.committedAt) return reply.redirect(importUrl(req, upload.id, '/done'), 303);
      return showMapping(req, reply, upload);
    });

    scope.post('/:lang(nl|fr|en)/coding/import/:upload/mapping', coderPost, async (req, reply) => {
      const upload = await uploadOr404(req);
      if (upload.committedAt) return reply.redirect(importUrl(req, upload.id, '/done'), 303);
      const form = mappingFormFromBody(req.body);
      const r = mappingFromForm(form, upload.table.headers, await listMappings(db));
      if (!r.ok) return showMapping(req, reply, upload, { values: form, problems: r.problems }, 400);
      await saveMapping(db, r.mapping);
      await setUploadMapping(db, upload.id, r.mapping);
      return reply.redirect(importUrl(req, upload.id, '/preview'), 303);
    });

    const showPreview = async (req: FastifyRequest, reply: FastifyReply, upload: StoredUpload, busyProblem?: string, status = 200) => {
      const r = await previewSurveyImport(database, upload.table, upload.fileName, upload.mapping!);
      return sendPage(
        req,
        reply,
        page(req, req.t('upload.preview.title'), status),
        <PreviewPage upload={upload} mappingName={upload.mapping!.name} rows={r.rows} records={r.records} errors={r.errors} shown={PREVIEW_ROWS} busyProblem={busyProblem} />,
      );
    };

    scope.get('/:lang(nl|fr|en)/coding/import/:upload/preview', { preHandler: coder }, async (req, reply) => {
      const upload = await uploadOr404(req);
      if (upload.committedAt) return reply.redirect(importUrl(req, upload.id, '/done'), 303);
      if (!upload.mapping) return reply.redirect(importUrl(req, upload.id), 303);
      return showPreview(req, reply, upload, formString(req.query, 'busy') === '1' ? req.t('upload.preview.busy') : undefined);
    });

    scope.post('/:lang(nl|fr|en)/coding/import/:upload/commit', coderPost, async (req, reply) => {
      const upload = await uploadOr404(req);
      if (upload.committedAt) return reply.redirect(importUrl(req, upload.id, '/done'), 303);
      if (!upload.mapping) return reply.redirect(importUrl(req, upload.id), 303);
      if (!(await claimCommit(db, upload.id))) return reply.redirect(importUrl(req, upload.id, '/preview?busy=1'), 303);
      let created: number;
      try {
        const r = await commitSurveyImport(database, upload.table, upload.fileName, upload.mapping);
        if (r.errors.length) {
          await releaseCommit(db, upload.id);
          return showPreview(req, reply, upload, undefined, 400);
        }
        created = r.created;
      } catch (e) {
        await releaseCommit(db, upload.id);
        throw e;
      }
      await finishCommit(db, upload.id, created);
      return reply.redirect(importUrl(req, upload.id, '/done'), 303);
    });

    scope.get('/:lang(nl|fr|en)/coding/import/:upload/done', { preHandler: coder }, async (req, reply) => {
      const upload = await uploadOr404(req);
      if (!upload.committedAt) return reply.redirect(importUrl(req, upload.id, upload.mapping ? '/preview' : ''), 303);
      return sendPage(req, reply, page(req, req.t('upload.done.title')), <DonePage fileName={upload.fileName} created={upload.created ?? 0} at={upload.committedAt} />);
    });
  });
}
