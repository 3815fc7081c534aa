/**
 * Text that quotes Dutch titles (TextPart, src/i18n/index.ts) as a page shows it: the Dutch parts
 * keep their wording and carry lang="nl" on a French or English page (screen readers pronounce
 * them as Dutch), quoted ones inside the page language's quotation marks (« » in French).
 */
import { Fragment } from 'react';
import { QUOTES, type Lang, type TextPart } from '../i18n/index.js';

export function DutchParts({ parts, lang }: { parts: readonly TextPart[]; lang: Lang }) {
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          <Fragment key={i}>{p}</Fragment>
        ) : (
          <Fragment key={i}>
            {p.quoted && QUOTES[lang][0]}
            <span lang={lang === 'nl' ? undefined : 'nl'}>{p.nl}</span>
            {p.quoted && QUOTES[lang][1]}
          </Fragment>
        ),
      )}
    </>
  );
}
