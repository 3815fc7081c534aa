/**
 * An initiative as schema.org JSON-LD (https://schema.org/Service; GovernmentService
 * when local government runs it), embedded in its public page so search engines and
 * social maps read what, who, where and how to reach it. Pure.
 */
import { descriptionFor, type DescriptionLang } from '../initiatives/descriptions.js';
import type { StoredInitiative } from '../initiatives/record.js';
import { isPublicAuthority, phoneOf, type JsonLd } from './cpsv.js';
import { emailOf, uriOf } from './mapping.js';

/** `lang`: the page's language; its description when written, else the Dutch one, with the language it is in. */
export function schemaOrgServiceOf(i: StoredInitiative, pageUrl: string | undefined, areaNames: ReadonlyMap<string, string>, lang: DescriptionLang = 'nl'): JsonLd {
  const description = descriptionFor(i, lang);
  const url = uriOf(i.url);
  const email = emailOf(i.contact);
  const phone = email ? undefined : phoneOf(i.contact);
  const organisation = i.organisation ? { '@type': 'Organization', name: i.organisation, ...(email ? { email } : {}) } : undefined;
  const languages = i.access?.languages ?? [];
  const cost = i.access?.cost;
  const price = cost?.free ? 0 : cost?.amount_eur;
  return {
    '@context': 'https://schema.org',
    '@type': isPublicAuthority(i) ? 'GovernmentService' : 'Service',
    identifier: i.id,
    name: i.name,
    ...(description ? { description: description.text, inLanguage: description.lang } : {}),
    ...(pageUrl ? { url: pageUrl } : {}),
    ...(organisation ? { provider: organisation } : {}),
    ...(i.areas.length ? { areaServed: i.areas.map((code) => ({ '@type': 'AdministrativeArea', name: areaNames.get(code) ?? code, identifier: code })) } : {}),
    ...(price !== undefined ? { offers: { '@type': 'Offer', price, priceCurrency: 'EUR' } } : {}),
    ...(url || phone || email || languages.length
      ? {
          availableChannel: {
            '@type': 'ServiceChannel',
            ...(languages.length ? { availableLanguage: languages } : {}),
            ...(url ? { serviceUrl: url } : {}),
            ...(phone || email ? { servicePhone: { '@type': 'ContactPoint', ...(phone ? { telephone: phone } : {}), ...(email ? { email } : {}) } } : {}),
          },
        }
      : {}),
    dateModified: i.updated_at,
  };
}

/** JSON for a <script type="application/ld+json"> element: `<` escaped so no text can close the element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
