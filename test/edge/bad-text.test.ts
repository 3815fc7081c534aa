/**
 * Bad text is a 400, never a 500 (issue 11, item 5): NUL characters and lone
 * surrogates in query strings, path parameters, JSON, form and API bodies are
 * refused at the edge with the place they were found. Before the edge check
 * every request below reached PostgreSQL ("invalid byte sequence for encoding
 * UTF8: 0x00") and answered 500.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { parseInterchange } from '../../src/interchange/parse.js';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';
import { badArgument, badCharacter, findBadText, replaceBadText } from '../../src/edge/bad-text.js';
import { listQueue } from '../../src/intake/store/submissions.js';

it('finds NUL and lone surrogates, and only those', () => {
  assert.equal(badCharacter('Buddywerking — ëé 😀'), undefined, 'a surrogate pair (emoji) is fine');
  assert.deepEqual(badCharacter('ab\u0000c'), { position: 3, message: 'contains a NUL character (U+0000), which is not allowed in text' });
  assert.equal(badCharacter('x\uD800')?.position, 2, 'a high surrogate at the end');
  assert.equal(badCharacter('\uDC00x')?.position, 1, 'a low surrogate without its high one');
  assert.equal(badCharacter('\uD83D\uDE00\uDE00')?.position, 3, 'a pair followed by a stray low surrogate');
  assert.equal(findBadText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] }, 'body')?.at, 'body.a.1.c');
  assert.equal(findBadText({ ['k\u0000']: 'v' }, 'body')?.at, 'body (a field name)');
  assert.equal(findBadText(Buffer.from([0, 0]), 'body'), undefined, 'file bytes are not text');
  assert.deepEqual(replaceBadText({ a: ['x\u0000y', '😀'], b: 1 }), { a: ['x\uFFFDy', '😀'], b: 1 }, 'shown back with U+FFFD, pairs kept');
});

const surveyBody = (name: string) => ({
  lang: 'nl', name, description: 'Wekelijkse ontmoeting', goal: 'Minder eenzaamheid', location_level: 'municipal', municipalities: [],
  initiator: 'Vzw', partners: '', age_groups: ['older'], target: ['everyone'], evaluated: 'no', contact_name: 'An Peeters', contact_email: 'an@example.org',
});

describeDatabases('bad text at the HTTP edge', (ctx) => {
  const h = useApp(ctx);

  const cases: { what: string; url: string; method?: 'GET' | 'POST'; payload?: string; type?: string; field: RegExp }[] = [
    { what: 'search page ?q=%00', url: '/nl?q=%00', field: /^query\.q$/ },
    { what: 'search API ?q=%00', url: '/api/v1/initiatives?q=%00', field: /^query\.q$/ },
    { what: 'initiative id %00', url: '/api/v1/initiatives/%00', field: /^path\.id$/ },
    { what: 'initiative page id %00', url: '/nl/initiatives/ab%00', field: /^path\.id$/ },
    { what: 'HSDS search %00', url: '/hsds/services?search=%00', field: /^query\.search$/ },
    { what: 'HSDS service id %00', url: '/hsds/services/%00', field: /^path\.id$/ },
    { what: 'landscape source=%00', url: '/nl/landscape?source=%00', field: /^query\.source$/ },
    { what: 'landscape API source=%00', url: '/api/v1/landscape?source=%00', field: /^query\.source$/ },
    { what: 'survey status token %00', url: '/nl/survey/s/%00', field: /^path\.token$/ },
    { what: 'submission API, NUL in a JSON string', url: '/api/v1/submissions', method: 'POST', payload: JSON.stringify(surveyBody('Buddy\u0000werking')), type: 'application/json', field: /^body\.name$/ },
    { what: 'submission API, lone surrogate (\\ud800 escape)', url: '/api/v1/submissions', method: 'POST', payload: JSON.stringify(surveyBody('x')).replace('"x"', '"\\ud800"'), type: 'application/json', field: /^body\.name$/ },
  ];

  for (const c of cases) {
    it(`${c.what}: 400 with the place, not 500`, async () => {
      const res = await h.app.inject({ method: c.method ?? 'GET', url: c.url, ...(c.payload !== undefined ? { payload: c.payload, headers: { 'content-type': c.type! } } : {}) });
      assert.equal(res.statusCode, 400, `${c.url}: ${res.body.slice(0, 300)}`);
      if (/problem\+json/.test(String(res.headers['content-type']))) {
        const body = res.json();
        assert.match(body.errors[0].field, c.field);
        assert.match(body.detail, /NUL character|lone surrogate/);
      } else {
        assert.match(res.body, /NUL character|lone surrogate/, 'the page says what is wrong');
      }
    });
  }

  // An HTML form post gets the form back with the error on the field (not an error page), and nothing is stored.
  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`survey form (${lang}), NUL in a form field: the form again with the error on that field, nothing stored`, async () => {
      const get = await h.app.inject(`/${lang}/survey`);
      const token = /name="_csrf" value="([^"]+)"/.exec(get.body)?.[1];
      assert.ok(token, 'the form carries a CSRF token');
      const cookie = ([] as string[]).concat(get.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
      const before = (await listQueue(ctx.database.db, ['submitted', 'draft'])).total;
      const p = new URLSearchParams({ ...surveyBody('Buddy\u0000werking'), _csrf: token!, action: 'submit' } as unknown as Record<string, string>);
      p.delete('municipalities'); p.delete('age_groups'); p.delete('target'); p.append('age_groups', 'older'); p.append('target', 'everyone');
      const res = await h.app.inject({ method: 'POST', url: `/${lang}/survey`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: p.toString() });
      assert.equal(res.statusCode, 400, res.body.slice(0, 300));
      assert.match(String(res.headers['content-type']), /text\/html/);
      const message = { nl: 'Dit veld bevat een teken dat niet bewaard kan worden.', fr: 'Ce champ contient un caractère qui ne peut pas être enregistré.', en: 'This field contains a character that cannot be stored.' }[lang];
      assert.ok(res.body.includes(message), `the ${lang} message: ${res.body.slice(0, 200)}`);
      assert.match(res.body, /<a href="#name"/, 'the error summary links to the name field');
      assert.match(res.body, /<input[^>]*id="name"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="name"/, 'the name field is marked in error');
      assert.ok(res.body.includes('Buddy\uFFFDwerking'), 'what was typed comes back, the bad character shown as �');
      assert.ok(!res.body.includes('\u0000'), 'no NUL in the page');
      assert.ok(res.body.includes('An Peeters'), 'the other answers are kept');
      assert.equal((await listQueue(ctx.database.db, ['submitted', 'draft'])).total, before, 'nothing stored');
    });
  }

  it('ordinary non-ASCII text still passes (é, emoji)', async () => {
    const res = await h.app.inject(`/api/v1/initiatives?q=${encodeURIComponent('café 😀')}`);
    assert.equal(res.statusCode, 200);
  });
});

describe('bad text in imported files and CLI arguments', () => {
  let dir: string;
  const cli = (...args: string[]) => runCli(args, { cwd: dir, env: { VERBIND_DATA_DIR: join(dir, 'data'), DATABASE_URL: undefined } });
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbind-badtext-'));
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it('verbind import of a file with NUL characters prints a located error, no SQL', async () => {
    const json = JSON.stringify([
      { id: 'N1', name: 'Buurt\u0000soep', elements: ['meeting'], prevention: 'primary', dimensions: ['social'], social_isolation: true, age_groups: ['older'], primary_actor: 'local_government', geographic_level: 'local' },
    ]);
    await writeFile(join(dir, 'nul.json'), json);
    const j = await cli('import', 'nul.json');
    assert.equal(j.code, 1, j.stderr);
    assert.match(j.stderr, /^nul\.json, index 0, field name: contains a NUL character \(U\+0000\), which is not allowed in text \(character 6\)$/m);
    assert.doesNotMatch(j.stderr, /insert into|params|Failed query/i, 'no SQL dump');
  });

  it('the pure parser locates NUL in a CSV line and a lone surrogate in a JSON file', () => {
    const csv = parseInterchange('nul.csv', 'id;name;elements;prevention;dimensions;social_isolation;age_groups;primary_actor;geographic_level\nN2;Bab\u0000bel;meeting;primary;social;ja;older;local_government;local\n');
    assert.ok(csv.errors.some((e) => e.line === 2 && e.field === 'name' && /NUL character/.test(e.message)), JSON.stringify(csv.errors));
    const r = parseInterchange('x.json', '[{"id":"S1","name":"a\\udc00"}]');
    assert.ok(r.errors.some((e) => e.index === 0 && e.field === 'name' && /lone surrogate \(U\+DC00\)/.test(e.message)), JSON.stringify(r.errors));
  });

  it('CLI arguments are checked the same way (argument number and position)', () => {
    // An operating system cannot pass NUL in argv and turns lone surrogates into U+FFFD; values from
    // environment-built argument lists still go through the same check.
    assert.equal(badArgument(['import', 'ok.json']), undefined);
    assert.equal(badArgument(['import', 'x\uD800.json']), 'argument 2: contains a lone surrogate (U+D800), which is not valid Unicode text (character 2)');
  });
});
