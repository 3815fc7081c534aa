/**
 * The landscape through HTTP on both engines, with the reconstruction of the
 * study's 133 initiatives imported: the JSON API reproduces the study's
 * tables 3-8 and table 6's chi-square; the page has accessible charts with
 * their tables; CSV and XLSX hold the same figures; the share link
 * reproduces the selection; small selections say where a test is not
 * meaningful; the PDF prints when Chromium is there.
 */
import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import type { LandscapeReport } from '../../src/landscape/service/report.js';
import { STUDY_133 } from './fixtures/study-133.js';
import { STUDY_TABLES, TABLE_6 } from './fixtures/study-tables.js';

const SOURCE = 'reconstruction of study 003 (not raw data)';
const STUDY = `source=${encodeURIComponent(SOURCE)}`;

describeDatabases('landscape: API, page and downloads on the study’s 133 initiatives', (ctx) => {
  const h = useApp(ctx);
  before(async () => {
    await saveInitiatives(ctx.database.db, STUDY_133, { actor: { id: null, label: 'test' }, defaultSource: 'study' });
    // Other published initiatives from another source, so the source filter matters.
    await saveInitiatives(ctx.database.db, STUDY_133.slice(0, 7).map((i) => ({ ...i, id: `other-${i.id}`, source: 'other round' })), { actor: { id: null, label: 'test' }, defaultSource: 'other' });
  });
  const get = async (url: string) => h.app.inject({ method: 'GET', url });
  const json = async (url: string) => {
    const r = await get(url);
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as LandscapeReport;
  };

  it('GET /api/v1/landscape reproduces the percentages of the study’s tables 3-8 and table 6’s chi-square', async () => {
    const r = await json(`/api/v1/landscape?${STUDY}&crosstab=${TABLE_6.spec}`);
    assert.equal(r.n, 133);
    for (const [axis, expected] of Object.entries(STUDY_TABLES)) {
      for (const [code, pct] of Object.entries(expected.percent)) {
        const c = r.axes[axis]!.codes.find((x) => x.code === code);
        assert.ok(c, `${axis}.${code}`);
        assert.equal(c.percent, pct, `${expected.table}: ${axis}.${code} is ${c.percent}, the study prints ${pct}`);
      }
      assert.equal(r.axes[axis]!.multi, expected.multi, `${axis} multi`);
      if (expected.multi) assert.match(r.axes[axis]!.note ?? '', /several answers possible/i);
    }
    assert.equal(r.socialIsolation.percent, 31.6, 'table 5, social isolation');
    const x = r.crosstabs[0]!;
    assert.equal(`${x.row},${x.col}`, TABLE_6.spec);
    assert.deepEqual(x.table, TABLE_6.table);
    assert.deepEqual(x.colPercent, TABLE_6.colPercent);
    assert.equal(x.chi2!.toFixed(3), '12.242');
    assert.equal(x.df, 1);
    assert.ok(x.p! < 0.001);
    assert.equal(x.meaningful, true);
    assert.equal(x.fisherP, null, 'chi-square is meaningful: no Fisher p reported');
    assert.equal(x.method, 'pearson_chi_square');
    assert.ok(x.cramersV! > 0.3 && x.cramersV! < 0.31);
    // Figure 5 and figure 7 (elements per initiative; which element among the 33 with one).
    const b = Object.fromEntries(r.elementsPerInitiative.buckets.map((k) => [k.bucket, k]));
    assert.deepEqual([b['1']!.count, b['2']!.percent, b['3']!.percent], [33, 29.3, 28.6]);
    assert.deepEqual(r.singleElement.elements.map((e) => [e.code, e.percent]), [['meeting', 39.4], ['other', 27.3], ['detection_referral', 15.2], ['psychological', 9.1], ['psychoeducation', 9.1]]);
    assert.equal(r.combinedElements.n, 100);
    assert.equal(r.combinedElements.elements[0]!.code, 'meeting');
    assert.equal(r.combinedElements.elements[0]!.percent, 82);
    // The gaps say what they are based on and what the study recommends, with its section.
    const meeting = r.gaps.find((g) => g.rule === 'meeting_reliance')!;
    assert.match(meeting.explanation, /^71\.4% of the initiatives \(95 of 133\)/);
    assert.ok(meeting.basedOn.some((x) => x.studyFigure?.item === 'table 3'));
    assert.match(meeting.recommendation!.source.citation, /§3\.2\.4/);
    for (const g of r.gaps.filter((x) => x.severity !== 'info')) assert.ok(g.recommendation, `${g.id} has a recommendation`);
  });

  it('is in the OpenAPI document, with its parameters', async () => {
    const doc = (await get('/openapi.json')).json() as { paths: Record<string, { get?: { parameters: { name: string }[] } }> };
    const op = doc.paths['/api/v1/landscape']?.get;
    assert.ok(op);
    const names = op.parameters.map((p) => p.name);
    for (const n of ['source', 'elements', 'area', 'registered_from', 'registered_to', 'social_isolation', 'crosstab', 'lang']) assert.ok(names.includes(n), n);
  });

  it('refuses an unknown axis or code with a 400 naming the parameter', async () => {
    const r = await get('/api/v1/landscape?crosstab=colour,prevention');
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /crosstab/);
    assert.equal((await get('/api/v1/landscape?elements=yoga')).statusCode, 400);
  });

  it('the page: charts are accessible SVG with a title and a description, each beside its data table; no inline styles', async () => {
    const r = await get(`/en/landscape?${STUDY}&crosstab=${TABLE_6.spec}`);
    assert.equal(r.statusCode, 200);
    const doc = new JSDOM(r.body).window.document;
    const charts = [...doc.querySelectorAll('svg.lchart')];
    assert.ok(charts.length >= 14, `${charts.length} charts`);
    for (const svg of charts) {
      assert.equal(svg.getAttribute('role'), 'img');
      const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
      assert.equal(svg.querySelector('title')!.id, titleId);
      assert.equal(svg.querySelector('desc')!.id, descId);
      assert.ok(svg.querySelector('title')!.textContent!.trim());
      assert.ok(svg.querySelector('desc')!.textContent!.trim());
      for (const g of svg.querySelectorAll(':scope > g')) assert.equal(g.getAttribute('aria-hidden'), 'true', 'marks are hidden from assistive technology');
      const block = svg.closest('.figure-table')!;
      assert.ok(block.querySelector('table'), 'a data table beside the chart');
    }
    assert.equal(doc.querySelectorAll('[style]').length, 0, 'no style attributes (CSP style-src self)');
    assert.equal(doc.querySelectorAll('style, script').length, 0, 'no inline style or script elements');
    // No heading repeats the one above it (a section's h2 and its first figure's h3 said the same).
    const headings = [...doc.querySelectorAll('h1, h2, h3')].map((h) => h.textContent!.trim());
    assert.deepEqual(headings.filter((h, i) => h === headings[i - 1]), [], 'no heading repeated right after itself');
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    // The numbers are in the tables; table 6 with its test.
    const text = doc.body.textContent!;
    assert.match(text, /Chi² = 12\.242 \(df = 1\), p < 0\.001/);
    assert.match(text, /71\.4%/);
    assert.match(text, /133 initiatives in this selection/);
    // The form works without JavaScript: a GET form to the page itself.
    const form = doc.querySelector('form.landscape-form')!;
    assert.equal(form.getAttribute('method'), 'get');
    assert.equal(form.getAttribute('action'), '/en/landscape');
  });

  it('the page in Dutch and French', async () => {
    const nl = await get(`/nl/landscape?${STUDY}`);
    assert.match(nl.body, /Landschap en hiaten/);
    assert.match(nl.body, /71,4%/);
    const fr = await get(`/fr/landscape?${STUDY}`);
    assert.match(fr.body, /Paysage et lacunes/);
  });

  it('the share link reproduces the selection and its cross-tabs', async () => {
    const r = await get(`/en/landscape?${STUDY}&prevention=primary,secondary&social_isolation=false&crosstab=${TABLE_6.spec}&crosstab=prevention,geographic_level`);
    const doc = new JSDOM(r.body).window.document;
    const share = doc.querySelector('#share-link')!.getAttribute('href')!;
    const url = new URL(share);
    assert.equal(url.pathname, '/en/landscape');
    assert.deepEqual(url.searchParams.getAll('crosstab'), [TABLE_6.spec, 'prevention,geographic_level']);
    const direct = await json(`/api/v1/landscape?${STUDY}&prevention=primary,secondary&social_isolation=false&crosstab=${TABLE_6.spec}&crosstab=prevention,geographic_level`);
    const viaShare = await json(`/api/v1/landscape${url.search}`);
    assert.deepEqual({ ...viaShare, generatedAt: '' }, { ...direct, generatedAt: '' });
    assert.equal(direct.n, STUDY_133.filter((i) => ['primary', 'secondary'].includes(i.prevention) && !i.social_isolation).length);
  });

  it('percent=row: the API, the page (caption, totals, form, share link) and the CSV/XLSX carry row percentages and say so — the study’s 15.8% (§2.2.6)', async () => {
    // Seed 003, §2.2.6: "slechts 15,8% van de lokale besturen richt zich tot volwassenen" — rows = primary actor, columns = age group.
    const q = `${STUDY}&crosstab=primary_actor:local_government,age_groups:adults&percent=row`;
    const api = await json(`/api/v1/landscape?${q}`);
    assert.equal(api.percent, 'row');
    const p = api.crosstabs[0]!.percentages!;
    assert.equal(p.base, 'row');
    assert.equal(p.cells[1]![1], 15.8);
    assert.equal(p.cells[0]![1], 42.1);
    assert.deepEqual(p.rowTotals, [100, 100]);
    assert.equal(p.label, 'Row percentages: each row adds up to 100%');
    assert.equal((await json(`/api/v1/landscape?${STUDY}&crosstab=${TABLE_6.spec}&percent=none`)).crosstabs[0]!.percentages, null);
    assert.equal((await get(`/api/v1/landscape?percent=rows`)).statusCode, 400);

    const doc = new JSDOM((await get(`/en/landscape?${q}`)).body).window.document;
    const table = doc.querySelector('table.crosstab')!;
    assert.match(table.querySelector('caption')!.textContent!, /Row percentages: each row adds up to 100%$/);
    assert.equal(table.querySelectorAll('thead th').length, 3, 'no / yes / total');
    const localGov = [...table.querySelectorAll('tbody tr')][1]!;
    assert.match(localGov.textContent!, /\(15\.8%\).*\(100\.0%\)|\(15\.8%\).*\(100%\)/);
    assert.ok(doc.querySelector('input[name=percent][value=row]')!.hasAttribute('checked'), 'the form keeps the choice');
    assert.equal(new URL(doc.querySelector('#share-link')!.getAttribute('href')!).searchParams.get('percent'), 'row');
    const fr = new JSDOM((await get(`/fr/landscape?${q}`)).body).window.document;
    assert.match(fr.querySelector('table.crosstab caption')!.textContent!, /Pourcentages en ligne\u00a0: chaque ligne totalise 100\u00a0%$/);
    assert.match(fr.querySelector('table.crosstab')!.textContent!, /15,8\u00a0%/);

    const rows = parse((await get(`/nl/landscape.csv?${q}`)).body, { bom: true, columns: true }) as Record<string, string>[];
    const mine = rows.filter((x) => x.section === 'crosstab');
    assert.deepEqual([mine[0]!.row, mine[0]!.value, mine[0]!.label], ['(percent)', 'row', 'Rijpercentages: elke rij telt op tot 100%']);
    const cell = mine.find((x) => x.row === 'yes' && x.column === 'yes')!;
    assert.deepEqual([Number(cell.percent), Number(cell.of), cell.note], [15.8, 57, 'row_percent']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await get(`/nl/landscape.xlsx?${q}`)).rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('1 '))!;
    const header = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Rijpercentages')!;
    assert.ok(header, 'a header row that names the percentages');
    assert.equal(sheet.getRow(header.number + 2).getCell(3).value, 15.8);
  });

  it('adding a cross-tab with the form redirects to the canonical (shareable) URL', async () => {
    const r = await get(`/en/landscape?${STUDY}&crosstab=${TABLE_6.spec}&add_row=prevention&add_col=social_isolation`);
    assert.equal(r.statusCode, 303);
    const to = new URL(r.headers.location as string, 'http://x');
    assert.deepEqual(to.searchParams.getAll('crosstab'), [TABLE_6.spec, 'prevention,social_isolation']);
    assert.equal(to.searchParams.get('source'), SOURCE);
    const incomplete = await get(`/en/landscape?add_row=prevention&add_col=`);
    assert.equal(incomplete.statusCode, 303);
    assert.equal(incomplete.headers.location, '/en/landscape');
  });

  it('CSV: one long table holding the same figures as the JSON report', async () => {
    const report = await json(`/api/v1/landscape?${STUDY}&crosstab=${TABLE_6.spec}`);
    const r = await get(`/en/landscape.csv?${STUDY}&crosstab=${TABLE_6.spec}`);
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^text\/csv/);
    assert.match(r.headers['content-disposition'] as string, /attachment; filename="verbind-landscape-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse(r.body, { bom: true, columns: true }) as Record<string, string>[];
    for (const [axis, a] of Object.entries(report.axes)) {
      for (const c of a.codes) {
        const row = rows.find((x) => x.section === 'axis' && x.table === axis && x.row === c.code)!;
        assert.equal(Number(row.count), c.count);
        assert.equal(row.percent === '' ? null : Number(row.percent), c.percent);
        assert.equal(Number(row.of), report.n);
      }
    }
    const cell = rows.find((x) => x.section === 'crosstab' && x.table === TABLE_6.spec && x.row === 'yes' && x.column === 'yes')!;
    assert.deepEqual([Number(cell.count), Number(cell.percent), Number(cell.of)], [64, 83.1, 77]);
    const chi2 = rows.find((x) => x.section === 'crosstab_test' && x.table === TABLE_6.spec && x.row === 'chi2')!;
    assert.equal(Number(chi2.value), report.crosstabs[0]!.chi2);
    assert.equal(rows.filter((x) => x.section === 'gap').length, report.gaps.length);
  });

  it('XLSX: one sheet per table, with the same figures', async () => {
    const r = await get(`/nl/landscape.xlsx?${STUDY}&crosstab=${TABLE_6.spec}`);
    assert.equal(r.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    assert.equal(names.length, 1 + 10 + 1 + 3 + 1 + 1, names.join(' | '));
    assert.ok(names.includes('Potentieel werkzame elementen'));
    assert.ok(names.includes('Hiatenanalyse'));
    const elements = wb.getWorksheet('Potentieel werkzame elementen')!;
    const meeting = elements.getRows(1, elements.rowCount)!.find((row) => row.getCell(2).value === 'meeting')!;
    assert.deepEqual([meeting.getCell(3).value, meeting.getCell(4).value], [95, 71.4]);
    const x = wb.worksheets.find((w) => w.name.startsWith('1 '))!;
    const values = x.getSheetValues().flat().filter((v) => typeof v === 'number');
    for (const v of [25, 13, 31, 64, 44.6, 16.9, 55.4, 83.1]) assert.ok(values.includes(v), `${v} in the cross-tab sheet`);
  });

  it('JSON download equals the API in the page’s language', async () => {
    const r = await get(`/fr/landscape.json?${STUDY}`);
    assert.match(r.headers['content-disposition'] as string, /\.json"/);
    const api = await json(`/api/v1/landscape?${STUDY}&lang=fr`);
    assert.deepEqual({ ...(r.json() as LandscapeReport), generatedAt: '' }, { ...api, generatedAt: '' });
  });

  it('a selection of fewer than 10 initiatives works and says where a test is not meaningful instead of printing a p-value', async () => {
    const r = await json(`/api/v1/landscape?source=other%20round&crosstab=${TABLE_6.spec}&crosstab=prevention,geographic_level`);
    assert.equal(r.n, 7);
    assert.equal(r.smallSelection, true);
    assert.match(r.notes.join(' '), /only 7 initiatives/);
    for (const x of r.crosstabs) {
      assert.equal(x.meaningful, false);
      assert.equal(x.p, null, 'no chi-square p-value');
      assert.match(x.note, /not meaningful|cannot|No test/i);
      assert.ok(x.caveats.some((c) => /fewer than 10/i.test(c)) || x.method === 'none');
    }
    assert.ok(r.gaps.some((g) => g.rule === 'small_selection'));
    const page = await get(`/en/landscape?source=other%20round&crosstab=${TABLE_6.spec}`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(new JSDOM(page.body).window.document.querySelector('.test-result')!.textContent!, /Chi² = .*p [=<]/);
  });

  it('an empty selection: a page and a report with zeros, never NaN', async () => {
    const r = await json(`/api/v1/landscape?source=nobody&crosstab=${TABLE_6.spec}`);
    assert.equal(r.n, 0);
    assert.equal(r.axes.elements!.codes[0]!.percent, null);
    assert.doesNotMatch(JSON.stringify(r), /NaN/);
    const page = await get('/en/landscape?source=nobody');
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /NaN/);
  });

  it('PDF: printed by Chromium when it is there, otherwise 503 with a clear message', async (t) => {
    const saved = process.env.VERBIND_CHROMIUM;
    try {
      process.env.VERBIND_CHROMIUM = '/nonexistent/chromium';
      const missing = await get(`/en/landscape.pdf?${STUDY}`);
      assert.equal(missing.statusCode, 503);
      assert.match(missing.body, /Chromium/);
      assert.match(missing.body, /CSV, Excel or JSON/);
    } finally {
      if (saved === undefined) delete process.env.VERBIND_CHROMIUM;
      else process.env.VERBIND_CHROMIUM = saved;
    }
    const chromium = process.env.VERBIND_CHROMIUM ?? '/usr/bin/chromium';
    if (!existsSync(chromium)) return t.skip(`no Chromium at ${chromium}`);
    const r = await get(`/en/landscape.pdf?${STUDY}&crosstab=${TABLE_6.spec}`);
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    assert.equal(r.headers['content-type'], 'application/pdf');
    assert.equal(r.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.ok(r.rawPayload.length > 20_000);
  });
});
