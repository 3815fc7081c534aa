// @jsxRuntime automatic
// @jsxImportSource react
/**
 * The first page of the printed landscape (HTML report and PDF): the key figures per axis and
 * the main gaps with the study's recommendation and its section, so a reader who reads one page
 * has the selection, N, what is most common and what is missing. The figures and findings are
 * those of the report object (report.ts, gaps.ts); nothing is computed here but the choice of
 * what to show: per axis its most frequent codes, and the gaps of severity high or medium.
 */
import { AXES, type AxisName } from '../../vocabulary/matrix.js';
import { usePage } from '../../web/page-context.js';
import { citationParts, formatNumber, type LandscapeReport } from '../service/report.js';
import { SeverityBadge } from '../../ui/Badge.js';
import { DutchParts } from '../../ui/DutchParts.js';
import { DataTable } from '../../ui/DataTable.js';

/** The axes whose most frequent codes the summary names, and how many codes each (the elements are the study's main table). */
const KEY_AXES: [AxisName, number][] = [
  ['elements', 3],
  ['prevention', 1],
  ['dimensions', 1],
  ['age_groups', 2],
  ['approach', 1],
  ['geographic_level', 1],
];
/** At most this many findings on the summary page; the others follow in the gap analysis. */
const MAX_GAPS = 3;

const pct = (p: number | null, lang: 'nl' | 'fr' | 'en') => (p === null ? '–' : `${formatNumber(p, lang, 1)}${lang === 'fr' ? '\u00a0' : ''}%`);

export function ReportSummary({ report }: { report: LandscapeReport }) {
  const { lang, t } = usePage();
  const main = report.gaps.filter((g) => g.severity === 'high' || g.severity === 'medium');
  const shown = main.slice(0, MAX_GAPS);
  const rows = KEY_AXES.flatMap(([axis, k]) => {
    const a = report.axes[axis];
    if (!a) return [];
    const top = [...a.codes].filter((c) => c.count > 0).sort((x, y) => y.count - x.count).slice(0, k);
    return top.length ? [{ axis, label: AXES[axis].label[lang], top }] : [];
  });
  const ep = report.elementsPerInitiative;
  return (
    <section className="report-summary" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title" className="visually-hidden">
        {t('landscape.report.summary')}
      </h2>
      {report.n > 0 && (
        <>
          <h3>{t('landscape.report.keyFigures')}</h3>
          {/* The printed report's summary: on paper, no scroll region. */}
          <DataTable scroll={false} className="ltable key-figures" caption={t('landscape.report.keyFiguresCaption', { n: report.n })} captionClassName="muted small" columns={[{ label: t('landscape.report.what') }, { label: t('landscape.report.most') }]}>
            {rows.map((r) => (
              <tr key={r.axis}>
                <th scope="row">{r.label}</th>
                <td>{r.top.map((c) => `${c.label} ${pct(c.percent, lang)} (${c.count})`).join(' · ')}</td>
              </tr>
            ))}
            {ep.mean !== null && (
              <tr>
                <th scope="row">{t('landscape.section.elementsPer')}</th>
                <td>{t('landscape.mean', { mean: Number(ep.mean.toFixed(2)) })}</td>
              </tr>
            )}
            <tr>
              <th scope="row">{t('landscape.socialIsolation')}</th>
              <td>
                {pct(report.socialIsolation.percent, lang)} ({report.socialIsolation.count})
              </td>
            </tr>
          </DataTable>
        </>
      )}
      <h3>{t('landscape.report.mainGaps')}</h3>
      {shown.length === 0 ? (
        <p>{t('landscape.report.noMainGaps')}</p>
      ) : (
        <ul className="summary-gaps">
          {shown.map((g, i) => (
            <li key={g.id} className={`sev-${g.severity}`}>
              <strong>
                <SeverityBadge severity={g.severity}>{g.severityLabel}</SeverityBadge> {g.title}
              </strong>
              {/* Two findings with the same recommendation (young people, young adults) print it once, under the second. */}
              {g.recommendation && shown[i + 1]?.recommendation?.text !== g.recommendation.text && (
                <>
                  <br />
                  {g.recommendation.text}{' '}
                  <cite>
                    (<DutchParts parts={citationParts(g.recommendation.source, lang)} lang={lang} />)
                  </cite>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {report.gaps.length > shown.length && <p className="muted small">{t('landscape.report.moreGaps', { n: report.gaps.length - shown.length })}</p>}
    </section>
  );
}
