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
      f = new IntlMessageFormat(lang === 'fr' ? frenchSpacing(pattern) : pattern, lang);
      cache.set(key, f);
    }
    return String(f.format(values as never));
  };
}

/**
 * French typography (issue 14): a non-breaking space (U+00A0) before ":" and inside « », a narrow
 * one (U+202F) before ; ? ! — where the text has an ordinary space, so a line never starts with
 * the sign. Every French message gets it where it is compiled (makeTranslator: the pattern, not
 * the values put in it), so the bundles can be written with ordinary spaces; other French text
 * (citations) calls it directly. A straight apostrophe between letters becomes the typographic one (’).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’') // the typographic apostrophe (d’âge); ICU reads an apostrophe between letters as itself, so patterns keep their meaning
    .replace(/ ([:;?!»])/g, (_, sign: string) => (sign === ':' || sign === '»' ? '\u00a0' : '\u202f') + sign).replace(/« /g, '«\u00a0');
}

/** ":" after a label as the language writes it (French: a non-breaking space before it). */
export const colon = (lang: Lang): string => (lang === 'fr' ? '\u00a0:' : ':');

/**
 * Text that quotes Dutch titles (a study's section heading, a policy note's title) in a page of
 * any language: plain text, and Dutch parts that keep their wording and are marked lang="nl" where
 * shown (src/ui/DutchParts.tsx); `quoted` parts get the language's quotation marks around them.
 */
export type TextPart = string | { nl: string; quoted: boolean };

/** Quotation marks per language: “…” in Dutch and English, « … » (non-breaking spaces) in French. */
export const QUOTES: Record<Lang, readonly [string, string]> = { nl: ['“', '”'], fr: ['«\u00a0', '\u00a0»'], en: ['“', '”'] };

/**
 * Splits a text in one language at its placeholders: `{name}` becomes the Dutch part `dutch[name]`
 * (a string is a quoted title, `{ name }` a title or name shown without quotes). French text gets
 * French spacing.
 */
export function withDutch(text: string, lang: Lang, dutch: Readonly<Record<string, string | { name: string }>> = {}): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    const d = dutch[m[1]!];
    if (d === undefined) throw new Error(`no Dutch part "${m[1]}" for "${text}"`);
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(typeof d === 'string' ? { nl: d, quoted: true } : { nl: d.name, quoted: false });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return lang === 'fr' ? parts.map((p) => (typeof p === 'string' ? frenchSpacing(p) : p)) : parts;
}

/** The parts as one plain text (downloads, JSON, the CLI): quoted parts in the language's quotation marks. */
export function partsText(parts: readonly TextPart[], lang: Lang): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.quoted ? `${QUOTES[lang][0]}${p.nl}${QUOTES[lang][1]}` : p.nl)).join('');
}

/**
 * A citation in each language (issue 14; the monitor's built-in rate tables): the surrounding words translated, the
 * citation itself (authors, published titles) as published. `{name}` in a text stands for the
 * Dutch title `dutch[name]` (quoted; `{ name }`: a title or journal shown without quotes), shown
 * with lang="nl" and the page language's quotation marks (withDutch, src/ui/DutchParts.tsx).
 */
export interface CitationText {
  text: Record<Lang, string>;
  dutch?: Record<string, string | { name: string }>;
}

/** A citation in one language, in parts. */
export const citeParts = (c: CitationText, lang: Lang): TextPart[] => withDutch(c.text[lang], lang, c.dutch);

/** A value to put into a message where parts go: `placeParts(t(key, { ref: PLACE }), parts)`. */
export const PLACE = '\u0000';

/** A formatted message with parts in the place of PLACE. */
export function placeParts(message: string, parts: readonly TextPart[]): TextPart[] {
  const i = message.indexOf(PLACE);
  return i < 0 ? [message] : [message.slice(0, i), ...parts, message.slice(i + PLACE.length)].filter((p) => p !== '');
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
