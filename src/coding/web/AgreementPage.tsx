/**
 * /{lang}/coding/agreement: how well two coders agree, per axis, on the
 * submissions both coded: percentage agreement, Cohen's kappa with a
 * plain-language reading (Landis & Koch 1977), and for axes where several
 * codes may be ticked, how often both ticked exactly the same codes.
 */
import { AXES } from '../../vocabulary/matrix.js';
import { href, usePage } from '../../web/page-context.js';
import type { AxisAgreement } from '../agreement.js';
import { CodingNav, formatKappa, formatPercent } from './submission-ui.js';
import { DataTable } from '../../ui/DataTable.js';
import { SelectField } from '../../ui/form-fields.js';

export interface AgreementProps {
  coders: { id: string; name: string; count: number }[];
  a?: string | undefined;
  b?: string | undefined;
  /** Set once two different coders are chosen. */
  result?: { pairs: number; rows: AxisAgreement[] } | undefined;
  problem?: string | undefined;
}

/**
 * Landis, J. R. & Koch, G. G. (1977). The measurement of observer agreement
 * for categorical data. Biometrics 33(1), 159-174: their bands for kappa.
 */
export function kappaBand(kappa: number): 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect' {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almostPerfect';
}

export function AgreementPage({ coders, a, b, result, problem }: AgreementProps) {
  const { lang, t } = usePage();
  const nameOf = (id: string | undefined) => coders.find((c) => c.id === id)?.name ?? '';
  return (
    <>
      <CodingNav current="agreement" />
      <h1>{t('agreement.title')}</h1>
      <p className="lead">{t('agreement.lead')}</p>
      {coders.length < 2 ? (
        <p>{t('agreement.tooFew')}</p>
      ) : (
        <form method="get" action={href(lang, '/coding/agreement')} className="search-box">
          {(['a', 'b'] as const).map((k, i) => (
            <SelectField
              key={k}
              id={`coder-${k}`}
              name={k}
              label={t(i === 0 ? 'agreement.coderA' : 'agreement.coderB')}
              value={(k === 'a' ? a : b) ?? coders[i]?.id}
              options={coders.map((c) => ({ value: c.id, label: t('agreement.coderOption', { name: c.name, count: c.count }) }))}
            />
          ))}
          <button type="submit">{t('agreement.show')}</button>
        </form>
      )}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {result && result.pairs === 0 && <p role="status">{t('agreement.noPairs', { a: nameOf(a), b: nameOf(b) })}</p>}
      {result && result.pairs > 0 && (
        <>
          <h2>{t('agreement.resultTitle', { a: nameOf(a), b: nameOf(b) })}</h2>
          <p role="status">{t('agreement.pairs', { count: result.pairs })}</p>
          {/* Its rows stack on a phone (stack-table): no scroll region needed. */}
          <DataTable
            scroll={false}
            id="agreement-table"
            className="stack-table"
            caption={t('agreement.caption')}
            captionHidden
            columns={[
              { label: t('agreement.col.axis') },
              { label: t('agreement.col.n'), className: 'num' },
              { label: t('agreement.col.agreement'), className: 'num' },
              { label: t('agreement.col.kappa'), className: 'num' },
              { label: t('agreement.col.reading') },
              { label: t('agreement.col.exactSet'), className: 'num' },
            ]}
          >
            {result.rows.map((r) => (
              <tr key={r.axis} data-axis={r.axis}>
                <th scope="row">{r.axis === 'social_isolation' ? t('coding.field.social_isolation') : AXES[r.axis].label[lang]}</th>
                <td className="num" data-label={t('agreement.col.n')}>
                  {r.n}
                </td>
                <td className="num" data-label={t('agreement.col.agreement')}>
                  {formatPercent(r.agreement, lang)}
                </td>
                <td className="num" data-label={t('agreement.col.kappa')}>
                  {formatKappa(r.kappa, lang)}
                </td>
                <td data-label={t('agreement.col.reading')}>{r.kappa === null ? t(r.n === 0 ? 'agreement.reading.none' : 'agreement.reading.undefined') : t(`agreement.band.${kappaBand(r.kappa)}`)}</td>
                <td className="num" data-label={t('agreement.col.exactSet')}>
                  {r.exactSetAgreement === undefined ? t('agreement.exactSet.single') : formatPercent(r.exactSetAgreement, lang)}
                </td>
              </tr>
            ))}
          </DataTable>
          <h2>{t('agreement.how.title')}</h2>
          <ul>
            <li>{t('agreement.how.agreement')}</li>
            <li>{t('agreement.how.kappa')}</li>
            <li>{t('agreement.how.multi')}</li>
            <li>{t('agreement.how.bands')}</li>
          </ul>
          <h3>{t('agreement.sources')}</h3>
          <ul className="sources">
            <li>Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement, 20(1), 37–46.</li>
            <li>Landis, J. R., &amp; Koch, G. G. (1977). The measurement of observer agreement for categorical data. Biometrics, 33(1), 159–174.</li>
          </ul>
        </>
      )}
    </>
  );
}
