/**
 * The URIs Verbind's linked data (CPSV-AP JSON-LD) names things by. Where a public
 * authority mints URIs for a thing, those are used, so harvesters can join on them:
 *
 * - areas with a NIS/REFNIS code (5 digits): BELGIF's REFNIS code lists, as the Flemish
 *   product catalogue (LPDC) uses for dct:spatial, e.g. http://vocab.belgif.be/auth/refnis2019/44021.
 *   The list is chosen by the code's validity: codes of the 1 January 2025 mergers are in
 *   refnis2025, codes that ended before 2019 in refnis1995, every other code in refnis2019;
 *   a code not in the areas table is taken to be a 2019 one.
 * - statistical sectors and care zones have no such list: Verbind's own
 *   `{site}/id/area/{code}` (an identifier of this site, stable as long as its address is).
 * - Belgium, languages, currency: the EU Publications Office's authority tables
 *   (http://publications.europa.eu/resource/authority/...), as CPSV-AP recommends; a
 *   language that table is not mapped for here gets the Library of Congress ISO 639-1 URI.
 * - the initiative itself: its API address, which answers JSON-LD to who asks for it.
 */
import type { AreaLabel } from '../areas/store/names.js';

export const BELGIUM = 'http://publications.europa.eu/resource/authority/country/BEL';
export const EURO = 'http://publications.europa.eu/resource/authority/currency/EUR';

export const initiativeUri = (site: string, id: string) => `${site}/api/v1/initiatives/${encodeURIComponent(id)}`;

export function areaUri(site: string, code: string, label: Pick<AreaLabel, 'since' | 'until'> | undefined): string {
  if (!/^\d{5}$/.test(code)) return `${site}/id/area/${encodeURIComponent(code)}`;
  const list = label && label.since >= 2025 ? 'refnis2025' : label?.until !== undefined && label.until < 2019 ? 'refnis1995' : 'refnis2019';
  return `http://vocab.belgif.be/auth/${list}/${code}`;
}

/** ISO 639-1 → the EU language authority table's code (ISO 639-3 based) for the languages Verbind offers. */
const EU_LANGUAGE: Record<string, string> = {
  nl: 'NLD', fr: 'FRA', en: 'ENG', de: 'DEU', ar: 'ARA', tr: 'TUR', es: 'SPA', it: 'ITA', pt: 'POR', pl: 'POL',
  ro: 'RON', bg: 'BUL', ru: 'RUS', uk: 'UKR', el: 'ELL', sq: 'SQI', fa: 'FAS', ps: 'PUS', so: 'SOM', ti: 'TIR',
  am: 'AMH', zh: 'ZHO', hi: 'HIN', ur: 'URD', ku: 'KUR', ber: 'BER', ln: 'LIN', sw: 'SWA', rw: 'KIN', vi: 'VIE',
};

export function languageUri(iso6391: string): string {
  const code = iso6391.toLowerCase();
  const eu = EU_LANGUAGE[code];
  return eu ? `http://publications.europa.eu/resource/authority/language/${eu}` : `http://id.loc.gov/vocabulary/iso639-1/${code}`;
}
