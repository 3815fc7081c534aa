/**
 * Reads a survey export (CSV or XLSX) into a header row and data rows of
 * strings, within the documented limits (src/edge/limits.ts): an XLSX is
 * checked from its zip directory and its sheets' `<dimension>` before it is
 * inflated, cells are read as they are (never every column up to the widest),
 * and text that cannot be stored (NUL, lone surrogates) is a located error.
 *
 * The server and the CLI call `readTableOffThread`: the parse runs in a worker
 * thread with a time and memory limit, once per upload (the table is kept with
 * the upload, not the file).
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { TABLE_LIMITS, XLSX_ZIP_LIMITS } from '../../edge/limits.js';
import { columnLetters, listEntries, readHead, sheetDimension, zipProblem } from '../../edge/zip-guard.js';
import { badCharacter } from '../../edge/bad-text.js';
import { runInWorker, WorkerLimitError, WorkerTaskError } from '../../edge/worker.js';

export interface Table {
  headers: string[];
  rows: string[][];
}

/** `limit`: beyond a documented limit; `text`: a cell holds text that cannot be stored; else not readable. */
export type TableProblem = 'unreadable' | 'limit' | 'text';

export class TableReadError extends Error {
  constructor(message: string, readonly kind: TableProblem = 'unreadable') {
    super(message);
    this.name = 'TableReadError';
  }
}

type Limits = { readonly [K in keyof typeof TABLE_LIMITS]: number };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip container

/** Reads the table in a worker thread (time and memory limited); the same errors as readTable. */
export async function readTableOffThread(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.byteLength > TABLE_LIMITS.maxFileBytes) throw new TableReadError(`${fileName}: the file is larger than ${TABLE_LIMITS.maxFileBytes / 1024 / 1024} MB`, 'limit');
  try {
    return await runInWorker<Table>(new URL(import.meta.url), 'readTable', [bytes, fileName], { timeMs: TABLE_LIMITS.maxParseMs, memoryMb: TABLE_LIMITS.maxParseMemoryMb });
  } catch (e) {
    if (e instanceof WorkerTaskError && e.errorName === 'TableReadError') throw new TableReadError(e.message, (e.kind as TableProblem | undefined) ?? 'unreadable');
    if (e instanceof WorkerLimitError) throw new TableReadError(`${fileName}: ${e.message}`, 'limit');
    throw e;
  }
}

/** Reads the table on the calling thread: call it in a worker (readTableOffThread) wherever a request waits. */
export async function readTable(bytes: Uint8Array, fileName: string, limits: Limits = TABLE_LIMITS): Promise<Table> {
  const table = isZip(bytes) ? await readXlsx(bytes, fileName, limits) : readCsv(bytes, fileName, limits);
  checkText(table, fileName);
  return table;
}

function readCsv(bytes: Uint8Array, fileName: string, limits: Limits): Table {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: false, skip_empty_lines: true, bom: true, to: limits.maxRows + 2 });
  } catch (e) {
    throw new TableReadError(`${fileName}: not a readable CSV file (${(e as Error).message})`);
  }
  const [headers, ...rows] = records;
  if (!headers) throw new TableReadError(`${fileName}: the file is empty`);
  checkExtent(fileName, rows.length, headers.length, limits);
  return { headers: headers.map((h) => h.trim()), rows };
}

function checkExtent(fileName: string, rows: number, columns: number, limits: Limits, where = ''): void {
  if (columns > limits.maxColumns) throw new TableReadError(`${fileName}${where}: ${columns.toLocaleString('en')} columns; at most ${limits.maxColumns.toLocaleString('en')} are read`, 'limit');
  if (rows > limits.maxRows) throw new TableReadError(`${fileName}${where}: more than ${limits.maxRows.toLocaleString('en')} rows; split the file`, 'limit');
  if (rows * columns > limits.maxCells) throw new TableReadError(`${fileName}${where}: ${(rows * columns).toLocaleString('en')} cells; at most ${limits.maxCells.toLocaleString('en')} are read`, 'limit');
}

/** Refuses a zip bomb or a sheet that claims a huge extent, inflating at most a few kilobytes of each sheet. */
async function checkXlsxContainer(bytes: Uint8Array, fileName: string, limits: Limits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, autoClose: false });
  } catch (e) {
    throw new TableReadError(`${fileName}: not a readable XLSX file (${(e as Error).message})`);
  }
  try {
    const entries = await listEntries(zip);
    const problem = zipProblem(entries, XLSX_ZIP_LIMITS);
    if (problem) throw new TableReadError(`${fileName}: ${problem}`, 'limit');
    for (const e of entries.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/i.test(x.fileName))) {
      const dim = sheetDimension(await readHead(zip, e, 16 * 1024, '<sheetData'));
      if (dim) checkExtent(fileName, dim.rows - 1, dim.columns, limits, ` › ${e.fileName} (the sheet spans ${dim.ref})`);
    }
  } catch (e) {
    if (e instanceof TableReadError) throw e;
    throw new TableReadError(`${fileName}: not a readable XLSX file (${(e as Error).message})`);
  } finally {
    zip.close();
  }
}

async function readXlsx(bytes: Uint8Array, fileName: string, limits: Limits): Promise<Table> {
  await checkXlsxContainer(bytes, fileName, limits);
  const { default: Excel } = await import('exceljs'); // loaded only for XLSX: a worker reading a CSV starts faster
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new TableReadError(`${fileName}: not a readable XLSX file (${(e as Error).message})`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new TableReadError(`${fileName}: the workbook has no sheet`);
  // Only the cells that are there: a sheet with one cell at XFD1 is not 16,384 columns of empty strings per row.
  const all: string[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (all.length > limits.maxRows) throw new TableReadError(`${fileName}: more than ${limits.maxRows.toLocaleString('en')} rows; split the file`, 'limit');
    const values: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > limits.maxColumns) throw new TableReadError(`${fileName}, cell ${columnLetters(col)}${rowNumber}: column ${col.toLocaleString('en')}; at most ${limits.maxColumns.toLocaleString('en')} columns are read`, 'limit');
      values[col - 1] = cellText(cell.value);
    });
    width = Math.max(width, values.length);
    all.push(values);
  });
  checkExtent(fileName, Math.max(0, all.length - 1), width, limits);
  const padded = all.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const [headers, ...rows] = padded;
  if (!headers) throw new TableReadError(`${fileName}: the first sheet is empty`);
  return { headers: headers.map((h) => h.trim()), rows };
}

/** NUL characters and lone surrogates cannot be stored: the first one is named by row and column. */
function checkText(table: Table, fileName: string): void {
  const rows = [table.headers, ...table.rows];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const bad = badCharacter(row[c]!);
      if (bad) {
        const column = r === 0 ? `column ${columnLetters(c + 1)}` : `column ${columnLetters(c + 1)}${table.headers[c] ? ` ("${table.headers[c]}")` : ''}`;
        throw new TableReadError(`${fileName}, row ${r + 1}, ${column}: ${bad.message} (character ${bad.position})`, 'text');
      }
    }
  }
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
