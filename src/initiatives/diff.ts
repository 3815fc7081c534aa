/** Which fields changed between two versions of an initiative: field -> [before, after]. */
export type Changes = Record<string, [unknown, unknown]>;

export function diffInitiatives(before: Record<string, unknown> | undefined, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const k of keys) {
    if (k === 'created_at' || k === 'updated_at') continue;
    const a = before?.[k];
    const b = after[k];
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes[k] = [a ?? null, b ?? null];
  }
  return changes;
}
