/**
 * Words that point to a matrix code in a survey answer, in Dutch, French and
 * English. Built from the study's definitions (seed 003, table 1 for the
 * elements; sections 1.4 and 1.7 for dimensions and risk factors), not from
 * the examples it is evaluated on. Triggers are accent-free, lower-case word
 * beginnings ("ontmoet" matches "ontmoeten", "ontmoeting"); a space matches
 * any run of spaces or hyphens. A strong trigger suggests the code on its
 * own; weak triggers need a second hint (see suggest.ts).
 */
export interface Triggers {
  strong: readonly string[];
  weak?: readonly string[];
}

export const ELEMENT_TRIGGERS: Record<string, Triggers> = {
  // Table 1: awareness of the present moment, non-judging (Kabat-Zinn 2003).
  mindfulness: { strong: ['mindful', 'meditat', 'pleine conscience', 'aandachttraining', 'aandachtstraining'], weak: ['adem', 'yoga', 'respiration'] },
  // Table 1: reducing maladaptive social cognition, thoughts about one's relations (Mann et al. 2017).
  social_cognitive_training: { strong: ['sociaal cognitie', 'sociale cognitie', 'cognitieve training', 'negatieve gedachten', 'denkpatronen', 'denkpatroon', 'cognition sociale', 'pensees negatives', 'social cognit', 'negative thoughts'] },
  // Table 1: regular contact, care or company, social and/or emotional support.
  social_support: { strong: ['sociale steun', 'emotionele steun', 'steunen', 'elkaar steun', 'gezelschap', 'luisterend oor', 'soutien social', 'soutien emotionnel', 'social support', 'emotional support', 'companionship'], weak: ['steun', 'belt', 'bellen', 'telefo', 'vast contact', 'regelmatig contact', 'wekelijks', 'soutien', 'support', 'appel'] },
  // Table 1: therapy by health professionals or trained therapists (Gardiner et al. 2018).
  psychological: { strong: ['therapeut', 'therapie', 'psycholo', 'psychotherap', 'therapy', 'therapist', 'counsel'], weak: ['begeleidingsgesprek', 'gesprekken met'] },
  // Table 1: taking part in social, group activities.
  social_activities: { strong: ['activiteiten', 'groepsactiviteit', 'samen op stap', 'uitstap', 'activites', 'sorties', 'group activit', 'social activit'], weak: ['activiteit', 'activite', 'activity'] },
  // Table 1: enlarging people's network (Mann et al. 2017).
  social_networks: { strong: ['netwerk', 'lotgeno', 'nieuwe contacten', 'contacten leggen', 'reseau', 'network', 'pair aidant', 'peer support'], weak: ['samenbrengen', 'samengebracht', 'in contact brengen', 'met elkaar in contact'] },
  // Table 1: coping with mental-health problems and the importance of social support.
  psychoeducation: { strong: ['psycho educatie', 'psychoeducatie', 'psychoeducation', 'psycho education', 'stilstaan bij eenzaamheid', 'stilstaat bij eenzaamheid', 'leren omgaan met', 'wat eenzaamheid met', 'apprendre a gerer'], weak: ['vorming', 'sessies', 'workshop', 'formation', 'atelier', 'sensibilis'] },
  // Table 1: starting and keeping up a conversation, confidence in relations (Bouwman & van Tilburg 2020).
  social_skills: { strong: ['sociale vaardigheden', 'sociale vaardigheid', 'sociale competenties', 'competences sociales', 'social skills', 'assertiviteit', 'gesprek aan te gaan'] },
  // Table 1: developing skills, e.g. computer skills.
  skills_development: { strong: ['digitale vaardigheden', 'computervaardig', 'computerles', 'digitale basis', 'gezondheidsvaardig', 'zelfredzaam', 'digitale kloof', 'e inclusie', 'competences numeriques', 'fracture numerique', 'digital skills', 'computer skills'], weak: ['cursus', 'opleiding', 'leren', 'vaardigheden', 'cours', 'apprendre', 'skills', 'training'] },
  // Table 1: feeling usefully occupied with something productive or relaxing; not socially aimed.
  activities: { strong: ['bezigheden', 'bezigheid', 'zinvolle', 'zinvol bezig', 'hobby', 'tuinier', 'occupation', 'meaningful occupation'], weak: ['creatief', 'knutsel', 'handwerk', 'creatif'] },
  // Table 1: the chance to have social interactions or make new contacts.
  meeting: { strong: ['ontmoet', 'samenkomen', 'samenkomst', 'bijeenkomst', 'bijeenkomen', 'samenbrengen', 'samengebracht', 'samen opeten', 'samen eten', 'praatgroep', 'praatcafe', 'inloop', 'rencontre', 'se rencontrer', 'meet', 'get together'], weak: ['groepsbijeenkomst', 'komt samen', 'komen samen', 'groep', 'buurtbewoners', 'koffie', 'maaltijd', 'repas', 'groupe', 'group'] },
  // Table 1 (Bouwman & van Tilburg 2020): practical help, e.g. transport, shopping, errands.
  practical_support: { strong: ['praktisch', 'praktische hulp', 'boodschappen', 'buurtwinkel', 'vervoer', 'klusje', 'aide pratique', 'courses', 'practical'], weak: ['winkel', 'dienstverlening', 'hulp bij', 'aide'] },
  // Table 1: a deeper, meaningful contact with someone.
  meaningful_contact: { strong: ['betekenisvol contact', 'betekenisvolle contacten', 'diepgaand', 'vertrouwensband', 'echt gesprek', 'levensverhaal', 'contact significatif', 'meaningful contact'], weak: ['vertrouwen', 'persoonlijk gesprek'] },
  // Table 1: lowering one's standards, learning to live with the relations one has.
  realistic_expectations: { strong: ['realistische verwachting', 'verwachtingen bijstellen', 'leren leven met', 'aanvaarden', 'attentes realistes', 'realistic expectations'] },
  // Table 1: having a role that means something to others.
  meaningful_role: { strong: ['betekenisvolle rol', 'een rol', 'talenten', 'iets betekenen', 'role significatif', 'un role', 'meaningful role'], weak: ['talent', 'vrijwilligerswerk', 'benevolat'] },
  // Section 1.1.5: social activity through websites, video calls, apps, smart devices (Shah et al. 2021).
  digital: { strong: ['digitale interventie', 'app ', 'smartphone', 'chatbot', 'speaker', 'videobel', 'videogesprek', 'sensor', 'technologie', 'platform', 'tablet', 'numerique', 'digital', 'technolog'], weak: ['online', 'digitaal', 'internet', 'whatsapp'] },
  // Befriending / buddy interventions: a volunteer friend, matched one to one.
  befriending: { strong: ['buddy', 'maatje', 'befriend', 'vriendschap', 'binome', 'parrain', 'marrain', 'koppelen', 'matchen', 'huisbezoek', 'bezoekje', 'op bezoek'], weak: ['koppel', 'match', 'bezoek', 'visite', 'visit'] },
  // Animal-assisted interventions.
  animals: { strong: ['dier', 'huisdier', 'hond', 'dierenliefhebber', 'animal', 'animaux', 'chien', 'pet '] },
  // Leisure: culture, sport, outings.
  leisure: { strong: ['vrije tijd', 'vrijetijd', 'cultuur', 'museum', 'sport', 'wandel', 'uitstap', 'loisir', 'culture', 'leisure'], weak: ['fysiek en financieel', 'spel', 'jeu'] },
  // Health and welfare care.
  care: { strong: ['gezondheidszorg', 'welzijnszorg', 'gezondheids en welzijnszorg', 'huisarts', 'dokter', 'soins de sante', 'health care', 'healthcare'], weak: ['zorg', 'welzijn', 'ziekenhuis', 'soins', 'care'] },
  // Detection and referral: picking up signals and guiding people to help (study's results, table 3).
  detection_referral: { strong: ['signal', 'detect', 'opspor', 'toeleid', 'toe te leiden', 'doorverwijz', 'doorverwezen', 'doorverwijst', 'de weg wijzen', 'wijzen er de weg', 'vroegtijdig', 'orient', 'referral', 'refer '], weak: ['verwijz', 'verwijst', 'brug'] },
  // 'Andere' in table 3: awareness, co-operation, training volunteers, information on services, learning networks, breaking the taboo.
  other: { strong: ['bewustwording', 'bewust maken', 'sensibilis', 'taboe', 'tabou', 'lerend netwerk', 'informatie over hulp', 'gids', 'awareness'], weak: ['campagne', 'campaign'] },
};

/** Section 1.4 of the study (and seed 004): social, emotional, existential, collective loneliness. */
export const DIMENSION_TRIGGERS: Record<string, Triggers> = {
  social: { strong: ['sociale eenzaamheid', 'solitude sociale', 'social loneliness'] },
  emotional: { strong: ['emotionele eenzaamheid', 'solitude emotionnelle', 'emotional loneliness', 'intieme relatie', 'hechte band'] },
  existential: { strong: ['existenti', 'zingeving', 'zin in het leven', 'levensvragen', 'sens de la vie', 'meaning in life'] },
  collective: { strong: ['collectieve eenzaamheid', 'ergens bij horen', 'erbij horen', 'gemeenschapsgevoel', 'appartenance', 'belonging'] },
  general: { strong: ['eenzaam', 'solitude', 'isole', 'lonel'] },
};

/** Objective social isolation (seed 000; seed 002: fewer than one contact a week). */
export const SOCIAL_ISOLATION_TRIGGERS: Triggers = {
  strong: ['sociaal isolement', 'sociaal geisoleerd', 'geisoleerd', 'isolement', 'isolement social', 'social isolation', 'socially isolated', 'alleenwonend', 'vereenzaming'],
};

/** Section 1.7 of the study: risk factors most described in the literature. */
export const RISK_FACTOR_TRIGGERS: Record<string, Triggers> = {
  health_problems: { strong: ['gezondheidsproblem', 'chronisch ziek', 'zieken', 'patient', 'ziekenhuis', 'lage gezondheid', 'problemes de sante', 'malad', 'health problem', 'illness'] },
  poverty: { strong: ['armoede', 'kansarm', 'laag inkomen', 'lage ses', 'schulden', 'voedseloverschot', 'voedselbank', 'pauvrete', 'precari', 'poverty', 'low income'] },
  caregiver: { strong: ['mantelzorg', 'aidant', 'caregiver', 'carer'] },
  older_age: { strong: ['hoogbejaard', 'oudste ouderen', '80 plus', '80plussers', 'tachtigplus', 'oldest old'] },
  partner_loss: { strong: ['weduw', 'verweduw', 'overlijden', 'overleden', 'verlies van', 'verloren', 'rouw', 'nabestaand', 'deuil', 'veuf', 'veuv', 'bereave', 'widow'] },
  physical_disability: { strong: ['fysieke beperking', 'minder mobiel', 'mobiliteit', 'rolstoel', 'handicap physique', 'mobilite reduite', 'physical disab', 'reduced mobility'] },
  mental_disability: { strong: ['verstandelijke beperking', 'mentale beperking', 'handicap mental', 'deficience intellectuelle', 'intellectual disab', 'learning disab'] },
  small_network: { strong: ['klein netwerk', 'beperkt netwerk', 'weinig contact', 'geisoleerd', 'sociaal isolement', 'alleenstaand', 'alleenwonend', 'reseau limite', 'small network', 'few contacts'] },
  newcomers: { strong: ['nieuwkomer', 'vluchteling', 'asiel', 'migrant', 'migratie', 'anderstalig', 'inburger', 'primo arrivant', 'refugie', 'newcomer', 'refugee'] },
  psychological_vulnerability: { strong: ['psychisch', 'psychiatr', 'depressi', 'angst', 'geestelijke gezondheid', 'mentale gezondheid', 'sante mentale', 'mental health', 'depress', 'anxiety'] },
  general_vulnerability: { strong: ['kwetsbare', 'kwetsbaar', 'vulnerab', 'fragile'] },
  none_specific: { strong: ['iedereen', 'alle inwoners', 'alle kinderen', 'brede bevolking', 'tout le monde', 'tous les habitants', 'everyone', 'general population'] },
};

/** Effectladder (van Yperen & Veerman 2008): words in the evaluation answer that point to a level. */
export const EVIDENCE_TRIGGERS: Record<string, Triggers> = {
  level4_causal: { strong: ['controlegroep', 'gerandomiseerd', 'rct', 'effectonderzoek', 'groupe controle', 'randomis', 'control group'] },
  level3_indicative: { strong: ['evaluatie', 'geevalueerd', 'onderzoek', 'voormeting', 'nameting', 'vragenlijst', 'bevraging', 'resultaten', 'evaluation', 'enquete', 'resultats', 'survey', 'results'] },
  level2_theory: { strong: ['theorie', 'onderbouwd', 'wetenschappelijk', 'literatuur', 'theorique', 'scientifique', 'theory', 'evidence based'] },
  level1_described: { strong: ['handleiding', 'draaiboek', 'methodiek', 'beschreven', 'manuel', 'methodologie', 'manual', 'described'] },
};

/** Initiator (survey question 6) to primary actor; first match wins, in this order. */
export const ACTOR_TRIGGERS: readonly [string, readonly string[]][] = [
  ['primary_care_zone', ['eerstelijnszone', 'elz ', 'zorgzone', 'zone de premiere ligne']],
  ['caw', ['caw', 'centrum algemeen welzijn']],
  ['community_health_centre', ['wijkgezondheidscentrum', 'wgc ', 'maison medicale']],
  ['hospital', ['ziekenhuis', 'zol ', 'az ', 'uz ', 'hopital', 'hospital']],
  ['mental_health', ['ggz', 'cgg', 'geestelijke gezondheid', 'psychiatr', 'sante mentale']],
  ['overkop', ['overkop']],
  ['health_insurer', ['mutualiteit', 'ziekenfonds', 'cm ', 'solidaris', 'mutualite', 'helan', 'liantis']],
  ['poverty_organisation', ['armoede', 'welzijnsschakel', 'pauvrete']],
  ['local_government', ['gemeente', 'stad ', 'stad', 'ocmw', 'lokaal bestuur', 'lokale besturen', 'commune', 'cpas', 'ville de']],
  ['community_development', ['samenlevingsopbouw', 'saamo', 'buurtwerk', 'opbouwwerk']],
  ['education', ['school', 'hogeschool', 'universiteit', 'onderwijs', 'ecole', 'universite']],
  ['youth', ['jeugd', 'chiro', 'scouts', 'jongerencentrum', 'jeunesse']],
  ['leisure', ['sportclub', 'cultuurcentrum', 'bibliotheek', 'vereniging', 'senioren', 'club']],
  ['welfare_care_org', ['dienstencentrum', 'woonzorg', 'thuiszorg', 'welzijn', 'zorg', 'vzw']],
];

/** Transient or chronic loneliness (section 1.8; Eccles & Qualter 2021). */
export const COURSE_TRIGGERS: Record<string, Triggers> = {
  chronic: { strong: ['chronisch eenzaam', 'chronische eenzaamheid', 'langdurig', 'langdurige eenzaamheid', 'solitude chronique', 'chronic'] },
  transient: { strong: ['voorbijgaand', 'tijdelijk', 'overgangsmoment', 'levensgebeurtenis', 'passager', 'transient'] },
};
