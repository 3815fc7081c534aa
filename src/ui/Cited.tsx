/**
 * A message that names a source ("Bron: {citation}"): the message in the page's language, the
 * reference itself as it is cited in the code (authors, year, journal, the study's sections, in
 * English) marked lang="en" on a Dutch or French page, so screen readers read it as English and
 * the page's own words stay in the page's language (issue 14).
 * Use: <Cited message={t('screening.source', { citation: PLACE })} citation={r.citation} lang={lang} />
 */
import { PLACE, type Lang } from '../i18n/index.js';

export function Cited({ message, citation, lang }: { message: string; citation: string; lang: Lang }) {
  const i = message.indexOf(PLACE);
  const ref = <span lang={lang === 'en' ? undefined : 'en'}>{citation}</span>;
  if (i < 0) return <>{message}</>;
  return (
    <>
      {message.slice(0, i)}
      {ref}
      {message.slice(i + PLACE.length)}
    </>
  );
}
