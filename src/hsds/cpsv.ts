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
import { descriptionsOf } from '../initiatives/descriptions.js';
import type { StoredInitiative } from '../initiatives/record.js';
import type { AreaLabel } from '../areas/store/names.js';
import { AXES, type AxisName, type Labels } from '../vocabulary/matrix.js';
import { hsdsId } from './ids.js';
import { emailOf, organisationKey, uriOf } from './mapping.js';
import { areaUri, BELGIUM, EURO, initiativeUri, languageUri } from './linked-data-uris.js';
import { accessFilters, type Access, type Mode } from '../initiatives/access.js';

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
  /** Names and validity of the initiative's areas (src/areas/store/names.ts areaLabels). */
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

/** Ways to take part (the access facts' modes) and to get in touch (website, e-mail, phone). */
export type ChannelKind = Mode | 'website' | 'email' | 'phone';

const CHANNEL_LABELS: Record<ChannelKind, Labels> = {
  in_person: { nl: 'Ter plaatse', fr: 'Sur place', en: 'In person' },
  at_home: { nl: 'Aan huis', fr: 'À domicile', en: 'At home' },
  online: { nl: 'Online', fr: 'En ligne', en: 'Online' },
  by_phone: { nl: 'Per telefoon', fr: 'Par téléphone', en: 'By phone' },
  website: { nl: 'Website', fr: 'Site web', en: 'Website' },
  email: { nl: 'E-mail', fr: 'E-mail', en: 'E-mail' },
  phone: { nl: 'Telefoon', fr: 'Téléphone', en: 'Telephone' },
};

const REDUCTION_LABELS = {
  uitpas: { nl: 'UiTPAS-kansentarief', fr: 'Tarif réduit UiTPAS', en: 'UiTPAS reduced rate' },
  social_tariff: { nl: 'Sociaal tarief', fr: 'Tarif social', en: 'Social tariff' },
  article_27: { nl: 'Artikel 27', fr: 'Article 27', en: 'Article 27' },
} as const;

/** The cost as a cv:Cost: free (value 0) or the amount in euro, reductions and the note in words. */
function costOf(uri: string, cost: NonNullable<Access['cost']>): JsonLd | undefined {
  const value = cost.free ? 0 : cost.amount_eur;
  const reductions = cost.reductions ?? [];
  if (value === undefined && !reductions.length && !cost.note) return undefined;
  const words = LANGS.map((lang) => {
    const base = cost.free ? { nl: 'Gratis', fr: 'Gratuit', en: 'Free' }[lang] : value !== undefined ? `€ ${value}` : '';
    const red = reductions.map((r) => REDUCTION_LABELS[r][lang]).join(', ');
    return { '@value': [base, red].filter(Boolean).join('; ') + (cost.note ? ` (${cost.note})` : ''), '@language': lang };
  }).filter((w) => w['@value'].trim());
  return {
    '@id': `${uri}#cost`,
    '@type': 'cv:Cost',
    ...(value !== undefined ? { 'cv:hasValue': { '@value': value, '@type': 'xsd:double' }, 'cv:currency': { '@id': EURO } } : {}),
    ...(words.length ? { 'dct:description': words } : {}),
  };
}

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
  // Every description that was written, each with its language; without any, the goal (in Dutch) says what it is for.
  const descriptions: { '@value': string; '@language': string }[] = descriptionsOf(i).map((d) => ({ '@value': d.text, '@language': d.lang }));
  if (!descriptions.length && i.goal) descriptions.push(nl(i.goal));
  const authority = competentAuthority(i, site);
  const email = emailOf(i.contact);
  const phone = email ? undefined : phoneOf(i.contact);
  const url = uriOf(i.url);
  const access: Access = i.access ?? {};
  const kinds: ChannelKind[] = [
    ...accessFilters(access).modes,
    ...(url ? (['website'] as const) : []),
    ...(email ? (['email'] as const) : []),
    ...(phone ? (['phone'] as const) : []),
  ];
  const referral = access.referral_contact;
  const cost = access.cost ? costOf(uri, access.cost) : undefined;
  const places = spatial(i, input);
  const concepts = CLASSIFYING.flatMap((axis) => {
    const value = i[axis];
    const codes = Array.isArray(value) ? (value as string[]) : [value as string];
    return AXES[axis].codes
      .filter((c) => codes.includes(c.code))
      .map((c) => ({ '@id': `${site}/hsds/taxonomy_terms/${hsdsId.term(axis, c.code)}`, '@type': 'skos:Concept', 'skos:notation': `${axis}:${c.code}`, 'skos:prefLabel': allLanguages(c.label) }));
  });
  const contactPoints: JsonLd[] = [
    ...(email || phone || url
      ? [
          {
            '@id': `${uri}#contact-point`,
            '@type': 'cv:ContactPoint',
            ...(email ? { 'cv:email': email } : {}),
            ...(phone ? { 'cv:telephone': phone } : {}),
            ...(url ? { 'cv:contactPage': { '@id': url } } : {}),
          },
        ]
      : []),
    // The public referral contact: a role address or phone, never a private person (access.ts).
    ...(referral
      ? [
          {
            '@id': `${uri}#referral-contact`,
            '@type': 'cv:ContactPoint',
            ...(referral.role ? { 'dct:description': [nl(referral.role)] } : {}),
            ...(referral.email ? { 'cv:email': referral.email } : {}),
            ...(referral.phone ? { 'cv:telephone': referral.phone } : {}),
          },
        ]
      : []),
  ];
  return {
    '@id': uri,
    '@type': 'cpsv:PublicService',
    'dct:identifier': i.id,
    'dct:title': [nl(i.name)],
    ...(descriptions.length ? { 'dct:description': descriptions } : {}),
    ...(authority ? { 'cv:hasCompetentAuthority': [authority] } : {}),
    ...(places.length ? { 'dct:spatial': places } : {}),
    ...(kinds.length ? { 'cv:hasChannel': kinds.map((k) => channel(uri, site, k)) } : {}),
    ...(contactPoints.length ? { 'cv:contactPoint': contactPoints } : {}),
    ...(access.languages?.length ? { 'dct:language': access.languages.map((code) => ({ '@id': languageUri(code), '@type': 'dct:LinguisticSystem' })) } : {}),
    ...(cost ? { 'cv:hasCost': [cost] } : {}),
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
