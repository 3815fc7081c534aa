/**
 * Heavy parsing off the event loop: one function of a module runs in its own
 * worker thread with a memory ceiling (V8 resourceLimits) and a time limit, so
 * a hostile or unlucky file cannot stall other requests (`/healthz` keeps
 * answering) or grow the server's memory for good: the worker's heap goes away
 * with it.
 */
import { Worker } from 'node:worker_threads';

export class WorkerLimitError extends Error {
  constructor(readonly limit: 'time' | 'memory', message: string) {
    super(message);
    this.name = 'WorkerLimitError';
  }
}

/** An error thrown inside the worker, with its class name (e.g. "TableReadError") kept. */
export class WorkerTaskError extends Error {
  constructor(readonly errorName: string, message: string, readonly kind?: string) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export function runInWorker<T>(module: URL, fn: string, args: unknown[], limits: { timeMs: number; memoryMb: number }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(ENTRY, {
      workerData: { module: module.href, fn, args },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(limits.memoryMb / 8)) },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () => finish(() => reject(new WorkerLimitError('time', `reading took longer than ${Math.round(limits.timeMs / 1000)} s and was stopped`))),
      limits.timeMs,
    );
    worker.once('message', (m: { ok: true; result: T } | { ok: false; name: string; message: string; kind?: string }) =>
      finish(() => (m.ok ? resolve(m.result) : reject(new WorkerTaskError(m.name, m.message, m.kind)))),
    );
    worker.once('error', (e: Error & { code?: string }) =>
      finish(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerLimitError('memory', `reading needed more than ${limits.memoryMb} MB of memory and was stopped`) : e)),
    );
    worker.once('exit', (code) => finish(() => reject(new Error(`the reading worker stopped (exit code ${code})`))));
  });
}
