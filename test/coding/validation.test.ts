import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyForm, formFromBody, inputFromForm } from '../../src/coding/form-model.js';
import { validateForm } from '../../src/coding/validation.js';

const body = (over: Record<string, string | string[]> = {}) =>
  formFromBody({ id: 'T-1', name: 'Buurtsoep', elements: ['meeting', 'social_support'], prevention: 'primary', dimensions: 'social', social_isolation: 'no', age_groups: 'older', course: 'unknown', approach: 'organised', evidence: 'unknown', primary_actor: 'caw', geographic_level: 'local', ...over });

describe('initiative form → interchange object', () => {
  it('reads one partner per line, areas separated by commas, yes/no and ticked codes', () => {
    const input = inputFromForm(body({ partners: ' OCMW Gent \r\n\r\nCAW Oost-Vlaanderen', areas: '44021, 21004 ;11002', url: 'www.buurtsoep.be', dimensions: ['social', 'emotional'] }));
    assert.deepEqual(input.partners, ['OCMW Gent', 'CAW Oost-Vlaanderen']);
    assert.deepEqual(input.areas, ['44021', '21004', '11002']);
    assert.equal(input.url, 'https://www.buurtsoep.be', 'a web address typed without https:// is completed');
    assert.equal(input.social_isolation, false);
    assert.deepEqual(input.dimensions, ['social', 'emotional']);
    assert.equal(input.prevention, 'primary');
    assert.equal(input.description, undefined, 'empty text fields are left out');
  });

  it('a valid form validates', () => {
    const r = validateForm(body());
    assert.equal(r.ok, true);
  });

  it('turns zod issues into one plain problem per field, in form order', () => {
    const r = validateForm(body({ id: 'met spatie', name: 'x'.repeat(301), url: 'geen adres', areas: '123, 44021, abc', elements: ['meeting', 'bogus'], prevention: '', social_isolation: '' }));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(
      r.problems.map((p) => [p.field, p.key]),
      [
        ['id', 'coding.error.badId'],
        ['name', 'coding.error.tooLong'],
        ['url', 'coding.error.badUrl'],
        ['areas', 'coding.error.badArea'],
        ['elements', 'coding.error.unknownCode'],
        ['prevention', 'coding.error.chooseOne'],
        ['social_isolation', 'coding.error.chooseYesNo'],
      ],
    );
    assert.deepEqual(r.problems.find((p) => p.field === 'areas')?.values, { values: '123, ABC', count: 2 });
    assert.deepEqual(r.problems.find((p) => p.field === 'name')?.values, { max: 300 });
  });

  it('says which partner line is too long, and that the name is required', () => {
    const r = validateForm(body({ name: '  ', partners: `kort\n${'y'.repeat(501)}` }));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.problems.find((p) => p.field === 'partners'), { field: 'partners', key: 'coding.error.lineTooLong', values: { line: 2, max: 500 } });
    assert.equal(r.problems.find((p) => p.field === 'name')?.key, 'coding.error.required');
  });

  it('preselects the neutral choices on an empty form', () => {
    const f = emptyForm();
    assert.deepEqual([f.axes.course, f.axes.approach, f.axes.evidence], [['unknown'], ['organised'], ['unknown']]);
    assert.deepEqual(f.axes.prevention, []);
  });
});
