/**
 * The embedded database's own thread: opens PGlite on the folder and serves it over PostgreSQL's
 * wire protocol (wire-server.ts). Queries then run here, off the app's event loop, so /healthz and
 * the 503s of a full queue answer at once while a slow search runs (issue 11).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { serveWireProtocol } from './wire-server.js';

export interface WorkerInput {
  dataDir: string;
  listen: { path: string } | { host: string; port: number };
  setup: string;
}

const input = workerData as WorkerInput;
try {
  const db = new PGlite(input.dataDir);
  await db.waitReady;
  await db.exec(input.setup);
  const server = await serveWireProtocol(db, input.listen);
  parentPort!.on('message', async (m: { type: string }) => {
    if (m.type !== 'close') return;
    await server.close();
    await db.close();
    parentPort!.postMessage({ type: 'closed' });
  });
  parentPort!.postMessage({ type: 'ready', address: server.address });
} catch (e) {
  parentPort!.postMessage({ type: 'error', message: (e as Error).message });
}
