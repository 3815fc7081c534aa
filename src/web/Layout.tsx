import type { ReactNode } from 'react';
import { usePage, href } from './page-context.js';
import { LANGS } from '../i18n/index.js';

const LANG_NAMES = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const;

export function Layout({ title, children, noindex, description }: { title: string; children: ReactNode; noindex: boolean; description?: string | undefined }) {
  const { lang, t, user, pathWithoutLang, csrfToken } = usePage();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Verbind`}</title>
        {description && <meta name="description" content={description} />}
        {noindex && <meta name="robots" content="noindex" />}
        <link rel="stylesheet" href="/assets/verbind.css" />
        {LANGS.map((l) => (
          <link key={l} rel="alternate" hrefLang={l} href={href(l, pathWithoutLang)} />
        ))}
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
            <ul>
              <li>
                <a href={href(lang, '/')}>{t('layout.nav.search')}</a>
              </li>
              <li>
                <a href={href(lang, '/matrix')}>{t('layout.nav.matrix')}</a>
              </li>
              <li>
                <a href={href(lang, '/landscape')}>{t('layout.nav.landscape')}</a>
              </li>
              <li>
                <a href={href(lang, '/monitor')}>{t('layout.nav.monitor')}</a>
              </li>
              <li>
                <a href={href(lang, '/screening')}>{t('screening.nav')}</a>
              </li>
              <li>
                <a href={href(lang, '/self-check')}>{t('screening.nav.selfCheck')}</a>
              </li>
              <li>
                <a href={href(lang, '/survey')}>{t('layout.nav.survey')}</a>
              </li>
              <li>
                <a href={href(lang, '/about')}>{t('layout.nav.about')}</a>
              </li>
              {user ? (
                <>
                  <li>
                    <a href={href(lang, '/coding')}>{t('layout.nav.coding')}</a>
                  </li>
                  {user.role === 'admin' && (
                    <li>
                      <a href={href(lang, '/admin/users')}>{t('layout.nav.admin')}</a>
                    </li>
                  )}
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
                  <a href={href(lang, '/sign-in')}>{t('layout.nav.signIn')}</a>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t('layout.footer')}</p>
            <p>
              <a href="/openapi.json">{t('layout.api')}</a> · <a href="/hsds/services">HSDS</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
