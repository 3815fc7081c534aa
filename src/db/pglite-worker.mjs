/**
 * The embedded database's own thread: opens PGlite on the folder and serves it over PostgreSQL's
 * wire protocol (wire-server.mjs). Queries then run here, off the app's event loop, so /healthz and
 * the 503s of a full queue answer at once while a slow search runs (issue 11).
 *
 * Plain JavaScript that imports only PGlite and wire-server.mjs: a worker thread does not inherit
 * the main thread's TypeScript loader (tsx), and loading it here cost about 50 MB at start.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { serveWireProtocol } from './wire-server.mjs';

/**
 * What client.ts passes in workerData.
 * @typedef {object} WorkerInput
 * @property {string} dataDir
 * @property {import('./wire-server.mjs').Where} listen
 * @property {string} setup SQL run once the database is open
 */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const input = /** @type {WorkerInput} */ (workerData);
try {
  const db = new PGlite(input.dataDir);
  await db.waitReady;
  await db.exec(input.setup);
  const server = await serveWireProtocol(db, input.listen);
  port.on('message', async (/** @type {{ type: string }} */ m) => {
    if (m.type !== 'close') return;
    await server.close();
    await db.close();
    port.postMessage({ type: 'closed' });
  });
  port.postMessage({ type: 'ready', address: server.address });
} catch (e) {
  port.postMessage({ type: 'error', message: /** @type {Error} */ (e).message });
}
