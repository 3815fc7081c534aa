/**
 * An initiative's name linking to its public page, with its organisation in brackets: proper names,
 * marked translate="no" so a browser's translation leaves them alone. Pure rendering, shared by
 * the matrix pages and the area sheet (issue 10: one component, no copies).
 */
import { href, usePage } from '../web/page-context.js';

/** `marked={false}`: the list around it already says translate="no" (a list of names only), so each name need not. */
export function InitiativeNameLink({ id, name, organisation, marked = true }: { id: string; name: string; organisation?: string | null | undefined; marked?: boolean }) {
  const { lang } = usePage();
  const no = marked ? ('no' as const) : undefined;
  return (
    <>
      <a href={href(lang, `/initiatives/${encodeURIComponent(id)}`)} translate={no}>
        {name}
      </a>
      {organisation ? <>{' ('}{marked ? <span translate="no">{organisation}</span> : organisation})</> : ''}
    </>
  );
}
