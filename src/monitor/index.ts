/**
 * Area monitor: estimates of loneliness and social isolation per area by indirect
 * standardisation. The pure domain (no database, HTTP or UI). File readers are in ./files/.
 */
export * from './composition.js';
export * from './rates.js';
export * from './default-rates.js';
export * from './estimate.js';
export * from './population-data.js';
export * from './method.js';
