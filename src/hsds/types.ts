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
}

/** GET /services/{id}: the service with its related records nested. */
export interface HsdsFullService extends HsdsService {
  organization?: HsdsOrganization;
  service_at_locations: (HsdsServiceAtLocation & { location: HsdsLocation })[];
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
}
