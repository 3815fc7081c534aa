/**
 * The landscape of a selection of initiatives: what the study of 133
 * initiatives computed (seed 003, part 2) and concluded (part 3), as pure
 * functions on Initiative objects. No database, HTTP or UI here.
 */
export * from './percent.js';
export * from './study.js';
export * from './specs.js';
export * from './counts.js';
export * from './analysis.js';
export * from './crosstab.js';
export * from './crosstab-percentages.js';
export * from './prevalence.js';
export * from './gaps.js';
export * from './messages.js';
export * as statistics from './statistics/index.js';
