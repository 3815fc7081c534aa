/** Small pieces shared by the catalogue pages: code labels, tags, links to the matrix pages. */
import { AXES, findCode, type AxisName, type Lang } from '../../vocabulary/matrix.js';
import { href, usePage } from '../../web/page-context.js';

export function codeLabel(axis: AxisName, code: string, lang: Lang): string {
  return findCode(axis, code)?.label[lang] ?? code;
}

/** A code as a link to its explanation page; effective elements are marked in words, not only colour. */
export function CodeLink({ axis, code }: { axis: AxisName; code: string }) {
  const { lang, t } = usePage();
  const effective = axis === 'elements' && findCode(axis, code)?.effective;
  return (
    <>
      <a href={href(lang, `/matrix/${axis}/${code}`)}>{codeLabel(axis, code, lang)}</a>
      {effective && (
        <>
          {' '}
          <span className="star" title={t('initiative.effective')}>
            *<span className="visually-hidden"> ({t('initiative.effective')})</span>
          </span>
        </>
      )}
    </>
  );
}

export function Tags({ axis, codes }: { axis: AxisName; codes: readonly string[] }) {
  const { lang, t } = usePage();
  if (!codes.length) return null;
  return (
    <ul className="tags" aria-label={AXES[axis].label[lang]}>
      {codes.map((c) => {
        const effective = axis === 'elements' && findCode(axis, c)?.effective;
        return (
          <li key={c} className={effective ? 'tag effective' : 'tag'}>
            {codeLabel(axis, c, lang)}
            {effective && <span className="visually-hidden"> ({t('initiative.effective')})</span>}
          </li>
        );
      })}
    </ul>
  );
}
