/**
 * Personas as worked examples: the study's persona (de Jong-Gierveld &
 * van Tilburg 2022, in seed 003 §1.2) and one illustrative person per type
 * of the typology of seed 001. Each runs through the same scoring, profile
 * and rule base as a real screening, so planners see what tends to help.
 */
import type { Text } from './instruments.js';
import type { ProfileInput } from './profile.js';
import { scoreInstrument, type Answers } from './scoring.js';

export interface Persona {
  id: string;
  name: Text;
  description: Text;
  source: string;
  input: ProfileInput;
}

const t = (nl: string, fr: string, en: string): Text => ({ nl, fr, en });

/** DJG-6 answers with `emotional` lonely answers on items 3, 9, 10 and `social` on items 4, 7, 8. */
function djg6(emotional: number, social: number): Answers {
  const a: Record<string, string> = {};
  ['3', '9', '10'].forEach((id, n) => (a[id] = n < emotional ? 'yes' : 'no'));
  ['4', '7', '8'].forEach((id, n) => (a[id] = n < social ? 'no' : 'yes'));
  return a;
}
/** LSNS-6 answers summing to `total` (spread over the six items). */
function lsns6(total: number): Answers {
  const a: Record<string, number> = {};
  for (let i = 1; i <= 6; i++) a[String(i)] = Math.min(5, Math.floor(total / 6) + (i <= total % 6 ? 1 : 0));
  return a;
}
const results = (djg: Answers | null, lsns: Answers) => ({
  ...(djg ? { djg6: scoreInstrument('djg6', djg) } : {}),
  lsns6: scoreInstrument('lsns6', lsns),
});

export const PERSONAS: readonly Persona[] = [
  {
    id: 'study-persona',
    name: t('De persona van de studie', 'Le persona de l’étude', 'The study’s persona'),
    description: t(
      'Een persoon van 75 jaar of ouder, met weinig ervaren regie, een klein netwerk en een laag inkomen: risicofactoren voor eenzaamheid uit onderzoek. Eenzaamheid zelf is niet gemeten.',
      'Une personne de 75 ans ou plus, qui a peu le sentiment de maîtriser sa vie, un petit réseau et un faible revenu : des facteurs de risque de solitude selon la recherche. La solitude elle-même n’est pas mesurée.',
      'A person aged 75 or over, with little sense of control, a small network and a low income: risk factors for loneliness in research. Loneliness itself is not measured.',
    ),
    source: 'de Jong-Gierveld & van Tilburg (2022), in seed 003 §1.2.',
    input: { results: { lsns6: scoreInstrument('lsns6', lsns6(8)) }, ageGroup: 'older', riskFactors: ['older_age', 'small_network', 'poverty'], machielse: { strategy: 'passive' } },
  },
  {
    id: 'socially-resilient',
    name: t('Sociaal weerbaar', 'Socialement résilient(e)', 'Socially resilient'),
    description: t('Groot netwerk, niet eenzaam (64% in de typologie). Voorbeeld: DJG-6 0, LSNS-6 20.', 'Grand réseau, pas seul(e) (64 % dans la typologie). Exemple : DJG-6 0, LSNS-6 20.', 'Large network, not lonely (64% in the typology). Example: DJG-6 0, LSNS-6 20.'),
    source: 'Typology of social contacts, seed 001.',
    input: { results: results(djg6(0, 0), lsns6(20)), ageGroup: 'adults' },
  },
  {
    id: 'contact-poor',
    name: t('Contactarm', 'Peu de contacts', 'Contact-poor'),
    description: t('Klein netwerk, niet eenzaam (8%). Voorbeeld: DJG-6 1, LSNS-6 9.', 'Petit réseau, pas seul(e) (8 %). Exemple : DJG-6 1, LSNS-6 9.', 'Small network, not lonely (8%). Example: DJG-6 1, LSNS-6 9.'),
    source: 'Typology of social contacts, seed 001.',
    input: { results: results(djg6(0, 1), lsns6(9)), ageGroup: 'older', duration: 'under_6_months' },
  },
  {
    id: 'lonely',
    name: t('Eenzaam', 'Seul(e)', 'Lonely'),
    description: t(
      'Groot netwerk, toch eenzaam (22%): vooral emotionele eenzaamheid, sinds het verlies van een partner een jaar geleden. Voorbeeld: DJG-6 4, LSNS-6 16.',
      'Grand réseau, et pourtant seul(e) (22 %) : surtout une solitude émotionnelle, depuis la perte du partenaire il y a un an. Exemple : DJG-6 4, LSNS-6 16.',
      'Large network, yet lonely (22%): mainly emotional loneliness, since losing a partner a year ago. Example: DJG-6 4, LSNS-6 16.',
    ),
    source: 'Typology of social contacts, seed 001; life events, seed 001 and seed 003 §1.7.',
    input: { results: results(djg6(3, 1), lsns6(16)), ageGroup: 'older', duration: '6_months_to_2_years', lifeEvents: ['partner_loss'], riskFactors: ['partner_loss'], machielse: { nature: 'situational', contacts: 'wants_contacts', strategy: 'active' } },
  },
  {
    id: 'socially-isolated',
    name: t('Sociaal geïsoleerd', 'Socialement isolé(e)', 'Socially isolated'),
    description: t(
      'Klein netwerk en eenzaam (6%), al meer dan twee jaar. Voorbeeld: DJG-6 5, LSNS-6 6.',
      'Petit réseau et seul(e) (6 %), depuis plus de deux ans. Exemple : DJG-6 5, LSNS-6 6.',
      'Small network and lonely (6%), for more than two years. Example: DJG-6 5, LSNS-6 6.',
    ),
    source: 'Typology of social contacts, seed 001; long-term isolation, seed 002.',
    input: { results: results(djg6(3, 2), lsns6(6)), ageGroup: 'adults', duration: 'over_2_years', riskFactors: ['small_network', 'psychological_vulnerability'], machielse: { nature: 'structural', contacts: 'no_wish_for_contacts', strategy: 'passive' } },
  },
];
