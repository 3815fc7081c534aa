// Runs one exported function of a TypeScript module in a worker thread and posts its result back.
// Plain JavaScript so it loads without a TypeScript loader; it registers tsx itself (the main
// thread's loader registered with tsx/esm/api does not reach workers).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  const mod = await import(workerData.module);
  const result = await mod[workerData.fn](...workerData.args);
  parentPort.postMessage({ ok: true, result });
} catch (e) {
  parentPort.postMessage({ ok: false, name: e?.name ?? 'Error', message: e?.message ?? String(e), kind: typeof e?.kind === 'string' ? e.kind : undefined });
}
