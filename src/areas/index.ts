/** Areas: levels and codes, validity periods, hierarchy, 2025 mergers, boundaries and display geometry. */
export * from './levels.js';
export * from './crs.js';
export * from './geometry.js';
export * from '../platform/located-problem.js';
export * from '../platform/progress.js';
export * from './service/read-boundaries.js';
export * from './read-hierarchy.js';
export * from './store/boundaries.js';
export * from './store/query.js';
export * from './service/import.js';
export * from './store/names.js';
