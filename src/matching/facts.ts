/**
 * What the matching needs to know about one initiative: the matrix facts every initiative has
 * (elements, age groups, effectladder level) and how it serves the asked municipality (issue 9's
 * one meaning of coverage), plus the access facts of issue 13 (src/initiatives/access.ts:
 * languages, modes, cost, wheelchair, capacity, places) where they are recorded. Every access fact is optional: an
 * initiative without it is "not recorded", never "does not fit".
 */
import type { Coverage } from '../areas/coverage.js';
import { CAPACITIES, MODES, type CapacityStatus, type Mode } from '../initiatives/access.js';

/** The vocabularies are the access model's (src/initiatives/access.ts). */
export { MODES, type Mode, type CapacityStatus };
export const CAPACITY_STATUSES = CAPACITIES;

/** A place where the initiative meets people: a municipality (NIS code) and, when known, coordinates (WGS84). */
export interface MatchPlace {
  municipality?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

/** The access facts the matching reads; undefined or empty means "not recorded". */
export interface MatchAccess {
  /** ISO 639-1 codes of the languages it works in. */
  languages?: readonly string[] | undefined;
  modes?: readonly Mode[] | undefined;
  /** true: free of charge; false: it costs something; undefined: not recorded. */
  free?: boolean | undefined;
  /** true: wheelchair accessible; false: not; undefined: not recorded. */
  wheelchair?: boolean | undefined;
  /** Capacity as last set, with the day it was set (YYYY-MM-DD). */
  capacity?: { status: CapacityStatus; set_on?: string | undefined } | undefined;
  places?: readonly MatchPlace[] | undefined;
}

/** One candidate: an initiative serving the asked municipality (or any, when none is asked). */
export interface Candidate {
  id: string;
  name: string;
  organisation: string | null;
  elements: readonly string[];
  age_groups: readonly string[];
  /** The effectladder code (seed 003 §1.10). */
  evidence: string;
  /** Undefined when no municipality was asked. */
  coverage?: Coverage | undefined;
  access?: MatchAccess | undefined;
}
