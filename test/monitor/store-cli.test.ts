import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.js';
import { createPostgresDatabase, runCli } from '../cli/run-cli.js';
import { populationText, REFNIS_SMALL, SECTORS_2025_SMALL } from '../areas/files.js';

for (const engine of engines()) {
  describe(`verbind import-population / import-area-hierarchy / import-rates / import-areas / estimate (command line, ${engine})`, () => {
    let dir: string;
    let env: Record<string, string | undefined>;
    let drop: (() => Promise<void>) | undefined;
    const cli = (...args: string[]) => runCli(args, { cwd: dir, env });

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'verbind-monitor-cli-'));
      if (engine === 'postgres') {
        const pg = await createPostgresDatabase();
        drop = pg.drop;
        env = { DATABASE_URL: pg.url, VERBIND_DATA_DIR: undefined };
      } else env = { VERBIND_DATA_DIR: join(dir, 'data'), DATABASE_URL: undefined };
      const pop = populationText();
      await writeFile(join(dir, 'TF_SOC_POP_STRUCT_2024.txt'), pop);
      const lines = pop.split('\n');
      lines[3] = lines[3]!.replace(/\|[MF]\|(BEL|ETR)\|/, '|X|$1|');
      await writeFile(join(dir, 'TF_SOC_POP_STRUCT_2023.txt'), lines.join('\n'));
      await writeFile(join(dir, 'TU_COM_REFNIS.txt'), REFNIS_SMALL);
      await writeFile(join(dir, 'sectors-2025.csv'), SECTORS_2025_SMALL);
      await writeFile(join(dir, 'rates.csv'), 'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source\nsocial_isolation,18,,,,,0.1,0.08,0.12,Test\n');
      await writeFile(
        join(dir, 'zones-2025.geojson'),
        JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { elz_code: 'elz29', elz_naam: 'Waasland NO' }, geometry: { type: 'Polygon', coordinates: [[[4.2, 51.2], [4.3, 51.2], [4.3, 51.3], [4.2, 51.2]]] } }] }),
      );
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
      await drop?.();
    });

    it('has full help, and exit code 2 for wrong usage', { skip: engine !== 'pglite' && 'help does not depend on the database' }, async () => {
      for (const name of ['import-population', 'import-areas', 'import-area-hierarchy', 'import-rates', 'estimate']) {
        const r = await cli(name, '--help');
        assert.equal(r.code, 0);
        assert.match(r.stdout, new RegExp(`^Usage: npx verbind ${name}`));
        assert.match(r.stdout, /Exit codes/);
      }
      const r = await cli('estimate', '--format', 'json');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--level is required/);
    });

    it('without population, says where to download it and how to import it (exit 1)', async () => {
      const r = await cli('estimate', '--level', 'municipality');
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /npx verbind import-population TF_SOC_POP_STRUCT_2025\.zip/);
    });

    it('imports population, hierarchy and rates; a bad file is refused line by line', async () => {
      const bad = await cli('import-population', 'TF_SOC_POP_STRUCT_2023.txt');
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /^TF_SOC_POP_STRUCT_2023\.txt, line 4, field CD_SEX, value "X": expected M or F$/m);
      assert.match(bad.stderr, /1 problem found; nothing was imported\./);
      const ok = await cli('import-population', 'TF_SOC_POP_STRUCT_2024.txt');
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /^Imported population by age, sex, nationality and civil status of 1 January 2024 from TF_SOC_POP_STRUCT_2024\.txt: 8 municipalities/);
      assert.match(ok.stderr, /reading 100%/);
      for (const f of ['TU_COM_REFNIS.txt', 'sectors-2025.csv']) {
        const h = await cli('import-area-hierarchy', f);
        assert.equal(h.code, 0, h.stderr);
      }
      const rates = await cli('import-rates', 'rates.csv');
      assert.equal(rates.code, 0, rates.stderr);
      assert.match(rates.stdout, /Imported rate table "rates"/);
      const zones = await cli('import-areas', 'zones-2025.geojson', '--level', 'zone');
      assert.equal(zones.code, 0, zones.stderr);
      assert.match(zones.stdout, /Imported 1 zone boundaries .* valid from 2025/);
    });

    it('prints estimates as the issue describes: JSON per area with code, name, population and per indicator count/percent/low/high', async () => {
      const r = await cli('estimate', '--level', 'municipality', '--indicator', 'loneliness_often', '--format', 'json');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Population of 1 January 2024 .* on the areas of 2025/);
      assert.match(r.stderr, /fewer than 100 residents are suppressed/);
      const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.deepEqual(rows.map((x) => x.code), ['11002', '12041', '21004', '46030', '73028']);
      const bkz = rows.find((x) => x.code === '46030')!;
      assert.deepEqual(Object.keys(bkz), ['code', 'name', 'level', 'population', 'suppression', 'loneliness_often']);
      assert.equal(bkz.name, 'Beveren-Kruibeke-Zwijndrecht');
      assert.equal(bkz.suppression, null);
      const ind = bkz.loneliness_often as Record<string, unknown>;
      assert.deepEqual(Object.keys(ind), ['count', 'percent', 'low', 'high', 'status', 'notCovered']);
      assert.equal(typeof ind.count, 'number');
      assert.equal(ind.status, 'estimated');
      const small = rows.find((x) => x.code === '73028')!;
      assert.equal((small.suppression as { reason: string }).reason, 'below-threshold');
      assert.equal((small.loneliness_often as { count: unknown }).count, null);

      const csv = await cli('estimate', '--level', 'zone', '--model', 'rates', '--format', 'csv');
      assert.equal(csv.code, 0, csv.stderr);
      const lines = csv.stdout.trim().split('\n');
      assert.equal(lines[0], 'code,name,level,population,suppressed,suppression_reason,social_isolation_count,social_isolation_percent,social_isolation_low,social_isolation_high');
      assert.match(lines.find((l) => l.startsWith('elz29'))!, /^elz29,Waasland NO,zone,\d+,no,,[\d.]+,10,[\d.]+,[\d.]+$/);
      // A well-formed name the model has no rates for fails and lists the known ones; a malformed one is wrong usage.
      const unknown = await cli('estimate', '--level', 'municipality', '--indicator', 'happiness');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /no rates for happiness; it has loneliness_often, /);
      assert.equal((await cli('estimate', '--level', 'municipality', '--indicator', 'Happiness!')).code, 2);
    });

    it("an analyst's own indicator: import-rates takes a new name with its labels, estimate --indicator NAME estimates it without naming the table; old files import unchanged", async () => {
      await writeFile(
        join(dir, 'local-survey.csv'),
        'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source,label_nl,label_fr,label_en\nlocal_survey_lonely,18,,,,,0.3,0.25,0.35,Bevraging Gemeente X 2025,Eenzaam (lokale bevraging),Seul(e) (enquête locale),Lonely (local survey)\n',
      );
      const imp = await cli('import-rates', 'local-survey.csv');
      assert.equal(imp.code, 0, imp.stderr);
      assert.match(imp.stdout, /Imported rate table "local-survey" from local-survey\.csv: 1 rates for local_survey_lonely/);
      const r = await cli('estimate', '--level', 'zone', '--indicator', 'local_survey_lonely', '--format', 'csv');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /local_survey_lonely \(Lonely \(local survey\)\)/);
      const lines = r.stdout.trim().split('\n');
      assert.equal(lines[0], 'code,name,level,population,suppressed,suppression_reason,local_survey_lonely_count,local_survey_lonely_percent,local_survey_lonely_low,local_survey_lonely_high');
      // One rate of 30 % for everyone aged 18+: 30 % of the covered residents in every area.
      assert.match(lines.find((l) => l.startsWith('elz29'))!, /^elz29,Waasland NO,zone,\d+,no,,[\d.]+,30,[\d.]+,[\d.]+$/);
      // An unlabelled new name is refused (a misspelt built-in one), by line and field; nothing is stored.
      await writeFile(join(dir, 'typo.csv'), 'indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source\nlonelyness_often,18,,,,,0.1,,,S\n');
      const typo = await cli('import-rates', 'typo.csv');
      assert.equal(typo.code, 1);
      assert.match(typo.stderr, /^typo\.csv, line 2, field indicator, value "lonelyness_often": not a built-in indicator/m);
    });
  });
}
