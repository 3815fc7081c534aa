/**
 * A status as a small coloured label; the text always says the status, so colour is never the
 * only cue. Two kinds: a workflow's status and a finding's weight.
 */
import type { ReactNode } from 'react';

export type StatusTone = 'published' | 'archived' | 'draft';
export type Severity = 'high' | 'medium' | 'low' | 'info';
export type BadgeTone = StatusTone | `sev-${Severity}`;

export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}

/**
 * Every workflow's statuses in three tones, so they look alike everywhere: done (an initiative
 * published, a submission published or merged, an account active), stopped (archived, rejected,
 * inactive) and waiting (everything else: draft, submitted, question, coded).
 */
const DONE: ReadonlySet<string> = new Set(['published', 'merged', 'active']);
const STOPPED: ReadonlySet<string> = new Set(['archived', 'rejected', 'inactive']);

export const statusTone = (status: string): StatusTone => (DONE.has(status) ? 'published' : STOPPED.has(status) ? 'archived' : 'draft');

/** A workflow status (`children`: the status in the page's words). */
export function StatusBadge({ status, children }: { status: string; children: ReactNode }) {
  return <Badge tone={statusTone(status)}>{children}</Badge>;
}

/** A finding's weight (the landscape's gaps): high, medium, low or for information. */
export function SeverityBadge({ severity, children }: { severity: Severity; children: ReactNode }) {
  return <Badge tone={`sev-${severity}`}>{children}</Badge>;
}
