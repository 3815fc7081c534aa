/**
 * Server-side rendering of pages: plain HTML that works without
 * JavaScript, for search engines, old phones and screen readers.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageContext, type PageContextValue } from './page-context.js';
import { Layout } from './Layout.js';
import type { FieldError, ProblemError } from '../platform/problem.js';
import { colon, QUOTES, type Lang, type Translate } from '../i18n/index.js';
import { sitePublicUrl } from '../config.js';

export interface PageOptions {
  title: string;
  status?: number;
  /** Forms on the page post: include a CSRF token. */
  withCsrf?: boolean;
  /** Pages for signed-in users and error pages are not indexed. */
  noindex?: boolean;
  /** Optional description for search engines. */
  description?: string;
}

export function pageContext(req: FastifyRequest, reply: FastifyReply, withCsrf = false): PageContextValue {
  const path = req.url.replace(/^\/(nl|fr|en)(?=\/|$|\?)/, '') || '/';
  return {
    lang: req.lang,
    t: req.t,
    user: req.user,
    pathWithoutLang: path,
    site: req.server.config?.site ?? {},
    // From the configured public URL, never from Host / X-Forwarded-* headers (config.ts).
    pageUrl: `${sitePublicUrl(req.server)}${req.url}`,
    nav: req.server.nav,
    ...(withCsrf || req.user ? { csrfToken: reply.generateCsrf() } : {}),
  };
}

export function renderPage(ctx: PageContextValue, options: PageOptions, body: ReactElement): string {
  const html = renderToStaticMarkup(
    <PageContext.Provider value={ctx}>
      <Layout title={options.title} noindex={options.noindex ?? false} description={options.description}>
        {body}
      </Layout>
    </PageContext.Provider>,
  );
  return '<!doctype html>' + html;
}

export function sendPage(req: FastifyRequest, reply: FastifyReply, options: PageOptions, body: ReactElement | ((ctx: PageContextValue) => ReactElement)): FastifyReply {
  const ctx = pageContext(req, reply, options.withCsrf);
  const element = typeof body === 'function' ? body(ctx) : body;
  if (req.user || options.withCsrf) reply.header('cache-control', 'no-store');
  return reply
    .code(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(renderPage(ctx, options, element));
}

export function sendErrorPage(req: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  const t = req.t;
  const key = problem.status === 404 ? 'error.notFound' : problem.status === 403 ? 'error.forbidden' : problem.status === 401 ? 'error.unauthorized' : problem.status === 429 ? 'error.tooMany' : problem.status >= 500 ? 'error.server' : 'error.badRequest';
  return sendPage(req, reply, { title: t(`${key}.title`), status: problem.status, noindex: true }, (
    <>
      <h1>{t(`${key}.title`)}</h1>
      <p>{t(`${key}.body`)}</p>
      {problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e, n) => (
            <li key={n}>
              <FieldProblem error={e} lang={req.lang} t={t} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/${req.lang}`}>{t('error.home')}</a>
      </p>
    </>
  ));
}

/**
 * One wrong field, said in the page's language when the kind of mistake is known (a name the page
 * does not know, a value outside its list, not a number, out of range); otherwise the field with
 * its English message, marked as English so it is read as such.
 */
function FieldProblem({ error, lang, t }: { error: FieldError; lang: Lang; t: Translate }) {
  const r = error.reason;
  const [open, close] = QUOTES[lang];
  const list = (items: readonly string[]) => items.map((x) => `${open}${x}${close}`).join(', ');
  if (r?.kind === 'unknown') return <>{t('error.field.unknown', { keys: list(r.keys) })}</>;
  const said = r ? t(`error.field.${r.kind}`, r.kind === 'choice' ? { allowed: list(r.allowed) } : {}) : undefined;
  return (
    <>
      {/* The API's "query." or "body." prefix says nothing to a person on a page. */}
      <strong>{error.field.replace(/^(query|body|params)\./, '')}</strong>
      {`${colon(lang)} `}
      {said ?? <span lang={lang === 'en' ? undefined : 'en'}>{error.message}</span>}
    </>
  );
}
