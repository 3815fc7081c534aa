import { it, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describeDatabases } from '../support/databases.js';
import { commitSurveyImport, previewSurveyImport } from '../../src/intake/service/bulk-import.js';
import { readTable } from '../../src/intake/bulk/read-table.js';
import { surveyMappingSchema } from '../../src/intake/bulk/mapping.js';
import { listQueue, getContact } from '../../src/intake/store/submissions.js';

// A QuestionPro-like export: Dutch answer wordings from the study's questionnaire (bijlage 2).
const header = 'Response ID;Q1 Naam;Q3 Wat houdt het in;Q5 Waar;Q8 Leeftijd;Q9 Voor wie;Q10 Geevalueerd;Q10 Hoe;Naam contact;E-mail';
const goodRows = [
  '1;Wandelclub;Wekelijkse wandeling met koffie achteraf.;Lokaal;Ouderen, Volwassenen;Iedereen;Nee;;Jan;jan@example.org',
  '2;Buddy op kot;Studenten krijgen een buddy.;Regionaal;Jongvolwassenen;Personen met risico op eenzaamheid;Ja;Bevraging van deelnemers;;',
];
const mapping = surveyMappingSchema.parse({
  name: 'QuestionPro test',
  columns: { name: 'Q1 Naam', description: 'Q3 Wat houdt het in', location_level: 'Q5 Waar', age_groups: 'Q8 Leeftijd', target: 'Q9 Voor wie', evaluated: 'Q10 Geevalueerd', evaluation: 'Q10 Hoe', contact_name: 'Naam contact', contact_email: 'E-mail' },
});
const csv = (rows: string[]) => new TextEncoder().encode('\uFEFF' + [header, ...rows].join('\r\n'));

describeDatabases('bulk survey import', (ctx) => {
  it('maps Dutch answer wordings to codes and creates one submission per row, with contacts kept apart', async () => {
    const r = await commitSurveyImport(ctx.database, await readTable(csv(goodRows), 'ronde-2024.csv'), 'ronde-2024.csv', mapping);
    assert.deepEqual(r.errors, []);
    assert.equal(r.created, 2);
    const queue = await listQueue(ctx.database.db, ['submitted']);
    const walk = queue.items.find((s) => s.answers.name === 'Wandelclub')!;
    assert.deepEqual(walk.answers.age_groups, ['older', 'adults']);
    assert.deepEqual(walk.answers.target, ['everyone']);
    assert.equal(walk.answers.location_level, 'municipality');
    assert.equal(walk.source, 'ronde-2024.csv');
    assert.equal((await getContact(ctx.database.db, walk.id))?.contact_email, 'jan@example.org');
    const buddy = queue.items.find((s) => s.answers.name === 'Buddy op kot')!;
    assert.equal(buddy.answers.evaluated, 'yes');
    assert.equal(await getContact(ctx.database.db, buddy.id), undefined);
  });

  it('reports every bad row with line, column, value and question, and writes nothing', async () => {
    const before = (await listQueue(ctx.database.db, ['submitted'])).total;
    const rows = [...goodRows, '3;;Zonder naam.;Lokaal;Ouderen;Iedereen;Nee;;;', '4;Foute leeftijd;Iets.;Lokaal;Peuters;Iedereen;Misschien;;;'];
    const r = await commitSurveyImport(ctx.database, await readTable(csv(rows), 'fout.csv'), 'fout.csv', mapping);
    assert.equal(r.created, 0);
    const keyed = r.errors.map((e) => `${e.line}:${e.question}:${e.value ?? ''}`);
    assert.ok(keyed.includes('4:name:'), keyed.join(' | '));
    assert.ok(keyed.includes('5:age_groups:Peuters'), keyed.join(' | '));
    assert.ok(keyed.includes('5:evaluated:Misschien'), keyed.join(' | '));
    assert.equal(r.errors.find((e) => e.question === 'age_groups')?.field, 'Q8 Leeftijd');
    assert.equal((await listQueue(ctx.database.db, ['submitted'])).total, before);
  });

  it('reads XLSX exports with one column per option as well', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.addRow(['Naam', 'Beschrijving', 'Kinderen', 'Jongeren', 'Ouderen', 'Doelgroep']);
    ws.addRow(['Speelpleinmoment', 'Kinderen spelen samen.', 'x', 'x', '', 'Iedereen']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const m = surveyMappingSchema.parse({ name: 'xlsx', columns: { name: 'Naam', description: 'Beschrijving', age_groups: { children: 'Kinderen', youth: 'Jongeren', older: 'Ouderen' }, target: 'Doelgroep' } });
    const r = await previewSurveyImport(ctx.database, await readTable(bytes, 'export.xlsx'), 'export.xlsx', m);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.records[0]!.answers.age_groups, ['children', 'youth']);
  });

  it('says which mapped column is missing from the file', async () => {
    const bad = surveyMappingSchema.parse({ ...mapping, columns: { ...mapping.columns, goal: 'Q4 Doel' } });
    const r = await previewSurveyImport(ctx.database, await readTable(csv(goodRows), 'x.csv'), 'x.csv', bad);
    assert.deepEqual(r.errors.map((e) => [e.line, e.question, e.field]), [[1, 'goal', 'Q4 Doel']]);
  });
});

describe('npx verbind import-survey', () => {
  it('imports with a mapping file, and exits 1 naming the line when a row is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbind-survey-'));
    try {
      writeFileSync(join(dir, 'ok.csv'), csv(goodRows));
      writeFileSync(join(dir, 'bad.csv'), csv(['9;;x;Lokaal;Ouderen;Iedereen;Nee;;;']));
      writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
      const env: NodeJS.ProcessEnv = { ...process.env, VERBIND_DATA_DIR: join(dir, "data") };
      delete env.DATABASE_URL;
      const bad = spawnSync(process.execPath, ['bin/verbind.js', 'import-survey', join(dir, 'bad.csv'), '--mapping', join(dir, 'mapping.json')], { env, encoding: 'utf8' });
      assert.equal(bad.status, 1, bad.stderr);
      assert.match(bad.stderr, /^bad\.csv, line 2, field Q1 Naam: question name: /m);
      assert.match(bad.stderr, /^1 problem found; nothing was imported\.$/m);
      const ok = spawnSync(process.execPath, ['bin/verbind.js', 'import-survey', join(dir, 'ok.csv'), '--mapping', join(dir, 'mapping.json'), '--source', 'ronde 1'], { env, encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /Created 2 submission/);
      const usage = spawnSync(process.execPath, ['bin/verbind.js', 'import-survey', join(dir, 'ok.csv')], { env, encoding: 'utf8' });
      assert.equal(usage.status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
