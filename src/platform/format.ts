/**
 * Dates and numbers as people in Belgium read them. Times are always shown in Belgian time
 * (Europe/Brussels), whatever zone the server runs in, so a coder in Ghent and a server in a
 * UTC data centre show the same hour.
 */
import type { Lang } from '../i18n/index.js';

export const TIME_ZONE = 'Europe/Brussels';

/** Long date and time in Belgian conventions (e.g. "5 december 2026 om 14:03"). */
export function formatWhen(iso: string | Date, lang: Lang): string {
  return new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** Date and time in the language's own default style (medium date, short time), in Belgian time. */
export function formatDateTime(iso: string | Date, lang: Lang, style: { dateStyle: 'medium' | 'long'; timeStyle?: 'short' } = { dateStyle: 'medium', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(lang, { ...style, timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A date without time (the day it was in Belgium). */
export function formatDate(iso: string | Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A number in the language's Belgian convention (nl/fr: 1.234,5 / 1 234,5; en: 1,234.5). */
export function formatNumber(n: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(`${lang}-BE`, options).format(n);
}
