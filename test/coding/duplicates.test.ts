import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findLikelyDuplicates, similarity } from '../../src/coding/duplicates.js';

const bank = [
  { id: 'a', name: 'Buurtkar', organisation: 'Gemeente Bornem' },
  { id: 'b', name: 'Telefoonster', organisation: 'Lokale dienstencentra Gent' },
  { id: 'c', name: "Neos Buddy's", organisation: 'Neos vzw' },
  { id: 'd', name: 'Rencontres solitude Bruxelles', organisation: 'CPAS de Bruxelles' },
  { id: 'e', name: 'Buurtrestaurant De Kring', organisation: 'Gemeente Bornem' },
];

describe('duplicate detection', () => {
  it('recognises the same initiative under spelling variants, legal forms and Dutch/French place names', () => {
    assert.equal(findLikelyDuplicates('De Buurtkar', 'gemeente bornem', bank)[0]?.id, 'a');
    assert.equal(findLikelyDuplicates('Neos buddies', 'NEOS', bank)[0]?.id, 'c');
    assert.equal(findLikelyDuplicates('Ontmoetingen eenzaamheid Brussel', 'OCMW Brussel', bank)[0]?.id, 'd', 'the Dutch name of a French-named initiative');
    assert.equal(findLikelyDuplicates('Wandelclub Brussel', 'OCMW Brussel', bank).length, 0, 'another project of the same CPAS is not a duplicate');
    assert.equal(findLikelyDuplicates('Telefoonster Gent', null, bank)[0]?.id, 'b');
  });

  it('does not flag different projects of the same organisation', () => {
    const m = findLikelyDuplicates('Buurtrestaurant', 'Gemeente Bornem', bank);
    assert.deepEqual(m.map((x) => x.id), ['e']);
    assert.equal(findLikelyDuplicates('Praatcafé voor mantelzorgers', 'Gemeente Bornem', bank).length, 0);
  });

  it('scores identical names 1 and unrelated names near 0', () => {
    assert.equal(similarity('Vl@S', 'VLAS'), 1);
    assert.ok(similarity('Hello Jenny', 'Start to talk') < 0.2);
  });
});
