/** Reads a survey export (CSV or XLSX) into a header row and data rows of strings. */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface Table {
  headers: string[];
  rows: string[][];
}

export class TableReadError extends Error {}

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip container

export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (isXlsx(bytes)) return readXlsx(bytes, fileName);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: false, skip_empty_lines: true, bom: true });
  } catch (e) {
    throw new TableReadError(`${fileName}: not a readable CSV file (${(e as Error).message})`);
  }
  const [headers, ...rows] = records;
  if (!headers) throw new TableReadError(`${fileName}: the file is empty`);
  return { headers: headers.map((h) => h.trim()), rows };
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new TableReadError(`${fileName}: not a readable XLSX file (${(e as Error).message})`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new TableReadError(`${fileName}: the workbook has no sheet`);
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value));
    all.push(values);
  });
  const [headers, ...rows] = all;
  if (!headers) throw new TableReadError(`${fileName}: the first sheet is empty`);
  return { headers: headers.map((h) => h.trim()), rows };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result); // formula
    return '';
  }
  return String(v);
}
