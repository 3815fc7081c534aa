/**
 * The estimate's notes on its data (merged municipalities, sector totals, areas without a parent,
 * initiatives' area codes that could not be placed) as data, said in nl, fr or en where they are
 * shown: the monitor's pages in the page's language, the CLI and the XLSX "about" sheet in
 * English (issue 14: every visible string in the page's language). Pure.
 */
import { defineMessages, makeTranslator, type Lang, type Translate } from '../i18n/index.js';

export type EstimateNote =
  /** Municipalities of the population's year counted in the (merged) municipalities of the areas' year. */
  | { kind: 'merged'; populationYear: number; areasYear: number; merges: { code: string; from: string[] }[] }
  /** Municipalities of the areas' year without a parent at the level above (care zone, district, …). */
  | { kind: 'noParent'; areasYear: number; level: 'zone' | 'district' | 'province' | 'region'; codes: string[] }
  /** Statistical sectors have totals only: each takes its municipality's make-up. */
  | { kind: 'sectorTotals'; source: string; sectorYear: number; populationYear: number }
  /** Municipalities of the sectors without a population composition: their sectors are not covered. */
  | { kind: 'sectorsUncovered'; codes: string[] }
  /** Initiatives' area codes that no area of the model holds. */
  | { kind: 'unplaced'; codes: string[] };

const messages = defineMessages({
  nl: {
    merged: 'Bevolking op 1 januari {populationYear}, getoond op de gemeenten van {areasYear}: {count} gemeenten van {populationYear} tellen mee in {merged} gemeenten van {areasYear} ({list}).',
    noParent:
      '{count} gemeenten van {areasYear} liggen in geen {level, select, zone {eerstelijnszone} district {arrondissement} province {provincie} other {gewest}} ({codes}); {level, select, zone {eerstelijnszones dekken Vlaanderen en Brussel: de lijst van eerstelijnszones van dat jaar ontbreekt voor hen.} other {de indeling in gebieden mist die verbanden.}}',
    sectorTotals: 'Van statistische sectoren is alleen het totaal bekend ({source}, 1 januari {sectorYear}): de schatting van een sector is dat totaal maal de percentages die de samenstelling van zijn gemeente geeft (bevolking {populationYear}), in de veronderstelling dat de sector op zijn gemeente lijkt.',
    sectorsUncovered: '{count} gemeenten van de sectoren hebben geen bevolkingssamenstelling ({codes}): hun sectoren vallen buiten de schatting. Zijn het fusies van 2025, dan brengt de indeling in statistische sectoren van 2025 de oude codes bij de nieuwe.',
    unplaced: '{count} gebiedscodes van initiatieven konden niet geplaatst worden: {codes}.',
  },
  fr: {
    merged: 'Population au 1er janvier {populationYear}, montrée sur les communes de {areasYear} : {count} communes de {populationYear} sont comptées dans {merged} communes de {areasYear} ({list}).',
    noParent:
      '{count} communes de {areasYear} ne sont dans {level, select, zone {aucune zone de première ligne} district {aucun arrondissement} province {aucune province} other {aucune région}} ({codes}) ; {level, select, zone {les zones de première ligne couvrent la Flandre et Bruxelles : la liste des zones de cette année manque pour elles.} other {le découpage des zones ne contient pas ces liens.}}',
    sectorTotals: 'Pour les secteurs statistiques, seul le total est connu ({source}, 1er janvier {sectorYear}) : l’estimation d’un secteur est ce total multiplié par les taux que donne la composition de sa commune (population {populationYear}), en supposant que le secteur ressemble à sa commune.',
    sectorsUncovered: '{count} communes des secteurs n’ont pas de composition de la population ({codes}) : leurs secteurs ne sont pas couverts. S’il s’agit de fusions de 2025, le découpage en secteurs statistiques de 2025 relie les anciens codes aux nouveaux.',
    unplaced: '{count} codes de zone d’initiatives n’ont pas pu être placés : {codes}.',
  },
  en: {
    merged: 'Population of 1 January {populationYear} shown on the municipalities of {areasYear}: {count} municipalities of {populationYear} are counted in {merged} of {areasYear} ({list}).',
    noParent:
      '{count} municipalities of {areasYear} are in no {level, select, zone {care zone} district {district} province {province} other {region}} ({codes}); {level, select, zone {care zones cover Flanders and Brussels: the care-zone list of that year is missing for them.} other {the area hierarchy lacks these links.}}',
    sectorTotals: "Statistical sectors have totals only ({source}, 1 January {sectorYear}): each sector's estimate is its total times the rates its municipality's make-up gives (population {populationYear}), assuming the sector resembles its municipality.",
    sectorsUncovered: '{count} municipalities of the sectors have no population composition ({codes}): their sectors are not covered. If they are 2025 mergers, the statistical-sector hierarchy of 2025 maps the old codes to the new ones.',
    unplaced: '{count} area codes of initiatives could not be placed: {codes}.',
  },
});

const translators = new Map<Lang, Translate>();
const translator = (lang: Lang): Translate => {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeTranslator(messages, lang)));
  return t;
};

/** At most 12 codes, then "…". */
const some = (codes: readonly string[]) => `${codes.slice(0, 12).join(', ')}${codes.length > 12 ? ', …' : ''}`;

/** A note in one language. */
export function noteText(note: EstimateNote, lang: Lang): string {
  const t = translator(lang) as unknown as (key: keyof (typeof messages)['nl'], values: Record<string, unknown>) => string;
  switch (note.kind) {
    case 'merged': {
      const list = note.merges.map((m) => `${m.code} ← ${m.from.join('+')}`).join(lang === 'fr' ? '\u202f; ' : '; ');
      return t('merged', { populationYear: String(note.populationYear), areasYear: String(note.areasYear), count: note.merges.reduce((s, m) => s + m.from.length, 0), merged: note.merges.length, list });
    }
    case 'noParent':
      return t('noParent', { count: note.codes.length, areasYear: String(note.areasYear), level: note.level, codes: some(note.codes) });
    case 'sectorTotals':
      return t('sectorTotals', { source: note.source, sectorYear: String(note.sectorYear), populationYear: String(note.populationYear) });
    case 'sectorsUncovered':
      return t('sectorsUncovered', { count: note.codes.length, codes: some(note.codes) });
    case 'unplaced':
      return t('unplaced', { count: note.codes.length, codes: note.codes.slice(0, 10).join(', ') });
  }
}
