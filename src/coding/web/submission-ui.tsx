/** Small pieces shared by the coders' intake pages. */
import { formatNumber } from '../../platform/format.js';
import type { Lang } from '../../i18n/index.js';
import type { Translate } from '../../i18n/index.js';
import { href, usePage } from '../../web/page-context.js';

/**
 * The intake pages' own small stylesheet (two columns on the review page,
 * highlighted triggers, the import steps) and the optional script that
 * shows an import is running. Both are static files under /assets/; the
 * pages work without them.
 */
export function IntakeAssets({ script = false }: { script?: boolean }) {
  return (
    <>
      <link rel="stylesheet" href="/assets/intake.css" />
      {script && <script src="/assets/intake.js" defer />}
    </>
  );
}

/** Links between the coders' intake pages and the coding desk. */
export function CodingNav({ current }: { current: 'queue' | 'import' | 'agreement' | 'review' }) {
  const { lang, t } = usePage();
  const items = [
    ['desk', '/coding', 'coding.desk.title'],
    ['queue', '/coding/submissions', 'queue.title'],
    ['import', '/coding/import', 'upload.title'],
    ['agreement', '/coding/agreement', 'agreement.title'],
  ] as const;
  return (
    <>
      <IntakeAssets script={current === 'import'} />
      <nav aria-label={t('queue.nav')} className="intake-nav">
        <ul>
          {items.map(([key, path, label]) => (
            <li key={key}>
              <a href={href(lang, path)} aria-current={key === current ? 'page' : undefined}>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}

/** "45 %" or "45,5 %" as people read it in the page's language. */
export function formatPercent(share: number | null | undefined, lang: string): string {
  if (share === null || share === undefined) return '—';
  return formatNumber(share, lang as Lang, { style: 'percent', maximumFractionDigits: 1 });
}

/** Kappa with two decimals ("0,62"). */
export function formatKappa(kappa: number | null | undefined, lang: string): string {
  if (kappa === null || kappa === undefined) return '—';
  return formatNumber(kappa, lang as Lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Where a submission came from, in words: the web form, the API, or the name of an imported file. */
export function sourceLabel(source: string, t: Translate): string {
  return source === 'form' ? t('queue.source.form') : source === 'api' ? t('queue.source.api') : source;
}
