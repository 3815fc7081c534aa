/**
 * Numbers people compare are a chart or a map with a table beside it (the developers' guide): the
 * figure and the table of the same numbers side by side on a wide screen, the table below the
 * figure on a phone and on paper, then notes about them and their downloads. The layout is one
 * grid in the stylesheet (`.figure-table`, src/web/assets/verbind.css).
 *
 * Accessibility stays with the caller, as each figure knows how it is read: a chart carries its
 * text alternative (an SVG with a title and description), a map of links is read link by link; the
 * table is the full accessible version of the numbers, with a caption of its own.
 */
import type { ReactNode } from 'react';
import { DownloadLinks, type DownloadLink } from './DownloadLinks.js';

/**
 * `beside`: the figure takes three fifths of a wide screen, its (short) table the rest — the
 * landscape's bar charts. `halves`: a map and a table of many columns, each half of a very wide
 * screen — the monitor. `stacked`: the table always below a figure too wide to share a row (a
 * cross-table chart of many columns, two maps side by side).
 */
export type FigureLayout = 'beside' | 'halves' | 'stacked';

export interface FigureDownloads {
  links: readonly DownloadLink[];
  /** A heading (h2) over the links, with its id: the downloads are then a section of the page. */
  title?: ReactNode;
  titleId?: string;
  /** DownloadLinks' look: `downloads` (plain) or `download-list` (bold). */
  className?: string;
}

export interface FigureWithTableProps {
  /** The chart or map with its title and text alternative (or its caller's heading). */
  figure: ReactNode;
  /** The same numbers as a table (DataTable or a ScrollTable with a caption). */
  table: ReactNode;
  layout?: FigureLayout;
  /** Said of both (a source, what does not add up), below them. */
  notes?: ReactNode;
  downloads?: FigureDownloads;
}

export function FigureWithTable({ figure, table, layout = 'beside', notes, downloads }: FigureWithTableProps) {
  return (
    <>
      <div className={`figure-table ${layout}`}>
        {figure}
        {table}
      </div>
      {notes}
      {downloads && <Downloads {...downloads} />}
    </>
  );
}

function Downloads({ links, title, titleId, className }: FigureDownloads) {
  const list = <DownloadLinks links={links} className={className} />;
  return title ? (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {list}
    </section>
  ) : (
    list
  );
}
