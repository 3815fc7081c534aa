/** The one query-string builder (src/platform/query-string.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { queryString, searchParams, withQuery } from '../../src/platform/query-string.js';

describe('query-string builder', () => {
  it('leaves out what is not chosen and keeps the order given', () => {
    assert.equal(queryString({ q: 'soep', status: undefined, area: '', page: null, elements: [], level: 'sector' }), 'q=soep&level=sector');
    assert.equal(queryString({}), '');
  });

  it('writes lists comma-separated, numbers and booleans as text (false is a choice)', () => {
    assert.equal(queryString({ elements: ['meeting', 'befriending'], page: 2, social_isolation: false, free: true }), 'elements=meeting%2Cbefriending&page=2&social_isolation=false&free=true');
  });

  it('encodes what must be encoded', () => {
    assert.equal(queryString({ q: 'eenzaam & oud', focus: 'zone:1', near: 'Brussel/Bruxelles' }), 'q=eenzaam+%26+oud&focus=zone%3A1&near=Brussel%2FBruxelles');
    assert.equal(new URLSearchParams(queryString({ q: 'a=b&c' })).get('q'), 'a=b&c');
  });

  it('repeats a name given as entries', () => {
    const p = searchParams([['crosstab', 'elements,age_groups'], ['crosstab', 'approach,evidence'], ['percent', undefined]]);
    assert.deepEqual(p.getAll('crosstab'), ['elements,age_groups', 'approach,evidence']);
    assert.equal(p.has('percent'), false);
  });

  it('adds a question mark only when there is a query', () => {
    assert.equal(withQuery('/nl/coding', { status: 'draft', page: 3 }), '/nl/coding?status=draft&page=3');
    assert.equal(withQuery('/nl/coding', { status: undefined }), '/nl/coding');
  });
});
