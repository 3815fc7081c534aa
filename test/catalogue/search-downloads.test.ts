/**
 * The search results as CSV and XLSX and as a print list (issue 14): the same query as the search
 * page, every result rather than one page, labels in the page's language, and cells neutralised
 * against formula injection (OWASP "CSV Injection") as every other download.
 */
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';

describeDatabases('search results: CSV, XLSX and print list', (ctx) => {
  const h = useApp(ctx);
  before(async () => {
    const items = Array.from({ length: 25 }, (_, i) => initiative({ id: `buurt-${i}`, name: `Buurtkoffie ${String(i).padStart(2, '0')}`, elements: ['meeting'] }));
    items.push(initiative({ id: 'evil', name: '=HYPERLINK("https://evil.example","Buurtkoffie klik")', organisation: '+32 9 123 45 67', elements: ['meeting'] }));
    items.push(initiative({ id: 'other', name: 'Wandelclub', elements: ['leisure'] }));
    await saveInitiatives(ctx.database.db, items, { actor: { id: null, label: 'test' }, defaultSource: 'test' });
  });
  const get = (url: string) => h.app.inject({ method: 'GET', url });

  it('CSV: every result of the query (not one page of 20), Dutch headers and labels, formulas neutralised', async () => {
    const r = await get('/nl/initiatives.csv?q=buurtkoffie&pageSize=5&page=2');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^text\/csv/);
    assert.match(r.headers['content-disposition'] as string, /attachment; filename="verbind-initiatives-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse(r.body.replace(/^\uFEFF/, '')) as string[][];
    assert.deepEqual(rows[0]!.slice(0, 4), ['id', 'Naam', 'Organisatie', 'Werkzame elementen']);
    assert.equal(rows.length - 1, 26, '25 coffee mornings and the hostile one, not the walking club');
    const evil = rows.find((x) => x[0] === 'evil')!;
    assert.equal(evil[1], `'=HYPERLINK("https://evil.example","Buurtkoffie klik")`);
    assert.equal(evil[2], "'+32 9 123 45 67");
    assert.equal(evil[3], 'Ontmoeten');
    assert.match(evil.at(-1)!, /^http:\/\/.+\/nl\/initiatives\/evil$/);
  });

  it('XLSX: the same rows in French, with the formula shown as text', async () => {
    const r = await get('/fr/initiatives.xlsx?q=buurtkoffie');
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getCell('B1').value, 'Nom');
    assert.equal(ws.rowCount, 27);
    const names = Array.from({ length: 26 }, (_, i) => ws.getCell(`B${i + 2}`).value);
    assert.ok(names.includes(`'=HYPERLINK("https://evil.example","Buurtkoffie klik")`));
    assert.ok(!names.some((n) => typeof n === 'object' && n !== null), 'no cell is a formula');
  });

  it('the print list holds every result; the search page links to the three with the same query', async () => {
    const list = await get('/en/search/print?elements=leisure');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /1 initiative for this search/);
    assert.match(list.body, /Wandelclub/);
    assert.doesNotMatch(list.body, /Buurtkoffie/);
    const page = await get('/nl/?q=buurtkoffie&page=2');
    assert.match(page.body, /href="\/nl\/initiatives\.csv\?q=buurtkoffie"/);
    assert.match(page.body, /href="\/nl\/initiatives\.xlsx\?q=buurtkoffie"/);
    assert.match(page.body, /href="\/nl\/search\/print\?q=buurtkoffie"/);
    const bad = await get('/nl/initiatives.csv?elements=nonsense');
    assert.equal(bad.statusCode, 400, 'an unknown code is a located 400, as on the search page');
  });
});
