/**
 * The landscape as a report: labels and texts in one language, and the JSON
 * shape shared by GET /api/v1/landscape, the JSON download and
 * `npx verbind report --format json`. The CSV, XLSX, HTML and PDF formats are
 * written from this same object, so every format holds the same figures.
 *
 * Percentages are the study's printed ones: one decimal, half up, of N (or
 * of the subgroup / column named next to them). A p-value is given only by a
 * test that is meaningful for the table; otherwise `p` is null and `note`
 * says why.
 */
import { z } from 'zod';
import { citeParts, makeTranslator, partsText, PLACE, placeParts, withDutch, type TextPart, type Translate } from '../../i18n/index.js';
import type { PrevalenceSource } from '../prevalence.js';
import { webMessages } from '../../web/messages.js';
import { landscapeMessages } from '../messages.js';
import { AXES, AXIS_NAMES, findCode, type AxisName, type Lang } from '../../vocabulary/matrix.js';
import type { CodeShare } from '../analysis.js';
import type { CrossTab } from '../crosstab.js';
import { PERCENT_BASES } from '../crosstab-percentages.js';
import { resolveValues, type BasedOn, type GapFinding } from '../gaps.js';
import type { Share } from '../percent.js';
import { formatCrossTab, landscapeParams, selectionJson } from '../selection.js';
import type { Landscape } from './index.js';
import { formatSpec, type Category, type Spec } from '../specs.js';
import { STUDY_FIGURES, type StudyRef } from '../study.js';

/** The report's own messages and the layout's (it is printed outside a request, by the CLI too). */
const REPORT_MESSAGES: Record<Lang, Record<string, string>> = {
  nl: { ...webMessages.nl, ...landscapeMessages.nl },
  fr: { ...webMessages.fr, ...landscapeMessages.fr },
  en: { ...webMessages.en, ...landscapeMessages.en },
};
const translators = new Map<Lang, Translate>();
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeTranslator(REPORT_MESSAGES, lang)));
  return t;
}

// ---------------------------------------------------------------- labels

export function codeLabel(axis: AxisName, code: string, lang: Lang): string {
  return findCode(axis, code)?.label[lang] ?? code;
}

export function specLabel(spec: Spec, lang: Lang): string {
  const t = translator(lang);
  if (spec.kind === 'social_isolation') return t('landscape.spec.socialIsolation');
  if (spec.kind === 'axis') return AXES[spec.axis].label[lang];
  return t('landscape.spec.code', { axis: AXES[spec.axis].label[lang], code: codeLabel(spec.axis, spec.code, lang) });
}

/** A cross-tab category; a yes/no split names what it splits on ("Older people (60+): yes"), so a table or chart reads on its own. */
export function categoryLabel(c: Category, lang: Lang, spec?: Spec): string {
  const t = translator(lang);
  if (c.kind === 'code') return codeLabel(c.axis, c.code, lang);
  const word = t(`landscape.category.${c.kind}`);
  if ((c.kind === 'yes' || c.kind === 'no') && spec && spec.kind !== 'axis') {
    const what = spec.kind === 'code' ? codeLabel(spec.axis, spec.code, lang) : t('landscape.spec.socialIsolation');
    return t('landscape.category.split', { what, answer: word.toLowerCase() });
  }
  return word;
}

const ITEM_WORDS: Record<Lang, Record<string, string>> = {
  nl: { table: 'tabel', figure: 'figuur' },
  fr: { table: 'tableau', figure: 'figure' },
  en: { table: 'table', figure: 'figure' },
};

/** The title of seed 004, quoted in its citation (Dutch, as published). */
const SEED_004_TITLE = 'Samen tegen eenzaamheid';

/**
 * "Study of loneliness initiatives in Flanders (2023), §3.2.2 “Meer aandacht voor …”" or "…,
 * §2.2.1, table 3", in parts: the study's Dutch headings and the note's title stay Dutch, marked
 * so a page can say so (lang="nl") and quote them as its language does (« » in French).
 */
export function citationParts(ref: { seed: string; section?: string | undefined; heading?: string | undefined; item?: string | undefined }, lang: Lang): TextPart[] {
  const t = translator(lang);
  const parts: TextPart[] = withDutch(t(`landscape.cite.${ref.seed as StudyRef['seed']}`, { title: '{title}' }), lang, { title: SEED_004_TITLE });
  if (ref.section) parts.push(`, §${ref.section}`);
  if (ref.section && ref.heading) parts.push(' ', { nl: ref.heading, quoted: true });
  if (ref.item) parts.push(`, ${ref.item.replace(/^(table|figure)\b/, (w) => ITEM_WORDS[lang][w] ?? w)}`);
  return parts;
}

/** The citation as one text (JSON, CSV, XLSX). */
export function citation(ref: StudyRef, lang: Lang): string {
  return partsText(citationParts(ref, lang), lang);
}

/** The study's own table or figure for an axis (none for 'course': the study reports no results on it). */
export function studyFigureFor(axis: AxisName): StudyRef | undefined {
  const map: Partial<Record<AxisName, StudyRef>> = {
    elements: STUDY_FIGURES.elements,
    prevention: STUDY_FIGURES.prevention,
    dimensions: STUDY_FIGURES.dimensions,
    age_groups: STUDY_FIGURES.ageGroups,
    risk_factors: STUDY_FIGURES.riskFactors,
    approach: STUDY_FIGURES.approach,
    evidence: STUDY_FIGURES.evidence,
    primary_actor: STUDY_FIGURES.primaryActor,
    geographic_level: STUDY_FIGURES.geographicLevel,
  };
  return map[axis];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(x: number, lang: Lang, digits: number): string {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : `${lang}-BE`, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(x);
}

/** A percentage as printed (one decimal), or '–' without a denominator. */
export const formatPercent = (s: Pick<Share, 'printed'>, lang: Lang) => (s.printed === null ? '–' : formatNumber(s.printed, lang, 1));

/** p as usually printed: three decimals, and "< 0.001" below that. */
export function formatP(p: number, lang: Lang): string {
  return p < 0.001 ? `< ${formatNumber(0.001, lang, 3)}` : formatNumber(p, lang, 3);
}

// ---------------------------------------------------------------- cross-tab tests in words

export interface CrossTabTestSummary {
  chi2: number | null;
  df: number | null;
  /** Pearson chi-square p, only when the chi-square test is meaningful for this table. */
  p: number | null;
  cramersV: number | null;
  /** Fisher's exact p, when Fisher's test is the one reported (an expected count below 5, or N < 20). */
  fisherP: number | null;
  method: 'pearson_chi_square' | 'fisher_exact_2x2' | 'fisher_freeman_halton' | 'none';
  /** Whether the chi-square test is meaningful here (Cochran 1954: no expected count below 5, N ≥ 20). */
  meaningful: boolean;
  note: string;
  caveats: string[];
  /** Minimum expected count of the tested table (null when not computed). */
  minExpected: number | null;
  /** The result line a report prints, e.g. "Chi² = 12.242 (df = 1), p < 0.001". */
  line: string;
}

export function summariseTest(x: CrossTab, lang: Lang, n: number, smallThreshold: number): CrossTabTestSummary {
  const t = translator(lang);
  if (x.test.status === 'not_valid') {
    return { chi2: null, df: null, p: null, cramersV: null, fisherP: null, method: 'none', meaningful: false, note: t('landscape.test.notValid.observations_not_independent'), caveats: [], minExpected: null, line: t('landscape.notTested') };
  }
  const { chiSquare, report } = x.test;
  const caveats: string[] = [];
  let note = t(`landscape.test.report.${report.reason}`);
  if (chiSquare.status !== 'ok') {
    note = `${note} ${t(`landscape.test.notComputable.${chiSquare.reason}`)}`;
    return { chi2: null, df: null, p: null, cramersV: null, fisherP: null, method: 'none', meaningful: false, note, caveats, minExpected: null, line: t('landscape.notTested') };
  }
  if (chiSquare.caveats.includes('expected_below_5')) caveats.push(t('landscape.test.caveat.expected_below_5', { cells: chiSquare.cellsExpectedBelow5 }));
  if (chiSquare.caveats.includes('small_n')) caveats.push(t('landscape.test.caveat.small_n'));
  if (n < smallThreshold) caveats.push(t('landscape.test.notMeaningfulSmall', { threshold: smallThreshold }));
  const fisherP = report.method === 'fisher_exact_2x2' || report.method === 'fisher_freeman_halton' ? (report.pValue ?? null) : null;
  const p = chiSquare.meaningful ? chiSquare.pValue : null;
  const stat = t('landscape.test.statistic', { statistic: formatNumber(chiSquare.statistic, lang, 3), df: chiSquare.df });
  const pText = (x: number) => (x < 0.001 ? `p ${formatP(x, lang)}` : `p = ${formatP(x, lang)}`);
  let line: string;
  if (p !== null) line = `${stat}, ${pText(p)}`;
  else if (fisherP !== null) line = `${t('landscape.test.fisherName')}: ${pText(fisherP)}`;
  else line = t('landscape.notTested');
  return {
    chi2: chiSquare.statistic,
    df: chiSquare.df,
    p,
    cramersV: chiSquare.cramersV,
    fisherP,
    method: report.method,
    meaningful: chiSquare.meaningful,
    note,
    caveats,
    minExpected: chiSquare.minExpected,
    line,
  };
}

// ---------------------------------------------------------------- gap findings in words

/** "Loneliness by age: <citation>" for a finding based on a prevalence source, in parts (the citation quotes Dutch titles). */
export function prevalenceParts(sourceId: string | undefined, lang: Lang, sources: ReadonlyMap<string, PrevalenceSource>): TextPart[] {
  const source = sources.get(sourceId ?? '');
  return placeParts(translator(lang)('landscape.basedOn.prevalence', { source: PLACE }), source?.cite ? citeParts(source.cite, lang) : [source?.citation ?? sourceId ?? '']);
}

export function basedOnText(b: Pick<BasedOn, 'quantity' | 'axis' | 'codes' | 'source'>, lang: Lang, sources: ReadonlyMap<string, PrevalenceSource>): string {
  const t = translator(lang);
  if (b.quantity === 'axis_frequency' && b.axis) {
    const axis = AXES[b.axis].label[lang];
    return b.codes?.length && b.codes.length <= 6
      ? t('landscape.basedOn.axis_frequency_codes', { axis, codes: b.codes.map((c) => codeLabel(b.axis!, c, lang)).join(', ') })
      : t('landscape.basedOn.axis_frequency', { axis });
  }
  if (b.quantity === 'prevalence') return partsText(prevalenceParts(b.source, lang, sources), lang);
  return t(`landscape.basedOn.${b.quantity}`);
}

// ---------------------------------------------------------------- the JSON report

const shareSchema = z.object({ count: z.number().int(), percent: z.number().nullable().describe('Percent of the denominator, one decimal as the study prints it; null without a denominator') });
const codeSchema = shareSchema.extend({ code: z.string(), label: z.string(), effective: z.boolean().optional().describe('Elements: effectiveness shown in several reviews') });
const refSchema = z.object({ seed: z.string(), part: z.number().optional(), section: z.string().optional(), heading: z.string().optional(), item: z.string().optional(), citation: z.string() });

export const landscapeReportSchema = z.object({
  n: z.number().int().describe('Number of initiatives in the selection'),
  lang: z.enum(['nl', 'fr', 'en']),
  generatedAt: z.string(),
  selection: z.record(z.string(), z.unknown()).describe('The filters applied (only those that are set)'),
  share: z.string().describe('Path and query of the landscape page that reproduces this selection and its cross-tabs'),
  percent: z.enum(PERCENT_BASES).describe('Which percentages the cross-tabs carry in `percentages` (none: counts only)'),
  areas: z
    .object({ requested: z.array(z.string()), unknown: z.array(z.string()), local: z.array(z.string()), wider: z.array(z.string()), arealessLevels: z.array(z.string()), year: z.number().int() })
    .nullable()
    .describe('How the asked areas were resolved: area codes in use that lie in them (local) or cover them from above (wider), and the geographic levels whose initiatives without areas serve them'),
  smallSelection: z.boolean().describe('Fewer than 10 initiatives: every figure rests on very few cases'),
  notes: z.array(z.string()),
  socialIsolation: shareSchema,
  axes: z.record(
    z.string(),
    z.object({
      label: z.string(),
      multi: z.boolean().describe('Several codes per initiative possible: percentages add up to more than 100'),
      note: z.string().nullable(),
      n: z.number().int(),
      codes: z.array(codeSchema),
      withoutCode: shareSchema.optional(),
      mentions: z.number().int(),
      studyFigure: refSchema.optional(),
    }),
  ),
  elementsPerInitiative: z.object({ n: z.number().int(), mean: z.number().nullable(), buckets: z.array(shareSchema.extend({ bucket: z.string(), label: z.string() })) }),
  singleElement: z.object({ n: z.number().int(), elements: z.array(codeSchema) }),
  combinedElements: z.object({ n: z.number().int(), minElements: z.number().int(), elements: z.array(codeSchema) }),
  crosstabs: z.array(
    z.object({
      row: z.string(),
      col: z.string(),
      rowLabel: z.string(),
      colLabel: z.string(),
      rowCategories: z.array(z.object({ key: z.string(), label: z.string(), total: z.number().int() })),
      colCategories: z.array(z.object({ key: z.string(), label: z.string(), total: z.number().int() })),
      table: z.array(z.array(z.number().int())).describe('Counts: table[i][j] = initiatives in row category i and column category j'),
      colPercent: z.array(z.array(z.number().nullable())).describe('table[i][j] as a percentage of column j’s initiatives'),
      percentages: z
        .object({
          base: z.enum(['row', 'column', 'total']),
          label: z.string().describe('What the percentages are, e.g. "Row percentages: each row adds up to 100%"'),
          cells: z.array(z.array(z.number().nullable())).describe('table[i][j] as a percentage of row i’s total (row), column j’s total (column) or N (total); one decimal, half up'),
          rowTotals: z.array(z.number().nullable()).describe('The total column: 100 per row for row percentages, else each row’s total as a percentage of N'),
          colTotals: z.array(z.number().nullable()).describe('The total row: 100 per column for column percentages, else each column’s total as a percentage of N'),
          total: z.number().nullable(),
          addsUpTo100: z.boolean().describe('False where an initiative counts in several rows or columns (a multi-valued axis): a row or column can then add up to more than 100'),
        })
        .nullable()
        .describe('The percentages asked for with `percent`; null for percent=none'),
      n: z.number().int(),
      chi2: z.number().nullable().describe('Pearson chi-square, no continuity correction'),
      df: z.number().int().nullable(),
      p: z.number().nullable().describe('Chi-square p-value; null where the chi-square test is not meaningful'),
      cramersV: z.number().nullable(),
      fisherP: z.number().nullable().describe('Fisher’s exact p-value, where it replaces the chi-square test'),
      method: z.string(),
      meaningful: z.boolean(),
      note: z.string(),
      caveats: z.array(z.string()),
    }),
  ),
  gaps: z.array(
    z.object({
      id: z.string(),
      rule: z.string(),
      severity: z.enum(['high', 'medium', 'low', 'info']),
      severityLabel: z.string(),
      title: z.string(),
      explanation: z.string(),
      basedOn: z.array(z.object({ quantity: z.string(), axis: z.string().optional(), codes: z.array(z.string()).optional(), source: z.string().optional().describe('For a prevalence: the id of its source (a rate table)'), text: z.string(), studyFigure: refSchema.optional() })),
      recommendation: z.object({ text: z.string(), source: refSchema }).nullable(),
      values: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
});
export type LandscapeReport = z.output<typeof landscapeReportSchema>;
export type CrossTabReport = LandscapeReport['crosstabs'][number];
export type GapReportItem = LandscapeReport['gaps'][number];

const shareOut = (s: Share) => ({ count: s.count, percent: s.printed });
const codeOut = (axis: AxisName, c: CodeShare, lang: Lang) => ({ code: c.code, label: codeLabel(axis, c.code, lang), count: c.count, percent: c.printed, ...(c.effective !== undefined ? { effective: c.effective } : {}) });
const refOut = (r: StudyRef, lang: Lang) => ({ ...r, citation: citation(r, lang) });

export function gapItem(f: GapFinding, lang: Lang, sources: ReadonlyMap<string, PrevalenceSource>): GapReportItem {
  const t = translator(lang);
  const values = resolveValues(f.values, lang);
  return {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    severityLabel: t(`landscape.severity.${f.severity}`),
    title: t(f.titleKey, values),
    explanation: t(f.explanationKey, values).trim(),
    basedOn: f.basedOn.map((b) => ({
      quantity: b.quantity,
      ...(b.axis ? { axis: b.axis } : {}),
      ...(b.codes ? { codes: b.codes } : {}),
      ...(b.source ? { source: b.source } : {}),
      text: basedOnText(b, lang, sources),
      ...(b.studyFigure ? { studyFigure: refOut(b.studyFigure, lang) } : {}),
    })),
    recommendation: f.recommendation ? { text: t(f.recommendation.key), source: refOut(f.recommendation.source, lang) } : null,
    values,
  };
}

export function crossTabItem(l: Pick<Landscape, 'crosstabs' | 'n' | 'gaps' | 'percent'>, i: number, lang: Lang): CrossTabReport {
  const { request, result: x } = l.crosstabs[i]!;
  const chosen = l.percent === 'none' ? null : x.percentages[l.percent];
  const side = (s: CrossTab['rows']) => s.categories.map((c, k) => ({ key: c.kind === 'code' ? c.code : c.kind, label: categoryLabel(c, lang, s.spec), total: s.totals[k]! }));
  const test = summariseTest(x, lang, l.n, l.gaps.options.smallSelection);
  return {
    row: formatSpec(request.row),
    col: formatSpec(request.col),
    rowLabel: specLabel(request.row, lang),
    colLabel: specLabel(request.col, lang),
    rowCategories: side(x.rows),
    colCategories: side(x.columns),
    table: x.counts,
    colPercent: x.columnPercents.map((r) => r.map((s) => s.printed)),
    percentages: chosen && {
      base: chosen.base,
      label: translator(lang)(`landscape.crosstab.percentCaption.${chosen.base}`),
      cells: chosen.cells.map((r) => r.map((s) => s.printed)),
      rowTotals: chosen.rowTotals.map((s) => s.printed),
      colTotals: chosen.columnTotals.map((s) => s.printed),
      total: chosen.total.printed,
      // A row sums to its total when nobody is in two columns; a column when nobody is in two rows; the whole table needs both.
      addsUpTo100: !((chosen.base !== 'column' && x.columns.overlapping > 0) || (chosen.base !== 'row' && x.rows.overlapping > 0)),
    },
    n: x.n,
    chi2: test.chi2,
    df: test.df,
    p: test.p,
    cramersV: test.cramersV,
    fisherP: test.fisherP,
    method: test.method,
    meaningful: test.meaningful,
    note: test.note,
    caveats: test.caveats,
  };
}

export function landscapePath(l: Pick<Landscape, 'selection' | 'crosstabs' | 'percent'>, lang: Lang, suffix = ''): string {
  const q = landscapeParams(
    l.selection,
    l.crosstabs.map((x) => x.request),
    l.percent,
  ).toString();
  return `/${lang}/landscape${suffix}${q ? `?${q}` : ''}`;
}

export function buildReport(l: Landscape, lang: Lang): LandscapeReport {
  const t = translator(lang);
  const s = l.summary;
  const sources = new Map(l.gaps.options.prevalence.map((p) => [p.id, p]));
  const notes: string[] = [];
  if (l.n === 0) notes.push(t('landscape.gap.selectionEmpty.explanation'));
  else if (s.smallSelection) notes.push(t('landscape.smallSelectionNote', { n: l.n }));
  return {
    n: l.n,
    lang,
    generatedAt: l.generatedAt,
    selection: selectionJson(l.selection),
    share: landscapePath(l, lang),
    percent: l.percent,
    areas: l.areas,
    smallSelection: s.smallSelection,
    notes,
    socialIsolation: shareOut(s.socialIsolation),
    axes: Object.fromEntries(
      AXIS_NAMES.map((axis) => {
        const f = s.axes[axis];
        const fig = studyFigureFor(axis);
        return [
          axis,
          {
            label: AXES[axis].label[lang],
            multi: f.multi,
            note: f.multi ? t('landscape.multiAxisNote') : null,
            n: f.n,
            codes: f.codes.map((c) => codeOut(axis, c, lang)),
            ...(f.withoutCode ? { withoutCode: shareOut(f.withoutCode) } : {}),
            mentions: f.mentions,
            ...(fig ? { studyFigure: refOut(fig, lang) } : {}),
          },
        ];
      }),
    ),
    elementsPerInitiative: {
      n: s.elementsPerInitiative.n,
      mean: s.elementsPerInitiative.mean,
      buckets: s.elementsPerInitiative.buckets.map((b) => ({ bucket: b.bucket, label: t(`landscape.bucket.${b.bucket}`), ...shareOut(b) })),
    },
    singleElement: { n: s.singleElement.n, elements: s.singleElement.elements.map((c) => codeOut('elements', c, lang)) },
    combinedElements: { n: s.combined.n, minElements: s.combined.minElements, elements: s.combined.elements.map((c) => codeOut('elements', c, lang)) },
    crosstabs: l.crosstabs.map((_, i) => crossTabItem(l, i, lang)),
    gaps: l.gaps.findings.map((f) => gapItem(f, lang, sources)),
  };
}

export { formatCrossTab };
