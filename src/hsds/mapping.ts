/**
 * Initiatives as HSDS 3.0 records. Pure functions: the routes and the
 * export feed them stored initiatives and area names.
 */
import { AXES, AXIS_NAMES, type Lang } from '../vocabulary/matrix.js';
import { foldAccents } from '../search/normalise.js';
import type { StoredInitiative } from '../initiatives/record.js';
import { hsdsId } from './ids.js';
import { SOCIAL_ISOLATION, taxonomies, taxonomyTerms } from './vocabulary.js';
import type {
  HsdsAttribute,
  HsdsDataset,
  HsdsFullService,
  HsdsLocation,
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

export function serviceOf(i: StoredInitiative): HsdsService {
  const email = emailOf(i.contact);
  const url = uriOf(i.url);
  return {
    id: hsdsId.service(i.id),
    ...(i.organisation && organisationKey(i.organisation) ? { organization_id: hsdsId.organization(organisationKey(i.organisation)) } : {}),
    name: i.name,
    ...(i.description !== undefined ? { description: i.description } : {}),
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    status: STATUS[i.status],
  };
}

/** What an area code is, by its form (src/initiatives/schema.ts AREA_CODE_PATTERN). */
function areaKind(code: string): { description: string; scheme: string } {
  if (/^\d{5}$/.test(code)) return { description: `Area with NIS code ${code} (municipality, district, province or region)`, scheme: 'NIS' };
  if (/^\d{5}/.test(code)) return { description: `Statistical sector ${code}`, scheme: 'NIS' };
  return { description: `Care zone ${code}`, scheme: 'Verbind care zone' };
}

/** The fields locations are made of. */
export interface Locatable {
  id: string;
  name: string;
  url?: string;
  elements: readonly string[];
  areas: readonly string[];
}

/** Areas served become physical locations (one per area code, shared by services); online-only initiatives get a virtual one. */
export function locationsOf(i: Locatable, areaNames: ReadonlyMap<string, string>): HsdsLocation[] {
  if (i.areas.length) {
    return i.areas.map((code) => {
      const kind = areaKind(code);
      return {
        id: hsdsId.location(code),
        location_type: 'physical',
        name: areaNames.get(code) ?? code,
        description: kind.description,
        external_identifier: code,
        external_identifier_type: kind.scheme,
      };
    });
  }
  const url = uriOf(i.url);
  if (url && i.elements.includes('digital')) {
    return [{ id: hsdsId.virtualLocation(i.id), location_type: 'virtual', name: i.name, description: 'Online', url }];
  }
  return [];
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
  return out;
}

export function fullServiceOf(
  i: StoredInitiative,
  organization: HsdsOrganization | undefined,
  areaNames: ReadonlyMap<string, string>,
  lang: Lang = 'nl',
): HsdsFullService {
  const terms = new Map(taxonomyTerms(lang).map((t) => [t.id, t]));
  const locations = locationsOf(i, areaNames);
  const byId = new Map(locations.map((l) => [l.id, l]));
  return {
    ...serviceOf(i),
    ...(organization ? { organization } : {}),
    service_at_locations: serviceAtLocationsOf(i, locations).map((sal) => ({ ...sal, location: byId.get(sal.location_id)! })),
    attributes: attributesOf(i).map((a) => ({ ...a, taxonomy_term: terms.get(a.taxonomy_term_id) as HsdsTaxonomyTerm })),
  };
}

/** Areas by code, then virtual locations by id. */
const locationKey = (l: HsdsLocation) => (l.external_identifier !== undefined ? `0${l.external_identifier}` : `1${l.id}`);

/** Every record of the HSDS tabular set for these initiatives, each list in a stable order. */
export function hsdsDataset(items: readonly StoredInitiative[], areaNames: ReadonlyMap<string, string>, lang: Lang = 'nl'): HsdsDataset {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts = new Map<string, number>();
  for (const i of sorted) if (i.organisation) counts.set(i.organisation, (counts.get(i.organisation) ?? 0) + 1);
  const locations = new Map<string, HsdsLocation>();
  const serviceAtLocations: HsdsServiceAtLocation[] = [];
  for (const i of sorted) {
    const ls = locationsOf(i, areaNames);
    for (const l of ls) locations.set(l.id, l);
    serviceAtLocations.push(...serviceAtLocationsOf(i, ls));
  }
  return {
    services: sorted.map(serviceOf),
    organizations: organizationsOf([...counts].map(([name, n]) => ({ name, initiatives: n }))).map((g) => g.organization),
    locations: [...locations.values()].sort((a, b) => (locationKey(a) < locationKey(b) ? -1 : 1)),
    service_at_locations: serviceAtLocations,
    taxonomies: taxonomies(lang),
    taxonomy_terms: taxonomyTerms(lang),
    attributes: sorted.flatMap(attributesOf),
  };
}
