import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import { seedIfEmpty } from '../../src/seed/service/seed.js';
import { INSPIRING_EXAMPLES } from '../../src/seed/examples.js';
import { DESCRIPTIONS } from '../../src/vocabulary/descriptions.js';
import { AXES } from '../../src/vocabulary/matrix.js';
import { listAll } from '../../src/initiatives/store/repository.js';
import { areas, INITIATIVE_STATUSES, meta } from '../../src/db/schema.js';

describeDatabases('first-start content', (ctx) => {
  it('writes all or nothing: a first start that fails half-way leaves no area, initiative or mark behind', async () => {
    // The initiatives refuse every row, after the seed's areas are written in the same transaction.
    await ctx.database.db.execute(sql`create function refuse_seed() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`);
    await ctx.database.db.execute(sql`create trigger refuse_seed before insert on initiatives for each row execute function refuse_seed()`);
    try {
      await assert.rejects(seedIfEmpty(ctx.database), (e: Error) => /refused for the test/.test(String(e.cause)));
      assert.equal((await listAll(ctx.database.db, INITIATIVE_STATUSES)).length, 0);
      assert.deepEqual(await ctx.database.db.select().from(areas), []);
      assert.deepEqual((await ctx.database.db.select().from(meta)).filter((x) => x.key === 'seeded_at'), []);
    } finally {
      await ctx.database.db.execute(sql`drop trigger refuse_seed on initiatives`);
      await ctx.database.db.execute(sql`drop function refuse_seed()`); // the next start (below) seeds
    }
  });

  it('seeds the 19 inspiring examples of part 4 of the study once, each with its source', async () => {
    assert.equal(await seedIfEmpty(ctx.database), 19);
    assert.equal(await seedIfEmpty(ctx.database), 0, 'a second start adds nothing');
    const all = await listAll(ctx.database.db);
    assert.equal(all.length, 19);
    for (const i of all) assert.match(i.source ?? '', /deel 4/);
    const names = all.map((i) => i.name).join(' | ');
    for (const n of ['Telefoonster', 'Buurtkar', 'Hello Jenny', 'Cultuurbuddy', 'Bloomup', 'Digipunt']) assert.match(names, new RegExp(n));
    // Access facts only as the study states them (src/seed/access-examples.ts): no invented hours or addresses.
    const withAccess = all.filter((i) => i.access);
    assert.ok(withAccess.length >= 5);
    assert.deepEqual(all.find((i) => i.id === 'voorbeeld-telefoonster')?.access?.modes, ['by_phone']);
    for (const i of withAccess) assert.equal(i.access?.schedules, undefined, `${i.id}: the study gives no hours`);
  });
});

it('the literature covers every element, prevention level, dimension and effectladder level, with sources', () => {
  for (const axis of ['elements', 'prevention', 'dimensions', 'evidence', 'course', 'approach'] as const) {
    for (const c of AXES[axis].codes) {
      const d = DESCRIPTIONS[axis][c.code];
      assert.ok(d, `${axis}.${c.code} described`);
      assert.ok(d.summary.nl && d.summary.fr && d.summary.en, `${axis}.${c.code} in three languages`);
    }
  }
  for (const c of AXES.elements.codes.filter((x) => x.effective)) {
    assert.ok(DESCRIPTIONS.elements[c.code]!.evidence, `evidence for effective element ${c.code}`);
    assert.ok(DESCRIPTIONS.elements[c.code]!.sources.length > 0);
  }
  assert.equal(INSPIRING_EXAMPLES.length, 19);
});
