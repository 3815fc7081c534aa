/**
 * The scoring contract of issue 12, worked example by worked example. Each
 * test names the source whose rule it checks; the expected figures are
 * computed by hand from that rule, not by the code under test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreInstrument, type Answers } from '../../src/screening/scoring.js';
import { INSTRUMENTS } from '../../src/screening/instruments.js';

const NEGATIVE = ['2', '3', '5', '6', '9', '10'];
const POSITIVE = ['1', '4', '7', '8', '11'];

/** DJG-11 answers giving `emotional` lonely answers among the negative items and `social` among the positive ones. */
function djg11(emotional: number, social: number, extra: Answers = {}): Answers {
  const a: Record<string, string | null> = {};
  NEGATIVE.forEach((id, n) => (a[id] = n < emotional ? 'yes' : 'no'));
  POSITIVE.forEach((id, n) => (a[id] = n < social ? 'no' : 'yes'));
  return { ...a, ...extra };
}

describe('De Jong Gierveld 11-item (manual of the Loneliness Scale, de Jong Gierveld & van Tilburg 1999/2022; cut-offs van Tilburg & de Jong Gierveld 1999)', () => {
  test('all "no" answers: negative items 0, positive items 1 each -> 5, moderately lonely (manual: positive items score on "no")', () => {
    const all: Answers = Object.fromEntries([...NEGATIVE, ...POSITIVE].map((id) => [id, 'no']));
    const r = scoreInstrument('djg11', all);
    assert.equal(r.score, 5);
    assert.equal(r.band, 'moderately_lonely');
    assert.deepEqual(r.subscales, { emotional: { score: 0, positive: false }, social: { score: 5, positive: true } });
  });

  test('"more or less" scores 1 on every item, negative or positive (manual) -> 11, very severely lonely', () => {
    const all: Answers = Object.fromEntries([...NEGATIVE, ...POSITIVE].map((id) => [id, 'more_or_less']));
    const r = scoreInstrument('djg11', all);
    assert.equal(r.score, 11);
    assert.equal(r.band, 'very_severely_lonely');
    assert.equal(r.positive, true);
  });

  test('every band boundary: 0, 2 | 3, 8 | 9, 10 | 11 (van Tilburg & de Jong Gierveld 1999)', () => {
    const cases: [number, number, string, boolean][] = [
      [0, 0, 'not_lonely', false],
      [2, 0, 'not_lonely', false],
      [3, 0, 'moderately_lonely', true],
      [6, 2, 'moderately_lonely', true],
      [6, 3, 'severely_lonely', true],
      [6, 4, 'severely_lonely', true],
      [6, 5, 'very_severely_lonely', true],
    ];
    for (const [e, s, band, positive] of cases) {
      const r = scoreInstrument('djg11', djg11(e, s));
      assert.equal(r.score, e + s, `${e}+${s}`);
      assert.equal(r.band, band, `score ${e + s}`);
      assert.equal(r.positive, positive, `score ${e + s}`);
      assert.equal(r.min, 0);
      assert.equal(r.max, 11);
      assert.deepEqual(r.missing, []);
    }
  });

  test('5-point answers (the manual\'s self-completion form): "yes!" on a negative item and "no!" on a positive item score 1; "no!" / "yes!" the other way score 0', () => {
    const a: Answers = { ...djg11(0, 0), '2': 'strong_yes', '3': 'strong_no', '1': 'strong_no', '4': 'strong_yes' };
    const r = scoreInstrument('djg11', a);
    assert.equal(r.score, 2);
    assert.deepEqual(r.subscales, { emotional: { score: 1, positive: false }, social: { score: 1, positive: false } });
  });

  test('subscale threshold 3 (VZinfo, the default) and 2 (RIVM 2016)', () => {
    const a = djg11(2, 2);
    assert.deepEqual(scoreInstrument('djg11', a).subscales, { emotional: { score: 2, positive: false }, social: { score: 2, positive: false } });
    assert.deepEqual(scoreInstrument('djg11', a, { subscale_threshold: 3 }).subscales, { emotional: { score: 2, positive: false }, social: { score: 2, positive: false } });
    assert.deepEqual(scoreInstrument('djg11', a, { subscale_threshold: 2 }).subscales, { emotional: { score: 2, positive: true }, social: { score: 2, positive: true } });
    const b = djg11(3, 1);
    assert.deepEqual(scoreInstrument('djg11', b).subscales, { emotional: { score: 3, positive: true }, social: { score: 1, positive: false } });
    assert.deepEqual(scoreInstrument('djg11', b, { subscale_threshold: 2 }).subscales, { emotional: { score: 3, positive: true }, social: { score: 1, positive: false } });
  });

  test('one item missing: the count over the ten answered items, not prorated (manual\'s syntax); its subscale is null', () => {
    const a = djg11(3, 0, { '3': null }); // item 3 was one of the lonely answers: 2 left
    const r = scoreInstrument('djg11', a);
    assert.equal(r.score, 2, 'not 2 * 11/10');
    assert.equal(r.band, 'not_lonely');
    assert.deepEqual(r.missing, ['3']);
    assert.deepEqual(r.subscales!.emotional, { score: null, positive: null });
    assert.deepEqual(r.subscales!.social, { score: 0, positive: false });
    const absent = djg11(3, 0);
    delete (absent as Record<string, unknown>)['11'];
    assert.deepEqual(scoreInstrument('djg11', absent).missing, ['11'], 'an absent item is missing like a null one');
    assert.equal(scoreInstrument('djg11', absent).score, 3);
  });

  test('two items missing: total, band and positive are null (manual)', () => {
    const r = scoreInstrument('djg11', djg11(6, 5, { '1': null, '2': null }));
    assert.equal(r.score, null);
    assert.equal(r.band, null);
    assert.equal(r.positive, null);
    assert.deepEqual(r.missing, ['1', '2']);
    assert.equal(scoreInstrument('djg11', {}).score, null);
  });
});

describe('De Jong Gierveld 6-item (de Jong Gierveld & van Tilburg 2006)', () => {
  const six = (emotional: number, social: number): Answers => {
    const a: Record<string, string> = {};
    ['3', '9', '10'].forEach((id, n) => (a[id] = n < emotional ? 'more_or_less' : 'no'));
    ['4', '7', '8'].forEach((id, n) => (a[id] = n < social ? 'more_or_less' : 'yes'));
    return a;
  };
  test('bands 0-1 | 2-4 | 5-6, positive from 2', () => {
    const cases: [number, number, string][] = [
      [0, 0, 'not_lonely'],
      [1, 0, 'not_lonely'],
      [1, 1, 'moderately_lonely'],
      [3, 1, 'moderately_lonely'],
      [3, 2, 'severely_lonely'],
      [3, 3, 'severely_lonely'],
    ];
    for (const [e, s, band] of cases) {
      const r = scoreInstrument('djg6', six(e, s));
      assert.equal(r.score, e + s);
      assert.equal(r.band, band, `score ${e + s}`);
      assert.equal(r.positive, e + s >= 2);
      assert.equal(r.max, 6);
    }
  });
  test('each subscale 0-3, positive from 1', () => {
    assert.deepEqual(scoreInstrument('djg6', six(1, 0)).subscales, { emotional: { score: 1, positive: true }, social: { score: 0, positive: false } });
    assert.deepEqual(scoreInstrument('djg6', six(0, 3)).subscales, { emotional: { score: 0, positive: false }, social: { score: 3, positive: true } });
  });
  test('5-point answers on the 6-item scale: "yes!" on item 3 (emotional) and "no!" on item 4 (social) count', () => {
    const r = scoreInstrument('djg6', { '3': 'strong_yes', '4': 'strong_no', '7': 'strong_yes', '8': 'yes', '9': 'strong_no', '10': 'no' });
    assert.equal(r.score, 2);
    assert.equal(r.band, 'moderately_lonely');
  });
  test('one missing: count over the answered five; two missing: null', () => {
    const one = { ...six(2, 0), '10': null };
    assert.equal(scoreInstrument('djg6', one).score, 2);
    assert.deepEqual(scoreInstrument('djg6', one).subscales!.emotional, { score: null, positive: null });
    const two = { ...six(2, 0), '10': null, '4': null };
    assert.equal(scoreInstrument('djg6', two).score, null);
    assert.equal(scoreInstrument('djg6', two).positive, null);
  });
});

describe('UCLA 3-item (Hughes, Waite, Hawkley & Cacioppo 2004)', () => {
  test('1/2/3 per answer; 3-5 not lonely, 6-9 lonely (a survey convention, not a validated cut-off)', () => {
    const cases: [string[], number, string][] = [
      [['hardly_ever', 'hardly_ever', 'hardly_ever'], 3, 'not_lonely'],
      [['some_of_the_time', 'some_of_the_time', 'hardly_ever'], 5, 'not_lonely'],
      [['some_of_the_time', 'some_of_the_time', 'some_of_the_time'], 6, 'lonely'],
      [['often', 'often', 'often'], 9, 'lonely'],
    ];
    for (const [answers, score, band] of cases) {
      const r = scoreInstrument('ucla3', { '1': answers[0], '2': answers[1], '3': answers[2] });
      assert.deepEqual([r.score, r.band, r.positive, r.min, r.max], [score, band, score >= 6, 3, 9]);
    }
    assert.match(INSTRUMENTS.ucla3.scoringRule.en, /not a validated cut-off/);
  });
  test('any missing answer: null', () => {
    const r = scoreInstrument('ucla3', { '1': 'often', '2': 'often' });
    assert.deepEqual([r.score, r.band, r.positive, r.missing], [null, null, null, ['3']]);
  });
});

describe('Direct question (ONS harmonised standard)', () => {
  test('band is the answer, positive only for often/always, no score', () => {
    for (const a of ['often_always', 'some_of_the_time', 'occasionally', 'hardly_ever', 'never']) {
      const r = scoreInstrument('ons_direct', { '1': a });
      assert.deepEqual([r.score, r.min, r.max, r.band, r.positive], [null, null, null, a, a === 'often_always']);
      assert.equal(r.subscales, undefined);
    }
    const none = scoreInstrument('ons_direct', { '1': null });
    assert.deepEqual([none.band, none.positive, none.missing], [null, null, ['1']]);
  });
});

describe('Lubben Social Network Scale 6 (Lubben et al. 2006)', () => {
  test('total 0-30, below 12 at risk (11 at risk, 12 not); family and friends 0-15, scores only', () => {
    const r11 = scoreInstrument('lsns6', { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 1 });
    assert.deepEqual([r11.score, r11.band, r11.positive], [11, 'at_risk_of_isolation', true]);
    assert.deepEqual(r11.subscales, { family: { score: 6 }, friends: { score: 5 } });
    const r12 = scoreInstrument('lsns6', { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2 });
    assert.deepEqual([r12.score, r12.band, r12.positive], [12, 'not_at_risk', false]);
    const extremes = [scoreInstrument('lsns6', { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 }), scoreInstrument('lsns6', { '1': 5, '2': 5, '3': 5, '4': 5, '5': 5, '6': 5 })];
    assert.deepEqual(extremes.map((r) => [r.score, r.min, r.max]), [[0, 0, 30], [30, 0, 30]]);
  });
  test('any missing answer: total null; a subscale is null only when one of its own items is missing', () => {
    const r = scoreInstrument('lsns6', { '1': 3, '2': 3, '3': 3, '4': 1, '5': null });
    assert.deepEqual([r.score, r.band, r.positive, r.missing], [null, null, null, ['5', '6']]);
    assert.deepEqual(r.subscales, { family: { score: 9 }, friends: { score: null } });
  });
});

describe('Oslo Social Support Scale 3 (Dalgard et al. 2006; Sciensano HIS: weak support 3-8)', () => {
  test('bands 3-8 poor | 9-11 moderate | 12-14 strong', () => {
    const cases: [number, number, number, string][] = [
      [1, 1, 1, 'poor'],
      [2, 3, 3, 'poor'],
      [3, 3, 3, 'moderate'],
      [3, 4, 4, 'moderate'],
      [4, 4, 4, 'strong'],
      [4, 5, 5, 'strong'],
    ];
    for (const [a, b, c, band] of cases) {
      const r = scoreInstrument('oslo3', { '1': a, '2': b, '3': c });
      assert.deepEqual([r.score, r.band, r.positive, r.min, r.max], [a + b + c, band, band === 'poor', 3, 14]);
    }
  });
  test('any missing answer: null', () => {
    assert.deepEqual(scoreInstrument('oslo3', { '1': 4, '3': 5 }).score, null);
  });
});
