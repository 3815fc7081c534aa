/**
 * The search's "nearest to" text, resolved by the pure core (src/catalogue/near-place.ts): a whole
 * name wins over names that only start with the text ("Lier" is Lier, not Lierde too), case,
 * accents and hyphens do not matter, several fits are offered sorted with those starting with the
 * text first and at most MAX_CHOICES of them, a NIS code is any code with an outline, a
 * postcode is recognised as one. The page and both engines: test/catalogue/near.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_CHOICES, nameKey, resolveNear, type NearPlace } from '../../src/catalogue/near-place.js';

const place = (code: string, ...names: string[]): NearPlace => ({ code, name: names[0]!, names });
const PLACES = [
  place('12021', 'Lier', 'Lierre'),
  place('45063', 'Lierde'),
  place('44021', 'Gent', 'Gand', 'Ghent'),
  place('46021', 'Sint-Niklaas', 'Saint-Nicolas'),
  place('12041', 'Puurs-Sint-Amands'),
  place('62063', 'Luik', 'Liège'),
];
const CODES = new Set([...PLACES.map((p) => p.code), '53053']);

describe('near: what people type', () => {
  it('folds case, accents, hyphens and apostrophes', () => {
    assert.equal(nameKey('  Sint-Niklaas '), 'sint niklaas');
    assert.equal(nameKey('LIÈGE'), 'liege');
    assert.equal(nameKey("'s Gravenwezel"), 's gravenwezel');
  });

  it('a whole name in any of its languages is that municipality, even when others start with it', () => {
    for (const text of ['Lier', 'lierre', 'LIER']) assert.deepEqual(resolveNear(text, PLACES, CODES), { kind: 'found', place: PLACES[0] }, text);
    for (const text of ['Gent', 'gand', 'Ghent', 'sint niklaas', 'Saint-Nicolas', 'Liege']) assert.equal(resolveNear(text, PLACES, CODES).kind, 'found', text);
  });

  it('the start of a name or of a word in it, when only one fits', () => {
    const r = resolveNear('niklaas', PLACES, CODES);
    assert.equal(r.kind === 'found' && r.place.code, '46021');
  });

  it('several that fit: those starting with the text first, then by name', () => {
    const r = resolveNear('sint', PLACES, CODES);
    assert.equal(r.kind, 'several');
    assert.deepEqual(r.kind === 'several' && [r.matches.map((m) => m.code), r.total], [['46021', '12041'], 2]);
    const lie = resolveNear('lie', PLACES, CODES);
    assert.deepEqual(lie.kind === 'several' && lie.matches.map((m) => m.name), ['Lier', 'Lierde', 'Luik']);
    // The name shown (the page's language) with the one that fits beside it when that is another: Luik (Liège).
    assert.deepEqual(lie.kind === 'several' && lie.matches.map((m) => m.fits), [undefined, undefined, 'Liège']);
  });

  it('at most MAX_CHOICES choices, with how many fit in all', () => {
    const many = Array.from({ length: 20 }, (_, n) => place(String(10000 + n), `Sint-${String.fromCharCode(65 + n)}`));
    const r = resolveNear('sint', many, new Set());
    assert.ok(r.kind === 'several');
    assert.equal(r.matches.length, MAX_CHOICES);
    assert.equal(r.total, 20);
  });

  it('a NIS code with an outline is found (a Walloon or pre-2025 one too); another code, a postcode or nothing that fits is none', () => {
    assert.deepEqual(resolveNear('44021', PLACES, CODES), { kind: 'found', place: PLACES[2] });
    assert.deepEqual(resolveNear('53053', PLACES, CODES), { kind: 'found', place: { code: '53053', name: '53053', names: [] } });
    assert.deepEqual(resolveNear('99999', PLACES, CODES), { kind: 'none', postcode: false });
    assert.deepEqual(resolveNear('9000', PLACES, CODES), { kind: 'none', postcode: true });
    assert.deepEqual(resolveNear('Atlantis', PLACES, CODES), { kind: 'none', postcode: false });
    assert.deepEqual(resolveNear(' - ', PLACES, CODES), { kind: 'none', postcode: false });
  });
});
