/**
 * Database-backed services of the area monitor (for the CLI and the map pages): estimates per
 * area, supply of initiatives per area, the need-versus-supply ranking, and the import status.
 */
export * from './estimate.js';
export * from './supply.js';
export * from './ranking.js';
export * from './status.js';
export * from './estimate-records.js';
