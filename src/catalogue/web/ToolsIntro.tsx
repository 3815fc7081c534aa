// @jsxRuntime automatic
// @jsxImportSource react
/** The home page's introduction: each tool of Verbind in one plain sentence, with its link (shown on the search page without a query). */
import { href, usePage } from '../../web/page-context.js';
import { colon } from '../../i18n/index.js';

const TOOLS = [
  { key: 'search', path: '/#results-title' },
  { key: 'survey', path: '/survey' },
  { key: 'coding', path: '/coding' },
  { key: 'landscape', path: '/landscape' },
  { key: 'monitor', path: '/monitor' },
  { key: 'screening', path: '/self-check' },
  { key: 'matching', path: '/matches' },
] as const;

export function ToolsIntro() {
  const { lang, t } = usePage();
  return (
    <section className="tools-intro" aria-labelledby="tools-h">
      <h2 id="tools-h">{t('home.tools.heading')}</h2>
      <ul>
        {TOOLS.map((tool) => (
          <li key={tool.key}>
            <a href={href(lang, tool.path)}>{t(`home.tools.name.${tool.key}`)}</a>
            {colon(lang)} {t(`home.tools.${tool.key}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
