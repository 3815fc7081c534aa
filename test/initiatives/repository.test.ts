import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { getInitiative, listRevisions, saveInitiatives } from '../../src/initiatives/repository.js';

describeDatabases('initiative repository', (ctx) => {
  it('creates, then updates by id without duplicating, recording who changed what', async () => {
    const db = ctx.database.db;
    const first = await saveInitiatives(db, [initiative({ id: 'x1', name: 'Eerste naam' })], { actor: SYSTEM, defaultSource: 'file.json' });
    assert.deepEqual(first, { created: 1, updated: 0, unchanged: 0 });
    const again = await saveInitiatives(db, [initiative({ id: 'x1', name: 'Eerste naam' })], { actor: SYSTEM, defaultSource: 'file.json' });
    assert.deepEqual(again, { created: 0, updated: 0, unchanged: 1 }, 'same data twice changes nothing');
    const upd = await saveInitiatives(db, [initiative({ id: 'x1', name: 'Nieuwe naam' })], { actor: { id: null, label: 'coder X' }, defaultSource: 'file.json' });
    assert.deepEqual(upd, { created: 0, updated: 1, unchanged: 0 });
    const stored = await getInitiative(db, 'x1');
    assert.equal(stored?.name, 'Nieuwe naam');
    assert.equal(stored?.source, 'file.json');
    const revs = await listRevisions(db, 'x1');
    assert.equal(revs.length, 2);
    assert.equal(revs[0]!.actor, 'coder X');
    assert.deepEqual(revs[0]!.changes, { name: ['Eerste naam', 'Nieuwe naam'] });
  });

  it('writes nothing when any item of a batch fails (all or nothing)', async () => {
    const db = ctx.database.db;
    const good = initiative({ id: 'ok-1' });
    const bad = { ...initiative({ id: 'bad-1' }), name: null as unknown as string };
    await assert.rejects(saveInitiatives(db, [good, bad], { actor: SYSTEM, defaultSource: 't' }));
    assert.equal(await getInitiative(db, 'ok-1'), undefined);
  });
});
