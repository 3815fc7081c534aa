/**
 * A status as a small coloured label. Three tones, whatever the workflow: done (published,
 * merged, active), stopped (archived, rejected, inactive) and waiting (everything else); the
 * text always says the status, so colour is never the only cue.
 */
export type BadgeTone = 'published' | 'archived' | 'draft';

export function Badge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}
