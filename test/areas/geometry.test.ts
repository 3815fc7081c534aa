import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bboxOf, combineGeometries, prepareGeometry, simplifyLine, simplifyRing } from '../../src/areas/geometry.js';
import { codeProblem, normaliseCode, parseLevel, yearFromFileName } from '../../src/areas/levels.js';

describe('display geometry', () => {
  it('drops points within the tolerance and keeps the ends and the corners', () => {
    const line = [[0, 0], [1, 0.0001], [2, -0.0001], [3, 0], [3, 1]];
    assert.deepEqual(simplifyLine(line, 0.001), [[0, 0], [3, 0], [3, 1]]);
    assert.deepEqual(simplifyLine(line, 0), line);
  });

  it('keeps a ring closed with at least 4 positions, and lets a tiny ring collapse', () => {
    const ring = [[0, 0], [0, 1], [0.5, 1.00001], [1, 1], [1, 0], [0, 0]];
    const s = simplifyRing(ring, 0.001)!;
    assert.deepEqual(s, [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]);
    assert.equal(simplifyRing([[0, 0], [0, 0.00001], [0.00001, 0], [0, 0]], 0.001), null);
  });

  it('reprojects, rounds to 5 decimals, drops collapsed holes and parts', () => {
    const g = prepareGeometry(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [[4, 50], [4, 51], [5, 51], [5, 50], [4, 50]],
            [[4.5, 50.5], [4.5, 50.500001], [4.500001, 50.5], [4.5, 50.5]],
          ],
          [[[6, 50], [6, 50.000001], [6.000001, 50], [6, 50]]],
        ],
      },
      { tolerance: 0.0001, transform: (x, y) => [x + 0.123456789, y] },
    );
    assert.deepEqual(g, { type: 'Polygon', coordinates: [[[4.12346, 50], [4.12346, 51], [5.12346, 51], [5.12346, 50], [4.12346, 50]]] });
    assert.equal(prepareGeometry({ type: 'Point', coordinates: [4, 50] }), null);
    assert.deepEqual(bboxOf(g!), { minLon: 4.12346, minLat: 50, maxLon: 5.12346, maxLat: 51 });
  });

  it('combines shapes into one MultiPolygon', () => {
    const a = { type: 'Polygon' as const, coordinates: [[[0, 0], [0, 1], [1, 1], [0, 0]]] };
    const c = combineGeometries([a, { type: 'MultiPolygon', coordinates: [a.coordinates, a.coordinates] }]);
    assert.equal(c?.type, 'MultiPolygon');
    assert.equal(c?.type === 'MultiPolygon' && c.coordinates.length, 3);
  });
});

describe('area levels and codes', () => {
  it('reads level words in Dutch, French and English', () => {
    assert.equal(parseLevel('gemeente'), 'municipality');
    assert.equal(parseLevel('ELZ'), 'zone');
    assert.equal(parseLevel('communes'), 'municipality');
    assert.equal(parseLevel('wijk'), undefined);
  });

  it('pads NIS codes and checks them', () => {
    assert.equal(normaliseCode('region', '2000'), '02000');
    assert.equal(normaliseCode('municipality', 11001), '11001');
    assert.equal(normaliseCode('municipality', '11001.0'), '11001');
    assert.equal(normaliseCode('zone', ' elz7 '), 'elz7');
    assert.match(codeProblem('municipality', '1100A')!, /5-digit/);
    assert.equal(codeProblem('sector', '11001A00-'), undefined);
    assert.match(codeProblem('sector', 'A1')!, /sector code/);
  });

  it('finds the year in Statbel file names', () => {
    assert.equal(yearFromFileName('TF_SOC_POP_STRUCT_2024.zip'), 2024);
    assert.equal(yearFromFileName('/x/sh_statbel_statistical_sectors_31370_20250101.shp.zip'), 2025);
    assert.equal(yearFromFileName('belgium-municipalities-2019.topojson'), 2019);
    assert.equal(yearFromFileName('sectors.geojson'), undefined);
  });
});
