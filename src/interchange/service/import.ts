/**
 * Imports one interchange file: everything is parsed and validated first;
 * one error and nothing is written. Then one transaction saves it all
 * (re-importing the same file changes nothing).
 */
import { basename } from 'node:path';
import type { Database } from '../../db/client.js';
import type { InitiativeStatus } from '../../db/schema.js';
import { saveInitiatives, type Actor, type SaveResult } from '../../initiatives/store/repository.js';
import { parseInterchange } from '../parse.js';
import { ImportError } from '../../platform/located-problem.js';

export interface ImportOptions {
  actor: Actor;
  /** Overrides every record's own source (the CLI's --source). */
  source?: string;
  /** Status of initiatives that are new to the bank (existing ones keep theirs); default published. */
  status?: InitiativeStatus;
  onProgress?: (done: number, total: number) => void;
}

/** Throws ImportError (with every located problem; nothing written) when the file has any problem. */
export async function importInitiatives(database: Database, fileName: string, content: string | Uint8Array, opts: ImportOptions): Promise<SaveResult> {
  const { initiatives, errors } = parseInterchange(fileName, content);
  if (errors.length) throw new ImportError(fileName, errors);
  return saveInitiatives(database.db, initiatives, {
    actor: opts.actor,
    defaultSource: basename(fileName),
    ...(opts.source !== undefined ? { sourceOverride: opts.source } : {}),
    ...(opts.status ? { status: opts.status } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
}
