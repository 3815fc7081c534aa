/**
 * A table that can be wider than a phone. It scrolls sideways inside its own region, so the page
 * itself never does (WCAG 1.4.10 reflow: data tables may scroll in two directions, the page may
 * not). The region takes keyboard focus so it scrolls without a mouse, and carries a name of its
 * own (a unique label or the id of a unique heading): two regions with one name would be
 * indistinguishable in a screen reader's landmark list (axe landmark-unique).
 *
 * `className` picks the region's look: `table-wrap` (sideways only, the default) or the
 * monitor's `table-scroll` (both ways, at most 40rem high, for tables of hundreds of rows).
 */
import type { ReactNode } from 'react';

export function ScrollTable({ label, labelledBy, className = 'table-wrap', children }: { label?: string | undefined; labelledBy?: string | undefined; className?: string; children: ReactNode }) {
  return (
    <div className={className} role="region" tabIndex={0} aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
