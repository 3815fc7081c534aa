import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { saveInitiatives } from '../../src/initiatives/store/repository.js';
import { importAreaHierarchy, importBoundaries } from '../../src/areas/service/import.js';
import { importPopulation } from '../../src/monitor/store/population.js';
import { estimateMonitor } from '../../src/monitor/service/estimate.js';
import { importRates } from '../../src/monitor/store/rates.js';
import { estimateRecords } from '../../src/monitor/service/estimate-records.js';
import { DOWNLOAD_STEPS } from '../../src/monitor/import-steps.js';
import { chromiumAvailable } from '../../src/platform/chromium.js';
import { SUPPLY_INLINE_MAX } from '../../src/monitor/web/SupplyTables.js';
import { isPseudoArea } from '../../src/monitor/service/pages-data.js';
import { DATA, FAKE_MUNICIPALITIES, populationText, REFNIS_SMALL, SECTORS_2025_SMALL } from '../areas/files.js';
import { signedIn } from '../accounts/web-client.js';

const enc = (s: string) => new TextEncoder().encode(s);
const TOPO = new Uint8Array(readFileSync(`${DATA}geo/belgium-municipalities-2019.topojson`));
const ZONES = new Uint8Array(readFileSync(`${DATA}areas/eerstelijnszones-2025.csv`));

/** The rows of the main table: code → cells (text). */
function tableRows(html: string): Map<string, string[]> {
  const start = html.indexOf('id="figure-table"');
  const table = html.slice(start, html.indexOf('</table>', start));
  const out = new Map<string, string[]>();
  for (const m of table.matchAll(/<tr id="row-([^"]+)">(.*?)<\/tr>/g)) {
    out.set(m[1]!, [...m[2]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')));
  }
  return out;
}

const rowOrder = (html: string) => [...tableRows(html).keys()];
const nlInt = (n: number) => new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 }).format(n);
const nlPct = (n: number) => new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

describeDatabases('monitor pages', (ctx) => {
  const h = useApp(ctx);
  const db = () => ctx.database.db;

  it('without population: the public reads a plain sentence; a signed-in admin gets the files to download and the two import commands', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/nl/monitor' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Nog geen bevolkingsgegevens/);
    assert.match(res.body, /De beheerder van deze site heeft de officiële bevolkingscijfers nog niet ingelezen/);
    assert.doesNotMatch(res.body, /npx verbind|import-population/, 'no developer command for the public');
    const { client } = await signedIn(h.app, 'admin');
    const html = (await client.get('/nl/monitor')).body;
    const required = DOWNLOAD_STEPS.filter((s) => s.required);
    assert.equal(required.length, 2);
    for (const s of required) {
      assert.ok(html.includes(s.command), s.command);
      assert.ok(html.includes(s.url));
    }
    assert.match(html, /href="\/nl\/monitor"/, 'nav link');
    const svg = await h.app.inject({ method: 'GET', url: '/nl/monitor/map.svg' });
    assert.equal(svg.statusCode, 409);
    const api = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates' });
    assert.equal(api.statusCode, 409);
    assert.match(api.json().detail, /import-population/);
  });

  it('with data: map and table carry the same areas and figures; suppressed areas show no figure and the threshold is stated', async () => {
    await importAreaHierarchy(ctx.database, REFNIS_SMALL, { label: 'TU_COM_REFNIS.txt' });
    await importAreaHierarchy(ctx.database, SECTORS_2025_SMALL, { label: 'sectors-2025.csv' });
    await importBoundaries(ctx.database, TOPO, { level: 'municipality', label: 'belgium-municipalities-2019.topojson' });
    await importPopulation(db(), enc(populationText()), { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    await saveInitiatives(
      db(),
      [
        initiative({ id: 'A', areas: ['46003'], elements: ['meeting', 'social_activities'], age_groups: ['older'] }),
        initiative({ id: 'B', areas: ['46030', '11002'], elements: ['befriending'], age_groups: ['all_ages'] }),
        initiative({ id: 'C', areas: ['12041'], elements: ['mindfulness', 'psychological'], age_groups: ['adults'], name: 'Mindful Puurs' }),
      ],
      { actor: SYSTEM, defaultSource: 'test' },
    );
    const est = await estimateMonitor(db(), { level: 'municipality', indicators: ['loneliness_often'] });
    const res = await h.app.inject({ method: 'GET', url: '/nl/monitor?level=municipality&indicator=loneliness_often' });
    assert.equal(res.statusCode, 200, res.body.slice(0, 500));
    const html = res.body;
    const rows = tableRows(html);
    assert.deepEqual([...rows.keys()].sort(), est.areas.map((a) => a.code).sort(), 'one row per area');
    const mapLinks = [...html.matchAll(/<a href="#row-([^"]+)" aria-label="([^"]*)"/g)];
    assert.deepEqual(mapLinks.map((m) => m[1]).sort(), est.areas.map((a) => a.code).sort(), 'one map link per area');
    const label = new Map(mapLinks.map((m) => [m[1]!, m[2]!]));
    for (const a of est.areas) {
      const e = a.indicators.loneliness_often!;
      const cells = rows.get(a.code)!;
      assert.equal(cells[0], a.name);
      assert.equal(cells[2], nlInt(a.population));
      if (a.suppression) {
        assert.match(cells[3]!, /geen cijfer/);
        assert.ok(!cells.some((c) => c.includes('%')));
        assert.match(label.get(a.code)!, /geen cijfer/);
        // The right reason: hidden to protect a small neighbour is not "fewer than 100 residents".
        const reason = a.suppression.reason === 'complementary' ? /verborgen zodat een klein gebied/ : /minder dan 100 inwoners/;
        assert.match(cells[3]!, reason);
        assert.match(label.get(a.code)!, reason);
      } else {
        assert.equal(cells[3], nlInt(e.count!));
        assert.equal(cells[4], nlPct(e.percent!));
        // The default table gives this indicator no bounds: an interval collapsed to one value is no margin, and says so.
        assert.equal(cells[5], nlInt(e.low!) === nlInt(e.high!) ? 'geen marge' : `${nlInt(e.low!)}–${nlInt(e.high!)}`);
        assert.ok(label.get(a.code)!.includes(`${nlPct(e.percent!)} %`), label.get(a.code));
        assert.ok(label.get(a.code)!.includes(nlInt(e.count!)));
      }
    }
    const herstappe = est.areas.find((a) => a.code === '73028')!;
    assert.ok(herstappe.suppression, 'the tiny municipality is suppressed');
    const below = est.areas.filter((a) => a.suppression?.reason === 'below-threshold').length;
    const complementary = est.areas.filter((a) => a.suppression?.reason === 'complementary').length;
    assert.ok(html.includes(`minder dan 100 inwoners tonen we geen cijfers (${below === 1 ? '1 gebied hier' : `${below} gebieden hier`})`), 'the threshold counts only the areas below it');
    assert.equal(html.includes('ook zonder cijfer, niet omdat'), complementary > 0);
    assert.match(html, /fill="url\(#monitor-map-nodata\)"/);
    // Supply columns
    assert.equal(rows.get('46030')![6], '2', 'A (old code 46003) and B');
    assert.equal(rows.get('46030')![7], '1', 'A has social activities');
    assert.equal(rows.get('12041')![7], '1');
    assert.equal(rows.get('21004')![6], '0');
    // On a phone the table's rows stack; the column names beside the cells come from a stylesheet (no inline style under the CSP).
    assert.match(html, /<link rel="stylesheet" href="\/nl\/monitor\/tables\.css"/);
    const css = await h.app.inject({ method: 'GET', url: '/nl/monitor/tables.css' });
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.ok(css.body.includes('#figure-table td:nth-of-type(2)::before{content:"Inwoners"}'), css.body.slice(0, 300));
    // method
    assert.match(html, /Hoe deze schattingen tot stand komen/);
    assert.match(html, /samenstelling van de bevolking, niet de lokale omstandigheden/);
    assert.match(html, /Gebruikte brontabellen/);
  });

  it('sorts the table by column through links', async () => {
    const byPop = await h.app.inject({ method: 'GET', url: '/nl/monitor?sort=population&dir=asc' });
    const est = await estimateMonitor(db(), { level: 'municipality', indicators: ['loneliness_often'] });
    const asc = [...est.areas].sort((a, b) => a.population - b.population).map((a) => a.code);
    assert.deepEqual(rowOrder(byPop.body), asc);
    const desc = await h.app.inject({ method: 'GET', url: '/nl/monitor?sort=population&dir=desc' });
    assert.deepEqual(rowOrder(desc.body), [...asc].reverse());
    assert.match(byPop.body, /href="\/nl\/monitor\?level=municipality&amp;sort=population&amp;dir=desc#table"/, 'the active column links to the other direction');
    const byPct = rowOrder((await h.app.inject({ method: 'GET', url: '/nl/monitor?sort=percent&dir=desc' })).body);
    assert.equal(byPct[byPct.length - 1], '73028', 'areas without a figure last');
    const bad = await h.app.inject({ method: 'GET', url: '/nl/monitor?sort=nonsense' });
    assert.equal(bad.statusCode, 400);
  });

  it('shows supply per category, element and age group, and ranks high-need, low-supply areas with what is missing', async () => {
    const html = (await h.app.inject({ method: 'GET', url: '/en/monitor' })).body;
    // A few municipalities: the tables are on the map page; the supply page has them too (many areas: store-synthetic.test.ts).
    assert.ok(tableRows(html).size <= SUPPLY_INLINE_MAX);
    assert.ok(html.includes('id="supply-element"'));
    const supplyPage = await h.app.inject({ method: 'GET', url: '/en/monitor/supply?level=municipality' });
    assert.equal(supplyPage.statusCode, 200);
    const tables = supplyPage.body;
    assert.match(tables, /<h1>Supply per municipality<\/h1>/);
    const table = (id: string) => tables.slice(tables.indexOf(`id="${id}"`), tables.indexOf('</table>', tables.indexOf(`id="${id}"`)));
    const rowOf = (tbl: string, name: string) => [...tbl.matchAll(/<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/g)].find((m) => m[1] === name)?.[2]?.match(/>(\d+)</g)?.map((x) => Number(x.slice(1, -1)));
    const cats = table('supply-category');
    assert.match(cats, /Social facilitation/);
    assert.deepEqual(rowOf(cats, 'Puurs-Sint-Amands'), [0, 1, 0, 0, 0, 0], 'C: mindfulness and psychological are psychological therapy');
    const ages = table('supply-age');
    assert.ok(rowOf(ages, 'Puurs-Sint-Amands')!.includes(1));
    assert.match(table('supply-element'), /Mindfulness \*/);
    const ranking = html.slice(html.indexOf('id="ranking"'), html.indexOf('id="method"'));
    const ranked = [...ranking.matchAll(/<li id="rank-(\d+)">/g)].map((m) => m[1]);
    // No local initiative with an effective element: Antwerpen (only befriending) and Brussel (nothing); the higher estimated share first, not the larger town.
    const share = new Map((await estimateMonitor(db(), { level: 'municipality', indicators: ['loneliness_often'] })).areas.map((a) => [a.code, a.indicators.loneliness_often!.percent!]));
    assert.deepEqual(ranked.slice(0, 2), ['11002', '21004'].sort((a, b) => share.get(b)! - share.get(a)!));
    const brussel = ranking.slice(ranking.indexOf('id="rank-21004"'), ranking.indexOf('</li></ul>', ranking.indexOf('id="rank-21004"')) + 1000);
    assert.match(brussel, /Missing effective elements<\/dt><dd>Mindfulness, /);
    assert.match(brussel, /href="\/en\/initiatives\/C"[^>]*>Mindful Puurs<\/a>/, 'an initiative elsewhere offering a missing element');
    assert.match(brussel, /href="\/en\/\?elements=mindfulness"/);
    assert.ok(!ranking.includes('rank-73028'), 'suppressed areas are not ranked');
    // Beside the need map: a supply map and a need-against-supply map, drawn on its shapes, with their table.
    assert.match(html, /<svg [^>]*aria-labelledby="supply-map-title"/);
    assert.match(html, /<g fill="#7a0177">(<use href="#a-[0-9]+"><\/use>)*<use href="#a-21004"><\/use>/, 'Brussel: no local initiative with an effective element');
    const gapTable = html.slice(html.indexOf('id="supply-maps-table"'), html.indexOf('</table>', html.indexOf('id="supply-maps-table"')));
    assert.match(gapTable, /<th scope="row">Puurs-Sint-Amands<\/th><td>1<\/td><td>0<\/td><td>[\d,]+<\/td>/, 'C: one local initiative with an effective element');
  });

  it('limits the view to a focus area', async () => {
    await importAreaHierarchy(ctx.database, ZONES, { label: 'eerstelijnszones-2025.csv' });
    const html = (await h.app.inject({ method: 'GET', url: '/nl/monitor?focus=region:04000' })).body;
    assert.deepEqual(rowOrder(html), ['21004']);
    assert.equal([...html.matchAll(/<a href="#row-[^"]+" aria-label=/g)].length, 1);
    assert.match(html, /<option value="region:02000">Vlaams Gewest<\/option>/);
    assert.ok(html.includes('id="supply-element"'), 'a focused view of few areas shows the supply tables in place');
  });

  it('draws care zones and regions from their municipalities, one keyboard-reachable area per row', async () => {
    for (const level of ['zone', 'region'] as const) {
      const html = (await h.app.inject({ method: 'GET', url: `/nl/monitor?level=${level}` })).body;
      const rows = [...tableRows(html).keys()].sort();
      const mapLinks = [...html.matchAll(/<a href="#row-([^"]+)" aria-label="[^"]*"/g)].map((m) => m[1]!).sort();
      assert.ok(rows.length > 0, level);
      assert.deepEqual(mapLinks, rows, `${level}: every area in the table is on the map`);
      assert.doesNotMatch(html, /geen grens op de kaart/, level);
    }
  });

  it('downloads the table as CSV and XLSX with the same figures, and the map as SVG (and PNG with Chromium)', async (t) => {
    const est = await estimateMonitor(db(), { level: 'municipality', indicators: ['loneliness_often'] });
    const csv = await h.app.inject({ method: 'GET', url: '/nl/monitor/table.csv?sort=code&dir=asc' });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="verbind-monitor-municipality-loneliness_often-2024\.csv"/);
    const records = parseCsv(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    assert.deepEqual(records.map((r) => r.code), est.areas.map((a) => a.code));
    const cli = estimateRecords(est);
    for (const r of records) {
      const c = cli.find((x) => x.code === r.code)! as unknown as { population: number; loneliness_often: { count: number | null; percent: number | null } };
      assert.equal(r.population, String(c.population));
      assert.equal(r.loneliness_often_count, c.loneliness_often.count === null ? '' : String(c.loneliness_often.count));
      assert.equal(r.loneliness_often_percent, c.loneliness_often.percent === null ? '' : String(c.loneliness_often.percent));
    }
    assert.equal(records.find((r) => r.code === '73028')!.suppressed, 'yes');
    assert.equal(records.find((r) => r.code === '12041')!.element_mindfulness, '1');
    // The wider supply beside the local one (issue 9): none of these initiatives covers a wider area here.
    assert.deepEqual(Object.keys(records[0]!).filter((k) => k.startsWith('initiatives')), ['initiatives', 'initiatives_effective', 'initiatives_wider', 'initiatives_wider_effective']);
    assert.ok(records.every((r) => r.initiatives_wider === '0'));

    const xlsx = await h.app.inject({ method: 'GET', url: '/nl/monitor/table.xlsx?sort=code&dir=asc' });
    assert.equal(xlsx.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const ws = wb.getWorksheet('monitor')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const xrows = [];
    for (let i = 2; i <= ws.rowCount; i++) xrows.push(Object.fromEntries(header.map((hd, j) => [String(hd), ws.getRow(i).getCell(j + 1).value])));
    assert.deepEqual(xrows.map((r) => r.code), records.map((r) => r.code));
    for (const [i, r] of records.entries()) {
      assert.equal(String(xrows[i]!.loneliness_often_percent ?? ''), r.loneliness_often_percent);
      assert.equal(String(xrows[i]!.population), r.population);
    }

    const svg = await h.app.inject({ method: 'GET', url: '/nl/monitor/map.svg' });
    assert.equal(svg.statusCode, 200);
    assert.match(String(svg.headers['content-type']), /^image\/svg\+xml/);
    assert.ok(svg.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg '));
    assert.match(svg.body, /xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.equal([...svg.body.matchAll(/<a href="#row-[^"]+" aria-label=/g)].length, est.areas.length);
    assert.ok(svg.body.trimEnd().endsWith('</svg>'));
    assert.ok(!/<script/i.test(svg.body));
    // Ready for a report: title, indicator, level and year on top, legend and source line inside.
    assert.match(svg.body, />Vaak of altijd eenzaam: geschat aandeel per gemeente</i);
    assert.match(svg.body, />Indicator: [^<]+ · niveau: gemeente · bevolking op 1 januari 2024, gebieden van 2025</);
    assert.match(svg.body, />Bron: Verbind-gebiedsmonitor, schatting uit de bevolkingssamenstelling \(TF_SOC_POP_STRUCT_2024\.txt\)/);
    assert.match(svg.body, /class="legend"/);

    if (!chromiumAvailable()) {
      t.skip('Chromium is not installed at /usr/bin/chromium');
      return;
    }
    const png = await h.app.inject({ method: 'GET', url: '/nl/monitor/map.png' });
    assert.equal(png.statusCode, 200);
    assert.equal(png.headers['content-type'], 'image/png');
    assert.deepEqual([...png.rawPayload.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('lets the analyst choose the prevalence model: an imported flat rate of 20 % gives 20 % everywhere', async () => {
    const csv = 'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source\nloneliness_often,,,,,,0.2,0.15,0.25,Test: one rate for everyone\n';
    await importRates(db(), enc(csv), { label: 'flat-20.csv' });
    const page = await h.app.inject({ method: 'GET', url: '/nl/monitor?level=municipality&model=flat-20' });
    assert.equal(page.statusCode, 200, page.body.slice(0, 300));
    const rows = tableRows(page.body);
    let checked = 0;
    for (const cells of rows.values()) {
      if (cells[3]!.includes('geen cijfer')) continue;
      const population = Number(cells[2]!.replace(/\./g, ''));
      // Computed by hand: a flat rate r gives r × population, and r × 100 percent, with bounds 15 % and 25 %.
      assert.equal(cells[4], nlPct(20));
      assert.equal(cells[3], nlInt(0.2 * population));
      assert.equal(cells[5], `${nlInt(0.15 * population)}–${nlInt(0.25 * population)}`);
      checked++;
    }
    assert.ok(checked > 0);
    // 20 % everywhere, each area's range 15–25 %: the spread (0) is smaller than the uncertainty, so one class and a sentence.
    assert.match(page.body, /De verschillen tussen de gebieden zijn kleiner dan de onzekerheid van de schatting/);
    assert.equal(new Set([...page.body.matchAll(/<a href="#row-[^"]+" aria-label="[^"]*" fill="(#[0-9a-f]+)"/g)].map((m) => m[1])).size, 1, 'one colour');
    // The form shows the imported table ticked and the built-in ones not; links and downloads keep the choice.
    assert.ok(/<input type="checkbox" id="m-model-flat-20"[^>]*checked=""/.test(page.body), 'the imported table is ticked');
    assert.ok(!/id="m-model-statbel-2024"[^>]*checked=""/.test(page.body), 'the default tables are not');
    assert.ok(/href="\/nl\/monitor\/table\.csv\?[^"]*model=flat-20/.test(page.body), 'downloads keep the model');
    assert.ok(/href="\/nl\/monitor\?[^"]*model=flat-20[^"]*#table"/.test(page.body), 'sorting links keep the model');
    // Repeated checkboxes (the form) work like a comma list; an unknown table is a clear 400 that names it.
    const both = await h.app.inject({ method: 'GET', url: '/nl/monitor?level=municipality&model=flat-20&model=social-typology' });
    assert.equal(both.statusCode, 200);
    const bad = await h.app.inject({ method: 'GET', url: '/nl/monitor?model=nope' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /nope/);
    // The API takes the same choice, as the CLI's --model.
    const api = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?level=municipality&model=flat-20' });
    assert.equal(api.statusCode, 200);
    for (const r of api.json() as { population: number; loneliness_often: { percent: number | null } }[]) if (r.loneliness_often.percent !== null) assert.equal(r.loneliness_often.percent, 20);
    assert.equal((await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?model=nope' })).statusCode, 400);
  });

  it("an analyst's own indicator (a local survey's measure) appears on the page, in the map download with its source, and in the API like the built-in ones", async () => {
    const csv = [
      'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source,label_nl,label_fr,label_en',
      'local_survey_lonely,,,,,,0.3,0.25,0.35,Bevraging Gemeente X 2025 (eigen analyse),Eenzaam volgens de lokale bevraging,Seul(e) selon l’enquête locale,Lonely in the local survey',
    ].join('\n');
    await importRates(db(), enc(csv), { label: 'local-survey.csv' });
    // Without choosing a table: the indicator list offers it, labelled as the file says.
    const page = await h.app.inject({ method: 'GET', url: '/fr/monitor?level=municipality&indicator=local_survey_lonely' });
    assert.equal(page.statusCode, 200, page.body.slice(0, 300));
    assert.match(page.body, /<option value="local_survey_lonely" selected="">Seul\(e\) selon l’enquête locale<\/option>/);
    assert.match(page.body, /<cite>Bevraging Gemeente X 2025 \(eigen analyse\)<\/cite>/, 'its source is cited as the file gives it');
    // Computed by hand: one rate of 30 % for everyone gives 30 % in every area with a figure.
    let checked = 0;
    for (const cells of tableRows(page.body).values()) {
      if (/\d/.test(cells[4]!) && !cells[3]!.includes('chiffre')) {
        assert.equal(cells[4], new Intl.NumberFormat('fr-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(30));
        checked++;
      }
    }
    assert.ok(checked > 0);
    const svg = await h.app.inject({ method: 'GET', url: '/nl/monitor/map.svg?level=municipality&indicator=local_survey_lonely' });
    assert.match(svg.body, />Eenzaam volgens de lokale bevraging: geschat aandeel per gemeente/);
    assert.match(svg.body, /Bevraging Gemeente X 2025 \(eigen analyse\)/, 'the download carries its source');
    // The built-in default figures do not change by the import.
    const often = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?level=zone&indicator=loneliness_often' });
    assert.deepEqual(often.json(), JSON.parse(JSON.stringify(estimateRecords(await estimateMonitor(db(), { level: 'zone', indicators: ['loneliness_often'] })))));
    // The API: estimated like the built-in ones; an unknown name is a located 400 that lists the known ones.
    const api = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?level=municipality&indicator=local_survey_lonely' });
    assert.equal(api.statusCode, 200);
    const recs = api.json() as { local_survey_lonely: { percent: number | null } }[];
    assert.ok(recs.some((r) => r.local_survey_lonely.percent === 30));
    const unknown = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?indicator=happiness' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().errors[0].field, 'query.indicator');
    assert.match(unknown.json().detail, /unknown indicator happiness; known: loneliness_often, .*local_survey_lonely/);
    const badName = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?indicator=Not%20a%20name' });
    assert.equal(badName.statusCode, 400);
    assert.equal(badName.json().errors[0].field, 'query.indicator');
    // OpenAPI: the indicator is an open string with a pattern; the built-in ones are documented.
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const param = (doc.paths['/api/v1/monitor/estimates'].get.parameters as { name: string; schema: { type: string; pattern?: string; enum?: unknown }; description?: string }[]).find((p) => p.name === 'indicator')!;
    assert.equal(param.schema.type, 'string');
    assert.ok(param.schema.pattern, 'a pattern, not an enum');
    assert.equal(param.schema.enum, undefined);
    assert.match(param.description ?? JSON.stringify(param.schema), /loneliness_often/);
  });

  it('the JSON API gives the same records as the CLI estimate and is in the OpenAPI document', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?level=municipality' });
    assert.equal(res.statusCode, 200);
    const cli = estimateRecords(await estimateMonitor(db(), { level: 'municipality' }));
    assert.deepEqual(res.json(), JSON.parse(JSON.stringify(cli)));
    const one = await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?level=zone&indicator=loneliness_often' });
    assert.deepEqual(one.json(), JSON.parse(JSON.stringify(estimateRecords(await estimateMonitor(db(), { level: 'zone', indicators: ['loneliness_often'] })))));
    assert.equal((await h.app.inject({ method: 'GET', url: '/api/v1/monitor/estimates?indicator=nope' })).statusCode, 400);
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    assert.ok(doc.paths['/api/v1/monitor/estimates']?.get);
  });

  it('opens on Flanders and Brussels; "all of Belgium" adds the other areas, and pseudo-areas never show', async () => {
    const luik = { code: '62063', name: 'Luik', district: '62000', province: '60000', region: '03000', size: 5 };
    await importPopulation(db(), enc(populationText([...FAKE_MUNICIPALITIES, luik])), { label: 'TF_SOC_POP_STRUCT_2024.txt' });
    const home = (await h.app.inject({ method: 'GET', url: '/fr/monitor?level=municipality' })).body;
    assert.ok(!rowOrder(home).includes('62063') && rowOrder(home).includes('21004'), 'Liège is outside Flanders and Brussels');
    assert.ok(!home.includes('id="rank-62063"'));
    assert.match(home, /<option value="" selected="">Flandre et Bruxelles<\/option><option value="all">Toute la Belgique<\/option>/);
    const all = (await h.app.inject({ method: 'GET', url: '/fr/monitor?level=municipality&focus=all' })).body;
    assert.ok(rowOrder(all).includes('62063'));
    assert.equal(isPseudoArea('municipality', '99999'), true);
    assert.equal(isPseudoArea('sector', '99991ZZZZ'), true);
    assert.equal(isPseudoArea('zone', 'elz92'), true);
    assert.equal(isPseudoArea('zone', 'elz57'), false);
    assert.equal(isPseudoArea('sector', '11002ZZZZ'), false, "a municipality's own \"not localisable\" sector has residents of that municipality");
  });
});
