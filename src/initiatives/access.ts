/**
 * The facts a person needs to actually go to an initiative (issue 13): where, when, in which
 * languages, at what cost, who may join and how, accessibility, whom to contact for a referral,
 * whether there is room, and when the record was last checked. Everything is optional: a record
 * says what it knows.
 *
 * The shape follows Open Referral HSDS 3 where HSDS has the fact (locations with addresses and
 * accessibility on the location, schedules, languages, cost options, contacts) and the Gravity
 * Project's referral guidance for capacity (has capacity / waitlist / no capacity).
 *
 * Pure: one zod schema (validation with located errors, types, OpenAPI), the filter values the
 * database stores beside the document, the schedule formatter and the date rules. No I/O.
 */
import { z } from 'zod';
import { nisProvince } from '../areas/coverage.js';

// ---------------------------------------------------------------------------------------------
// Vocabularies

export const MODES = ['in_person', 'at_home', 'online', 'by_phone'] as const;
export type Mode = (typeof MODES)[number];

/**
 * Languages an initiative may say it works in (ISO 639-1 codes). The three languages of Brussels'
 * and Flanders' public services (nl, fr, en) and German (Belgium's third official language), plus
 * the languages most spoken at home in Brussels after these: R. Janssens, "Meertaligheid als
 * opdracht. Een analyse van de Brusselse taalsituatie op basis van taalbarometer 4", VUB Press /
 * BRIO, 2018 (Arabic, Spanish, Italian, Turkish, Portuguese, Polish, Romanian, Russian, Greek,
 * Berber), with the largest nationalities in Brussels in Statbel's population by nationality
 * (1 January 2024: Romanian, Moroccan, Italian, Spanish, Portuguese, Polish, Bulgarian) and the
 * Ukrainian and Afghan newcomers since 2022 (uk, fa, ps), Lingala for the Congolese community
 * (ln), Albanian (sq) and Somali (so). Berber (Tamazight) has no ISO 639-1 code (only 639-2
 * `ber`), so it cannot be offered here; Flemish Sign Language neither (ISO 639-3 `vgt`).
 */
export const LANGUAGES = ['nl', 'fr', 'en', 'de', 'ar', 'tr', 'es', 'it', 'pt', 'pl', 'ro', 'bg', 'ru', 'uk', 'el', 'sq', 'fa', 'ps', 'ln', 'so'] as const;
export type Language = (typeof LANGUAGES)[number];

/** ISO 8601 weekdays, Monday first; the database stores their numbers 1–7. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const weekdayNumber = (d: Weekday): number => WEEKDAYS.indexOf(d) + 1;

/** Reductions on the price: UiTPAS (Flemish leisure pass with a reduced rate for people on a low income), a social tariff, Article 27 (culture for people in social need, Brussels and Wallonia). */
export const REDUCTIONS = ['uitpas', 'social_tariff', 'article_27'] as const;
export const ENTRIES = ['self', 'referral', 'contact_first'] as const;
export type Entry = (typeof ENTRIES)[number];
/** Capacity as the Gravity Project's referral guidance names it (has capacity, waitlist, no capacity). */
export const CAPACITIES = ['has_room', 'waitlist', 'full'] as const;
export type CapacityStatus = (typeof CAPACITIES)[number];
export const REPEATS = ['weekly', 'every_other_week', 'monthly', 'once'] as const;
export type Repeat = (typeof REPEATS)[number];

export const ACCESS_LIMITS = { places: 20, schedules: 50, languages: LANGUAGES.length, text: 300, note: 1000 } as const;

// ---------------------------------------------------------------------------------------------
// Belgian postcodes and coordinates

/**
 * bpost numbers postcodes by province (bpost, "Postcodes in België"; the same ranges in every
 * published list): 1000–1299 Brussels-Capital, 1300–1499 Walloon Brabant, 1500–1999 and 3000–3499
 * Flemish Brabant, 2000–2999 Antwerp, 3500–3999 Limburg, 4000–4999 Liège, 5000–5999 Namur,
 * 6000–6599 and 7000–7999 Hainaut, 6600–6999 Luxembourg, 8000–8999 West Flanders, 9000–9999 East
 * Flanders. Keyed by the province's REFNIS code, as src/areas/coverage.ts derives it from a
 * municipality's NIS code; `brussels` for the 21xxx municipalities (no province).
 */
export const POSTCODE_RANGES: Record<string, readonly [number, number][]> = {
  brussels: [[1000, 1299]],
  '20002': [[1300, 1499]], // Walloon Brabant
  '20001': [[1500, 1999], [3000, 3499]], // Flemish Brabant
  '10000': [[2000, 2999]], // Antwerp
  '70000': [[3500, 3999]], // Limburg
  '60000': [[4000, 4999]], // Liège
  '90000': [[5000, 5999]], // Namur
  '50000': [[6000, 6599], [7000, 7999]], // Hainaut
  '80000': [[6600, 6999]], // Luxembourg
  '30000': [[8000, 8999]], // West Flanders
  '40000': [[9000, 9999]], // East Flanders
};

/** The postcode ranges of a municipality's province, from its NIS code; undefined when the code names no province. */
export function postcodeRangesOf(nis: string): readonly [number, number][] | undefined {
  if (/^21\d{3}$/.test(nis)) return POSTCODE_RANGES.brussels;
  const province = nisProvince(nis);
  return province ? POSTCODE_RANGES[province] : undefined;
}

/** Whether a postcode lies in the ranges bpost gives the municipality's province (true when the municipality's province is unknown). */
export function postcodeFitsMunicipality(postcode: string, nis: string): boolean {
  const ranges = postcodeRangesOf(nis);
  if (!ranges) return true;
  const n = Number(postcode);
  return ranges.some(([lo, hi]) => n >= lo && n <= hi);
}

/** A box around Belgium (WGS84): longitude 2.5–6.5, latitude 49.4–51.6 (Belgium spans about 2.54–6.41 E, 49.50–51.51 N). */
export const BELGIUM_BOX = { lonMin: 2.5, lonMax: 6.5, latMin: 49.4, latMax: 51.6 } as const;

// ---------------------------------------------------------------------------------------------
// Schema
//
// Each rule sits on the smallest object it needs (a place, a schedule, the cost), so one bad
// value elsewhere does not hide it: zod skips an object's rules once one of its own fields failed.

const shortText = z.string().trim().max(ACCESS_LIMITS.text);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const time = z.string().regex(TIME, 'a time as HH:MM (00:00–23:59)');
/** A calendar date YYYY-MM-DD that exists (no 31 February). */
const date = z.iso.date();
const flag = z.boolean().optional();

/** The rules a document can break, named so forms can say each one in the person's language (issue params.rule). */
export type AccessRule =
  | 'postcode_province'
  | 'coordinates_pair'
  | 'outside_belgium'
  | 'closing_before_opening'
  | 'until_before_from'
  | 'free_with_amount'
  | 'referral_needs_contact'
  | 'age_order'
  | 'language_twice';
type Issue = { path: (string | number)[]; rule: AccessRule; message: string; values?: Record<string, string> };
type Ctx = { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string; params: { rule: AccessRule; values?: Record<string, string> } }): void };
/** Adds each issue with its rule (and the values a translated message needs) in `params`. */
const report = (ctx: Ctx, issues: Issue[]) => issues.forEach((i) => ctx.addIssue({ code: 'custom', path: i.path, message: i.message, params: { rule: i.rule, ...(i.values ? { values: i.values } : {}) } }));

/** A named place with its address; accessibility belongs to the place, as in HSDS (location.accessibility). */
export const placeSchema = z
  .object({
    name: shortText.min(1),
    street: shortText.optional(),
    number: z.string().trim().max(20).optional(),
    postcode: z.string().regex(/^[1-9]\d{3}$/, 'a Belgian postcode: four digits, 1000–9999').optional(),
    /** The municipality's NIS code (5 digits). */
    municipality: z.string().regex(/^\d{5}$/, 'a NIS code: 5 digits').optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    wheelchair: flag,
    hearing_loop: flag,
  })
  .superRefine((p, ctx) => report(ctx, placeIssues(p)));
export type Place = z.output<typeof placeSchema>;

/** A place's postcode must lie in its municipality's province; coordinates come in pairs, inside Belgium. */
export function placeIssues(p: Place): Issue[] {
  const issues: Issue[] = [];
  if (p.postcode && p.municipality && /^[1-9]\d{3}$/.test(p.postcode) && /^\d{5}$/.test(p.municipality) && !postcodeFitsMunicipality(p.postcode, p.municipality)) {
    const ranges = postcodeRangesOf(p.municipality)!.map(([lo, hi]) => `${lo}–${hi}`).join(' or ');
    issues.push({ path: ['postcode'], rule: 'postcode_province', values: { postcode: p.postcode, municipality: p.municipality, ranges }, message: `postcode ${p.postcode} lies outside the province of municipality ${p.municipality} (its postcodes are ${ranges})` });
  }
  if ((p.lat === undefined) !== (p.lon === undefined)) {
    issues.push({ path: [p.lat === undefined ? 'lat' : 'lon'], rule: 'coordinates_pair', message: 'give both latitude and longitude, or neither' });
  }
  if (p.lat !== undefined && (p.lat < BELGIUM_BOX.latMin || p.lat > BELGIUM_BOX.latMax)) {
    issues.push({ path: ['lat'], rule: 'outside_belgium', message: `latitude ${p.lat} lies outside Belgium (${BELGIUM_BOX.latMin}–${BELGIUM_BOX.latMax})` });
  }
  if (p.lon !== undefined && (p.lon < BELGIUM_BOX.lonMin || p.lon > BELGIUM_BOX.lonMax)) {
    issues.push({ path: ['lon'], rule: 'outside_belgium', message: `longitude ${p.lon} lies outside Belgium (${BELGIUM_BOX.lonMin}–${BELGIUM_BOX.lonMax})` });
  }
  return issues;
}

/** A session closes after it opens (the same day); a period ends on or after its start. */
function sessionIssues(s: { start: string; end: string; from?: string; until?: string }): Issue[] {
  const issues: Issue[] = [];
  // Compared only when both are well-formed (a malformed one has its own error already).
  if (TIME.test(s.start) && TIME.test(s.end) && s.end <= s.start) issues.push({ path: ['end'], rule: 'closing_before_opening', message: `the closing time ${s.end} is not after the opening time ${s.start}` });
  if (s.from && s.until && DAY.test(s.from) && DAY.test(s.until) && s.until < s.from) issues.push({ path: ['until'], rule: 'until_before_from', message: `the end date ${s.until} is before the start date ${s.from}` });
  return issues;
}

const sessionTimes = { start: time, end: time };
const period = { from: date.optional(), until: date.optional() };
const recurring = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, weekday: z.enum(WEEKDAYS), ...sessionTimes, ...period }).superRefine((s, ctx) => report(ctx, sessionIssues(s as { start: string; end: string; from?: string; until?: string })));

/**
 * When sessions take place, in Europe/Brussels local time. A session ends on the day it starts.
 * `every_other_week` counts from `from` (the first session) when given; `monthly` is the `nth`
 * weekday of the month (1–4, or -1 for the last).
 */
export const scheduleSchema = z.discriminatedUnion('repeat', [
  recurring({ repeat: z.literal('weekly') }),
  recurring({ repeat: z.literal('every_other_week') }),
  recurring({ repeat: z.literal('monthly'), nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]) }),
  z.object({ repeat: z.literal('once'), date, ...sessionTimes }).superRefine((s, ctx) => report(ctx, sessionIssues(s))),
]);
export type Schedule = z.output<typeof scheduleSchema>;

export const costSchema = z
  .object({
    free: z.boolean().optional(),
    /** Price per session or per period, in euro. */
    amount_eur: z.number().min(0).max(100000).optional(),
    reductions: z.array(z.enum(REDUCTIONS)).max(REDUCTIONS.length).optional(),
    note: shortText.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.free && c.amount_eur !== undefined && c.amount_eur > 0) {
      report(ctx, [{ path: ['amount_eur'], rule: 'free_with_amount', message: 'a free initiative has no price; leave the amount empty or untick "free"' }]);
    }
  });

/** A public referral contact: a role address or phone (a team's mailbox, a reception desk), never a private person. */
export const referralContactSchema = z
  .object({
    /** The role, e.g. "onthaal", "coördinator buurtwerk". */
    role: shortText.optional(),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ./()-]{6,25}$/, 'a phone number: digits, spaces and + . / ( ) -')
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.email && !c.phone) report(ctx, [{ path: ['email'], rule: 'referral_needs_contact', message: 'give a role e-mail address or a phone number for referrals' }]);
  });

export const capacitySchema = z.object({
  status: z.enum(CAPACITIES),
  /** The day the status was last set. */
  set_on: date,
});
export type Capacity = z.output<typeof capacitySchema>;

const languagesSchema = z
  .array(z.enum(LANGUAGES, { error: (iss) => `unknown language code ${JSON.stringify(iss.input)}: use an ISO 639-1 code from ${LANGUAGES.join(', ')}` }))
  .max(ACCESS_LIMITS.languages)
  .superRefine((codes, ctx) => {
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) report(ctx, [{ path: [i], rule: 'language_twice', message: `"${code}" is listed twice` }]);
    });
  });

/** The access document; validate at the edge with this one schema (it also documents the API). */
export const accessSchema = z
  .object({
    places: z.array(placeSchema).max(ACCESS_LIMITS.places).optional(),
    modes: z.array(z.enum(MODES)).max(MODES.length).optional(),
    schedules: z.array(scheduleSchema).max(ACCESS_LIMITS.schedules).optional(),
    /** ISO 639-1 codes from LANGUAGES. */
    languages: languagesSchema.optional(),
    cost: costSchema.optional(),
    age_min: z.number().int().min(0).max(120).optional(),
    age_max: z.number().int().min(0).max(120).optional(),
    target_group: z.string().trim().max(ACCESS_LIMITS.note).optional(),
    entry: z.enum(ENTRIES).optional(),
    transport: flag,
    accompaniment: flag,
    referral_contact: referralContactSchema.optional(),
    capacity: capacitySchema.optional(),
    verified_on: date.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.age_min !== undefined && a.age_max !== undefined && a.age_max < a.age_min) {
      report(ctx, [{ path: ['age_max'], rule: 'age_order', message: `the maximum age ${a.age_max} is below the minimum age ${a.age_min}` }]);
    }
  });
export type Access = z.output<typeof accessSchema>;

/**
 * The document in its canonical form (keys in schema order, as written), for a value read back
 * from storage (jsonb reorders keys). A stored value that no longer fits the schema is returned
 * as it is rather than failing a read.
 */
export function canonicalAccess(stored: unknown): Access | undefined {
  if (stored === null || stored === undefined) return undefined;
  const parsed = accessSchema.safeParse(stored);
  return parsed.success ? parsed.data : (stored as Access);
}

const isEmptyValue = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/**
 * The document without empty lists and empty objects (a form's blank rows, an empty cost), or
 * undefined when it says nothing: what is stored, so "said nothing" has one form.
 */
export function tidyAccess(a: Access | undefined): Access | undefined {
  if (!a) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    const value = typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => !isEmptyValue(x))) : v;
    if (!isEmptyValue(value)) out[k] = value;
  }
  return Object.keys(out).length ? (out as Access) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Filter values (stored in columns beside the document on every write)

export interface AccessFilters {
  languages: string[];
  /** The declared modes, plus `in_person` when the record names a place. */
  modes: Mode[];
  /** ISO weekday numbers (1 = Monday) of the recurring sessions and the one-off dates. */
  weekdays: number[];
  /** null: not said. */
  free: boolean | null;
  /** true when a place is wheelchair accessible, false when every place says it is not, null when unknown. */
  wheelchair: boolean | null;
  capacity: CapacityStatus | null;
  capacitySetOn: string | null;
  verifiedOn: string | null;
}

export function accessFilters(a: Access | undefined): AccessFilters {
  const places = a?.places ?? [];
  const modes = new Set<Mode>(a?.modes ?? []);
  if (places.length > 0) modes.add('in_person');
  const weekdays = new Set<number>();
  for (const s of a?.schedules ?? []) weekdays.add(s.repeat === 'once' ? isoWeekdayOf(s.date) : weekdayNumber(s.weekday));
  const wheel = places.map((p) => p.wheelchair);
  return {
    languages: [...new Set(a?.languages ?? [])].sort(),
    modes: MODES.filter((m) => modes.has(m)),
    weekdays: [...weekdays].sort((x, y) => x - y),
    free: a?.cost?.free ?? null,
    wheelchair: wheel.includes(true) ? true : wheel.length > 0 && wheel.every((w) => w === false) ? false : null,
    capacity: a?.capacity?.status ?? null,
    capacitySetOn: a?.capacity?.set_on ?? null,
    verifiedOn: a?.verified_on ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Dates (calendar dates, no time zone arithmetic beyond "today in Brussels")

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekdayOf(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Today's date in Brussels (YYYY-MM-DD) at the given instant. */
export function brusselsToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** A capacity status is confirmed for 30 days after it was set; after that the page says "not confirmed". */
export const CAPACITY_CONFIRMED_DAYS = 30;

/** The capacity to show on `today`: the status while confirmed (set at most 30 days ago), else `not_confirmed`. */
export function capacityOn(capacity: Capacity | undefined, today: string): CapacityStatus | 'not_confirmed' | undefined {
  if (!capacity) return undefined;
  const age = dayNumber(today) - dayNumber(capacity.set_on);
  return age <= CAPACITY_CONFIRMED_DAYS ? capacity.status : 'not_confirmed';
}

/** A record is due for verification when it was last verified more than 12 calendar months ago. */
export const VERIFY_EVERY_MONTHS = 12;

/** The first day on which a record verified on `verifiedOn` counts as not verified for more than 12 months. */
export function verificationDueAfter(verifiedOn: string): string {
  const [y, m, d] = verifiedOn.split('-').map(Number) as [number, number, number];
  // Same day 12 months later (29 February → 28 February), then the record is overdue from the day after.
  const last = new Date(Date.UTC(y + 1, m - 1, 1));
  const daysInMonth = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  last.setUTCDate(Math.min(d, daysInMonth));
  return last.toISOString().slice(0, 10);
}

/** `never` without a verification date, `overdue` when verified more than 12 months before `today`, else `current`. */
export function verificationState(verifiedOn: string | undefined, today: string): 'current' | 'overdue' | 'never' {
  if (!verifiedOn) return 'never';
  return today > verificationDueAfter(verifiedOn) ? 'overdue' : 'current';
}
