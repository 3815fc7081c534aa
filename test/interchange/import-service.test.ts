import { it } from 'node:test';
import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { describeDatabases } from '../support/databases.js';
import { SYSTEM } from '../support/fixtures.js';
import { getInitiative, listRevisions } from '../../src/initiatives/store/repository.js';
import { initiatives } from '../../src/db/schema.js';
import { importInitiatives } from '../../src/interchange/service/import.js';
import { ImportError, formatProblem } from '../../src/platform/located-problem.js';
import { csv, goodRow } from './helpers.js';

describeDatabases('import service', (ctx) => {
  const total = async () => Number((await ctx.database.db.select({ n: count() }).from(initiatives))[0]!.n);

  it('imports a CSV, recording the file name as source and the actor in the history', async () => {
    const r = await importInitiatives(ctx.database, 'data/bevraging-2023.csv', csv([goodRow('I1'), goodRow('I2')]), { actor: { id: null, label: 'importer' } });
    assert.deepEqual(r, { created: 2, updated: 0, unchanged: 0 });
    assert.equal((await getInitiative(ctx.database.db, 'I1'))?.source, 'bevraging-2023.csv');
    assert.equal((await listRevisions(ctx.database.db, 'I1'))[0]?.actor, 'importer');
  });

  it('re-importing the same file changes nothing', async () => {
    const r = await importInitiatives(ctx.database, 'data/bevraging-2023.csv', csv([goodRow('I1'), goodRow('I2')]), { actor: SYSTEM });
    assert.deepEqual(r, { created: 0, updated: 0, unchanged: 2 });
    assert.equal((await listRevisions(ctx.database.db, 'I1')).length, 1);
  });

  it('writes nothing when one row of the file is bad, and says where', async () => {
    const before = await total();
    const rows = [goodRow('I1'), goodRow('I3'), goodRow('I4')];
    rows[0]![1] = 'Nieuwe naam voor I1';
    rows[2]![2] = 'meetng';
    await assert.rejects(
      importInitiatives(ctx.database, 'bad.csv', csv(rows), { actor: SYSTEM }),
      (e: unknown) => {
        assert.ok(e instanceof ImportError);
        assert.deepEqual(e.problems.map((p) => formatProblem(p)), ["bad.csv, line 4, field elements: unknown code 'meetng' (did you mean 'meeting'?)"]);
        return true;
      },
    );
    assert.equal(await total(), before, 'no new initiative');
    assert.equal((await getInitiative(ctx.database.db, 'I1'))?.name, 'Initiatief I1', 'the good row that would update was not written either');
  });

  it('--source overrides every record\'s source; --status draft applies to new initiatives only', async () => {
    const rows = [goodRow('I1'), goodRow('I5')];
    const r = await importInitiatives(ctx.database, 'x.csv', csv(rows), { actor: SYSTEM, source: 'partnerlijst', status: 'draft' });
    assert.deepEqual(r, { created: 1, updated: 1, unchanged: 0 });
    const i1 = await getInitiative(ctx.database.db, 'I1');
    const i5 = await getInitiative(ctx.database.db, 'I5');
    assert.deepEqual([i1?.source, i1?.status], ['partnerlijst', 'published']);
    assert.deepEqual([i5?.source, i5?.status], ['partnerlijst', 'draft']);
  });

  it('reports progress in batches for large files', async () => {
    const rows = Array.from({ length: 1200 }, (_, n) => goodRow(`big-${n}`));
    const seen: string[] = [];
    const r = await importInitiatives(ctx.database, 'big.csv', csv(rows, ';'), { actor: SYSTEM, onProgress: (done, all) => seen.push(`${done}/${all}`) });
    assert.equal(r.created, 1200);
    assert.deepEqual(seen, ['500/1200', '1000/1200', '1200/1200']);
  });
});
