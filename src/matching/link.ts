/** The professionals' matching page for what a screening found: elements, age group and municipality prefilled (GET form parameters). */
export function matchesLink(lang: string, elements: readonly string[], ageGroup?: string, municipality?: string): string {
  const p = new URLSearchParams();
  if (municipality) p.set('municipality', municipality);
  if (ageGroup) p.set('age_group', ageGroup);
  if (elements.length) p.set('elements', elements.join(','));
  const qs = p.toString();
  return `/${lang}/matches${qs ? `?${qs}` : ''}`;
}
