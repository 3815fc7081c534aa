/**
 * The one data table: a caption (shown, or read by screen readers only), one row of column
 * headers, some of them sort links, and the rows the page writes, inside ScrollTable's named
 * region so a wide table scrolls by itself and never the page.
 *
 * Sorting is the server's: a header is a plain link to the same page with another `sort`/`dir`
 * in its query string (built by the page, so every other choice is kept), which works without
 * JavaScript. The sorted header carries `aria-sort`, an arrow for the eye (hidden from screen
 * readers) and the direction in words for the ear; the other sortable headers say they sort.
 */
import type { ReactNode } from 'react';
import { ScrollTable } from './ScrollTable.js';

export type SortDir = 'asc' | 'desc';

export interface Column<K extends string = string> {
  label: ReactNode;
  /** The column's sort key: with the table's `sort`, its header is a link that sorts by it. */
  sort?: K;
  /** On the header cell (e.g. `num`, right-aligned figures). */
  className?: string;
}

export interface TableSort<K extends string = string> {
  by: K;
  dir: SortDir;
  /** The page sorted another way (the page keeps its other parameters). */
  href: (by: K, dir: SortDir) => string;
  /** The direction of a first click on a column not sorted yet (default ascending). */
  firstDir?: (by: K) => SortDir;
  /** Screen-reader words after a header: the sorted one's direction, the others' "sorts". */
  said: { asc: string; desc: string; sortable: string };
}

export interface DataTableProps<K extends string = string> {
  caption: ReactNode;
  /** Caption for screen readers only (the heading above already says it to the eye). */
  captionHidden?: boolean;
  /** Another class on a visible caption (e.g. `muted small`). */
  captionClassName?: string;
  /** The caption's id; the region is then named by it (else by `label`, or by the caption text). */
  captionId?: string;
  /** The region's name as text (default: the caption, when it is text). */
  label?: string;
  /** The region named by another element (a unique heading), when the caption is not unique on the page. */
  labelledBy?: string;
  /** The region's class (ScrollTable); false for a table that needs no region (one that stacks on a phone). */
  scroll?: string | false;
  id?: string;
  className?: string;
  columns: readonly Column<K>[];
  sort?: TableSort<K> | undefined;
  /** The body's rows (`<tr>`…). */
  children: ReactNode;
}

export function DataTable<K extends string = string>({ caption, captionHidden, captionClassName, captionId, label, labelledBy, scroll = 'table-wrap', id, className, columns, sort, children }: DataTableProps<K>) {
  const captionClass = captionHidden ? 'visually-hidden' : captionClassName;
  const table = (
    <table id={id} className={className}>
      <caption id={captionId} className={captionClass}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((c, i) => (c.sort !== undefined && sort ? <SortHeader key={i} column={c as Column<K> & { sort: K }} sort={sort} /> : <th key={i} scope="col" className={c.className}>{c.label}</th>))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (scroll === false) return table;
  const named = labelledBy ?? captionId;
  return (
    <ScrollTable className={scroll} labelledBy={named} label={named ? undefined : label ?? (typeof caption === 'string' ? caption : undefined)}>
      {table}
    </ScrollTable>
  );
}

/** `aria-sort` of a header: only the sorted column has one (ARIA: at most one per table). */
export const ariaSort = (dir: SortDir) => (dir === 'asc' ? 'ascending' : 'descending');

function SortHeader<K extends string>({ column, sort }: { column: Column<K> & { sort: K }; sort: TableSort<K> }) {
  const active = sort.by === column.sort;
  const next: SortDir = active ? (sort.dir === 'asc' ? 'desc' : 'asc') : (sort.firstDir?.(column.sort) ?? 'asc');
  return (
    <th scope="col" className={column.className} aria-sort={active ? ariaSort(sort.dir) : undefined}>
      <a href={sort.href(column.sort, next)}>
        {column.label}
        {active && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
        <span className="visually-hidden">{` (${active ? sort.said[sort.dir] : sort.said.sortable})`}</span>
      </a>
    </th>
  );
}
