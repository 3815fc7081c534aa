// Starts pglite-worker.ts in its worker thread: tsx's loader, registered by bin/verbind.js on the
// main thread, does not reach worker threads by itself.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('./pglite-worker.ts');
