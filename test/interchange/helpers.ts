/** Small builders for interchange test files. */
export const HEADER = ['id', 'name', 'elements', 'prevention', 'dimensions', 'social_isolation', 'age_groups', 'primary_actor', 'geographic_level'];

/** A CSV with the required columns; each row gives cells in HEADER order. */
export function csv(rows: string[][], sep = ',', header = HEADER): string {
  return [header, ...rows].map((r) => r.join(sep)).join('\n') + '\n';
}

export const goodRow = (id: string) => [id, `Initiatief ${id}`, 'meeting', 'primary', 'social', 'false', 'older', 'local_government', 'local'];

export const goodJson = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Initiatief ${id}`,
  elements: ['meeting'],
  prevention: 'primary',
  dimensions: ['social'],
  social_isolation: false,
  age_groups: ['older'],
  primary_actor: 'local_government',
  geographic_level: 'local',
  ...extra,
});
