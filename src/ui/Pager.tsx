/**
 * Previous / "page X of Y" / next, as a labelled navigation landmark: the one pager of the
 * catalogue, the coders' desk and the submission queue. Nothing when everything fits on one page.
 */
export function Pager({ page, pages, href, label, prev, next, position }: { page: number; pages: number; href: (page: number) => string; label: string; prev: string; next: string; position: string }) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {prev}
        </a>
      )}
      <span>{position}</span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {next}
        </a>
      )}
    </nav>
  );
}
