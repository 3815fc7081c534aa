/** The shared data table (src/ui/DataTable.tsx) and its scroll region (src/ui/ScrollTable.tsx). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable, type SortDir } from '../../src/ui/DataTable.js';
import { ScrollTable } from '../../src/ui/ScrollTable.js';
import { withQuery } from '../../src/platform/query-string.js';

const said = { asc: 'oplopend', desc: 'aflopend', sortable: 'sorteer' };
const rows = (
  <tr>
    <td>Gent</td>
    <td>12</td>
  </tr>
);

describe('data table', () => {
  it('writes a hidden caption and names its scroll region by the caption text', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Alle initiatieven" captionHidden columns={[{ label: 'Naam' }, { label: 'Aantal', className: 'num' }]}>
        {rows}
      </DataTable>,
    );
    assert.equal(
      html,
      '<div class="table-wrap" role="region" tabindex="0" aria-label="Alle initiatieven"><table><caption class="visually-hidden">Alle initiatieven</caption>' +
        '<thead><tr><th scope="col">Naam</th><th scope="col" class="num">Aantal</th></tr></thead><tbody><tr><td>Gent</td><td>12</td></tr></tbody></table></div>',
    );
  });

  it('names the region by a visible caption with an id, or by another element, or has none', () => {
    const byCaption = renderToStaticMarkup(
      <DataTable caption="Vragen" captionId="q-caption" columns={[{ label: 'Vraag' }]}>
        {rows}
      </DataTable>,
    );
    assert.match(byCaption, /^<div class="table-wrap" role="region" tabindex="0" aria-labelledby="q-caption"><table><caption id="q-caption">Vragen<\/caption>/);
    const byHeading = renderToStaticMarkup(
      <DataTable caption="Wijzigingen" captionHidden labelledBy="revision-2" scroll="table-scroll" columns={[{ label: 'Veld' }]}>
        {rows}
      </DataTable>,
    );
    assert.match(byHeading, /^<div class="table-scroll" role="region" tabindex="0" aria-labelledby="revision-2"><table><caption class="visually-hidden">Wijzigingen<\/caption>/);
    assert.doesNotMatch(byHeading, /aria-label=/, 'one name, not two');
    const bare = renderToStaticMarkup(
      <DataTable caption="Fouten" captionHidden scroll={false} id="row-errors" columns={[{ label: 'Regel' }]}>
        {rows}
      </DataTable>,
    );
    assert.match(bare, /^<table id="row-errors"><caption class="visually-hidden">Fouten<\/caption>/);
    assert.doesNotMatch(bare, /role="region"/);
    assert.match(renderToStaticMarkup(<DataTable caption="Kerncijfers" captionClassName="muted small" scroll={false} columns={[]}>{rows}</DataTable>), /<caption class="muted small">Kerncijfers<\/caption>/);
  });

  it('sorts by links that keep every other parameter, with aria-sort on the sorted header only', () => {
    const query = { level: 'municipality', focus: 'zone:1', sort: 'percent', dir: 'desc' as SortDir };
    const html = renderToStaticMarkup(
      <DataTable
        caption="Cijfers"
        columns={[{ label: 'Naam', sort: 'name' }, { label: 'Aandeel', sort: 'percent', className: 'num' }, { label: 'Marge', className: 'num' }]}
        sort={{ by: query.sort, dir: query.dir, href: (by, dir) => withQuery('/nl/monitor', { ...query, sort: by, dir }) + '#table', firstDir: (by) => (by === 'name' ? 'asc' : 'desc'), said }}
      >
        {rows}
      </DataTable>,
    );
    const headers = html.match(/<th [^>]*>.*?<\/th>/g)!;
    assert.equal(headers.length, 3);
    // Not sorted by name: a first click sorts it its own way (names A to Z), the page's other choices kept.
    assert.equal(headers[0], '<th scope="col"><a href="/nl/monitor?level=municipality&amp;focus=zone%3A1&amp;sort=name&amp;dir=asc#table">Naam<span class="visually-hidden"> (sorteer)</span></a></th>');
    // Sorted by share, descending: the link turns it round; the arrow is for the eye, the words for the ear.
    assert.equal(
      headers[1],
      '<th scope="col" class="num" aria-sort="descending"><a href="/nl/monitor?level=municipality&amp;focus=zone%3A1&amp;sort=percent&amp;dir=asc#table">Aandeel<span aria-hidden="true"> ▼</span><span class="visually-hidden"> (aflopend)</span></a></th>',
    );
    assert.equal(headers[2], '<th scope="col" class="num">Marge</th>', 'a column without a sort key is plain');
    assert.equal(html.match(/aria-sort=/g)!.length, 1);
    const asc = renderToStaticMarkup(
      <DataTable caption="Cijfers" columns={[{ label: 'Naam', sort: 'name' }]} sort={{ by: 'name', dir: 'asc', href: (by, dir) => `?sort=${by}&dir=${dir}`, said }}>
        {rows}
      </DataTable>,
    );
    assert.match(asc, /<th scope="col" aria-sort="ascending"><a href="\?sort=name&amp;dir=desc">Naam<span aria-hidden="true"> ▲<\/span><span class="visually-hidden"> \(oplopend\)<\/span><\/a><\/th>/);
  });

  it('without a sort, sort keys make no links (a table that is not sortable on this page)', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Cijfers" columns={[{ label: 'Naam', sort: 'name' }]}>
        {rows}
      </DataTable>,
    );
    assert.doesNotMatch(html, /<a |aria-sort/);
  });

  it('scroll region: a label, or a labelling element instead of it', () => {
    assert.equal(renderToStaticMarkup(<ScrollTable label="Tabel">x</ScrollTable>), '<div class="table-wrap" role="region" tabindex="0" aria-label="Tabel">x</div>');
    assert.equal(renderToStaticMarkup(<ScrollTable label="Tabel" labelledBy="h">x</ScrollTable>), '<div class="table-wrap" role="region" tabindex="0" aria-labelledby="h">x</div>');
  });
});
