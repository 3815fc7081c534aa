/**
 * A schedule in plain words, per language: "every Tuesday 14:00–16:00", "elke dinsdag
 * 14:00–16:00", "chaque mardi de 14 h à 16 h". Times are Europe/Brussels local times as recorded;
 * French writes hours the French way (14 h, 14 h 30). Pure; the words live here rather than in
 * the ICU catalogue because they combine by grammar (gender, ordinals) more than by template.
 */
import type { Schedule, Weekday } from './access.js';
import { WEEKDAYS } from './access.js';

export type ScheduleLang = 'nl' | 'fr' | 'en';

const DAY: Record<ScheduleLang, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
};
const NTH: Record<ScheduleLang, Record<string, string>> = {
  en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' },
  nl: { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' },
  fr: { '1': 'premier', '2': 'deuxième', '3': 'troisième', '4': 'quatrième', '-1': 'dernier' },
};
const MONTH: Record<ScheduleLang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** A weekday's name as the schedules write it ("dinsdag", "mardi", "Tuesday"). */
export const dayName = (lang: ScheduleLang, d: Weekday) => DAY[lang][WEEKDAYS.indexOf(d)]!;

/** 14:00 → "14 h", 14:30 → "14 h 30" (French typographic convention); other languages keep HH:MM. */
const frTime = (t: string) => {
  const [h, m] = t.split(':') as [string, string];
  return m === '00' ? `${Number(h)} h` : `${Number(h)} h ${m}`;
};

const hours = (lang: ScheduleLang, start: string, end: string) => (lang === 'fr' ? `de ${frTime(start)} à ${frTime(end)}` : `${start}–${end}`);

/** A calendar date in words: "3 March 2026", "3 maart 2026", "3 mars 2026" (1er for the first in French). */
export function dateText(day: string, lang: ScheduleLang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dd = lang === 'fr' && d === 1 ? '1er' : String(d);
  return `${dd} ${MONTH[lang][m - 1]} ${y}`;
}

function period(s: Schedule, lang: ScheduleLang): string {
  if (s.repeat === 'once' || (!s.from && !s.until)) return '';
  const from = s.from && dateText(s.from, lang);
  const until = s.until && dateText(s.until, lang);
  const words = {
    en: from && until ? `from ${from} to ${until}` : from ? `from ${from}` : `until ${until}`,
    nl: from && until ? `van ${from} tot ${until}` : from ? `vanaf ${from}` : `tot ${until}`,
    fr: from && until ? `du ${from} au ${until}` : from ? `à partir du ${from}` : `jusqu’au ${until}`,
  };
  return ` (${words[lang]})`;
}

/** One schedule in words, in Brussels local time. */
export function scheduleText(s: Schedule, lang: ScheduleLang): string {
  const time = hours(lang, s.start, s.end);
  if (s.repeat === 'once') {
    const weekday = DAY[lang][(new Date(`${s.date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
    return `${weekday} ${dateText(s.date, lang)} ${time}`;
  }
  const day = dayName(lang, s.weekday);
  let when: string;
  if (s.repeat === 'weekly') when = { en: `every ${day}`, nl: `elke ${day}`, fr: `chaque ${day}` }[lang];
  else if (s.repeat === 'every_other_week') when = { en: `every other ${day}`, nl: `om de twee weken op ${day}`, fr: `un ${day} sur deux` }[lang];
  else {
    const nth = NTH[lang][String(s.nth)]!;
    when = { en: `the ${nth} ${day} of the month`, nl: `de ${nth} ${day} van de maand`, fr: `le ${nth} ${day} du mois` }[lang];
  }
  return `${when} ${time}${period(s, lang)}`;
}
