import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseInterchange } from '../../src/interchange/parse.js';
import { detectSeparator } from '../../src/interchange/parse-csv.js';
import { formatProblem } from '../../src/platform/located-problem.js';
import { AXES, AXIS_NAMES, LANGS } from '../../src/vocabulary/matrix.js';
import { toCode } from '../../src/interchange/code-labels.js';
import { HEADER, csv, goodRow } from './helpers.js';

const messages = (r: ReturnType<typeof parseInterchange>) => r.errors.map((e) => formatProblem(e));

describe('CSV parsing', () => {
  it('reads a comma-separated file and applies the schema defaults', () => {
    const r = parseInterchange('a.csv', csv([goodRow('A1')]));
    assert.deepEqual(r.errors, []);
    assert.equal(r.format, 'csv');
    assert.deepEqual(r.initiatives, [
      {
        id: 'A1', name: 'Initiatief A1', partners: [], areas: [], elements: ['meeting'], prevention: 'primary', dimensions: ['social'],
        social_isolation: false, age_groups: ['older'], course: 'unknown', risk_factors: [], approach: 'organised', evidence: 'unknown',
        primary_actor: 'local_government', geographic_level: 'local',
      },
    ]);
  });

  it('detects semicolons from the header line, even when text cells hold commas', () => {
    assert.equal(detectSeparator('id;name;elements\n"a,b,c,d";x;y'), ';');
    assert.equal(detectSeparator('id,"name;with;semicolons",elements\n'), ',');
    const row = goodRow('S1');
    row[1] = '"Koffie, taart en babbels"';
    const r = parseInterchange('s.csv', csv([row], ';'));
    assert.deepEqual(r.errors, []);
    assert.equal(r.initiatives[0]!.name, 'Koffie, taart en babbels');
  });

  it('reads what a spreadsheet saves: BOM, semicolons, CRLF line ends, quoted cells, a trailing empty column', () => {
    const quote = (c: string) => (c === 'Initiatief X2' ? '"Initiatief ""X2"""' : c);
    const lines = [[...HEADER, ''], [...goodRow('X1'), ''], [...goodRow('X2'), '']].map((r) => r.map(quote).join(';'));
    const text = '\uFEFF' + lines.join('\r\n') + '\r\n';
    const r = parseInterchange('excel.csv', Buffer.from(text, 'utf8'));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.initiatives.map((i) => i.name), ['Initiatief X1', 'Initiatief "X2"']);
    const bad = parseInterchange('excel.csv', text.replace('X2""";meeting', 'X2""";meetng'));
    assert.deepEqual(bad.errors.map((e) => [e.line, e.field, e.value]), [[3, 'elements', 'meetng']]);
  });

  it('names a column without a name when it holds data', () => {
    const r = parseInterchange('n.csv', csv([[...goodRow('N1'), 'data']], ',', [...HEADER, '']));
    assert.deepEqual(r.errors.map((e) => [e.line, e.message]), [[1, "unknown column '' (column 10)"]]);
  });

  it('accepts a UTF-8 byte order mark, as text and as bytes', () => {
    const text = '\uFEFF' + csv([goodRow('B1')]);
    assert.deepEqual(parseInterchange('b.csv', text).initiatives.map((i) => i.id), ['B1']);
    assert.deepEqual(parseInterchange('b.csv', Buffer.from(text, 'utf8')).initiatives.map((i) => i.id), ['B1']);
  });

  it('accepts Dutch, French and English labels in any case instead of codes', () => {
    const row = ['L1', 'Labels', 'ontmoeten| Praktisch ondersteunen |Pleine conscience', 'Primaire interventie (algemene bevolking)', 'SOCIALE EENZAAMHEID', 'ja', 'Ouderen (60+)|young adults', 'Lokaal bestuur', 'Buurt/wijk'];
    const r = parseInterchange('l.csv', csv([row]));
    assert.deepEqual(r.errors, []);
    const i = r.initiatives[0]!;
    assert.deepEqual(i.elements, ['meeting', 'practical_support', 'mindfulness']);
    assert.equal(i.prevention, 'primary');
    assert.deepEqual(i.dimensions, ['social']);
    assert.deepEqual(i.age_groups, ['older', 'young_adults']);
    assert.equal(i.primary_actor, 'local_government');
    assert.equal(i.geographic_level, 'neighbourhood');
  });

  it('maps every label of every axis back to its own code (no label is ambiguous within an axis)', () => {
    for (const axis of AXIS_NAMES) {
      for (const c of AXES[axis].codes) {
        assert.equal(toCode(axis, c.code), c.code);
        for (const lang of LANGS) assert.equal(toCode(axis, c.label[lang].toUpperCase()), c.code, `${axis}: ${c.label[lang]}`);
      }
    }
  });

  it('reads booleans as true/false, ja/nee, oui/non and 1/0', () => {
    const values = ['true', 'FALSE', 'ja', 'Nee', 'oui', 'non', '1', '0'];
    const rows = values.map((v, n) => Object.assign(goodRow(`b${n}`), { 5: v }));
    const r = parseInterchange('b.csv', csv(rows));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.initiatives.map((i) => i.social_isolation), [true, false, true, false, true, false, true, false]);
  });

  it('treats empty optional cells as absent and splits lists on |', () => {
    const header = [...HEADER, 'url', 'description', 'partners', 'areas', 'course', 'risk_factors'];
    const r = parseInterchange('o.csv', csv([[...goodRow('O1'), '', '  ', 'CAW | OCMW Gent||', '44021|11002', '', '']], ',', header));
    assert.deepEqual(r.errors, []);
    const i = r.initiatives[0]!;
    assert.equal('url' in i, false);
    assert.equal('description' in i, false);
    assert.deepEqual(i.partners, ['CAW', 'OCMW Gent']);
    assert.deepEqual(i.areas, ['44021', '11002']);
    assert.equal(i.course, 'unknown');
    assert.deepEqual(i.risk_factors, []);
  });

  it('keeps multi-line quoted text and still gives the right line numbers after it and after blank lines', () => {
    const header = [...HEADER, 'description'];
    const text = csv([[...goodRow('M1'), '"Regel een\nregel twee"'], [], [...goodRow('M2'), 'x'].map((c, n) => (n === 2 ? 'meetng' : c))], ',', header);
    const r = parseInterchange('m.csv', text);
    assert.deepEqual(messages(r), ["m.csv, line 5, field elements: unknown code 'meetng' (did you mean 'meeting'?)"]);
    assert.deepEqual(r.errors[0]!.value, 'meetng');
  });
});

describe('CSV errors are located: file, line (header = line 1), field, value', () => {
  it('reports an unknown code at its line and stops nothing else: every error of every row is listed', () => {
    const rows = [goodRow('E1'), goodRow('E2'), goodRow('E3')];
    rows[1]![2] = 'meeting|meetng';
    rows[2]![3] = 'primair';
    rows[2]![7] = '';
    const r = parseInterchange('e.csv', csv(rows));
    assert.deepEqual(messages(r), [
      "e.csv, line 3, field elements: unknown code 'meetng' (did you mean 'meeting'?)",
      "e.csv, line 4, field prevention: unknown code 'primair' (did you mean 'primary'?)",
      'e.csv, line 4, field primary_actor: required field is missing or empty',
    ]);
    assert.deepEqual(r.errors.map((e) => [e.line, e.field, e.value]), [[3, 'elements', 'meetng'], [4, 'prevention', 'primair'], [4, 'primary_actor', undefined]]);
    assert.deepEqual(r.initiatives.map((i) => i.id), ['E1'], 'only the good rows parse; the caller writes nothing when errors exist');
  });

  it('names an unknown column (a typo) and suggests the right one', () => {
    const r = parseInterchange('c.csv', csv([[...goodRow('C1'), 'x']], ',', [...HEADER, 'descripton']));
    assert.deepEqual(messages(r), ["c.csv, line 1, field descripton: unknown column 'descripton' (column 10) (did you mean 'description'?)"]);
  });

  it('reports a missing required column once, not on every row', () => {
    const header = HEADER.filter((h) => h !== 'prevention');
    const rows = [goodRow('P1'), goodRow('P2')].map((r) => r.filter((_, n) => n !== 3));
    const r = parseInterchange('p.csv', csv(rows, ',', header));
    assert.deepEqual(messages(r), ["p.csv, line 1, field prevention: missing required column 'prevention'"]);
  });

  it('gives one clear error for a ragged file (wrong separator or quotes)', () => {
    const rows = [goodRow('R1'), goodRow('R2'), goodRow('R3')];
    rows[1]!.push('extra');
    rows[2]!.push('extra');
    const r = parseInterchange('r.csv', csv(rows));
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.line, 3);
    assert.match(r.errors[0]!.message, /row has 10 cells but the header has 9.*1 more row is like this/);
  });

  it('gives one clear error for an unclosed quote', () => {
    const r = parseInterchange('q.csv', `${HEADER.join(',')}\nQ1,"Naam zonder einde,meeting\n`);
    assert.equal(r.errors.length, 1);
    assert.match(formatProblem(r.errors[0]!), /^q\.csv, line \d+: not valid CSV: Quote Not Closed/);
  });

  it('explains a value that is not a boolean', () => {
    const row = goodRow('B1');
    row[5] = 'misschien';
    assert.deepEqual(messages(parseInterchange('b.csv', csv([row]))), [
      "b.csv, line 2, field social_isolation: not a yes/no value: 'misschien' (use true/false, ja/nee, oui/non or 1/0)",
    ]);
  });

  it('reports invalid ids, URLs and area codes with the value', () => {
    const header = [...HEADER, 'url', 'areas'];
    const row = [...goodRow('bad id'), 'ftp://example.org', '44021|4402'];
    const r = parseInterchange('v.csv', csv([row], ',', header));
    assert.deepEqual(r.errors.map((e) => [e.line, e.field, e.value]), [[2, 'id', 'bad id'], [2, 'url', 'ftp://example.org'], [2, 'areas', '4402']]);
    assert.match(r.errors[2]!.message, /NIS code/);
  });

  it('reports an id used twice in the file, pointing at the first', () => {
    const r = parseInterchange('d.csv', csv([goodRow('D1'), goodRow('D2'), goodRow('D1')]));
    assert.deepEqual(messages(r), ["d.csv, line 4, field id: duplicate id 'D1': also at line 2"]);
  });

  it('refuses bytes that are not UTF-8 with a hint, and an empty file', () => {
    const latin1 = Buffer.from(csv([[...goodRow('X1')].map((c, n) => (n === 1 ? 'Café' : c))]), 'latin1');
    assert.match(messages(parseInterchange('x.csv', latin1))[0]!, /not UTF-8.*CSV UTF-8/);
    assert.deepEqual(messages(parseInterchange('empty.csv', '')), ['empty.csv: the file is empty: expected a header row with the field names']);
  });

  it('accepts a file with only a header as zero initiatives', () => {
    const r = parseInterchange('h.csv', csv([]));
    assert.deepEqual(r, { format: 'csv', initiatives: [], errors: [] });
  });

  it('reads the access columns into one access object, and locates bad access facts at their column', () => {
    const header = [...HEADER, 'access_places', 'access_languages', 'access_free', 'access_schedules', 'referral_phone'];
    const places = '"[{""name"":""Buurthuis"",""postcode"":""9000"",""municipality"":""44021""}]"';
    const good = [...goodRow('A1'), places, 'nl|fr', 'ja', '"[{""repeat"":""weekly"",""weekday"":""monday"",""start"":""10:00"",""end"":""12:00""}]"', "'+32 9 123 45 67"];
    const r = parseInterchange('a.csv', csv([good], ',', header));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.initiatives[0]!.access, {
      places: [{ name: 'Buurthuis', postcode: '9000', municipality: '44021' }],
      schedules: [{ repeat: 'weekly', weekday: 'monday', start: '10:00', end: '12:00' }],
      languages: ['nl', 'fr'],
      cost: { free: true },
      referral_contact: { phone: '+32 9 123 45 67' },
    });
    const bad = [...goodRow('A2'), places.replace('9000', '1000'), 'nl|xx', 'ja', '"[{""repeat"":""weekly"",""weekday"":""monday"",""start"":""12:00"",""end"":""10:00""}]"', ''];
    const broken = [...goodRow('A3'), '[{name', '', '', '', ''];
    assert.deepEqual(messages(parseInterchange('a.csv', csv([bad, broken], ',', header))).map((m) => m.replace(/: use an ISO.*/, '')), [
      'a.csv, line 2, field access_places: 0.postcode: postcode 1000 lies outside the province of municipality 44021 (its postcodes are 9000–9999)',
      'a.csv, line 2, field access_schedules: 0.end: the closing time 10:00 is not after the opening time 12:00',
      'a.csv, line 2, field access_languages: 1: unknown language code "xx"',
      'a.csv, line 3, field access_places, value "[{name": not valid JSON (this column holds a JSON list, e.g. [{"name": "…"}]): ' + (() => { try { JSON.parse('[{name'); } catch (e) { return (e as Error).message; } return ''; })(),
    ]);
    assert.deepEqual(parseInterchange('old.csv', csv([goodRow('O1')])).initiatives[0]!.access, undefined, 'an old file without access columns imports as before');
  });
});
