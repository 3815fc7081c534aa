/**
 * The matching's pure core, rule by rule (src/matching/rules.ts, match.ts): each requirement
 * leaves out what is known not to fit and keeps what is not recorded; each score rule moves an
 * initiative by its weight; the tiers hold (one more asked element outweighs every lower rule
 * together, one effectladder rung every tier-3 rule together); docs/matching.md states every
 * rule with its weight and source; distances agree with an independent great-circle formula.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES, rule, distanceUnits, capacityUnits } from '../../src/matching/rules.js';
import { assess, match, type MatchContext } from '../../src/matching/match.js';
import type { Candidate } from '../../src/matching/facts.js';
import { matchRequestSchema, formToRequest, type MatchRequest } from '../../src/matching/request.js';
import { centroidOf, distanceKm, nearestPlaceKm } from '../../src/matching/distance.js';
import { matchesLink } from '../../src/matching/link.js';

const TODAY = '2026-12-06';
const ctx: MatchContext = { today: TODAY };

const cand = (over: Partial<Candidate> & { id: string }): Candidate => ({
  name: `Initiatief ${over.id}`,
  organisation: null,
  elements: ['meeting'],
  age_groups: ['older'],
  evidence: 'level1_described',
  coverage: 'local',
  ...over,
});
const req = (r: MatchRequest): MatchRequest => matchRequestSchema.parse(r);
const score = (r: MatchRequest, c: Candidate, x: MatchContext = ctx) => assess(req(r), c, x)?.score;
const codes = (xs: { code: string }[] | undefined) => (xs ?? []).map((x) => x.code);

describe('matching rules: the table', () => {
  it('every rule has its words in nl, fr and en, a reason and a source; score rules have a tier, a weight and a unit', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length, 'ids are unique');
    for (const r of RULES) {
      for (const lang of ['nl', 'fr', 'en'] as const) {
        assert.ok(r.rewards[lang].trim() && r.why[lang].trim(), `${r.id} ${lang}`);
        if (r.kind === 'score') assert.ok(r.unit?.[lang].trim(), `${r.id} unit ${lang}`);
      }
      assert.match(r.citation, /Seed \d{3}|Gravity|issue \d+/, `${r.id} names its source`);
      if (r.kind === 'score') assert.ok(r.tier && r.weight && r.maxUnits, `${r.id} tier, weight, maxUnits`);
    }
  });

  it('tiers are strict: a higher tier’s one step outweighs everything below it together', () => {
    const max = (tier: number) => RULES.filter((r) => r.kind === 'score' && r.tier === tier).reduce((s, r) => s + r.weight! * r.maxUnits!, 0);
    const step = (tier: number) => Math.min(...RULES.filter((r) => r.kind === 'score' && r.tier === tier).map((r) => r.weight!));
    assert.ok(max(3) < step(2), `tier 3 at most ${max(3)} < one effectladder rung ${step(2)}`);
    assert.ok(max(2) + max(3) < step(1), `tiers 2 and 3 at most ${max(2) + max(3)} < one element ${step(1)}`);
  });

  it('docs/matching.md states every rule, its weight and its source', () => {
    const doc = readFileSync(new URL('../../docs/matching.md', import.meta.url), 'utf8').split('## The rules')[1]!;
    for (const r of RULES) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${r.id}\``));
      assert.ok(row, `a row for ${r.id}`);
      assert.ok(row.includes(r.citation), `${r.id}: the citation as in the code`);
      if (r.kind === 'score') assert.ok(row.includes(`| ${r.weight} `), `${r.id}: weight ${r.weight}`);
      else assert.ok(row.includes('| requirement |'), `${r.id}: a requirement`);
    }
  });
});

describe('matching rules: requirements', () => {
  it('area: with a municipality, only candidates serving it; local and wider both fit, and say so', () => {
    const r = { municipality: '12021' };
    assert.equal(assess(req(r), cand({ id: 'x', coverage: undefined }), ctx), null);
    assert.deepEqual(assess(req(r), cand({ id: 'a' }), ctx)?.fits[0], { code: 'area_local', values: ['12021'] });
    assert.deepEqual(assess(req(r), cand({ id: 'b', coverage: 'wider' }), ctx)?.fits[0], { code: 'area_wider', values: ['12021'] });
  });

  it('age_group: the asked group or all ages; others are left out', () => {
    const r = { age_group: 'older' };
    assert.deepEqual(assess(req(r), cand({ id: 'a' }), ctx)?.fits.find((f) => f.code === 'age_group')?.values, ['older']);
    assert.deepEqual(assess(req(r), cand({ id: 'b', age_groups: ['all_ages'] }), ctx)?.fits.find((f) => f.code === 'age_group')?.values, ['all_ages']);
    assert.equal(assess(req(r), cand({ id: 'c', age_groups: ['youth'] }), ctx), null);
  });

  it('elements: at least one asked element is required; 1000 points per asked element offered; the rest is a miss', () => {
    const r = { elements: ['befriending', 'meeting', 'social_support'] };
    assert.equal(assess(req(r), cand({ id: 'a', elements: ['mindfulness'] }), ctx), null);
    const one = assess(req(r), cand({ id: 'b', elements: ['meeting', 'mindfulness'] }), ctx)!;
    const two = assess(req(r), cand({ id: 'c', elements: ['meeting', 'befriending'] }), ctx)!;
    assert.equal(two.score - one.score, rule('elements').weight);
    assert.deepEqual(two.fits.find((f) => f.code === 'elements')?.values, ['befriending', 'meeting']);
    assert.deepEqual(two.misses.find((f) => f.code === 'elements')?.values, ['social_support']);
  });

  it('languages: out when it works only in other languages; kept, as not recorded, when none are recorded; a known fit earns 5', () => {
    const r = { languages: ['fr', 'ar'] };
    assert.equal(assess(req(r), cand({ id: 'nl', access: { languages: ['nl'] } }), ctx), null);
    const fr = assess(req(r), cand({ id: 'fr', access: { languages: ['nl', 'fr'] } }), ctx)!;
    const unknown = assess(req(r), cand({ id: 'u' }), ctx)!;
    assert.deepEqual(fr.fits.find((f) => f.code === 'languages')?.values, ['fr']);
    assert.ok(codes(unknown.misses).includes('languages_unknown'));
    assert.equal(fr.score - unknown.score, rule('access_known').weight);
  });

  it('modes: out when it works only otherwise; not recorded is kept; a known fit earns 5', () => {
    const r = { modes: ['at_home' as const] };
    assert.equal(assess(req(r), cand({ id: 'a', access: { modes: ['in_person'] } }), ctx), null);
    const home = assess(req(r), cand({ id: 'b', access: { modes: ['in_person', 'at_home'] } }), ctx)!;
    const unknown = assess(req(r), cand({ id: 'c' }), ctx)!;
    assert.deepEqual(home.fits.find((f) => f.code === 'modes')?.values, ['at_home']);
    assert.ok(codes(unknown.misses).includes('modes_unknown'));
    assert.equal(home.score - unknown.score, 5);
  });

  it('free: with free_only, those known to cost something are out; unknown cost is kept as a miss', () => {
    const r = { free_only: true };
    assert.equal(assess(req(r), cand({ id: 'a', access: { free: false } }), ctx), null);
    assert.ok(codes(assess(req(r), cand({ id: 'b', access: { free: true } }), ctx)?.fits).includes('free'));
    assert.ok(codes(assess(req(r), cand({ id: 'c' }), ctx)?.misses).includes('cost_unknown'));
    assert.ok(assess(req({}), cand({ id: 'd', access: { free: false } }), ctx), 'without free_only, cost leaves no one out');
  });

  it('wheelchair: those known not to be accessible are out when it is needed; unknown is kept as a miss', () => {
    const r = { wheelchair: true };
    assert.equal(assess(req(r), cand({ id: 'a', access: { wheelchair: false } }), ctx), null);
    assert.ok(codes(assess(req(r), cand({ id: 'b', access: { wheelchair: true } }), ctx)?.fits).includes('wheelchair'));
    assert.ok(codes(assess(req(r), cand({ id: 'c' }), ctx)?.misses).includes('wheelchair_unknown'));
  });

  it('full: left out unless include_full, then listed with the miss "full"', () => {
    const full = cand({ id: 'f', access: { capacity: { status: 'full', set_on: '2026-12-01' } } });
    assert.equal(assess(req({}), full, ctx), null);
    const shown = assess(req({ include_full: true }), full, ctx)!;
    assert.deepEqual(shown.misses.find((m) => m.code === 'capacity')?.values, ['full']);
    assert.deepEqual(shown.capacity, { status: 'full', set_on: '2026-12-01', confirmed: true });
  });
});

describe('matching rules: scores', () => {
  it('evidence: 100 points per effectladder rung; level 2 and up is a fit, below (and unknown) a miss', () => {
    const at = (evidence: string) => assess(req({}), cand({ id: evidence, evidence }), ctx)!;
    assert.equal(at('level3_indicative').score - at('level1_described').score, 2 * rule('evidence').weight!);
    assert.equal(at('unknown').score, at('level0_implicit').score, 'unknown counts as level 0');
    assert.ok(codes(at('level2_theory').fits).includes('evidence'));
    assert.ok(codes(at('level1_described').misses).includes('evidence'));
  });

  it('local: 40 points before wider', () => {
    const r = { municipality: '12021' };
    assert.equal(score(r, cand({ id: 'l' }))! - score(r, cand({ id: 'w', coverage: 'wider' }))!, rule('local').weight);
  });

  it('capacity: confirmed room 2 units, unknown or older than 30 days 1, waitlist 0', () => {
    const cap = (status: 'has_room' | 'waitlist', set_on: string) => cand({ id: `${status}-${set_on}`, access: { capacity: { status, set_on } } });
    const room = assess(req({}), cap('has_room', '2026-11-06'), ctx)!; // 30 days ago: still confirmed
    const stale = assess(req({}), cap('has_room', '2026-11-05'), ctx)!; // 31 days ago
    const unknown = assess(req({}), cand({ id: 'u' }), ctx)!;
    const wait = assess(req({}), cap('waitlist', '2026-12-01'), ctx)!;
    assert.equal(room.score - unknown.score, 10);
    assert.equal(stale.score, unknown.score);
    assert.equal(unknown.score - wait.score, 10);
    assert.deepEqual(room.fits.find((f) => f.code === 'capacity')?.values, ['has_room']);
    assert.deepEqual(stale.misses.find((f) => f.code === 'capacity_unconfirmed')?.values, ['has_room', '2026-11-05']);
    assert.equal(stale.capacity.confirmed, false);
    assert.ok(codes(unknown.misses).includes('capacity_unknown'));
    assert.deepEqual(wait.misses.find((f) => f.code === 'capacity')?.values, ['waitlist']);
    assert.equal(capacityUnits('full', true), 0);
  });

  it('distance: 9 points minus one per full 5 km to the nearest place, none without places or outlines', () => {
    assert.deepEqual([0, 4.9, 5, 12, 44.9, 45, 300].map(distanceUnits), [9, 9, 8, 7, 1, 0, 0]);
    const origin = [4.35, 50.85] as const;
    const centroids = new Map([['11002', [4.4, 51.22] as const]]);
    const near = cand({ id: 'n', access: { places: [{ lat: 50.86, lon: 4.36 }, { municipality: '11002' }] } });
    const far = cand({ id: 'f', access: { places: [{ municipality: '11002' }] } });
    const withPlaces = { ...ctx, origin, centroids };
    const n = assess(req({}), near, withPlaces)!;
    const f = assess(req({}), far, withPlaces)!;
    assert.ok(n.distance_km! < 2, `${n.distance_km}`);
    assert.ok(f.distance_km! > 40 && f.distance_km! < 45, `${f.distance_km}`);
    assert.equal(n.score - f.score, 9 - 1);
    assert.equal(assess(req({}), near, ctx)!.distance_km, undefined, 'no outlines: no origin, no distance');
  });

  it('the order: most asked elements, then the effectladder, then local, room and known facts; ties by name', () => {
    const r = req({ municipality: '12021', elements: ['befriending', 'meeting'], languages: ['fr'] });
    const list = [
      cand({ id: 'A', name: 'A wider, 2 elements, level 0', elements: ['befriending', 'meeting'], evidence: 'level0_implicit', coverage: 'wider' }),
      cand({ id: 'B', name: 'B local, 1 element, level 4, French, room', elements: ['meeting'], evidence: 'level4_causal', access: { languages: ['fr'], capacity: { status: 'has_room', set_on: TODAY } } }),
      cand({ id: 'C', name: 'C wider, 1 element, level 4', elements: ['befriending'], evidence: 'level4_causal', coverage: 'wider' }),
      cand({ id: 'D', name: 'D local, 1 element, level 3, French, room', elements: ['meeting'], evidence: 'level3_indicative', access: { languages: ['fr'], capacity: { status: 'has_room', set_on: TODAY } } }),
      cand({ id: 'E', name: 'E Dutch only', elements: ['befriending', 'meeting'], evidence: 'level4_causal', access: { languages: ['nl'] } }),
      cand({ id: 'F', name: 'C2 same as C', elements: ['befriending'], evidence: 'level4_causal', coverage: 'wider' }),
    ];
    const out = match(r, list, ctx);
    assert.equal(out.total, 5, 'E is left out: it works only in Dutch');
    assert.deepEqual(out.items.map((i) => i.initiative_id), ['A', 'B', 'C', 'F', 'D']);
    assert.equal(match({ ...r, limit: 2 }, list, ctx).items.length, 2);
  });
});

describe('matching request', () => {
  it('names the wrong field: unknown language, unknown element, a NIS code that is no municipality, an unknown key', () => {
    const fields = (body: unknown) => {
      const r = matchRequestSchema.safeParse(body);
      assert.equal(r.success, false);
      return r.error!.issues.map((i) => i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : ''));
    };
    assert.deepEqual(fields({ languages: ['fr', 'xx'] }), ['languages.1']);
    assert.deepEqual(fields({ elements: ['meeting', 'hugging'] }), ['elements.1']);
    assert.deepEqual(fields({ municipality: '1202' }), ['municipality']);
    assert.deepEqual(fields({ municipality: '10000' }), ['municipality'], 'a province is not a municipality');
    assert.deepEqual(fields({ modes: ['by_pigeon'] }), ['modes.0']);
    assert.deepEqual(fields({ wheelchiar: true }), ['wheelchiar']);
    assert.ok(matchRequestSchema.safeParse({ municipality: '12021', age_group: 'older', languages: ['ar'], elements: ['befriending'], modes: ['at_home'], free_only: true, wheelchair: true, include_full: false, limit: 5 }).success);
  });

  it('a GET form becomes the same request: repeated or comma-separated lists, checkboxes, empty fields absent', () => {
    assert.deepEqual(formToRequest({ municipality: '12021', age_group: '', elements: ['meeting', 'befriending'], languages: 'fr,ar', free_only: 'true', wheelchair: 'on', limit: '5' }), {
      municipality: '12021',
      elements: ['meeting', 'befriending'],
      languages: ['fr', 'ar'],
      free_only: true,
      wheelchair: true,
      limit: 5,
    });
    const link = new URL(matchesLink('nl', ['meeting', 'befriending'], 'older', '12021'), 'http://x');
    assert.equal(link.pathname, '/nl/matches');
    assert.deepEqual(matchRequestSchema.parse(formToRequest(Object.fromEntries(link.searchParams))), { municipality: '12021', age_group: 'older', elements: ['meeting', 'befriending'] });
  });
});

describe('matching distances', () => {
  it('one degree of latitude is πR/180 = 111.195 km on the IUGG mean sphere (R = 6371.0088 km), as an independent haversine says', () => {
    const haversine = ([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]) => {
      const rad = Math.PI / 180;
      const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
      return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    };
    assert.ok(Math.abs(distanceKm([4, 50], [4, 51]) - 111.195) < 0.001);
    // Brussels Grand-Place to Antwerp Grote Markt.
    const d = distanceKm([4.3525, 50.8467], [4.3997, 51.2211]);
    assert.ok(Math.abs(d - haversine([4.3525, 50.8467], [4.3997, 51.2211])) < 0.001, `${d}`);
  });

  it('a municipality’s centroid lies at the middle of a symmetric outline; the nearest place wins, rounded to 0.1 km', () => {
    const ring = [[4, 50], [4.2, 50], [4.2, 50.2], [4, 50.2], [4, 50]];
    for (const r of [ring, [...ring].reverse()]) {
      const [lon, lat] = centroidOf({ type: 'Polygon', coordinates: [r] });
      assert.ok(Math.abs(lon - 4.1) < 1e-9 && Math.abs(lat - 50.1) < 0.001, `either winding: ${lon} ${lat}`);
    }
    assert.equal(nearestPlaceKm([4, 50], [{ lat: 51, lon: 4 }, { lat: 50.5, lon: 4 }], new Map()), 55.6);
    assert.equal(nearestPlaceKm([4, 50], [{ municipality: '99999' }], new Map()), undefined);
  });
});
