/**
 * "What tends to help": a rule base kept as data. Each rule says when it
 * applies (every condition must hold), which matrix codes it recommends (or
 * advises against), why in plain words, and its citation (seed 003 table 1
 * and §1.1-1.10 with the literature it cites). Pure: profile in, advice out.
 */
import type { Text } from './instruments.js';
import type { Course, Dimension, MaContacts, MaNature, MaStrategy, Profile } from './profile.js';

export type Prevention = 'primary' | 'secondary' | 'tertiary';
export type Approach = 'self_unaided' | 'self_supported' | 'organised';

export interface RuleCondition {
  lonely?: boolean | null;
  course?: Course;
  dimension?: Dimension;
  smallNetwork?: boolean;
  nature?: MaNature;
  contacts?: MaContacts;
  strategy?: MaStrategy;
  /** Any of these matrix risk-factor codes. */
  riskFactor?: readonly string[];
  /** Any of these matrix age-group codes. */
  ageGroup?: readonly string[];
  /** At least this many risk factors. */
  minRiskFactors?: number;
}

export interface Rule {
  id: string;
  when: RuleCondition;
  elements?: readonly string[];
  /** Elements the source finds of no help in this situation. */
  avoid?: readonly string[];
  prevention?: Prevention;
  approach?: Approach;
  why: Text;
  citation: string;
}

const t = (nl: string, fr: string, en: string): Text => ({ nl, fr, en });

export const RULES: readonly Rule[] = [
  {
    id: 'prevention-primary',
    when: { lonely: false },
    prevention: 'primary',
    elements: ['meeting', 'social_activities'],
    why: t(
      'Geen signaal van eenzaamheid of een klein netwerk: preventie richt zich op kansen en omgevingen die verbinding mogelijk maken.',
      'Aucun signal de solitude ni de petit réseau : la prévention vise des occasions et des lieux qui permettent de créer des liens.',
      'No signal of loneliness or a small network: prevention offers chances and places that make connection possible.',
    ),
    citation: 'Crowe et al. (2022), in seed 003 §1.3 (primary prevention).',
  },
  {
    id: 'prevention-secondary-risk',
    when: { lonely: null, minRiskFactors: 1 },
    prevention: 'secondary',
    why: t(
      'Eenzaamheid is niet gemeten, maar er zijn risicofactoren: secundaire preventie richt zich op mensen met een risico.',
      'La solitude n’a pas été mesurée, mais il y a des facteurs de risque : la prévention secondaire vise les personnes à risque.',
      'Loneliness was not measured, but there are risk factors: secondary prevention is for people at risk.',
    ),
    citation: 'Crowe et al. (2022), in seed 003 §1.3 (secondary prevention).',
  },
  {
    id: 'prevention-secondary-network',
    when: { smallNetwork: true },
    prevention: 'secondary',
    why: t('Een klein netwerk is een risico op (chronische) eenzaamheid: vroeg opsporen en voorkomen dat het erger wordt.', 'Un petit réseau est un risque de solitude (chronique) : repérer tôt et éviter que cela s’aggrave.', 'A small network is a risk of (chronic) loneliness: detect early and prevent it from getting worse.'),
    citation: 'Crowe et al. (2022), in seed 003 §1.3; de Jong Gierveld, van Tilburg & Dykstra (2018), in seed 003 §1.5.',
  },
  {
    id: 'prevention-secondary-lonely',
    when: { lonely: true, course: 'transient' },
    prevention: 'secondary',
    why: t('Eenzaamheid die nog geen twee jaar duurt: vroeg ingrijpen om te voorkomen dat ze chronisch wordt.', 'Une solitude qui dure depuis moins de deux ans : agir tôt pour éviter qu’elle devienne chronique.', 'Loneliness lasting less than two years: act early to keep it from becoming chronic.'),
    citation: 'Crowe et al. (2022), in seed 003 §1.3; Eccles & Qualter (2021), in seed 003 §1.8.',
  },
  {
    id: 'prevention-tertiary-chronic',
    when: { course: 'chronic' },
    prevention: 'tertiary',
    why: t('Eenzaamheid of isolement van twee jaar of langer: tertiaire interventies richten zich op wie al (chronisch) eenzaam is.', 'Solitude ou isolement depuis deux ans ou plus : les interventions tertiaires visent les personnes déjà (chroniquement) seules.', 'Loneliness or isolation for two years or more: tertiary interventions are for people who are already (chronically) lonely.'),
    citation: 'Crowe et al. (2022), in seed 003 §1.3; long-term isolation: two years or more (seed 002).',
  },
  {
    id: 'prevention-tertiary-structural',
    when: { nature: 'structural' },
    prevention: 'tertiary',
    why: t('Structurele problematiek: al vele jaren eenzaam of geïsoleerd.', 'Problématique structurelle : seul(e) ou isolé(e) depuis de nombreuses années.', 'Structural: lonely or isolated for many years.'),
    citation: 'Machielse & Ariaans (2020), in seed 003 §1.2; Crowe et al. (2022), §1.3.',
  },
  {
    id: 'lonely-evidence',
    when: { lonely: true },
    elements: ['psychological', 'social_support', 'social_networks', 'social_activities'],
    why: t(
      'Over alle leeftijden heen is er het meeste bewijs voor psychologische hulp, samen met meer sociale steun, het netwerk inzetten en sociale activiteiten.',
      'À tout âge, les preuves les plus solides concernent l’aide psychologique, avec plus de soutien social, le recours au réseau et les activités sociales.',
      'Across all ages, the strongest evidence is for psychological help, together with more social support, using social networks and social activities.',
    ),
    citation: 'Eccles & Qualter (2021); Gardiner et al. (2018); Masi et al. (2011); Beckers et al. (2022), in seed 003 §1.1.3 and table 1.',
  },
  {
    id: 'chronic-social-cognition',
    when: { course: 'chronic' },
    elements: ['social_cognitive_training', 'psychological'],
    avoid: ['mindfulness', 'social_activities'],
    why: t(
      'Bij chronische eenzaamheid hadden interventies tegen negatieve gedachten over sociale relaties (maladaptieve sociale cognitie) de grootste effecten; mindfulness of toeleiden naar sociale activiteiten helpt dan weinig.',
      'En cas de solitude chronique, les interventions contre les pensées négatives sur les relations sociales (cognition sociale inadaptée) ont eu les plus grands effets ; la pleine conscience ou l’orientation vers des activités sociales aident alors peu.',
      'For chronic loneliness, interventions against negative thoughts about social relations (maladaptive social cognition) had the largest effects; mindfulness or being steered to social activities then helps little.',
    ),
    citation: 'Masi, Chen, Hawkley & Cacioppo (2011); Cacioppo et al. (2015), in seed 003 §1.1.4 and table 1.',
  },
  {
    id: 'transient-skills',
    when: { lonely: true, course: 'transient' },
    elements: ['social_skills', 'psychoeducation'],
    why: t(
      'Bij voorbijgaande eenzaamheid helpen emoties leren hanteren en sociale vaardigheden om te voorkomen dat ze langdurig wordt.',
      'En cas de solitude passagère, apprendre à gérer ses émotions et les compétences sociales aide à éviter qu’elle dure.',
      'For transient loneliness, learning to manage emotions and social skills helps keep it from lasting.',
    ),
    citation: 'Eccles & Qualter (2021) after Qualter et al. (2015), in seed 003 §1.8.',
  },
  {
    id: 'dimension-social',
    when: { dimension: 'social' },
    elements: ['meeting', 'social_networks', 'social_activities'],
    why: t('Sociale eenzaamheid is een gemis in het brede netwerk: ontmoeten en het netwerk uitbreiden.', 'La solitude sociale est un manque dans le réseau large : rencontrer et élargir son réseau.', 'Social loneliness is missing a wider network: meeting people and widening the network.'),
    citation: 'Weiss (1973); Dykstra & Fokkema (2007), in seed 003 §1.4; table 1 (Mann et al. 2017; Bouwman & van Tilburg 2020).',
  },
  {
    id: 'dimension-emotional',
    when: { dimension: 'emotional' },
    elements: ['meaningful_contact', 'befriending', 'social_support'],
    why: t('Emotionele eenzaamheid is het gemis van een hechte band: regelmatig, betekenisvol contact, zoals een maatje.', 'La solitude émotionnelle est l’absence d’un lien proche : un contact régulier et significatif, comme un binôme.', 'Emotional loneliness is missing a close bond: regular, meaningful contact, such as a buddy.'),
    citation: 'Weiss (1973); Dykstra & Fokkema (2007), in seed 003 §1.4; table 1 (Bouwman & van Tilburg 2020; Gardiner et al. 2018).',
  },
  {
    id: 'dimension-existential',
    when: { dimension: 'existential' },
    elements: ['meaningful_role', 'psychological'],
    why: t('Existentiële eenzaamheid gaat over betekenis in het leven: iets betekenen voor anderen, of een gesprek met een hulpverlener.', 'La solitude existentielle touche au sens de la vie : compter pour d’autres, ou parler avec un professionnel.', 'Existential loneliness is about meaning in life: mattering to others, or talking with a professional.'),
    citation: 'Yalom (1980); Bolmsjö et al. (2019), in seed 003 §1.4; seed 004; table 1 (Bouwman & van Tilburg 2020).',
  },
  {
    id: 'small-network',
    when: { smallNetwork: true },
    elements: ['social_networks', 'meeting', 'practical_support'],
    why: t('Een klein netwerk (sociaal isolement): het netwerk vergroten en praktische steun die het gevoel geeft er niet alleen voor te staan.', 'Un petit réseau (isolement social) : élargir le réseau et un soutien pratique qui donne le sentiment de ne pas être seul(e).', 'A small network (social isolation): widening the network, and practical support that gives the feeling of not being alone.'),
    citation: 'de Jong Gierveld, van Tilburg & Dykstra (2018), in seed 003 §1.5; table 1 (Mann et al. 2017; Bouwman & van Tilburg 2020).',
  },
  {
    id: 'wants-active',
    when: { contacts: 'wants_contacts', strategy: 'active' },
    approach: 'self_supported',
    elements: ['meeting', 'meaningful_role'],
    why: t('Wil nieuwe contacten en pakt problemen actief aan: zelf aan de slag, met wat steun (bv. vrijwilligerswerk, clubs).', 'Souhaite de nouveaux contacts et agit activement : démarche personnelle avec un peu de soutien (p. ex. bénévolat, clubs).', 'Wants new contacts and tackles problems actively: their own way, with some support (e.g. volunteering, clubs).'),
    citation: 'Machielse & Ariaans (2020), in seed 003 §1.2; de Jong-Gierveld & van Tilburg (2022), in seed 003 §1.9.',
  },
  {
    id: 'wants-passive',
    when: { contacts: 'wants_contacts', strategy: 'passive' },
    approach: 'organised',
    elements: ['befriending', 'meeting'],
    why: t('Wil contacten maar is niet gewend zelf actie te ondernemen: een aanbod van een organisatie, vaak één-op-één met een vrijwilliger.', 'Souhaite des contacts mais n’a pas l’habitude d’agir seul(e) : une offre organisée, souvent en binôme avec un(e) bénévole.', 'Wants contacts but is not used to acting alone: an organised offer, often one-to-one with a volunteer.'),
    citation: 'Machielse & Ariaans (2020), in seed 003 §1.2; de Jong-Gierveld & van Tilburg (2022), §1.9; table 1 (Gardiner et al. 2018).',
  },
  {
    id: 'no-wish',
    when: { contacts: 'no_wish_for_contacts' },
    elements: ['realistic_expectations', 'activities'],
    why: t(
      'Geen duidelijke wens naar nieuwe contacten: leren leven met de relaties die er zijn (standaardverlaging) en zinvolle bezigheden die niet sociaal gericht hoeven te zijn.',
      'Pas de souhait clair de nouveaux contacts : apprendre à vivre avec les relations existantes et des occupations qui ont du sens, pas forcément sociales.',
      'No clear wish for new contacts: learning to live with the relations there are (lowering standards) and meaningful occupation that need not be social.',
    ),
    citation: 'de Jong-Gierveld & van Tilburg (2022), in seed 003 §1.1.1; table 1 (Bouwman & van Tilburg 2020); Machielse & Ariaans (2020), §1.2.',
  },
  {
    id: 'no-wish-passive',
    when: { contacts: 'no_wish_for_contacts', strategy: 'passive' },
    approach: 'organised',
    elements: ['practical_support', 'care'],
    why: t('Geen wens naar contacten en een passieve strategie: laagdrempelige praktische steun en zorg aan huis, zoals huisbezoeken.', 'Pas de souhait de contacts et une stratégie passive : un soutien pratique accessible et des soins à domicile, comme des visites.', 'No wish for contacts and a passive strategy: low-threshold practical support and care at home, such as home visits.'),
    citation: 'Machielse & Ariaans (2020), in seed 003 §1.2; table 1 (Bouwman & van Tilburg 2020; Gardiner et al. 2018).',
  },
  {
    id: 'health-limitations',
    when: { riskFactor: ['health_problems', 'physical_disability', 'mental_disability'] },
    approach: 'organised',
    elements: ['practical_support', 'care'],
    why: t('Met gezondheidsproblemen of een beperking is zelf contacten zoeken vaak te zwaar: steun en zorg die naar de persoon toe komen.', 'Avec des problèmes de santé ou un handicap, chercher seul(e) des contacts est souvent trop lourd : un soutien et des soins qui viennent à la personne.', 'With health problems or a disability, seeking contacts alone is often too hard: support and care that come to the person.'),
    citation: 'Victor & Yang (2012); de Jong-Gierveld & van Tilburg (2022), in seed 003 §1.7 and §1.9; table 1 (Gardiner et al. 2018).',
  },
  {
    id: 'older-digital-skills',
    when: { ageGroup: ['older'] },
    elements: ['skills_development'],
    why: t('Bij ouderen verminderde het leren van computer- en internetvaardigheden de eenzaamheid en maakte het netwerk bereikbaarder.', 'Chez les personnes âgées, apprendre l’informatique et internet a réduit la solitude et rendu le réseau plus accessible.', 'For older people, learning computer and internet skills reduced loneliness and made their network easier to reach.'),
    citation: 'Choi, Kong & Jung (2012); Gardiner et al. (2018), in seed 003 §1.1.6.',
  },
  {
    id: 'young-mindfulness',
    when: { ageGroup: ['youth', 'young_adults'], course: 'transient' },
    elements: ['mindfulness'],
    why: t('Mindfulness verlichtte eenzaamheid vooral bij jongere mensen zonder psychische aandoening.', 'La pleine conscience a surtout soulagé la solitude chez les personnes plus jeunes sans trouble psychique.', 'Mindfulness eased loneliness most in younger people without a mental disorder.'),
    citation: 'Teoh, Letchumanan & Lee (2021), in seed 003 §1.1.3-1.1.4.',
  },
  {
    id: 'several-risk-factors',
    when: { minRiskFactors: 2 },
    why: t(
      'Meerdere risicofactoren: een aanpak die op verschillende risicofactoren en werkzame elementen tegelijk inzet, heeft meer slaagkans.',
      'Plusieurs facteurs de risque : une approche qui agit sur plusieurs facteurs et éléments à la fois a plus de chances de réussir.',
      'Several risk factors: an approach that works on several risk factors and effective elements at once is more likely to succeed.',
    ),
    citation: 'de Jong-Gierveld & van Tilburg (2022), in seed 003 §1.2.',
  },
];

export interface Advice {
  /** Recommended effective-element codes, most often recommended first. */
  elements: string[];
  /** Elements advised against, with the rules that say so. */
  avoid: { code: string; rules: string[] }[];
  prevention: Prevention | null;
  approach: Approach | null;
  dimensions: Dimension[];
  course: Course;
  /** The rules that applied, in rule-base order. */
  rules: Rule[];
}

export function applies(rule: Rule, p: Profile): boolean {
  const w = rule.when;
  if ('lonely' in w && w.lonely !== p.typology.lonely) return false;
  if (w.course && w.course !== p.course) return false;
  if (w.dimension && !p.dimensions.includes(w.dimension)) return false;
  if (w.smallNetwork !== undefined && w.smallNetwork !== p.typology.smallNetwork) return false;
  if (w.nature && w.nature !== p.machielse.nature) return false;
  if (w.contacts && w.contacts !== p.machielse.contacts) return false;
  if (w.strategy && w.strategy !== p.machielse.strategy) return false;
  if (w.riskFactor && !w.riskFactor.some((r) => p.riskFactors.includes(r))) return false;
  if (w.ageGroup && !(p.ageGroup && w.ageGroup.includes(p.ageGroup))) return false;
  if (w.minRiskFactors !== undefined && p.riskFactors.length < w.minRiskFactors) return false;
  return true;
}

const PREVENTION_ORDER: readonly Prevention[] = ['primary', 'secondary', 'tertiary'];

export function advise(p: Profile, rules: readonly Rule[] = RULES): Advice {
  const fired = rules.filter((r) => applies(r, p));
  const avoid = new Map<string, string[]>();
  for (const r of fired) for (const code of r.avoid ?? []) avoid.set(code, [...(avoid.get(code) ?? []), r.id]);
  const votes = new Map<string, number>();
  for (const r of fired) for (const code of r.elements ?? []) if (!avoid.has(code)) votes.set(code, (votes.get(code) ?? 0) + 1);
  const elements = [...votes].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  // The highest prevention level any rule gives (a chronic course outweighs a transient signal).
  const levels = fired.map((r) => r.prevention).filter((x): x is Prevention => !!x);
  const prevention = levels.length ? levels.reduce((a, b) => (PREVENTION_ORDER.indexOf(b) > PREVENTION_ORDER.indexOf(a) ? b : a)) : null;
  // Organised help wins over self-help when any rule calls for it (passive strategy, limitations).
  const approaches = fired.map((r) => r.approach).filter((x): x is Approach => !!x);
  const approach = approaches.includes('organised') ? 'organised' : (approaches[0] ?? null);
  return { elements, avoid: [...avoid].map(([code, rs]) => ({ code, rules: rs })), prevention, approach, dimensions: p.dimensions, course: p.course, rules: fired };
}
