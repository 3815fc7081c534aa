/**
 * ICU messages for nl (first), fr and en. Each capability keeps its own
 * messages next to its code (`messages.ts`) and registers them in
 * catalogue.ts; keys are namespaced ("search.title").
 */
import { IntlMessageFormat } from 'intl-messageformat';

/** The three languages of Verbind, Dutch first. */
export type Lang = 'nl' | 'fr' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

export type MessageBundle<K extends string = string> = Record<Lang, Record<K, string>>;

/** Declares a module's messages; the type makes fr and en carry every nl key. */
export function defineMessages<K extends string>(bundle: { nl: Record<K, string>; fr: Record<NoInfer<K>, string>; en: Record<NoInfer<K>, string> }): MessageBundle<K> {
  return bundle;
}

/**
 * Every message key, as a type: src/i18n/catalogue.ts adds the keys of every bundle it merges
 * (declaration merging), so `t('serach.title')` fails `npm run typecheck`. A key built at run time
 * must be typed as a union of known keys (e.g. `monitor.level.${AreaLevel}`) or asserted.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageKeys {}
export type MessageKey = keyof MessageKeys & string;

export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

export function makeTranslator(catalogue: MessageBundle, lang: Lang): Translate {
  const cache = new Map<string, IntlMessageFormat>();
  return (key: string, values) => {
    const pattern = catalogue[lang][key] ?? catalogue.nl[key];
    if (pattern === undefined) throw new Error(`Missing message "${key}"`);
    let f = cache.get(key);
    if (!f) {
      f = new IntlMessageFormat(pattern, lang);
      cache.set(key, f);
    }
    return String(f.format(values as never));
  };
}

export function isLang(x: unknown): x is Lang {
  return x === 'nl' || x === 'fr' || x === 'en';
}

/** Picks the best language from an Accept-Language header; Dutch when nothing fits. */
export function negotiateLang(header: string | undefined): Lang {
  if (!header) return 'nl';
  const prefs = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const qp = params.find((p) => p.trim().startsWith('q='));
      return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: qp ? Number(qp.split('=')[1]) : 1 };
    })
    .filter((p) => isLang(p.lang) && p.q > 0)
    .sort((a, b) => b.q - a.q);
  return (prefs[0]?.lang as Lang | undefined) ?? 'nl';
}
