/**
 * The profile of a person's loneliness from the scores and the profile
 * questions: the typology of social contacts (seed 001), the dimensions
 * (seed 003 §1.4, seed 004), the course (transient or chronic; seed 002:
 * two years or more is long-term) and the intervention profile of
 * Machielse & Ariaans (2020) named by its three answers (seed 003 §1.2).
 * Pure; nothing is guessed: what was not asked stays "not determined".
 */
import type { InstrumentId, Text } from './instruments.js';
import type { ScoreResult } from './scoring.js';

export const DURATIONS = ['under_6_months', '6_months_to_2_years', 'over_2_years'] as const;
export type Duration = (typeof DURATIONS)[number];

/** Life events the sources name as risk factors (seed 001 "Levensgebeurtenissen"; seed 003 §1.7). */
export const LIFE_EVENTS = ['partner_loss', 'divorce', 'moving', 'retirement', 'illness', 'job_loss', 'income_drop', 'caregiving', 'migration'] as const;
export type LifeEvent = (typeof LIFE_EVENTS)[number];

export const MA_QUESTIONS = {
  nature: ['situational', 'structural'],
  contacts: ['wants_contacts', 'no_wish_for_contacts'],
  strategy: ['active', 'passive'],
} as const;
export type MaNature = (typeof MA_QUESTIONS.nature)[number];
export type MaContacts = (typeof MA_QUESTIONS.contacts)[number];
export type MaStrategy = (typeof MA_QUESTIONS.strategy)[number];

export interface MachielseAriaans {
  nature?: MaNature | undefined;
  contacts?: MaContacts | undefined;
  strategy?: MaStrategy | undefined;
}

/**
 * The three questions and what each answer means, in the study's own words
 * (seed 003 §1.2, after Machielse & Ariaans 2020). Dutch is the study's
 * text; French and English are working translations of it.
 */
export const MA_WORDING: { question: Record<keyof MachielseAriaans, Text>; answer: Record<MaNature | MaContacts | MaStrategy, Text> } = {
  question: {
    nature: { nl: 'Is de problematiek situationeel of structureel?', fr: 'La problématique est-elle situationnelle ou structurelle ?', en: 'Is the problem situational or structural?' },
    contacts: { nl: 'Heeft iemand behoefte om nieuwe sociale contacten op te bouwen?', fr: 'La personne a-t-elle besoin de nouer de nouveaux contacts sociaux ?', en: 'Does the person need to build new social contacts?' },
    strategy: { nl: 'Is iemand in staat om daar actief aan (mee) te werken?', fr: 'La personne est-elle capable d’y travailler activement (avec d’autres) ?', en: 'Is the person able to work on it actively (with others)?' },
  },
  answer: {
    situational: {
      nl: 'Situationele problematiek: mensen die door (recente) omstandigheden of gebeurtenissen vereenzamen of in een sociaal isolement dreigen te komen.',
      fr: 'Problématique situationnelle : des personnes qui deviennent seules ou risquent l’isolement social à cause de circonstances ou d’événements (récents).',
      en: 'Situational: people who become lonely or risk social isolation through (recent) circumstances or events.',
    },
    structural: {
      nl: 'Structurele problematiek: mensen die zich al vele jaren eenzaam voelen of geïsoleerd leven.',
      fr: 'Problématique structurelle : des personnes qui se sentent seules ou vivent isolées depuis de nombreuses années.',
      en: 'Structural: people who have felt lonely or lived in isolation for many years.',
    },
    wants_contacts: {
      nl: 'Mensen die (duidelijke) behoeften hebben om contacten met anderen op te bouwen en gemotiveerd zijn om daaraan te werken.',
      fr: 'Des personnes qui ont un besoin (clair) de nouer des contacts avec d’autres et sont motivées pour y travailler.',
      en: 'People who have a (clear) need to build contacts with others and are motivated to work on it.',
    },
    no_wish_for_contacts: {
      nl: 'Mensen die geen (duidelijke) behoeften hebben aan contacten met anderen en niet gemotiveerd zijn om daaraan te werken.',
      fr: 'Des personnes qui n’ont pas de besoin (clair) de contacts avec d’autres et ne sont pas motivées pour y travailler.',
      en: 'People who have no (clear) need for contacts with others and are not motivated to work on it.',
    },
    active: {
      nl: 'Mensen met een actieve strategie zijn gewend om problemen actief aan te pakken; zelf, of met hulp van anderen.',
      fr: 'Les personnes qui ont une stratégie active ont l’habitude de s’attaquer activement aux problèmes, seules ou avec l’aide d’autres.',
      en: 'People with an active strategy are used to tackling problems actively, themselves or with help from others.',
    },
    passive: {
      nl: 'Mensen met een passieve strategie zijn niet gewend om zelf actief actie te ondernemen en problemen aan te pakken. Ze vertonen vermijdingsgedrag of trekken zich terug.',
      fr: 'Les personnes qui ont une stratégie passive n’ont pas l’habitude d’agir elles-mêmes et de s’attaquer aux problèmes. Elles évitent ou se replient.',
      en: 'People with a passive strategy are not used to taking action themselves and tackling problems. They avoid or withdraw.',
    },
  },
};
export const MA_SOURCE: Text = {
  nl: 'Bron: Machielse & Ariaans (2020), samengevat in de Vlaamse studie (seed 003, §1.2). Uit de drie antwoorden volgen acht profielen; de figuur met de profielen staat niet in de tekst van de studie, dus noemt Verbind een profiel alleen bij zijn antwoorden.',
  fr: 'Source : Machielse & Ariaans (2020), résumé dans l’étude flamande (seed 003, §1.2). Les trois réponses donnent huit profils ; la figure des profils n’est pas dans le texte de l’étude, Verbind nomme donc un profil seulement par ses réponses.',
  en: 'Source: Machielse & Ariaans (2020), as summarised in the Flemish study (seed 003, §1.2). Eight profiles follow from the three answers; the study’s figure of the profiles is not in its text, so Verbind names a profile by its answers only.',
};

export const TYPES = ['socially_resilient', 'contact_poor', 'lonely', 'socially_isolated'] as const;
export type SocialType = (typeof TYPES)[number];
/** Shares in seed 001 ("Verdeling sociale typologie"). */
export const TYPE_SHARES: Record<SocialType, number> = { socially_resilient: 64, contact_poor: 8, lonely: 22, socially_isolated: 6 };
export const TYPOLOGY_SOURCE = 'Seed 001 ("Typologie van sociale contacten"); LSNS-6: Lubben et al. (2006).';

/** Which loneliness instrument decides "lonely", in this order (issue 12). */
export const LONELINESS_ORDER: readonly InstrumentId[] = ['djg11', 'djg6', 'ucla3', 'ons_direct'];

export interface ProfileInput {
  results: Partial<Record<InstrumentId, ScoreResult>>;
  duration?: Duration | undefined;
  lifeEvents?: readonly LifeEvent[];
  machielse?: MachielseAriaans;
  /** Matrix risk_factors codes. */
  riskFactors?: readonly string[];
  /** The professional's judgement of existential loneliness (seed 004; no validated short scale is used). */
  existential?: boolean | undefined;
  /** Matrix age_groups code. */
  ageGroup?: string | undefined;
}

export interface Typology {
  type: SocialType | 'not_determined';
  lonely: boolean | null;
  /** The instrument that decided "lonely", or null. */
  lonelinessFrom: InstrumentId | null;
  smallNetwork: boolean | null;
  /** Why it is not determined, when it is not. */
  missing: ('loneliness' | 'network')[];
}

export type Dimension = 'social' | 'emotional' | 'existential' | 'general';
export type Course = 'transient' | 'chronic' | 'unknown';

export interface Profile {
  typology: Typology;
  dimensions: Dimension[];
  course: Course;
  machielse: MachielseAriaans;
  lifeEvents: LifeEvent[];
  riskFactors: string[];
  ageGroup?: string | undefined;
}

export function typology(results: ProfileInput['results']): Typology {
  const decider = LONELINESS_ORDER.find((id) => results[id] && results[id]!.positive !== null) ?? null;
  const lonely = decider ? results[decider]!.positive : null;
  const lsns = results.lsns6;
  const smallNetwork = lsns && lsns.positive !== null ? lsns.positive : null;
  const missing: Typology['missing'] = [];
  if (lonely === null) missing.push('loneliness');
  if (smallNetwork === null) missing.push('network');
  const type: Typology['type'] =
    lonely === null || smallNetwork === null ? 'not_determined' : smallNetwork ? (lonely ? 'socially_isolated' : 'contact_poor') : lonely ? 'lonely' : 'socially_resilient';
  return { type, lonely, lonelinessFrom: decider, smallNetwork, missing };
}

/**
 * DJG subscales → social and/or emotional (Weiss 1973; de Jong Gierveld);
 * lonely on another instrument → loneliness in general; existential only
 * from the professional's judgement.
 */
export function dimensions(input: ProfileInput, t: Typology): Dimension[] {
  const out: Dimension[] = [];
  const djg = input.results.djg11?.subscales ? input.results.djg11 : input.results.djg6;
  if (djg?.subscales?.social?.positive) out.push('social');
  if (djg?.subscales?.emotional?.positive) out.push('emotional');
  if (!out.length && t.lonely) out.push('general');
  if (input.existential) out.push('existential');
  return out;
}

/** Over two years is chronic (seed 002: long-term isolation lasts two years or more; seed 003 §1.8). */
export function course(duration: Duration | undefined): Course {
  return duration === undefined ? 'unknown' : duration === 'over_2_years' ? 'chronic' : 'transient';
}

export function buildProfile(input: ProfileInput): Profile {
  const t = typology(input.results);
  return {
    typology: t,
    dimensions: dimensions(input, t),
    course: course(input.duration),
    machielse: { ...input.machielse },
    lifeEvents: [...(input.lifeEvents ?? [])],
    riskFactors: [...(input.riskFactors ?? [])],
    ageGroup: input.ageGroup,
  };
}
