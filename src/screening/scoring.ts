/**
 * Scoring of the screening instruments, exactly as the scoring contract of
 * issue 12 states it (band boundaries, missing-data rules, subscales).
 * Pure: answers in, result out. Each rule's source is in INSTRUMENTS[id].citation.
 */
import { INSTRUMENTS, type InstrumentId, type Item } from './instruments.js';

export type Answer = string | number | null | undefined;
export type Answers = Readonly<Record<string, Answer>>;

export interface ScoreOptions {
  /** DJG-11 only: a subscale is positive from this score (3 as VZinfo, default; 2 as RIVM 2016). */
  subscale_threshold?: 2 | 3;
}

export interface Subscale {
  score: number | null;
  positive?: boolean | null;
}

export interface ScoreResult {
  instrument: InstrumentId;
  score: number | null;
  min: number | null;
  max: number | null;
  band: string | null;
  positive: boolean | null;
  subscales?: Record<string, Subscale>;
  /** Items without an answer, in the instrument's order. */
  missing: string[];
  citation: string;
}

export const BANDS: Record<InstrumentId, readonly string[]> = {
  djg11: ['not_lonely', 'moderately_lonely', 'severely_lonely', 'very_severely_lonely'],
  djg6: ['not_lonely', 'moderately_lonely', 'severely_lonely'],
  ucla3: ['not_lonely', 'lonely'],
  ons_direct: ['often_always', 'some_of_the_time', 'occasionally', 'hardly_ever', 'never'],
  lsns6: ['at_risk_of_isolation', 'not_at_risk'],
  oslo3: ['poor', 'moderate', 'strong'],
};

const present = (a: Answer): a is string | number => a !== null && a !== undefined;

/**
 * DJG item score (manual of the Loneliness Scale): a negatively worded
 * (emotional) item scores 1 for more_or_less, yes, strong_yes; a positively
 * worded (social) item scores 1 for more_or_less, no, strong_no.
 */
export function djgItemScore(item: Item, answer: string): 0 | 1 {
  if (answer === 'more_or_less') return 1;
  const agrees = answer === 'yes' || answer === 'strong_yes';
  return item.subscale === 'emotional' ? (agrees ? 1 : 0) : agrees ? 0 : 1;
}

/** The weight an answer adds to the total (for FHIR itemWeight); null where the instrument has no score. */
export function answerWeight(id: InstrumentId, item: Item, code: string | number): number | null {
  if (id === 'djg11' || id === 'djg6') return djgItemScore(item, String(code));
  if (id === 'ucla3') return { hardly_ever: 1, some_of_the_time: 2, often: 3 }[String(code)] ?? null;
  if (id === 'lsns6' || id === 'oslo3') return Number(code);
  return null;
}

function sumOf(id: InstrumentId, items: readonly Item[], answers: Answers): number | null {
  let total = 0;
  for (const item of items) {
    const a = answers[item.id];
    if (!present(a)) return null;
    total += answerWeight(id, item, a)!;
  }
  return total;
}

function djgBand(id: 'djg11' | 'djg6', total: number): string {
  if (id === 'djg11') return total <= 2 ? 'not_lonely' : total <= 8 ? 'moderately_lonely' : total <= 10 ? 'severely_lonely' : 'very_severely_lonely';
  return total <= 1 ? 'not_lonely' : total <= 4 ? 'moderately_lonely' : 'severely_lonely';
}

function scoreDjg(id: 'djg11' | 'djg6', answers: Answers, missing: string[], options: ScoreOptions): Omit<ScoreResult, 'instrument' | 'missing' | 'citation'> {
  const items = INSTRUMENTS[id].items;
  // One missing item: the count over the answered items, not prorated (the manual's syntax); more: no total.
  const answered = items.filter((i) => present(answers[i.id]));
  const score = missing.length > 1 ? null : answered.reduce((s, i) => s + djgItemScore(i, String(answers[i.id])), 0);
  const threshold = id === 'djg6' ? 1 : (options.subscale_threshold ?? 3);
  const subscale = (name: 'emotional' | 'social'): Subscale => {
    const s = sumOf(id, items.filter((i) => i.subscale === name), answers);
    return { score: s, positive: s === null ? null : s >= threshold };
  };
  return {
    score,
    min: 0,
    max: items.length,
    band: score === null ? null : djgBand(id, score),
    positive: score === null ? null : score >= (id === 'djg11' ? 3 : 2),
    subscales: { emotional: subscale('emotional'), social: subscale('social') },
  };
}

/** Scores one instrument. Answers must already be valid codes (see request.ts); absent or null is missing. */
export function scoreInstrument(id: InstrumentId, answers: Answers, options: ScoreOptions = {}): ScoreResult {
  const instrument = INSTRUMENTS[id];
  const missing = instrument.items.filter((i) => !present(answers[i.id])).map((i) => i.id);
  const base = { instrument: id, missing, citation: instrument.citation };
  switch (id) {
    case 'djg11':
    case 'djg6':
      return { instrument: id, ...scoreDjg(id, answers, missing, options), missing, citation: instrument.citation };
    case 'ucla3': {
      const score = sumOf(id, instrument.items, answers);
      return { ...base, score, min: 3, max: 9, band: score === null ? null : score <= 5 ? 'not_lonely' : 'lonely', positive: score === null ? null : score >= 6 };
    }
    case 'ons_direct': {
      const a = answers['1'];
      const band = present(a) ? String(a) : null;
      return { ...base, score: null, min: null, max: null, band, positive: band === null ? null : band === 'often_always' };
    }
    case 'lsns6': {
      const score = sumOf(id, instrument.items, answers);
      const part = (name: 'family' | 'friends'): Subscale => ({ score: sumOf(id, instrument.items.filter((i) => i.subscale === name), answers) });
      return {
        ...base,
        score,
        min: 0,
        max: 30,
        band: score === null ? null : score < 12 ? 'at_risk_of_isolation' : 'not_at_risk',
        positive: score === null ? null : score < 12,
        subscales: { family: part('family'), friends: part('friends') },
      };
    }
    case 'oslo3': {
      const score = sumOf(id, instrument.items, answers);
      return { ...base, score, min: 3, max: 14, band: score === null ? null : score <= 8 ? 'poor' : score <= 11 ? 'moderate' : 'strong', positive: score === null ? null : score <= 8 };
    }
  }
}
