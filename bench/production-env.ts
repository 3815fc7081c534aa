/**
 * Imported first by run.ts, before React is loaded: measure the page as it
 * is served in production. React's development build (NODE_ENV unset)
 * validates every element and records owner stacks, which made the search
 * page about 3x slower in this benchmark. NODE_ENV=development npm run bench
 * measures the development build.
 */
process.env.NODE_ENV ??= 'production';
export const nodeEnv = process.env.NODE_ENV;
