/**
 * The gap rules (src/landscape/gaps.ts) find on the reconstruction of the 133
 * initiatives what part 3 of the study (seed 003, §3.1 and §3.2) concludes,
 * and keep working, and saying so, on small and empty selections.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE } from '../../src/i18n/catalogue.js';
import {
  analyseGaps,
  DEFAULT_PREVALENCE,
  landscapeMessages,
  prevalenceFor,
  resolveValues,
  STATBEL_2024,
  STEYAERT_HEYLEN_2021,
  type GapFinding,
  type GapReport,
  type PrevalenceSource,
} from '../../src/landscape/index.js';
import { initiative } from '../support/fixtures.js';
import { STUDY_133 } from './fixtures/study-133.js';

const report = analyseGaps(STUDY_133);
function finding<R extends GapFinding['rule']>(r: GapReport, id: string, rule: R): Extract<GapFinding, { rule: R }> {
  const f = r.findings.find((x) => x.id === id);
  assert.ok(f, `finding ${id} in ${r.findings.map((x) => x.id).join(', ')}`);
  assert.equal(f.rule, rule);
  return f as Extract<GapFinding, { rule: R }>;
}

describe('gap rules on the 133 reconstructed initiatives find what part 3 concludes', () => {
  it('§3.1/§3.2.2: no initiative uses mindfulness or social cognitive training (proven effective); psychological interventions are rare', () => {
    const f = finding(report, 'effective_elements', 'effective_elements');
    assert.equal(f.severity, 'high');
    assert.deepEqual(f.data.absent.map((c) => c.code), ['mindfulness', 'social_cognitive_training']);
    assert.deepEqual(f.data.few.map((c) => [c.code, c.printed]), [['psychological', 3.8]]);
    assert.equal(f.data.effective.length, 6);
    assert.deepEqual(f.recommendation?.source.section, '3.2.2');
    assert.equal(f.basedOn[0]!.studyFigure?.item, 'table 3');
  });

  it('§3.1: "wel zeven op tien" rely on meeting (71.4%), 13 on meeting alone; 11 of the 18 direct interventions too', () => {
    const f = finding(report, 'meeting_reliance', 'meeting_reliance');
    assert.equal(f.data.meeting.printed, 71.4);
    assert.equal(Math.round(f.data.meeting.percent! / 10), 7);
    assert.equal(f.data.meetingOnly.count, 13);
    assert.equal(f.data.meetingAmongTertiary.count, 11);
    assert.equal(f.data.meetingAmongTertiary.of, 18);
    assert.equal(f.recommendation?.source.section, '3.2.4');
  });

  it('§3.1: "iets meer dan de helft" use only one or two elements', () => {
    const f = finding(report, 'few_elements_combined', 'few_elements_combined');
    assert.equal(f.data.oneOrTwo.printed, 54.1);
    assert.ok(f.data.oneOrTwo.percent! > 50 && f.data.oneOrTwo.percent! < 60);
  });

  it('§2.2.3/§3.1: existential and collective loneliness are never addressed; few distinguish a dimension at all', () => {
    const f = finding(report, 'dimensions_not_addressed', 'dimensions_not_addressed');
    assert.equal(f.severity, 'high');
    assert.deepEqual(f.data.absent.map((c) => c.code), ['existential', 'collective']);
    assert.deepEqual(f.data.few.map((c) => [c.code, c.printed]), [['emotional', 9.0]]);
    const u = finding(report, 'dimensions_undifferentiated', 'dimensions_undifferentiated');
    assert.equal(u.data.general.printed, 78.9);
    assert.ok(u.data.specific.percent! < 50);
  });

  it('§2.2.8/§3.1: evaluation unknown for 57.1%, four in ten without evaluation, only one evaluated; §3.2.5 recommends a knowledge bank', () => {
    const f = finding(report, 'evaluation_unknown', 'evaluation_unknown');
    assert.equal(f.severity, 'high');
    assert.equal(f.data.unknown.printed, 57.1);
    assert.equal(Math.round(f.data.notEvaluated.percent! / 10), 4, '"Vier op tien"');
    assert.equal(f.data.evaluated.count, 1);
    assert.equal(f.recommendation?.source.section, '3.2.5');
    assert.equal(f.recommendation?.key, 'landscape.gap.evaluationUnknown.recommendation');
  });

  it('§3.1/§3.2.1: youth are under-served given their prevalence (both default sources), adults too; older people are the best served', () => {
    const youth = finding(report, 'age_group_underserved:youth', 'age_group_underserved');
    assert.equal(youth.severity, 'high');
    assert.equal(youth.data.targeting.printed, 6.0);
    assert.deepEqual(youth.data.coverage.map((c) => c.source), ['statbel-2024', 'flanders-2021']);
    for (const c of youth.data.coverage) {
      assert.ok(c.index < 0.25, `${c.source}: index ${c.index}`);
      assert.equal(c.bestServed, 'older');
    }
    assert.equal(youth.recommendation?.source.section, '3.2.1');
    const adults = finding(report, 'age_group_underserved:adults', 'age_group_underserved');
    assert.equal(adults.severity, 'medium');
    assert.ok(!report.findings.some((f) => f.id === 'age_group_underserved:older'));
    // Children: no prevalence figure in the sources, few initiatives: said, not compared.
    const children = finding(report, 'age_group_no_prevalence:children', 'age_group_no_prevalence');
    assert.equal(children.severity, 'info');
  });

  it('§3.1: poverty and health problems ("grote consensus") reached by only ~7%; no risk factor absent', () => {
    const f = finding(report, 'risk_factors_not_addressed', 'risk_factors_not_addressed');
    assert.deepEqual(f.data.consensusFew.map((c) => [c.code, c.printed]), [['health_problems', 6.8], ['poverty', 6.0]]);
    assert.equal(f.data.absent.length, 0);
    assert.equal(f.severity, 'medium');
  });

  it('§3.1: "slechts een kleine 14%" are direct (tertiary) interventions', () => {
    const f = finding(report, 'prevention_levels', 'prevention_levels');
    assert.deepEqual(f.data.few.map((c) => c.code), ['tertiary']);
    assert.equal(Math.round(f.data.tertiary.percent!), 14);
  });

  it('orders findings by severity, cites part 3 for every recommendation, and reports the comparison figure of the study', () => {
    const ranks = report.findings.map((f) => ['high', 'medium', 'low', 'info'].indexOf(f.severity));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
    for (const f of report.findings) {
      if (f.recommendation) assert.ok(f.recommendation.source.seed === '003' && f.recommendation.source.part === 3 && f.recommendation.source.section?.startsWith('3.'), f.id);
      assert.ok(f.basedOn.length > 0, f.id);
    }
    assert.equal(report.smallSelection, false);
    assert.ok(!report.findings.some((f) => f.rule === 'small_selection'));
  });
});

describe('prevalence sources', () => {
  it('default: Statbel 2024 (seed 004) and Steyaert & Heylen 2021 (seed 003, table 2), each with its citation', () => {
    assert.deepEqual(DEFAULT_PREVALENCE.map((s) => s.id), ['statbel-2024', 'flanders-2021']);
    // Seed 004: 18-24 "soms" 24.3% + "meestal tot altijd" 6.8%; 65-74 23.8% + 10.2%.
    assert.equal(prevalenceFor(STATBEL_2024, 'youth', 'any'), 0.311);
    assert.equal(prevalenceFor(STATBEL_2024, 'older', 'severe'), 0.102);
    // Seed 003 table 2: 18-34 vaak 24% + soms 48%; adults = mean of 35-49 (61%) and 50-64 (50%).
    assert.equal(prevalenceFor(STEYAERT_HEYLEN_2021, 'youth', 'any'), 0.72);
    assert.ok(Math.abs(prevalenceFor(STEYAERT_HEYLEN_2021, 'adults', 'any')! - 0.555) < 1e-12);
    assert.equal(prevalenceFor(STATBEL_2024, 'children', 'any'), null);
    for (const s of DEFAULT_PREVALENCE) assert.ok(s.citation && s.ref.seed, s.id);
  });

  it('can be replaced by the user’s own table', () => {
    // A made-up source in which only older people are lonely: no younger group can be under-served against it.
    const onlyOld: PrevalenceSource = { id: 'mine', citation: 'test', ref: { seed: '004' }, population: 'test', bands: [{ band: '65+', ageGroups: ['older'], any: 0.5, severe: 0.1 }] };
    const r = analyseGaps(STUDY_133, { prevalence: [onlyOld] });
    assert.ok(!r.findings.some((f) => f.rule === 'age_group_underserved'));
    assert.ok(r.findings.some((f) => f.id === 'age_group_no_prevalence:youth'));
    // The severe measure also flags youth on the defaults.
    assert.ok(analyseGaps(STUDY_133, { prevalenceMeasure: 'severe' }).findings.some((f) => f.id === 'age_group_underserved:youth'));
  });

  it('thresholds are parameters', () => {
    const r = analyseGaps(STUDY_133, { fewShare: { elements: 0 }, meetingShare: 0.8, coverage: { medium: 0.01, high: 0.001 } });
    const eff = finding(r, 'effective_elements', 'effective_elements');
    assert.equal(eff.data.few.length, 0, 'psychological no longer "few"');
    assert.ok(!r.findings.some((f) => f.rule === 'meeting_reliance'));
    assert.ok(r.findings.some((f) => f.id === 'age_group_underserved:young_adults'), 'zero initiatives stay under-served at any threshold');
    assert.ok(!r.findings.some((f) => f.id === 'age_group_underserved:adults'));
  });
});

describe('small and empty selections', () => {
  it('N = 0: one informative finding, nothing divided by zero', () => {
    const r = analyseGaps([]);
    assert.deepEqual(r.findings.map((f) => f.id), ['selection_empty']);
    assert.equal(r.smallSelection, true);
    assert.ok(!JSON.stringify(r).includes('NaN'));
  });

  it('N < 10 still works and says so', () => {
    const sel = [
      initiative({ id: 'a', elements: ['meeting'], age_groups: ['older'] }),
      initiative({ id: 'b', elements: ['meeting', 'mindfulness'], age_groups: ['youth'], evidence: 'level3_indicative' }),
      initiative({ id: 'c', elements: ['psychological'], age_groups: ['adults'], dimensions: ['existential'] }),
    ];
    const r = analyseGaps(sel);
    assert.equal(r.smallSelection, true);
    const small = finding(r, 'small_selection', 'small_selection');
    assert.deepEqual(small.data, { n: 3, threshold: 10 });
    // The rules still run: social cognitive training is absent, mindfulness present.
    const eff = finding(r, 'effective_elements', 'effective_elements');
    assert.ok(eff.data.absent.some((c) => c.code === 'social_cognitive_training'));
    assert.ok(!eff.data.absent.some((c) => c.code === 'mindfulness'));
    assert.ok(!JSON.stringify(r).includes('NaN'));
  });

  it('a selection where nobody names an age group with a prevalence figure: the age comparison says it cannot be made', () => {
    const r = analyseGaps([initiative({ id: 'x', age_groups: ['all_ages'] }), initiative({ id: 'y', age_groups: ['children'] })]);
    assert.ok(r.findings.some((f) => f.rule === 'age_coverage_not_computable'));
    assert.ok(!r.findings.some((f) => f.rule === 'age_group_underserved'));
  });

  it('a selection that covers everything well has no gap findings (no false alarms)', () => {
    const effective = ['mindfulness', 'social_cognitive_training', 'social_support', 'psychological', 'social_activities', 'social_networks'] as const;
    const risks = ['health_problems', 'poverty', 'caregiver', 'older_age', 'partner_loss', 'physical_disability', 'mental_disability', 'small_network', 'newcomers', 'psychological_vulnerability', 'general_vulnerability'] as const;
    // Age shares roughly in proportion to prevalence: young 55%, adults 50%, older 50%, children 20%.
    const sel = Array.from({ length: 20 }, (_, k) =>
      initiative({
        id: `w${k}`,
        elements: [effective[k % 6]!, effective[(k + 1) % 6]!, effective[(k + 2) % 6]!],
        dimensions: [(['social', 'emotional', 'existential', 'collective'] as const)[k % 4]!],
        age_groups: [...(k <= 10 ? (['youth', 'young_adults'] as const) : []), ...(k >= 10 ? (['adults'] as const) : []), ...(k < 10 ? (['older'] as const) : []), ...(k >= 16 ? (['children'] as const) : [])],
        prevention: (['primary', 'secondary', 'tertiary'] as const)[k % 3]!,
        risk_factors: [risks[(3 * k) % 11]!, risks[(3 * k + 1) % 11]!, risks[(3 * k + 2) % 11]!],
        evidence: k % 2 ? 'level4_causal' : 'level3_indicative',
        course: 'chronic',
      }),
    );
    assert.deepEqual(analyseGaps(sel).findings.map((f) => f.id), []);
  });
});

describe('messages (nl, fr, en)', () => {
  it('every finding’s keys exist in the three languages and format with its values', () => {
    const reports = [report, analyseGaps([]), analyseGaps([initiative({ id: 'z' })]), analyseGaps([initiative({ id: 'x', age_groups: ['all_ages'] })])];
    for (const r of reports) {
      for (const f of r.findings) {
        const keys = [f.titleKey, f.explanationKey, ...(f.recommendation ? [f.recommendation.key] : [])];
        for (const lang of ['nl', 'fr', 'en'] as const) {
          for (const key of keys) {
            const pattern = landscapeMessages[lang][key];
            assert.ok(pattern, `${lang} ${key}`);
            const text = String(new IntlMessageFormat(pattern, lang).format(resolveValues(f.values, lang)));
            assert.ok(!/[{}]/.test(text) && !text.includes('undefined'), `${lang} ${key}: ${text}`);
          }
        }
      }
    }
    const youth = report.findings.find((f) => f.id === 'age_group_underserved:youth')!;
    assert.equal(resolveValues(youth.values, 'nl').ageGroup, 'Jongeren');
    const meeting = report.findings.find((f) => f.id === 'meeting_reliance')!;
    assert.match(String(new IntlMessageFormat(landscapeMessages.nl[meeting.explanationKey], 'nl').format(resolveValues(meeting.values, 'nl'))), /^71,4% van de initiatieven \(95 van 133\)/);
  });

  it('keys are namespaced landscape.*, identical in nl/fr/en, valid ICU, and do not clash with the catalogue', () => {
    const nl = Object.keys(landscapeMessages.nl).sort() as (keyof typeof landscapeMessages.nl)[];
    for (const lang of ['fr', 'en'] as const) assert.deepEqual(Object.keys(landscapeMessages[lang]).sort(), nl, lang);
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const [k, v] of Object.entries(landscapeMessages[lang])) {
        assert.ok(k.startsWith('landscape.'), k);
        assert.doesNotThrow(() => new IntlMessageFormat(v, lang), `${lang} ${k}`);
      }
    }
    // Either not registered yet, or registered from this bundle (catalogue.ts refuses duplicates).
    for (const k of nl) assert.ok(!(k in CATALOGUE.nl) || CATALOGUE.nl[k] === landscapeMessages.nl[k], `${k} defined elsewhere in the catalogue`);
  });
});
