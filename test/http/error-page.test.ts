/**
 * A wrong address on a page (a hand-edited or old link) gets a 400 page that says what is wrong in
 * the page's language (issue 14: every visible string in the page's language), not the validator's
 * English; the API keeps its problem+json body as documented, with the English message.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { zodFieldErrors } from '../../src/platform/problem.js';
import { describeDatabases } from '../support/databases.js';
import { useApp } from '../support/app.js';

const main = (html: string) => (/<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
describeDatabases('wrong addresses', (ctx) => {
  const h = useApp(ctx);
  async function badPage(url: string): Promise<string> {
    const r = await h.app.inject({ method: 'GET', url });
    assert.equal(r.statusCode, 400, `${url}: ${r.statusCode}`);
    return main(r.body);
  }

  describe('the 400 page says what is wrong in the page language', () => {
    test('a name the page does not know', async () => {
      const fr = await badPage('/fr/matches?foo=1');
      assert.match(fr, /Cette page ne connaît pas «\u00a0foo\u00a0»/);
      assert.doesNotMatch(fr, /Unrecognized|\(root\)/);
      assert.match(await badPage('/nl/matches?foo=1'), /Deze pagina kent “foo” niet/);
    });
    test('a value outside the list names the values that can be chosen', async () => {
      const nl = await badPage('/nl/monitor?level=xyz');
      assert.match(nl, /level: kies een van deze waarden: “sector”, “municipality”/);
      assert.doesNotMatch(nl, /query\./, "the API's query. prefix is not shown on a page");
      assert.doesNotMatch(nl, /Invalid option/);
      assert.match(await badPage('/fr/monitor?level=xyz'), /level\u00a0: choisissez une de ces valeurs\u00a0: «\u00a0sector\u00a0»/);
    });
    test('not a number', async () => {
      assert.match(await badPage('/fr/?page=abc'), /page\u00a0: indiquez un nombre\./);
      assert.match(await badPage('/en/?page=abc'), /page: give a number\./);
    });
  });

  describe('the API keeps its documented problem body', () => {
    test('errors carry field and message only, in English', async () => {
      const r = await h.app.inject({ method: 'GET', url: '/api/v1/initiatives?page=abc' });
      assert.equal(r.statusCode, 400);
      const body = r.json() as { errors: Record<string, unknown>[] };
      assert.ok(body.errors.length > 0);
      for (const e of body.errors) {
        assert.deepEqual(Object.keys(e).sort(), ['field', 'message']);
        assert.match(String(e.message), /expected number/);
      }
    });
  });
});

describe('zodFieldErrors: which mistakes a page can word itself', () => {
  const reasons = (schema: z.ZodType, data: unknown) => zodFieldErrors(schema.safeParse(data).error!).map((e) => e.reason);
  test('known kinds', () => {
    assert.deepEqual(reasons(z.strictObject({}), { a: 1, b: 2 }), [{ kind: 'unknown', keys: ['a', 'b'] }]);
    assert.deepEqual(reasons(z.enum(['x', 'y']), 'z'), [{ kind: 'choice', allowed: ['x', 'y'] }]);
    assert.deepEqual(reasons(z.number(), 'z'), [{ kind: 'number' }]);
    assert.deepEqual(reasons(z.number().max(3), 4), [{ kind: 'range' }]);
    assert.deepEqual(reasons(z.string().max(3), 'long'), [{ kind: 'text' }]);
  });
  test('anything else keeps only its English message (the page marks it lang="en")', () => {
    assert.deepEqual(reasons(z.string().email(), 'not an address'), [undefined]);
  });
});
