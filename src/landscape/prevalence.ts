/**
 * Loneliness prevalence by age group, to weigh how many initiatives target a
 * group against how many people in it are lonely (gap rule "age groups",
 * gaps.ts). The defaults are the two age tables in the seed documents; a
 * caller can pass its own sources (same shape) instead.
 *
 * Each band is mapped to the matrix's age codes. The mapping is approximate
 * and stated here once: the surveys start at 18 (no figure for children);
 * 'youth' and 'young_adults' both take the youngest adult band; 'older' in
 * the matrix is 60+, the surveys' oldest bands start at 65; 50-64 is counted
 * with 'adults'.
 */
import type { StudyRef } from './study.js';
import { STUDY_FIGURES } from './study.js';

export type AgeCode = 'children' | 'youth' | 'young_adults' | 'adults' | 'older';

export interface PrevalenceBand {
  /** As printed, e.g. '18-24'. */
  band: string;
  /** Matrix age codes this band stands for. */
  ageGroups: AgeCode[];
  /** Share (0..1) lonely at least sometimes: the sum of the source's "sometimes" and "often/mostly-always". */
  any: number;
  /** Share (0..1) lonely often / mostly to always. */
  severe: number;
}

export interface PrevalenceSource {
  id: string;
  /** Who measured it, when, how: shown next to every figure derived from it. */
  citation: string;
  /** Where in the seed documents the figures are printed. */
  ref: StudyRef;
  population: string;
  bands: PrevalenceBand[];
}

const pct = (x: number) => Math.round(x * 10) / 1000; // 24.3 → 0.243 without binary noise

/**
 * Statbel 2024 as quoted in seed 004 (§2 "Onderschat eenzaamheid niet"):
 * Belgians 16-74, felt lonely in the past 4 weeks, "soms" and "meestal tot
 * altijd", by age group (16-17 are not in the printed table).
 */
export const STATBEL_2024: PrevalenceSource = {
  id: 'statbel-2024',
  citation: 'Statbel (2024), quoted in Samen tegen eenzaamheid (research consortium note, 2024), §2: Belgians 16-74, lonely in the past 4 weeks',
  ref: STUDY_FIGURES.prevalenceStatbel2024,
  population: 'Belgium, 16-74 years',
  bands: [
    { band: '18-24', ageGroups: ['youth', 'young_adults'], any: pct(24.3 + 6.8), severe: pct(6.8) },
    { band: '25-49', ageGroups: ['adults'], any: pct(25.4 + 9.5), severe: pct(9.5) },
    { band: '50-64', ageGroups: ['adults'], any: pct(22.9 + 9.6), severe: pct(9.6) },
    { band: '65-74', ageGroups: ['older'], any: pct(23.8 + 10.2), severe: pct(10.2) },
  ],
};

/**
 * Steyaert & Heylen (2021), seed 003 table 2 (§1.6): online survey of Flemish
 * adults in February 2021 (N = 1044), "vaak" / "soms" / "(bijna) nooit".
 * The study itself warns it likely underestimates the most vulnerable and
 * oldest (online survey, during the COVID-19 crisis).
 */
export const STEYAERT_HEYLEN_2021: PrevalenceSource = {
  id: 'steyaert-heylen-2021',
  citation: 'Steyaert & Heylen (2021), in the study of 133 initiatives, table 2: Flanders, online survey February 2021, N = 1044',
  ref: STUDY_FIGURES.prevalenceFlanders2021,
  population: 'Flanders, 18+ (online, February 2021)',
  bands: [
    { band: '18-34', ageGroups: ['youth', 'young_adults'], any: pct(24 + 48), severe: pct(24) },
    { band: '35-49', ageGroups: ['adults'], any: pct(18 + 43), severe: pct(18) },
    { band: '50-64', ageGroups: ['adults'], any: pct(9 + 41), severe: pct(9) },
    { band: '65+', ageGroups: ['older'], any: pct(13 + 40), severe: pct(13) },
  ],
};

export const DEFAULT_PREVALENCE: readonly PrevalenceSource[] = [STATBEL_2024, STEYAERT_HEYLEN_2021];

/**
 * A source's prevalence for one matrix age code: the unweighted mean of the
 * bands mapped to it (the seeds give no population per band to weight by),
 * or null when no band covers it.
 */
export function prevalenceFor(source: PrevalenceSource, age: AgeCode, measure: 'any' | 'severe'): number | null {
  const bands = source.bands.filter((b) => b.ageGroups.includes(age));
  return bands.length ? bands.reduce((a, b) => a + b[measure], 0) / bands.length : null;
}
