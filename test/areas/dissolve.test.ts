import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { geoArea } from 'd3-geo';
import { dissolveGroups } from '../../src/areas/dissolve.js';
import type { AreaGeometry } from '../../src/areas/geometry.js';
import { squareCw } from './files.js';

const square = (x: number, y: number): AreaGeometry => ({ type: 'Polygon', coordinates: [squareCw(x, y, 0.05)] });
const ring = (g: AreaGeometry) => (g.type === 'Polygon' ? g.coordinates[0]! : g.coordinates[0]![0]!);
const key = (p: readonly number[]) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;

describe('dissolving areas into the area that contains them', () => {
  // Three 0.1° squares: a and b share the edge at longitude 4.05, c lies apart.
  const shapes = new Map<string, AreaGeometry>([
    ['a', square(4.0, 51.0)],
    ['b', square(4.1, 51.0)],
    ['c', square(5.0, 51.0)],
  ]);

  it('removes the shared border of neighbours: one ring around both, with their combined area', () => {
    const out = dissolveGroups(shapes, new Map([['z', ['a', 'b']]]));
    const z = out.get('z')!;
    assert.equal(z.type, 'Polygon');
    assert.equal(z.coordinates.length, 1, 'no hole');
    // The shared edge's two ends stay as points of the outline, but the outline never runs along it.
    const pts = ring(z).map(key);
    const edge = new Set([key([4.05, 50.95]), key([4.05, 51.05])]);
    for (let i = 1; i < pts.length; i++) assert.ok(!(edge.has(pts[i]!) && edge.has(pts[i - 1]!)), `inner border kept between ${pts[i - 1]} and ${pts[i]}`);
    assert.ok(pts.includes(key([3.95, 50.95])) && pts.includes(key([4.15, 51.05])), 'outer corners kept');
    // d3-geo's spherical area (independent of the dissolve): the union equals the sum, and the ring winds as d3 expects (area < 2π).
    const expected = geoArea(shapes.get('a')!) + geoArea(shapes.get('b')!);
    assert.ok(Math.abs(geoArea(z) - expected) / expected < 1e-12, `${geoArea(z)} vs ${expected}`);
  });

  it('keeps areas apart as parts of one MultiPolygon, and leaves out groups with no shaped member', () => {
    const out = dissolveGroups(shapes, new Map([['far', ['a', 'c']], ['none', ['x']], ['b', ['b']]]));
    const far = out.get('far')!;
    assert.equal(far.type, 'MultiPolygon');
    assert.equal(far.coordinates.length, 2);
    assert.ok(!out.has('none'));
    assert.ok(Math.abs(geoArea(out.get('b')!) - geoArea(shapes.get('b')!)) < 1e-15, 'a group of one is that area');
  });
});
