/**
 * Descriptions per language (issue 14). `description` holds the Dutch one —
 * the catalogue's original language: the study's survey was Dutch and every
 * record before this holds its Dutch text there — and `description_fr`,
 * `description_en` the translations someone wrote. Pure.
 */

export type DescriptionLang = 'nl' | 'fr' | 'en';

export const DESCRIPTION_LANGS: readonly DescriptionLang[] = ['nl', 'fr', 'en'];

/** The interchange field holding the description in each language. */
export const DESCRIPTION_FIELD = { nl: 'description', fr: 'description_fr', en: 'description_en' } as const satisfies Record<DescriptionLang, string>;

export type Described = { description?: string | null | undefined; description_fr?: string | null | undefined; description_en?: string | null | undefined };

/** Every description that exists, in nl, fr, en order. */
export function descriptionsOf(i: Described): { lang: DescriptionLang; text: string }[] {
  return DESCRIPTION_LANGS.flatMap((lang) => {
    const text = i[DESCRIPTION_FIELD[lang]];
    return text ? [{ lang, text }] : [];
  });
}

/**
 * The description to show on a page in `lang`: its own language when written, else the Dutch one,
 * else whichever exists (a French-only Brussels initiative on a Dutch page). `lang` of the result
 * says which it is, so the page can mark it (lang="…") and say it is not in the page's language.
 */
export function descriptionFor(i: Described, lang: DescriptionLang): { lang: DescriptionLang; text: string } | undefined {
  const all = descriptionsOf(i);
  return all.find((d) => d.lang === lang) ?? all.find((d) => d.lang === 'nl') ?? all[0];
}

/** The languages a coder has not written a description in yet (empty: all three are there). */
export function missingDescriptionLangs(i: Described): DescriptionLang[] {
  const have = new Set(descriptionsOf(i).map((d) => d.lang));
  return DESCRIPTION_LANGS.filter((l) => !have.has(l));
}
