import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from '../support/databases.js';
import { createPostgresDatabase, runCli } from './run-cli.js';

const HEADER = 'id;name;elements;prevention;dimensions;social_isolation;age_groups;primary_actor;geographic_level';
const GOOD = `\uFEFF${HEADER}\nC1;Buurtsoep;Ontmoeten|praktisch ondersteunen;primary;social;ja;Ouderen (60+);Lokaal bestuur;local\nC2;Babbelbank;meeting;secondary;;nee;older;local_government;neighbourhood\n`;
const BAD = `${HEADER}\nC3;Nieuw;meeting;primary;social;ja;older;local_government;local\nC4;Fout;meetng;primary;social;ja;older;local_government;local\n`;

describe('verbind import / export (command line, embedded database)', () => {
  let dir: string;
  const cli = (...args: string[]) => runCli(args, { cwd: dir, env: { VERBIND_DATA_DIR: join(dir, 'data'), DATABASE_URL: undefined } });
  const exportedIds = async () => (JSON.parse((await cli('export', '--format', 'json')).stdout) as { id: string }[]).map((i) => i.id);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbind-cli-'));
    await writeFile(join(dir, 'good.csv'), GOOD);
    await writeFile(join(dir, 'bad.csv'), BAD);
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it('shows full help for both commands', async () => {
    for (const name of ['import', 'export']) {
      const r = await cli(name, '--help');
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: npx verbind ${name}`));
      assert.match(r.stdout, /DATABASE_URL/);
    }
  });

  it('imports a CSV and prints a summary on stdout', async () => {
    const r = await cli('import', 'good.csv');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Imported good.csv: 2 created, 0 updated, 0 unchanged.\n');
  });

  it('rejects a file with a bad row: each error located on stderr, exit 1, database unchanged', async () => {
    const r = await cli('import', 'bad.csv');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^bad\.csv, line 3, field elements: unknown code 'meetng' \(did you mean 'meeting'\?\)$/m);
    assert.match(r.stderr, /1 problem found; nothing was imported\./);
    assert.deepEqual(await exportedIds(), ['C1', 'C2'], 'C3, on a good line of the bad file, was not written');
  });

  it('says clearly when the file does not exist', async () => {
    const r = await cli('import', 'missing.csv');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /file not found: missing\.csv/);
  });

  it('--dry-run checks without writing', async () => {
    const ok = await cli('import', '--dry-run', 'good.csv');
    assert.equal(ok.code, 0);
    assert.match(ok.stdout, /2 initiatives, no problems found/);
    assert.equal((await cli('import', '--dry-run', 'bad.csv')).code, 1);
  });

  it('exports CSV to a file that imports back with nothing changed, and JSON to stdout', async () => {
    const e = await cli('export', '--format', 'csv', '--out', 'export.csv');
    assert.equal(e.code, 0, e.stderr);
    assert.match(e.stderr, /Exported 2 initiatives \(csv\) to export\.csv/);
    const text = await readFile(join(dir, 'export.csv'), 'utf8');
    assert.match(text, /^id,name,url,/);
    assert.match(text, /\nC1,Buurtsoep,.*meeting\|practical_support,primary,social,true,older,/);
    const back = await cli('import', 'export.csv');
    assert.equal(back.stdout, 'Imported export.csv: 0 created, 0 updated, 2 unchanged.\n');
    const json = JSON.parse((await cli('export')).stdout) as Record<string, unknown>[];
    assert.deepEqual(json.map((i) => [i.id, i.source]), [['C1', 'good.csv'], ['C2', 'good.csv']]);
  });

  it('exports HSDS 3.0 as one JSON object of tables', async () => {
    const r = await cli('export', '--format', 'hsds');
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse(r.stdout) as Record<string, unknown[]>;
    assert.deepEqual(Object.keys(d), [
      'services', 'organizations', 'locations', 'service_at_locations', 'taxonomies', 'taxonomy_terms', 'attributes',
      'addresses', 'accessibility', 'schedules', 'languages', 'cost_options', 'contacts', 'phones', 'service_areas',
    ]);
    assert.equal(d.services!.length, 2);
  });

  it('refuses an unknown format as wrong usage (exit 2)', async () => {
    const r = await cli('export', '--format', 'xml');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of json, csv, hsds/);
  });

  it('shows progress on stderr for a long import', async () => {
    const rows = Array.from({ length: 1001 }, (_, n) => `P${n};Project ${n};meeting;primary;social;1;older;local_government;local`);
    await writeFile(join(dir, 'big.csv'), `${HEADER}\n${rows.join('\n')}\n`);
    const r = await cli('import', 'big.csv', '--source', 'bevraging');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stderr.trim().split('\n'), ['Importing 500/1001', 'Importing 1000/1001', 'Importing 1001/1001']);
    assert.equal(r.stdout, 'Imported big.csv: 1001 created, 0 updated, 0 unchanged.\n');
  });
});

if (engines().includes('postgres')) {
  describe('verbind import / export (command line, PostgreSQL server)', () => {
    let dir: string;
    let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
    const cli = (...args: string[]) => runCli(args, { cwd: dir, env: { DATABASE_URL: database.url, VERBIND_DATA_DIR: join(dir, 'unused') } });

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'verbind-cli-pg-'));
      database = await createPostgresDatabase();
      await writeFile(join(dir, 'good.csv'), GOOD);
      await writeFile(join(dir, 'bad.csv'), BAD);
    });
    after(async () => {
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    it('imports all or nothing and round-trips through JSON', async () => {
      assert.equal((await cli('import', 'bad.csv')).code, 1);
      assert.equal((await cli('import', 'good.csv')).stdout, 'Imported good.csv: 2 created, 0 updated, 0 unchanged.\n');
      const first = await cli('export', '--format', 'json', '--all', '--out', 'backup.json');
      assert.equal(first.code, 0, first.stderr);
      assert.equal((await cli('import', 'backup.json')).stdout, 'Imported backup.json: 0 created, 0 updated, 2 unchanged.\n');
      const again = await cli('export', '--format', 'json', '--all');
      assert.equal(again.stdout, await readFile(join(dir, 'backup.json'), 'utf8'));
    });
  });
}
