/**
 * The matching's I/O: read the candidates through the initiatives capability (the one way into
 * the initiatives table), the municipality centroids from the imported outlines, then rank with
 * the pure core (match.ts). Nothing is written: a matching stores nothing.
 */
import type { Database } from '../../db/client.js';
import { matchCandidates } from '../../initiatives/store/candidates.js';
import { ValidationError } from '../../platform/problem.js';
import { brusselsToday } from '../../initiatives/access.js';
import { match, type MatchResult } from '../match.js';
import { DEFAULT_LIMIT, type MatchRequest } from '../request.js';
import { EVIDENCE_RUNG, rule } from '../rules.js';
import { municipalityCentroids } from '../store/centroids.js';

export interface Matches extends MatchResult {
  /** Whether distances could be computed: a municipality was asked and its outline is imported. */
  distances: boolean;
}

/** Ranked matches; a municipality code no area has is a located 400 ("municipality"). */
export async function findMatches(database: Database, req: MatchRequest, opts: { today?: string } = {}): Promise<Matches> {
  const limit = req.limit ?? DEFAULT_LIMIT;
  const { scope, rows, total } = await matchCandidates(database, {
    municipality: req.municipality,
    ageGroup: req.age_group,
    elements: req.elements,
    languages: req.languages,
    modes: req.modes,
    freeOnly: req.free_only,
    wheelchair: req.wheelchair,
    includeFull: req.include_full,
    // The tiers (rules.ts) let the database skip what cannot make the first `limit`: see CandidateQuery.top.
    top: { limit, elementWeight: rule('elements').weight!, rungWeight: rule('evidence').weight!, rungs: EVIDENCE_RUNG },
  });
  if (scope?.unknown.length) throw new ValidationError([{ field: 'municipality', message: 'no municipality has this NIS code' }]);
  const centroids = await municipalityCentroids(database.db);
  const origin = req.municipality ? centroids.get(req.municipality) : undefined;
  const result = match(req, rows, { today: opts.today ?? brusselsToday(new Date()), origin, centroids });
  // Every candidate meets the requirements in SQL as in the core, so the database's count is the total.
  return { ...result, total, distances: origin !== undefined };
}
