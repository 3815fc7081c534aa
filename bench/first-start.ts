/**
 * First-start benchmark (issue 11, `npm run bench`): `verbind serve` on a fresh, empty embedded
 * database folder, as `npm start` does on a new machine. Measures the time until /readyz answers
 * 200 (migrations and the seed are done before the server listens), and the process's peak
 * resident memory (VmHWM in /proc/PID/status: the main thread and PGlite's worker thread together)
 * and its resident memory (VmRSS) at that moment, and the CPU time it took (initdb's included).
 * PGlite's initdb runs in a short-lived process of its own (src/db/pglite-init.mjs) before the
 * server's own database thread starts: its memory is not in serve's VmHWM; its peak is reported
 * beside it (VmHWM sampled every 100 ms while it runs, so at most 100 ms of growth unseen).
 *
 * Target (issue 11): VmHWM within 600 MB. Runs vary by tens of MB (when the garbage collector runs),
 * hence several runs.
 *
 * Environment: BENCH_FIRST_START_RUNS (3).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchResults } from './engines.js';

const RUNS = Number(process.env.BENCH_FIRST_START_RUNS ?? 3);
const TARGET_MB = 600;
const BIN = fileURLToPath(new URL('../bin/verbind.js', import.meta.url));

/** CPU seconds of the process and of its children waited for (initdb), from /proc/PID/stat: less disturbed by a busy machine than the wall time. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / 100; // utime stime cutime cstime, in USER_HZ (100)
};
const statusMb = (pid: number, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** The largest VmHWM among the process's children now (0 when it has none), in MB. */
const childrenPeakMb = (pid: number) => {
  let peak = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
        try {
          const mb = statusMb(Number(child), 'VmHWM');
          if (mb > peak) peak = mb; // NaN (a zombie has no VmHWM) never wins
        } catch {
          // gone meanwhile
        }
      }
    }
  } catch {
    // the process is gone
  }
  return peak;
};

interface Run {
  seconds: number;
  cpuSeconds: number;
  initdbVmHwmMb: number;
  vmHwmMb: number;
  vmRssMb: number;
}

async function firstStart(): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'verbind-first-start-'));
  const port = 21000 + Math.floor(Math.random() * 20000);
  const env: NodeJS.ProcessEnv = { ...process.env, VERBIND_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV; // as `npm start` runs it
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  let initdbVmHwmMb = 0;
  const sampler = setInterval(() => (initdbVmHwmMb = Math.max(initdbVmHwmMb, childrenPeakMb(child.pid!))), 100);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve stopped (${child.exitCode}): ${out}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status === 200, () => false);
      if (ready) break;
      if (performance.now() - started > 300_000) throw new Error('serve did not become ready within 300 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    if (!/Seeded the empty database with \d+ initiatives/.test(out)) throw new Error(`serve did not report the seed: ${out}`);
    return { seconds, cpuSeconds: cpuSeconds(child.pid!), initdbVmHwmMb, vmHwmMb: statusMb(child.pid!, 'VmHWM'), vmRssMb: statusMb(child.pid!, 'VmRSS') };
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = await firstStart();
  runs.push(r);
  console.log(`first start ${i + 1}/${RUNS}: ready in ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s), VmHWM ${r.vmHwmMb.toFixed(0)} MB, VmRSS ${r.vmRssMb.toFixed(0)} MB; initdb's process VmHWM ${r.initdbVmHwmMb.toFixed(0)} MB`);
}
const maxHwm = Math.max(...runs.map((r) => r.vmHwmMb));
console.log(`peak VmHWM ${maxHwm.toFixed(0)} MB (target <= ${TARGET_MB} MB: ${maxHwm <= TARGET_MB ? 'met' : 'NOT met'})`);
console.log(`initdb's process (separate, before the database thread starts): VmHWM up to ${Math.max(...runs.map((r) => r.initdbVmHwmMb)).toFixed(0)} MB`);
writeBenchResults('first-start', { runs, maxVmHwmMb: maxHwm, targetMb: TARGET_MB });
