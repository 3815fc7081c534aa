/**
 * An initiative's name linking to its public page, with its organisation in brackets: proper names,
 * marked translate="no" so a browser's translation leaves them alone. Pure rendering, shared by
 * the matrix pages and the area sheet (issue 10: one component, no copies).
 */
import { href, usePage } from '../web/page-context.js';

export function InitiativeNameLink({ id, name, organisation }: { id: string; name: string; organisation?: string | null | undefined }) {
  const { lang } = usePage();
  return (
    <>
      <a href={href(lang, `/initiatives/${encodeURIComponent(id)}`)} translate="no">
        {name}
      </a>
      {organisation ? (
        <>
          {' ('}
          <span translate="no">{organisation}</span>)
        </>
      ) : (
        ''
      )}
    </>
  );
}
