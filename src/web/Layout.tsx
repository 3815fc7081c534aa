import type { ReactNode } from 'react';
import { usePage, href } from './page-context.js';
import { LANGS } from '../i18n/index.js';

const LANG_NAMES = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const;

// One formatter per language: toLocaleDateString builds a new one on every call, about a millisecond of every page.
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();
function printedDate(lang: string): string {
  let f = DATE_FORMATS.get(lang);
  if (!f) DATE_FORMATS.set(lang, (f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric' })));
  return f.format(new Date());
}

/** Is `path` (without language, maybe with a query) the menu item `item` or a page under it? "/" only matches the home page. */
export function isCurrentNav(item: string, path: string): boolean {
  const p = path.split('?')[0]!.replace(/\/+$/, '') || '/';
  if (item === '/') return p === '/' || p.startsWith('/initiatives/'); // an initiative is a search result
  return p === item || p.startsWith(item + '/') || p.startsWith(item + '.');
}

export function Layout({ title, children, noindex, description }: { title: string; children: ReactNode; noindex: boolean; description?: string | undefined }) {
  const { lang, t, user, pathWithoutLang, csrfToken, site, pageUrl, nav: menu = [] } = usePage();
  // The current menu item: aria-current for screen readers, and underlined and bold on screen (not by colour alone).
  const nav = (item: string) => ({ href: href(lang, item), ...(isCurrentNav(item, pathWithoutLang) ? { 'aria-current': 'page' as const } : {}) });
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Verbind`}</title>
        {description && <meta name="description" content={description} />}
        {noindex && <meta name="robots" content="noindex" />}
        <link rel="stylesheet" href="/assets/verbind.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {/* Language versions are for search engines: a page they must not index (an error, a private link) names none. */}
        {!noindex &&
          LANGS.map((l) => <link key={l} rel="alternate" hrefLang={l} href={href(l, pathWithoutLang)} />)}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('layout.skip')}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a className="brand" href={href(lang, '/')}>
              Verbind
              <span className="tagline">{t('layout.tagline')}</span>
            </a>
            <nav aria-label={t('layout.languages')} className="langs">
              <ul>
                {LANGS.map((l) => (
                  <li key={l}>
                    {l === lang ? (
                      <span aria-current="true" lang={l}>
                        {LANG_NAMES[l]}
                      </span>
                    ) : (
                      <a href={href(l, pathWithoutLang)} lang={l} hrefLang={l}>
                        {LANG_NAMES[l]}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <nav aria-label={t('layout.main')} className="wrap main-nav">
            {/* On a phone the list folds into a "Menu" disclosure (no JavaScript needed); wider screens show it whole (verbind.css). */}
            <details className="menu-toggle">
              <summary>{t('layout.menu')}</summary>
              <ul>
                {menu
                  .filter((e) => (e.audience ?? 'everyone') === 'everyone')
                  .map((e) => (
                    <li key={e.path}>
                      <a {...nav(e.path)}>{t(e.label)}</a>
                    </li>
                  ))}
                {user ? (
                  <>
                    {menu
                      .filter((e) => e.audience === 'signed-in' || (e.audience === 'admin' && user.role === 'admin'))
                      .map((e) => (
                        <li key={e.path}>
                          <a {...nav(e.path)}>{t(e.label)}</a>
                        </li>
                      ))}
                    <li>
                      <form method="post" action={href(lang, '/sign-out')} className="inline-form">
                        {csrfToken && <input type="hidden" name="_csrf" value={csrfToken} />}
                        <button type="submit" className="link-button">
                          {t('layout.nav.signOut')}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <a {...nav('/sign-in')}>{t('layout.nav.signIn')}</a>
                  </li>
                )}
              </ul>
            </details>
          </nav>
        </header>
        <p className="print-only print-meta">
          Verbind · {pageUrl} · {t('layout.printedOn', { date: printedDate(lang) })}
        </p>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <SiteFooter />
            <p>{t('layout.footer')}</p>
            <p>
              <a href={href(lang, '/privacy')}>{t('layout.privacy')}</a> · <a href={href(lang, '/accessibility')}>{t('layout.accessibility')}</a> · <a href="/openapi.json">{t('layout.api')}</a> · <a href="/hsds/services">HSDS</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Publisher and contact address as configured; never invented, and said plainly when missing. */
export function SiteFooter() {
  const { t, site } = usePage();
  const publisher = site?.publisher;
  const email = site?.contactEmail;
  return (
    <p className="site-owner">
      {publisher ? t('layout.publisher', { publisher }) : t('layout.publisherMissing')}{' '}
      {email ? (
        <>
          {t('layout.contact')} <a href={`mailto:${email}`}>{email}</a>
        </>
      ) : (
        t('layout.contactMissing')
      )}
    </p>
  );
}
