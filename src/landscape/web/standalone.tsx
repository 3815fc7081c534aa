// @jsxRuntime automatic
// @jsxImportSource react
// (The CLI runs these files through tsx from any folder, where no tsconfig.json says how to compile JSX.)
/**
 * The landscape as one self-contained HTML document (the stylesheet inline,
 * charts as inline SVG, no scripts): what `npx verbind report --format html`
 * writes and what the PDF is printed from. Not served as a web page (the
 * site's CSP allows stylesheets from 'self' only; the page itself links
 * /assets/verbind.css).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Lang } from '../../vocabulary/matrix.js';
import { PageContext } from '../../web/page-context.js';
import { LandscapePage, type LandscapePageProps } from './LandscapePage.js';
import { buildReport, translator } from '../service/report.js';
import type { Database } from '../../db/client.js';
import { areaLabels } from '../store/options.js';
import type { Landscape } from '../service/index.js';

let css: string | undefined;
function stylesheet(): string {
  css ??= readFileSync(fileURLToPath(new URL('../../web/assets/verbind.css', import.meta.url)), 'utf8');
  return css;
}

export function renderStandalone(lang: Lang, props: Omit<LandscapePageProps, 'mode'>): string {
  const t = translator(lang);
  const body = renderToStaticMarkup(
    <PageContext.Provider value={{ lang, t, user: null, pathWithoutLang: '/landscape' }}>
      <main id="main" className="wrap">
        <LandscapePage {...props} mode="report" />
      </main>
    </PageContext.Provider>,
  );
  const title = `${t('landscape.title')} · Verbind`;
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  // </style> cannot occur in our own stylesheet; guard anyway so the document cannot be broken out of.
  const style = stylesheet().replace(/<\/style/gi, '<\\/style');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${style}</style></head><body class="standalone">${body}</body></html>`;
}

/** The standalone report of a computed landscape (HTML for the CLI and the PDF), with area names. */
export async function standaloneReport(database: Database, l: Landscape, lang: Lang, shareUrl: string): Promise<string> {
  const report = buildReport(l, lang);
  const areaNames = await areaLabels(database, l.selection.area ?? [], lang);
  return renderStandalone(lang, { report, selection: l.selection, crosstabs: l.crosstabs.map((x) => x.request), shareUrl, areaNames });
}
