/**
 * Where each rule and default of the landscape comes from. References point
 * into the seed documents (shared/seeds/README.md):
 *  - seed 003: the study of 133 loneliness initiatives in Flanders (2023),
 *    part 2 (results: tables 3-8, figures 4-10) and part 3 (conclusions §3.1,
 *    recommendations §3.2.1-3.2.5);
 *  - seed 004: the research consortium note "Samen tegen eenzaamheid" (2024),
 *    §2 "Onderschat eenzaamheid niet" (Statbel 2024 by age group).
 */

export interface StudyRef {
  /** Seed document: '003' = the study of 133 initiatives, '004' = the consortium note. */
  seed: '003' | '004';
  /** Part of the document (seed 003: 1 literature, 2 results, 3 conclusions). */
  part?: number;
  /** Section number as printed, e.g. '3.2.2'. */
  section?: string;
  /** The section heading as printed (Dutch, the study's wording). */
  heading?: string;
  /** A table or figure, e.g. 'table 3', 'figure 7'. */
  item?: string;
}

const s3 = (section: string, heading: string): StudyRef => ({ seed: '003', part: 3, section, heading });

/** Part 3 of the study, section by section. */
export const STUDY_PART3 = {
  conclusion: s3('3.1', 'Concluderend: een algemene, eenzijdige aanpak van eenzaamheid'),
  youngerAgeGroups: s3('3.2.1', 'Meer aandacht voor jonge(re) leeftijdsgroepen'),
  effectiveElements: s3('3.2.2', 'Meer aandacht voor (meer) effectief werkzame elementen'),
  awareness: s3('3.2.3', 'Bewustwording over wat (nog) kan werken voor wie'),
  multiSided: s3('3.2.4', 'Naar een meerzijdige benadering van eenzaamheid'),
  expertise: s3('3.2.5', 'Hoe? Deskundigheidsbevordering'),
} as const satisfies Record<string, StudyRef>;

const r2 = (section: string, item: string): StudyRef => ({ seed: '003', part: 2, section, item });

/** The study's own figure for each quantity, for a reader who wants to compare a selection with the 133. */
export const STUDY_FIGURES = {
  approach: r2('2.1', 'figure 4'),
  elements: r2('2.2.1', 'table 3'),
  elementsPerInitiative: r2('2.2.1', 'figure 5'),
  topElementsCombined: r2('2.2.1', 'figure 6'),
  singleElement: r2('2.2.1', 'figure 7'),
  prevention: r2('2.2.2', 'table 4'),
  dimensions: r2('2.2.3', 'table 5'),
  ageGroups: r2('2.2.4', 'figure 8'),
  meetingByOlder: r2('2.2.4', 'table 6'),
  riskFactors: r2('2.2.5', 'table 7'),
  primaryActor: r2('2.2.6', 'figure 9'),
  geographicLevel: r2('2.2.7', 'figure 10'),
  evidence: r2('2.2.8', 'table 8'),
  prevalenceFlanders2021: { seed: '003', part: 1, section: '1.6', item: 'table 2' },
  prevalenceStatbel2024: { seed: '004', section: '2', heading: 'Onderschat eenzaamheid niet' },
} as const satisfies Record<string, StudyRef>;
