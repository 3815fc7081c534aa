import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { csvText, neutraliseCell, restoreCell, xlsxBuffer } from '../../src/platform/spreadsheet-cells.js';

// OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection):
// cells starting with =, +, -, @, tab or carriage return are prefixed with "'".
const HOSTILE = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', "'=x", "''-y"];

describe('spreadsheet cells (CSV and formula injection)', () => {
  it('prefixes text a spreadsheet would evaluate, and restores it exactly', () => {
    for (const v of HOSTILE) {
      const out = neutraliseCell(v);
      assert.equal(out, `'${v}`, JSON.stringify(v));
      assert.equal(restoreCell(out as string), v);
    }
  });

  it('leaves numbers, numeric text and ordinary text alone', () => {
    for (const v of [-3.5, 0, 42, null, true, '-3.5', '+32', '1e-5', 'Gent', "l'amitié", '', 'a=b']) {
      assert.equal(neutraliseCell(v), v, JSON.stringify(v));
      if (typeof v === 'string') assert.equal(restoreCell(v), v);
    }
  });

  it('writes CSV with every hostile cell neutralised and numbers as they are', () => {
    const rows = parse(csvText([['name', 'value'], ...HOSTILE.map((h, i) => [h, -i])])) as string[][];
    for (const [name, value] of rows.slice(1)) {
      assert.match(name!, /^'/);
      assert.match(value!, /^(0|-\d)$/);
    }
  });

  it('writes XLSX with every hostile text cell neutralised and negative numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('t');
    for (const h of HOSTILE) ws.addRow([h, -1.5]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await xlsxBuffer(wb)) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    // XML turns a lone carriage return into a line feed; what matters is the "'" before it.
    back.getWorksheet('t')!.eachRow((r) => rows.push([String(r.getCell(1).value).replace("'\n", "'\r"), r.getCell(2).value]));
    assert.deepEqual(rows, HOSTILE.map((h) => [`'${h}`, -1.5]));
  });
});
