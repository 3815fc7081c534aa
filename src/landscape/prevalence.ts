/**
 * Loneliness prevalence by age group, to weigh how many initiatives target a
 * group against how many people in it are lonely (gap rule "age groups",
 * gaps.ts). The defaults are the two age tables in the seed documents; a
 * caller can pass its own sources (same shape) instead. The figures and their
 * citations are the monitor's rate tables (one copy, one id each); this file
 * only maps their age bands to the matrix's age codes.
 *
 * Each band is mapped to the matrix's age codes. The mapping is approximate
 * and stated here once: the surveys start at 18 (no figure for children);
 * 'youth' and 'young_adults' both take the youngest adult band; 'older' in
 * the matrix is 60+, the surveys' oldest bands start at 65; 50-64 is counted
 * with 'adults'.
 */
import type { StudyRef } from './study.js';
import { FLANDERS_2021, STATBEL_2024 as STATBEL_TABLE } from '../monitor/default-rates.js';
import type { CitationText, RateTable } from '../monitor/rates.js';
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
  /** Who measured it, when, how: shown next to every figure derived from it (English, as in the rate table's rules). */
  citation: string;
  /** The same in each language, the published Dutch titles marked (CitationText); without it, `citation` is shown as written. */
  cite?: CitationText;
  /** Where in the seed documents the figures are printed. */
  ref: StudyRef;
  population: string;
  bands: PrevalenceBand[];
}

/**
 * The bands of one of the monitor's cited rate tables (src/monitor/default-rates.ts, the one
 * copy of the prevalence evidence): "severe" is its loneliness_often rate, "any" its
 * loneliness_sometimes_or_more rate, for each age range, with the matrix age codes it stands for.
 */
function bandsOf(table: RateTable, ageGroups: Record<number, AgeCode[]>): PrevalenceBand[] {
  const rate = (indicator: string, from: number | null) => table.rules.find((r) => r.indicator === indicator && r.ageFrom === from && r.sex === null && r.civilStatus === null && r.nationality === null);
  return table.rules
    .filter((r) => r.indicator === 'loneliness_often')
    .map((r) => {
      const any = rate('loneliness_sometimes_or_more', r.ageFrom);
      if (!any || r.ageFrom === null || !ageGroups[r.ageFrom]) throw new Error(`${table.id}: no band for ages ${r.ageFrom}-${r.ageTo}`);
      return { band: r.ageTo === null ? `${r.ageFrom}+` : `${r.ageFrom}-${r.ageTo}`, ageGroups: ageGroups[r.ageFrom]!, any: any.rate, severe: r.rate };
    });
}

/**
 * Statbel 2024 as quoted in seed 004 (§2 "Onderschat eenzaamheid niet"):
 * Belgians 16-74, felt lonely in the past 4 weeks, "soms" and "meestal tot
 * altijd", by age group (16-17 are not in the printed table).
 */
export const STATBEL_2024: PrevalenceSource = {
  id: STATBEL_TABLE.id,
  citation: STATBEL_TABLE.citation,
  ...(STATBEL_TABLE.cite ? { cite: STATBEL_TABLE.cite } : {}),
  ref: STUDY_FIGURES.prevalenceStatbel2024,
  population: 'Belgium, 16-74 years',
  bands: bandsOf(STATBEL_TABLE, { 18: ['youth', 'young_adults'], 25: ['adults'], 50: ['adults'], 65: ['older'] }),
};

/**
 * Steyaert & Heylen (2021), seed 003 table 2 (§1.6): online survey of Flemish
 * adults in February 2021 (N = 1044), "vaak" / "soms" / "(bijna) nooit".
 * The study itself warns it likely underestimates the most vulnerable and
 * oldest (online survey, during the COVID-19 crisis).
 */
export const STEYAERT_HEYLEN_2021: PrevalenceSource = {
  id: FLANDERS_2021.id,
  citation: FLANDERS_2021.citation,
  ...(FLANDERS_2021.cite ? { cite: FLANDERS_2021.cite } : {}),
  ref: STUDY_FIGURES.prevalenceFlanders2021,
  population: 'Flanders, 18+ (online, February 2021)',
  bands: bandsOf(FLANDERS_2021, { 18: ['youth', 'young_adults'], 35: ['adults'], 50: ['adults'], 65: ['older'] }),
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
