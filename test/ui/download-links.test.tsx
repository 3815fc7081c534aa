/** The shared list of downloads (src/ui/DownloadLinks.tsx). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { DownloadLinks } from '../../src/ui/DownloadLinks.js';

describe('download links', () => {
  it('lists the links; files are saved (download attribute), what the browser shows is not', () => {
    const html = renderToStaticMarkup(
      <DownloadLinks
        links={[
          { href: '/nl/monitor/table.csv?level=zone', label: 'Tabel (CSV)', file: true },
          { href: '/api/v1/monitor/estimates?level=zone', label: 'API (JSON)' },
        ]}
      />,
    );
    assert.equal(html, '<ul class="downloads"><li><a href="/nl/monitor/table.csv?level=zone" download="">Tabel (CSV)</a></li><li><a href="/api/v1/monitor/estimates?level=zone">API (JSON)</a></li></ul>');
  });

  it('takes the landscape look on request', () => {
    assert.match(renderToStaticMarkup(<DownloadLinks className="download-list" links={[{ href: '/nl/landscape.pdf', label: 'PDF' }]} />), /^<ul class="download-list"><li><a href="\/nl\/landscape.pdf">PDF<\/a><\/li><\/ul>$/);
  });
});
