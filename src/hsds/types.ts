import type { HsdsAccessibility, HsdsAddress, HsdsContact, HsdsCostOption, HsdsLanguage, HsdsPhone, HsdsSchedule, HsdsServiceArea } from './access.js';

/**
 * The HSDS 3.0 objects Verbind publishes (Open Referral schema/*.json), with
 * the fields we can fill honestly. Absent fields are left out, not null.
 */

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name: string;
  description: string;
  url?: string;
  latitude?: number;
  longitude?: number;
  /** The NIS/REFNIS code of the area. */
  external_identifier?: string;
  external_identifier_type?: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy_id: string;
  language: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'service';
  /** What the term describes: the matrix axis (HSDS leaves link_type an open codelist). */
  link_type: string;
  taxonomy_term_id: string;
  value: string;
}

/** A service's one-to-one fields (what list endpoints return). */
export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  /** From the access facts (src/hsds/access.ts). */
  minimum_age?: number;
  maximum_age?: number;
  eligibility_description?: string;
  application_process?: string;
  /** The day the record was last verified. */
  assured_date?: string;
  last_modified?: string;
}

/** A location with its address and accessibility nested (as GET /services/{id} and /service_at_locations carry it). */
export interface HsdsLocationFull extends HsdsLocation {
  addresses: HsdsAddress[];
  accessibility: HsdsAccessibility[];
}

/** GET /services/{id}: the service with its related records nested. */
export interface HsdsFullService extends HsdsService {
  organization?: HsdsOrganization;
  service_at_locations: (HsdsServiceAtLocation & { location: HsdsLocationFull })[];
  schedules: HsdsSchedule[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  contacts: HsdsContact[];
  phones: HsdsPhone[];
  service_areas: HsdsServiceArea[];
  attributes: (HsdsAttribute & { taxonomy_term: HsdsTaxonomyTerm })[];
}

/** The HSDS tabular set as one JSON object (`export --format hsds`). */
export interface HsdsDataset {
  services: HsdsService[];
  organizations: HsdsOrganization[];
  locations: HsdsLocation[];
  service_at_locations: HsdsServiceAtLocation[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  attributes: HsdsAttribute[];
  addresses: HsdsAddress[];
  accessibility: HsdsAccessibility[];
  schedules: HsdsSchedule[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  contacts: HsdsContact[];
  phones: HsdsPhone[];
  service_areas: HsdsServiceArea[];
}
