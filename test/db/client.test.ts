import { it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { describeDatabases } from '../support/databases.js';

describeDatabases('database connection', (ctx) => {
  it('plans for SSD/RAM (random_page_cost 1.1) so free-text facets use the GIN index', async () => {
    const rows = await ctx.database.rows<{ random_page_cost: string }>(sql`SHOW random_page_cost`);
    assert.equal(rows[0]?.random_page_cost, '1.1');
  });

  it('runs the same migrations on both engines: every table exists', async () => {
    const rows = await ctx.database.rows<{ table_name: string }>(sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
    const names = rows.map((r) => r.table_name);
    for (const t of ['initiatives', 'initiative_revisions', 'users', 'sessions', 'audit_log', 'areas', 'submissions', 'codings']) assert.ok(names.includes(t), t);
  });
});
