/**
 * Conversion between the interchange shape (snake_case codes, see
 * shared/spec/interchange.md) and the database row.
 */
import type { Initiative } from './schema.js';
import type { InitiativeStatus } from '../db/schema.js';
import { initiatives } from '../db/schema.js';
import { searchFields } from '../search/normalise.js';
import { multilingualTerms } from './multilingual.js';
import { accessFilters, canonicalAccess, tidyAccess } from './access.js';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type InitiativeInsert = typeof initiatives.$inferInsert;

/** An initiative as stored, with its bookkeeping. */
export interface StoredInitiative extends Initiative {
  status: InitiativeStatus;
  created_at: string;
  updated_at: string;
}

/** The stored search text of an initiative: its own words, then the multilingual terms (thesaurus, place names). */
export function searchText(i: Initiative, placeNames?: ReadonlyMap<string, readonly string[]>): { searchTitle: string; searchBody: string } {
  const own = [i.name, i.organisation ?? '', i.description ?? '', i.description_fr ?? '', i.description_en ?? '', i.goal ?? '', i.location ?? '', ...i.partners].join(' ');
  const extra = multilingualTerms(
    {
      text: own,
      socialIsolation: i.social_isolation,
      areas: i.areas,
      geographicLevel: i.geographic_level,
    },
    placeNames,
  );
  // The French and English descriptions are the initiative's own words too: indexed in the body, before the extra terms.
  const translations = [i.description_fr, i.description_en].filter((d): d is string => !!d);
  return searchFields(i, [...translations, ...extra]);
}

/** `placeNames`: the area model's names per area code, indexed for search in every language (initiatives/multilingual.ts). */
export function toRow(i: Initiative, source: string, status: InitiativeStatus, placeNames?: ReadonlyMap<string, readonly string[]>): InitiativeInsert {
  return {
    id: i.id,
    name: i.name,
    url: i.url ?? null,
    description: i.description ?? null,
    descriptionFr: i.description_fr ?? null,
    descriptionEn: i.description_en ?? null,
    goal: i.goal ?? null,
    location: i.location ?? null,
    organisation: i.organisation ?? null,
    partners: i.partners,
    areas: i.areas,
    contact: i.contact ?? null,
    source,
    elements: i.elements,
    prevention: i.prevention,
    dimensions: i.dimensions,
    socialIsolation: i.social_isolation,
    ageGroups: i.age_groups,
    course: i.course,
    riskFactors: i.risk_factors,
    approach: i.approach,
    evidence: i.evidence,
    primaryActor: i.primary_actor,
    geographicLevel: i.geographic_level,
    status,
    ...searchText(i, placeNames),
    ...accessColumns(i.access),
  };
}

/** The access document and the filter columns derived from it, written together on every write. */
function accessColumns(access: Initiative['access']) {
  const f = accessFilters(access);
  return {
    access: tidyAccess(access) ?? null,
    accessLanguages: f.languages,
    accessModes: f.modes,
    accessWeekdays: f.weekdays,
    accessFree: f.free,
    accessWheelchair: f.wheelchair,
    capacity: f.capacity,
    capacitySetOn: f.capacitySetOn,
    verifiedOn: f.verifiedOn,
  };
}

const opt = (v: string | null) => (v === null ? undefined : v);

export function fromRow(r: InitiativeRow): StoredInitiative {
  const out: StoredInitiative = {
    id: r.id,
    name: r.name,
    url: opt(r.url),
    description: opt(r.description),
    description_fr: opt(r.descriptionFr),
    description_en: opt(r.descriptionEn),
    goal: opt(r.goal),
    location: opt(r.location),
    organisation: opt(r.organisation),
    partners: r.partners,
    areas: r.areas,
    contact: opt(r.contact),
    source: r.source,
    elements: r.elements,
    prevention: r.prevention,
    dimensions: r.dimensions,
    social_isolation: r.socialIsolation,
    age_groups: r.ageGroups,
    course: r.course,
    risk_factors: r.riskFactors,
    approach: r.approach,
    evidence: r.evidence,
    primary_actor: r.primaryActor,
    geographic_level: r.geographicLevel,
    access: canonicalAccess(r.access),
    status: r.status,
    created_at: new Date(r.createdAt).toISOString(),
    updated_at: new Date(r.updatedAt).toISOString(),
  } as StoredInitiative;
  // Leave absent optional fields out entirely, so exports round-trip cleanly.
  for (const k of Object.keys(out) as (keyof StoredInitiative)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** The interchange object (what export writes and import reads). */
export function toInterchange(s: StoredInitiative): Initiative {
  const { status: _s, created_at: _c, updated_at: _u, ...rest } = s;
  return rest;
}
