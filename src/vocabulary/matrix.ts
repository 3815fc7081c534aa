/**
 * The coding matrix of the Flemish study of loneliness initiatives
 * (seed 003, figure 3 and tables 1, 3-8; canonical codes in
 * shared/spec/matrix-vocabulary.md). Codes are the stable interchange
 * vocabulary; labels are for people. Dutch labels are the study's wording.
 */
import { frenchSpacing, type Lang } from '../i18n/index.js';
export type { Lang } from '../i18n/index.js';
export { LANGS } from '../i18n/index.js';
export type Labels = Record<Lang, string>;

export interface Code {
  code: string;
  label: Labels;
  /** Table 1 footnote: effectiveness shown in several reviews/meta-analyses. */
  effective?: boolean;
}

export interface Axis {
  name: AxisName;
  multi: boolean;
  label: Labels;
  codes: readonly Code[];
}

/** A code; its French label gets French spacing (frenchSpacing), like every French message. */
const c = (code: string, nl: string, fr: string, en: string, effective?: boolean): Code =>
  effective ? { code, label: { nl, fr: frenchSpacing(fr), en }, effective } : { code, label: { nl, fr: frenchSpacing(fr), en } };

export const AXIS_NAMES = [
  'elements',
  'prevention',
  'dimensions',
  'age_groups',
  'course',
  'risk_factors',
  'approach',
  'evidence',
  'primary_actor',
  'geographic_level',
] as const;
export type AxisName = (typeof AXIS_NAMES)[number];

export const AXES: Record<AxisName, Axis> = {
  elements: {
    name: 'elements',
    multi: true,
    label: { nl: 'Potentieel werkzame elementen', fr: 'Éléments potentiellement efficaces', en: 'Potentially effective elements' },
    codes: [
      c('mindfulness', 'Mindfulness', 'Pleine conscience', 'Mindfulness', true),
      // The study's table 1 adds "(maladaptive social cognition)" in English; the Dutch label says it in the study's own Dutch words (seed 003, §1.1.4: "maladaptieve sociale cognitie").
      c('social_cognitive_training', 'Sociaal-cognitieve training (maladaptieve sociale cognitie)', 'Entraînement socio-cognitif', 'Social cognitive training', true),
      c('social_support', 'Sociale steun verhogen', 'Renforcer le soutien social', 'Increasing social support', true),
      c('psychological', 'Psychologische interventie', 'Intervention psychologique', 'Psychological intervention', true),
      c('social_activities', 'Sociale activiteiten stimuleren', 'Stimuler les activités sociales', 'Stimulating social activities', true),
      c('social_networks', 'Sociale netwerken creëren', 'Créer des réseaux sociaux', 'Creating social networks', true),
      c('psychoeducation', 'Psycho-educatie', 'Psychoéducation', 'Psychoeducation'),
      c('social_skills', 'Sociale vaardigheden', 'Compétences sociales', 'Social skills'),
      c('skills_development', 'Vaardigheidsontwikkeling (bv. computervaardigheden)', 'Développement de compétences (p. ex. informatique)', 'Skills development (e.g. computer skills)'),
      c('activities', 'Bezigheden', 'Occupations', 'Meaningful occupation'),
      c('meeting', 'Ontmoeten', 'Rencontre', 'Meeting people'),
      c('practical_support', 'Praktisch ondersteunen', 'Soutien pratique', 'Practical support'),
      c('meaningful_contact', 'Betekenisvol contact', 'Contact significatif', 'Meaningful contact'),
      c('realistic_expectations', 'Realistische verwachtingen', 'Attentes réalistes', 'Realistic expectations'),
      c('meaningful_role', 'Betekenisvolle rol', 'Rôle significatif', 'Meaningful role'),
      c('digital', 'Digitale technologische interventies', 'Interventions technologiques numériques', 'Digital technology interventions'),
      c('befriending', 'Befriending interventies (vriendschaps-/buddy-interventies)', 'Interventions de befriending (binôme)', 'Befriending / buddy interventions'),
      c('animals', 'Interventies met dieren', 'Interventions avec des animaux', 'Animal interventions'),
      c('leisure', 'Vrije tijd', 'Loisirs', 'Leisure'),
      c('care', 'Gezondheidszorg en welzijnszorg', 'Soins de santé et aide sociale', 'Health and welfare care'),
      c('detection_referral', 'Detectie en toeleiding', 'Détection et orientation', 'Detection and referral'),
      c('other', 'Andere', 'Autre', 'Other'),
    ],
  },
  prevention: {
    name: 'prevention',
    multi: false,
    label: { nl: 'Type interventie (preventieniveau)', fr: 'Type d’intervention (niveau de prévention)', en: 'Type of intervention (prevention level)' },
    codes: [
      c('primary', 'Primaire interventie (algemene bevolking)', 'Prévention primaire (population générale)', 'Primary (general population)'),
      c('secondary', 'Secundaire interventie (mensen met een risico)', 'Prévention secondaire (personnes à risque)', 'Secondary (people at risk)'),
      c('tertiary', 'Tertiaire interventie (mensen die (chronisch) eenzaam zijn)', 'Prévention tertiaire (personnes (chroniquement) seules)', 'Tertiary (people who are (chronically) lonely)'),
      c('unknown', 'Niet geweten', 'Inconnu', 'Unknown'),
    ],
  },
  dimensions: {
    name: 'dimensions',
    multi: true,
    label: { nl: 'Dimensies van eenzaamheid', fr: 'Dimensions de la solitude', en: 'Dimensions of loneliness' },
    codes: [
      c('general', 'Eenzaamheid algemeen', 'Solitude en général', 'Loneliness in general'),
      c('social', 'Sociale eenzaamheid', 'Solitude sociale', 'Social loneliness'),
      c('emotional', 'Emotionele eenzaamheid', 'Solitude émotionnelle', 'Emotional loneliness'),
      c('existential', 'Existentiële eenzaamheid', 'Solitude existentielle', 'Existential loneliness'),
      c('collective', 'Collectieve eenzaamheid', 'Solitude collective', 'Collective loneliness'),
      c('unknown', 'Niet geweten', 'Inconnu', 'Unknown'),
    ],
  },
  age_groups: {
    name: 'age_groups',
    multi: true,
    label: { nl: 'Leeftijdsgroepen', fr: 'Groupes d’âge', en: 'Age groups' },
    codes: [
      c('children', 'Kinderen', 'Enfants', 'Children'),
      c('youth', 'Jongeren', 'Jeunes', 'Young people'),
      c('young_adults', 'Jongvolwassenen', 'Jeunes adultes', 'Young adults'),
      c('adults', 'Volwassenen', 'Adultes', 'Adults'),
      c('older', 'Ouderen (60+)', 'Personnes âgées (60+)', 'Older people (60+)'),
      c('all_ages', 'Alle leeftijden', 'Tous âges', 'All ages'),
      c('unknown', 'Niet geweten', 'Inconnu', 'Unknown'),
    ],
  },
  course: {
    name: 'course',
    multi: false,
    label: { nl: 'Voorbijgaande of chronische eenzaamheid', fr: 'Solitude passagère ou chronique', en: 'Transient or chronic loneliness' },
    codes: [
      c('transient', 'Voorbijgaande eenzaamheid', 'Solitude passagère', 'Transient loneliness'),
      c('chronic', 'Chronische eenzaamheid', 'Solitude chronique', 'Chronic loneliness'),
      c('both', 'Beide', 'Les deux', 'Both'),
      c('unknown', 'Niet geweten', 'Inconnu', 'Unknown'),
    ],
  },
  risk_factors: {
    name: 'risk_factors',
    multi: true,
    label: { nl: 'Risicofactoren', fr: 'Facteurs de risque', en: 'Risk factors' },
    codes: [
      c('health_problems', 'Gezondheidsproblemen / lage gezondheid', 'Problèmes de santé', 'Health problems'),
      c('poverty', 'Armoede / lage SES', 'Pauvreté / faible statut socio-économique', 'Poverty / low socio-economic status'),
      c('caregiver', 'Mantelzorger', 'Aidant proche', 'Informal carer'),
      c('older_age', 'Ouderen vanaf een bepaalde leeftijd', 'Personnes âgées à partir d’un certain âge', 'Older people from a certain age'),
      c('partner_loss', 'Overlijden partner', 'Décès du partenaire', 'Loss of a partner'),
      c('physical_disability', 'Fysieke beperking', 'Handicap physique', 'Physical disability'),
      c('mental_disability', 'Mentale beperking', 'Handicap mental', 'Intellectual disability'),
      c('small_network', 'Beperkt netwerk', 'Réseau limité', 'Small social network'),
      c('newcomers', 'Nieuwkomers', 'Primo-arrivants', 'Newcomers'),
      c('psychological_vulnerability', 'Psychische kwetsbaarheid', 'Vulnérabilité psychique', 'Psychological vulnerability'),
      c('general_vulnerability', 'Algemeen kwetsbaar', 'Vulnérabilité générale', 'Generally vulnerable'),
      c('none_specific', 'Geen specifieke risicofactoren', 'Pas de facteur de risque spécifique', 'No specific risk factors'),
      c('other', 'Andere', 'Autre', 'Other'),
    ],
  },
  approach: {
    name: 'approach',
    multi: false,
    label: { nl: 'Hoe aanpakken?', fr: 'Quelle approche ?', en: 'Approach' },
    codes: [
      c('self_unaided', 'Zelf-aanpak zonder hulp', 'Démarche personnelle sans aide', 'Self-help without support'),
      c('self_supported', 'Zelf-aanpak met ondersteuning', 'Démarche personnelle accompagnée', 'Self-help with support'),
      c('organised', 'Georganiseerd door organisatie', 'Organisé par une organisation', 'Organised by an organisation'),
    ],
  },
  evidence: {
    name: 'evidence',
    multi: false,
    label: { nl: 'Effectladder', fr: 'Échelle d’efficacité (effectladder)', en: 'Effectiveness ladder (effectladder)' },
    codes: [
      c('level0_implicit', 'Niveau 0 – geen evaluatie: impliciete kennis', 'Niveau 0 – pas d’évaluation : savoir implicite', 'Level 0 – no evaluation: implicit knowledge'),
      c('level1_described', 'Niveau 1 – geen evaluatie: goed beschreven', 'Niveau 1 – pas d’évaluation : bien décrite', 'Level 1 – no evaluation: well described'),
      c('level2_theory', 'Niveau 2 – geen evaluatie: logisch onderbouwd', 'Niveau 2 – pas d’évaluation : fondée sur une théorie', 'Level 2 – no evaluation: theoretically founded'),
      c('level3_indicative', 'Niveau 3 – evaluatie: voorlopige bewijskracht', 'Niveau 3 – évaluation : preuves indicatives', 'Level 3 – evaluated: indicative evidence'),
      c('level4_causal', 'Niveau 4 – evaluatie: causale bewijskracht', 'Niveau 4 – évaluation : preuves causales', 'Level 4 – evaluated: causal evidence'),
      c('unknown', 'Niet geweten', 'Inconnu', 'Unknown'),
    ],
  },
  primary_actor: {
    name: 'primary_actor',
    multi: false,
    label: { nl: 'Primaire actor', fr: 'Acteur principal', en: 'Primary actor' },
    codes: [
      c('primary_care_zone', 'Eerstelijnszone (ELZ)', 'Zone de première ligne', 'Primary care zone'),
      c('caw', 'CAW (Centrum Algemeen Welzijnswerk)', 'CAW (centre d’aide sociale générale)', 'CAW (general welfare centre)'),
      c('local_government', 'Lokaal bestuur', 'Pouvoir local', 'Local government'),
      c('welfare_care_org', 'Welzijns- en zorgorganisatie', 'Organisation de bien-être et de soins', 'Welfare or care organisation'),
      c('community_development', 'Samenlevingsopbouw', 'Développement communautaire', 'Community development'),
      c('health_insurer', 'Mutualiteit', 'Mutualité', 'Health insurance fund'),
      c('mental_health', 'Geestelijke gezondheidszorg (GGZ)', 'Santé mentale', 'Mental health care'),
      c('overkop', 'OverKop-huis', 'Maison OverKop', 'OverKop youth house'),
      c('youth', 'Jeugdactoren', 'Acteurs de la jeunesse', 'Youth organisations'),
      c('education', 'Onderwijs', 'Enseignement', 'Education'),
      c('leisure', 'Vrije tijd', 'Loisirs', 'Leisure'),
      c('community_health_centre', 'Wijkgezondheidscentrum', 'Maison médicale', 'Community health centre'),
      c('poverty_organisation', 'Armoedeorganisatie', 'Association de lutte contre la pauvreté', 'Poverty organisation'),
      c('hospital', 'Ziekenhuis', 'Hôpital', 'Hospital'),
      c('other', 'Andere', 'Autre', 'Other'),
    ],
  },
  geographic_level: {
    name: 'geographic_level',
    multi: false,
    label: { nl: 'Geografisch niveau', fr: 'Niveau géographique', en: 'Geographic level' },
    codes: [
      c('neighbourhood', 'Buurt/wijk', 'Quartier', 'Neighbourhood'),
      c('local', 'Lokaal/gemeentelijk', 'Local/communal', 'Local (municipality)'),
      c('supralocal', 'Bovenlokaal (bv. eerstelijnszone of zorgzone)', 'Supralocal (p. ex. zone de soins)', 'Supra-local (e.g. care zone)'),
      c('regional', 'Vlaams of Brussels gewest', 'Région flamande ou bruxelloise', 'Flemish or Brussels region'),
      c('national', 'Nationaal', 'National', 'National'),
    ],
  },
};

// The axes' French labels ("Quelle approche ?") get French spacing too.
for (const axis of Object.values(AXES)) axis.label.fr = frenchSpacing(axis.label.fr);

export const MULTI_AXES = AXIS_NAMES.filter((a) => AXES[a].multi) as readonly AxisName[];
export const SINGLE_AXES = AXIS_NAMES.filter((a) => !AXES[a].multi) as readonly AxisName[];

export function codesOf(axis: AxisName): string[] {
  return AXES[axis].codes.map((x) => x.code);
}

export function findCode(axis: AxisName, code: string): Code | undefined {
  return AXES[axis].codes.find((x) => x.code === code);
}

export function isEffective(code: string): boolean {
  return findCode('elements', code)?.effective === true;
}

/**
 * The six intervention categories of the Brussels literature synthesis
 * (seed 000), as mapped in shared/spec/matrix-vocabulary.md.
 */
export const BRUSANO_CATEGORIES: readonly { code: string; label: Labels; elements: readonly string[] }[] = [
  { code: 'social_facilitation', label: { nl: 'Sociale facilitatie', fr: 'Facilitation sociale', en: 'Social facilitation' }, elements: ['meeting', 'social_activities', 'social_networks'] },
  { code: 'psychological_therapy', label: { nl: 'Psychologische therapie', fr: 'Thérapie psychologique', en: 'Psychological therapy' }, elements: ['psychological', 'mindfulness', 'social_cognitive_training', 'psychoeducation', 'realistic_expectations'] },
  { code: 'welfare_health', label: { nl: 'Welzijns- en gezondheidsorganisaties', fr: 'Organisations de bien-être et de santé', en: 'Welfare and health organisations' }, elements: ['care', 'practical_support', 'detection_referral'] },
  { code: 'animals', label: { nl: 'Dieren', fr: 'Animaux', en: 'Animals' }, elements: ['animals'] },
  { code: 'befriending', label: { nl: 'Befriending', fr: 'Binômes (befriending)', en: 'Befriending' }, elements: ['befriending', 'meaningful_contact', 'social_support'] },
  { code: 'skills_leisure', label: { nl: 'Vaardigheden en vrije tijd', fr: 'Compétences et loisirs', en: 'Skills and leisure' }, elements: ['skills_development', 'social_skills', 'leisure', 'activities', 'meaningful_role', 'digital'] },
];
