/**
 * The ranking rules of the matching, kept as data: each rule says what it rewards or requires,
 * its weight, why, and the source. docs/matching.md prints this table; test/matching/rules.test.ts
 * checks each rule on its own.
 *
 * Two kinds:
 *  - a **requirement** leaves an initiative out when it is known not to fit (an asked language it
 *    does not work in, a cost when only free ones are asked, …). A fact that is not recorded never
 *    leaves one out: it is listed under "misses" as not recorded, and ranks below a known fit.
 *  - a **score** rule adds points. Scores are tiered so a higher tier always wins: one more asked
 *    element outweighs every lower rule together, one rung up the effectladder outweighs every
 *    tier-3 rule together (checked by the test). So the order is the one the screening states:
 *    most recommended elements first, then the effectladder, then how reachable it is.
 *
 * Pure data and arithmetic, no I/O.
 */
import type { CapacityStatus } from './facts.js';
import { CAPACITY_CONFIRMED_DAYS } from '../initiatives/access.js';

export type Text = { nl: string; fr: string; en: string };
const t = (nl: string, fr: string, en: string): Text => ({ nl, fr, en });

export type RuleId =
  | 'area'
  | 'age_group'
  | 'elements'
  | 'languages'
  | 'modes'
  | 'free'
  | 'wheelchair'
  | 'full'
  | 'evidence'
  | 'local'
  | 'capacity'
  | 'access_known'
  | 'distance';

export interface MatchRule {
  id: RuleId;
  kind: 'requirement' | 'score';
  /** Score rules: 1 outweighs 2, 2 outweighs 3. */
  tier?: 1 | 2 | 3;
  /** Score rules: points per unit (see `unit`). */
  weight?: number;
  /** Score rules: the most units one initiative can earn. */
  maxUnits?: number;
  unit?: Text;
  /** What it requires or rewards, in plain words. */
  rewards: Text;
  why: Text;
  citation: string;
}

export const RULES: readonly MatchRule[] = [
  {
    id: 'area',
    kind: 'requirement',
    rewards: t(
      'Werkt in de gemeente: zelf daar (lokaal) of in een groter gebied dat ze omvat (regio, provincie, zorgzone).',
      'Active dans la commune : sur place (local) ou dans une zone plus large qui l’inclut (région, province, zone de soins).',
      'Works in the municipality: there itself (local), or in a wider area that includes it (region, province, care zone).',
    ),
    why: t(
      'Eén betekenis van "werkt in dit gebied" voor heel Verbind: dezelfde lijst als in de kennisbank en de monitor.',
      'Un seul sens de « actif dans cette zone » dans tout Verbind : la même liste que dans la banque de connaissances et le moniteur.',
      'One meaning of "works in this area" across Verbind: the same list as in the knowledge bank and the monitor.',
    ),
    citation: 'Seed 003 §2.2.7 (geographic level of initiatives); Verbind issue 9 (src/areas/coverage.ts).',
  },
  {
    id: 'age_group',
    kind: 'requirement',
    rewards: t('Richt zich op de leeftijdsgroep van de persoon, of op alle leeftijden.', 'S’adresse au groupe d’âge de la personne, ou à tous les âges.', 'Is for the person’s age group, or for all ages.'),
    why: t(
      'Eenzaamheid en wat helpt verschillen per leeftijd; initiatieven kiezen hun doelgroep.',
      'La solitude et ce qui aide diffèrent selon l’âge ; les initiatives choisissent leur public.',
      'Loneliness and what helps differ by age; initiatives choose whom they are for.',
    ),
    citation: 'Seed 003 §1.6 (prevalence across age groups) and §2.2.4 (initiatives by age group).',
  },
  {
    id: 'elements',
    kind: 'score',
    tier: 1,
    weight: 1000,
    maxUnits: 25,
    unit: t('per gevraagd element dat het aanbiedt', 'par élément demandé qu’elle propose', 'per asked element it offers'),
    rewards: t(
      'Biedt de gevraagde potentieel werkzame elementen aan (minstens één is vereist); hoe meer, hoe hoger.',
      'Propose les éléments potentiellement efficaces demandés (au moins un est requis) ; plus il y en a, plus elle monte.',
      'Offers the asked potentially effective elements (at least one is required); the more, the higher.',
    ),
    why: t(
      'De werkzame elementen zijn wat een initiatief laat helpen; de screening beveelt ze aan per profiel.',
      'Les éléments efficaces sont ce qui fait qu’une initiative aide ; le dépistage les recommande selon le profil.',
      'The effective elements are what makes an initiative help; the screening recommends them per profile.',
    ),
    citation: 'Seed 003 §1.1.3 and table 1 (potentially effective elements; * = effective in reviews).',
  },
  {
    id: 'evidence',
    kind: 'score',
    tier: 2,
    weight: 100,
    maxUnits: 4,
    unit: t('per trede op de effectladder (niveau 0–4; niet geweten telt als 0)', 'par échelon de l’échelle d’efficacité (niveau 0–4 ; inconnu compte 0)', 'per rung of the effectladder (level 0–4; unknown counts as 0)'),
    rewards: t('Hoe beter onderbouwd of geëvalueerd, hoe hoger.', 'Plus elle est fondée ou évaluée, plus elle monte.', 'The better founded or evaluated, the higher.'),
    why: t(
      'De effectladder zegt hoe sterk we weten dat een aanpak werkt, van impliciete kennis tot causaal bewijs.',
      'L’échelle d’efficacité dit à quel point on sait qu’une approche marche, du savoir implicite à la preuve causale.',
      'The effectladder says how well we know an approach works, from implicit knowledge to causal evidence.',
    ),
    citation: 'Seed 003 §1.10: van Yperen & Veerman (2008), the effectladder.',
  },
  {
    id: 'languages',
    kind: 'requirement',
    rewards: t(
      'Werkt in een taal die de persoon spreekt (als gevraagd). Wie enkel in andere talen werkt, valt weg.',
      'Fonctionne dans une langue que la personne parle (si demandé). Celles qui ne fonctionnent que dans d’autres langues sont écartées.',
      'Works in a language the person speaks (when asked). Those working only in other languages are left out.',
    ),
    why: t(
      'Taal is een drempel om nieuwe relaties op te bouwen, zeker voor mensen met een migratieachtergrond.',
      'La langue est un obstacle pour nouer de nouvelles relations, surtout pour les personnes issues de l’immigration.',
      'Language is a barrier to building new relationships, especially for people with a migration background.',
    ),
    citation: 'Seed 003 §1.7 (risk factors: migration, language; van Campen et al., 2018; Victor et al., 2012).',
  },
  {
    id: 'modes',
    kind: 'requirement',
    rewards: t(
      'Is bereikbaar op de gevraagde manier: ter plaatse, aan huis, online of telefonisch.',
      'Est accessible de la manière demandée : sur place, à domicile, en ligne ou par téléphone.',
      'Can be reached the asked way: in person, at home, online or by phone.',
    ),
    why: t(
      'Wie niet buiten komt, heeft iets aan huis of aan de telefoon nodig; digitaal alleen laat mensen achter.',
      'Qui ne sort pas a besoin d’une aide à domicile ou par téléphone ; le numérique seul laisse des gens de côté.',
      'People who cannot go out need something at home or by phone; digital alone leaves people behind.',
    ),
    citation: 'Seed 002 (outreach; a physical counter next to digital channels); seed 000 (befriending at a distance, e.g. by phone).',
  },
  {
    id: 'free',
    kind: 'requirement',
    rewards: t('Is gratis (als enkel gratis gevraagd is).', 'Est gratuite (si seules les gratuites sont demandées).', 'Is free of charge (when only free ones are asked).'),
    why: t(
      'Financiële moeilijkheden verhogen het risico op eenzaamheid; kosten houden mensen weg.',
      'Les difficultés financières augmentent le risque de solitude ; le coût éloigne les gens.',
      'Financial difficulties raise the risk of loneliness; cost keeps people away.',
    ),
    citation: 'Seed 003 §1.7 (financial difficulties as a risk factor); seed 002 (a precarious financial situation).',
  },
  {
    id: 'wheelchair',
    kind: 'requirement',
    rewards: t('Is rolstoeltoegankelijk (als gevraagd).', 'Est accessible en fauteuil roulant (si demandé).', 'Is wheelchair accessible (when asked).'),
    why: t(
      'Ontoegankelijke plaatsen en slechte mobiliteit versterken eenzaamheid.',
      'Les lieux inaccessibles et une mauvaise mobilité renforcent la solitude.',
      'Inaccessible places and poor mobility reinforce loneliness.',
    ),
    citation: 'Seed 004 (the local environment: mobility and accessibility); seed 002 (inaccessible public space).',
  },
  {
    id: 'full',
    kind: 'requirement',
    rewards: t('Is niet volzet (tenzij volzette gevraagd zijn).', 'N’est pas complète (sauf si les complètes sont demandées).', 'Is not full (unless full ones are asked for).'),
    why: t(
      'Doorverwijzen naar een volzet aanbod laat de persoon wachten of afgewezen worden.',
      'Orienter vers une offre complète fait attendre la personne ou la fait refuser.',
      'Referring to a full service leaves the person waiting or turned away.',
    ),
    citation: 'Gravity Project, social care referral guidance (capacity: has capacity, waitlist, no capacity); Verbind issue 13.',
  },
  {
    id: 'local',
    kind: 'score',
    tier: 3,
    weight: 40,
    maxUnits: 1,
    unit: t('als het lokaal werkt', 'si elle est locale', 'when it works locally'),
    rewards: t('Lokaal vóór een groter gebied.', 'Local avant une zone plus large.', 'Local before a wider area.'),
    why: t(
      'De buurt en de directe omgeving zijn een hefboom tegen eenzaamheid; lokaal aanbod is dichtbij.',
      'Le quartier et l’environnement proche sont un levier contre la solitude ; l’offre locale est proche.',
      'The neighbourhood and close surroundings are a lever against loneliness; local supply is close by.',
    ),
    citation: 'Seed 004 (the local environment, the neighbourhood as a lever); seed 003 §2.2.7 (initiatives close to people).',
  },
  {
    id: 'capacity',
    kind: 'score',
    tier: 3,
    weight: 10,
    maxUnits: 2,
    unit: t('plaats vrij (bevestigd) 2, niet geweten of niet bevestigd 1, wachtlijst of volzet 0', 'place libre (confirmée) 2, inconnue ou non confirmée 1, liste d’attente ou complète 0', 'has room (confirmed) 2, unknown or not confirmed 1, waitlist or full 0'),
    rewards: t('Plaats vrij vóór onbekend, onbekend vóór een wachtlijst.', 'Place libre avant inconnu, inconnu avant liste d’attente.', 'Has room before unknown, unknown before a waitlist.'),
    why: t(
      'Wie nu plaats heeft, kan de persoon nu helpen; een status ouder dan 30 dagen is niet bevestigd.',
      'Qui a de la place peut aider la personne maintenant ; un statut de plus de 30 jours n’est pas confirmé.',
      'Who has room now can help the person now; a status older than 30 days is not confirmed.',
    ),
    citation: 'Gravity Project, social care referral guidance (capacity status); Verbind issue 13 (not confirmed after 30 days).',
  },
  {
    id: 'access_known',
    kind: 'score',
    tier: 3,
    weight: 5,
    maxUnits: 4,
    unit: t('per gevraagd feit (taal, manier, gratis, rolstoel) dat gekend is en past', 'par fait demandé (langue, manière, gratuité, fauteuil) connu et adapté', 'per asked fact (language, mode, free, wheelchair) known to fit'),
    rewards: t('Een bekende pasvorm vóór een niet-geregistreerd feit.', 'Une adéquation connue avant un fait non enregistré.', 'A known fit before a fact that is not recorded.'),
    why: t(
      'Wat geregistreerd is, hoeft de professional niet eerst na te bellen.',
      'Ce qui est enregistré n’a pas à être vérifié d’abord par téléphone.',
      'What is recorded the professional need not phone to check first.',
    ),
    citation: 'Verbind issue 13 (access facts; unknown is not a reason to leave an initiative out).',
  },
  {
    id: 'distance',
    kind: 'score',
    tier: 3,
    weight: 1,
    maxUnits: 9,
    unit: t('9 min 1 per volle 5 km tot de dichtstbijzijnde plaats (minimum 0)', '9 moins 1 par tranche complète de 5 km jusqu’au lieu le plus proche (minimum 0)', '9 minus 1 per full 5 km to the nearest place (at least 0)'),
    rewards: t('Dichterbij vóór verder weg, waar plaatsen gekend zijn.', 'Plus près avant plus loin, là où les lieux sont connus.', 'Closer before farther, where places are known.'),
    why: t(
      'Nabijheid en mobiliteit bepalen of iemand er echt geraakt.',
      'La proximité et la mobilité décident si quelqu’un peut vraiment s’y rendre.',
      'Proximity and mobility decide whether someone can really get there.',
    ),
    citation: 'Seed 004 (mobility and accessibility of the local environment; third places).',
  },
];

export const rule = (id: RuleId): MatchRule => RULES.find((r) => r.id === id)!;

/** The effectladder's rungs (seed 003 §1.10); "unknown" counts as 0. */
export const EVIDENCE_RUNG: Readonly<Record<string, number>> = { level0_implicit: 0, level1_described: 1, level2_theory: 2, level3_indicative: 3, level4_causal: 4, unknown: 0 };

/** A capacity status set more than this many days ago is "not confirmed" (issue 13; the access model's rule). */
export { CAPACITY_CONFIRMED_DAYS };

/** Units of the capacity rule. */
export function capacityUnits(status: CapacityStatus | 'unknown', confirmed: boolean): number {
  if (status === 'has_room') return confirmed ? 2 : 1;
  return status === 'unknown' ? 1 : 0;
}

/** Units of the distance rule for a distance in km. */
export const distanceUnits = (km: number): number => Math.max(0, 9 - Math.floor(Math.max(km, 0) / 5));
