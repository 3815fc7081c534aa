/**
 * The matching, pure: which candidates fit a person, ranked by the rules of rules.ts, each with
 * the reasons it fits and what does not. Candidates come from the initiatives serving the asked
 * municipality (the service reads them); nothing here does I/O.
 */
import type { Candidate, CapacityStatus, MatchAccess, Mode } from './facts.js';
import type { MatchRequest } from './request.js';
import { DEFAULT_LIMIT } from './request.js';
import { EVIDENCE_RUNG, capacityUnits, distanceUnits, rule } from './rules.js';
import { capacityOn } from '../initiatives/access.js';
import { nearestPlaceKm, type LonLat } from './distance.js';

/** Coded reasons; pages render them in nl/fr/en (web/messages.ts), the API returns them as they are. */
export type FitCode = 'area_local' | 'area_wider' | 'age_group' | 'elements' | 'evidence' | 'languages' | 'modes' | 'free' | 'wheelchair' | 'capacity';
export type MissCode = 'elements' | 'evidence' | 'languages_unknown' | 'modes_unknown' | 'cost_unknown' | 'wheelchair_unknown' | 'capacity' | 'capacity_unknown' | 'capacity_unconfirmed';

export interface Reason<C extends string> {
  code: C;
  values: string[];
}

export interface CapacityView {
  status: CapacityStatus | 'unknown';
  set_on?: string;
  /** Set within the last 30 days. */
  confirmed: boolean;
}

export interface MatchItem {
  initiative_id: string;
  name: string;
  organisation: string | null;
  score: number;
  fits: Reason<FitCode>[];
  misses: Reason<MissCode>[];
  coverage?: 'local' | 'wider';
  distance_km?: number;
  capacity: CapacityView;
}

export interface MatchContext {
  /** Today in Belgium (YYYY-MM-DD), for "not confirmed after 30 days". */
  today: string;
  /** The asked municipality's centroid, when outlines are imported. */
  origin?: LonLat | undefined;
  /** Municipality centroids by NIS code (places named by municipality only). */
  centroids?: ReadonlyMap<string, LonLat>;
}

export interface MatchResult {
  /** How many candidates meet every requirement (items holds the first `limit`). */
  total: number;
  items: MatchItem[];
}

export function capacityView(c: Candidate, today: string): CapacityView {
  const cap = c.access?.capacity;
  if (!cap) return { status: 'unknown', confirmed: false };
  // The access model's rule (capacityOn): confirmed for 30 days after it was set.
  const confirmed = !!cap.set_on && capacityOn({ status: cap.status, set_on: cap.set_on }, today) !== 'not_confirmed';
  return { status: cap.status, ...(cap.set_on ? { set_on: cap.set_on } : {}), confirmed };
}

const points = (id: Parameters<typeof rule>[0], units: number) => (rule(id).weight ?? 0) * units;

/** One candidate against the request: null when a requirement leaves it out. */
export function assess(req: MatchRequest, c: Candidate, ctx: MatchContext): MatchItem | null {
  const fits: Reason<FitCode>[] = [];
  const misses: Reason<MissCode>[] = [];
  let score = 0;
  let known = 0;
  const access: MatchAccess = c.access ?? {};

  // Requirement: serves the municipality (the service asks only for those; a candidate without coverage is not serving it).
  if (req.municipality) {
    if (!c.coverage) return null;
    fits.push({ code: c.coverage === 'local' ? 'area_local' : 'area_wider', values: [req.municipality] });
    if (c.coverage === 'local') score += points('local', 1);
  }
  // Requirement: the age group, or all ages.
  if (req.age_group) {
    const fit = c.age_groups.includes(req.age_group) ? req.age_group : c.age_groups.includes('all_ages') ? 'all_ages' : null;
    if (!fit) return null;
    fits.push({ code: 'age_group', values: [fit] });
  }
  // Requirement and tier 1: the asked elements it offers (at least one).
  if (req.elements?.length) {
    const offered = req.elements.filter((e) => c.elements.includes(e));
    if (!offered.length) return null;
    fits.push({ code: 'elements', values: offered });
    const lacking = req.elements.filter((e) => !c.elements.includes(e));
    if (lacking.length) misses.push({ code: 'elements', values: lacking });
    score += points('elements', offered.length);
  }
  // Requirements on the access facts: out only when known not to fit.
  if (req.languages?.length) {
    const has = access.languages ?? [];
    if (!has.length) misses.push({ code: 'languages_unknown', values: [] });
    else {
      const common = req.languages.filter((l) => has.includes(l));
      if (!common.length) return null;
      fits.push({ code: 'languages', values: common });
      known++;
    }
  }
  if (req.modes?.length) {
    const has = access.modes ?? [];
    if (!has.length) misses.push({ code: 'modes_unknown', values: [] });
    else {
      const common = req.modes.filter((m: Mode) => has.includes(m));
      if (!common.length) return null;
      fits.push({ code: 'modes', values: common });
      known++;
    }
  }
  if (req.free_only) {
    if (access.free === false) return null;
    if (access.free === true) {
      fits.push({ code: 'free', values: [] });
      known++;
    } else misses.push({ code: 'cost_unknown', values: [] });
  }
  if (req.wheelchair) {
    if (access.wheelchair === false) return null;
    if (access.wheelchair === true) {
      fits.push({ code: 'wheelchair', values: [] });
      known++;
    } else misses.push({ code: 'wheelchair_unknown', values: [] });
  }
  score += points('access_known', known);

  // Requirement and tier 3: capacity.
  const capacity = capacityView(c, ctx.today);
  if (capacity.status === 'full' && !req.include_full) return null;
  if (capacity.status === 'has_room' && capacity.confirmed) fits.push({ code: 'capacity', values: ['has_room'] });
  else if (capacity.status === 'has_room') misses.push({ code: 'capacity_unconfirmed', values: capacity.set_on ? ['has_room', capacity.set_on] : ['has_room'] });
  else if (capacity.status === 'unknown') misses.push({ code: 'capacity_unknown', values: [] });
  else misses.push({ code: 'capacity', values: [capacity.status] });
  score += points('capacity', capacityUnits(capacity.status, capacity.confirmed));

  // Tier 2: the effectladder.
  const rung = EVIDENCE_RUNG[c.evidence] ?? 0;
  score += points('evidence', rung);
  if (rung >= 2) fits.push({ code: 'evidence', values: [c.evidence] });
  else misses.push({ code: 'evidence', values: [c.evidence] });

  // Tier 3: distance to the nearest known place.
  const km = nearestPlaceKm(ctx.origin, access.places, ctx.centroids ?? new Map());
  if (km !== undefined) score += points('distance', distanceUnits(km));

  return {
    initiative_id: c.id,
    name: c.name,
    organisation: c.organisation,
    score,
    fits,
    misses,
    ...(c.coverage ? { coverage: c.coverage } : {}),
    ...(km !== undefined ? { distance_km: km } : {}),
    capacity,
  };
}

const byName = (a: MatchItem, b: MatchItem) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.initiative_id < b.initiative_id ? -1 : a.initiative_id > b.initiative_id ? 1 : 0);

/** The candidates that meet every requirement, highest score first (then by name), at most `limit`. */
export function match(req: MatchRequest, candidates: readonly Candidate[], ctx: MatchContext): MatchResult {
  const items: MatchItem[] = [];
  for (const c of candidates) {
    const item = assess(req, c, ctx);
    if (item) items.push(item);
  }
  items.sort((a, b) => b.score - a.score || byName(a, b));
  return { total: items.length, items: items.slice(0, req.limit ?? DEFAULT_LIMIT) };
}
