/** Exports the bank as interchange JSON or CSV, or as an HSDS 3.0 data set. */
import type { Database } from '../../db/client.js';
import type { InitiativeStatus } from '../../db/schema.js';
import { listAll } from '../../initiatives/store/repository.js';
import { toInterchange } from '../../initiatives/record.js';
import { areaNames } from '../../areas/store/names.js';
import { hsdsDataset } from '../../hsds/mapping.js';
import { toCsvText, toJsonText } from '../write.js';

export const EXPORT_FORMATS = ['json', 'csv', 'hsds'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Drafts and archived initiatives too (backups); default published only. */
  all?: boolean;
}

export async function exportInitiatives(database: Database, format: ExportFormat, opts: ExportOptions = {}): Promise<{ content: string; count: number }> {
  const statuses: InitiativeStatus[] = opts.all ? ['draft', 'published', 'archived'] : ['published'];
  const stored = await listAll(database.db, statuses);
  if (format === 'hsds') {
    const names = await areaNames(database.db, stored.flatMap((i) => [...i.areas, ...(i.access?.places ?? []).flatMap((p) => (p.municipality ? [p.municipality] : []))]), 'nl');
    return { content: `${JSON.stringify(hsdsDataset(stored, names), null, 2)}\n`, count: stored.length };
  }
  // Backups carry the status, so restoring them keeps drafts and archived initiatives out of public view.
  const items = stored.map((s) => (opts.all ? { ...toInterchange(s), status: s.status } : toInterchange(s)));
  return { content: format === 'json' ? toJsonText(items) : toCsvText(items), count: stored.length };
}
