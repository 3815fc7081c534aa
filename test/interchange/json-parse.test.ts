import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseInterchange } from '../../src/interchange/parse.js';
import { formatProblem } from '../../src/platform/located-problem.js';
import { goodJson } from './helpers.js';

const messages = (r: ReturnType<typeof parseInterchange>) => r.errors.map((e) => formatProblem(e));

describe('JSON parsing', () => {
  it('reads an array and an {"initiatives": [...]} object alike', () => {
    const a = parseInterchange('a.json', JSON.stringify([goodJson('J1'), goodJson('J2')]));
    const b = parseInterchange('b.json', JSON.stringify({ initiatives: [goodJson('J1'), goodJson('J2')] }));
    assert.deepEqual(a.errors, []);
    assert.deepEqual(a.initiatives, b.initiatives);
    assert.deepEqual(a.initiatives.map((i) => [i.id, i.course, i.approach]), [['J1', 'unknown', 'organised'], ['J2', 'unknown', 'organised']]);
  });

  it('detects JSON by content, whatever the extension, and accepts a BOM and leading space', () => {
    const r = parseInterchange('export.csv', '\uFEFF  \n' + JSON.stringify([goodJson('J1')]));
    assert.equal(r.format, 'json');
    assert.deepEqual(r.initiatives.map((i) => i.id), ['J1']);
  });

  it('treats null and empty optional text as absent', () => {
    const r = parseInterchange('n.json', JSON.stringify([goodJson('N1', { url: null, description: '  ', course: null })]));
    assert.deepEqual(r.errors, []);
    assert.equal('url' in r.initiatives[0]!, false);
    assert.equal('description' in r.initiatives[0]!, false);
    assert.equal(r.initiatives[0]!.course, 'unknown');
  });
});

describe('JSON errors are located: file, array index, field, value', () => {
  it('gives the line of a syntax error', () => {
    const text = '[\n  {"id": "S1",\n   "name": "x"\n   "elements": []}\n]';
    const r = parseInterchange('s.json', text);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.line, 4);
    assert.match(formatProblem(r.errors[0]!), /^s\.json, line 4: not valid JSON/);
  });

  it('refuses a document that is not a list of initiatives', () => {
    assert.deepEqual(messages(parseInterchange('o.json', '{"items": []}')), ['o.json: expected a JSON array of initiatives, or an object {"initiatives": [...]}']);
  });

  it('collects every problem of every item with its index', () => {
    const items = [
      goodJson('ok'),
      goodJson('E1', { elements: ['meeting', 'befriendng'], social_isolation: 'ja' }),
      'not an object',
      goodJson('E3', { elemnts: ['meeting'], age_groups: 'older' }),
      goodJson('ok'),
    ];
    const { prevention: _p, ...noPrevention } = goodJson('E5');
    const r = parseInterchange('e.json', JSON.stringify([...items, noPrevention]));
    assert.deepEqual(messages(r), [
      "e.json, index 1, field elements: unknown code 'befriendng' (did you mean 'befriending'?)",
      "e.json, index 1, field social_isolation: expected boolean, got string 'ja'",
      'e.json, index 2, value "not an object": expected an object, got string',
      "e.json, index 3, field age_groups: expected a list, got string 'older'",
      "e.json, index 3, field elemnts: unknown field 'elemnts' (did you mean 'elements'?)",
      "e.json, index 4, field id: duplicate id 'ok': also at index 0",
      'e.json, index 5, field prevention: required field is missing or empty',
    ]);
    assert.deepEqual(r.errors[0], { file: 'e.json', index: 1, field: 'elements', value: 'befriendng', message: "unknown code 'befriendng' (did you mean 'befriending'?)" });
  });

  it('shortens very long values in errors', () => {
    const r = parseInterchange('l.json', JSON.stringify([goodJson('L1', { name: 'x'.repeat(400) })]));
    assert.deepEqual(messages(r), [`l.json, index 0, field name, value "${'x'.repeat(117)}...": too long: at most 300 characters`]);
    assert.equal((r.errors[0]!.value as string).length, 120);
  });

  it('locates bad access facts by their full path', () => {
    const item = goodJson('J1', { access: { places: [{ name: 'Zaal', lat: 48.9, lon: 2.35 }], languages: ['nl'], schedules: [{ repeat: 'weekly', weekday: 'monday', start: '14:00', end: '13:00' }] } });
    const r = parseInterchange('a.json', JSON.stringify([item]));
    assert.deepEqual(r.errors.map((e) => [e.index, e.field, e.message]), [
      [0, 'access.places.0.lat', 'latitude 48.9 lies outside Belgium (49.4–51.6)'],
      [0, 'access.places.0.lon', 'longitude 2.35 lies outside Belgium (2.5–6.5)'],
      [0, 'access.schedules.0.end', 'the closing time 13:00 is not after the opening time 14:00'],
    ]);
  });
});
