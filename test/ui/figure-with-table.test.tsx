/** The shared figure with its table (src/ui/FigureWithTable.tsx) and its layout rules in the stylesheet. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { FigureWithTable } from '../../src/ui/FigureWithTable.js';

const figure = (
  <svg role="img" aria-labelledby="c-t">
    <title id="c-t">Leeftijd</title>
  </svg>
);
const table = (
  <table>
    <caption>Leeftijd</caption>
    <tbody>
      <tr>
        <th scope="row">Ouderen</th>
        <td>12</td>
      </tr>
    </tbody>
  </table>
);

describe('figure with table', () => {
  it('puts the figure first and its table after it in one grid (the table follows the figure when they stack), beside by default', () => {
    assert.equal(
      renderToStaticMarkup(<FigureWithTable figure={figure} table={table} />),
      '<div class="figure-table beside"><svg role="img" aria-labelledby="c-t"><title id="c-t">Leeftijd</title></svg>' + '<table><caption>Leeftijd</caption><tbody><tr><th scope="row">Ouderen</th><td>12</td></tr></tbody></table></div>',
    );
  });

  it('writes notes, then the downloads under their own heading, after the grid', () => {
    const html = renderToStaticMarkup(
      <FigureWithTable
        layout="halves"
        figure={<div className="map-box" />}
        table={table}
        notes={<p className="muted">Bron: Statbel</p>}
        downloads={{ title: 'Downloads', titleId: 'downloads-heading', links: [{ href: '/nl/monitor/table.csv', label: 'Tabel (CSV)', file: true }] }}
      />,
    );
    assert.match(html, /^<div class="figure-table halves"><div class="map-box"><\/div><table>.*<\/table><\/div><p class="muted">Bron: Statbel<\/p>/);
    assert.match(html, /<section aria-labelledby="downloads-heading"><h2 id="downloads-heading">Downloads<\/h2><ul class="downloads"><li><a href="\/nl\/monitor\/table.csv" download="">Tabel \(CSV\)<\/a><\/li><\/ul><\/section>$/);
  });

  it('lists downloads without a heading as a plain list', () => {
    const html = renderToStaticMarkup(<FigureWithTable layout="stacked" figure={figure} table={table} downloads={{ className: 'download-list', links: [{ href: '/nl/landscape.pdf', label: 'PDF' }] }} />);
    assert.match(html, /^<div class="figure-table stacked">.*<\/div><ul class="download-list"><li><a href="\/nl\/landscape.pdf">PDF<\/a><\/li><\/ul>$/);
  });

  it('has a layout rule for every layout in the stylesheet: one column on a phone, side by side only on a wide screen', () => {
    const css = readFileSync(new URL('../../src/web/assets/verbind.css', import.meta.url), 'utf8');
    assert.match(css, /\.figure-table \{ display: grid; grid-template-columns: minmax\(0, 1fr\);/);
    assert.match(css, /@media \(min-width: 64rem\) \{ \.figure-table\.beside \{ grid-template-columns: minmax\(0, 3fr\) minmax\(0, 2fr\); \} \}/);
    assert.match(css, /@media \(min-width: 72rem\) \{ \.figure-table\.halves \{ grid-template-columns: minmax\(0, 1fr\) minmax\(0, 1fr\); \} \}/);
    assert.doesNotMatch(css, /\.figure-table\.stacked \{[^}]*grid-template-columns/, 'stacked stays one column');
  });
});
