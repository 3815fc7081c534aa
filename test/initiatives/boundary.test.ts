/**
 * One way into the initiatives (issue 9): outside src/initiatives/ and src/db/, no source file
 * writes SQL that reads or writes the initiatives table, or imports the table object from the
 * schema. Other capabilities ask src/initiatives (selection.ts, search.ts, landscape-counts.ts,
 * supply.ts, queries.ts, hsds-rows.ts, repository.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const OWNERS = ['initiatives/', 'db/'];

/** SQL naming the table after FROM, JOIN, INTO or UPDATE (quoted or schema-qualified too), or the table name handed to sql.identifier. */
const SQL_USE = /\b(from|join|into|update)\s+(?:"?public"?\.)?"?initiatives"?(?![\w-])|identifier\(\s*['"`]initiatives['"`]\s*\)/i;

/** Problems in one file's text: SQL on the table, or the table object imported from db/schema (named, renamed, or through a namespace). */
export function violations(text: string): string[] {
  const out: string[] = [];
  const sqlUse = SQL_USE.exec(text);
  if (sqlUse) out.push(`SQL on the initiatives table: "${sqlUse[0]}"`);
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (!/(^|\/)db\/schema(\.js|\.ts)?$/.test(m[2]!)) continue;
    const names = m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!.replace(/^type\s+/, ''));
    if (names.includes('initiatives')) out.push(`imports the initiatives table from ${m[2]}`);
  }
  for (const m of text.matchAll(/import\s+\*\s+as\s+(\w+)\s+from\s*['"]([^'"]+)['"]/g)) {
    if (/(^|\/)db\/schema(\.js|\.ts)?$/.test(m[2]!) && new RegExp(`\\b${m[1]}\\s*(\\.\\s*initiatives\\b|\\[)`).test(text)) out.push(`uses the initiatives table through ${m[1]}`);
  }
  if (/import\(\s*['"][^'"]*db\/schema(\.js)?['"]\s*\)/.test(text)) out.push('imports db/schema dynamically');
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('only src/initiatives queries the initiatives table', () => {
  it('the check finds each kind of use (so an empty result means something)', () => {
    assert.equal(violations("sql`select id from initiatives where x`").length, 1);
    assert.equal(violations('sql`SELECT 1 FROM\n  "initiatives" i`').length, 1);
    assert.equal(violations("sql`update initiatives set a = 1`").length, 1);
    assert.equal(violations("sql`insert into public.initiatives values (1)`").length, 1);
    assert.equal(violations('db.execute(sql`select * from ${x} join initiatives on true`)').length, 1);
    assert.equal(violations('sql.identifier("initiatives")').length, 1);
    assert.equal(violations("import { areas, initiatives } from '../db/schema.js';").length, 1);
    assert.equal(violations("import {\n  meta,\n  initiatives as t,\n} from '../../db/schema.js';").length, 1);
    assert.equal(violations("import * as s from '../db/schema.js';\nconst t = s.initiatives;").length, 1);
    assert.equal(violations("await import('../db/schema.js')").length, 1);
    // Not uses: other tables, words in prose, the initiatives' own modules.
    assert.deepEqual(violations("import { initiativeRevisions } from '../db/schema.js';\nconst t = 'initiatives from the study';\nsql`select * from initiative_revisions`"), []);
    assert.deepEqual(violations("import { saveInitiatives } from '../initiatives/repository.js';"), []);
  });

  it('no file outside src/initiatives/ and src/db/ uses the table', () => {
    const files = sourceFiles(SRC).filter((f) => !OWNERS.some((o) => relative(SRC, f).split('\\').join('/').startsWith(o)));
    assert.ok(files.length > 100, `found ${files.length} source files`);
    const found = files.flatMap((f) => violations(readFileSync(f, 'utf8')).map((v) => `${relative(SRC, f)}: ${v}`));
    assert.deepEqual(found, []);
  });
});
