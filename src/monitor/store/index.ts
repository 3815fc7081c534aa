/** Storage of the area monitor: population datasets and rate tables (area storage is in src/areas). */
export * from './population.js';
export * from './rates.js';
export { encodeCounts, decodeCounts, COUNTS_ENCODING } from './codec.js';
