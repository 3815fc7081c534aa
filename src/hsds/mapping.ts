/**
 * Initiatives as HSDS 3.0 records. Pure functions: the routes and the
 * export feed them stored initiatives and area names.
 */
import { descriptionFor } from '../initiatives/descriptions.js';
import { AXES, AXIS_NAMES, type Lang } from '../vocabulary/matrix.js';
import { foldAccents } from '../search/normalise.js';
import type { StoredInitiative } from '../initiatives/record.js';
import { hsdsId } from './ids.js';
import { SOCIAL_ISOLATION, taxonomies, taxonomyTerms } from './vocabulary.js';
import type { Access } from '../initiatives/access.js';
import { accessRecordsOf } from './access.js';
import type {
  HsdsAttribute,
  HsdsDataset,
  HsdsFullService,
  HsdsLocation,
  HsdsLocationFull,
  HsdsOrganization,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsTaxonomyTerm,
} from './types.js';

/** Survey answers spell one organisation several ways ("OCMW Gent", "ocmw  Gent"): they are one organisation. */
export function organisationKey(name: string): string {
  return foldAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface OrganisationGroup {
  organization: HsdsOrganization;
  /** Every spelling found, to find its services again. */
  spellings: string[];
}

/** One organisation per distinct name (as organisationKey folds it), ordered by name. */
export function organizationsOf(counts: readonly { name: string; initiatives: number }[]): OrganisationGroup[] {
  const groups = new Map<string, { spellings: Map<string, number>; total: number }>();
  for (const { name, initiatives } of counts) {
    const key = organisationKey(name);
    if (!key) continue;
    const g = groups.get(key) ?? { spellings: new Map(), total: 0 };
    g.spellings.set(name, (g.spellings.get(name) ?? 0) + initiatives);
    g.total += initiatives;
    groups.set(key, g);
  }
  const out: OrganisationGroup[] = [];
  for (const [key, g] of groups) {
    // The most used spelling names it; ties go to the first in code-unit order, so the name is stable.
    const [name] = [...g.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.push({
      organization: {
        id: hsdsId.organization(key),
        name,
        description: `Initiator of ${g.total} ${g.total === 1 ? 'initiative' : 'initiatives'} listed in Verbind, the knowledge bank of loneliness initiatives in Flanders and Brussels.`,
      },
      spellings: [...g.spellings.keys()].sort(),
    });
  }
  return out.sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'nl') || (a.organization.id < b.organization.id ? -1 : 1));
}

/**
 * A valid e-mail address as HTML defines it (WHATWG HTML, "valid e-mail address"), which is the
 * `email` format HSDS's JSON schemas are checked with (ajv-formats), plus a dot in the domain.
 */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** The contact as an e-mail address, when that is what it is. */
export function emailOf(contact: string | undefined): string | undefined {
  const c = contact?.trim().replace(/^mailto:/i, '');
  return c && EMAIL.test(c) ? c : undefined;
}

/**
 * A web address as an RFC 3986 URI (HSDS's `uri` format): parsed and serialised as browsers do
 * (WHATWG URL: IDN hosts in punycode, spaces escaped), then what that standard still leaves bare
 * after the host escaped too (| ^ ` { } [ ], a % not starting an escape, a second #).
 * Undefined when it is no URL.
 */
export function uriOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const cut = u.href.indexOf(u.host) + u.host.length;
  const [path = '', ...fragment] = u.href
    .slice(cut)
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/g, (c) => encodeURIComponent(c))
    .split('#');
  return u.href.slice(0, cut) + path + (fragment.length ? `#${fragment.join('%23')}` : '');
}

const STATUS = { published: 'active', draft: 'inactive', archived: 'defunct' } as const;

const ENTRY_TEXT = {
  self: 'Join directly: no registration or referral needed.',
  referral: 'A referral is needed (from a social worker, doctor or other professional).',
  contact_first: 'Contact the initiative first.',
} as const;

/** `lang`: the description in that language when one was written, else the Dutch one (HSDS has one description per service). */
export function serviceOf(i: StoredInitiative, lang: Lang = 'nl'): HsdsService {
  const description = descriptionFor(i, lang)?.text;
  const email = emailOf(i.contact);
  const url = uriOf(i.url);
  const a = i.access;
  return {
    id: hsdsId.service(i.id),
    ...(i.organisation && organisationKey(i.organisation) ? { organization_id: hsdsId.organization(organisationKey(i.organisation)) } : {}),
    name: i.name,
    ...(description !== undefined ? { description } : {}),
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    status: STATUS[i.status],
    ...(a?.age_min !== undefined ? { minimum_age: a.age_min } : {}),
    ...(a?.age_max !== undefined ? { maximum_age: a.age_max } : {}),
    ...(a?.target_group ? { eligibility_description: a.target_group } : {}),
    ...(a?.entry ? { application_process: ENTRY_TEXT[a.entry] } : {}),
    ...(a?.verified_on ? { assured_date: a.verified_on } : {}),
    last_modified: i.updated_at,
  };
}

/** The fields locations are made of. */
export interface Locatable {
  id: string;
  name: string;
  url?: string;
  elements: readonly string[];
  areas: readonly string[];
  access?: Access | undefined;
}

/**
 * Where the initiative takes place: each of its places as a physical location with its
 * address and accessibility (HSDS keeps accessibility on the location), and a virtual
 * location when it runs online (the online mode; before the access facts, the element
 * `digital` with a website and no areas). The areas it serves are service areas, not locations.
 */
export function locationsOf(i: Locatable, areaNames: ReadonlyMap<string, string>): HsdsLocationFull[] {
  const records = accessRecordsOf(i, areaNames);
  const places: HsdsLocationFull[] = records.places.map(({ id, place, addresses, accessibility }) => ({
    id,
    location_type: 'physical',
    name: place.name,
    description: addresses[0] ? `${addresses[0].address_1}, ${addresses[0].postal_code} ${addresses[0].city}` : place.name,
    ...(place.lat !== undefined && place.lon !== undefined ? { latitude: place.lat, longitude: place.lon } : {}),
    ...(place.municipality ? { external_identifier: place.municipality, external_identifier_type: 'NIS' } : {}),
    addresses,
    accessibility,
  }));
  const url = uriOf(i.url);
  const online = records.online || (!i.access && url !== undefined && i.elements.includes('digital') && !i.areas.length);
  const virtual: HsdsLocationFull[] = online
    ? [{ id: hsdsId.virtualLocation(i.id), location_type: 'virtual', name: i.name, description: 'Online', ...(url ? { url } : {}), addresses: [], accessibility: [] }]
    : [];
  return [...places, ...virtual];
}

export function serviceAtLocationsOf(i: Pick<StoredInitiative, 'id'>, locations: readonly HsdsLocation[]): HsdsServiceAtLocation[] {
  return locations.map((l) => ({ id: hsdsId.serviceAtLocation(i.id, l.id), service_id: hsdsId.service(i.id), location_id: l.id }));
}

/** One attribute per code the initiative is coded with, in axis and vocabulary order. */
export function attributesOf(i: StoredInitiative): HsdsAttribute[] {
  const out: HsdsAttribute[] = [];
  const serviceId = hsdsId.service(i.id);
  const add = (taxonomy: string, code: string) =>
    out.push({ id: hsdsId.attribute(i.id, taxonomy, code), link_id: serviceId, link_entity: 'service', link_type: taxonomy, taxonomy_term_id: hsdsId.term(taxonomy, code), value: code });
  for (const axis of AXIS_NAMES) {
    const coded = new Set<string>(AXES[axis].multi ? (i[axis] as string[]) : [i[axis] as string]);
    for (const c of AXES[axis].codes) if (coded.has(c.code)) add(axis, c.code);
  }
  if (i.social_isolation) add(SOCIAL_ISOLATION, 'true');
  return [...out, ...accessRecordsOf(i, new Map()).attributes];
}

export function fullServiceOf(
  i: StoredInitiative,
  organization: HsdsOrganization | undefined,
  areaNames: ReadonlyMap<string, string>,
  lang: Lang = 'nl',
  areaUri?: (code: string) => string,
): HsdsFullService {
  const terms = new Map(taxonomyTerms(lang).map((t) => [t.id, t]));
  const locations = locationsOf(i, areaNames);
  const byId = new Map(locations.map((l) => [l.id, l]));
  const a = accessRecordsOf(i, areaNames, areaUri);
  return {
    ...serviceOf(i, lang),
    ...(organization ? { organization } : {}),
    service_at_locations: serviceAtLocationsOf(i, locations).map((sal) => ({ ...sal, location: byId.get(sal.location_id)! })),
    schedules: a.schedules,
    languages: a.languages,
    cost_options: a.cost_options,
    contacts: a.contacts,
    phones: a.phones,
    service_areas: a.service_areas,
    attributes: attributesOf(i).map((x) => ({ ...x, taxonomy_term: terms.get(x.taxonomy_term_id) as HsdsTaxonomyTerm })),
  };
}

const byIdOrder = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every record of the HSDS tabular set for these initiatives, each list in a stable order (related records as tables of their own). */
export function hsdsDataset(items: readonly StoredInitiative[], areaNames: ReadonlyMap<string, string>, lang: Lang = 'nl', areaUri?: (code: string) => string): HsdsDataset {
  const sorted = [...items].sort(byIdOrder);
  const counts = new Map<string, number>();
  for (const i of sorted) if (i.organisation) counts.set(i.organisation, (counts.get(i.organisation) ?? 0) + 1);
  const locations: HsdsLocation[] = [];
  const rest: Pick<HsdsDataset, 'addresses' | 'accessibility' | 'schedules' | 'languages' | 'cost_options' | 'contacts' | 'phones' | 'service_areas' | 'service_at_locations'> = {
    addresses: [], accessibility: [], schedules: [], languages: [], cost_options: [], contacts: [], phones: [], service_areas: [], service_at_locations: [],
  };
  for (const i of sorted) {
    const ls = locationsOf(i, areaNames);
    for (const { addresses, accessibility, ...l } of ls) {
      locations.push(l);
      rest.addresses.push(...addresses);
      rest.accessibility.push(...accessibility);
    }
    rest.service_at_locations.push(...serviceAtLocationsOf(i, ls));
    const a = accessRecordsOf(i, areaNames, areaUri);
    rest.schedules.push(...a.schedules);
    rest.languages.push(...a.languages);
    rest.cost_options.push(...a.cost_options);
    for (const { phones, ...c } of a.contacts) {
      rest.contacts.push(c as HsdsDataset['contacts'][number]);
      rest.phones.push(...phones);
    }
    rest.phones.push(...a.phones);
    rest.service_areas.push(...a.service_areas);
  }
  return {
    services: sorted.map((i) => serviceOf(i)),
    organizations: organizationsOf([...counts].map(([name, n]) => ({ name, initiatives: n }))).map((g) => g.organization),
    locations,
    service_at_locations: rest.service_at_locations,
    taxonomies: taxonomies(lang),
    taxonomy_terms: taxonomyTerms(lang),
    attributes: sorted.flatMap(attributesOf),
    addresses: rest.addresses,
    accessibility: rest.accessibility,
    schedules: rest.schedules,
    languages: rest.languages,
    cost_options: rest.cost_options,
    contacts: rest.contacts,
    phones: rest.phones,
    service_areas: rest.service_areas,
  };
}
