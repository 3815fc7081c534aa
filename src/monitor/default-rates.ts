/**
 * Verbind's cited default rate tables, taken from the project's seed documents (see
 * shared/seeds/README.md). Figures are copied exactly as printed. Where a seed gives only a point
 * value, low/high are left undefined (no invented intervals); only a range printed in a seed is
 * used as bounds. Each table says which population it covers; where a seed does not state the
 * ages, the table says which ages Verbind applies it to and why, as an assumption.
 *
 * Tables for the same indicator and group are alternatives (e.g. Statbel 2024 and the Flemish
 * 2021 survey): put only one of them in a model, or buildModel reports the duplicates/overlaps.
 */
import { frenchSpacing } from '../i18n/index.js';
import { buildModel, type CitationText, type PrevalenceModel, type RateRule, type RateTable } from './rates.js';

type RuleInput = Omit<RateRule, 'source' | 'origin' | 'sex' | 'civilStatus' | 'nationality'> &
  Partial<Pick<RateRule, 'sex' | 'civilStatus' | 'nationality'>>;

function rules(source: string, origin: string, list: RuleInput[]): RateRule[] {
  return list.map((r) => ({ sex: null, civilStatus: null, nationality: null, ...r, source, origin }));
}

// --- Seed 004: research consortium policy note "Samen tegen eenzaamheid", citing Statbel 2024 ---

const STATBEL_2024_CITATION =
  'Statbel (2024), loneliness in the past 4 weeks by age group, as cited in: onderzoeksconsortium, ' +
  '"Samen tegen eenzaamheid: naar een structurele en preventieve aanpak" (policy note to the Flemish and Brussels governments, 2024), section 2 "Onderschat eenzaamheid niet".';

export const STATBEL_2024: RateTable = {
  id: 'statbel-2024',
  title: {
    nl: 'Statbel 2024: eenzaamheid naar leeftijdsgroep (België)',
    fr: 'Statbel 2024 : solitude par groupe d’âge (Belgique)',
    en: 'Statbel 2024: loneliness by age group (Belgium)',
  },
  covers: {
    nl: 'Inwoners van België van 18 tot 74 jaar, 2024 (de tabel geeft 18–74 jaar; het totaal 16–74 jaar).',
    fr: 'Habitants de la Belgique de 18 à 74 ans, 2024 (le tableau donne 18–74 ans ; le total 16–74 ans).',
    en: 'Residents of Belgium aged 18–74, 2024 (the table gives ages 18–74; the overall figure ages 16–74).',
  },
  coverage: { place: 'Belgium', year: '2024', ageFrom: 18, ageTo: 74 },
  citation: STATBEL_2024_CITATION,
  cite: {
    text: {
      nl: 'Statbel (2024), eenzaamheid in de voorbije 4 weken naar leeftijdsgroep, geciteerd in: onderzoeksconsortium, {note} (beleidsnota aan de Vlaamse en Brusselse regering, 2024), deel 2 {section}.',
      fr: 'Statbel (2024), solitude au cours des 4 dernières semaines par groupe d’âge, cité dans : consortium de recherche, {note} (note aux gouvernements flamand et bruxellois, 2024), section 2 {section}.',
      en: 'Statbel (2024), loneliness in the past 4 weeks by age group, as cited in: research consortium, {note} (policy note to the Flemish and Brussels governments, 2024), section 2 {section}.',
    },
    dutch: { note: 'Samen tegen eenzaamheid: naar een structurele en preventieve aanpak', section: 'Onderschat eenzaamheid niet' },
  },
  quote:
    'Recente cijfers van Statbel tonen aan dat 9,1% van de Belgen tussen 16 en 74 jaar zich de afgelopen 4 weken in 2024 meestal tot altijd eenzaam voelde, 24,2% soms. ' +
    'In totaal voelde 33,3% zich in meer of mindere mate eenzaam de afgelopen 4 weken. [...] ' +
    'Leeftijdsgroep Soms Meestal tot altijd | 18-24 jaar 24,3% 6,8% | 25-49 jaar 25,4% 9,5% | 50-64 jaar 22,9% 9,6% | 65-74 jaar 23,8% 10,2%',
  notes:
    '"Sometimes or more" is the sum of the two printed columns (as the note itself sums 9.1% + 24.2% = 33.3%). ' +
    'Residents under 18 and over 74 are not covered by this table. No bounds are printed.',
  rules: rules(STATBEL_2024_CITATION, 'table statbel-2024', [
    { indicator: 'loneliness_often', ageFrom: 18, ageTo: 24, rate: 0.068 },
    { indicator: 'loneliness_often', ageFrom: 25, ageTo: 49, rate: 0.095 },
    { indicator: 'loneliness_often', ageFrom: 50, ageTo: 64, rate: 0.096 },
    { indicator: 'loneliness_often', ageFrom: 65, ageTo: 74, rate: 0.102 },
    { indicator: 'loneliness_sometimes', ageFrom: 18, ageTo: 24, rate: 0.243 },
    { indicator: 'loneliness_sometimes', ageFrom: 25, ageTo: 49, rate: 0.254 },
    { indicator: 'loneliness_sometimes', ageFrom: 50, ageTo: 64, rate: 0.229 },
    { indicator: 'loneliness_sometimes', ageFrom: 65, ageTo: 74, rate: 0.238 },
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 18, ageTo: 24, rate: 0.311 }, // 24,3% + 6,8%
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 25, ageTo: 49, rate: 0.349 }, // 25,4% + 9,5%
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 50, ageTo: 64, rate: 0.325 }, // 22,9% + 9,6%
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 65, ageTo: 74, rate: 0.34 }, // 23,8% + 10,2%
  ]),
};

/** The overall Statbel 2024 figures for ages 16–74 (seed 004), for display beside the age table. */
export const STATBEL_2024_OVERALL = { ageFrom: 16, ageTo: 74, often: 0.091, sometimes: 0.242, sometimesOrMore: 0.333 } as const;

// --- Seed 003: study of 133 loneliness initiatives in Flanders, table 2 (Steyaert & Heylen 2021) ---

const FLANDERS_2021_CITATION =
  'Steyaert, J. & Heylen, L. (2021), online survey on loneliness among Flemish adults (February 2021, N=1044), ' +
  'as reproduced in table 2 "Eenzaamheid naar leeftijdsgroep, Vlaanderen (N=1044)" of the study of 133 loneliness initiatives in Flanders ("Eenzaamheidsinterventies in kaart brengen", final report, May 2023), section 1.6.';

export const FLANDERS_2021: RateTable = {
  id: 'flanders-2021',
  title: {
    nl: 'Vlaanderen 2021: eenzaamheid naar leeftijdsgroep (online bevraging, N=1044)',
    fr: 'Flandre 2021 : solitude par groupe d’âge (enquête en ligne, N=1044)',
    en: 'Flanders 2021: loneliness by age group (online survey, N=1044)',
  },
  covers: {
    nl: 'Vlaamse 18-plussers, februari 2021 (tijdens de coronacrisis), online bevraging.',
    fr: 'Adultes flamands (18 ans et plus), février 2021 (pendant la crise du coronavirus), enquête en ligne.',
    en: 'Flemish adults aged 18+, February 2021 (during the COVID-19 crisis), online survey.',
  },
  coverage: { place: 'Flanders', year: '2021', ageFrom: 18, ageTo: null },
  citation: FLANDERS_2021_CITATION,
  cite: {
    text: {
      nl: 'Steyaert, J. & Heylen, L. (2021), online bevraging over eenzaamheid bij Vlaamse volwassenen (februari 2021, N=1044), overgenomen in tabel 2 {table} van de studie van 133 eenzaamheidsinitiatieven in Vlaanderen ({report}, eindrapport, mei 2023), deel 1.6.',
      fr: 'Steyaert, J. & Heylen, L. (2021), enquête en ligne sur la solitude des adultes flamands (février 2021, N=1044), reprise dans le tableau 2 {table} de l’étude de 133 initiatives contre la solitude en Flandre ({report}, rapport final, mai 2023), section 1.6.',
      en: 'Steyaert, J. & Heylen, L. (2021), online survey on loneliness among Flemish adults (February 2021, N=1044), as reproduced in table 2 {table} of the study of 133 loneliness initiatives in Flanders ({report}, final report, May 2023), section 1.6.',
    },
    dutch: { table: 'Eenzaamheid naar leeftijdsgroep, Vlaanderen (N=1044)', report: 'Eenzaamheidsinterventies in kaart brengen' },
  },
  quote:
    'Tabel 2 Eenzaamheid naar leeftijdsgroep, Vlaanderen (N=1044) | 18-34 jaar 35-49 jaar 50-64 jaar 65 jaar of ouder | ' +
    'Vaak 24% 18% 9% 13% | Soms 48% 43% 41% 40% | (Bijna) nooit 28% 39% 50% 48% | Bron: Steyaert & Heylen, 2021',
  notes:
    'Measured during the COVID-19 crisis, online: the study warns the most vulnerable and the oldest old were probably not reached, so the figures may be underestimates. ' +
    '"Sometimes or more" is "vaak" + "soms" as printed (for 65+ this gives 53%, while 100% − 48% "(bijna) nooit" gives 52%: rounding in the source). ' +
    'An alternative to Statbel 2024 for the same indicators: use one or the other.',
  rules: rules(FLANDERS_2021_CITATION, 'table flanders-2021', [
    { indicator: 'loneliness_often', ageFrom: 18, ageTo: 34, rate: 0.24 },
    { indicator: 'loneliness_often', ageFrom: 35, ageTo: 49, rate: 0.18 },
    { indicator: 'loneliness_often', ageFrom: 50, ageTo: 64, rate: 0.09 },
    { indicator: 'loneliness_often', ageFrom: 65, ageTo: null, rate: 0.13 },
    { indicator: 'loneliness_sometimes', ageFrom: 18, ageTo: 34, rate: 0.48 },
    { indicator: 'loneliness_sometimes', ageFrom: 35, ageTo: 49, rate: 0.43 },
    { indicator: 'loneliness_sometimes', ageFrom: 50, ageTo: 64, rate: 0.41 },
    { indicator: 'loneliness_sometimes', ageFrom: 65, ageTo: null, rate: 0.4 },
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 18, ageTo: 34, rate: 0.72 }, // 24% + 48%
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 35, ageTo: 49, rate: 0.61 }, // 18% + 43%
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 50, ageTo: 64, rate: 0.5 }, // 9% + 41%
    { indicator: 'loneliness_sometimes_or_more', ageFrom: 65, ageTo: null, rate: 0.53 }, // 13% + 40%
  ]),
};

// --- Seed 000: Brusano literature synthesis "social isolation and health" (14 reviews) ---

const BRUSANO_CITATION =
  'Brusano, scientific support team: literature synthesis on social isolation and health for the Brussels care zones (Zorgzones), ' +
  '14 international reviews published 2012–2025; section "Wat is de omvang van het fenomeen?", reference (4) for older people.';

export const BRUSSELS_OLDEST_OLD: RateTable = {
  id: 'brusano-80plus',
  title: {
    nl: 'Brusano-synthese: 80-plussers (sociaal isolement; eenzaamheid naar geslacht)',
    fr: 'Synthèse Brusano : personnes de 80 ans et plus (isolement social ; solitude par sexe)',
    en: 'Brusano synthesis: people aged 80+ (social isolation; loneliness by sex)',
  },
  covers: {
    nl: '80-plussers, schattingen uit internationale literatuuroverzichten (niet specifiek Brussel of een bepaald jaar).',
    fr: 'Personnes de 80 ans et plus, estimations tirées de revues internationales de la littérature (pas spécifiques à Bruxelles ni à une année).',
    en: 'People aged 80+, estimates from international literature reviews (not specific to Brussels or to one year).',
  },
  coverage: { place: 'international literature (reviews 2012–2025)', year: '2012–2025', ageFrom: 80, ageTo: null },
  citation: BRUSANO_CITATION,
  cite: {
    text: {
      nl: 'Brusano, wetenschappelijk ondersteuningsteam: literatuursynthese over sociaal isolement en gezondheid voor de Brusselse zorgzones, 14 internationale reviews gepubliceerd in 2012–2025; deel {section}, referentie (4) voor ouderen.',
      fr: 'Brusano, équipe d’appui scientifique : synthèse de la littérature sur l’isolement social et la santé pour les zones de soins bruxelloises, 14 revues internationales publiées de 2012 à 2025 ; section {section}, référence (4) pour les personnes âgées.',
      en: 'Brusano, scientific support team: literature synthesis on social isolation and health for the Brussels care zones, 14 international reviews published 2012–2025; section {section}, reference (4) for older people.',
    },
    dutch: { section: 'Wat is de omvang van het fenomeen?' },
  },
  quote:
    'Men schat dat ongeveer een derde van de 80-plussers te maken heeft met (objectief) sociaal isolement. ' +
    'Ongeveer evenveel, dus ongeveer een derde, zou eenzaam zijn, al kan dat om verschillende personen gaan. [...] ' +
    'Enerzijds zou er bij vrouwen boven de 80 (22%) veel meer eenzaamheid zijn dan bij mannen (16%).',
  notes:
    'The by-sex loneliness figures (22% women, 16% men) and "about a third lonely" describe different measures the synthesis does not define; ' +
    'Verbind applies the by-sex figures under "loneliness, frequency not stated" and shows the "about a third" as a reference figure. ' +
    '"About a third" objectively isolated is applied as 1/3, a point value without bounds.',
  rules: rules(BRUSANO_CITATION, 'table brusano-80plus', [
    { indicator: 'social_isolation', ageFrom: 80, ageTo: null, rate: 1 / 3 },
    { indicator: 'loneliness_unspecified', ageFrom: 80, ageTo: null, sex: 'F', rate: 0.22 },
    { indicator: 'loneliness_unspecified', ageFrom: 80, ageTo: null, sex: 'M', rate: 0.16 },
  ]),
  reference: [
    {
      indicator: 'loneliness_unspecified',
      group: 'people aged 80+, both sexes',
      rate: 1 / 3,
      quote: 'Ongeveer evenveel, dus ongeveer een derde, zou eenzaam zijn, al kan dat om verschillende personen gaan.',
      whyNotApplied: 'The same source gives the by-sex figures (22% / 16%), which are narrower and applied instead.',
    },
    {
      indicator: 'chronic_loneliness',
      group: 'older people (age limit not stated)',
      rate: 1 / 5,
      quote: 'Bovendien schat men dat, als we eenzaamheid in de loop van de tijd bekijken, chronische eenzaamheid een vijfde van de ouderen treft(4).',
      whyNotApplied: 'The source does not say from which age "ouderen" (older people) are counted.',
    },
    {
      indicator: 'social_isolation',
      group: 'older people with dementia or other cognitive problems',
      rate: 2 / 3,
      quote: 'Anderzijds zou bijna twee derde van de ouderen met dementie of andere cognitieve problemen te maken hebben met sociaal isolement',
      whyNotApplied: 'Population registers do not record dementia.',
    },
    {
      indicator: 'loneliness_unspecified',
      group: 'older people with dementia or other cognitive problems',
      low: 0.38,
      high: 0.43,
      quote: 'terwijl 38 tot 43% van deze groep last zou hebben van eenzaamheid.',
      whyNotApplied: 'Population registers do not record dementia.',
    },
    {
      indicator: 'loneliness_unspecified',
      group: 'refugees and applicants for international protection',
      rate: 1 / 3,
      low: 0.16,
      high: 0.48,
      quote:
        'Bij vluchtelingen en personen die om internationale bescherming verzoeken, zou de eenzaamheid tussen 16 en 48% schommelen, en het sociaal isolement tussen 10 en 61%. [...] De schattngen draaien echter ook rond ongeveer een derde van de bevolking.',
      whyNotApplied: 'The population data distinguish only Belgian and non-Belgian nationality, not refugee or protection status.',
    },
    {
      indicator: 'social_isolation',
      group: 'refugees and applicants for international protection',
      rate: 1 / 3,
      low: 0.1,
      high: 0.61,
      quote: 'en het sociaal isolement tussen 10 en 61%. [...] De schattngen draaien echter ook rond ongeveer een derde van de bevolking.',
      whyNotApplied: 'The population data distinguish only Belgian and non-Belgian nationality, not refugee or protection status.',
    },
  ],
};

// --- Seed 002: Claeys, Verhaegen & Clever (2024), "De binnenkant van sociaal isolement" ---

const ODISEE_CITATION =
  'Claeys, J., Verhaegen, I. & Clever, J. (2024). De binnenkant van sociaal isolement. Samenleving & Politiek, 31(4), 43–47; ' +
  'figures citing Braekman et al. (2018) and Statbel (2024).';

const ODISEE_CITE: CitationText = {
  text: {
    nl: 'Claeys, J., Verhaegen, I. & Clever, J. (2024). {title}. {journal}, 31(4), 43–47; cijfers met verwijzing naar Braekman e.a. (2018) en Statbel (2024).',
    fr: 'Claeys, J., Verhaegen, I. & Clever, J. (2024). {title}. {journal}, 31(4), 43–47 ; chiffres citant Braekman et al. (2018) et Statbel (2024).',
    en: 'Claeys, J., Verhaegen, I. & Clever, J. (2024). {title}. {journal}, 31(4), 43–47; figures citing Braekman et al. (2018) and Statbel (2024).',
  },
  dutch: { title: { name: 'De binnenkant van sociaal isolement' }, journal: { name: 'Samenleving & Politiek' } },
};

export const BELGIUM_ISOLATION_2024: RateTable = {
  id: 'odisee-2024-belgium',
  title: {
    nl: 'Chronische eenzaamheid, weinig contact en zwakke sociale steun (België)',
    fr: 'Solitude chronique, peu de contacts et faible soutien social (Belgique)',
    en: 'Chronic loneliness, few contacts and weak social support (Belgium)',
  },
  covers: {
    nl: 'Belgen; de bron noemt geen leeftijden. Verbind past chronische eenzaamheid toe op 16–74 jaar (de Statbel-populatie voor "meestal tot altijd eenzaam") en de andere cijfers op 15-plussers (de populatie van de Gezondheidsenquête die de bron aanhaalt).',
    fr: 'Belges ; la source ne précise pas les âges. Verbind applique la solitude chronique aux 16–74 ans (population de Statbel pour « la plupart du temps à toujours seul ») et les autres chiffres aux 15 ans et plus (population de l’Enquête de santé citée).',
    en: 'Belgians; the source states no ages. Verbind applies chronic loneliness to ages 16–74 (Statbel’s population for "mostly or always lonely") and the other figures to ages 15+ (the population of the Health Interview Survey the source cites).',
  },
  coverage: { place: 'Belgium', year: '2018–2024', ageFrom: 15, ageTo: null },
  citation: ODISEE_CITATION,
  cite: ODISEE_CITE,
  quote:
    'Wat ons vooral zorgen baart, is dat bijna 1 op de 10 Belgen zich altijd of meestal eenzaam voelt (chronische eenzaamheid). ' +
    'Zo heeft 12% van de Belgen minder dan één keer per week sociale contacten. ' +
    'Ruim 15% van de Belgen ervaart bovendien zwakke sociale ondersteuning.',
  notes:
    '"Bijna 1 op de 10" (almost 1 in 10) is applied as 10%, "ruim 15%" (a little over 15%) as 15%: point values, no bounds printed. ' +
    'The age ranges are Verbind’s assumption, stated in "covers".',
  rules: rules(ODISEE_CITATION, 'table odisee-2024-belgium', [
    { indicator: 'chronic_loneliness', ageFrom: 16, ageTo: 74, rate: 0.1 },
    { indicator: 'social_isolation', ageFrom: 15, ageTo: null, rate: 0.12 },
    { indicator: 'weak_social_support', ageFrom: 15, ageTo: null, rate: 0.15 },
  ]),
};

export const BRUSSELS_WALLONIA_SUPPORT_2024: RateTable = {
  id: 'odisee-2024-brussels-wallonia',
  title: {
    nl: 'Zwakke sociale steun in Brussel en Wallonië (1 op 5)',
    fr: 'Faible soutien social à Bruxelles et en Wallonie (1 sur 5)',
    en: 'Weak social support in Brussels and Wallonia (1 in 5)',
  },
  covers: {
    nl: 'Inwoners van Brussel en Wallonië; Verbind past het toe op 15-plussers. Alleen kiezen voor Brusselse of Waalse gebieden.',
    fr: 'Habitants de Bruxelles et de Wallonie ; Verbind l’applique aux 15 ans et plus. À choisir seulement pour des zones bruxelloises ou wallonnes.',
    en: 'Residents of Brussels and Wallonia; Verbind applies it to ages 15+. Choose it only for Brussels or Walloon areas.',
  },
  coverage: { place: 'Brussels and Wallonia', year: '2018–2024', ageFrom: 15, ageTo: null },
  citation: ODISEE_CITATION,
  cite: ODISEE_CITE,
  quote: 'Treffend is dat in de Brusselse (en Waalse) context 1 op 5 zich sociaal zwak ondersteund weet.',
  notes: 'An alternative to the Belgian 15% for weak social support: use one or the other.',
  rules: rules(ODISEE_CITATION, 'table odisee-2024-brussels-wallonia', [{ indicator: 'weak_social_support', ageFrom: 15, ageTo: null, rate: 0.2 }]),
};

// --- Seed 001: slides "social isolation and psychiatric illness", typology of social contacts ---

const TYPOLOGY_CITATION =
  'Slides "Sociaal isolement en psychiatrische ziekte", slide "Verdeling sociale typologie" (typology of social contacts: network size × loneliness).';

export const SOCIAL_TYPOLOGY: RateTable = {
  id: 'social-typology',
  title: {
    nl: 'Typologie van sociale contacten (netwerkgrootte × eenzaamheid)',
    fr: 'Typologie des contacts sociaux (taille du réseau × solitude)',
    en: 'Typology of social contacts (network size × loneliness)',
  },
  covers: {
    nl: 'De bron noemt geen populatie, plaats of jaar. Verbind past de verdeling toe op volwassenen (18+), omdat de typologie sociale netwerken van volwassenen beschrijft: een aanname.',
    fr: 'La source ne précise ni population, ni lieu, ni année. Verbind applique la répartition aux adultes (18 ans et plus), la typologie décrivant les réseaux d’adultes : c’est une hypothèse.',
    en: 'The source states no population, place or year. Verbind applies the shares to adults (18+), as the typology describes adults’ social networks: an assumption.',
  },
  coverage: { place: 'not stated', year: 'not stated', ageFrom: 18, ageTo: null },
  citation: TYPOLOGY_CITATION,
  cite: {
    text: {
      nl: 'Presentatie {deck}, dia {slide} (typologie van sociale contacten: netwerkgrootte × eenzaamheid).',
      fr: 'Présentation {deck}, diapositive {slide} (typologie des contacts sociaux : taille du réseau × solitude).',
      en: 'Slides {deck}, slide {slide} (typology of social contacts: network size × loneliness).',
    },
    dutch: { deck: 'Sociaal isolement en psychiatrische ziekte', slide: 'Verdeling sociale typologie' },
  },
  quote: 'sociaal weerbaren: groot netwerk, niet eenzaam (64%) - contactarmen: klein netwerk, niet eenzaam (8%) - eenzamen: groot netwerk, eenzaam (22%) - sociaal geisoleerden: klein netwerk, eenzaam (6%)',
  notes: 'The four shares add up to 100%.',
  rules: rules(TYPOLOGY_CITATION, 'table social-typology', [
    { indicator: 'typology_socially_resilient', ageFrom: 18, ageTo: null, rate: 0.64 },
    { indicator: 'typology_few_contacts', ageFrom: 18, ageTo: null, rate: 0.08 },
    { indicator: 'typology_lonely', ageFrom: 18, ageTo: null, rate: 0.22 },
    { indicator: 'typology_socially_isolated', ageFrom: 18, ageTo: null, rate: 0.06 },
  ]),
};

export const DEFAULT_TABLES: readonly RateTable[] = [
  STATBEL_2024,
  FLANDERS_2021,
  BRUSSELS_OLDEST_OLD,
  BELGIUM_ISOLATION_2024,
  BRUSSELS_WALLONIA_SUPPORT_2024,
  SOCIAL_TYPOLOGY,
];

// The French titles and coverage texts get French spacing (frenchSpacing), like every French message.
for (const t of DEFAULT_TABLES) {
  t.title.fr = frenchSpacing(t.title.fr);
  t.covers.fr = frenchSpacing(t.covers.fr);
}

/**
 * The tables of the default model: the most recent national figures (Statbel 2024; seed 002),
 * refined for people aged 80+ by the Brusano synthesis, plus the typology. The Flemish 2021 survey
 * and the Brussels/Wallonia support figure are alternatives an analyst can swap in.
 */
export const DEFAULT_MODEL_TABLE_IDS = ['statbel-2024', 'odisee-2024-belgium', 'brusano-80plus', 'social-typology'] as const;

export function defaultTable(id: string): RateTable {
  const t = DEFAULT_TABLES.find((x) => x.id === id);
  if (!t) throw new RangeError(`no default rate table ${id}; known: ${DEFAULT_TABLES.map((x) => x.id).join(', ')}`);
  return t;
}

export function defaultModel(): PrevalenceModel {
  return buildModel(DEFAULT_MODEL_TABLE_IDS.map(defaultTable));
}
