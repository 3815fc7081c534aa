/** The shared pager (src/ui/Pager.tsx). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { Pager } from '../../src/ui/Pager.js';
import { withQuery } from '../../src/platform/query-string.js';

const pager = (page: number, pages: number) =>
  renderToStaticMarkup(<Pager page={page} pages={pages} href={(p) => withQuery('/nl/coding', { status: 'draft', page: p > 1 ? p : undefined })} label="Paginering" prev="Vorige" next="Volgende" position={`Pagina ${page} van ${pages}`} />);

describe('pager', () => {
  it('is a named navigation with previous and next links that keep the other parameters', () => {
    assert.equal(
      pager(2, 3),
      '<nav class="pager" aria-label="Paginering"><a href="/nl/coding?status=draft" rel="prev">Vorige</a><span>Pagina 2 van 3</span><a href="/nl/coding?status=draft&amp;page=3" rel="next">Volgende</a></nav>',
    );
  });

  it('has no previous link on the first page, no next link on the last, and is not there when all fits on one page', () => {
    assert.doesNotMatch(pager(1, 3), /rel="prev"/);
    assert.match(pager(1, 3), /rel="next"/);
    assert.doesNotMatch(pager(3, 3), /rel="next"/);
    assert.equal(pager(1, 1), '');
  });
});
