/** Progress reports of long imports (the CLI prints them on stderr). */
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
