/**
 * The access facts (src/initiatives/access.ts) as a plain HTML form fills them in: strings only,
 * repeatable places and schedules as numbered rows (place_0_name, schedule_1_start, …) with a
 * fixed number of blank rows and an "add another" submit button, so it works without JavaScript.
 * Converts to the access document that the one initiative schema validates, and maps its
 * located issues (access.places.0.postcode) back to form fields (place_0_postcode).
 */
import type { Access, Place, Schedule } from '../access.js';
import { formList, formString } from '../../ui/form-fields.js';

export const PLACE_KEYS = ['name', 'street', 'number', 'postcode', 'municipality', 'lat', 'lon', 'wheelchair', 'hearing_loop'] as const;
export const SCHEDULE_KEYS = ['repeat', 'nth', 'weekday', 'date', 'start', 'end', 'from', 'until'] as const;
export type PlaceRow = Record<(typeof PLACE_KEYS)[number], string>;
export type ScheduleRow = Record<(typeof SCHEDULE_KEYS)[number], string>;

/** Single values of the form, by field name (every one a plain input, select or yes/no). */
export const ACCESS_SINGLE_FIELDS = [
  'free', 'amount_eur', 'cost_note', 'age_min', 'age_max', 'target_group', 'entry', 'transport', 'accompaniment',
  'referral_role', 'referral_email', 'referral_phone', 'capacity', 'capacity_set_on', 'verified_on',
] as const;
export type AccessSingleField = (typeof ACCESS_SINGLE_FIELDS)[number];

export interface AccessFormValues extends Record<AccessSingleField, string> {
  places: PlaceRow[];
  schedules: ScheduleRow[];
  modes: string[];
  languages: string[];
  reductions: string[];
}

/** Blank rows offered below the filled ones; "add another" adds one more. */
export const BLANK_ROWS = 1;
/** At most this many rows in a form (the schema's limits are higher; a form this long is a sign to import instead). */
const MAX_ROWS = 20;

const blankPlace = (): PlaceRow => Object.fromEntries(PLACE_KEYS.map((k) => [k, ''])) as PlaceRow;
const blankSchedule = (): ScheduleRow => Object.fromEntries(SCHEDULE_KEYS.map((k) => [k, ''])) as ScheduleRow;
const isBlank = (row: Record<string, string>) => Object.values(row).every((v) => v.trim() === '');
const withBlanks = <T>(rows: T[], blank: () => T, extra = BLANK_ROWS) => [...rows, ...Array.from({ length: extra }, blank)];

export function emptyAccessForm(): AccessFormValues {
  const single = Object.fromEntries(ACCESS_SINGLE_FIELDS.map((f) => [f, ''])) as Record<AccessSingleField, string>;
  return { ...single, places: withBlanks([], blankPlace), schedules: withBlanks([], blankSchedule), modes: [], languages: [], reductions: [] };
}

const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'yes' : 'no');
const str = (v: string | number | undefined) => (v === undefined ? '' : String(v));

export function accessFormFrom(a: Access | undefined): AccessFormValues {
  if (!a) return emptyAccessForm();
  const places = (a.places ?? []).map((p): PlaceRow => ({
    name: p.name, street: str(p.street), number: str(p.number), postcode: str(p.postcode), municipality: str(p.municipality),
    lat: str(p.lat), lon: str(p.lon), wheelchair: yesNo(p.wheelchair), hearing_loop: yesNo(p.hearing_loop),
  }));
  const schedules = (a.schedules ?? []).map((s): ScheduleRow => ({
    ...blankSchedule(),
    repeat: s.repeat, start: s.start, end: s.end,
    ...(s.repeat === 'once' ? { date: s.date } : { weekday: s.weekday, from: str(s.from), until: str(s.until) }),
    ...(s.repeat === 'monthly' ? { nth: String(s.nth) } : {}),
  }));
  return {
    places: withBlanks(places, blankPlace),
    schedules: withBlanks(schedules, blankSchedule),
    modes: [...(a.modes ?? [])],
    languages: [...(a.languages ?? [])],
    reductions: [...(a.cost?.reductions ?? [])],
    free: yesNo(a.cost?.free),
    amount_eur: str(a.cost?.amount_eur),
    cost_note: str(a.cost?.note),
    age_min: str(a.age_min),
    age_max: str(a.age_max),
    target_group: str(a.target_group),
    entry: str(a.entry),
    transport: yesNo(a.transport),
    accompaniment: yesNo(a.accompaniment),
    referral_role: str(a.referral_contact?.role),
    referral_email: str(a.referral_contact?.email),
    referral_phone: str(a.referral_contact?.phone),
    capacity: str(a.capacity?.status),
    capacity_set_on: str(a.capacity?.set_on),
    verified_on: str(a.verified_on),
  };
}

/** Reads the rows the form sent (place_rows tells how many), plus one more when "add another" was pressed. */
export function accessFormFromBody(body: unknown): AccessFormValues {
  const rows = (kind: string) => Math.min(MAX_ROWS, Math.max(0, Number.parseInt(formString(body, `${kind}_rows`), 10) || 0));
  const add = formString(body, 'add');
  const read = <K extends string>(kind: string, keys: readonly K[], n: number) =>
    Array.from({ length: n }, (_, i) => Object.fromEntries(keys.map((k) => [k, formString(body, `${kind}_${i}_${k}`)])) as Record<K, string>);
  const places = read('place', PLACE_KEYS, rows('place'));
  const schedules = read('schedule', SCHEDULE_KEYS, rows('schedule'));
  const single = Object.fromEntries(ACCESS_SINGLE_FIELDS.map((f) => [f, formString(body, f)])) as Record<AccessSingleField, string>;
  return {
    ...single,
    places: add === 'place' && places.length < MAX_ROWS ? [...places, blankPlace()] : places.length ? places : [blankPlace()],
    schedules: add === 'schedule' && schedules.length < MAX_ROWS ? [...schedules, blankSchedule()] : schedules.length ? schedules : [blankSchedule()],
    modes: [...new Set(formList(body, 'modes'))],
    languages: [...new Set(formList(body, 'languages'))],
    reductions: [...new Set(formList(body, 'reductions'))],
  };
}

/** Which "add another" button was pressed, if any (then the form is shown again, not saved). */
export function addRequested(body: unknown): 'place' | 'schedule' | undefined {
  const add = formString(body, 'add');
  return add === 'place' || add === 'schedule' ? add : undefined;
}

const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());
/** A number as people type it (a decimal comma too); text that is no number stays text, so validation names it. */
const num = (s: string): number | string | undefined => {
  const v = blank(s);
  if (v === undefined) return undefined;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : v;
};
const bool = (s: string) => (s === 'yes' ? true : s === 'no' ? false : undefined);
const compact = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const some = (o: Record<string, unknown>) => (Object.keys(o).length ? o : undefined);

/** The access document the form describes (blank rows left out), for the schema to validate; undefined when the form says nothing. */
export function accessInputFromForm(f: AccessFormValues): Record<string, unknown> | undefined {
  const places = f.places.filter((r) => !isBlank(r)).map((r) =>
    compact({
      name: r.name.trim(), street: blank(r.street), number: blank(r.number), postcode: blank(r.postcode), municipality: blank(r.municipality),
      lat: num(r.lat), lon: num(r.lon), wheelchair: bool(r.wheelchair), hearing_loop: bool(r.hearing_loop),
    } as Record<string, unknown>) as unknown as Place,
  );
  const schedules = f.schedules.filter((r) => !isBlank(r)).map((r) => {
    const times = { start: r.start.trim(), end: r.end.trim() };
    if (r.repeat === 'once') return { repeat: 'once', date: r.date.trim(), ...times };
    return compact({ repeat: r.repeat || undefined, ...(r.repeat === 'monthly' ? { nth: num(r.nth) } : {}), weekday: blank(r.weekday), ...times, from: blank(r.from), until: blank(r.until) });
  }) as unknown as Schedule[];
  const cost = compact({ free: bool(f.free), amount_eur: num(f.amount_eur), reductions: f.reductions.length ? f.reductions : undefined, note: blank(f.cost_note) });
  const referral = compact({ role: blank(f.referral_role), email: blank(f.referral_email), phone: blank(f.referral_phone) });
  const capacity = f.capacity || f.capacity_set_on ? { status: blank(f.capacity), set_on: blank(f.capacity_set_on) } : undefined;
  return some(
    compact({
      places: places.length ? places : undefined,
      modes: f.modes.length ? f.modes : undefined,
      schedules: schedules.length ? schedules : undefined,
      languages: f.languages.length ? f.languages : undefined,
      cost: some(cost),
      age_min: num(f.age_min),
      age_max: num(f.age_max),
      target_group: blank(f.target_group),
      entry: blank(f.entry),
      transport: bool(f.transport),
      accompaniment: bool(f.accompaniment),
      referral_contact: some(referral),
      capacity,
      verified_on: blank(f.verified_on),
    }),
  );
}

/**
 * The form field of an issue inside the access document (path after "access"): place_0_postcode,
 * schedule_1_end, languages, amount_eur, referral_email, capacity_set_on, …
 */
export function accessFieldOf(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  if (head === 'places' && second !== undefined && /^\d+$/.test(second)) return `place_${second}_${third ?? 'name'}`;
  if (head === 'schedules' && second !== undefined && /^\d+$/.test(second)) return `schedule_${second}_${third ?? 'repeat'}`;
  if (head === 'cost') return second === 'free' ? 'free' : second === 'reductions' ? 'reductions' : second === 'note' ? 'cost_note' : 'amount_eur';
  if (head === 'referral_contact') return `referral_${second ?? 'email'}`;
  if (head === 'capacity') return second === 'set_on' ? 'capacity_set_on' : 'capacity';
  return head ?? 'access';
}
