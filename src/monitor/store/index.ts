/** Storage of the area monitor: population datasets, rate tables and counts of the imported area data (area storage is in src/areas). */
export * from './population.js';
export * from './rates.js';
export * from './area-data.js';
export { encodeCounts, decodeCounts, COUNTS_ENCODING } from './codec.js';
