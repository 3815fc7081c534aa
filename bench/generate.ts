/**
 * Deterministic generator of realistic initiatives for benchmarks, and a
 * bench-only bulk loader. Same seed, same initiatives, on every machine.
 *
 * Texts are Dutch (about 80 %) or French (most Brussels initiatives),
 * built from word lists so free-text queries match realistic fractions of
 * the catalogue (run.ts reports them: 'buurt' ~12 %, 'ouderen' ~18 %,
 * 'eenzaamheid' ~23 %). Matrix codes follow plausible marginals: 'meeting'
 * in about 70 %, 1-4 elements, prevention mostly primary/secondary, older
 * people the largest age group, social isolation about 40 %; areas are
 * drawn from ~300 NIS-like codes with city-heavy (Zipf-like) weights.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { areas, initiatives, type InitiativeStatus } from '../src/db/schema.js';
import { initiativeInputSchema, type Initiative } from '../src/initiatives/schema.js';
import { toRow, type InitiativeInsert } from '../src/initiatives/record.js';
import { postcodeRangesOf, WEEKDAYS, type Access, type Mode, type Schedule } from '../src/initiatives/access.js';

// ---------------------------------------------------------------- PRNG

/** sfc32, seeded through splitmix32: fast, small and good enough for test data. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.float();
  }
  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }
  /** One key of a weight table. */
  weighted<T extends string>(table: Readonly<Record<T, number>>): T {
    const entries = Object.entries(table) as [T, number][];
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.float() * total;
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
  /** n distinct keys of a weight table (weighted sampling without replacement). */
  weightedSet<T extends string>(table: Readonly<Record<T, number>>, n: number, already: readonly string[] = []): string[] {
    const out: string[] = [...already];
    const rest = { ...table } as Record<T, number>;
    for (const k of already) delete rest[k as T];
    while (out.length < n && Object.keys(rest).length) {
      const k = this.weighted(rest);
      out.push(k);
      delete rest[k];
    }
    return out;
  }
}

// ---------------------------------------------------------------- matrix marginals

const ELEMENTS = {
  social_activities: 22, social_networks: 16, social_support: 14, practical_support: 14, meaningful_contact: 13,
  activities: 12, leisure: 12, befriending: 9, detection_referral: 9, care: 8, skills_development: 7, digital: 6,
  meaningful_role: 6, psychoeducation: 5, social_skills: 5, psychological: 4, realistic_expectations: 2,
  mindfulness: 2, social_cognitive_training: 1, animals: 2, other: 3,
} as const;
const PREVENTION = { primary: 45, secondary: 35, tertiary: 12, unknown: 8 } as const;
const DIMENSIONS = { general: 50, social: 40, emotional: 20, existential: 5, collective: 5, unknown: 8 } as const;
const AGE_GROUPS = { older: 45, adults: 30, all_ages: 20, youth: 15, young_adults: 12, children: 8, unknown: 3 } as const;
const COURSE = { both: 40, transient: 20, chronic: 15, unknown: 25 } as const;
const RISK_FACTORS = {
  older_age: 20, small_network: 18, general_vulnerability: 14, health_problems: 12, poverty: 12, newcomers: 8,
  psychological_vulnerability: 8, caregiver: 6, partner_loss: 6, physical_disability: 6, mental_disability: 4,
  none_specific: 10, other: 3,
} as const;
const APPROACH = { organised: 85, self_supported: 12, self_unaided: 3 } as const;
const EVIDENCE = { level1_described: 35, level0_implicit: 30, level2_theory: 15, level3_indicative: 8, level4_causal: 2, unknown: 10 } as const;
const PRIMARY_ACTOR = {
  local_government: 25, welfare_care_org: 18, community_development: 8, caw: 7, health_insurer: 6, primary_care_zone: 6,
  leisure: 6, youth: 5, mental_health: 4, poverty_organisation: 4, community_health_centre: 3, education: 3,
  hospital: 2, overkop: 1, other: 2,
} as const;
const GEOGRAPHIC_LEVEL = { local: 45, neighbourhood: 25, supralocal: 15, regional: 10, national: 5 } as const;

// ---------------------------------------------------------------- areas

const PROVINCE_PREFIXES = ['11', '12', '13', '23', '24', '31', '32', '33', '34', '35', '36', '37', '38', '41', '42', '43', '44', '45', '46', '71', '72', '73'];
const PLACE_PARTS = ['Sint-', 'Oost', 'West', 'Zuid', 'Noord', 'Over', 'Neder', 'Hoog', 'Laag', 'Groot-', 'Klein-'];
const PLACE_ROOTS = ['kerke', 'dijk', 'hout', 'bergen', 'akker', 'broek', 'veld', 'rode', 'hove', 'zele', 'gem', 'ingen', 'lo', 'beek', 'donk'];

export interface Area {
  code: string;
  name: string;
  /** Relative size (population-like weight) used to draw the area of an initiative. */
  weight: number;
}

/** ~300 NIS-like municipality codes: the 19 Brussels ones and Flemish ones, with Zipf-like weights (cities serve more initiatives). */
export function areaPool(seed = 7, size = 300): Area[] {
  const rng = new Rng(seed);
  // Cities first (largest weights): Antwerp, Ghent, Brussels, Leuven, Bruges, Mechelen, Hasselt, Ostend, Kortrijk.
  const big = ['11002', '44021', '21004', '24062', '31005', '12025', '71022', '35013', '34022'];
  const rest = new Set<string>();
  for (let i = 1; i <= 19; i++) if (!big.includes(`21${String(i).padStart(3, '0')}`)) rest.add(`21${String(i).padStart(3, '0')}`);
  while (rest.size + big.length < size) {
    const code = rng.pick(PROVINCE_PREFIXES) + String(rng.int(1, 90)).padStart(3, '0');
    if (!big.includes(code)) rest.add(code);
  }
  const others = [...rest];
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(rng.float() * (i + 1));
    [others[i], others[j]] = [others[j]!, others[i]!];
  }
  return [...big, ...others].map((code, i) => ({
    code,
    name: code.startsWith('21') ? `Brussel ${code}` : `${rng.pick(PLACE_PARTS)}${rng.pick(PLACE_ROOTS)}`.replace(/-(\w)/, (_m, c: string) => `-${c.toUpperCase()}`),
    weight: 1 / Math.pow(i + 1, 0.8),
  }));
}

// ---------------------------------------------------------------- texts

const NL = {
  nameHead: ['Buurtcafé', 'Praatcafé', 'Ontmoetingshuis', 'Babbelbox', 'Samen', 'Huiskamer', 'Wandelclub', 'Buddywerking', 'Telefooncirkel', 'Digipunt', 'Moestuin', 'Soepbar', 'Zorgzame buurt', 'Vriendenkring', 'Kookclub', 'Inloophuis', 'Verbindingspunt', 'Dorpsrestaurant', 'Fietsvrienden', 'Leesclub'],
  nameTail: ['De Linde', 'Het Anker', 'Samen Sterk', 'De Brug', 'Onder Ons', 'De Kering', 'Het Nest', 'Dichtbij', 'Open Deur', 'Zonnebloem', 'De Schakel', 'Verbonden', 'Op Post', 'Hier en Nu', 'De Kiosk'],
  orgs: ['OCMW', 'CAW Oost-Vlaanderen', 'Samenlevingsopbouw', 'Vief', 'Okra', 'Ziekenzorg', 'Rode Kruis Vlaanderen', 'Welzijnsschakels', 'Gemeente', 'Eerstelijnszone', 'Vrijwilligerspunt', 'Dienstencentrum'],
  openers: [
    'Een laagdrempelig initiatief dat mensen samenbrengt.',
    'Vrijwilligers en professionals werken samen aan een warme gemeenschap.',
    'Het project loopt sinds enkele jaren en groeit elk jaar.',
    'We richten ons op mensen die weinig contacten hebben.',
    'Iedereen is welkom, ongeacht achtergrond of inkomen.',
    'Het aanbod is gratis en vraagt geen inschrijving.',
  ],
  buurt: [
    'In de buurt organiseren we elke week een activiteit.',
    'Buren leren elkaar kennen via kleine acties in de straat.',
    'We trekken de buurten in om mensen thuis op te zoeken.',
  ],
  ouderen: [
    'Ouderen die alleen wonen krijgen een vast aanspreekpunt.',
    'Vrijwilligers bezoeken ouderen thuis en nemen de tijd voor een gesprek.',
    'Voor ouderen is er vervoer naar de activiteiten.',
  ],
  ontmoeting: [
    'De ontmoeting staat centraal: koffie, een praatje en een luisterend oor.',
    'Er zijn wekelijkse ontmoetingsmomenten in het lokaal dienstencentrum.',
    'Deelnemers vinden er ontmoeting en nieuwe vrienden.',
  ],
  jongeren: [
    'Jongeren vinden er een plek om te praten over wat hen bezighoudt.',
    'Samen met jongeren bouwen we een sterk netwerk.',
  ],
  filler: [
    'Er is aandacht voor mensen in armoede en voor nieuwkomers.',
    'Mantelzorgers kunnen even op adem komen.',
    'Doorverwijzing naar hulpverlening gebeurt waar nodig.',
    'Deelnemers bepalen mee het programma.',
    'We werken samen met het lokaal bestuur en de eerstelijnszone.',
    'Er is een digitale cursus voor wie wil leren videobellen.',
    'In de moestuin wordt samen gezaaid en geoogst.',
    'Wie wil, kan zelf een rol opnemen in de werking.',
    'De werking wordt jaarlijks geëvalueerd met de deelnemers.',
    'Een telefoontje per week doorbreekt de stilte.',
  ],
  goals: [
    'Eenzaamheid verminderen en het sociaal netwerk versterken.',
    'Mensen opnieuw laten deelnemen aan het maatschappelijk leven.',
    'Signalen van eenzaamheid sneller opvangen.',
    'Een zorgzame gemeente waar niemand uit de boot valt.',
  ],
  locations: ['ontmoetingscentrum', 'bibliotheek', 'dienstencentrum', 'parochiezaal', 'jeugdhuis', 'cultuurcentrum'],
};

const FR = {
  nameHead: ['Café papote', 'Maison de quartier', 'Table d’hôtes', 'Atelier', 'Ensemble', 'Réseau', 'Balade', 'Binôme', 'Potager', 'Cercle', 'Resto du cœur', 'Espace rencontre'],
  nameTail: ['Le Lien', 'Les Voisins', 'Solidarité', 'L’Escale', 'Le Pont', 'Bon Voisinage', 'La Passerelle', 'Entre Nous', 'Le Phare', 'Main Tendue'],
  orgs: ['CPAS', 'Maison médicale', 'Mutualité', 'Commune', 'Centre de services', 'Croix-Rouge', 'Énéo', 'Asbl Infor-Homes'],
  openers: [
    'Une initiative accessible qui rassemble les habitants.',
    'Des bénévoles et des professionnels travaillent ensemble.',
    'Le projet existe depuis plusieurs années.',
    'Tout le monde est le bienvenu, sans inscription.',
  ],
  quartier: [
    'Dans le quartier, nous organisons une activité chaque semaine.',
    'Les voisins apprennent à se connaître.',
  ],
  agees: [
    'Les personnes âgées isolées reçoivent une visite à domicile.',
    'Un transport est prévu pour les personnes âgées.',
  ],
  rencontre: [
    'La rencontre est au cœur du projet : un café, une conversation, une écoute.',
    'Des moments de rencontre ont lieu chaque mardi.',
    'Les participants se rencontrent autour d’un repas.',
  ],
  jeunes: ['Les jeunes y trouvent un lieu pour parler de ce qui les préoccupe.'],
  filler: [
    'Une attention particulière est portée aux personnes en situation de pauvreté.',
    'Les aidants proches peuvent souffler un peu.',
    'Nous orientons vers l’aide adaptée si nécessaire.',
    'Un appel par semaine brise le silence.',
    'Les participants choisissent eux-mêmes les activités.',
    'Un atelier numérique apprend à utiliser la tablette.',
  ],
  goals: [
    'Réduire la solitude et renforcer le réseau social.',
    'Permettre à chacun de participer à la vie sociale.',
    'Repérer plus tôt les signes d’isolement.',
  ],
  locations: ['maison de quartier', 'bibliothèque', 'centre de services', 'salle paroissiale'],
};

function sentences(rng: Rng, pool: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(pool));
  return out;
}

// ---------------------------------------------------------------- initiatives

export interface GenerateOptions {
  count: number;
  seed?: number;
  pool?: Area[];
}

/** Generates `count` valid initiatives (validated through initiativeInputSchema for the first few, to keep the generator honest). */
export function generateInitiatives({ count, seed = 20_24, pool = areaPool() }: GenerateOptions): Initiative[] {
  const rng = new Rng(seed);
  // Cumulative weights: drawing areas by binary search keeps 100k initiatives fast.
  const cumulative: number[] = [];
  let sum = 0;
  for (const a of pool) cumulative.push((sum += a.weight));
  const pickArea = (): string => {
    const r = rng.float() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return pool[lo]!.code;
  };
  const pickAreas = (k: number): string[] => {
    const set = new Set<string>();
    while (set.size < k) set.add(pickArea());
    return [...set];
  };
  const out: Initiative[] = [];
  for (let n = 0; n < count; n++) {
    // Matrix codes first: the text follows them, as real descriptions do.
    const elementCount = rng.weighted({ '1': 30, '2': 35, '3': 25, '4': 10 } as const);
    // 'meeting' is drawn on its own (~70 %), the others by weight up to 1-4 elements.
    const elements = rng.weightedSet(ELEMENTS, Number(elementCount), rng.chance(0.7) ? ['meeting'] : []);
    const prevention = rng.weighted(PREVENTION);
    const dimensions = rng.weightedSet(DIMENSIONS, rng.int(1, 2));
    const ageGroups = rng.weightedSet(AGE_GROUPS, rng.weighted({ '1': 50, '2': 35, '3': 15 } as const) === '1' ? 1 : rng.int(2, 3));
    const riskFactors = rng.weightedSet(RISK_FACTORS, rng.int(0, 3));
    const level = rng.weighted(GEOGRAPHIC_LEVEL);
    const areaCount = level === 'national' || level === 'regional' ? 0 : level === 'supralocal' ? rng.int(2, 6) : rng.chance(0.85) ? 1 : 2;
    const initiativeAreas = pickAreas(areaCount);
    const french = initiativeAreas.some((a) => a.startsWith('21')) ? rng.chance(0.6) : rng.chance(0.15);
    const older = ageGroups.includes('older');
    const young = ageGroups.includes('youth') || ageGroups.includes('young_adults');
    const meeting = elements.includes('meeting');

    let name: string;
    let organisation: string;
    const body: string[] = [];
    if (!french) {
      name = `${rng.pick(NL.nameHead)} ${rng.pick(NL.nameTail)}`;
      organisation = `${rng.pick(NL.orgs)} ${rng.int(1, 60)}`;
      body.push(rng.pick(NL.openers));
      if (level === 'neighbourhood' ? rng.chance(0.55) : rng.chance(0.1)) body.push(rng.pick(NL.buurt));
      if (older ? rng.chance(0.5) : rng.chance(0.03)) body.push(rng.pick(NL.ouderen));
      if (meeting ? rng.chance(0.3) : rng.chance(0.05)) body.push(rng.pick(NL.ontmoeting));
      if (young ? rng.chance(0.55) : rng.chance(0.02)) body.push(rng.pick(NL.jongeren));
      body.push(...sentences(rng, NL.filler, rng.int(1, 4)));
    } else {
      name = `${rng.pick(FR.nameHead)} ${rng.pick(FR.nameTail)}`;
      organisation = `${rng.pick(FR.orgs)} ${rng.int(1, 40)}`;
      body.push(rng.pick(FR.openers));
      if (level === 'neighbourhood' ? rng.chance(0.55) : rng.chance(0.1)) body.push(rng.pick(FR.quartier));
      if (older ? rng.chance(0.5) : rng.chance(0.03)) body.push(rng.pick(FR.agees));
      if (meeting ? rng.chance(0.6) : rng.chance(0.08)) body.push(rng.pick(FR.rencontre));
      if (young ? rng.chance(0.55) : rng.chance(0.02)) body.push(rng.pick(FR.jeunes));
      body.push(...sentences(rng, FR.filler, rng.int(1, 3)));
    }
    // Shuffle all but the opener, so texts do not all read alike.
    for (let i = body.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(rng.float() * i);
      [body[i], body[j]] = [body[j]!, body[i]!];
    }
    const id = `B${String(n + 1).padStart(6, '0')}`;
    const raw = {
      id,
      name: `${name}${rng.chance(0.3) ? ` ${rng.int(1, 99)}` : ''}`,
      url: rng.chance(0.6) ? `https://example.org/${id.toLowerCase()}` : undefined,
      description: body.join(' '),
      goal: rng.chance(0.7) ? rng.pick(french ? FR.goals : NL.goals) : undefined,
      location: rng.chance(0.5) ? rng.pick(french ? FR.locations : NL.locations) : undefined,
      organisation,
      partners: rng.chance(0.4) ? [rng.pick(french ? FR.orgs : NL.orgs)] : [],
      areas: initiativeAreas,
      source: rng.pick(['bevraging-2023', 'bevraging-2024', 'brusano-2022', 'partnerlijst']),
      elements,
      prevention,
      dimensions,
      social_isolation: rng.chance(0.4),
      age_groups: ageGroups,
      course: rng.weighted(COURSE),
      risk_factors: riskFactors,
      approach: rng.weighted(APPROACH),
      evidence: rng.weighted(EVIDENCE),
      primary_actor: rng.weighted(PRIMARY_ACTOR),
      geographic_level: level,
    };
    for (const k of Object.keys(raw) as (keyof typeof raw)[]) if (raw[k] === undefined) delete raw[k];
    // Parse a sample through the real schema (all of them would cost seconds at 100k, and the generator is regular).
    out.push(n < 500 ? initiativeInputSchema.parse(raw) : (raw as Initiative));
  }
  return out;
}

// ---------------------------------------------------------------- access facts (issue 13)

const STREETS = ['Kerkstraat', 'Stationsstraat', 'Dorpsstraat', 'Molenstraat', 'Schoolstraat', 'Nieuwstraat', 'Rue de la Station', 'Rue de l’Église', 'Chaussée de Gand', 'Marktplein'];
const PLACE_NAMES = ['Lokaal dienstencentrum', 'Ontmoetingscentrum', 'Bibliotheek', 'Parochiezaal', 'Buurthuis', 'Maison de quartier', 'Centre de services', 'Cultuurcentrum'];
const COMMUNITY_LANGUAGES = ['en', 'ar', 'tr', 'es', 'pl', 'ro', 'it', 'pt', 'uk'];

/**
 * Access facts for a `share` of the initiatives (default 60 %; a living bank is incomplete), drawn
 * from their own seed so the rest of each initiative stays as generateInitiatives made it: places
 * with an address in the initiative's municipality (a postcode of its province's bpost range) and
 * coordinates, at-home, online and phone modes, weekly, fortnightly, monthly and one-off sessions
 * (weekdays more than weekends), languages (Dutch, French in Brussels, the other national language
 * or a community language now and then), cost, wheelchair and hearing loop, and a capacity status
 * set within the last 90 days (about a third of them older than the 30 days "has room" counts).
 */
export function withAccessFacts(items: readonly Initiative[], { today, share = 0.6, seed = 1313 }: { today: string; share?: number; seed?: number }): Initiative[] {
  const rng = new Rng(seed);
  const daysBefore = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const hour = (h: number) => `${String(h).padStart(2, '0')}:${rng.chance(0.7) ? '00' : '30'}`;
  return items.map((i) => {
    if (i.access || !rng.chance(share)) return i;
    const brussels = i.areas.some((a) => a.startsWith('21'));
    const languages = [...new Set([brussels ? 'fr' : 'nl', ...(rng.chance(brussels ? 0.5 : 0.2) ? [brussels ? 'nl' : 'fr'] : []), ...(rng.chance(0.15) ? [rng.pick(COMMUNITY_LANGUAGES)] : [])])];
    const municipality = i.areas.find((a) => /^\d{5}$/.test(a));
    const places: NonNullable<Access['places']> = [];
    if (municipality && rng.chance(0.75)) {
      for (let k = rng.chance(0.1) ? 2 : 1; k > 0; k--) {
        const ranges = postcodeRangesOf(municipality);
        const [lo, hi] = ranges ? rng.pick(ranges) : [0, 0];
        const wheel = rng.weighted({ yes: 55, no: 15, unknown: 30 });
        places.push({
          name: rng.pick(PLACE_NAMES),
          street: rng.pick(STREETS),
          number: String(rng.int(1, 200)),
          ...(ranges ? { postcode: String(rng.int(lo, hi)) } : {}),
          municipality,
          lat: +(50.7 + rng.float() * 0.6).toFixed(5),
          lon: +(3.2 + rng.float() * 2.4).toFixed(5),
          ...(wheel !== 'unknown' ? { wheelchair: wheel === 'yes' } : {}),
          ...(rng.chance(0.1) ? { hearing_loop: true } : {}),
        });
      }
    }
    const modes: Mode[] = [...(rng.chance(0.15) ? (['at_home'] as const) : []), ...(rng.chance(0.1) ? (['online'] as const) : []), ...(rng.chance(0.1) ? (['by_phone'] as const) : [])];
    const schedules: Schedule[] = [];
    if (rng.chance(0.7)) {
      for (let k = rng.weighted({ '1': 60, '2': 30, '3': 10 } as const); Number(k) > schedules.length; ) {
        const weekday = WEEKDAYS[Number(rng.weighted({ '0': 14, '1': 17, '2': 17, '3': 17, '4': 14, '5': 6, '6': 3 } as const))]!;
        const start = rng.int(9, 19);
        const times = { start: hour(start), end: hour(Math.min(23, start + rng.int(1, 3))) };
        const repeat = rng.weighted({ weekly: 60, every_other_week: 15, monthly: 20, once: 5 });
        schedules.push(
          repeat === 'once'
            ? { repeat, date: daysBefore(-rng.int(1, 120)), ...times }
            : repeat === 'monthly'
              ? { repeat, weekday, nth: rng.pick([1, 2, 3, 4, -1] as const), ...times }
              : { repeat, weekday, ...times },
        );
      }
    }
    const cost = rng.weighted({ free: 55, paid: 25, none: 20 });
    const capacity = rng.weighted({ none: 40, has_room: 35, waitlist: 15, full: 10 });
    const access: Access = {
      ...(places.length ? { places } : {}),
      ...(modes.length ? { modes } : {}),
      ...(schedules.length ? { schedules } : {}),
      languages: languages as Access['languages'],
      ...(cost === 'free' ? { cost: { free: true } } : cost === 'paid' ? { cost: { free: false, amount_eur: rng.int(2, 10), ...(rng.chance(0.3) ? { reductions: ['uitpas' as const] } : {}) } } : {}),
      entry: rng.weighted({ self: 60, referral: 15, contact_first: 25 }),
      ...(capacity !== 'none' ? { capacity: { status: capacity, set_on: daysBefore(rng.int(0, 90)) } } : {}),
      ...(rng.chance(0.7) ? { verified_on: daysBefore(rng.int(0, 700)) } : {}),
    };
    return { ...i, access };
  });
}

/** Status mix of a living catalogue: most published, some drafts and archived ones. */
export function statusFor(i: number): InitiativeStatus {
  const r = (Math.imul(i + 1, 2654435761) >>> 0) % 100;
  return r < 94 ? 'published' : r < 97 ? 'draft' : 'archived';
}

// ---------------------------------------------------------------- bulk loader

/**
 * Bench-only bulk load: rows from toRow() inserted in chunks of `chunk`
 * inside one transaction, no revisions, then VACUUM ANALYZE (statistics,
 * hint bits and visibility map as in a catalogue autovacuum has seen, so
 * the first measured queries do not pay for the load). Not for real data:
 * real imports go through saveInitiatives (revisions, diffs, upserts).
 */
export async function bulkLoad(database: Database, items: readonly Initiative[], pool: Area[], chunk = 1000): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx
      .insert(areas)
      .values(pool.map((a) => ({ code: a.code, level: 'municipality', nameNl: a.name, nameFr: a.code.startsWith('21') ? `Bruxelles ${a.code}` : null })));
    for (let start = 0; start < items.length; start += chunk) {
      const rows: InitiativeInsert[] = [];
      for (let i = start; i < Math.min(start + chunk, items.length); i++) {
        const item = items[i]!;
        rows.push(toRow(item, item.source ?? 'bench', statusFor(i)));
      }
      await tx.insert(initiatives).values(rows);
    }
  });
  await database.rows(sql`VACUUM ANALYZE initiatives, areas`);
}
