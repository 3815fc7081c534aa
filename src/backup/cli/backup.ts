import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { UsageError, type Command } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { backupToFile, BackupError, restoreFromFile } from '../store/backup.js';

const ENV = 'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).';

/** `verbind backup`: every table, one consistent snapshot, readable by either engine. */
export const backupCommand: Command = {
  name: 'backup',
  summary: 'Back up the whole database to one file (works while the server runs)',
  help: [
    'Usage: npx verbind backup --out FILE',
    '',
    'Writes every table of the database (initiatives and their history, submissions, codings, accounts,',
    'sessions, audit log, areas, population, rates, settings) to FILE: gzip-compressed JSON Lines with a',
    'manifest (schema migration, tables, row counts) on the first line. The rows are read in one snapshot,',
    'so a backup taken while Verbind serves is consistent. FILE is replaced only when the backup succeeded.',
    'Restore it with `npx verbind restore FILE`, into the embedded database or PostgreSQL alike.',
    '',
    'Keep FILE safe: it holds personal data and password hashes. Secrets kept outside the database',
    '(your DATABASE_URL password, VERBIND_COOKIE_SECRET when you set one) are not in it.',
    '',
    'Exit codes: 0 written, 1 failed (nothing written), 2 wrong usage.',
    ENV,
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length) throw new UsageError(`Unexpected argument: ${positionals[0]}`);
    if (!values.out) throw new UsageError('Missing --out FILE.');
    const manifest = await withDatabase((database) => backupToFile(database, values.out!));
    const rows = manifest.tables.reduce((s, t) => s + t.rows, 0);
    console.log(`Backed up ${manifest.tables.length} tables, ${rows} rows (${manifest.engine}, schema migration ${manifest.migration.count}) to ${values.out}.`);
    return 0;
  },
};

/** `verbind restore`: loads a backup into an empty database, all or nothing. */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup into an empty database (all or nothing)',
  help: [
    'Usage: npx verbind restore FILE',
    '',
    'Loads a backup made by `npx verbind backup` into the configured database, which must be empty:',
    'a new VERBIND_DATA_DIR folder (or `serve --no-seed` on it), or a new PostgreSQL database. The',
    'schema is created first. Everything is loaded in one transaction: on any problem nothing is',
    'written. A backup of the embedded database restores into PostgreSQL and the other way round.',
    '',
    'Exit codes: 0 restored, 1 refused (not empty, not a backup, damaged, newer schema), 2 wrong usage.',
    ENV,
  ].join('\n'),
  async run(argv) {
    const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError('Give exactly one backup FILE.');
    const file = positionals[0]!;
    if (!existsSync(file)) {
      console.error(`Error: file not found: ${file}`);
      return 1;
    }
    try {
      const r = await withDatabase((database) => restoreFromFile(database, file));
      console.log(`Restored ${r.manifest.tables.length} tables, ${r.rows} rows from ${file} (backed up ${r.manifest.createdAt} from ${r.manifest.engine}).`);
      return 0;
    } catch (e) {
      if (e instanceof BackupError) {
        console.error(`Error: ${e.message}. Nothing was restored.`);
        return 1;
      }
      throw e;
    }
  },
};
