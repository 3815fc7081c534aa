/**
 * The Fastify application: security plugins, request context (language,
 * translator, signed-in user), error pages / problem+json, and every
 * capability's routes. Stateless: sessions live in the database.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import { databaseRateLimitStore } from '../platform/rate-limit-store.js';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { registerAdmission, type AdmissionLimits } from './admission.js';
import { ping, type Database } from '../db/client.js';
import type { SiteInfo } from '../config.js';
import type { MailConfig } from '../platform/mail.js';
import { makeTranslator, negotiateLang, isLang, type Lang, type Translate } from '../i18n/index.js';
import { CATALOGUE } from '../i18n/catalogue.js';
import { loadSessionUser, SESSION_COOKIE, type SessionUser } from '../accounts/store/sessions.js';
import { ProblemError, problemBody } from '../platform/problem.js';
import { databaseCookieSigner } from './secret.js';
import { registerRoutes } from './routes.js';
import { MODULES } from '../modules.js';
import type { NavEntry } from '../platform/module.js';
import { sendErrorPage } from '../web/render.js';
import { settleCatalogueIndex } from '../initiatives/store/search.js';
import { registerBadTextCheck } from '../edge/http.js';
import { loggerOptions } from '../edge/log.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: AppOptions;
    /** The main menu, composed from every capability's entries (src/modules.ts), in menu order. */
    nav: readonly NavEntry[];
  }
  interface FastifyRequest {
    user: SessionUser | null;
    lang: Lang;
    t: Translate;
  }
}

export interface AppOptions {
  database: Database;
  secureCookies?: boolean;
  logLevel?: string;
  /** Where the log goes (default stdout); tests capture it. */
  logStream?: NodeJS.WritableStream;
  /** Off in tests that hammer one route. */
  rateLimit?: boolean;
  /** Sign-in attempts per minute and address (default 10). */
  signInRateLimit?: number;
  /** Which proxies to trust for the client address (Fastify trustProxy: an IP, CIDR list, hop count or true). */
  trustProxy?: boolean | string;
  /** A bounded request queue (admission.ts); `serve` sets it, tests that need it too. */
  admission?: AdmissionLimits;
  /** Publisher and contact address for the footer and statements (VERBIND_PUBLISHER, VERBIND_CONTACT_EMAIL). */
  site?: SiteInfo;
  /** Base of every absolute link (config.ts publicUrlFor); default: from VERBIND_PUBLIC_URL, HOST and PORT. */
  publicUrl?: string;
  /** Outgoing mail (VERBIND_SMTP_URL, platform/mail.ts); without it nothing is e-mailed. */
  mail?: MailConfig | undefined;
  /** How often the cookie secret is read again from the database (default 5 s; a restore replaces it). */
  cookieSecretCheckMs?: number;
}

const translators = Object.fromEntries((['nl', 'fr', 'en'] as const).map((l) => [l, makeTranslator(CATALOGUE, l)])) as Record<Lang, Translate>;
export const translatorFor = (lang: Lang): Translate => translators[lang];

/** Language from the path prefix (/nl/, /fr/, /en/), else the lang cookie, else Accept-Language. */
export function requestLang(url: string, cookieLang: string | undefined, acceptLanguage: string | undefined): Lang {
  const first = url.split('?')[0]!.split('/')[1];
  if (isLang(first)) return first;
  if (isLang(cookieLang)) return cookieLang;
  return negotiateLang(acceptLanguage);
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // No personal data or secrets in logs: method, path (no query string, tokens redacted) and status; errors without SQL parameters.
    logger: options.logLevel === 'silent' || !options.logLevel ? false : loggerOptions(options.logLevel, options.logStream),
    bodyLimit: 2 * 1024 * 1024,
    // Only a configured reverse proxy may set X-Forwarded-For; otherwise anyone could dodge per-address rate limits.
    trustProxy: options.trustProxy ?? false,
  });
  app.decorate('database', options.database);
  if (options.admission) registerAdmission(app, options.admission); // first: a full queue answers before any database work
  // A catalogue facet-index rebuild may still be reading: let it finish before the database closes.
  app.addHook('onClose', async () => settleCatalogueIndex(options.database));
  app.decorate('config', options);
  app.decorate('nav', MODULES.flatMap((m) => m.nav ?? []).sort((a, b) => a.order - b.order));
  app.decorateRequest('user', null);
  app.decorateRequest('lang', 'nl');
  app.decorateRequest('t', translators.nl);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const cookieSigner = await databaseCookieSigner(options.database, options.cookieSecretCheckMs);
  await app.register(cookie, { secret: cookieSigner });
  // A restored database brings its own secret: picked up here, not at the next restart (health checks never wait on it).
  app.addHook('onRequest', async (req) => {
    if (!/^\/(healthz|readyz)\b/.test(req.url)) await cookieSigner.refresh();
  });
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure: options.secureCookies ?? false },
  });
  // Counters in the database, so several app instances on one PostgreSQL limit as one.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(options.database) });
  // Pages are text: compressing them makes the search page ~5x smaller on slow phone connections.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('../web/assets', import.meta.url)),
    prefix: '/assets/',
    maxAge: '1d',
  });

  app.addHook('onRequest', async (req) => {
    req.lang = requestLang(req.url, req.cookies.lang, req.headers['accept-language']);
    req.t = translators[req.lang];
    req.user = await loadSessionUser(options.database.db, req.cookies[SESSION_COOKIE]);
  });

  registerBadTextCheck(app); // NUL and lone surrogates: a located 400 before any route runs

  app.setErrorHandler(async (error, req, reply) => {
    const wantsJson = req.url.startsWith('/api/') || req.url.startsWith('/hsds') || req.url.startsWith('/openapi');
    let problem: ProblemError;
    if (error instanceof ProblemError) problem = error;
    else if ((error as { code?: string }).code === 'FST_CSRF_INVALID_TOKEN' || (error as { code?: string }).code === 'FST_CSRF_MISSING_SECRET') {
      problem = new ProblemError(403, 'Forbidden', 'The form expired or was sent from elsewhere. Reload the page and try again.');
    } else if (typeof (error as { statusCode?: number }).statusCode === 'number' && (error as { statusCode: number }).statusCode < 500) {
      const e = error as { statusCode: number; message: string };
      problem = new ProblemError(e.statusCode, e.statusCode === 429 ? 'Too many requests' : 'Bad request', e.message);
    } else {
      req.log.error({ err: error }, 'unhandled error');
      problem = new ProblemError(500, 'Internal error', 'Something went wrong on our side. Nothing was changed.');
    }
    if (wantsJson) {
      return reply.code(problem.status).type('application/problem+json').send(problemBody(problem, req.url.split('?')[0]));
    }
    return sendErrorPage(req, reply, problem);
  });
  app.setNotFoundHandler(async (req, reply) => {
    const p = new ProblemError(404, 'Not found', 'This page or record does not exist.');
    if (req.url.startsWith('/api/') || req.url.startsWith('/hsds')) {
      return reply.code(404).type('application/problem+json').send(problemBody(p, req.url.split('?')[0]));
    }
    return sendErrorPage(req, reply, p);
  });

  // Liveness (routes.ts /healthz) never touches the database; readiness does, within a second.
  app.get('/readyz', async (_req, reply) => {
    const ok = await Promise.race([ping(options.database).catch(() => false), new Promise<false>((r) => setTimeout(() => r(false), 1000).unref())]);
    return reply.code(ok ? 200 : 503).send({ database: ok ? 'ok' : 'unavailable' });
  });
  await registerRoutes(app);
  return app;
}
