import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { Choropleth, MapLegend, type MapValue } from '../../src/maps/Choropleth.js';
import { featuresFromTopology } from '../../src/maps/topology.js';
import { thinned } from '../../src/maps/thin.js';
import { geoMercator, geoPath } from 'd3-geo';
import svgpath from 'svgpath';
import { classOf, classPlan, colourOf, quantileClasses, PALETTE } from '../../src/maps/classes.js';

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
    assert.equal(colourOf(0, 1).fill, PALETTE[2], 'a single class takes the middle colour');
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
  const features = [0, 1, 2, 3, 4, 5].map((i) => ({ type: 'Feature' as const, properties: { code: `a${i}` }, geometry: { type: 'Polygon' as const, coordinates: [[[4 + i, 50], [4 + i, 50.5], [4.5 + i, 50.5], [4.5 + i, 50], [4 + i, 50]]] } }));

  it('shows the figures as the table rounds them: areas all at 9.3 % are one class, not "9.30 – 9.31 – …"', () => {
    const values = new Map<string, MapValue>(features.map((f, i) => [f.properties.code, { code: f.properties.code, name: f.properties.code, value: 9.3 + i * 0.008, text: '' }]));
    const svg = renderToStaticMarkup(<Choropleth id="l" title="t" description="d" features={features} values={values} legendTitle="%" noDataLabel="-" format={format} />);
    const labels = [...svg.matchAll(/<text x="24" y="14"[^>]*>([^<]+)</g)].map((m) => m[1]);
    assert.deepEqual(labels, ['9.3'], 'one printed value, one legend entry, no "no figure" entry when every area has one');
    assert.equal(new Set([...svg.matchAll(/<a [^>]*fill="([^"]+)"/g)].map((m) => m[1])).size, 1);
  });

  it('a downloaded map carries its heading lines, source line and area names; on a page the legend is HTML beside it', () => {
    const values = new Map<string, MapValue>(features.map((f, i) => [f.properties.code, { code: f.properties.code, name: `Gemeente ${i}`, value: i === 5 ? null : 5 + 3 * i, text: '' }]));
    const svg = renderToStaticMarkup(
      <Choropleth id="d" title="Eenzaam: aandeel per gemeente" description="d" features={features} values={values} legendTitle="Aandeel (%)" noDataLabel="geen cijfer" format={format} heading={['Eenzaam: aandeel per gemeente', 'Indicator: eenzaam · niveau: gemeente · 2024']} footer={['Bron: Verbind']} labels />,
    );
    assert.match(svg, /<text x="4" y="20" font-size="17" font-weight="700">Eenzaam: aandeel per gemeente<\/text>/);
    assert.match(svg, />Indicator: eenzaam · niveau: gemeente · 2024</);
    assert.match(svg, />Bron: Verbind</);
    for (let i = 0; i < 6; i++) assert.match(svg, new RegExp(`>Gemeente ${i}</text>`), 'focus maps name their areas');
    assert.deepEqual([...svg.matchAll(/<text x="24" y="14"[^>]*>([^<]+)</g)].map((m) => m[1]), ['5.0', '8.0', '11.0', '14.0', '17.0', 'geen cijfer']);
    const height = Number(/viewBox="0 0 800 ([\d.]+)"/.exec(svg)![1]);
    assert.ok(height > 560, `the heading and source lines add height (${height})`);

    const onPage = renderToStaticMarkup(<Choropleth id="p" title="t" description="d" features={features} values={values} legendTitle="%" noDataLabel="-" format={format} legend="none" />);
    assert.ok(!onPage.includes('class="legend"'));
    const plan = classPlan([5, 8, 11, 14, 17].map((value) => ({ value })), { digits: 1 });
    const html = renderToStaticMarkup(<MapLegend id="p" title="Aandeel (%)" plan={plan} format={format} noDataLabel="geen cijfer" withNoData noDataNote="1 gebied heeft minder dan 100 inwoners." />);
    assert.deepEqual([...html.matchAll(/<\/svg>([^<]+)<\/li>/g)].map((m) => m[1]), ['5.0', '8.0', '11.0', '14.0', '17.0', 'geen cijfer']);
    assert.match(html, /1 gebied heeft minder dan 100 inwoners/);
  });
});
