import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { importInitiatives } from '../service/import.js';
import { parseInterchange } from '../parse.js';
import { ImportError } from '../../platform/located-problem.js';
import { printProblems } from '../../platform/cli/import-helpers.js';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../db/schema.js';

const help = [
  'Usage: npx verbind import FILE [--source NAME] [--status draft|published] [--dry-run]',
  '',
  'Imports initiatives from FILE in the interchange format (docs/interchange.md): JSON (an array, or',
  '{"initiatives": [...]}) or CSV (comma or semicolon separated, UTF-8). The format is detected from',
  'the content. Initiatives are matched by id: new ids are added, known ids updated, identical ones',
  'left alone, so importing the same file twice changes nothing.',
  '',
  'All or nothing: every row is checked first. If any row has a problem, each one is printed with its',
  'place ("file.csv, line 14, field elements: unknown code \'meetng\'"), nothing is written, and the',
  'exit code is 1.',
  '',
  'Options:',
  '  --source NAME   record NAME as the source of every imported initiative (default: each record\'s',
  '                  own "source", else the file name)',
  '  --status S      status of initiatives new to the bank: published (default) or draft',
  '  --dry-run       check the file and report problems, write nothing',
  '',
  'Progress goes to stderr, the summary to stdout.',
  'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
].join('\n');

export const importCommand: Command = {
  name: 'import',
  summary: 'Import initiatives from a JSON or CSV file (all or nothing)',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { source: { type: 'string' }, status: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
    if (positionals.length !== 1) throw new UsageError('Give exactly one FILE to import.');
    const file = positionals[0]!;
    const source = values.source?.trim();
    if (values.source !== undefined && !source) throw new UsageError('--source needs a name.');
    const status = values.status as InitiativeStatus | undefined;
    if (status !== undefined && (!INITIATIVE_STATUSES.includes(status) || status === 'archived')) {
      throw new UsageError('--status must be published or draft.');
    }

    let content: Buffer;
    try {
      content = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      console.error(code === 'ENOENT' ? `Error: file not found: ${file}` : `Error: cannot read ${file}: ${(e as Error).message}`);
      return 1;
    }

    if (values['dry-run']) {
      const { initiatives, errors } = parseInterchange(file, content);
      if (errors.length) {
        printProblems(errors);
        return 1;
      }
      console.log(`${file}: ${initiatives.length} initiatives, no problems found (dry run: nothing written).`);
      return 0;
    }

    try {
      const result = await withDatabase((database) =>
        importInitiatives(database, file, content, {
          actor: { id: null, label: 'command line import' },
          ...(source ? { source } : {}),
          ...(status ? { status } : {}),
          onProgress: (done, total) => {
            // Only worth showing when the import takes more than one batch.
            if (total > 500) console.error(`Importing ${done}/${total}`);
          },
        }),
      );
      console.log(`Imported ${file}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
      return 0;
    } catch (e) {
      if (e instanceof ImportError) {
        printProblems(e.problems, e.truncated, e.file);
        return 1;
      }
      throw e;
    }
  },
};
