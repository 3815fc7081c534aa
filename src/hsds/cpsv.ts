/**
 * Initiatives as public services in JSON-LD, following the EU Core Public Service
 * Vocabulary Application Profile (CPSV-AP 3.2.0, SEMIC; the Flemish OSLO
 * "Dienstencatalogus" builds on it), so the Flemish product catalogue (IPDC/LPDC)
 * and regional social maps can harvest them. Pure: the routes feed it stored
 * initiatives, area names and the site's address. Mapping: docs/open-data.md.
 *
 * Property IRIs are those of the CPSV-AP 3.2.0 JSON-LD context
 * (SEMICeu/CPSV-AP releases/3.2.0/context/cpsv-ap_en.jsonld): dct:identifier,
 * dct:title, dct:description, cv:hasCompetentAuthority, dct:spatial, cv:hasChannel,
 * cv:contactPoint (cv:email, cv:telephone, cv:contactPage), dct:language, cv:hasCost,
 * cv:isClassifiedBy.
 */
import type { StoredInitiative } from '../initiatives/record.js';
import type { AreaLabel } from '../areas/names.js';
import { AXES, type AxisName, type Labels } from '../vocabulary/matrix.js';
import { hsdsId } from './ids.js';
import { emailOf, organisationKey, uriOf } from './mapping.js';
import { areaUri, BELGIUM, initiativeUri } from './linked-data-uris.js';

/** The inline @context: prefixes only, so every key reads as the IRI it stands for. */
export const CPSV_CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

export type JsonLd = { [key: string]: unknown };

export interface LinkedDataInput {
  /** The site's public address, no trailing slash (config.ts sitePublicUrl). */
  site: string;
  /** Names and validity of the initiative's areas (src/areas/names.ts areaLabels). */
  areas: ReadonlyMap<string, AreaLabel>;
}

const LANGS = ['nl', 'fr', 'en'] as const;
/** Initiatives' own texts are written in Dutch (the study's survey; the pages mark them lang="nl"). */
const nl = (value: string) => ({ '@value': value, '@language': 'nl' });
const allLanguages = (labels: Labels) => LANGS.map((lang) => ({ '@value': labels[lang], '@language': lang }));

/** Local government runs it: a public organisation in CPSV-AP's sense; otherwise an organisation (org:Organization). */
export const isPublicAuthority = (i: Pick<StoredInitiative, 'primary_actor'>) => i.primary_actor === 'local_government';

/** A phone number, when the free-text contact is one (digits with spaces, dots, slashes or dashes; +32 or 0 first). */
export function phoneOf(contact: string | undefined): string | undefined {
  const c = contact?.trim().replace(/^tel:/i, '');
  return c && /^(\+|00|0)[\d\s./()-]{7,20}$/.test(c) && (c.match(/\d/g) ?? []).length >= 8 ? c : undefined;
}

export type ChannelKind = 'website' | 'email' | 'phone';

const CHANNEL_LABELS: Record<ChannelKind, Labels> = {
  website: { nl: 'Website', fr: 'Site web', en: 'Website' },
  email: { nl: 'E-mail', fr: 'E-mail', en: 'E-mail' },
  phone: { nl: 'Telefoon', fr: 'Téléphone', en: 'Telephone' },
};

/** Axes whose codes classify the service (what it does, for whom, which dimension, which prevention). */
const CLASSIFYING: readonly AxisName[] = ['elements', 'age_groups', 'dimensions', 'prevention'];

function competentAuthority(i: StoredInitiative, site: string): JsonLd | undefined {
  const key = i.organisation ? organisationKey(i.organisation) : '';
  if (!key) return undefined;
  return {
    '@id': `${site}/hsds/organizations/${hsdsId.organization(key)}`,
    '@type': isPublicAuthority(i) ? 'cv:PublicOrganisation' : 'org:Organization',
    'skos:prefLabel': nl(i.organisation!),
  };
}

function spatial(i: StoredInitiative, { site, areas }: LinkedDataInput): JsonLd[] {
  if (!i.areas.length) return i.geographic_level === 'national' ? [{ '@id': BELGIUM, '@type': 'dct:Location' }] : [];
  return i.areas.map((code) => {
    const label = areas.get(code);
    return {
      '@id': areaUri(site, code, label),
      '@type': 'dct:Location',
      'dct:identifier': code,
      ...(label ? { 'skos:prefLabel': [nl(label.nl), ...(label.fr ? [{ '@value': label.fr, '@language': 'fr' }] : [])] } : {}),
    };
  });
}

function channel(serviceUri: string, site: string, kind: ChannelKind): JsonLd {
  return {
    '@id': `${serviceUri}#channel-${kind}`,
    '@type': 'cv:Channel',
    'dct:type': { '@id': `${site}/id/channel-type/${kind}`, '@type': 'skos:Concept', 'skos:prefLabel': allLanguages(CHANNEL_LABELS[kind]) },
  };
}

/** One initiative as a cpsv:PublicService node (no @context: the document or list adds it once). */
export function publicServiceOf(i: StoredInitiative, input: LinkedDataInput): JsonLd {
  const { site } = input;
  const uri = initiativeUri(site, i.id);
  const description = i.description ?? i.goal;
  const authority = competentAuthority(i, site);
  const email = emailOf(i.contact);
  const phone = email ? undefined : phoneOf(i.contact);
  const url = uriOf(i.url);
  const kinds: ChannelKind[] = [...(url ? (['website'] as const) : []), ...(email ? (['email'] as const) : []), ...(phone ? (['phone'] as const) : [])];
  const places = spatial(i, input);
  const concepts = CLASSIFYING.flatMap((axis) => {
    const value = i[axis];
    const codes = Array.isArray(value) ? (value as string[]) : [value as string];
    return AXES[axis].codes
      .filter((c) => codes.includes(c.code))
      .map((c) => ({ '@id': `${site}/hsds/taxonomy_terms/${hsdsId.term(axis, c.code)}`, '@type': 'skos:Concept', 'skos:notation': `${axis}:${c.code}`, 'skos:prefLabel': allLanguages(c.label) }));
  });
  return {
    '@id': uri,
    '@type': 'cpsv:PublicService',
    'dct:identifier': i.id,
    'dct:title': [nl(i.name)],
    ...(description ? { 'dct:description': [nl(description)] } : {}),
    ...(authority ? { 'cv:hasCompetentAuthority': [authority] } : {}),
    ...(places.length ? { 'dct:spatial': places } : {}),
    ...(kinds.length ? { 'cv:hasChannel': kinds.map((k) => channel(uri, site, k)) } : {}),
    ...(email || phone || url
      ? {
          'cv:contactPoint': [
            {
              '@id': `${uri}#contact-point`,
              '@type': 'cv:ContactPoint',
              ...(email ? { 'cv:email': email } : {}),
              ...(phone ? { 'cv:telephone': phone } : {}),
              ...(url ? { 'cv:contactPage': { '@id': url } } : {}),
            },
          ],
        }
      : {}),
    'cv:isClassifiedBy': concepts,
    'foaf:page': LANGS.map((lang) => ({ '@id': `${site}/${lang}/initiatives/${encodeURIComponent(i.id)}` })),
    'dct:modified': { '@value': i.updated_at, '@type': 'xsd:dateTime' },
  };
}

/** One initiative as a JSON-LD document with its context inline. */
export function publicServiceDocument(i: StoredInitiative, input: LinkedDataInput): JsonLd {
  return { '@context': CPSV_CONTEXT, ...publicServiceOf(i, input) };
}

/**
 * One page of all published initiatives as a Hydra collection (hydra:member, with
 * first/previous/next/last links), so a harvester walks 100,000 records page by page.
 */
export function publicServicePage(
  items: readonly StoredInitiative[],
  input: LinkedDataInput,
  paging: { total: number; page: number; perPage: number; path: string },
): JsonLd {
  const { site } = input;
  const last = Math.max(1, Math.ceil(paging.total / paging.perPage));
  const at = (page: number) => ({ '@id': `${site}${paging.path}?page=${page}&per_page=${paging.perPage}` });
  return {
    '@context': CPSV_CONTEXT,
    '@id': `${site}${paging.path}`,
    '@type': 'hydra:Collection',
    'hydra:totalItems': paging.total,
    'hydra:view': {
      ...at(paging.page),
      '@type': 'hydra:PartialCollectionView',
      'hydra:first': at(1),
      ...(paging.page > 1 ? { 'hydra:previous': at(Math.min(paging.page - 1, last)) } : {}),
      ...(paging.page < last ? { 'hydra:next': at(paging.page + 1) } : {}),
      'hydra:last': at(last),
    },
    'hydra:member': items.map((i) => publicServiceOf(i, input)),
  };
}
