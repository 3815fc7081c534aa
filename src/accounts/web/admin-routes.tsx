/**
 * /{lang}/admin/users: account administration, for admins only. Every
 * change is written to the audit log with account ids (never addresses or
 * passwords). Admins cannot switch off or demote themselves, so there is
 * always at least one admin left who can sign in.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendPage } from '../../web/render.js';
import { ProblemError, notFound, parseOrThrow } from '../../platform/problem.js';
import { audit } from '../../audit/audit.js';
import { requireRole } from '../guard.js';
import { formString, titleWithErrors, type FormError } from '../../ui/form-fields.js';
import { generatePassword, passwordProblem, PASSWORD_MAX, PASSWORD_MIN } from '../passwords.js';
import { activateUser, changeRole, createUser, deactivateUser, DuplicateEmailError, emailSchema, findUserById, listUsers, roleSchema, setPassword, type User } from '../store/users.js';
import { DONE_NOTICES, NewPasswordPage, UsersPage, type AddUserValues } from './UsersPage.js';

const NAME_MAX = 200;
const idParams = z.object({ lang: z.string(), id: z.string().max(64) });

export async function registerAdminRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const adminOnly = requireRole('admin');
  const adminPost = { preHandler: [adminOnly, app.csrfProtection] };
  const listUrl = (req: FastifyRequest, done: string) => `/${req.lang}/admin/users?done=${done}`;

  app.get('/:lang(nl|fr|en)/admin/users', { preHandler: adminOnly }, async (req, reply) => {
    const done = z.enum(DONE_NOTICES).safeParse((req.query as Record<string, unknown>).done);
    const users = await listUsers(db);
    return sendPage(req, reply, { title: req.t('admin.users.title'), withCsrf: true, noindex: true }, <UsersPage users={users} done={done.success ? done.data : undefined} />);
  });

  app.post('/:lang(nl|fr|en)/admin/users', adminPost, async (req, reply) => {
    const t = req.t;
    const values: AddUserValues = { email: formString(req.body, 'email').trim(), name: formString(req.body, 'name').trim(), role: formString(req.body, 'role') };
    const typed = formString(req.body, 'password');
    const errors: FormError[] = [];
    const email = emailSchema.safeParse(values.email);
    if (!email.success) errors.push({ id: 'f-email', label: t('admin.users.email'), message: t('admin.error.email') });
    if (values.name.length > NAME_MAX) errors.push({ id: 'f-name', label: t('admin.users.name'), message: t('admin.error.nameLong', { max: NAME_MAX }) });
    const role = roleSchema.safeParse(values.role);
    if (!role.success) errors.push({ id: 'f-role-coder', label: t('admin.users.role'), message: t('admin.error.role') });
    const problem = typed ? passwordProblem(typed) : null;
    if (problem) errors.push({ id: 'f-password', label: t('admin.users.add.password'), message: t(`admin.error.${problem}`, { min: PASSWORD_MIN, max: PASSWORD_MAX }) });

    let user: User | undefined;
    const password = typed || generatePassword();
    if (!errors.length && email.success && role.success) {
      try {
        user = await createUser(db, { email: email.data, name: values.name, role: role.data, password });
      } catch (e) {
        if (!(e instanceof DuplicateEmailError)) throw e;
        errors.push({ id: 'f-email', label: t('admin.users.email'), message: t('admin.error.emailTaken') });
      }
    }
    if (!user) {
      const users = await listUsers(db);
      return sendPage(req, reply, { title: titleWithErrors(t, t('admin.users.title'), true), withCsrf: true, noindex: true, status: 400 }, <UsersPage users={users} values={values} errors={errors} />);
    }
    await audit(db, { actorId: req.user!.id, action: 'user.create', entity: 'user', entityId: user.id, details: { role: user.role, initial: typed ? 'chosen' : 'generated' } });
    if (typed) return reply.redirect(listUrl(req, 'added'), 303);
    return sendPage(req, reply, { title: t('admin.password.createdTitle'), noindex: true }, <NewPasswordPage user={user} password={password} created />);
  });

  /** The account acted on; never oneself, so nobody locks themselves out. */
  async function otherUser(req: FastifyRequest): Promise<User> {
    const { id } = parseOrThrow(idParams, req.params);
    const user = await findUserById(db, id);
    if (!user) throw notFound('Account');
    if (user.id === req.user!.id) {
      throw new ProblemError(409, 'Conflict', 'You cannot change your own account here.', [{ field: req.t('admin.users.title'), message: req.t('admin.error.self') }]);
    }
    return user;
  }

  app.post('/:lang(nl|fr|en)/admin/users/:id/role', adminPost, async (req, reply) => {
    const user = await otherUser(req);
    const role = roleSchema.safeParse(formString(req.body, 'role'));
    if (!role.success) throw new ProblemError(400, 'Bad request', 'Unknown role.', [{ field: req.t('admin.users.role'), message: req.t('admin.error.role') }]);
    if (role.data !== user.role) {
      await changeRole(db, user.id, role.data);
      await audit(db, { actorId: req.user!.id, action: 'user.role', entity: 'user', entityId: user.id, details: { from: user.role, to: role.data } });
    }
    return reply.redirect(listUrl(req, 'role'), 303);
  });

  app.post('/:lang(nl|fr|en)/admin/users/:id/deactivate', adminPost, async (req, reply) => {
    const user = await otherUser(req);
    await deactivateUser(db, user.id);
    await audit(db, { actorId: req.user!.id, action: 'user.deactivate', entity: 'user', entityId: user.id });
    return reply.redirect(listUrl(req, 'deactivated'), 303);
  });

  app.post('/:lang(nl|fr|en)/admin/users/:id/activate', adminPost, async (req, reply) => {
    const user = await otherUser(req);
    await activateUser(db, user.id);
    await audit(db, { actorId: req.user!.id, action: 'user.activate', entity: 'user', entityId: user.id });
    return reply.redirect(listUrl(req, 'activated'), 303);
  });

  app.post('/:lang(nl|fr|en)/admin/users/:id/password', adminPost, async (req, reply) => {
    const user = await otherUser(req);
    const password = generatePassword();
    await setPassword(db, user.id, password);
    await audit(db, { actorId: req.user!.id, action: 'user.password_reset', entity: 'user', entityId: user.id });
    return sendPage(req, reply, { title: req.t('admin.password.resetTitle'), noindex: true }, <NewPasswordPage user={user} password={password} created={false} />);
  });
}
