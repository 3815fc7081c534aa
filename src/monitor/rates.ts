/**
 * The prevalence model: rate tables per indicator, by any combination of age band, sex, civil
 * status and nationality group, each rate with an optional low/high bound and its source.
 *
 * Matching a person (population cell) to a rule — precedence:
 *   A rule describes a group of people (age band × sex × civil status × nationality; an open
 *   field means "all"). When several rules of one indicator match a person, the rule for the
 *   NARROWEST group wins: the one whose group lies wholly inside every other matching rule's
 *   group (e.g. "women aged 80+" inside "aged 65+" inside "everyone"). Two matching rules where
 *   neither group lies inside the other (e.g. "women" and "aged 80+") are equally specific for
 *   the people they share; the model is then ambiguous and validation refuses it, asking for a
 *   rule for the overlap (here "women aged 80+"). Two rules for the same group are duplicates
 *   and also refused. A person that no rule matches is NOT COVERED: the estimate reports how
 *   many residents were not covered and never counts them as 0 % prevalence.
 *
 * Pure: no file, database or network access. The CSV parser takes the file's text.
 */
import { formatProblem, type LocatedProblem } from '../platform/located-problem.js';
import { parse as parseCsv } from 'csv-parse/sync';
import type { CitationText } from '../i18n/index.js';
import { CIVIL_STATUSES, NATIONALITIES, SEXES, type Nationality, type PersonCell, type Sex } from './composition.js';

export interface Localized {
  nl: string;
  fr: string;
  en: string;
}

export { citeParts, type CitationText } from '../i18n/index.js';

export interface IndicatorInfo {
  label: Localized;
  /** What the indicator measures, in plain English (for analysts). */
  definition: string;
}

/** The indicators Verbind knows, with the measure each stands for. */
export const INDICATORS = {
  loneliness_often: {
    label: { nl: 'Vaak of altijd eenzaam', fr: 'Souvent ou toujours seul(e)', en: 'Lonely often or always' },
    definition:
      'Feels lonely most of the time or always (Statbel: "meestal tot altijd" in the past 4 weeks; Flemish 2021 survey: "vaak").',
  },
  loneliness_sometimes: {
    label: { nl: 'Soms eenzaam', fr: 'Parfois seul(e)', en: 'Lonely sometimes' },
    definition: 'Feels lonely some of the time ("soms"), not often.',
  },
  loneliness_sometimes_or_more: {
    label: { nl: 'Soms tot altijd eenzaam', fr: 'Parfois à toujours seul(e)', en: 'Lonely sometimes or more' },
    definition: 'Feels lonely at least sometimes: "soms" plus "vaak/meestal tot altijd".',
  },
  loneliness_unspecified: {
    label: { nl: 'Eenzaam (frequentie niet vermeld)', fr: 'Seul(e) (fréquence non précisée)', en: 'Lonely (frequency not stated)' },
    definition: 'Loneliness as reported by a source that does not say how often or on which scale.',
  },
  chronic_loneliness: {
    label: { nl: 'Chronisch eenzaam', fr: 'Solitude chronique', en: 'Chronically lonely' },
    definition: 'Chronic loneliness; seed 002 equates it with feeling lonely "altijd of meestal" (always or mostly).',
  },
  social_isolation: {
    label: { nl: 'Objectief sociaal isolement', fr: 'Isolement social objectif', en: 'Objective social isolation' },
    definition: 'Very few social contacts (e.g. social contacts less than once a week).',
  },
  weak_social_support: {
    label: { nl: 'Zwakke sociale steun', fr: 'Faible soutien social', en: 'Weak social support' },
    definition:
      'Feels nobody is interested in them, cannot ask neighbours a small favour and has nobody to rely on in serious difficulty.',
  },
  typology_socially_resilient: {
    label: { nl: 'Sociaal weerbaren', fr: 'Socialement résilients', en: 'Socially resilient' },
    definition: 'Typology of social contacts: large network, not lonely.',
  },
  typology_few_contacts: {
    label: { nl: 'Contactarmen', fr: 'Peu de contacts', en: 'Few contacts' },
    definition: 'Typology of social contacts: small network, not lonely.',
  },
  typology_lonely: {
    label: { nl: 'Eenzamen', fr: 'Personnes seules', en: 'Lonely' },
    definition: 'Typology of social contacts: large network, lonely.',
  },
  typology_socially_isolated: {
    label: { nl: 'Sociaal geïsoleerden', fr: 'Socialement isolés', en: 'Socially isolated' },
    definition: 'Typology of social contacts: small network, lonely.',
  },
} as const satisfies Record<string, IndicatorInfo>;

/** A built-in indicator. */
export type BuiltInIndicatorId = keyof typeof INDICATORS;
/**
 * An indicator name: a built-in one, or an analyst's own (e.g. a local survey's measure) brought
 * with an imported rates file, which gives its labels and source.
 */
export type IndicatorId = string;
/** The built-in indicators, in the order pages list them. */
export const INDICATOR_IDS = Object.keys(INDICATORS) as BuiltInIndicatorId[];

/** What an indicator name may look like (built-in names follow it too). */
export const INDICATOR_NAME = /^[a-z][a-z0-9_]{1,59}$/;
export const INDICATOR_NAME_RULE = 'an indicator name is 2–60 lower-case letters, digits and underscores, starting with a letter (e.g. local_survey_lonely)';

export function isBuiltInIndicator(s: string): s is BuiltInIndicatorId {
  return Object.prototype.hasOwnProperty.call(INDICATORS, s);
}

/** Whether a name is a valid indicator name (built-in or an analyst's own). */
export function isIndicatorName(s: string): boolean {
  return INDICATOR_NAME.test(s);
}

/** An indicator's label: the built-in one, else the labels its rates file gave (a missing language falls back to another, then to the name). */
export function indicatorLabel(id: IndicatorId, lang: keyof Localized, model?: Pick<PrevalenceModel, 'labels'>): string {
  if (isBuiltInIndicator(id)) return INDICATORS[id].label[lang];
  const l = model?.labels[id];
  return l?.[lang] || l?.en || l?.nl || l?.fr || id;
}

/** One rate for one group of people. Open (null) fields mean "all". Ages are inclusive. */
export interface RateRule {
  indicator: IndicatorId;
  ageFrom: number | null;
  ageTo: number | null;
  sex: Sex | null;
  /** Statbel CD_CIV_STS code ('1' never married, '2' married, '3' widowed, '4' divorced), or null for all. */
  civilStatus: string | null;
  nationality: Nationality | null;
  /** Proportion in [0, 1]. */
  rate: number;
  /** Optional bounds; give both or neither. low ≤ rate ≤ high. */
  low?: number;
  high?: number;
  /** Citation of the figure. */
  source: string;
  /** An analyst's own indicator: its labels as the rates file gives them (label_nl, label_fr, label_en). */
  label?: Partial<Localized>;
  /** Where the rule came from, for messages: e.g. "rates.csv line 4" or "table statbel-2024". */
  origin?: string;
}

/** A figure a source gives for a group the population data cannot identify (e.g. refugees): shown, never applied. */
export interface ReferenceFigure {
  indicator: IndicatorId;
  group: string;
  rate?: number;
  low?: number;
  high?: number;
  quote: string;
  whyNotApplied: string;
}

export interface RateTable {
  id: string;
  title: Localized;
  /** Which population the table covers: place, year, ages (plain language). */
  covers: Localized;
  coverage: { place: string; year: string; ageFrom: number | null; ageTo: number | null };
  /** In English: each rule's `source` (CSV, API). */
  citation: string;
  /** The citation in each language, for pages and downloads (built-in tables). */
  cite?: CitationText;
  /** The source's own words the figures were taken from. */
  quote: string;
  notes?: string;
  rules: RateRule[];
  reference?: ReferenceFigure[];
}

/** A validated set of rules, ready to estimate with. */
export interface PrevalenceModel {
  readonly rules: readonly RateRule[];
  /** Indicators with at least one rule: the built-in ones in INDICATOR_IDS order, then the analyst's own in the order they first appear. */
  readonly indicators: readonly IndicatorId[];
  /** Labels of the analyst's own indicators (from their rates files). */
  readonly labels: Readonly<Record<IndicatorId, Partial<Localized>>>;
  readonly tables: readonly { id: string; title: Localized; covers: Localized; citation: string; cite?: CitationText }[];
}

/** A located problem of a rate rule: its line in a rates file, or else its origin ("table statbel-2024"). */
export interface RateIssue extends LocatedProblem {
  value?: string;
  /** Where the rule came from when no line says it (RateRule.origin). */
  origin?: string | undefined;
}

/** The shared located problem: the rule's origin is its place when there is no line. */
export function locatedRateIssue(i: RateIssue): LocatedProblem {
  const { origin, ...p } = i;
  return p.line === undefined && origin !== undefined ? { ...p, file: origin } : p;
}

export class RateModelError extends Error {
  constructor(
    readonly issues: RateIssue[],
    what = 'rate model',
  ) {
    super(`${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'RateModelError';
  }
}

export class RatesCsvError extends RateModelError {
  constructor(
    issues: RateIssue[],
    readonly file?: string,
  ) {
    super(issues, file ? `rates file ${file}` : 'rates file');
    this.name = 'RatesCsvError';
  }
}

export function formatIssue(i: RateIssue): string {
  return `- ${formatProblem(locatedRateIssue(i))}`;
}

// ---------------------------------------------------------------------------------------------
// Groups, containment, matching

const lo = (r: RateRule) => r.ageFrom ?? 0;
const hi = (r: RateRule) => r.ageTo ?? Number.POSITIVE_INFINITY;

/** Whether rule a's group of people lies wholly inside rule b's group. */
export function groupWithin(a: RateRule, b: RateRule): boolean {
  return (
    lo(a) >= lo(b) &&
    hi(a) <= hi(b) &&
    (b.sex === null || a.sex === b.sex) &&
    (b.civilStatus === null || a.civilStatus === b.civilStatus) &&
    (b.nationality === null || a.nationality === b.nationality)
  );
}

function sameGroup(a: RateRule, b: RateRule): boolean {
  return groupWithin(a, b) && groupWithin(b, a);
}

export function ruleMatches(r: RateRule, cell: PersonCell): boolean {
  return (
    cell.age >= lo(r) &&
    cell.age <= hi(r) &&
    (r.sex === null || r.sex === cell.sex) &&
    (r.civilStatus === null || r.civilStatus === cell.civilStatus) &&
    (r.nationality === null || r.nationality === cell.nationality)
  );
}

export type RuleMatch =
  | { kind: 'rule'; rule: RateRule }
  | { kind: 'not-covered' }
  | { kind: 'ambiguous'; rules: RateRule[] };

/** The rule that applies to a person for an indicator, by the precedence described at the top of this file. */
export function matchRule(rules: readonly RateRule[], indicator: IndicatorId, cell: PersonCell): RuleMatch {
  const m = rules.filter((r) => r.indicator === indicator && ruleMatches(r, cell));
  if (m.length === 0) return { kind: 'not-covered' };
  const minimal = m.filter((r) => !m.some((o) => o !== r && groupWithin(o, r) && !sameGroup(o, r)));
  if (minimal.length === 1) return { kind: 'rule', rule: minimal[0]! };
  return { kind: 'ambiguous', rules: minimal };
}

/** Fast variant for validated models: the narrowest matching rule, or undefined. */
export function narrowestMatch(rules: readonly RateRule[], cell: PersonCell): RateRule | undefined {
  let best: RateRule | undefined;
  for (const r of rules) if (ruleMatches(r, cell) && (best === undefined || groupWithin(r, best))) best = r;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Describing groups

export function describeGroup(g: Pick<RateRule, 'ageFrom' | 'ageTo' | 'sex' | 'civilStatus' | 'nationality'>): string {
  const parts: string[] = [];
  parts.push(g.sex === 'M' ? 'men' : g.sex === 'F' ? 'women' : 'everyone');
  if (g.ageFrom === null && g.ageTo === null) parts.push('of all ages');
  else if (g.ageTo === null) parts.push(`aged ${g.ageFrom}+`);
  else if (g.ageFrom === null || g.ageFrom === 0) parts.push(`aged 0–${g.ageTo}`);
  else parts.push(`aged ${g.ageFrom}–${g.ageTo}`);
  if (g.civilStatus !== null) parts.push(`civil status ${CIVIL_STATUSES[g.civilStatus]?.en ?? `code ${g.civilStatus}`}`);
  if (g.nationality !== null) parts.push(g.nationality === 'BEL' ? 'Belgian' : 'non-Belgian');
  return parts.join(', ');
}

function ruleRef(r: RateRule): string {
  return r.origin ?? `rule ${r.indicator} for ${describeGroup(r)}`;
}

// ---------------------------------------------------------------------------------------------
// Validation

/** Checks each rule's values and that every person is matched by at most one narrowest rule. */
export function validateRules(rules: readonly RateRule[]): RateIssue[] {
  const issues: RateIssue[] = [];
  for (const r of rules) issues.push(...validateRule(r));
  issues.push(...labelIssues(rules));
  issues.push(...overlapIssues(rules));
  return issues;
}

function validateRule(r: RateRule): RateIssue[] {
  const out: RateIssue[] = [];
  const at = (message: string, field: string, value: unknown): RateIssue => ({ message, field, value: String(value), origin: r.origin });
  if (!isIndicatorName(r.indicator)) out.push(at(INDICATOR_NAME_RULE, 'indicator', r.indicator));
  if (r.label && isBuiltInIndicator(r.indicator) && Object.values(r.label).some(Boolean)) {
    out.push(at(`${r.indicator} is a built-in indicator with its own labels; leave label_nl, label_fr and label_en empty, or give your indicator another name`, 'indicator', r.indicator));
  }
  for (const [f, v] of [['age_from', r.ageFrom], ['age_to', r.ageTo]] as const) {
    if (v !== null && (!Number.isInteger(v) || v < 0)) out.push(at('age must be a whole number ≥ 0', f, v));
  }
  if (r.ageFrom !== null && r.ageTo !== null && r.ageFrom > r.ageTo) out.push(at(`age_from ${r.ageFrom} is above age_to ${r.ageTo}`, 'age_from', r.ageFrom));
  if (r.sex !== null && !(SEXES as readonly string[]).includes(r.sex)) out.push(at('sex must be M, F or empty', 'sex', r.sex));
  if (r.nationality !== null && !(NATIONALITIES as readonly string[]).includes(r.nationality)) out.push(at('nationality must be BEL, ETR or empty', 'nationality', r.nationality));
  if (r.civilStatus !== null && r.civilStatus.trim() === '') out.push(at('civil status code is blank', 'civil_status', r.civilStatus));
  const inUnit = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!inUnit(r.rate)) out.push(at('rate must be a proportion between 0 and 1', 'rate', r.rate));
  if ((r.low === undefined) !== (r.high === undefined)) {
    out.push(at('give both low and high, or neither', r.low === undefined ? 'low' : 'high', r.low ?? r.high));
  } else if (r.low !== undefined && r.high !== undefined) {
    if (!inUnit(r.low)) out.push(at('low must be a proportion between 0 and 1', 'low', r.low));
    if (!inUnit(r.high)) out.push(at('high must be a proportion between 0 and 1', 'high', r.high));
    if (r.low > r.rate) out.push(at(`low ${r.low} is above the rate ${r.rate}`, 'low', r.low));
    if (r.high < r.rate) out.push(at(`high ${r.high} is below the rate ${r.rate}`, 'high', r.high));
  }
  if (!r.source || !r.source.trim()) out.push(at('every rate needs its source', 'source', r.source ?? ''));
  return out;
}

const OTHER_CIVIL_STATUS = '\u0000other';

/**
 * Finds duplicate rules and ambiguous overlaps. Enumerates every distinct kind of person the rules
 * can tell apart (age segments between the rules' age limits × sex × nationality × the civil-status
 * codes the rules name plus "any other code"), and checks that each has a unique narrowest rule.
 */
function overlapIssues(rules: readonly RateRule[]): RateIssue[] {
  const issues: RateIssue[] = [];
  const seen = new Set<string>();
  const byIndicator = new Map<IndicatorId, RateRule[]>();
  for (const r of rules) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
  for (const [indicator, rs] of byIndicator) {
    for (let i = 0; i < rs.length; i++) {
      for (let j = i + 1; j < rs.length; j++) {
        const a = rs[i]!;
        const b = rs[j]!;
        if (sameGroup(a, b)) {
          issues.push({
            message: `duplicate: ${ruleRef(a)} and ${ruleRef(b)} both give ${indicator} for ${describeGroup(a)}`,
            line: lineOf(b),
            origin: b.origin,
          });
        }
      }
    }
    const ages = new Set<number>([0]);
    for (const r of rs) {
      if (r.ageFrom !== null) ages.add(r.ageFrom);
      if (r.ageTo !== null) ages.add(r.ageTo + 1);
    }
    const civs = [...new Set(rs.map((r) => r.civilStatus).filter((c): c is string => c !== null)), OTHER_CIVIL_STATUS];
    for (const age of [...ages].sort((x, y) => x - y)) {
      for (const sex of SEXES) {
        for (const nationality of NATIONALITIES) {
          for (const civilStatus of civs) {
            const m = matchRule(rs, indicator, { age, sex, nationality, civilStatus });
            if (m.kind !== 'ambiguous') continue;
            // Identical groups are reported as duplicates above.
            const distinct = m.rules.filter((r, k) => !m.rules.slice(0, k).some((o) => sameGroup(o, r)));
            if (distinct.length < 2) continue;
            const key = `${indicator}|${distinct.map((r) => rs.indexOf(r)).sort().join(',')}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const [a, b] = distinct as [RateRule, RateRule];
            const overlap = intersection(a, b);
            issues.push({
              message:
                `${distinct.map(ruleRef).join(' and ')} overlap for ${indicator} and neither is narrower: ` +
                `both apply to ${describeGroup(overlap)}. Add a rule for exactly that group, or narrow one of them.`,
              line: lineOf(distinct[distinct.length - 1]!),
              origin: distinct[distinct.length - 1]!.origin,
            });
          }
        }
      }
    }
  }
  return issues;
}

/** The labels the rules of an indicator give (each language from the first rule that gives it). */
function mergedLabel(rules: readonly RateRule[], indicator: IndicatorId): Partial<Localized> {
  const out: Partial<Localized> = {};
  for (const r of rules) {
    if (r.indicator !== indicator || !r.label) continue;
    for (const lang of ['nl', 'fr', 'en'] as const) if (!out[lang] && r.label[lang]) out[lang] = r.label[lang];
  }
  return out;
}

/** Rules of one indicator that give different labels in one language: which label would the page show? */
function labelIssues(rules: readonly RateRule[]): RateIssue[] {
  const issues: RateIssue[] = [];
  const first = new Map<string, RateRule>();
  for (const r of rules) {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const v = r.label?.[lang];
      if (!v) continue;
      const k = `${r.indicator}|${lang}`;
      const f = first.get(k);
      if (!f) first.set(k, r);
      else if (f.label![lang] !== v) {
        issues.push({ message: `label_${lang} of ${r.indicator} differs from "${f.label![lang]}" given by ${ruleRef(f)}; give one label per indicator (or leave it empty after the first row)`, line: lineOf(r), field: `label_${lang}`, value: v, origin: r.origin });
      }
    }
  }
  return issues;
}

function intersection(a: RateRule, b: RateRule): Pick<RateRule, 'ageFrom' | 'ageTo' | 'sex' | 'civilStatus' | 'nationality'> {
  const from = Math.max(lo(a), lo(b));
  const to = Math.min(hi(a), hi(b));
  return {
    ageFrom: from === 0 && a.ageFrom === null && b.ageFrom === null ? null : from,
    ageTo: Number.isFinite(to) ? to : null,
    sex: a.sex ?? b.sex,
    civilStatus: a.civilStatus ?? b.civilStatus,
    nationality: a.nationality ?? b.nationality,
  };
}

function lineOf(r: RateRule): number | undefined {
  const m = /line (\d+)/.exec(r.origin ?? '');
  return m ? Number(m[1]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Building a model

/**
 * Validates and freezes a model from tables and/or loose rules (e.g. imported from CSV).
 * Throws RateModelError listing every problem.
 */
export function buildModel(parts: readonly (RateTable | RateRule)[]): PrevalenceModel {
  const tables = parts.filter((p): p is RateTable => 'rules' in p);
  const rules: RateRule[] = [];
  for (const p of parts) {
    if ('rules' in p) for (const r of p.rules) rules.push({ ...r, origin: r.origin ?? `table ${p.id}` });
    else rules.push({ ...p });
  }
  const issues = validateRules(rules);
  if (issues.length) throw new RateModelError(issues);
  const present = new Set(rules.map((r) => r.indicator));
  const own = [...present].filter((i) => !isBuiltInIndicator(i));
  return Object.freeze({
    rules: Object.freeze(rules.map((r) => Object.freeze(r))),
    indicators: Object.freeze([...INDICATOR_IDS.filter((i) => present.has(i)), ...own]),
    labels: Object.freeze(Object.fromEntries(own.map((i) => [i, mergedLabel(rules, i)]))),
    tables: Object.freeze(tables.map((t) => ({ id: t.id, title: t.title, covers: t.covers, citation: t.citation, ...(t.cite ? { cite: t.cite } : {}) }))),
  });
}

// ---------------------------------------------------------------------------------------------
// CSV import: indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source

export const RATES_CSV_COLUMNS = ['indicator', 'age_from', 'age_to', 'sex', 'civil_status', 'nationality', 'rate', 'low', 'high', 'source'] as const;
/** Optional columns: the labels of an analyst's own indicator (files without them import unchanged). */
export const RATES_CSV_LABEL_COLUMNS = ['label_nl', 'label_fr', 'label_en'] as const;
const KNOWN_COLUMNS: readonly string[] = [...RATES_CSV_COLUMNS, ...RATES_CSV_LABEL_COLUMNS];

const ALL_WORDS = new Set(['', 'all', '*', 'alle', 'allen', 'tous', 'toutes', 'any']);

const SEX_WORDS: Record<string, Sex> = {
  m: 'M', male: 'M', man: 'M', men: 'M', mannen: 'M', h: 'M', homme: 'M', hommes: 'M',
  f: 'F', v: 'F', female: 'F', woman: 'F', women: 'F', vrouw: 'F', vrouwen: 'F', femme: 'F', femmes: 'F',
};

const NATIONALITY_WORDS: Record<string, Nationality> = {
  bel: 'BEL', be: 'BEL', belgian: 'BEL', belgians: 'BEL', belg: 'BEL', belgen: 'BEL', belge: 'BEL', belges: 'BEL',
  etr: 'ETR', 'non-belgian': 'ETR', 'non-belgians': 'ETR', 'niet-belg': 'ETR', 'niet-belgen': 'ETR',
  'non-belge': 'ETR', 'non-belges': 'ETR', foreign: 'ETR', foreigner: 'ETR', foreigners: 'ETR',
};

const CIVIL_STATUS_WORDS: Record<string, string> = {
  single: '1', 'never married': '1', unmarried: '1', ongehuwd: '1', 'célibataire': '1', celibataire: '1',
  married: '2', gehuwd: '2', 'marié': '2', marie: '2',
  widowed: '3', weduwstaat: '3', weduwe: '3', weduwnaar: '3', veuf: '3', veuve: '3', veuvage: '3',
  divorced: '4', gescheiden: '4', 'divorcé': '4', divorce: '4',
};

/** Parses a proportion: "0.091", "9.1%", "9,1 %" (comma decimals allowed). Returns an error text when invalid. */
function parseProportion(raw: string): number | string {
  let s = raw.trim().replace(/\s+/g, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  s = s.replace(',', '.');
  if (!/^[0-9]*\.?[0-9]+$|^[0-9]+\.$/.test(s)) return 'not a number (write 0.091 or 9.1%)';
  const v = Number(s);
  if (percent) return v / 100;
  if (v > 1) return `${v} is above 1: a rate is a proportion (write ${v / 100} or ${v}%)`;
  return v;
}

function parseAge(raw: string): number | null | string {
  const s = raw.trim();
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return 'age must be a whole number of years, or empty for open';
  return Number(s);
}

/**
 * Parses the rates CSV (comma- or semicolon-separated, optional BOM, header row with the column
 * names in any order; an empty cell means "all"). Every problem is reported with its line, field
 * and value; the rules are then validated together (bounds, duplicates, ambiguous overlaps).
 * Throws RatesCsvError.
 */
export function parseRatesCsv(text: string, opts: { file?: string } = {}): RateRule[] {
  const file = opts.file ?? 'rates.csv';
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new RatesCsvError([{ message: `not readable as CSV: ${err.message}`, line: err.lines }], opts.file);
  }
  const issues: RateIssue[] = [];
  const header = records[0];
  if (!header) throw new RatesCsvError([{ message: `the file is empty; expected a header row: ${RATES_CSV_COLUMNS.join(',')}` }], opts.file);
  const names = header.record.map((h) => h.trim().toLowerCase());
  const col = new Map<string, number>();
  names.forEach((n, i) => {
    if (!KNOWN_COLUMNS.includes(n)) {
      issues.push({ message: `unknown column; expected: ${RATES_CSV_COLUMNS.join(',')} and optionally ${RATES_CSV_LABEL_COLUMNS.join(',')}`, line: header.info.lines, field: `column ${i + 1}`, value: header.record[i] });
    } else if (col.has(n)) {
      issues.push({ message: 'column appears twice', line: header.info.lines, field: n, value: header.record[i] });
    } else col.set(n, i);
  });
  const missing = RATES_CSV_COLUMNS.filter((c) => !col.has(c));
  if (missing.length) issues.push({ message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, line: header.info.lines });
  if (issues.length) throw new RatesCsvError(issues, opts.file);

  const rules: RateRule[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.every((v) => v.trim() === '')) continue;
    if (record.length !== names.length) {
      issues.push({ message: `has ${record.length} fields, the header has ${names.length}`, line });
      continue;
    }
    const get = (c: string) => (col.has(c) ? (record[col.get(c)!] ?? '').trim() : '');
    const bad = (field: string, value: string, message: string) => issues.push({ message, line, field, value });
    const before = issues.length;

    const indicator = get('indicator');
    if (!isIndicatorName(indicator)) bad('indicator', indicator, `${INDICATOR_NAME_RULE}; built in: ${INDICATOR_IDS.join(', ')}`);
    const ageFrom = parseAge(get('age_from'));
    if (typeof ageFrom === 'string') bad('age_from', get('age_from'), ageFrom);
    const ageTo = parseAge(get('age_to'));
    if (typeof ageTo === 'string') bad('age_to', get('age_to'), ageTo);
    const sexRaw = get('sex');
    const sex = ALL_WORDS.has(sexRaw.toLowerCase()) ? null : SEX_WORDS[sexRaw.toLowerCase()];
    if (sex === undefined) bad('sex', sexRaw, 'sex must be M, F or empty (all)');
    const civRaw = get('civil_status');
    const civLower = civRaw.toLowerCase();
    const civilStatus = ALL_WORDS.has(civLower) ? null : /^\d+$/.test(civRaw) ? civRaw : CIVIL_STATUS_WORDS[civLower];
    if (civilStatus === undefined) {
      bad('civil_status', civRaw, 'civil status must be a Statbel CD_CIV_STS code (1 never married, 2 married, 3 widowed, 4 divorced), one of those words, or empty (all)');
    }
    const natRaw = get('nationality');
    const nationality = ALL_WORDS.has(natRaw.toLowerCase()) ? null : NATIONALITY_WORDS[natRaw.toLowerCase()];
    if (nationality === undefined) bad('nationality', natRaw, 'nationality must be BEL (Belgian), ETR (non-Belgian) or empty (all)');
    const rate = get('rate') === '' ? 'a rate is required' : parseProportion(get('rate'));
    if (typeof rate === 'string') bad('rate', get('rate'), rate);
    const low = get('low') === '' ? undefined : parseProportion(get('low'));
    if (typeof low === 'string') bad('low', get('low'), low);
    const high = get('high') === '' ? undefined : parseProportion(get('high'));
    if (typeof high === 'string') bad('high', get('high'), high);
    const source = get('source');
    if (issues.length > before) continue;

    const rule: RateRule = {
      indicator: indicator as IndicatorId,
      ageFrom: ageFrom as number | null,
      ageTo: ageTo as number | null,
      sex: sex as Sex | null,
      civilStatus: civilStatus as string | null,
      nationality: nationality as Nationality | null,
      rate: rate as number,
      source,
      origin: `${file} line ${line}`,
    };
    if (low !== undefined) rule.low = low as number;
    if (high !== undefined) rule.high = high as number;
    const label: Partial<Localized> = {};
    for (const lang of ['nl', 'fr', 'en'] as const) if (get(`label_${lang}`)) label[lang] = get(`label_${lang}`);
    if (Object.keys(label).length) rule.label = label;
    // Field-level checks that need the whole rule (bounds, order of ages, source).
    for (const i of validateRule(rule)) issues.push({ ...i, line, origin: undefined });
    rules.push(rule);
  }
  // A new indicator needs a label: the page must name it, and a misspelt built-in name (lonelyness) is caught here.
  const unlabelled = new Map<string, RateRule>();
  for (const r of rules) if (!isBuiltInIndicator(r.indicator) && !unlabelled.has(r.indicator)) unlabelled.set(r.indicator, r);
  for (const r of rules) if (r.label) unlabelled.delete(r.indicator);
  for (const [name, r] of unlabelled) {
    issues.push({
      message: `not a built-in indicator (${INDICATOR_IDS.join(', ')}); an indicator of your own needs its label: add the columns label_nl, label_fr or label_en and fill them in on its first row`,
      line: lineOf(r),
      field: 'indicator',
      value: name,
    });
  }
  issues.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  if (!issues.length) issues.push(...labelIssues(rules).map((i) => ({ ...i, origin: undefined })), ...overlapIssues(rules));
  if (issues.length) throw new RatesCsvError(issues, opts.file);
  return rules;
}

/** Writes rules in the import format (round-trips through parseRatesCsv). */
export function rulesToCsv(rules: readonly RateRule[]): string {
  const q = (s: string) => (/[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const labelled = rules.some((r) => r.label);
  const lines = [[...RATES_CSV_COLUMNS, ...(labelled ? RATES_CSV_LABEL_COLUMNS : [])].join(',')];
  for (const r of rules) {
    const labels = labelled ? [q(r.label?.nl ?? ''), q(r.label?.fr ?? ''), q(r.label?.en ?? '')] : [];
    lines.push(
      [r.indicator, r.ageFrom ?? '', r.ageTo ?? '', r.sex ?? '', r.civilStatus ?? '', r.nationality ?? '', r.rate, r.low ?? '', r.high ?? '', q(r.source), ...labels]
        .map(String)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
