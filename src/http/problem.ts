/** Moved to src/platform/problem.ts (shared by every capability); this re-export keeps older imports working until they move. */
export * from '../platform/problem.js';
