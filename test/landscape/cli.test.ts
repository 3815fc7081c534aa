/**
 * `npx verbind report` as a researcher runs it, on the study's 133 initiatives
 * imported with `npx verbind import`: the JSON holds the study's figures and
 * table 6's chi-square, the other formats the same figures; wrong usage exits
 * with 2, a missing Chromium with 1. On the embedded database and on
 * PostgreSQL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { engines } from '../support/databases.js';
import { createPostgresDatabase, runCli } from '../cli/run-cli.js';
import type { LandscapeReport } from '../../src/landscape/service/report.js';
import { STUDY_133 } from './fixtures/study-133.js';
import { STUDY_TABLES, TABLE_6 } from './fixtures/study-tables.js';

function checkStudy(r: LandscapeReport) {
  assert.equal(r.n, 133);
  for (const [axis, expected] of Object.entries(STUDY_TABLES)) {
    for (const [code, pct] of Object.entries(expected.percent)) assert.equal(r.axes[axis]!.codes.find((c) => c.code === code)!.percent, pct, `${expected.table} ${axis}.${code}`);
  }
  const x = r.crosstabs.find((c) => `${c.row},${c.col}` === TABLE_6.spec)!;
  assert.deepEqual(x.table, TABLE_6.table);
  assert.deepEqual(x.colPercent, TABLE_6.colPercent);
  assert.equal(x.chi2!.toFixed(3), '12.242');
  assert.equal(x.df, 1);
  assert.ok(x.p! < 0.001);
}

for (const engine of engines()) {
  describe(`verbind report [${engine}]`, () => {
    let dir: string;
    let env: Record<string, string | undefined>;
    let drop: (() => Promise<void>) | undefined;
    const cli = (...args: string[]) => runCli(args, { cwd: dir, env });

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'verbind-report-'));
      if (engine === 'postgres') {
        const pg = await createPostgresDatabase();
        drop = pg.drop;
        env = { DATABASE_URL: pg.url, VERBIND_DATA_DIR: undefined };
      } else env = { VERBIND_DATA_DIR: join(dir, 'data'), DATABASE_URL: undefined };
      await writeFile(join(dir, 'study.json'), JSON.stringify(STUDY_133));
      const r = await cli('import', 'study.json');
      assert.equal(r.code, 0, r.stderr);
    });
    after(async () => {
      await drop?.();
      await rm(dir, { recursive: true, force: true });
    });

    it('--format json: the study’s tables 3-8 and table 6 with chi² = 12.242 (df 1, p < 0.001)', async () => {
      const r = await cli('report', '--crosstab', TABLE_6.spec, '--crosstab', 'prevention,geographic_level', '--format', 'json');
      assert.equal(r.code, 0, r.stderr);
      checkStudy(JSON.parse(r.stdout) as LandscapeReport);
    });

    it('--filter: axis codes (OR), and source', async () => {
      const r = await cli('report', '--filter', 'prevention=tertiary', '--filter', `source=${STUDY_133[0]!.source}`, '--format', 'json', '--out', 'tertiary.json');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Wrote the landscape of 18 initiatives \(json\) to tertiary\.json/);
      const report = JSON.parse(await readFile(join(dir, 'tertiary.json'), 'utf8')) as LandscapeReport;
      assert.equal(report.n, 18);
      assert.deepEqual(report.selection.prevention, ['tertiary']);
      const none = await cli('report', '--filter', 'source=no such round', '--format', 'json');
      assert.equal((JSON.parse(none.stdout) as LandscapeReport).n, 0);
    });

    it('--format csv, xlsx and html hold the same figures', async () => {
      assert.equal((await cli('report', '--crosstab', TABLE_6.spec, '--format', 'csv', '--out', 'l.csv')).code, 0);
      const rows = parse(await readFile(join(dir, 'l.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      assert.equal(rows.find((x) => x.section === 'axis' && x.table === 'elements' && x.row === 'meeting')!.percent, '71.4');
      assert.equal(Number(rows.find((x) => x.section === 'crosstab_test' && x.row === 'chi2')!.value).toFixed(3), '12.242');

      assert.equal((await cli('report', '--crosstab', TABLE_6.spec, '--format', 'xlsx', '--out', 'l.xlsx', '--lang', 'nl')).code, 0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'l.xlsx'));
      assert.ok(wb.worksheets.some((w) => w.name.startsWith('Type interventie (preventie')), 'sheet names cut to Excel’s 31 characters');

      const html = await cli('report', '--crosstab', TABLE_6.spec, '--format', 'html', '--lang', 'fr');
      assert.equal(html.code, 0, html.stderr);
      assert.match(html.stdout, /^<!doctype html><html lang="fr">/);
      assert.match(html.stdout, /<style>/, 'self-contained: the stylesheet is inline');
      assert.match(html.stdout, /<svg[^>]* role="img"/);
      assert.match(html.stdout, /Khi² = 12,242 \(ddl = 1\), p &lt; 0,001/);
      assert.doesNotMatch(html.stdout, /<form/);
    });

    it('wrong usage exits with 2 and says what is wrong', async () => {
      const unknownCode = await cli('report', '--filter', 'elements=yoga', '--format', 'json');
      assert.equal(unknownCode.code, 2);
      assert.match(unknownCode.stderr, /--filter elements/);
      const badCross = await cli('report', '--crosstab', 'colour,prevention', '--format', 'json');
      assert.equal(badCross.code, 2);
      assert.match(badCross.stderr, /--crosstab/);
      const noFormat = await cli('report');
      assert.equal(noFormat.code, 2);
      assert.match(noFormat.stderr, /--format is required/);
      const help = await cli('report', '--help');
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: npx verbind report \[--filter AXIS=CODE\[,CODE\]\]\.\.\. \[--filter source=NAME\] \[--crosstab ROW,COL\]\.\.\./);
    });

    it('--format pdf: printed by Chromium, or exit 1 with a clear message without it', async (t) => {
      const missing = await runCli(['report', '--format', 'pdf', '--out', 'x.pdf'], { cwd: dir, env: { ...env, VERBIND_CHROMIUM: '/nonexistent/chromium' } });
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /Chromium was not found.*json, csv, xlsx, html/s);
      assert.equal(existsSync(join(dir, 'x.pdf')), false);
      if (engine !== 'pglite') return; // printing is the same on either engine
      const chromium = process.env.VERBIND_CHROMIUM ?? '/usr/bin/chromium';
      if (!existsSync(chromium)) return t.skip(`no Chromium at ${chromium}`);
      const r = await cli('report', '--crosstab', TABLE_6.spec, '--format', 'pdf', '--out', 'l.pdf');
      assert.equal(r.code, 0, r.stderr);
      assert.equal((await readFile(join(dir, 'l.pdf'))).subarray(0, 5).toString(), '%PDF-');
    });
  });
}
