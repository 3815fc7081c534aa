/** A CLI command: parses its own arguments (node:util parseArgs) and returns an exit code. */
export interface Command {
  name: string;
  summary: string;
  /** Full help text, shown by `verbind <command> --help`. */
  help: string;
  run(argv: string[]): Promise<number>;
}

/** Thrown for wrong usage: printed with the command's help, exit code 2. */
export class UsageError extends Error {}
