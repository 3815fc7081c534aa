import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  accessFilters,
  accessSchema,
  brusselsToday,
  capacityOn,
  postcodeFitsMunicipality,
  verificationState,
  type Access,
} from '../../src/initiatives/access.js';
import { scheduleText } from '../../src/initiatives/schedule-text.js';

/** The located problems of a document: "path: message" for each. */
function problems(doc: unknown): string[] {
  const r = accessSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const paths = (doc: unknown) => problems(doc).map((p) => p.split(':')[0]);

const place = (extra: Record<string, unknown>) => ({ places: [{ name: 'Buurthuis', ...extra }] });
const weekly = (start: string, end: string) => ({ schedules: [{ repeat: 'weekly', weekday: 'tuesday', start, end }] });

describe('access facts: validation with located errors', () => {
  it('accepts a full document and keeps it as written', () => {
    const doc: Access = {
      places: [{ name: 'Buurthuis De Wijk', street: 'Kerkstraat', number: '12', postcode: '9000', municipality: '44021', lat: 51.05, lon: 3.72, wheelchair: true, hearing_loop: false }],
      modes: ['in_person', 'by_phone'],
      schedules: [
        { repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00' },
        { repeat: 'monthly', nth: -1, weekday: 'friday', start: '09:30', end: '11:00', from: '2026-01-01', until: '2026-06-30' },
        { repeat: 'once', date: '2026-03-03', start: '10:00', end: '12:00' },
      ],
      languages: ['nl', 'fr', 'ar'],
      cost: { free: false, amount_eur: 2.5, reductions: ['uitpas', 'social_tariff'] },
      age_min: 65,
      target_group: 'Ouderen die alleen wonen',
      entry: 'self',
      transport: true,
      accompaniment: false,
      referral_contact: { role: 'onthaal', email: 'onthaal@buurtwerk.example', phone: '+32 9 123 45 67' },
      capacity: { status: 'has_room', set_on: '2026-11-20' },
      verified_on: '2026-10-01',
    };
    assert.deepEqual(accessSchema.parse(doc), doc);
  });

  it('names an unknown language code at its place in the list', () => {
    assert.deepEqual(paths({ languages: ['nl', 'xx'] }), ['languages.1']);
    assert.match(problems({ languages: ['vgt'] })[0]!, /unknown language code "vgt"/);
    assert.deepEqual(paths({ languages: ['nl', 'nl'] }), ['languages.1'], 'a language listed twice');
    assert.deepEqual(paths({ languages: ['nl', 'fr', 'en', 'de', 'ar', 'tr', 'uk'] }), []);
  });

  it('rejects a closing time that is not after the opening time, at the minute', () => {
    assert.deepEqual(paths(weekly('14:00', '14:01')), []);
    assert.deepEqual(paths(weekly('14:00', '14:00')), ['schedules.0.end']);
    assert.deepEqual(paths(weekly('14:00', '13:59')), ['schedules.0.end']);
    assert.match(problems(weekly('16:00', '14:00'))[0]!, /closing time 14:00 is not after the opening time 16:00/);
    assert.deepEqual(paths(weekly('00:00', '23:59')), []);
    assert.deepEqual(paths(weekly('24:00', '23:59')), ['schedules.0.start'], 'no hour 24');
    assert.deepEqual(paths(weekly('9:00', '10:00')), ['schedules.0.start'], 'HH:MM with two digits');
    assert.deepEqual(paths({ schedules: [{ repeat: 'once', date: '2026-03-03', start: '12:00', end: '10:00' }] }), ['schedules.0.end']);
  });

  it('checks dates: real calendar days, the end not before the start', () => {
    const monthly = (from: string, until: string) => ({ schedules: [{ repeat: 'monthly', nth: 1, weekday: 'monday', start: '10:00', end: '11:00', from, until }] });
    assert.deepEqual(paths(monthly('2026-01-01', '2026-01-01')), []);
    assert.deepEqual(paths(monthly('2026-01-02', '2026-01-01')), ['schedules.0.until']);
    assert.deepEqual(paths({ schedules: [{ repeat: 'once', date: '2026-02-30', start: '10:00', end: '11:00' }] }), ['schedules.0.date']);
    assert.deepEqual(paths({ schedules: [{ repeat: 'monthly', nth: 5, weekday: 'monday', start: '10:00', end: '11:00' }] }), ['schedules.0.nth']);
  });

  it('rejects a postcode outside the municipality\'s province (bpost ranges), at every range boundary', () => {
    // [NIS code of a municipality in the province, lowest and highest postcode of its ranges, a postcode just outside]
    const cases: [string, string, number, number][] = [
      ['Brussel', '21004', 1000, 1299],
      ['Waals-Brabant (Wavre)', '25112', 1300, 1499],
      ['Vlaams-Brabant (Leuven), first range', '24062', 1500, 1999],
      ['Vlaams-Brabant (Leuven), second range', '24062', 3000, 3499],
      ['Antwerpen', '11002', 2000, 2999],
      ['Limburg (Hasselt)', '71022', 3500, 3999],
      ['Liège', '62063', 4000, 4999],
      ['Namur', '92094', 5000, 5999],
      ['Hainaut (Charleroi), first range', '52011', 6000, 6599],
      ['Hainaut (Mons), second range', '53053', 7000, 7999],
      ['Luxembourg (Arlon)', '81001', 6600, 6999],
      ['West-Vlaanderen (Brugge)', '31005', 8000, 8999],
      ['Oost-Vlaanderen (Gent)', '44021', 9000, 9999],
    ];
    for (const [name, nis, lo, hi] of cases) {
      assert.equal(postcodeFitsMunicipality(String(lo), nis), true, `${name}: ${lo}`);
      assert.equal(postcodeFitsMunicipality(String(hi), nis), true, `${name}: ${hi}`);
      const below = lo - 1;
      const above = hi + 1;
      // Just outside a range is inside the province's other range only for Flemish Brabant and Hainaut.
      const otherRanges: Record<string, number[]> = { '24062': [1500, 1999, 3000, 3499], '52011': [7000, 7999], '53053': [6000, 6599] };
      const inOther = (n: number) => {
        const r = otherRanges[nis];
        return !!r && r.some((_, i) => i % 2 === 0 && n >= r[i]! && n <= r[i + 1]!);
      };
      if (below >= 1000 && !inOther(below)) assert.equal(postcodeFitsMunicipality(String(below), nis), false, `${name}: ${below}`);
      if (above <= 9999 && !inOther(above)) assert.equal(postcodeFitsMunicipality(String(above), nis), false, `${name}: ${above}`);
    }
    assert.deepEqual(paths(place({ postcode: '1000', municipality: '44021' })), ['places.0.postcode']);
    assert.match(problems(place({ postcode: '1000', municipality: '44021' }))[0]!, /postcode 1000 lies outside the province of municipality 44021 \(its postcodes are 9000–9999\)/);
    assert.deepEqual(paths(place({ postcode: '9000', municipality: '44021' })), []);
    assert.deepEqual(paths(place({ postcode: '0999' })), ['places.0.postcode'], 'four digits, 1000–9999');
  });

  it('rejects coordinates outside Belgium (lon 2.5–6.5, lat 49.4–51.6), boundaries included', () => {
    for (const [lat, lon] of [[49.4, 2.5], [51.6, 6.5], [50.85, 4.35]]) assert.deepEqual(paths(place({ lat, lon })), [], `${lat},${lon}`);
    assert.deepEqual(paths(place({ lat: 49.39, lon: 4 })), ['places.0.lat']);
    assert.deepEqual(paths(place({ lat: 51.61, lon: 4 })), ['places.0.lat']);
    assert.deepEqual(paths(place({ lat: 50.5, lon: 2.49 })), ['places.0.lon']);
    assert.deepEqual(paths(place({ lat: 50.5, lon: 6.51 })), ['places.0.lon']);
    assert.deepEqual(paths(place({ lat: 4.35, lon: 50.85 })), ['places.0.lat', 'places.0.lon'], 'latitude and longitude swapped');
    assert.deepEqual(paths(place({ lat: 50.5 })), ['places.0.lon'], 'both or neither');
  });

  it('checks ages, cost and the referral contact', () => {
    assert.deepEqual(paths({ age_min: 65, age_max: 65 }), []);
    assert.deepEqual(paths({ age_min: 65, age_max: 64 }), ['age_max']);
    assert.deepEqual(paths({ cost: { free: true, amount_eur: 0 } }), []);
    assert.deepEqual(paths({ cost: { free: true, amount_eur: 3 } }), ['cost.amount_eur']);
    assert.deepEqual(paths({ referral_contact: { role: 'onthaal' } }), ['referral_contact.email']);
    assert.deepEqual(paths({ referral_contact: { email: 'not-an-address' } }), ['referral_contact.email']);
    assert.deepEqual(paths({ modes: ['teleport'] }), ['modes.0']);
  });
});

describe('access facts: filter values stored beside the document', () => {
  it('derives languages, modes, weekdays, free, wheelchair, capacity and verification date', () => {
    const f = accessFilters({
      places: [{ name: 'A', wheelchair: false }, { name: 'B', wheelchair: true }],
      modes: ['online'],
      schedules: [
        { repeat: 'weekly', weekday: 'sunday', start: '10:00', end: '11:00' },
        { repeat: 'once', date: '2026-12-07', start: '10:00', end: '11:00' }, // a Monday
        { repeat: 'every_other_week', weekday: 'sunday', start: '14:00', end: '15:00' },
      ],
      languages: ['fr', 'nl'],
      cost: { free: true },
      capacity: { status: 'waitlist', set_on: '2026-11-01' },
      verified_on: '2026-01-15',
    });
    assert.deepEqual(f, { languages: ['fr', 'nl'], modes: ['in_person', 'online'], weekdays: [1, 7], free: true, wheelchair: true, capacity: 'waitlist', capacitySetOn: '2026-11-01', verifiedOn: '2026-01-15' });
    assert.equal(accessFilters({ places: [{ name: 'A', wheelchair: false }] }).wheelchair, false);
    assert.equal(accessFilters({ places: [{ name: 'A', wheelchair: false }, { name: 'B' }] }).wheelchair, null, 'unknown for one place');
    assert.deepEqual(accessFilters(undefined), { languages: [], modes: [], weekdays: [], free: null, wheelchair: null, capacity: null, capacitySetOn: null, verifiedOn: null });
  });
});

describe('access facts: dates', () => {
  it('shows capacity as confirmed for 30 days after it was set, then "not confirmed"', () => {
    const c = { status: 'full', set_on: '2026-11-01' } as const;
    assert.equal(capacityOn(c, '2026-11-01'), 'full');
    assert.equal(capacityOn(c, '2026-12-01'), 'full', 'day 30');
    assert.equal(capacityOn(c, '2026-12-02'), 'not_confirmed', 'day 31');
    assert.equal(capacityOn(undefined, '2026-12-02'), undefined);
  });

  it('flags a record not verified for more than 12 months (calendar months, leap day)', () => {
    assert.equal(verificationState('2025-12-06', '2026-12-06'), 'current', 'exactly 12 months');
    assert.equal(verificationState('2025-12-06', '2026-12-07'), 'overdue');
    assert.equal(verificationState('2024-02-29', '2025-02-28'), 'current');
    assert.equal(verificationState('2024-02-29', '2025-03-01'), 'overdue');
    assert.equal(verificationState(undefined, '2026-12-06'), 'never');
  });

  it('takes today in Brussels local time (UTC+1 in winter, UTC+2 in summer)', () => {
    assert.equal(brusselsToday(new Date('2026-12-06T22:59:00Z')), '2026-12-06');
    assert.equal(brusselsToday(new Date('2026-12-06T23:00:00Z')), '2026-12-07');
    assert.equal(brusselsToday(new Date('2026-07-01T21:59:00Z')), '2026-07-01');
    assert.equal(brusselsToday(new Date('2026-07-01T22:00:00Z')), '2026-07-02');
  });
});

describe('access facts: schedules in words', () => {
  it('says a schedule in Dutch, French and English', () => {
    const tue = { repeat: 'weekly', weekday: 'tuesday', start: '14:00', end: '16:00' } as const;
    assert.equal(scheduleText(tue, 'en'), 'every Tuesday 14:00–16:00');
    assert.equal(scheduleText(tue, 'nl'), 'elke dinsdag 14:00–16:00');
    assert.equal(scheduleText(tue, 'fr'), 'chaque mardi de 14 h à 16 h');
    const other = { repeat: 'every_other_week', weekday: 'friday', start: '09:30', end: '11:00', from: '2026-01-02' } as const;
    assert.equal(scheduleText(other, 'en'), 'every other Friday 09:30–11:00 (from 2 January 2026)');
    assert.equal(scheduleText(other, 'nl'), 'om de twee weken op vrijdag 09:30–11:00 (vanaf 2 januari 2026)');
    assert.equal(scheduleText(other, 'fr'), 'un vendredi sur deux de 9 h 30 à 11 h (à partir du 2 janvier 2026)');
    const last = { repeat: 'monthly', nth: -1, weekday: 'saturday', start: '10:00', end: '12:00', from: '2026-01-01', until: '2026-06-30' } as const;
    assert.equal(scheduleText(last, 'en'), 'the last Saturday of the month 10:00–12:00 (from 1 January 2026 to 30 June 2026)');
    assert.equal(scheduleText(last, 'nl'), 'de laatste zaterdag van de maand 10:00–12:00 (van 1 januari 2026 tot 30 juni 2026)');
    assert.equal(scheduleText(last, 'fr'), 'le dernier samedi du mois de 10 h à 12 h (du 1er janvier 2026 au 30 juin 2026)');
    const once = { repeat: 'once', date: '2026-03-03', start: '10:00', end: '12:00' } as const;
    assert.equal(scheduleText(once, 'en'), 'Tuesday 3 March 2026 10:00–12:00');
    assert.equal(scheduleText(once, 'nl'), 'dinsdag 3 maart 2026 10:00–12:00');
    assert.equal(scheduleText(once, 'fr'), 'mardi 3 mars 2026 de 10 h à 12 h');
  });
});
