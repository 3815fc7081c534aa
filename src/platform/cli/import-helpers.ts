/** What the import commands share: progress on stderr, located problems, file and year checks, exit codes. */
import { access } from 'node:fs/promises';
import { UsageError } from '../command.js';
import { ImportError, formatProblem, problemsSummary, type LocatedProblem } from '../located-problem.js';
import type { Progress } from '../progress.js';

/** Prints progress to stderr: in place on a terminal, else one line per tenth. */
export function progressPrinter(label: string): (p: Progress) => void {
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  let lastPhase = '';
  return (p) => {
    const pct = p.total ? Math.min(100, Math.floor((100 * p.done) / p.total)) : undefined;
    const amount = p.unit === 'bytes' ? `${(p.done / 1e6).toFixed(1)}${p.total ? ` of ${(p.total / 1e6).toFixed(1)}` : ''} MB` : `${p.done.toLocaleString('en')}${p.total ? ` of ${p.total.toLocaleString('en')}` : ''} ${p.unit ?? ''}`.trim();
    const line = `${label}: ${p.phase} ${pct !== undefined ? `${pct}% ` : ''}(${amount})`;
    if (tty) {
      process.stderr.write(`\r${line}\x1b[K`);
      if (pct === 100) process.stderr.write('\n');
      return;
    }
    const tenth = pct === undefined ? -1 : Math.floor(pct / 10);
    if (p.phase !== lastPhase || tenth > lastTenth) {
      lastPhase = p.phase;
      lastTenth = tenth;
      process.stderr.write(`${line}\n`);
    }
  };
}

/** Prints an ImportError's located problems to stderr. */
export function printImportError(e: ImportError): void {
  printProblems(e.problems, e.truncated, e.file);
}

/** Prints located problems to stderr, one a line, then how many and that nothing was imported. */
export function printProblems(problems: readonly LocatedProblem[], truncated = false, file?: string): void {
  for (const p of problems) console.error(formatProblem(p, p.file ?? file));
  console.error(problemsSummary(problems.length, truncated));
}

export async function ensureReadable(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    console.error(`Error: file not found: ${file}`);
    return false;
  }
}

export function parseYear(raw: string | undefined, option = '--year'): number | undefined {
  if (raw === undefined) return undefined;
  const y = Number(raw);
  if (!Number.isInteger(y) || y < 1970 || y > 2100) throw new UsageError(`${option} must be a year (e.g. 2025), got "${raw}".`);
  return y;
}

/**
 * Runs an import and gives its exit code: 0 when done; 1 when the file has problems (printed with
 * their line, field and value; nothing was imported); errors of the `usage` classes (e.g. no year
 * given where the file name has none) become wrong usage (exit 2, with the help).
 */
export async function runImport(run: () => Promise<void>, usage: (abstract new (...args: never[]) => Error)[] = []): Promise<number> {
  try {
    await run();
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      printImportError(e);
      return 1;
    }
    if (usage.some((U) => e instanceof U)) throw new UsageError((e as Error).message);
    throw e;
  }
}
