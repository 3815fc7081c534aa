/** Statistics for landscape cross-tabs: pure functions on count tables. */
export * from './table.js';
export * from './gamma.js';
export * from './chi-square.js';
export * from './fisher.js';
export * from './independence.js';
