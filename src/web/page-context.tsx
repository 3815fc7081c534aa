/** What every server-rendered component may know about the request. */
import { createContext, useContext } from 'react';
import type { Lang, Translate } from '../i18n/index.js';
import type { UserRole } from '../db/schema.js';
import type { SiteInfo } from '../config.js';
import type { NavEntry } from '../platform/module.js';

/** The signed-in person as pages see them (accounts' SessionUser has this shape). */
export interface PageUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

export interface PageContextValue {
  lang: Lang;
  t: Translate;
  user: PageUser | null;
  /** Path without the language prefix, e.g. "/initiatives/abc?x=1", for the language switcher. */
  pathWithoutLang: string;
  /** CSRF token for forms (present when the page has forms that post). */
  csrfToken?: string;
  /** Publisher and contact address, as configured (either may be missing). */
  site?: SiteInfo;
  /** The page's absolute URL, printed with the page. */
  pageUrl?: string;
  /** The main menu's entries, in order (composed from the capabilities' modules). */
  nav?: readonly NavEntry[];
}

export const PageContext = createContext<PageContextValue | null>(null);

export function usePage(): PageContextValue {
  const v = useContext(PageContext);
  if (!v) throw new Error('usePage outside a page');
  return v;
}

/** Link to a page in the current language. */
export function href(lang: Lang, path: string): string {
  return `/${lang}${path.startsWith('/') ? path : '/' + path}`;
}
