/**
 * Cells of every CSV and XLSX file Verbind writes, made safe to open in a
 * spreadsheet (CSV or formula injection, OWASP "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection): a text cell that
 * starts with =, +, -, @, tab or carriage return would be read as a formula
 * (=HYPERLINK(…) in a public submission), so it gets a leading apostrophe,
 * which spreadsheets show as text and do not evaluate.
 *
 * Numbers stay numbers: only strings are touched, and a string that is just
 * a decimal number ("-3.5") is left alone, as a spreadsheet reads it as that
 * number, never as a formula.
 *
 * The rule is reversible (restoreCell), so files that Verbind reads back
 * (the interchange CSV) round-trip unchanged: a cell that already starts with
 * apostrophes before such a character gets one more, and reading removes
 * exactly one.
 */
import { stringify, type Options as CsvOptions } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';

const TRIGGER = /^'*[=+\-@\t\r]/;
const RESTORE = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The cell as written to a CSV or XLSX file: text that a spreadsheet would evaluate gets a leading "'". */
export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string' || !TRIGGER.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** The inverse of neutraliseCell, for files Verbind reads back (the interchange CSV). */
export function restoreCell(cell: string): string {
  return RESTORE.test(cell) ? cell.slice(1) : cell;
}

/** CSV text of the rows (header first), every cell neutralised. The one CSV writer of Verbind's exports. */
export function csvText(rows: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  return stringify(rows.map((r) => r.map(neutraliseCell)), options);
}

/** Neutralises every text cell of the workbook, then writes it: the one XLSX writer of Verbind's exports. */
export async function xlsxBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = neutraliseCell(cell.value);
      }),
    ),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
