/**
 * The access facts of an initiative (src/initiatives/access.ts) as HSDS 3.0 records:
 * places as physical locations with their address and accessibility, online as a
 * virtual location, schedules as HSDS schedules (RFC 5545 rules), languages, cost
 * options, the referral contact with its phone, and the areas served as service
 * areas. What HSDS has no field for (at home, by phone, capacity, entry, transport,
 * accompaniment) becomes attributes under Verbind's `access` taxonomy
 * (vocabulary.ts). Pure. Mapping table: docs/open-data.md.
 */
import { accessFilters, type Access, type Mode, type Place, type Schedule } from '../initiatives/access.js';
import { scheduleText } from '../initiatives/schedule-text.js';
import { nisProvince } from '../areas/coverage.js';
import { hsdsId } from './ids.js';
import { ACCESS } from './vocabulary.js';
import type { HsdsAttribute } from './types.js';

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}
export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}
export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  dtstart?: string;
  valid_from?: string;
  valid_to?: string;
  opens_at: string;
  closes_at: string;
  description: string;
  attending_type?: string;
}
export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
  name: string;
}
export interface HsdsCostOption {
  id: string;
  service_id: string;
  option?: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}
export interface HsdsPhone {
  id: string;
  service_id?: string;
  contact_id?: string;
  number: string;
}
export interface HsdsContact {
  id: string;
  service_id: string;
  title?: string;
  email?: string;
  phones: HsdsPhone[];
}
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
  uri?: string;
}

/** Province (or Brussels-Capital Region) names by REFNIS code, for an address's state_province. */
const PROVINCES: Record<string, string> = {
  '10000': 'Antwerpen',
  '20001': 'Vlaams-Brabant',
  '20002': 'Brabant wallon',
  '30000': 'West-Vlaanderen',
  '40000': 'Oost-Vlaanderen',
  '50000': 'Hainaut',
  '60000': 'Liège',
  '70000': 'Limburg',
  '80000': 'Luxembourg',
  '90000': 'Namur',
};

export function provinceOf(nis: string): string | undefined {
  if (/^21\d{3}$/.test(nis)) return 'Brussels Hoofdstedelijk Gewest / Région de Bruxelles-Capitale';
  const p = nisProvince(nis);
  return p ? PROVINCES[p] : undefined;
}

/** A place's postal address, when it has everything HSDS requires of one (street, postcode, municipality). */
export function addressOf(place: Place, locationId: string, areaNames: ReadonlyMap<string, string>): HsdsAddress | undefined {
  if (!place.street || !place.postcode || !place.municipality) return undefined;
  const province = provinceOf(place.municipality);
  if (!province) return undefined;
  return {
    id: hsdsId.address(locationId),
    location_id: locationId,
    address_1: [place.street, place.number].filter(Boolean).join(' '),
    city: areaNames.get(place.municipality) ?? place.municipality,
    state_province: province,
    postal_code: place.postcode,
    country: 'BE',
    address_type: 'physical',
  };
}

/** What an area code is, by its form (src/initiatives/schema.ts AREA_CODE_PATTERN). */
export function areaDescription(code: string): string {
  if (/^\d{5}$/.test(code)) return `Area with NIS code ${code} (municipality, district, province or region)`;
  if (/^\d{5}/.test(code)) return `Statistical sector ${code}`;
  return `Care zone ${code}`;
}

const BYDAY = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' } as const;

/** One schedule as HSDS has it: an RFC 5545 rule (freq, interval, byday), opening hours, validity; described in words. */
export function hsdsScheduleOf(s: Schedule, serviceId: string, id: string): HsdsSchedule {
  const base = { id, service_id: serviceId, opens_at: s.start, closes_at: s.end, description: `${scheduleText(s, 'en')} (Europe/Brussels time)` };
  if (s.repeat === 'once') return { ...base, dtstart: s.date, valid_from: s.date, valid_to: s.date };
  const period = { ...(s.from ? { dtstart: s.from, valid_from: s.from } : {}), ...(s.until ? { valid_to: s.until } : {}) };
  if (s.repeat === 'monthly') return { ...base, freq: 'MONTHLY', byday: `${s.nth}${BYDAY[s.weekday]}`, ...period };
  return { ...base, freq: 'WEEKLY', byday: BYDAY[s.weekday], ...(s.repeat === 'every_other_week' ? { interval: 2 } : {}), ...period };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export interface AccessRecords {
  places: { id: string; place: Place; addresses: HsdsAddress[]; accessibility: HsdsAccessibility[] }[];
  online: boolean;
  schedules: HsdsSchedule[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  contacts: HsdsContact[];
  phones: HsdsPhone[];
  service_areas: HsdsServiceArea[];
  attributes: HsdsAttribute[];
}

/** The declared modes, with in_person when a place is named (as the filter columns count it, access.ts accessFilters). */
export function modesOf(a: Access): Mode[] {
  return accessFilters(a).modes;
}

const REDUCTION_NAMES = { uitpas: 'UiTPAS reduced rate', social_tariff: 'Social tariff', article_27: 'Article 27' } as const;

export function accessRecordsOf(i: { id: string; areas: readonly string[]; access?: Access | undefined }, areaNames: ReadonlyMap<string, string>, areaUri?: (code: string) => string): AccessRecords {
  const a = i.access ?? {};
  const serviceId = hsdsId.service(i.id);
  const places = (a.places ?? []).map((place, n) => {
    const id = hsdsId.place(i.id, n);
    const address = addressOf(place, id, areaNames);
    const accessibility: HsdsAccessibility[] = [
      ...(place.wheelchair ? [{ id: hsdsId.accessibility(id, 'wheelchair'), location_id: id, description: 'Wheelchair accessible' }] : []),
      ...(place.hearing_loop ? [{ id: hsdsId.accessibility(id, 'hearing_loop'), location_id: id, description: 'Hearing loop' }] : []),
    ];
    return { id, place, addresses: address ? [address] : [], accessibility };
  });
  const cost: HsdsCostOption[] = [];
  if (a.cost?.free) cost.push({ id: hsdsId.cost(i.id, 'free'), service_id: serviceId, option: 'Free', currency: 'EUR', amount: 0, ...(a.cost.note ? { amount_description: a.cost.note } : {}) });
  else if (a.cost?.amount_eur !== undefined) cost.push({ id: hsdsId.cost(i.id, 'price'), service_id: serviceId, option: 'Price', currency: 'EUR', amount: a.cost.amount_eur, ...(a.cost.note ? { amount_description: a.cost.note } : {}) });
  for (const r of a.cost?.reductions ?? []) cost.push({ id: hsdsId.cost(i.id, r), service_id: serviceId, option: REDUCTION_NAMES[r], currency: 'EUR' });
  const rc = a.referral_contact;
  const contactId = hsdsId.contact(i.id);
  const contacts: HsdsContact[] = rc
    ? [{ id: contactId, service_id: serviceId, ...(rc.role ? { title: rc.role } : {}), ...(rc.email ? { email: rc.email } : {}), phones: rc.phone ? [{ id: hsdsId.phone(i.id, 'referral'), contact_id: contactId, number: rc.phone }] : [] }]
    : [];
  const attributes: HsdsAttribute[] = [];
  const flag = (code: string, value: string) =>
    attributes.push({ id: hsdsId.attribute(i.id, ACCESS, code), link_id: serviceId, link_entity: 'service', link_type: ACCESS, taxonomy_term_id: hsdsId.term(ACCESS, code), value });
  for (const m of modesOf(a)) flag(`mode_${m}`, 'true');
  if (a.entry) flag(`entry_${a.entry}`, 'true');
  if (a.transport) flag('transport', 'true');
  if (a.accompaniment) flag('accompaniment', 'true');
  if (a.capacity) flag(`capacity_${a.capacity.status}`, a.capacity.set_on);
  return {
    places,
    online: modesOf(a).includes('online'),
    schedules: (a.schedules ?? []).map((s, n) => hsdsScheduleOf(s, serviceId, hsdsId.schedule(i.id, n))),
    languages: (a.languages ?? []).map((code) => ({ id: hsdsId.language(i.id, code), service_id: serviceId, code, name: languageNames.of(code) ?? code })),
    cost_options: cost,
    contacts,
    phones: rc?.phone ? [{ id: hsdsId.phone(i.id, 'service'), service_id: serviceId, number: rc.phone }] : [],
    service_areas: i.areas.map((code) => ({
      id: hsdsId.serviceArea(i.id, code),
      service_id: serviceId,
      name: areaNames.get(code) ?? code,
      description: areaDescription(code),
      ...(areaUri ? { uri: areaUri(code) } : {}),
    })),
    attributes,
  };
}
