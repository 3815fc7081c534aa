import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildModel,
  indicatorLabel,
  matchRule,
  parseRatesCsv,
  rulesToCsv,
  validateRules,
  RateModelError,
  RatesCsvError,
  type RateRule,
} from '../../src/monitor/rates.js';

const rule = (r: Partial<RateRule> & Pick<RateRule, 'rate'>): RateRule => ({
  indicator: 'loneliness_often', ageFrom: null, ageTo: null, sex: null, civilStatus: null, nationality: null, source: 'src', ...r,
});
const person = (age: number, sex: 'M' | 'F' = 'F', nationality: 'BEL' | 'ETR' = 'BEL', civilStatus = '1') => ({ age, sex, nationality, civilStatus });

describe('rule matching precedence', () => {
  const everyone = rule({ rate: 0.05, origin: 'everyone' });
  const over65 = rule({ ageFrom: 65, rate: 0.1, origin: '65+' });
  const women80 = rule({ ageFrom: 80, sex: 'F', rate: 0.3, origin: 'women 80+' });
  const widowedWomen80 = rule({ ageFrom: 80, sex: 'F', civilStatus: '3', rate: 0.4, origin: 'widowed women 80+' });
  const rules = [widowedWomen80, everyone, women80, over65]; // order must not matter

  it('uses the rule for the narrowest group that contains the person', () => {
    const m = (p: ReturnType<typeof person>) => {
      const r = matchRule(rules, 'loneliness_often', p);
      assert.equal(r.kind, 'rule');
      return r.kind === 'rule' ? r.rule.origin : undefined;
    };
    assert.equal(m(person(30)), 'everyone');
    assert.equal(m(person(70)), '65+');
    assert.equal(m(person(85, 'M')), '65+');
    assert.equal(m(person(85, 'F')), 'women 80+');
    assert.equal(m(person(85, 'F', 'ETR', '3')), 'widowed women 80+');
    assert.deepEqual(validateRules(rules), []);
  });

  it('reports a person no rule matches as not covered', () => {
    assert.deepEqual(matchRule([over65], 'loneliness_often', person(30)), { kind: 'not-covered' });
    assert.deepEqual(matchRule([over65], 'social_isolation', person(70)), { kind: 'not-covered' });
  });

  it('refuses two overlapping rules where neither is narrower, until the overlap has its own rule', () => {
    const women = rule({ sex: 'F', rate: 0.2, origin: 'women' });
    const r = matchRule([women, over65], 'loneliness_often', person(70, 'F'));
    assert.equal(r.kind, 'ambiguous');
    const issues = validateRules([women, over65]);
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /women and 65\+ overlap for loneliness_often and neither is narrower: both apply to women, aged 65\+/);
    assert.throws(() => buildModel([women, over65]), RateModelError);
    const women65 = rule({ sex: 'F', ageFrom: 65, rate: 0.25 });
    assert.deepEqual(validateRules([women, over65, women65]), []);
    const ok = matchRule([women, over65, women65], 'loneliness_often', person(70, 'F'));
    assert.equal(ok.kind === 'rule' && ok.rule.rate, 0.25);
  });

  it('finds overlaps of bounded age bands and of nationality × civil status', () => {
    const a = rule({ ageFrom: 18, ageTo: 34, rate: 0.2, origin: 'A' });
    const b = rule({ ageFrom: 30, ageTo: 49, rate: 0.2, origin: 'B' });
    assert.match(validateRules([a, b])[0]!.message, /aged 30–34/);
    const foreign = rule({ nationality: 'ETR', rate: 0.1, origin: 'ETR' });
    const widowed = rule({ civilStatus: '3', rate: 0.1, origin: 'widowed' });
    assert.match(validateRules([foreign, widowed])[0]!.message, /civil status widowed, non-Belgian/);
    // Different indicators never conflict.
    assert.deepEqual(validateRules([a, { ...b, indicator: 'social_isolation' }]), []);
    // Adjacent bands do not overlap.
    assert.deepEqual(validateRules([a, rule({ ageFrom: 35, ageTo: 49, rate: 0.2 })]), []);
  });

  it('refuses duplicates and bad values', () => {
    assert.match(validateRules([over65, { ...over65, rate: 0.2 }])[0]!.message, /duplicate/);
    const msgs = (r: RateRule) => validateRules([r]).map((i) => `${i.field}: ${i.message}`);
    assert.deepEqual(msgs(rule({ rate: 0.1, low: 0.2, high: 0.3 })), ['low: low 0.2 is above the rate 0.1']);
    assert.deepEqual(msgs(rule({ rate: 0.1, low: 0.05, high: 0.08 })), ['high: high 0.08 is below the rate 0.1']);
    assert.deepEqual(msgs(rule({ rate: 1.5 })), ['rate: rate must be a proportion between 0 and 1']);
    assert.deepEqual(msgs(rule({ rate: 0.1, low: 0.05 })), ['high: give both low and high, or neither']);
    assert.deepEqual(msgs(rule({ rate: 0.1, ageFrom: 50, ageTo: 40 })), ['age_from: age_from 50 is above age_to 40']);
    assert.deepEqual(msgs(rule({ rate: 0.1, source: ' ' })), ['source: every rate needs its source']);
  });
});

describe('rates CSV import', () => {
  const header = 'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source';

  it('reads rates as proportions or percents, words for groups, and empty cells as "all"', () => {
    const text =
      '\uFEFF' +
      [
        header,
        'loneliness_often,18,24,,,,0.068,,,Statbel 2024',
        'loneliness_often,25,49,,,,"9,5%",,,Statbel 2024',
        'loneliness_often,80,,vrouw,weduwstaat,niet-Belg,22%,16%,48%,"Brusano, synthese"',
        'social_isolation,,,M,2,BEL,0.12,0.1,0.14,HIS 2018',
        '',
      ].join('\r\n');
    const rules = parseRatesCsv(text, { file: 'r.csv' });
    assert.equal(rules.length, 4);
    assert.deepEqual(
      { ...rules[0] },
      { indicator: 'loneliness_often', ageFrom: 18, ageTo: 24, sex: null, civilStatus: null, nationality: null, rate: 0.068, source: 'Statbel 2024', origin: 'r.csv line 2' },
    );
    assert.equal(rules[1]!.rate, 0.095);
    assert.deepEqual([rules[2]!.sex, rules[2]!.civilStatus, rules[2]!.nationality, rules[2]!.ageTo], ['F', '3', 'ETR', null]);
    assert.deepEqual([rules[2]!.rate, rules[2]!.low, rules[2]!.high, rules[2]!.source], [0.22, 0.16, 0.48, 'Brusano, synthese']);
    assert.deepEqual([rules[3]!.sex, rules[3]!.civilStatus, rules[3]!.nationality], ['M', '2', 'BEL']);
    // Round trip through the writer.
    assert.deepEqual(
      parseRatesCsv(rulesToCsv(rules), { file: 'r.csv' }).map(({ origin, ...r }) => r),
      rules.map(({ origin, ...r }) => r),
    );
  });

  it('accepts semicolon-separated files (Excel in Belgium) with columns in any order', () => {
    const text = 'source;rate;indicator;age_from;age_to;sex;civil_status;nationality;low;high\nS;0,1;weak_social_support;15;;;;;;\n';
    const [r] = parseRatesCsv(text);
    assert.equal(r!.rate, 0.1);
    assert.equal(r!.indicator, 'weak_social_support');
    assert.equal(r!.ageFrom, 15);
  });

  it('locates every bad value by line, field and value', () => {
    const text = [
      header,
      'loneliness_often,18,24,,,,12,,,S', // line 2: 12 > 1
      'lonelyness,18,24,,,,0.1,,,S', // line 3: unknown indicator
      'loneliness_often,25,49,X,,,0.1,,,S', // line 4: sex
      'loneliness_often,50,64,,,,0.1,0.2,0.3,S', // line 5: low > rate
      'loneliness_often,65,7a,,,,0.1,,,S', // line 6: age
      'loneliness_often,65,74,,,,0.1,,,', // line 7: no source
      'loneliness_often,65,74,,,mars,0.1,,,S', // line 8: nationality
      'loneliness_often,65,74,,,,0.1,,', // line 9: too few fields
    ].join('\n');
    assert.throws(
      () => parseRatesCsv(text, { file: 'bad.csv' }),
      (e: unknown) => {
        assert.ok(e instanceof RatesCsvError);
        const got = e.issues.map((i) => [i.line, i.field, i.value]);
        assert.deepEqual(got, [
          [2, 'rate', '12'],
          [3, 'indicator', 'lonelyness'],
          [4, 'sex', 'X'],
          [5, 'low', '0.2'],
          [6, 'age_to', '7a'],
          [7, 'source', ''],
          [8, 'nationality', 'mars'],
          [9, undefined, undefined],
        ]);
        assert.match(e.issues[0]!.message, /12 is above 1: a rate is a proportion \(write 0\.12 or 12%\)/);
        assert.match(e.message, /bad\.csv/);
        assert.match(e.message, /line 3, field indicator, value "lonelyness"/);
        return true;
      },
    );
  });

  it('reports missing or unknown columns', () => {
    assert.throws(() => parseRatesCsv('indicator,age_from,rate,source,lwo\n'), (e: unknown) => {
      assert.ok(e instanceof RatesCsvError);
      assert.match(e.message, /line 1, field column 5, value "lwo": unknown column/);
      assert.match(e.message, /missing columns: age_to, sex, civil_status, nationality, low, high/);
      return true;
    });
    assert.throws(() => parseRatesCsv(''), /empty/);
  });

  it('reports overlapping rules of equal specificity with both lines', () => {
    const text = [header, 'loneliness_often,,,F,,,0.2,,,S', 'loneliness_often,80,,,,,0.3,,,S', 'loneliness_often,80,,,,,0.25,,,S'].join('\n');
    assert.throws(
      () => parseRatesCsv(text, { file: 'o.csv' }),
      (e: unknown) => {
        assert.ok(e instanceof RatesCsvError);
        const msgs = e.issues.map((i) => i.message).join('\n');
        assert.match(msgs, /duplicate: o\.csv line 3 and o\.csv line 4/);
        assert.match(msgs, /o\.csv line 2 and o\.csv line 3 overlap for loneliness_often and neither is narrower: both apply to women, aged 80\+/);
        return true;
      },
    );
  });
});

describe("an analyst's own indicator", () => {
  const header = 'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source,label_nl,label_fr,label_en';
  const own = [
    header,
    'local_survey_lonely,18,64,,,,0.12,0.1,0.14,Gemeente X lokale bevraging 2025,Eenzaam (lokale bevraging),Seul(e) (enquête locale),',
    'local_survey_lonely,65,,,,,0.2,0.17,0.23,Gemeente X lokale bevraging 2025,,,Lonely (local survey)',
    'loneliness_often,18,,,,,0.1,,,Statbel 2024,,,',
  ].join('\n');

  it('imports a new indicator name with its labels and its source; built-in rows in the same file stay as they were', () => {
    const rules = parseRatesCsv(own, { file: 'local.csv' });
    assert.deepEqual(rules[0]!.label, { nl: 'Eenzaam (lokale bevraging)', fr: 'Seul(e) (enquête locale)' });
    assert.deepEqual(rules[1]!.label, { en: 'Lonely (local survey)' });
    assert.equal(rules[0]!.source, 'Gemeente X lokale bevraging 2025');
    assert.equal(rules[2]!.label, undefined);
    const model = buildModel(rules);
    // Built-in indicators first in their usual order, the analyst's own after them.
    assert.deepEqual(model.indicators, ['loneliness_often', 'local_survey_lonely']);
    assert.deepEqual(model.labels, { local_survey_lonely: { nl: 'Eenzaam (lokale bevraging)', fr: 'Seul(e) (enquête locale)', en: 'Lonely (local survey)' } });
    assert.equal(indicatorLabel('local_survey_lonely', 'fr', model), 'Seul(e) (enquête locale)');
    assert.equal(indicatorLabel('loneliness_often', 'nl', model), 'Vaak of altijd eenzaam');
    // A language the file does not give falls back to another one, never to nothing.
    assert.equal(indicatorLabel('x_only_nl', 'fr', { labels: { x_only_nl: { nl: 'Alleen Nederlands' } } }), 'Alleen Nederlands');
    // Round trip: the labels are written back.
    assert.deepEqual(parseRatesCsv(rulesToCsv(rules), { file: 'local.csv' }).map(({ origin: _o, ...r }) => r), rules.map(({ origin: _o, ...r }) => r));
  });

  it('refuses, by line and field, a bad name, a new name without a label (a misspelt built-in), two labels for one indicator, and labels on a built-in indicator', () => {
    const text = [
      header,
      'Local Survey,18,,,,,0.1,,,S,Lokaal,,', // line 2: not a name
      'lonelyness,18,,,,,0.1,,,S,,,', // line 3: no label: a typo of a built-in one?
      'my_measure,18,64,,,,0.1,,,S,Mijn maat,,', // line 4
      'my_measure,65,,,,,0.1,,,S,Andere maat,,', // line 5: a second nl label
      'social_isolation,18,,,,,0.1,,,S,Isolement,,', // line 6: labels on a built-in
    ].join('\n');
    assert.throws(
      () => parseRatesCsv(text, { file: 'bad.csv' }),
      (e: unknown) => {
        assert.ok(e instanceof RatesCsvError);
        assert.deepEqual(
          e.issues.map((i) => [i.line, i.field, i.value]),
          [
            [2, 'indicator', 'Local Survey'],
            [3, 'indicator', 'lonelyness'],
            [6, 'indicator', 'social_isolation'],
          ],
        );
        assert.match(e.issues[1]!.message, /needs its label: add the columns label_nl, label_fr or label_en/);
        return true;
      },
    );
    assert.throws(
      () => parseRatesCsv([header, 'my_measure,18,64,,,,0.1,,,S,Mijn maat,,', 'my_measure,65,,,,,0.1,,,S,Andere maat,,'].join('\n'), { file: 'two.csv' }),
      (e: unknown) => {
        assert.ok(e instanceof RatesCsvError);
        assert.deepEqual(e.issues.map((i) => [i.line, i.field, i.value]), [[3, 'label_nl', 'Andere maat']]);
        assert.match(e.issues[0]!.message, /differs from "Mijn maat" given by two\.csv line 2/);
        return true;
      },
    );
  });
});
