/**
 * Gap analysis: the conclusions of part 3 of the study (seed 003, §3.1 and
 * the recommendations §3.2.1-3.2.5) written as explicit rules that run on any
 * selection of initiatives. Each finding carries message keys (messages.ts,
 * translated by the UI), the numbers behind it, which quantities it is based
 * on (with the study's own table or figure for comparison) and the study's
 * recommendation with its section.
 *
 * Thresholds are parameters. Their defaults are read off the study's own
 * wording: it calls 3.8% (psychological interventions) "weinig aandacht", 7%
 * (poverty, health problems) "relatief weinig", 9.0% (emotional loneliness)
 * "een nog kleiner percentage", 13.5% tertiary "slechts een klein deel", and
 * 71.4% meeting "wel zeven op tien". A caller can tighten or loosen them.
 */
import type { Initiative } from '../initiatives/schema.js';
import { AXES, findCode, isEffective, type AxisName, type Lang } from '../vocabulary/matrix.js';
import { axisFrequenciesFromCounts, elementsPerInitiativeFromCounts, SMALL_SELECTION, type CodeShare } from './analysis.js';
import { SPECIFIC_DIMENSIONS, tallySelection, type SelectionCounts } from './counts.js';
import type { LandscapeMessageKey } from './messages.js';
import { fraction, share, type Share } from './percent.js';
import { DEFAULT_PREVALENCE, prevalenceFor, type AgeCode, type PrevalenceSource } from './prevalence.js';
import { STUDY_FIGURES, STUDY_PART3, type StudyRef } from './study.js';

export type Severity = 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** A matrix code as a message value; resolveValues() turns it into the label in the reader's language. */
export interface CodeRef {
  axis: AxisName;
  code: string;
}
export type MessageValue = number | string | CodeRef;

export interface BasedOn {
  quantity: 'selection_size' | 'axis_frequency' | 'elements_per_initiative' | 'prevalence';
  axis?: AxisName;
  codes?: string[];
  /** The study's own figure for the same quantity over its 133 initiatives. */
  studyFigure?: StudyRef;
  /** For 'prevalence': the source id (prevalence.ts). */
  source?: string;
}

interface FindingBase {
  /** Stable id: the rule, plus ':code' for rules that yield one finding per code. */
  id: string;
  severity: Severity;
  titleKey: LandscapeMessageKey;
  explanationKey: LandscapeMessageKey;
  /** ICU values for title and explanation (percentages as printed, one decimal). */
  values: Record<string, MessageValue>;
  basedOn: BasedOn[];
  /** What the study recommends, and where it says so. Absent for purely informative findings. */
  recommendation?: { key: LandscapeMessageKey; source: StudyRef };
}

export interface AgeCoverage {
  source: string;
  citation: string;
  /** Prevalence (0..1) for this age group in this source. */
  prevalence: number;
  /** (share targeting g / prevalence g) ÷ the same ratio for the best-served group: 1 = as well served as the best. */
  index: number;
  bestServed: AgeCode;
}

export type GapFinding = FindingBase &
  (
    | { rule: 'selection_empty'; data: { n: 0 } }
    | { rule: 'small_selection'; data: { n: number; threshold: number } }
    | { rule: 'effective_elements'; data: { effective: CodeShare[]; absent: CodeShare[]; few: CodeShare[]; threshold: number } }
    | { rule: 'meeting_reliance'; data: { meeting: Share; meetingOnly: Share; meetingAmongTertiary: Share; threshold: number } }
    | { rule: 'few_elements_combined'; data: { oneOrTwo: Share; one: Share; two: Share; threshold: number } }
    | { rule: 'age_group_underserved'; data: { ageGroup: AgeCode; targeting: Share; allAges: Share; coverage: AgeCoverage[]; thresholds: { medium: number; high: number } } }
    | { rule: 'age_group_no_prevalence'; data: { ageGroup: AgeCode; targeting: Share; threshold: number } }
    | { rule: 'age_coverage_not_computable'; data: { allAges: Share } }
    | { rule: 'dimensions_not_addressed'; data: { absent: CodeShare[]; few: CodeShare[]; threshold: number } }
    | { rule: 'dimensions_undifferentiated'; data: { specific: Share; general: Share; threshold: number } }
    | { rule: 'risk_factors_not_addressed'; data: { absent: CodeShare[]; few: CodeShare[]; consensusFew: CodeShare[]; threshold: number } }
    | { rule: 'prevention_levels'; data: { few: CodeShare[]; tertiary: Share; meetingAmongTertiary: Share; threshold: number } }
    | { rule: 'evaluation_unknown'; data: { unknown: Share; notEvaluated: Share; evaluated: Share; thresholds: { high: number; medium: number; evaluated: number } } }
    | { rule: 'course_undifferentiated'; data: { unknown: Share; threshold: number } }
  );
export type GapRule = GapFinding['rule'];

export interface GapOptions {
  /** A code offered by a smaller share of the selection than this counts as "few" (0 counts as absent). */
  fewShare?: Partial<Record<'elements' | 'dimensions' | 'risk_factors' | 'prevention' | 'age_groups', number>>;
  /** Flag reliance on meeting from this share with 'meeting' on (study: 71.4%, "zeven op tien"). */
  meetingShare?: number;
  /** Flag when more than this share uses only one or two elements (study: 54.1%, "iets meer dan de helft"). */
  oneOrTwoElementsShare?: number;
  /** Flag when fewer than this share name a specific dimension of loneliness. */
  differentiatedShare?: number;
  /** Age-coverage index (see AgeCoverage) below which a group is under-served: medium, and high below `high`. */
  coverage?: { medium?: number; high?: number };
  /** Replaces the default prevalence sources (Statbel 2024 and Steyaert & Heylen 2021). */
  prevalence?: readonly PrevalenceSource[];
  /** 'any' = lonely at least sometimes (default), 'severe' = often / mostly to always. */
  prevalenceMeasure?: 'any' | 'severe';
  /** Share with unknown evaluation from which the finding is medium / high. */
  unknownEvidence?: { medium?: number; high?: number };
  /** Flag when fewer than this share have been evaluated (effectladder level 3 or 4). */
  evaluatedShare?: number;
  /** Flag when at least this share does not say whether it addresses transient or chronic loneliness. */
  courseUnknownShare?: number;
  /** Below this N the report says the selection is small (default 10). */
  smallSelection?: number;
}

export const DEFAULT_GAP_OPTIONS = {
  // elements: 5% catches psychological interventions (3.8%, "weinig aandacht", §3.2.2).
  // dimensions and risk factors: 10% catches emotional loneliness (9.0%) and
  // poverty / health problems (~7%, "relatief weinig", §3.1).
  // prevention: 15% catches the tertiary level (13.5%, "slechts een kleine 14%", §3.1).
  // age_groups: 10% for groups without a prevalence figure (children).
  fewShare: { elements: 0.05, dimensions: 0.1, risk_factors: 0.1, prevention: 0.15, age_groups: 0.1 },
  meetingShare: 0.5,
  oneOrTwoElementsShare: 0.5,
  differentiatedShare: 0.5,
  // The study finds adults under-served (§3.2.1, "Hetzelfde gaat ook op voor de volwassen leeftijd"),
  // at an index of about 0.5 on its own figures; 0.75 keeps that a finding.
  coverage: { medium: 0.75, high: 0.25 },
  prevalence: DEFAULT_PREVALENCE,
  prevalenceMeasure: 'any' as 'any' | 'severe',
  unknownEvidence: { medium: 0.25, high: 0.5 },
  // The study: only one of 133 evaluated (§3.1); under 10% evaluated is a finding.
  evaluatedShare: 0.1,
  courseUnknownShare: 0.5,
  smallSelection: SMALL_SELECTION,
};
export type ResolvedGapOptions = typeof DEFAULT_GAP_OPTIONS;

export function resolveGapOptions(o: GapOptions = {}): ResolvedGapOptions {
  const d = DEFAULT_GAP_OPTIONS;
  return {
    fewShare: { ...d.fewShare, ...o.fewShare },
    meetingShare: o.meetingShare ?? d.meetingShare,
    oneOrTwoElementsShare: o.oneOrTwoElementsShare ?? d.oneOrTwoElementsShare,
    differentiatedShare: o.differentiatedShare ?? d.differentiatedShare,
    coverage: { ...d.coverage, ...o.coverage },
    prevalence: o.prevalence ?? d.prevalence,
    prevalenceMeasure: o.prevalenceMeasure ?? d.prevalenceMeasure,
    unknownEvidence: { ...d.unknownEvidence, ...o.unknownEvidence },
    evaluatedShare: o.evaluatedShare ?? d.evaluatedShare,
    courseUnknownShare: o.courseUnknownShare ?? d.courseUnknownShare,
    smallSelection: o.smallSelection ?? d.smallSelection,
  };
}

export interface GapReport {
  n: number;
  smallSelection: boolean;
  options: ResolvedGapOptions;
  /** Most severe first; within a severity, in the order of the rules below. */
  findings: GapFinding[];
}

const pctValue = (s: Share) => s.printed ?? 0;
const thresholdPct = (x: number) => Math.round(x * 1000) / 10;
const frac = (s: Share) => fraction(s) ?? 0;

/** Codes of an axis (restricted to `codes`) with share 0 (absent) or under the threshold (few). */
function absentAndFew(counts: SelectionCounts, axis: AxisName, codes: readonly string[], threshold: number) {
  const all = axisFrequenciesFromCounts(counts, axis).codes.filter((c) => codes.includes(c.code));
  return { all, absent: all.filter((c) => c.count === 0), few: all.filter((c) => c.count > 0 && frac(c) < threshold) };
}

const AGE_CODES: readonly AgeCode[] = ['children', 'youth', 'young_adults', 'adults', 'older'];
/** Risk factors on which the literature agrees most (seed 003 §1.7; "grote consensus", §3.1). */
export const CONSENSUS_RISK_FACTORS = ['poverty', 'health_problems'] as const;

export function analyseGaps(selection: readonly Initiative[], options: GapOptions = {}): GapReport {
  return analyseGapsFromCounts(tallySelection(selection), options);
}

/** The gap rules on a selection's counts (counts.ts): the same report as analyseGaps for the same selection. */
export function analyseGapsFromCounts(counts: SelectionCounts, options: GapOptions = {}): GapReport {
  const o = resolveGapOptions(options);
  const n = counts.n;
  const small = n < o.smallSelection;
  const findings: GapFinding[] = [];
  if (n === 0) {
    findings.push({
      id: 'selection_empty', rule: 'selection_empty', severity: 'info',
      titleKey: 'landscape.gap.selectionEmpty.title', explanationKey: 'landscape.gap.selectionEmpty.explanation',
      values: {}, basedOn: [{ quantity: 'selection_size' }], data: { n: 0 },
    });
    return { n, smallSelection: true, options: o, findings };
  }
  if (small) {
    findings.push({
      id: 'small_selection', rule: 'small_selection', severity: 'info',
      titleKey: 'landscape.gap.smallSelection.title', explanationKey: 'landscape.gap.smallSelection.explanation',
      values: { n, threshold: o.smallSelection }, basedOn: [{ quantity: 'selection_size' }], data: { n, threshold: o.smallSelection },
    });
  }
  const code = (axis: AxisName, c: string) => counts.axes[axis].codes[c] ?? 0;
  const codeShare = (axis: AxisName, ...cs: string[]) => share(cs.reduce((sum, c) => sum + code(axis, c), 0), n); // sums only on single-valued axes
  const tertiaryCount = code('prevention', 'tertiary');
  const meetingAmongTertiary = share(counts.tertiaryWithMeeting, tertiaryCount);

  // 1. Effective elements offered by none or few (§3.1: no mindfulness nor social cognitive training; §3.2.2).
  {
    const effectiveCodes = AXES.elements.codes.filter((c) => isEffective(c.code)).map((c) => c.code);
    const { all, absent, few } = absentAndFew(counts, 'elements', effectiveCodes, o.fewShare.elements);
    if (absent.length || few.length) {
      findings.push({
        id: 'effective_elements', rule: 'effective_elements', severity: absent.length ? 'high' : 'medium',
        titleKey: 'landscape.gap.effectiveElements.title', explanationKey: 'landscape.gap.effectiveElements.explanation',
        values: { absentCount: absent.length, fewCount: few.length, effectiveCount: all.length, threshold: thresholdPct(o.fewShare.elements) },
        basedOn: [{ quantity: 'axis_frequency', axis: 'elements', codes: effectiveCodes, studyFigure: STUDY_FIGURES.elements }],
        recommendation: { key: 'landscape.gap.effectiveElements.recommendation', source: STUDY_PART3.effectiveElements },
        data: { effective: all, absent, few, threshold: o.fewShare.elements },
      });
    }
  }

  // 2. Reliance on meeting, overall and as the only element (§3.1: "wel zeven op tien ... inzet op ontmoeten"; §3.2.4).
  {
    const meeting = codeShare('elements', 'meeting');
    const meetingOnly = share(counts.singleElement.meeting ?? 0, n);
    if (frac(meeting) >= o.meetingShare) {
      findings.push({
        id: 'meeting_reliance', rule: 'meeting_reliance', severity: 'medium',
        titleKey: 'landscape.gap.meetingReliance.title', explanationKey: 'landscape.gap.meetingReliance.explanation',
        values: { meetingPercent: pctValue(meeting), meetingCount: meeting.count, meetingOnlyPercent: pctValue(meetingOnly), meetingOnlyCount: meetingOnly.count, n },
        basedOn: [
          { quantity: 'axis_frequency', axis: 'elements', codes: ['meeting'], studyFigure: STUDY_FIGURES.elements },
          { quantity: 'elements_per_initiative', studyFigure: STUDY_FIGURES.singleElement },
        ],
        recommendation: { key: 'landscape.gap.meetingReliance.recommendation', source: STUDY_PART3.multiSided },
        data: { meeting, meetingOnly, meetingAmongTertiary, threshold: o.meetingShare },
      });
    }
  }

  // 3. Few elements combined (§3.1: "iets meer dan de helft ... slechts op één of twee"; de Jong-Gierveld & van Tilburg 2022; §3.2.4).
  {
    const per = elementsPerInitiativeFromCounts(counts);
    const bucket = (b: string) => per.buckets.find((x) => x.bucket === b)!;
    const one = bucket('1');
    const two = bucket('2');
    const oneOrTwo = share(one.count + two.count, n);
    if (frac(oneOrTwo) > o.oneOrTwoElementsShare) {
      findings.push({
        id: 'few_elements_combined', rule: 'few_elements_combined', severity: 'medium',
        titleKey: 'landscape.gap.fewElementsCombined.title', explanationKey: 'landscape.gap.fewElementsCombined.explanation',
        values: { oneOrTwoPercent: pctValue(oneOrTwo), onePercent: pctValue(one), twoPercent: pctValue(two) },
        basedOn: [{ quantity: 'elements_per_initiative', studyFigure: STUDY_FIGURES.elementsPerInitiative }],
        recommendation: { key: 'landscape.gap.fewElementsCombined.recommendation', source: STUDY_PART3.multiSided },
        data: { oneOrTwo, one, two, threshold: o.oneOrTwoElementsShare },
      });
    }
  }

  // 4. Age groups targeted little against their loneliness prevalence (§3.1, §3.2.1).
  findings.push(...ageFindings(counts, o));

  // 5. Dimensions of loneliness left out (§2.2.3, §3.1; §3.2.4: "het onderscheid naar dimensie").
  {
    const specificCodes = [...SPECIFIC_DIMENSIONS];
    const { absent, few } = absentAndFew(counts, 'dimensions', specificCodes, o.fewShare.dimensions);
    if (absent.length || few.length) {
      findings.push({
        id: 'dimensions_not_addressed', rule: 'dimensions_not_addressed', severity: absent.length ? 'high' : 'medium',
        titleKey: 'landscape.gap.dimensionsNotAddressed.title', explanationKey: 'landscape.gap.dimensionsNotAddressed.explanation',
        values: { absentCount: absent.length, fewCount: few.length, threshold: thresholdPct(o.fewShare.dimensions) },
        basedOn: [{ quantity: 'axis_frequency', axis: 'dimensions', codes: specificCodes, studyFigure: STUDY_FIGURES.dimensions }],
        recommendation: { key: 'landscape.gap.dimensionsNotAddressed.recommendation', source: STUDY_PART3.multiSided },
        data: { absent, few, threshold: o.fewShare.dimensions },
      });
    }
    const specific = share(counts.specificDimension, n);
    const general = codeShare('dimensions', 'general');
    if (frac(specific) < o.differentiatedShare) {
      findings.push({
        id: 'dimensions_undifferentiated', rule: 'dimensions_undifferentiated', severity: 'medium',
        titleKey: 'landscape.gap.dimensionsUndifferentiated.title', explanationKey: 'landscape.gap.dimensionsUndifferentiated.explanation',
        values: { specificPercent: pctValue(specific), generalPercent: pctValue(general) },
        basedOn: [{ quantity: 'axis_frequency', axis: 'dimensions', studyFigure: STUDY_FIGURES.dimensions }],
        recommendation: { key: 'landscape.gap.dimensionsUndifferentiated.recommendation', source: STUDY_PART3.multiSided },
        data: { specific, general, threshold: o.differentiatedShare },
      });
    }
  }

  // 6. Risk factors left out (§3.1: poverty and health problems "telkens slechts bij een 7%"; §3.2.4).
  {
    const codes = AXES.risk_factors.codes.map((c) => c.code).filter((c) => c !== 'none_specific' && c !== 'other');
    const { absent, few } = absentAndFew(counts, 'risk_factors', codes, o.fewShare.risk_factors);
    const consensusFew = [...absent, ...few].filter((c) => (CONSENSUS_RISK_FACTORS as readonly string[]).includes(c.code));
    if (absent.length || few.length) {
      findings.push({
        id: 'risk_factors_not_addressed', rule: 'risk_factors_not_addressed', severity: absent.length ? 'high' : consensusFew.length ? 'medium' : 'low',
        titleKey: 'landscape.gap.riskFactorsNotAddressed.title', explanationKey: 'landscape.gap.riskFactorsNotAddressed.explanation',
        values: { absentCount: absent.length, fewCount: few.length, consensusCount: consensusFew.length, threshold: thresholdPct(o.fewShare.risk_factors) },
        basedOn: [{ quantity: 'axis_frequency', axis: 'risk_factors', codes, studyFigure: STUDY_FIGURES.riskFactors }],
        recommendation: { key: 'landscape.gap.riskFactorsNotAddressed.recommendation', source: STUDY_PART3.multiSided },
        data: { absent, few, consensusFew, threshold: o.fewShare.risk_factors },
      });
    }
  }

  // 7. Prevention levels left out, above all direct (tertiary) interventions (§3.1; §3.2.4: "meer gericht, op secundaire en tertiaire interventies").
  {
    const { absent, few } = absentAndFew(counts, 'prevention', ['primary', 'secondary', 'tertiary'], o.fewShare.prevention);
    const flagged = [...absent, ...few];
    if (flagged.length) {
      const tertiary = share(tertiaryCount, n);
      findings.push({
        id: 'prevention_levels', rule: 'prevention_levels', severity: absent.length ? 'high' : 'medium',
        titleKey: 'landscape.gap.preventionLevels.title', explanationKey: 'landscape.gap.preventionLevels.explanation',
        values: { tertiaryPercent: pctValue(tertiary), tertiaryCount: tertiary.count, meetingAmongTertiaryCount: meetingAmongTertiary.count, flaggedCount: flagged.length, threshold: thresholdPct(o.fewShare.prevention) },
        basedOn: [{ quantity: 'axis_frequency', axis: 'prevention', studyFigure: STUDY_FIGURES.prevention }],
        recommendation: { key: 'landscape.gap.preventionLevels.recommendation', source: STUDY_PART3.multiSided },
        data: { few: flagged, tertiary, meetingAmongTertiary, threshold: o.fewShare.prevention },
      });
    }
  }

  // 8. Evaluation unknown or absent (§2.2.8 table 8; §3.1: "Slechts één initiatief ... geëvalueerd"; §3.2.5: knowledge bank with an indication of evidence).
  {
    const unknown = codeShare('evidence', 'unknown');
    const evaluated = codeShare('evidence', 'level3_indicative', 'level4_causal');
    const notEvaluated = codeShare('evidence', 'level0_implicit', 'level1_described', 'level2_theory');
    if (frac(unknown) >= o.unknownEvidence.medium || frac(evaluated) < o.evaluatedShare) {
      findings.push({
        id: 'evaluation_unknown', rule: 'evaluation_unknown', severity: frac(unknown) >= o.unknownEvidence.high ? 'high' : 'medium',
        titleKey: 'landscape.gap.evaluationUnknown.title', explanationKey: 'landscape.gap.evaluationUnknown.explanation',
        values: { unknownPercent: pctValue(unknown), evaluatedCount: evaluated.count, evaluatedPercent: pctValue(evaluated), notEvaluatedPercent: pctValue(notEvaluated) },
        basedOn: [{ quantity: 'axis_frequency', axis: 'evidence', studyFigure: STUDY_FIGURES.evidence }],
        recommendation: { key: 'landscape.gap.evaluationUnknown.recommendation', source: STUDY_PART3.expertise },
        data: { unknown, notEvaluated, evaluated, thresholds: { high: o.unknownEvidence.high, medium: o.unknownEvidence.medium, evaluated: o.evaluatedShare } },
      });
    }
  }

  // 9. Transient vs chronic not distinguished (§1.8; §3.2.3: "chronisch versus vroegtijdige of preventieve aanpak").
  {
    const unknown = codeShare('course', 'unknown');
    if (frac(unknown) >= o.courseUnknownShare) {
      findings.push({
        id: 'course_undifferentiated', rule: 'course_undifferentiated', severity: 'low',
        titleKey: 'landscape.gap.courseUndifferentiated.title', explanationKey: 'landscape.gap.courseUndifferentiated.explanation',
        values: { unknownPercent: pctValue(unknown) },
        basedOn: [{ quantity: 'axis_frequency', axis: 'course', codes: ['unknown'] }],
        recommendation: { key: 'landscape.gap.courseUndifferentiated.recommendation', source: STUDY_PART3.awareness },
        data: { unknown, threshold: o.courseUnknownShare },
      });
    }
  }

  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  findings.sort((a, b) => rank(a.severity) - rank(b.severity)); // stable: rule order within a severity
  return { n, smallSelection: small, options: o, findings };
}

/**
 * Age coverage. For group g: t_g = share of initiatives that name g
 * explicitly ('all_ages' is reported beside it, not added: the study's point
 * is the explicit target group, §3.1 "als expliciete doelgroep"), p_g = its
 * prevalence in a source. Initiatives per unit of prevalence, t_g / p_g, is
 * compared with the best-served group: index_g = (t_g/p_g) / max_h (t_h/p_h).
 * Each source is computed on its own; a group is flagged on the lowest index
 * any source gives it (sources disagree: Statbel 2024 finds little age
 * difference, Steyaert & Heylen 2021 the highest loneliness among the young).
 */
function ageFindings(counts: SelectionCounts, o: ResolvedGapOptions): GapFinding[] {
  const n = counts.n;
  const age = counts.axes.age_groups.codes;
  const targeting = new Map(AGE_CODES.map((g) => [g, share(age[g] ?? 0, n)]));
  const allAges = share(age.all_ages ?? 0, n);
  const coverage = new Map<AgeCode, AgeCoverage[]>();
  let anyComputable = false;
  for (const source of o.prevalence) {
    const ratios = AGE_CODES.flatMap((g) => {
      const p = prevalenceFor(source, g, o.prevalenceMeasure);
      return p !== null && p > 0 ? [{ g, p, ratio: frac(targeting.get(g)!) / p }] : [];
    });
    const best = ratios.reduce<(typeof ratios)[number] | undefined>((a, b) => (!a || b.ratio > a.ratio ? b : a), undefined);
    if (!best || best.ratio === 0) continue;
    anyComputable = true;
    for (const r of ratios) {
      const list = coverage.get(r.g) ?? [];
      list.push({ source: source.id, citation: source.citation, prevalence: r.p, index: r.ratio / best.ratio, bestServed: best.g });
      coverage.set(r.g, list);
    }
  }
  const out: GapFinding[] = [];
  if (!anyComputable) {
    out.push({
      id: 'age_coverage_not_computable', rule: 'age_coverage_not_computable', severity: 'info',
      titleKey: 'landscape.gap.ageCoverageNotComputable.title', explanationKey: 'landscape.gap.ageCoverageNotComputable.explanation',
      values: { allAgesPercent: pctValue(allAges) },
      basedOn: [{ quantity: 'axis_frequency', axis: 'age_groups', studyFigure: STUDY_FIGURES.ageGroups }],
      data: { allAges },
    });
    return out;
  }
  for (const g of AGE_CODES) {
    const t = targeting.get(g)!;
    const cov = coverage.get(g);
    if (!cov) {
      if (frac(t) < o.fewShare.age_groups) {
        out.push({
          id: `age_group_no_prevalence:${g}`, rule: 'age_group_no_prevalence', severity: 'info',
          titleKey: 'landscape.gap.ageGroupNoPrevalence.title', explanationKey: 'landscape.gap.ageGroupNoPrevalence.explanation',
          values: { ageGroup: { axis: 'age_groups', code: g }, targetingPercent: pctValue(t), targetingCount: t.count },
          basedOn: [{ quantity: 'axis_frequency', axis: 'age_groups', codes: [g], studyFigure: STUDY_FIGURES.ageGroups }],
          recommendation: { key: 'landscape.gap.ageGroupUnderserved.recommendation', source: STUDY_PART3.youngerAgeGroups },
          data: { ageGroup: g, targeting: t, threshold: o.fewShare.age_groups },
        });
      }
      continue;
    }
    const worst = cov.reduce((a, b) => (b.index < a.index ? b : a));
    if (worst.index >= o.coverage.medium) continue;
    out.push({
      id: `age_group_underserved:${g}`, rule: 'age_group_underserved', severity: worst.index < o.coverage.high ? 'high' : 'medium',
      titleKey: 'landscape.gap.ageGroupUnderserved.title', explanationKey: 'landscape.gap.ageGroupUnderserved.explanation',
      values: { ageGroup: { axis: 'age_groups', code: g }, targetingPercent: pctValue(t), targetingCount: t.count, prevalencePercent: Math.round(worst.prevalence * 1000) / 10, index: Math.round(worst.index * 100) / 100, bestServed: { axis: 'age_groups', code: worst.bestServed }, allAgesPercent: pctValue(allAges) },
      basedOn: [
        { quantity: 'axis_frequency', axis: 'age_groups', codes: [g], studyFigure: STUDY_FIGURES.ageGroups },
        ...cov.map((c): BasedOn => ({ quantity: 'prevalence', source: c.source, studyFigure: o.prevalence.find((s) => s.id === c.source)?.ref })),
      ],
      recommendation: { key: 'landscape.gap.ageGroupUnderserved.recommendation', source: STUDY_PART3.youngerAgeGroups },
      data: { ageGroup: g, targeting: t, allAges, coverage: cov, thresholds: { medium: o.coverage.medium, high: o.coverage.high } },
    });
  }
  return out;
}

/** Message values for one language: matrix codes become their labels. */
export function resolveValues(values: Record<string, MessageValue>, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'object' ? (findCode(v.axis, v.code)?.label[lang] ?? v.code) : v;
  return out;
}
