/**
 * One model for the problems every import reports: each problem with its place in the file, so a
 * person can open the file and fix exactly that cell ("zones.csv, line 3, field nis, value "4402":
 * expected a 5-digit NIS code"). Imports are all or nothing: they collect the problems (up to a
 * limit), then throw one ImportError that says nothing was imported.
 */

export interface LocatedProblem {
  /** The file's name as the person knows it (the import's label). */
  file?: string;
  /** Line in a text file, 1-based (a CSV's header is line 1; also the line of a JSON syntax error). */
  line?: number;
  /** Item in a JSON array, 0-based. */
  index?: number;
  /** Feature in a boundary file (GeoJSON, TopoJSON, Shapefile), 1-based. */
  feature?: number;
  /** The field: a CSV column, a JSON key, a feature's property or a Shapefile's attribute. */
  field?: string;
  /** The offending value as found in the file (long text is shortened when shown). */
  value?: unknown;
  message: string;
}

/** Longest value echoed in a problem, so one bad description cannot flood a report. */
const MAX_SHOWN = 120;

/** Values echoed in problems are shortened so one bad description cannot flood a report. */
export function shownValue(v: unknown): unknown {
  if (typeof v === 'string' && v.length > MAX_SHOWN) return `${v.slice(0, MAX_SHOWN - 3)}...`;
  return v;
}

/** 'value' in quotes for messages. */
export function quoted(v: unknown): string {
  const s = shownValue(v);
  return typeof s === 'string' ? `'${s}'` : (JSON.stringify(s) ?? String(s));
}

/**
 * The value as the place shows it: text and numbers, shortened, unless the message already says it
 * as a word of its own (the interchange's messages say "unknown code 'meetng'" or "postcode 1000
 * lies outside…"; saying the value twice helps no one).
 */
function valuePart(p: LocatedProblem): string | undefined {
  if (typeof p.value !== 'string' && typeof p.value !== 'number') return undefined;
  const s = String(shownValue(p.value));
  if (s !== '' && saysWord(p.message, s)) return undefined;
  return `value "${s}"`;
}

/** Whether `text` holds `word` not glued to letters or digits ("e" is not said by "expected"). */
function saysWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'u').test(text);
}

/** One problem on one line: `file.csv, line 14, field nis, value "1234": expected a 5-digit NIS code`. */
export function formatProblem(p: LocatedProblem, file = p.file): string {
  const where = [
    file,
    p.line !== undefined ? `line ${p.line}` : undefined,
    p.index !== undefined ? `index ${p.index}` : undefined,
    p.feature !== undefined ? `feature ${p.feature}` : undefined,
    p.field !== undefined ? `field ${p.field}` : undefined,
    valuePart(p),
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${p.message}` : p.message;
}

/** "3 problems found; nothing was imported." — the last line after the located problems. */
export function problemsSummary(count: number, truncated = false): string {
  return `${count}${truncated ? '+' : ''} ${count === 1 ? 'problem' : 'problems'} found${truncated ? ' (reading stopped)' : ''}; nothing was imported.`;
}

/** Nothing was imported: every problem found (up to the collector's limit), each with its place. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly LocatedProblem[],
    readonly truncated = false,
  ) {
    const n = problems.length;
    super(`${file}: ${n}${truncated ? '+' : ''} problem${n === 1 ? '' : 's'}${truncated ? ' (reading stopped)' : ''}, nothing was imported:\n` + problems.map((p) => `- ${formatProblem(p, p.file ?? file)}`).join('\n'));
    this.name = 'ImportError';
  }
}

/** Collects problems up to a limit; `full` says when to stop reading. */
export class ProblemList {
  readonly items: LocatedProblem[] = [];
  truncated = false;
  constructor(readonly max = 50) {}
  add(p: LocatedProblem): void {
    if (this.items.length < this.max) this.items.push(p);
    else this.truncated = true;
  }
  get full(): boolean {
    return this.truncated;
  }
  get length(): number {
    return this.items.length;
  }
  throwIfAny(file: string): void {
    if (this.items.length) throw new ImportError(file, this.items, this.truncated);
  }
}
