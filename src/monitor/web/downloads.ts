/**
 * Downloads of the area monitor: the map as SVG (the page's choropleth, standalone, with an XML
 * prolog, a heading block and a source line, ready for a report) and PNG (that SVG rasterised by
 * src/platform/chromium.ts; 503 when Chromium is absent), and the table as CSV and XLSX with the
 * same figures as the page: local supply and, beside it, the initiatives active from a wider area.
 */
import { noteText } from '../notes.js';
import { csvText, xlsxBuffer } from '../../platform/spreadsheet-cells.js';
import ExcelJS from 'exceljs';
import { BRUSANO_CATEGORIES, codesOf, AXES } from '../../vocabulary/matrix.js';
import { indicatorLabel } from '../rates.js';
import type { MonitorRow, MonitorView } from '../service/pages-data.js';

export const SVG_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/** Header and rows of the table download (the page's table plus the supply per category, element and age group). */
export function tableRows(view: MonitorView): { header: string[]; rows: (string | number | null)[][] } {
  const ind = view.indicator;
  const elements = codesOf('elements');
  const ages = AXES.age_groups.codes.map((c) => c.code);
  const header = [
    'code',
    'name',
    'level',
    'population',
    'suppressed',
    'suppression_reason',
    `${ind}_count`,
    `${ind}_percent`,
    `${ind}_low`,
    `${ind}_high`,
    'initiatives',
    'initiatives_effective',
    'initiatives_wider',
    'initiatives_wider_effective',
    ...BRUSANO_CATEGORIES.map((c) => `category_${c.code}`),
    ...elements.map((e) => `element_${e}`),
    ...ages.map((a) => `age_${a}`),
  ];
  const hidden = (r: MonitorRow) => r.suppression !== null;
  const collapsed = (r: MonitorRow) => r.low !== null && r.high !== null && Math.round(r.low) === Math.round(r.high);
  const rows = view.rows.map((r) => [
    r.code,
    r.name,
    view.query.level,
    Math.round(r.population),
    hidden(r) ? 'yes' : 'no',
    r.suppression?.reason ?? '',
    hidden(r) ? null : r1(r.count),
    hidden(r) ? null : r2(r.percent),
    // An interval that collapses to one value (the source gave no bounds) is no margin: left empty.
    hidden(r) || collapsed(r) ? null : r1(r.low),
    hidden(r) || collapsed(r) ? null : r1(r.high),
    r.supply.initiatives,
    r.supply.effective,
    r.supply.wider.initiatives,
    r.supply.wider.effective,
    ...BRUSANO_CATEGORIES.map((c) => r.supply.byCategory[c.code] ?? 0),
    ...elements.map((e) => r.supply.byElement[e] ?? 0),
    ...ages.map((a) => r.supply.byAgeGroup[a] ?? 0),
  ]);
  return { header, rows };
}

export function tableCsv(view: MonitorView): string {
  const { header, rows } = tableRows(view);
  return csvText([header, ...rows.map((r) => r.map((v) => (v === null ? '' : v)))]);
}

export async function tableXlsx(view: MonitorView): Promise<Buffer> {
  const { header, rows } = tableRows(view);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Verbind';
  const ws = wb.addWorksheet('monitor');
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const about = wb.addWorksheet('about');
  const e = view.estimate;
  about.addRows([
    ['indicator', view.indicator, indicatorLabel(view.indicator, 'en', view.estimate.model)],
    ['population year', e.populationYear],
    ['areas year', e.areasYear],
    ['population source', e.sources.population],
    ['suppression threshold', e.threshold, `areas with fewer than ${e.threshold} residents get no figures (suppression_reason below-threshold); complementary: hidden so a small neighbouring area cannot be worked out by subtraction`],
    ['initiatives', 'local supply: initiatives whose own areas are the area or lie inside it; initiatives_effective: of which offering an effective element'],
    ['initiatives_wider', 'wider supply, beside the local one and not counted in it: initiatives active here from a wider area (province, region, the whole country); initiatives_wider_effective: of which offering an effective element'],
    ['method', 'indirect standardisation: rates by age, sex, civil status and nationality applied to the population; reflects composition, not local circumstances'],
    ...view.tables.map((t) => ['rate table', t.id, t.citation]),
    ...e.notes.map((n) => ['note', noteText(n, 'en')]),
  ]);
  return xlsxBuffer(wb);
}
