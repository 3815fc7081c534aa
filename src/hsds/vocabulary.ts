/**
 * The matrix as HSDS taxonomies: one taxonomy per axis, one term per code,
 * plus a one-term taxonomy for the yes/no flag "also addresses social
 * isolation" so a service can be found by it too. Names in the requested
 * language; the description carries all three languages.
 */
import { AXES, AXIS_NAMES, type AxisName, type Lang, type Labels } from '../vocabulary/matrix.js';
import { hsdsId } from './ids.js';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.js';

/** Edition of the study's matrix the codes come from. */
export const MATRIX_VERSION = '2023';
/** Edition of Verbind's access taxonomy (issue 13). */
export const ACCESS_VERSION = '2026';

export const SOCIAL_ISOLATION = 'social_isolation';
/** Verbind's taxonomy for access facts HSDS has no field for (how one takes part, how to join, capacity). */
export const ACCESS = 'access';
export type TaxonomyName = AxisName | typeof SOCIAL_ISOLATION | typeof ACCESS;
export const TAXONOMY_NAMES: readonly TaxonomyName[] = [...AXIS_NAMES, SOCIAL_ISOLATION, ACCESS];

const ACCESS_LABELS: Labels = { nl: 'Toegang', fr: 'Accès', en: 'Access' };
/**
 * Terms of the access taxonomy: the ways to take part (modes), how to join (entry), what is
 * offered to get there, and the capacity status (an attribute's value is the day it was set).
 */
export const ACCESS_TERMS: readonly { code: string; label: Labels }[] = [
  { code: 'mode_in_person', label: { nl: 'Ter plaatse', fr: 'Sur place', en: 'In person' } },
  { code: 'mode_at_home', label: { nl: 'Komt aan huis', fr: 'À domicile', en: 'Comes to the home' } },
  { code: 'mode_online', label: { nl: 'Online', fr: 'En ligne', en: 'Online' } },
  { code: 'mode_by_phone', label: { nl: 'Per telefoon', fr: 'Par téléphone', en: 'By phone' } },
  { code: 'entry_self', label: { nl: 'Zelf aansluiten', fr: 'Accès libre', en: 'Join directly' } },
  { code: 'entry_referral', label: { nl: 'Doorverwijzing nodig', fr: 'Sur orientation', en: 'Referral needed' } },
  { code: 'entry_contact_first', label: { nl: 'Eerst contact opnemen', fr: 'Prendre contact d’abord', en: 'Contact first' } },
  { code: 'transport', label: { nl: 'Vervoer aangeboden', fr: 'Transport proposé', en: 'Transport offered' } },
  { code: 'accompaniment', label: { nl: 'Begeleiding mogelijk', fr: 'Accompagnement possible', en: 'Accompaniment possible' } },
  { code: 'capacity_has_room', label: { nl: 'Heeft plaats', fr: 'A de la place', en: 'Has room' } },
  { code: 'capacity_waitlist', label: { nl: 'Wachtlijst', fr: 'Liste d’attente', en: 'Waitlist' } },
  { code: 'capacity_full', label: { nl: 'Volzet', fr: 'Complet', en: 'Full' } },
];

const SOCIAL_ISOLATION_LABELS: Labels = { nl: 'Sociaal isolement', fr: 'Isolement social', en: 'Social isolation' };
const SOCIAL_ISOLATION_TERM: Labels = {
  nl: 'Werkt ook tegen sociaal isolement',
  fr: 'Agit aussi contre l’isolement social',
  en: 'Also addresses social isolation',
};

const allLanguages = (l: Labels) => `nl: ${l.nl} · fr: ${l.fr} · en: ${l.en}`;

function taxonomyLabels(name: TaxonomyName): Labels {
  return name === SOCIAL_ISOLATION ? SOCIAL_ISOLATION_LABELS : name === ACCESS ? ACCESS_LABELS : AXES[name].label;
}

export function taxonomies(lang: Lang = 'nl'): HsdsTaxonomy[] {
  return TAXONOMY_NAMES.map((name) => {
    const labels = taxonomyLabels(name);
    if (name === ACCESS) {
      return {
        id: hsdsId.taxonomy(name),
        name: labels[lang],
        description: `Verbind's access facts HSDS has no field for: how one takes part (at home, by phone, …), how to join, transport and accompaniment, and whether there is room (the attribute's value is the day that was last set). ${allLanguages(labels)}`,
        version: ACCESS_VERSION,
      };
    }
    const kind = name === SOCIAL_ISOLATION ? 'a yes/no flag' : AXES[name].multi ? 'several codes per initiative' : 'one code per initiative';
    return {
      id: hsdsId.taxonomy(name),
      name: labels[lang],
      description: `'${name}' of the Verbind matrix, the coding matrix of the Flemish study of loneliness initiatives (${kind}). ${allLanguages(labels)}`,
      version: MATRIX_VERSION,
    };
  });
}

export interface TermRef {
  taxonomy: TaxonomyName;
  code: string;
}

function termOf(ref: TermRef, labels: Labels, lang: Lang, effective: boolean): HsdsTaxonomyTerm {
  return {
    id: hsdsId.term(ref.taxonomy, ref.code),
    code: ref.code,
    name: labels[lang],
    description: `${allLanguages(labels)}${effective ? ' (effectiveness shown in several reviews or meta-analyses)' : ''}`,
    taxonomy_id: hsdsId.taxonomy(ref.taxonomy),
    language: lang,
  };
}

export function taxonomyTerms(lang: Lang = 'nl'): HsdsTaxonomyTerm[] {
  const terms: HsdsTaxonomyTerm[] = [];
  for (const axis of AXIS_NAMES) for (const c of AXES[axis].codes) terms.push(termOf({ taxonomy: axis, code: c.code }, c.label, lang, c.effective === true));
  terms.push(termOf({ taxonomy: SOCIAL_ISOLATION, code: 'true' }, SOCIAL_ISOLATION_TERM, lang, false));
  for (const t of ACCESS_TERMS) terms.push(termOf({ taxonomy: ACCESS, code: t.code }, t.label, lang, false));
  return terms;
}

/** Term id -> which taxonomy and code it stands for (for the taxonomy_term_id filter). */
const refById = new Map<string, TermRef>();
for (const axis of AXIS_NAMES) for (const c of AXES[axis].codes) refById.set(hsdsId.term(axis, c.code), { taxonomy: axis, code: c.code });
refById.set(hsdsId.term(SOCIAL_ISOLATION, 'true'), { taxonomy: SOCIAL_ISOLATION, code: 'true' });
for (const t of ACCESS_TERMS) refById.set(hsdsId.term(ACCESS, t.code), { taxonomy: ACCESS, code: t.code });

export function termRef(termId: string): TermRef | undefined {
  return refById.get(termId.toLowerCase());
}

export function taxonomyNameOf(taxonomyId: string): TaxonomyName | undefined {
  return TAXONOMY_NAMES.find((n) => hsdsId.taxonomy(n) === taxonomyId.toLowerCase());
}
