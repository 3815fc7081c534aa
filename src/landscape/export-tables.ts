/**
 * The report as tables: one CSV (long format) and one XLSX workbook (a sheet
 * per table). Both are written from the JSON report (report.ts), so they hold
 * the same figures.
 *
 * CSV: ONE file in long ("tidy") format rather than a zip of files or a file
 * with several header blocks. Every figure is one row
 *   section, table, row, column, count, of, percent, value, label, note
 * so the file opens as a single sheet, filters and pivots in a spreadsheet,
 * and loads in R or pandas without unpacking or splitting; a CSV with several
 * header blocks cannot be read by standard CSV readers, and a zip cannot be
 * opened by most people without an extra step. UTF-8 with a byte order mark
 * (Excel reads accents right), comma-separated, RFC 4180 quoting.
 */
import { csvText, xlsxBuffer } from '../platform/spreadsheet-cells.js';
import ExcelJS from 'exceljs';
import { AXIS_NAMES } from '../vocabulary/matrix.js';
import { translator, type LandscapeReport } from './service/report.js';

export const CSV_COLUMNS = ['section', 'table', 'row', 'column', 'count', 'of', 'percent', 'value', 'label', 'note'] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

export function reportRows(r: LandscapeReport): CsvRow[] {
  const rows: CsvRow[] = [];
  rows.push({ section: 'selection', table: 'selection', row: 'n', value: r.n });
  for (const [k, v] of Object.entries(r.selection)) rows.push({ section: 'selection', table: 'selection', row: k, value: Array.isArray(v) ? v.join(',') : String(v) });
  rows.push({ section: 'selection', table: 'selection', row: 'share', value: r.share });
  rows.push({ section: 'selection', table: 'selection', row: 'generated_at', value: r.generatedAt });
  for (const n of r.notes) rows.push({ section: 'selection', table: 'selection', row: 'note', note: n });
  for (const axis of AXIS_NAMES) {
    const a = r.axes[axis]!;
    for (const c of a.codes) rows.push({ section: 'axis', table: axis, row: c.code, count: c.count, of: a.n, percent: c.percent, label: c.label, note: a.multi ? 'multi' : '' });
    if (a.withoutCode) rows.push({ section: 'axis', table: axis, row: '(none)', count: a.withoutCode.count, of: a.n, percent: a.withoutCode.percent, label: translator(r.lang)('landscape.table.withoutCode'), note: 'multi' });
  }
  rows.push({ section: 'social_isolation', table: 'social_isolation', row: 'yes', count: r.socialIsolation.count, of: r.n, percent: r.socialIsolation.percent });
  for (const b of r.elementsPerInitiative.buckets) rows.push({ section: 'elements_per_initiative', table: 'elements_per_initiative', row: b.bucket, count: b.count, of: r.elementsPerInitiative.n, percent: b.percent, label: b.label });
  if (r.elementsPerInitiative.mean !== null) rows.push({ section: 'elements_per_initiative', table: 'elements_per_initiative', row: 'mean', value: r.elementsPerInitiative.mean });
  for (const c of r.singleElement.elements) rows.push({ section: 'single_element', table: 'single_element', row: c.code, count: c.count, of: r.singleElement.n, percent: c.percent, label: c.label });
  for (const c of r.combinedElements.elements) rows.push({ section: 'combined_elements', table: 'combined_elements', row: c.code, count: c.count, of: r.combinedElements.n, percent: c.percent, label: c.label });
  for (const x of r.crosstabs) {
    const name = `${x.row},${x.col}`;
    const p = x.percentages;
    // Which percentages the rows carry, said once per table and in every row's note (`percent` query parameter).
    rows.push({ section: 'crosstab', table: name, row: '(percent)', value: p?.base ?? 'none', label: p?.label ?? translator(r.lang)('landscape.crosstab.percentCaption.none') });
    const note = p ? `${p.base}_percent` : 'count';
    const of = (rowTotal: number | null, colTotal: number | null) => (!p ? null : p.base === 'row' && rowTotal !== null ? rowTotal : p.base === 'column' && colTotal !== null ? colTotal : x.n);
    x.rowCategories.forEach((rc, i) => {
      x.colCategories.forEach((cc, j) =>
        rows.push({ section: 'crosstab', table: name, row: rc.key, column: cc.key, count: x.table[i]![j]!, of: of(rc.total, cc.total), percent: p?.cells[i]![j] ?? null, label: `${rc.label} × ${cc.label}`, note }),
      );
      rows.push({ section: 'crosstab', table: name, row: rc.key, column: '(total)', count: rc.total, of: of(rc.total, null), percent: p?.rowTotals[i] ?? null, label: rc.label, note });
    });
    x.colCategories.forEach((cc, j) => rows.push({ section: 'crosstab', table: name, row: '(total)', column: cc.key, count: cc.total, of: of(null, cc.total), percent: p?.colTotals[j] ?? null, label: cc.label, note }));
    rows.push({ section: 'crosstab', table: name, row: '(total)', column: '(total)', count: x.n, of: p ? x.n : null, percent: p?.total ?? null, note });
    const measures: [string, number | string | boolean | null][] = [
      ['n', x.n], ['chi2', x.chi2], ['df', x.df], ['p', x.p], ['cramers_v', x.cramersV], ['fisher_p', x.fisherP], ['method', x.method], ['meaningful', x.meaningful],
    ];
    for (const [m, v] of measures) rows.push({ section: 'crosstab_test', table: name, row: m, value: v, ...(m === 'meaningful' ? { note: [x.note, ...x.caveats].join(' ') } : {}) });
  }
  for (const g of r.gaps) {
    rows.push({
      section: 'gap',
      table: g.id,
      row: g.severity,
      value: g.title,
      label: g.explanation,
      note: [
        `${translator(r.lang)('landscape.gap.basedOn')}: ${g.basedOn.map((b) => b.text + (b.studyFigure ? ` (${b.studyFigure.citation})` : '')).join('; ')}`,
        g.recommendation ? `${translator(r.lang)('landscape.gap.recommendation')}: ${g.recommendation.text} (${g.recommendation.source.citation})` : '',
      ]
        .filter(Boolean)
        .join(' | '),
    });
  }
  return rows;
}

export function reportCsv(r: LandscapeReport): string {
  const rows = reportRows(r).map((x) => CSV_COLUMNS.map((c) => (x[c] === null || x[c] === undefined ? '' : x[c])));
  return csvText([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows', cast: { boolean: (b) => String(b) } });
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetNamer() {
  const used = new Set<string>();
  return (name: string) => {
    const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet';
    let n = base;
    for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`;
    used.add(n.toLowerCase());
    return n;
  };
}

export async function reportXlsx(r: LandscapeReport): Promise<Buffer> {
  const t = translator(r.lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Verbind';
  wb.created = new Date(r.generatedAt);
  const name = sheetNamer();
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  const sheet = (title: string, header: string[], rows: (string | number | boolean | null)[][], opts: { intro?: string[] } = {}) => {
    const ws = wb.addWorksheet(name(title));
    for (const line of opts.intro ?? []) ws.addRow([line]);
    if (opts.intro?.length) ws.addRow([]);
    bold(ws.addRow(header));
    for (const row of rows) ws.addRow(row.map((v) => (v === null ? '' : v)));
    ws.columns.forEach((c, i) => {
      c.width = i === 0 ? 42 : 14;
    });
    ws.views = [{ state: 'frozen', ySplit: (opts.intro?.length ? opts.intro.length + 1 : 0) + 1 }];
    return ws;
  };

  sheet(
    t('landscape.summary.filters'),
    ['field', 'value'],
    [['n', r.n], ...Object.entries(r.selection).map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(',') : String(v)]), ['share', r.share], ['generated_at', r.generatedAt], ...r.notes.map((n): [string, string] => ['note', n])],
  );
  const pctHeader = (n: number) => t('landscape.table.percentOfN', { n });
  for (const axis of AXIS_NAMES) {
    const a = r.axes[axis]!;
    const rows: (string | number | null)[][] = a.codes.map((c) => [c.label + (c.effective ? ' *' : ''), c.code, c.count, c.percent]);
    if (a.withoutCode) rows.push([t('landscape.table.withoutCode'), '(none)', a.withoutCode.count, a.withoutCode.percent]);
    sheet(a.label, [t('landscape.table.code'), 'code', t('landscape.table.count'), pctHeader(a.n)], rows, { intro: [a.label, ...(a.note ? [a.note] : []), ...(a.studyFigure ? [t('landscape.studyFigure', { ref: a.studyFigure.citation })] : [])] });
  }
  sheet(t('landscape.socialIsolation'), [t('landscape.table.code'), t('landscape.table.count'), pctHeader(r.n)], [[t('landscape.category.yes'), r.socialIsolation.count, r.socialIsolation.percent]]);
  sheet(t('landscape.section.elementsPer'), [t('landscape.table.bucket'), 'bucket', t('landscape.table.count'), pctHeader(r.elementsPerInitiative.n)], r.elementsPerInitiative.buckets.map((b) => [b.label, b.bucket, b.count, b.percent]), {
    intro: r.elementsPerInitiative.mean !== null ? [t('landscape.mean', { mean: Number(r.elementsPerInitiative.mean.toFixed(2)) })] : [],
  });
  sheet(t('landscape.section.single'), [t('landscape.table.element'), 'code', t('landscape.table.count'), pctHeader(r.singleElement.n)], r.singleElement.elements.map((c) => [c.label, c.code, c.count, c.percent]), { intro: [t('landscape.subgroup', { n: r.singleElement.n })] });
  sheet(t('landscape.section.combined'), [t('landscape.table.element'), 'code', t('landscape.table.count'), pctHeader(r.combinedElements.n)], r.combinedElements.elements.map((c) => [c.label, c.code, c.count, c.percent]), { intro: [t('landscape.subgroup', { n: r.combinedElements.n })] });
  r.crosstabs.forEach((x, k) => {
    const ws = wb.addWorksheet(name(`${k + 1} ${x.rowLabel} × ${x.colLabel}`));
    ws.addRow([t('landscape.crosstab.heading', { row: x.rowLabel, col: x.colLabel })]).font = { bold: true };
    ws.addRow([`${x.row},${x.col}`]);
    ws.addRow([]);
    const totalHeader = t('landscape.crosstab.totalColumn');
    bold(ws.addRow([t('landscape.table.count'), ...x.colCategories.map((c) => c.label), totalHeader]));
    x.rowCategories.forEach((rc, i) => ws.addRow([rc.label, ...x.table[i]!, rc.total]));
    ws.addRow([t('landscape.crosstab.total'), ...x.colCategories.map((c) => c.total), x.n]);
    ws.addRow([]);
    const p = x.percentages;
    if (p) {
      // The header names the percentages shown (the `percent` parameter), the line under it what they add up to.
      bold(ws.addRow([t(`landscape.crosstab.percent.${p.base}`), ...x.colCategories.map((c) => c.label), totalHeader]));
      const v = (n: number | null | undefined) => (n === null || n === undefined ? '' : n);
      x.rowCategories.forEach((rc, i) => ws.addRow([rc.label, ...p.cells[i]!.map(v), v(p.rowTotals[i])]));
      ws.addRow([t('landscape.crosstab.total'), ...p.colTotals.map(v), v(p.total)]);
      ws.addRow([p.label]);
      if (!p.addsUpTo100) ws.addRow([t('landscape.crosstab.overlapNote')]);
      ws.addRow([]);
    }
    bold(ws.addRow([t('landscape.crosstab.test')]));
    for (const [m, v] of [['n', x.n], ['chi2', x.chi2], ['df', x.df], ['p', x.p], ['cramers_v', x.cramersV], ['fisher_p', x.fisherP], ['method', x.method], ['meaningful', x.meaningful]] as const) ws.addRow([m, v === null ? '' : v]);
    ws.addRow([x.note]);
    for (const c of x.caveats) ws.addRow([c]);
    ws.columns.forEach((c, i) => {
      c.width = i === 0 ? 42 : 16;
    });
  });
  sheet(
    t('landscape.section.gaps'),
    [t('landscape.gap.severity'), 'id', 'title', 'explanation', t('landscape.gap.basedOn'), t('landscape.gap.recommendation'), 'source'],
    r.gaps.map((g) => [g.severityLabel, g.id, g.title, g.explanation, g.basedOn.map((b) => b.text + (b.studyFigure ? ` (${b.studyFigure.citation})` : '')).join('; '), g.recommendation?.text ?? '', g.recommendation?.source.citation ?? '']),
  );
  return xlsxBuffer(wb);
}
