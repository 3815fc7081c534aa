/**
 * A table that can be wider than a phone. It scrolls sideways inside its own region, so the page
 * itself never does (WCAG 1.4.10 reflow: data tables may scroll in two directions, the page may
 * not). The region takes keyboard focus so it scrolls without a mouse, and carries a name of its
 * own (a unique label or the id of a unique heading): two regions with one name would be
 * indistinguishable in a screen reader's landmark list (axe landmark-unique).
 */
import type { ReactNode } from 'react';

export function ScrollTable({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
