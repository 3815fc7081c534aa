import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { Choropleth, legendDigits, type MapValue } from '../../src/maps/Choropleth.js';
import { featuresFromTopology } from '../../src/maps/topology.js';
import { thinned } from '../../src/maps/thin.js';
import { geoMercator, geoPath } from 'd3-geo';
import svgpath from 'svgpath';
import { classOf, colourOf, quantileClasses, PALETTE } from '../../src/maps/classes.js';

const topology = JSON.parse(readFileSync(new URL('../../../shared/data/geo/belgium-municipalities-2019.topojson', import.meta.url), 'utf8'));

describe('choropleth map', () => {
  it('puts about the same number of areas in each quantile class', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const c = quantileClasses(values)!;
    assert.deepEqual(c.breaks, [20, 40, 60, 80]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v, c)]!++;
    assert.deepEqual(counts, [20, 20, 20, 20, 20]);
    assert.equal(quantileClasses([]), null);
    assert.deepEqual(quantileClasses([3, 3, 3])!.breaks, [], 'one distinct value: one class');
    assert.equal(colourOf(0, 1).fill, PALETTE[4]);
  });

  it('draws the 581 municipalities of the 2019 boundaries, each a link with its value in words, with a legend', () => {
    const features = featuresFromTopology(topology, 'municipalities', 'nis');
    assert.equal(features.length, 581);
    const values = new Map<string, MapValue>(
      features.map((f, i) => [f.properties.code, { code: f.properties.code, name: `Gemeente ${f.properties.code}`, value: i % 50 === 0 ? null : i / 10, text: `${(i / 10).toFixed(1)} %` }]),
    );
    const svg = renderToStaticMarkup(
      <Choropleth id="m" title="Geschatte eenzaamheid" description="Aandeel per gemeente" features={features} values={values} legendTitle="Aandeel (%)" noDataLabel="geen cijfer" format={(n) => n.toFixed(1)} />,
    );
    assert.equal((svg.match(/<a /g) ?? []).length, 581);
    assert.match(svg, /<title id="m-title">Geschatte eenzaamheid<\/title>/);
    assert.match(svg, /aria-label="Gemeente 21004: [0-9.]+ %"/);
    assert.match(svg, /href="#row-21001"/);
    assert.equal((svg.match(/aria-label="[^"]*geen cijfer"/g) ?? []).length, 12, 'areas without a figure are said to have none');
    assert.match(svg, /fill="url\(#m-nodata\)"/);
    for (const colour of PALETTE) assert.ok(svg.includes(colour), `legend and areas use ${colour}`);
    assert.ok(svg.length < 400_000, `SVG size ${svg.length}`);
  });
});

describe('map paths', () => {
  it('are written as relative commands that land on the points geoPath draws (to 0.1 unit) and are a third smaller', () => {
    const features = featuresFromTopology(topology, 'municipalities', 'nis');
    const values = new Map<string, MapValue>(features.map((f) => [f.properties.code, { code: f.properties.code, name: f.properties.code, value: 1, text: '1' }]));
    const svg = renderToStaticMarkup(<Choropleth id="p" title="t" description="d" features={features} values={values} legendTitle="%" noDataLabel="-" format={(n) => n.toFixed(1)} />);
    const drawn = [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(drawn.length, 581);
    // The absolute paths, as the component projects them (same extent: 800 × 560 less the 66-unit legend).
    const projection = geoMercator().fitExtent([[4, 4], [796, 486]], { type: 'FeatureCollection', features });
    const absolute = features.map((f) => geoPath(thinned(projection)).digits(1)(f)!);
    const points = (d: string) => {
      const out: [number, number][] = [];
      svgpath(d).abs().iterate((seg) => {
        if (seg[0] !== 'Z') out.push([Number(seg[1]), Number(seg[2])]);
      });
      return out;
    };
    let worst = 0;
    for (let i = 0; i < drawn.length; i++) {
      assert.match(drawn[i]!, /^M[^L]*$/, 'relative after the first move');
      const a = points(absolute[i]!);
      const r = points(drawn[i]!);
      assert.equal(r.length, a.length, features[i]!.properties.code);
      for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k]![0] - r[k]![0]), Math.abs(a[k]![1] - r[k]![1]));
    }
    assert.ok(worst <= 0.1 + 1e-9, `worst point moved by ${worst}`);
    const size = (xs: string[]) => xs.reduce((n, d) => n + d.length, 0);
    assert.ok(size(drawn) < (2 / 3) * size(absolute), `${size(drawn)} vs ${size(absolute)} characters`);
  });
});

describe('map legend', () => {
  const format = (n: number, d = 1) => n.toFixed(d);
  it('adds decimals until neighbouring class bounds differ, at most 3', () => {
    assert.equal(legendDigits([9.31, 9.33, 9.36, 9.4], format, 1), 2);
    assert.equal(legendDigits([1, 5, 12], format, 1), 1);
    assert.equal(legendDigits([9.3301, 9.3302], format, 1), 3);
  });
  it('prints distinct bounds when all areas are close (no "9.3 – 9.3")', () => {
    const features = [0, 1, 2, 3, 4, 5].map((i) => ({ type: 'Feature' as const, properties: { code: `a${i}` }, geometry: { type: 'Polygon' as const, coordinates: [[[4 + i, 50], [4 + i, 50.5], [4.5 + i, 50.5], [4.5 + i, 50], [4 + i, 50]]] } }));
    const values = new Map<string, MapValue>(features.map((f, i) => [f.properties.code, { code: f.properties.code, name: f.properties.code, value: 9.3 + i * 0.01, text: '' }]));
    const svg = renderToStaticMarkup(<Choropleth id="l" title="t" description="d" features={features} values={values} legendTitle="%" noDataLabel="-" format={format} />);
    const labels = [...svg.matchAll(/>([0-9.]+) – ([0-9.]+)</g)].map((m) => [m[1], m[2]]);
    assert.ok(labels.length >= 2, svg.slice(-600));
    for (const [lo, hi] of labels) assert.notEqual(lo, hi);
    assert.equal(labels[0]![0], '9.30');
  });
});
