/** Areas: levels and codes, validity periods, hierarchy, 2025 mergers, boundaries and display geometry. */
export * from './levels.js';
export * from './crs.js';
export * from './geometry.js';
export * from './issues.js';
export * from './read-boundaries.js';
export * from './read-hierarchy.js';
export * from './store.js';
export * from './query.js';
export * from './import.js';
export * from './names.js';
