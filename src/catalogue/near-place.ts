/**
 * "Nearest to" as people type it (issue 14): a municipality's name in Dutch, French or English
 * ("Gent", "Gand", "Ghent"), a part of it ("Niklaas"), or its NIS code as links shared before kept
 * it. Resolved on the server, without JavaScript: one municipality, several that fit (the page
 * offers them as links), or none (the page says so, and that postcodes are not known).
 * Pure: the service gives the municipalities people can choose (Flanders and Brussels, those with
 * an outline, so a distance can be computed).
 */
import { foldAccents } from '../search/normalise.js';

export interface NearPlace {
  code: string;
  /** The name shown, in the page's language. */
  name: string;
  /** Every name it is known by (Dutch, French, English exonyms). */
  names: readonly string[];
}

export type NearAnswer =
  | { kind: 'found'; place: NearPlace }
  /** `total`: how many fit; at most MAX_CHOICES of them are in `matches`, each with `fits`: the name that fits when the shown one does not ("Saint-Trond" for "sint": Sint-Truiden). */
  | { kind: 'several'; matches: (NearPlace & { fits?: string })[]; total: number }
  /** `postcode`: the text looks like a Belgian postcode (4 digits), which Verbind cannot look up. */
  | { kind: 'none'; postcode: boolean };

/** At most this many choices are offered; more means the text says too little ("sint"). */
export const MAX_CHOICES = 12;

/** Case, accents, hyphens and apostrophes do not matter: "sint niklaas" is "Sint-Niklaas", "liege" is "Liège". */
export const nameKey = (s: string): string =>
  foldAccents(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * One municipality for the text, if the text names one: a NIS code (any code in `codes`, the
 * municipalities with an outline, older and Walloon codes included, so shared links keep working),
 * else a whole name, else the start of a name or of a word in it. Several whole or partial names
 * that fit are offered as choices, sorted by the name shown.
 */
export function resolveNear(text: string, places: readonly NearPlace[], codes: ReadonlySet<string>): NearAnswer {
  const t = text.trim();
  if (/^\d{5}$/.test(t)) return codes.has(t) ? { kind: 'found', place: places.find((p) => p.code === t) ?? { code: t, name: t, names: [] } } : { kind: 'none', postcode: false };
  const key = nameKey(t);
  if (!key) return { kind: 'none', postcode: false };
  const whole = places.filter((p) => p.names.some((n) => nameKey(n) === key));
  const fits = whole.length ? whole : places.filter((p) => p.names.some((n) => (' ' + nameKey(n)).includes(' ' + key)));
  if (fits.length === 1) return { kind: 'found', place: fits[0]! };
  if (fits.length > 1) {
    // Names that start with the text first ("Sint-…" before "Puurs-Sint-Amands"), then by name.
    const starts = (p: NearPlace) => (p.names.some((n) => nameKey(n).startsWith(key)) ? 0 : 1);
    const sorted = [...fits].sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name));
    const fitting = (n: string) => (' ' + nameKey(n)).includes(' ' + key);
    const matches = sorted.slice(0, MAX_CHOICES).map((p) => {
      const other = fitting(p.name) ? undefined : p.names.find(fitting);
      return other ? { ...p, fits: other } : p;
    });
    return { kind: 'several', matches, total: fits.length };
  }
  return { kind: 'none', postcode: /^\d{4}$/.test(t) };
}
