/**
 * Exactly one process owns an embedded database folder (issue 11: two PGlite instances on one
 * folder lose confirmed writes). The owner writes `verbind.lock` in the folder with its process id,
 * its command and, for `serve`, where it shares the database (wire-server.mjs). Other commands find
 * the server there and work through it; a lock whose process is gone is taken over, with a message.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LockInfo {
  pid: number;
  command: string;
  /** Set by `serve` once its database listens: a unix socket path, or a TCP port on 127.0.0.1. */
  share?: { path: string } | { host: string; port: number };
}

export const LOCK_FILE = 'verbind.lock';

export class DatabaseBusyError extends Error {}

export const lockPath = (dir: string) => join(dir, LOCK_FILE);

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false; // our own pid in an old lock: a previous life
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockPath(dir), 'utf8')) as LockInfo;
    return typeof info?.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

/** The live owner of the folder, if any (a stale lock is not an owner). */
export function currentOwner(dir: string): LockInfo | null {
  const info = readLock(dir);
  return info && alive(info.pid) ? info : null;
}

/**
 * Takes the folder for this process, or returns the live owner. A lock left by a process that is
 * gone (killed, crashed) is taken over with a note on stderr.
 */
export function tryLock(dir: string, command: string): { ok: true; release(): void; share(s: LockInfo['share']): void } | { ok: false; owner: LockInfo } {
  const path = lockPath(dir);
  for (let attempt = 0; attempt < 5; attempt++) {
    const mine: LockInfo = { pid: process.pid, command };
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const other = readLock(dir);
      if (other && alive(other.pid)) return { ok: false, owner: other };
      if (other) console.error(`Note: taking over the database folder ${dir} from process ${other.pid} (${other.command}), which is no longer running.`);
      rmSync(path, { force: true });
      continue;
    }
    const release = () => {
      if (readLock(dir)?.pid === process.pid) rmSync(path, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return {
      ok: true,
      release,
      share(s) {
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ ...mine, share: s }), { mode: 0o600 });
        renameSync(tmp, path);
      },
    };
  }
  throw new DatabaseBusyError(`could not take the lock ${path}`);
}
