/** Located problems in imported files, and progress reports, shared by the area and population importers. */

export interface ImportIssue {
  /** Line in the file (1 = header), for text files. */
  line?: number;
  /** Feature number (1-based), for boundary files. */
  feature?: number;
  column?: string;
  value?: string;
  message: string;
}

/** Formats one issue: `file.csv, line 14, column nis, value "1234": expected a 5-digit NIS code`. */
export function formatImportIssue(file: string, i: ImportIssue): string {
  const where = [file, i.line !== undefined ? `line ${i.line}` : undefined, i.feature !== undefined ? `feature ${i.feature}` : undefined, i.column ? `column ${i.column}` : undefined, i.value !== undefined ? `value "${i.value}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${i.message}`;
}

/** Nothing was imported: every problem found, each with its place. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ImportIssue[],
    readonly truncated = false,
  ) {
    super(
      `${file}: ${issues.length}${truncated ? '+' : ''} problem${issues.length === 1 ? '' : 's'}, nothing was imported:\n` +
        issues.map((i) => `- ${formatImportIssue(file, i)}`).join('\n'),
    );
    this.name = 'ImportError';
  }
}

/** Collects issues up to a limit; `full` says when to stop reading. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  truncated = false;
  constructor(readonly max = 50) {}
  add(i: ImportIssue): void {
    if (this.items.length < this.max) this.items.push(i);
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

export interface Progress {
  /** What is happening, e.g. "reading", "writing". */
  phase: string;
  done: number;
  /** When known. */
  total?: number;
  /** Unit of done/total, e.g. "bytes", "rows", "features". */
  unit?: string;
}

export type ProgressFn = (p: Progress) => void;
