import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { getInitiative, listRevisions, saveInitiatives } from '../../src/initiatives/store/repository.js';
import { listVerificationDue } from '../../src/initiatives/store/queries.js';
import { sql } from 'drizzle-orm';

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

  it('stores the access facts as written, with their filter columns, and lists records due for verification', async () => {
    const db = ctx.database.db;
    const access = {
      places: [{ name: 'Buurthuis', postcode: '9000', municipality: '44021', lat: 51.05, lon: 3.72, wheelchair: true }],
      modes: ['at_home' as const],
      schedules: [{ repeat: 'weekly' as const, weekday: 'thursday' as const, start: '14:00', end: '16:00' }],
      languages: ['nl' as const, 'ar' as const],
      cost: { free: true },
      capacity: { status: 'waitlist' as const, set_on: '2026-11-20' },
      verified_on: '2025-12-05',
    };
    await saveInitiatives(db, [initiative({ id: 'acc-1', access }), initiative({ id: 'acc-2', access: { verified_on: '2025-12-06' } }), initiative({ id: 'acc-3' })], { actor: SYSTEM, defaultSource: 't' });
    const stored = await getInitiative(db, 'acc-1');
    assert.equal(JSON.stringify(stored?.access), JSON.stringify(access), 'same keys in the same order (jsonb reorders them)');
    assert.equal((await getInitiative(db, 'acc-3'))?.access, undefined);
    const again = await saveInitiatives(db, [initiative({ id: 'acc-1', access }), initiative({ id: 'acc-3', access: {} })], { actor: SYSTEM, defaultSource: 't' });
    assert.deepEqual(again, { created: 0, updated: 0, unchanged: 2 }, 'same facts twice (or an empty document) change nothing');
    const [row] = await ctx.database.rows<Record<string, unknown>>(
      sql`SELECT access_languages, access_modes, access_weekdays, access_free, access_wheelchair, capacity, to_char(capacity_set_on, 'YYYY-MM-DD') AS set_on FROM initiatives WHERE id = 'acc-1'`,
    );
    assert.deepEqual({ ...row }, { access_languages: ['ar', 'nl'], access_modes: ['in_person', 'at_home'], access_weekdays: [4], access_free: true, access_wheelchair: true, capacity: 'waitlist', set_on: '2026-11-20' });
    const due = await listVerificationDue(ctx.database, '2026-12-06');
    assert.deepEqual(due.overdue.map((d) => [d.id, d.verifiedOn]), [['acc-1', '2025-12-05']], 'verified 12 months and a day ago; acc-2 exactly 12 months ago is not due yet');
    assert.equal(due.overdueTotal, 1);
    assert.equal(due.never, 2, 'acc-3, and x1 of the first test, were never verified');
    await saveInitiatives(db, [initiative({ id: 'acc-1', access: { ...access, verified_on: '2026-12-06' } })], { actor: SYSTEM, defaultSource: 't' });
    const revs = await listRevisions(db, 'acc-1');
    assert.deepEqual(Object.keys(revs[0]!.changes), ['access'], 'a change of the facts is a revision of the access field');
    assert.equal((await listVerificationDue(ctx.database, '2026-12-06')).overdueTotal, 0);
  });
});
