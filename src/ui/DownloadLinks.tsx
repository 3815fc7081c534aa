/**
 * The list of a page's downloads (map as SVG/PNG, table as CSV/XLSX, report as PDF, the API).
 * A link marked `file` carries the `download` attribute, so the browser saves it instead of
 * leaving the page; a link to something the browser shows (the JSON API, a PDF that may answer
 * with a page saying it is unavailable) has none.
 */
import type { ReactNode } from 'react';

export interface DownloadLink {
  href: string;
  label: ReactNode;
  /** Saved as a file (the `download` attribute). */
  file?: boolean;
}

/** `className`: `downloads` (plain links) or the landscape's `download-list` (bold links). */
export function DownloadLinks({ links, className = 'downloads' }: { links: readonly DownloadLink[]; className?: string }) {
  return (
    <ul className={className}>
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href} download={l.file || undefined}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
