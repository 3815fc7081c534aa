/** The ranking by need against supply: estimated people per local initiative with an effective element. */
import { usePage, href } from '../../web/page-context.js';
import { colon } from '../../i18n/index.js';
import { AXES, BRUSANO_CATEGORIES, findCode, isEffective, codesOf } from '../../vocabulary/matrix.js';
import { type MonitorView } from '../service/pages-data.js';
import { formats } from './view-format.js';

/** The effective elements of the matrix (marked *): when an area lacks them all, the gap list says "all six" instead of naming them again. */
const EFFECTIVE_COUNT = codesOf('elements').filter(isEffective).length;

export function RankingSection({ view }: { view: MonitorView }) {
  const { lang, t } = usePage();
  const f = formats(lang);
  const elLabel = (c: string) => findCode('elements', c)?.label[lang] ?? c;
  const catLabel = (c: string) => BRUSANO_CATEGORIES.find((x) => x.code === c)?.label[lang] ?? c;
  const ageLabel = (c: string) => AXES.age_groups.codes.find((x) => x.code === c)?.label[lang] ?? c;
  const list = (items: string[], label: (c: string) => string) => (items.length ? items.map(label).join(', ') : t('monitor.ranking.nothingMissing'));
  const missing = [...new Set(view.ranking.areas.flatMap((r) => r.missing.effectiveElements))];
  return (
    <section aria-labelledby="ranking-heading" id="ranking">
      <h2 id="ranking-heading">{t('monitor.ranking.heading')}</h2>
      <p>{t('monitor.ranking.rule')}</p>
      {view.ranking.areas.length === 0 ? (
        <p className="notice">{t('monitor.ranking.empty')}</p>
      ) : (
        <ol className="ranking">
          {view.ranking.areas.map((r) => (
            <li key={r.code} id={`rank-${r.code}`}>
              <h3>
                <a href={`#row-${r.code}`}>{r.name}</a>
              </h3>
              <p>
                {t('monitor.ranking.need', { count: f.int(r.need.count), percent: f.pct(r.need.percent), effective: r.supply.effective })}
                {r.supply.wider.initiatives > 0 && ` ${t('monitor.ranking.wider', { wider: r.supply.wider.initiatives, effective: r.supply.wider.effective })}`}
              </p>
              <dl className="missing">
                <dt>{t('monitor.ranking.missingElements')}</dt>
                <dd>{r.missing.effectiveElements.length === EFFECTIVE_COUNT ? t('monitor.ranking.allElements', { n: EFFECTIVE_COUNT }) : list(r.missing.effectiveElements, elLabel)}</dd>
                <dt>{t('monitor.ranking.missingCategories')}</dt>
                <dd>{r.missing.categories.length === BRUSANO_CATEGORIES.length ? t('monitor.ranking.allCategories', { n: BRUSANO_CATEGORIES.length }) : list(r.missing.categories, catLabel)}</dd>
                <dt>{t('monitor.ranking.missingAges')}</dt>
                <dd>{list(r.missing.ageGroups, ageLabel)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {missing.length > 0 && (
        // Once for the whole list (each ranked area would otherwise repeat the same initiatives): what is offered elsewhere.
        <>
          <h3>{t('monitor.ranking.elsewhere').replace(/\s*:\s*$/, '')}</h3>
          <ul className="elsewhere">
            {missing.map((el) => (
              <li key={el}>
                <strong>{elLabel(el)}</strong>
                {colon(lang)}{' '}
                {(view.elsewhere.get(el) ?? []).map((i) => (
                  <span key={i.id}>
                    {/* Proper names, not translated. */}
                    <a href={href(lang, `/initiatives/${encodeURIComponent(i.id)}`)} translate="no">
                      {i.name}
                    </a>
                    {', '}
                  </span>
                ))}
                <a href={`${href(lang, '/')}?elements=${encodeURIComponent(el)}`}>{t('monitor.ranking.searchElement', { element: elLabel(el) })}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
