import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, ImportError, ProblemList, problemsSummary, quoted, shownValue } from '../../src/platform/located-problem.js';

describe('one located-problem model for every import', () => {
  it('formats the place in a fixed order: file, line, index, feature, field, value', () => {
    assert.equal(formatProblem({ file: 'zones.csv', line: 3, field: 'nis', value: '4402', message: 'expected a 5-digit NIS code' }), 'zones.csv, line 3, field nis, value "4402": expected a 5-digit NIS code');
    assert.equal(formatProblem({ file: 's.json', index: 1, field: 'elements', message: 'unknown code' }), 's.json, index 1, field elements: unknown code');
    assert.equal(formatProblem({ feature: 2, field: 'elz_code', value: '', message: 'the code is empty' }, 'zones.geojson'), 'zones.geojson, feature 2, field elz_code, value "": the code is empty');
    assert.equal(formatProblem({ line: 1, index: 4, feature: 5, field: 'f', value: 7, message: 'm' }, 'x'), 'x, line 1, index 4, feature 5, field f, value "7": m');
    assert.equal(formatProblem({ message: 'the file holds no features' }), 'the file holds no features', 'no place: the message alone');
  });

  it('the file given to the formatter is used only when the problem names none', () => {
    assert.equal(formatProblem({ file: 'own.csv', line: 2, message: 'm' }, 'other.csv'), 'other.csv, line 2: m');
    assert.equal(formatProblem({ file: 'own.csv', line: 2, message: 'm' }), 'own.csv, line 2: m');
  });

  it('does not repeat a value the message already quotes, and shows no value that is not text or a number', () => {
    assert.equal(formatProblem({ file: 'a.csv', line: 4, field: 'elements', value: 'meetng', message: "unknown code 'meetng' (did you mean 'meeting'?)" }), "a.csv, line 4, field elements: unknown code 'meetng' (did you mean 'meeting'?)");
    assert.equal(formatProblem({ file: 'a.csv', line: 4, field: 'nis', value: 'X', message: 'has "X" twice' }), 'a.csv, line 4, field nis: has "X" twice');
    assert.equal(formatProblem({ file: 'a.json', index: 0, value: { a: 1 }, message: 'expected an object' }), 'a.json, index 0: expected an object');
    assert.equal(formatProblem({ line: 2, field: 'access_places', value: '1000', message: 'postcode 1000 lies outside the province' }, 'a.csv'), 'a.csv, line 2, field access_places: postcode 1000 lies outside the province');
    assert.equal(formatProblem({ line: 2, field: 'sex', value: 'e', message: 'expected M or F' }, 'p.txt'), 'p.txt, line 2, field sex, value "e": expected M or F', 'a value glued inside a word is not said');
    assert.equal(formatProblem({ line: 2, value: '10', message: 'has 100 fields' }, 'p.txt'), 'p.txt, line 2, value "10": has 100 fields');
  });

  it('shortens long values to 120 characters, in the value and in quoted()', () => {
    const long = 'x'.repeat(500);
    assert.equal((shownValue(long) as string).length, 120);
    assert.ok((shownValue(long) as string).endsWith('...'));
    assert.equal(shownValue('x'.repeat(120)), 'x'.repeat(120), 'exactly 120 stays whole');
    assert.equal(shownValue(42), 42);
    assert.equal(quoted(long), `'${'x'.repeat(117)}...'`);
    assert.equal(quoted(3), '3');
    assert.equal(formatProblem({ line: 2, value: long, message: 'too long' }, 'f.csv'), `f.csv, line 2, value "${'x'.repeat(117)}...": too long`);
  });

  it('collects problems up to its limit, then says reading stopped', () => {
    const list = new ProblemList(2);
    list.add({ line: 2, message: 'a' });
    assert.equal(list.full, false);
    list.add({ line: 3, message: 'b' });
    assert.equal(list.full, false, 'at the limit, nothing was dropped yet');
    list.add({ line: 4, message: 'c' });
    assert.equal(list.full, true);
    assert.equal(list.length, 2);
    assert.deepEqual(list.items.map((p) => p.line), [2, 3]);
    assert.throws(
      () => list.throwIfAny('f.csv'),
      (e: unknown) =>
        e instanceof ImportError && e.truncated && e.file === 'f.csv' && e.problems.length === 2 && e.message === 'f.csv: 2+ problems (reading stopped), nothing was imported:\n- f.csv, line 2: a\n- f.csv, line 3: b',
    );
    assert.equal(new ProblemList().max, 50, 'the default limit');
    assert.doesNotThrow(() => new ProblemList().throwIfAny('empty.csv'), 'no problems, no error');
  });

  it('one error says nothing was imported, with every problem in its message', () => {
    const e = new ImportError('t.txt', [{ line: 4, field: 'CD_SEX', value: 'X', message: 'expected M or F' }]);
    assert.equal(e.message, 't.txt: 1 problem, nothing was imported:\n- t.txt, line 4, field CD_SEX, value "X": expected M or F');
    assert.equal(e.name, 'ImportError');
    assert.equal(e.truncated, false);
  });

  it('the summary line counts problems and says when reading stopped', () => {
    assert.equal(problemsSummary(1), '1 problem found; nothing was imported.');
    assert.equal(problemsSummary(3), '3 problems found; nothing was imported.');
    assert.equal(problemsSummary(50, true), '50+ problems found (reading stopped); nothing was imported.');
  });
});
