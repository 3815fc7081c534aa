/**
 * The screening instruments as data: items, answer codes, wordings per
 * language with the source of each wording (or the flag "working
 * translation" where no published wording was found), and each instrument's
 * citation. Wordings and sources: shared/spec/instruments.md. Scoring lives
 * in scoring.ts; nothing here does I/O.
 */
import type { Lang } from '../vocabulary/matrix.js';
import { frenchSpacing } from '../i18n/index.js';

export const INSTRUMENT_IDS = ['djg11', 'djg6', 'ucla3', 'ons_direct', 'lsns6', 'oslo3'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];
export type Text = Record<Lang, string>;

/** Where a language's wording comes from: a published source, or a working translation made for Verbind. */
export type WordingSource = { kind: 'source'; citation: string } | { kind: 'working_translation' };

export interface AnswerOption {
  /** The contract's answer code (DJG, UCLA-3, direct question) or the integer answer (LSNS-6, Oslo-3). */
  code: string | number;
  label: Text;
}

export interface Item {
  /** The contract's item id (the manual's numbering for the DJG scales). */
  id: string;
  text: Text;
  /** DJG: emotional (negatively worded) or social (positively worded); LSNS-6: family or friends. */
  subscale?: 'emotional' | 'social' | 'family' | 'friends';
  options: readonly AnswerOption[];
  /** Optional lead-in shown before this item (LSNS-6 family/friends). */
  preamble?: Text;
}

export interface Instrument {
  id: InstrumentId;
  name: Text;
  /** Citation of the instrument, shown wherever it is. */
  citation: string;
  /** The scoring rule in words. */
  scoringRule: Text;
  /** 'code': answers are strings; 'integer': answers are JSON integers. */
  answerType: 'code' | 'integer';
  instruction?: Text;
  items: readonly Item[];
  wordingSources: Record<Lang, WordingSource>;
  /** LOINC code of the panel, when there is one. */
  loinc?: { code: string; display: string };
  /** Answer scales one may choose for the form (DJG: 3- or 5-point). */
  scales?: readonly (3 | 5)[];
}

/** A text in three languages; the French one with French spacing (frenchSpacing), which leaves a published wording's words as they are. */
const t = (nl: string, fr: string, en: string): Text => ({ nl, fr: frenchSpacing(fr), en });
const WORKING: WordingSource = { kind: 'working_translation' };
const src = (citation: string): WordingSource => ({ kind: 'source', citation });

// ---- De Jong Gierveld -------------------------------------------------------

export const DJG_ANSWERS = ['strong_no', 'no', 'more_or_less', 'yes', 'strong_yes'] as const;
export type DjgAnswer = (typeof DJG_ANSWERS)[number];
/** The 3-point form (VZinfo) uses the middle three codes. */
export const DJG_THREE_POINT: readonly DjgAnswer[] = ['no', 'more_or_less', 'yes'];

const DJG_OPTIONS: readonly AnswerOption[] = [
  { code: 'strong_no', label: t('nee!', 'non !', 'no!') },
  { code: 'no', label: t('nee', 'non', 'no') },
  { code: 'more_or_less', label: t('min of meer', 'plus ou moins', 'more or less') },
  { code: 'yes', label: t('ja', 'oui', 'yes') },
  { code: 'strong_yes', label: t('ja!', 'oui !', 'yes!') },
];

const djgItem = (id: string, subscale: 'emotional' | 'social', nl: string, fr: string, en: string): Item => ({ id, subscale, text: t(nl, fr, en), options: DJG_OPTIONS });

const DJG11_ITEMS: readonly Item[] = [
  djgItem('1', 'social', 'Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan.', "Il y a toujours quelqu'un dans mon entourage à qui je peux parler de mes petits problèmes de tous les jours.", 'There is always someone I can talk to about my day-to-day problems.'),
  djgItem('2', 'emotional', 'Ik mis een echt goede vriend of vriendin.', 'Il me manque un(e) vrai(e) bon(ne) ami(e).', 'I miss having a really close friend.'),
  djgItem('3', 'emotional', 'Ik ervaar een leegte om me heen.', 'Je ressens un vide autour de moi.', 'I experience a general sense of emptiness.'),
  djgItem('4', 'social', 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.', 'Il y a assez de personnes sur qui je peux compter en cas de difficulté.', 'There are plenty of people I can lean on when I have problems.'),
  djgItem('5', 'emotional', 'Ik mis gezelligheid om me heen.', 'La compagnie des autres me manque.', 'I miss the pleasure of the company of others.'),
  djgItem('6', 'emotional', 'Ik vind mijn kring van kennissen te beperkt.', 'Je trouve mon cercle de connaissances trop restreint.', 'I find my circle of friends and acquaintances too limited.'),
  djgItem('7', 'social', 'Ik heb veel mensen op wie ik volledig kan vertrouwen.', "J'ai beaucoup de personnes en qui je peux avoir entièrement confiance.", 'There are many people I can trust completely.'),
  djgItem('8', 'social', 'Er zijn voldoende mensen met wie ik me nauw verbonden voel.', 'Il y a suffisamment de personnes dont je me sens proche.', 'There are enough people I feel close to.'),
  djgItem('9', 'emotional', 'Ik mis mensen om me heen.', "J'ai besoin d'avoir plus de monde autour de moi.", 'I miss having people around me.'),
  djgItem('10', 'emotional', 'Vaak voel ik me in de steek gelaten.', 'Je me sens souvent abandonné(e).', 'I often feel rejected.'),
  djgItem('11', 'social', 'Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht.', "Quand j'en ai besoin, je peux toujours compter sur mes amis.", 'I can call on my friends whenever I need them.'),
];

const DJG_INSTRUCTION = t(
  'Wilt u van elk van de volgende uitspraken aangeven in hoeverre die op u, zoals u de laatste tijd bent, van toepassing is? U kunt antwoorden met nee, min of meer, ja.',
  "Pour chacune des phrases suivantes, pouvez-vous indiquer dans quelle mesure elle s'applique à vous, tel(le) que vous êtes ces derniers temps ? Vous pouvez répondre non, plus ou moins, oui.",
  'For each of the following statements, please indicate the extent to which they apply to you, as you are lately. You can answer no, more or less, yes.',
);

const DJG6_EN: Record<string, string> = {
  '4': 'There are plenty of people I can rely on when I have problems.',
};

// ---- Frequency questions ------------------------------------------------------

const UCLA_OPTIONS: readonly AnswerOption[] = [
  { code: 'hardly_ever', label: t('Bijna nooit of nooit', 'Presque jamais ou jamais', 'Hardly ever or never') },
  { code: 'some_of_the_time', label: t('Soms', 'Parfois', 'Some of the time') },
  { code: 'often', label: t('Vaak', 'Souvent', 'Often') },
];

const ONS_OPTIONS: readonly AnswerOption[] = [
  { code: 'often_always', label: t('Vaak of altijd', 'Souvent ou toujours', 'Often/always') },
  { code: 'some_of_the_time', label: t('Een deel van de tijd', 'Une partie du temps', 'Some of the time') },
  { code: 'occasionally', label: t('Af en toe', 'De temps en temps', 'Occasionally') },
  { code: 'hardly_ever', label: t('Bijna nooit', 'Presque jamais', 'Hardly ever') },
  { code: 'never', label: t('Nooit', 'Jamais', 'Never') },
];

// ---- Networks and support --------------------------------------------------------

const LSNS_OPTIONS: readonly AnswerOption[] = [
  { code: 0, label: t('Geen', 'Aucun', 'None') },
  { code: 1, label: t('Eén', 'Un', 'One') },
  { code: 2, label: t('Twee', 'Deux', 'Two') },
  { code: 3, label: t('Drie of vier', 'Trois ou quatre', 'Three or four') },
  { code: 4, label: t('Vijf tot acht', 'Cinq à huit', 'Five through eight') },
  { code: 5, label: t('Negen of meer', 'Neuf ou plus', 'Nine or more') },
];
const LSNS_FAMILY = t(
  'Denk aan de mensen met wie u verwant bent door geboorte of huwelijk…',
  'Pensez aux personnes qui vous sont apparentées par la naissance ou le mariage…',
  'Considering the people to whom you are related either by birth or marriage…',
);
const LSNS_FRIENDS = t(
  'Denk aan al uw vrienden, ook wie bij u in de buurt woont…',
  'Pensez à tous vos amis, y compris ceux qui habitent dans votre quartier…',
  'Considering all of your friends, including those who live in your neighborhood…',
);
const lsns = (id: string, subscale: 'family' | 'friends', nl: string, fr: string, en: string, preamble?: Text): Item => ({
  id,
  subscale,
  text: t(nl, fr, en),
  options: LSNS_OPTIONS,
  ...(preamble ? { preamble } : {}),
});

export const INSTRUMENTS: Record<InstrumentId, Instrument> = {
  djg11: {
    id: 'djg11',
    name: t('De Jong Gierveld-eenzaamheidsschaal (11 items)', 'Échelle de solitude de De Jong Gierveld (11 items)', 'De Jong Gierveld Loneliness Scale (11 items)'),
    citation:
      'de Jong Gierveld & Kamphuis (1985), Applied Psychological Measurement 9(3):289-299; cut-offs: van Tilburg & de Jong Gierveld (1999); de Jong Gierveld & van Tilburg, Manual of the Loneliness Scale (VU Amsterdam, 1999, updated 2022). Developed for survey research.',
    scoringRule: t(
      `Negatieve uitspraken (2, 3, 5, 6, 9, 10; emotioneel) tellen 1 bij min of meer, ja, ja!; positieve uitspraken (1, 4, 7, 8, 11; sociaal) tellen 1 bij min of meer, nee, nee!. Totaal 0–11: 0–2 niet eenzaam, 3–8 matig eenzaam, 9–10 ernstig eenzaam, 11 zeer ernstig eenzaam; signaal vanaf 3. Een deelschaal geeft een signaal vanaf de drempel (3 zoals VZinfo, of 2 zoals RIVM 2016). Eén uitspraak open: het totaal telt de beantwoorde; meer open: geen totaal.`,
      `Les affirmations négatives (2, 3, 5, 6, 9, 10 ; émotionnelles) comptent 1 pour plus ou moins, oui, oui ! ; les positives (1, 4, 7, 8, 11 ; sociales) comptent 1 pour plus ou moins, non, non !. Total 0–11 : 0–2 pas seul(e), 3–8 modérément, 9–10 gravement, 11 très gravement seul(e) ; signal à partir de 3. Une sous-échelle donne un signal à partir du seuil (3 comme VZinfo, ou 2 comme le RIVM 2016). Une affirmation sans réponse : le total compte les réponses données ; plus : pas de total.`,
      'Negative items (2, 3, 5, 6, 9, 10; emotional) score 1 for more or less, yes, yes!; positive items (1, 4, 7, 8, 11; social) score 1 for more or less, no, no!. Total 0-11: 0-2 not lonely, 3-8 moderately lonely, 9-10 severely lonely, 11 very severely lonely; positive from 3. A subscale is positive from the threshold (3 as VZinfo, or 2 as RIVM 2016). With one item missing the total counts the answered items; with more, no total.',
    ),
    answerType: 'code',
    instruction: DJG_INSTRUCTION,
    items: DJG11_ITEMS,
    wordingSources: {
      nl: src('VZinfo (RIVM) and LASA, after de Jong Gierveld & van Tilburg, Manual of the Loneliness Scale (1999, updated 2022)'),
      en: src('LASA; Gerontologist 2021 61(7) item table'),
      fr: WORKING,
    },
    scales: [3, 5],
  },
  djg6: {
    id: 'djg6',
    name: t('De Jong Gierveld-eenzaamheidsschaal (6 items)', 'Échelle de solitude de De Jong Gierveld (6 items)', 'De Jong Gierveld Loneliness Scale (6 items)'),
    citation: 'de Jong Gierveld & van Tilburg (2006), Research on Aging 28(5):582-598. Developed for survey research.',
    scoringRule: t(
      `Uitspraken 3, 9, 10 (emotioneel) tellen 1 bij min of meer, ja, ja!; uitspraken 4, 7, 8 (sociaal) tellen 1 bij min of meer, nee, nee!. Totaal 0–6: 0–1 niet eenzaam, 2–4 matig eenzaam, 5–6 ernstig eenzaam; signaal vanaf 2. Elke deelschaal 0–3, signaal vanaf 1. Eén uitspraak open: het totaal telt de beantwoorde; meer open: geen totaal.`,
      `Les affirmations 3, 9, 10 (émotionnelles) comptent 1 pour plus ou moins, oui, oui ! ; 4, 7, 8 (sociales) comptent 1 pour plus ou moins, non, non !. Total 0–6 : 0–1 pas seul(e), 2–4 modérément, 5–6 gravement seul(e) ; signal à partir de 2. Chaque sous-échelle 0–3, signal à partir de 1. Une affirmation sans réponse : le total compte les réponses données ; plus : pas de total.`,
      'Items 3, 9, 10 (emotional) score 1 for more or less, yes, yes!; items 4, 7, 8 (social) score 1 for more or less, no, no!. Total 0-6: 0-1 not lonely, 2-4 moderately lonely, 5-6 severely lonely; positive from 2. Each subscale 0-3, positive from 1. With one item missing the total counts the answered items; with more, no total.',
    ),
    answerType: 'code',
    instruction: DJG_INSTRUCTION,
    items: DJG11_ITEMS.filter((i) => ['3', '4', '7', '8', '9', '10'].includes(i.id)).map((i) => (DJG6_EN[i.id] ? { ...i, text: { ...i.text, en: DJG6_EN[i.id]! } } : i)),
    wordingSources: {
      nl: src('VZinfo (RIVM) and LASA, after de Jong Gierveld & van Tilburg, Manual of the Loneliness Scale (1999, updated 2022)'),
      en: src('What Works Wellbeing, after de Jong Gierveld & van Tilburg (2006)'),
      fr: WORKING,
    },
    scales: [3, 5],
  },
  ucla3: {
    id: 'ucla3',
    name: t('UCLA-eenzaamheidsschaal, 3 vragen', 'Échelle de solitude UCLA, 3 questions', 'UCLA 3-item Loneliness Scale'),
    citation: 'Hughes, Waite, Hawkley & Cacioppo (2004), Research on Aging 26(6):655-672. LOINC 106418-7.',
    scoringRule: t(
      `Bijna nooit of nooit 1, soms 2, vaak 3. Totaal 3–9: 3–5 niet eenzaam, 6–9 eenzaam. Deze grens is een gewoonte in enquêtes, geen gevalideerde grens. Een vraag open: geen totaal.`,
      `Presque jamais ou jamais 1, parfois 2, souvent 3. Total 3–9 : 3–5 pas seul(e), 6–9 seul(e). Ce seuil est une convention d’enquête, pas un seuil validé. Une question sans réponse : pas de total.`,
      'Hardly ever or never 1, some of the time 2, often 3. Total 3-9: 3-5 not lonely, 6-9 lonely. This cut-off is a convention used in surveys, not a validated cut-off. Any missing answer: no total.',
    ),
    answerType: 'code',
    items: [
      { id: '1', text: t('Hoe vaak hebt u het gevoel dat u gezelschap mist?', 'À quelle fréquence avez-vous le sentiment de manquer de compagnie ?', 'How often do you feel that you lack companionship?'), options: UCLA_OPTIONS },
      { id: '2', text: t('Hoe vaak voelt u zich buitengesloten?', 'À quelle fréquence vous sentez-vous laissé(e) de côté ?', 'How often do you feel left out?'), options: UCLA_OPTIONS },
      { id: '3', text: t('Hoe vaak voelt u zich geïsoleerd van anderen?', 'À quelle fréquence vous sentez-vous isolé(e) des autres ?', 'How often do you feel isolated from others?'), options: UCLA_OPTIONS },
    ],
    wordingSources: { en: src('Understanding Society and the ONS harmonised standard (Hughes et al. 2004)'), nl: WORKING, fr: WORKING },
    loinc: { code: '106418-7', display: 'Three-item loneliness scale [UCLA]' },
  },
  ons_direct: {
    id: 'ons_direct',
    name: t('Directe vraag naar eenzaamheid', 'Question directe sur la solitude', 'Direct question on loneliness'),
    citation: 'UK Government Statistical Service, harmonised standard for measuring loneliness (ONS, 2018).',
    scoringRule: t(
      `Het antwoord is de uitkomst; signaal bij vaak of altijd. Geen score.`,
      `La réponse est le résultat ; signal pour souvent ou toujours. Pas de score.`,
      'The answer is the band; positive for often/always. No score.',
    ),
    answerType: 'code',
    items: [{ id: '1', text: t('Hoe vaak voelt u zich eenzaam?', 'À quelle fréquence vous sentez-vous seul(e) ?', 'How often do you feel lonely?'), options: ONS_OPTIONS }],
    wordingSources: { en: src('UK Government Statistical Service harmonised standard (ONS)'), nl: WORKING, fr: WORKING },
  },
  lsns6: {
    id: 'lsns6',
    name: t('Lubben Social Network Scale, 6 vragen (LSNS-6)', 'Échelle de réseau social de Lubben, 6 questions (LSNS-6)', 'Lubben Social Network Scale, 6 items (LSNS-6)'),
    citation: 'Lubben et al. (2006), The Gerontologist 46(4):503-513.',
    scoringRule: t(
      `Elk antwoord 0–5 (geen, één, twee, drie of vier, vijf tot acht, negen of meer). Totaal 0–30; onder 12: risico op sociaal isolement. Familie (vragen 1–3) en vrienden (4–6) elk 0–15. Een vraag open: geen totaal.`,
      `Chaque réponse 0–5 (aucun, un, deux, trois ou quatre, cinq à huit, neuf ou plus). Total 0–30 ; sous 12 : risque d’isolement social. Famille (questions 1–3) et amis (4–6) 0–15 chacun. Une question sans réponse : pas de total.`,
      'Each answer 0-5 (none, one, two, three or four, five through eight, nine or more). Total 0-30; below 12: at risk of social isolation. Family (items 1-3) and friends (items 4-6) 0-15 each. Any missing answer: no total.',
    ),
    answerType: 'integer',
    items: [
      lsns('1', 'family', 'Hoeveel familieleden ziet of hoort u minstens één keer per maand?', 'Combien de membres de votre famille voyez-vous ou avez-vous en contact au moins une fois par mois ?', 'How many relatives do you see or hear from at least once a month?', LSNS_FAMILY),
      lsns('2', 'family', 'Met hoeveel familieleden voelt u zich zo op uw gemak dat u over persoonlijke zaken kunt praten?', 'Avec combien de membres de votre famille vous sentez-vous assez à l’aise pour parler de choses personnelles ?', 'How many relatives do you feel at ease with that you can talk about private matters?'),
      lsns('3', 'family', 'Met hoeveel familieleden voelt u zich zo verbonden dat u hen om hulp zou kunnen vragen?', 'De combien de membres de votre famille vous sentez-vous assez proche pour leur demander de l’aide ?', 'How many relatives do you feel close to such that you could call on them for help?'),
      lsns('4', 'friends', 'Hoeveel van uw vrienden ziet of hoort u minstens één keer per maand?', 'Combien de vos amis voyez-vous ou avez-vous en contact au moins une fois par mois ?', 'How many of your friends do you see or hear from at least once a month?', LSNS_FRIENDS),
      lsns('5', 'friends', 'Met hoeveel vrienden voelt u zich zo op uw gemak dat u over persoonlijke zaken kunt praten?', 'Avec combien d’amis vous sentez-vous assez à l’aise pour parler de choses personnelles ?', 'How many friends do you feel at ease with that you can talk about private matters?'),
      lsns('6', 'friends', 'Met hoeveel vrienden voelt u zich zo verbonden dat u hen om hulp zou kunnen vragen?', 'De combien d’amis vous sentez-vous assez proche pour leur demander de l’aide ?', 'How many friends do you feel close to such that you could call on them for help?'),
    ],
    wordingSources: { en: src('PhenX Toolkit protocol (Lubben et al. 2006)'), nl: WORKING, fr: WORKING },
  },
  oslo3: {
    id: 'oslo3',
    name: t('Oslo-3-schaal voor sociale steun', 'Échelle de soutien social d’Oslo (Oslo-3)', 'Oslo 3-item Social Support Scale (Oslo-3)'),
    citation: 'Dalgard et al. (2006), Social Psychiatry and Psychiatric Epidemiology 41:444-451; used in Sciensano’s Belgian Health Interview Survey (weak support: 3-8).',
    scoringRule: t(
      `Vraag 1 telt 1–4, vragen 2 en 3 tellen 1–5; hoger is meer steun. Totaal 3–14: 3–8 weinig steun, 9–11 matige steun, 12–14 sterke steun. Een vraag open: geen totaal.`,
      `La question 1 compte 1–4, les questions 2 et 3 comptent 1–5 ; plus haut = plus de soutien. Total 3–14 : 3–8 peu de soutien, 9–11 soutien modéré, 12–14 soutien fort. Une question sans réponse : pas de total.`,
      'Item 1 scores 1-4, items 2 and 3 score 1-5; higher is more support. Total 3-14: 3-8 poor support, 9-11 moderate, 12-14 strong. Any missing answer: no total.',
    ),
    answerType: 'integer',
    items: [
      {
        id: '1',
        text: t('Op hoeveel mensen kunt u rekenen als u ernstige persoonlijke problemen hebt?', 'Sur combien de personnes pouvez-vous compter si vous avez de graves problèmes personnels ?', 'How many people are you so close to that you can count on them if you have serious personal problems?'),
        options: [
          { code: 1, label: t('Niemand', 'Personne', 'None') },
          { code: 2, label: t('1 of 2', '1 ou 2', '1 or 2') },
          { code: 3, label: t('3 tot 5', '3 à 5', '3 to 5') },
          { code: 4, label: t('6 of meer', '6 ou plus', '6 or more') },
        ],
      },
      {
        id: '2',
        text: t('Hoeveel belangstelling tonen mensen voor wat u doet?', 'Quel intérêt les gens portent-ils à ce que vous faites ?', 'How much concern do people show in what you are doing?'),
        options: [
          { code: 5, label: t('Veel', 'Beaucoup', 'A lot') },
          { code: 4, label: t('Wat', 'Un peu', 'Some') },
          { code: 3, label: t('Weet niet goed', 'Je ne sais pas bien', 'Uncertain') },
          { code: 2, label: t('Weinig', 'Peu', 'Little') },
          { code: 1, label: t('Geen', 'Aucun', 'None') },
        ],
      },
      {
        id: '3',
        text: t('Hoe gemakkelijk is het om praktische hulp van uw buren te krijgen als u die nodig hebt?', 'Est-il facile d’obtenir une aide pratique de vos voisins si vous en avez besoin ?', 'How easy is it to get practical help from neighbours if you should need it?'),
        options: [
          { code: 5, label: t('Heel gemakkelijk', 'Très facile', 'Very easy') },
          { code: 4, label: t('Gemakkelijk', 'Facile', 'Easy') },
          { code: 3, label: t('Mogelijk', 'Possible', 'Possible') },
          { code: 2, label: t('Moeilijk', 'Difficile', 'Difficult') },
          { code: 1, label: t('Heel moeilijk', 'Très difficile', 'Very difficult') },
        ],
      },
    ],
    wordingSources: { en: src('Dalgard et al. (2006); Sciensano Health Interview Survey (English)'), nl: WORKING, fr: WORKING },
  },
};

export function isInstrumentId(x: unknown): x is InstrumentId {
  return typeof x === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(x);
}

/** The answer codes (or integers) an item accepts. */
export function answerCodes(item: Item): (string | number)[] {
  return item.options.map((o) => o.code);
}
