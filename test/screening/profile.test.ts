/**
 * The profile and the rule base, pure: the typology of seed 001 (never
 * guessed), the dimensions (seed 003 §1.4), the course (seed 002: two years
 * or more is long-term), the Machielse & Ariaans answers (seed 003 §1.2),
 * and "what tends to help" rules, each with a citation and codes from the
 * matrix.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreInstrument } from '../../src/screening/scoring.js';
import { buildProfile, course, typology, MA_WORDING, TYPE_SHARES } from '../../src/screening/profile.js';
import { advise, RULES } from '../../src/screening/rules.js';
import { evaluate, knowledgeBankLink } from '../../src/screening/evaluate.js';
import { PERSONAS } from '../../src/screening/personas.js';
import { catalogueQuerySchema } from '../../src/catalogue/query-schema.js';
import { codesOf } from '../../src/vocabulary/matrix.js';

const lonelyDjg6 = scoreInstrument('djg6', { '3': 'yes', '9': 'yes', '10': 'no', '4': 'yes', '7': 'yes', '8': 'yes' }); // 2: positive
const notLonelyDjg6 = scoreInstrument('djg6', { '3': 'no', '9': 'no', '10': 'no', '4': 'yes', '7': 'yes', '8': 'yes' }); // 0
const small = scoreInstrument('lsns6', { '1': 1, '2': 1, '3': 1, '4': 1, '5': 1, '6': 1 }); // 6 < 12
const large = scoreInstrument('lsns6', { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2 }); // 12

describe('typology of social contacts (seed 001; small network = LSNS-6 below 12, Lubben et al. 2006)', () => {
  test('the four types and their shares in seed 001 (64/8/22/6)', () => {
    assert.equal(typology({ djg6: notLonelyDjg6, lsns6: large }).type, 'socially_resilient');
    assert.equal(typology({ djg6: notLonelyDjg6, lsns6: small }).type, 'contact_poor');
    assert.equal(typology({ djg6: lonelyDjg6, lsns6: large }).type, 'lonely');
    assert.equal(typology({ djg6: lonelyDjg6, lsns6: small }).type, 'socially_isolated');
    assert.deepEqual(TYPE_SHARES, { socially_resilient: 64, contact_poor: 8, lonely: 22, socially_isolated: 6 });
  });
  test('missing instrument: not determined, never guessed', () => {
    assert.deepEqual(typology({ djg6: lonelyDjg6 }), { type: 'not_determined', lonely: true, lonelinessFrom: 'djg6', smallNetwork: null, missing: ['network'] });
    assert.deepEqual(typology({ lsns6: small }).missing, ['loneliness']);
    const unscored = scoreInstrument('lsns6', { '1': 1 });
    assert.equal(typology({ djg6: lonelyDjg6, lsns6: unscored }).type, 'not_determined', 'an LSNS-6 without a total decides nothing');
  });
  test('the loneliness instrument used: DJG-11, then DJG-6, then UCLA-3, then the direct question (issue 12)', () => {
    const ucla = scoreInstrument('ucla3', { '1': 'hardly_ever', '2': 'hardly_ever', '3': 'hardly_ever' });
    const direct = scoreInstrument('ons_direct', { '1': 'often_always' });
    assert.equal(typology({ ucla3: ucla, ons_direct: direct, lsns6: large }).lonelinessFrom, 'ucla3');
    assert.equal(typology({ ucla3: ucla, ons_direct: direct, lsns6: large }).type, 'socially_resilient');
    assert.equal(typology({ ons_direct: direct, lsns6: large }).type, 'lonely');
    assert.equal(typology({ djg6: notLonelyDjg6, ucla3: scoreInstrument('ucla3', { '1': 'often', '2': 'often', '3': 'often' }), lsns6: large }).lonelinessFrom, 'djg6');
  });
});

describe('dimensions, course and the Machielse & Ariaans answers', () => {
  test('DJG subscales give social and/or emotional; another instrument gives "general"; existential only from judgement', () => {
    const djg11 = scoreInstrument('djg11', { '1': 'no', '4': 'no', '7': 'no', '8': 'yes', '11': 'yes', '2': 'no', '3': 'no', '5': 'no', '6': 'no', '9': 'no', '10': 'no' });
    assert.deepEqual(buildProfile({ results: { djg11 } }).dimensions, ['social']);
    assert.deepEqual(buildProfile({ results: { djg6: lonelyDjg6 } }).dimensions, ['emotional']);
    assert.deepEqual(buildProfile({ results: { ons_direct: scoreInstrument('ons_direct', { '1': 'often_always' }) }, existential: true }).dimensions, ['general', 'existential']);
    assert.deepEqual(buildProfile({ results: {} }).dimensions, []);
  });
  test('course: over 2 years chronic, shorter transient, unasked unknown (seed 002; seed 003 §1.8)', () => {
    assert.deepEqual([course('over_2_years'), course('6_months_to_2_years'), course('under_6_months'), course(undefined)], ['chronic', 'transient', 'transient', 'unknown']);
  });
  test('each answer is explained in the study\'s own words (seed 003 §1.2), Dutch verbatim', () => {
    assert.match(MA_WORDING.answer.structural.nl, /al vele jaren eenzaam voelen of geïsoleerd leven/);
    assert.match(MA_WORDING.answer.passive.nl, /vermijdingsgedrag of trekken zich terug/);
    assert.equal(MA_WORDING.question.nature.nl, 'Is de problematiek situationeel of structureel?');
  });
});

describe('what tends to help: the rule base', () => {
  test('every rule cites its source and uses codes of the matrix', () => {
    const elements = codesOf('elements');
    for (const r of RULES) {
      assert.ok(r.citation.length > 10, r.id);
      assert.ok(/seed 00\d/.test(r.citation), `${r.id} names where in the seeds`);
      for (const e of [...(r.elements ?? []), ...(r.avoid ?? [])]) assert.ok(elements.includes(e), `${r.id}: ${e}`);
      if (r.prevention) assert.ok(codesOf('prevention').includes(r.prevention));
      if (r.approach) assert.ok(codesOf('approach').includes(r.approach));
      for (const l of ['nl', 'fr', 'en'] as const) assert.ok(r.why[l].length > 10);
    }
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  });
  test('chronic loneliness: social cognitive training, not mindfulness or social activities (Masi et al. 2011; Cacioppo et al. 2015, seed 003 §1.1.4); tertiary (Crowe et al. 2022)', () => {
    const e = evaluate({ answers: { djg6: { '3': 'yes', '9': 'yes', '10': 'yes', '4': 'no', '7': 'no', '8': 'no' } }, duration: 'over_2_years' });
    assert.ok(e.advice.elements.includes('social_cognitive_training'));
    assert.ok(!e.advice.elements.includes('social_activities'));
    assert.ok(!e.advice.elements.includes('mindfulness'));
    assert.deepEqual(e.advice.avoid.map((a) => a.code).sort(), ['mindfulness', 'social_activities']);
    assert.equal(e.advice.prevention, 'tertiary');
  });
  test('transient emotional loneliness: skills, psychoeducation, a close bond; secondary prevention', () => {
    const e = evaluate({ answers: { djg6: { '3': 'yes', '9': 'yes', '10': 'yes', '4': 'yes', '7': 'yes', '8': 'yes' } }, duration: 'under_6_months' });
    for (const code of ['social_skills', 'psychoeducation', 'meaningful_contact', 'befriending']) assert.ok(e.advice.elements.includes(code), code);
    assert.equal(e.advice.prevention, 'secondary');
  });
  test('Machielse & Ariaans: passive strategy → organised approach; active and wanting contacts → supported self-help (seed 003 §1.2, §1.9)', () => {
    const passive = advise(buildProfile({ results: {}, machielse: { contacts: 'wants_contacts', strategy: 'passive' } }));
    assert.equal(passive.approach, 'organised');
    const active = advise(buildProfile({ results: {}, machielse: { contacts: 'wants_contacts', strategy: 'active' } }));
    assert.equal(active.approach, 'self_supported');
  });
  test('nothing asked: no advice, never a guess', () => {
    const e = evaluate({ answers: {} });
    assert.deepEqual([e.advice.elements, e.advice.prevention, e.advice.rules.length], [[], null, 0]);
  });
  test('the knowledge-bank link filters on the elements (any), the age group with all ages, and the municipality, and nothing else', () => {
    const link = knowledgeBankLink('nl', ['meeting', 'befriending'], 'older', '12021');
    const url = new URL(link, 'http://x');
    assert.equal(url.pathname, '/nl');
    assert.deepEqual([...url.searchParams.keys()].sort(), ['age_groups', 'area', 'elements']);
    const q = catalogueQuerySchema.parse(Object.fromEntries(url.searchParams));
    assert.deepEqual([q.elements, q.age_groups, q.area], [['meeting', 'befriending'], ['older', 'all_ages'], ['12021']]);
  });
  test('every persona runs through the same scoring, profile and rules; the study persona (seed 003 §1.2) is 75+, small network, low income, passive', () => {
    for (const p of PERSONAS) {
      const e = advise(buildProfile(p.input));
      assert.ok(e.elements.length > 0, p.id);
    }
    const study = PERSONAS.find((p) => p.id === 'study-persona')!;
    assert.equal(study.input.results.lsns6!.positive, true);
    assert.deepEqual(study.input.riskFactors, ['older_age', 'small_network', 'poverty']);
    assert.equal(buildProfile(study.input).typology.type, 'not_determined', 'the persona is a risk profile: loneliness is not measured');
    const types = PERSONAS.slice(1).map((p) => buildProfile(p.input).typology.type);
    assert.deepEqual(types, ['socially_resilient', 'contact_poor', 'lonely', 'socially_isolated']);
  });
});
