import { withQuery } from '../platform/query-string.js';

/** The professionals' matching page for what a screening found: elements, age group and municipality prefilled (GET form parameters). */
export function matchesLink(lang: string, elements: readonly string[], ageGroup?: string, municipality?: string): string {
  return withQuery(`/${lang}/matches`, { municipality, age_group: ageGroup, elements });
}
