/**
 * GET/POST /{lang}/sign-in and POST /{lang}/sign-out. Failures say only
 * "e-mail address or password is wrong", take as long for an unknown
 * address as for a wrong password, are rate limited per IP address and
 * are written to the audit log (with the account id, never the address).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../web/render.js';
import { audit } from '../../audit/audit.js';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from '../store/sessions.js';
import { findUserByEmail } from '../store/users.js';
import { burnVerifyTime, verifyPassword } from '../passwords.js';
import { localPath } from '../safe-next.js';
import { clearSignInFailures, recordSignInFailure, signInPausedFor } from '../store/throttle.js';
import { formString, titleWithErrors, type FormError } from '../../ui/form-fields.js';
import { SignInPage } from './SignInPage.js';

export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

export async function registerSignInRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const rateLimit =
    app.config.rateLimit === false ? false : { max: app.config.signInRateLimit ?? SIGN_IN_ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' };

  const showForm = (req: FastifyRequest, reply: FastifyReply, props: Parameters<typeof SignInPage>[0], status = 200) =>
    sendPage(req, reply, { title: titleWithErrors(req.t, req.t('accounts.signIn.title'), status >= 400), withCsrf: true, noindex: true, status }, <SignInPage {...props} />);

  // The same words for every address, known or not: the answer never says whether an account exists.
  const showPaused = (req: FastifyRequest, reply: FastifyReply, next: string | undefined, email: string, seconds: number) => {
    reply.header('retry-after', String(seconds));
    const paused: FormError = { id: 'email', label: '', message: req.t('accounts.signIn.paused', { minutes: Math.ceil(seconds / 60) }) };
    return showForm(req, reply, { next, email, errors: [paused] }, 429);
  };

  app.get('/:lang(nl|fr|en)/sign-in', async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    return showForm(req, reply, { next: localPath(query.next), signedOut: query.signedOut === '1' });
  });

  app.post('/:lang(nl|fr|en)/sign-in', { config: { rateLimit }, preHandler: app.csrfProtection }, async (req, reply) => {
    const t = req.t;
    const email = formString(req.body, 'email').trim();
    const password = formString(req.body, 'password');
    const next = localPath(formString(req.body, 'next') || (req.query as Record<string, unknown>).next);

    const missing: FormError[] = [];
    if (!email) missing.push({ id: 'email', label: t('accounts.signIn.email'), message: t('accounts.signIn.emailMissing') });
    if (!password) missing.push({ id: 'password', label: t('accounts.signIn.password'), message: t('accounts.signIn.passwordMissing') });
    if (missing.length) return showForm(req, reply, { next, email, errors: missing }, 400);

    // Per account, whatever the address (throttle.ts): while paused, no password is checked.
    const paused = await signInPausedFor(app.database, email);
    if (paused) {
      await audit(db, { actorId: null, action: 'sign_in.paused', entity: 'user', entityId: null });
      return showPaused(req, reply, next, email, paused);
    }

    const user = await findUserByEmail(db, email);
    let ok = false;
    if (user) ok = await verifyPassword(user.passwordHash, password);
    else await burnVerifyTime(password);

    if (!user || !ok || !user.active) {
      const reason = !user ? 'unknown_account' : !ok ? 'wrong_password' : 'inactive_account';
      await audit(db, { actorId: null, action: 'sign_in.failure', entity: 'user', entityId: user?.id ?? null, details: { reason } });
      const pause = await recordSignInFailure(app.database, email);
      if (pause) return showPaused(req, reply, next, email, pause);
      const failed: FormError = { id: 'email', label: '', message: t('accounts.signIn.failed') };
      return showForm(req, reply, { next, email, errors: [failed] }, 401);
    }

    await clearSignInFailures(app.database, email);
    // A fresh token on every sign-in: a token planted before signing in is worthless.
    await deleteSession(db, req.cookies[SESSION_COOKIE]);
    const session = await createSession(db, user.id);
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: app.config.secureCookies ?? false,
      maxAge: SESSION_HOURS * 3600,
    });
    await audit(db, { actorId: user.id, action: 'sign_in.success', entity: 'user', entityId: user.id });
    reply.header('cache-control', 'no-store');
    return reply.redirect(next ?? `/${req.lang}/coding`, 303);
  });

  app.post('/:lang(nl|fr|en)/sign-out', { preHandler: app.csrfProtection }, async (req, reply) => {
    await deleteSession(db, req.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.secureCookies ?? false });
    if (req.user) await audit(db, { actorId: req.user.id, action: 'sign_out', entity: 'user', entityId: req.user.id });
    return reply.redirect(`/${req.lang}/sign-in?signedOut=1`, 303);
  });
}
