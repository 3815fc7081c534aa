import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { INDICATOR_IDS, locatedRateIssue, RateModelError, RatesCsvError } from '../rates.js';
import { importRates } from '../store/rates.js';
import { DEFAULT_TABLES } from '../default-rates.js';
import { ensureReadable, printProblems } from '../../platform/cli/import-helpers.js';

const help = [
  'Usage: npx verbind import-rates FILE [--id ID] [--title TITLE]',
  '',
  'Imports a prevalence rate table for the area monitor\'s estimates, stored with its source. The',
  'cited default tables are built in and always available; an imported table is used with',
  '`estimate --model ID` (alone, or with built-in tables: --model ID,statbel-2024).',
  '',
  'CSV (comma or semicolon separated, UTF-8), one rate per row:',
  '  indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,source[,label_nl,label_fr,label_en]',
  'An empty cell means "all" (ages: open-ended). sex M/F; civil_status a Statbel code (1 never',
  'married, 2 married, 3 widowed, 4 divorced); nationality BEL/ETR; rate, low and high as',
  'proportions (0.091) or percentages (9.1%); low and high both or neither; source is required.',
  `Indicators built in: ${INDICATOR_IDS.join(', ')}.`,
  'An indicator of your own (e.g. a local survey\'s measure) takes a new name of lower-case letters,',
  'digits and underscores (local_survey_lonely); the optional columns label_nl, label_fr, label_en give',
  'its labels on the monitor page (one label per language for all its rows; empty cells are fine after',
  'the first). Its source column is cited wherever its figures are shown. Once imported, it appears on',
  'the monitor page and in `estimate --indicator NAME` and the API without naming the table.',
  'For a person, the rule for the narrowest group applies; overlapping rules where neither group',
  'lies inside the other, and duplicates, are refused.',
  '',
  'All or nothing: every problem is printed with its line, field and value; nothing is stored and',
  'the exit code is 1.',
  '',
  'Options:',
  '  --id ID        the table\'s id (default: from the file name, e.g. my-rates.csv → my-rates);',
  '                 importing the same id again replaces the table',
  '  --title TITLE  a title to show (default: the file name)',
  '',
  `Built-in tables: ${DEFAULT_TABLES.map((t) => t.id).join(', ')}.`,
  'Exit codes: 0 imported, 1 failed, 2 wrong usage.',
  'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
].join('\n');

export const importRatesCommand: Command = {
  name: 'import-rates',
  summary: 'Import a prevalence rate table (CSV) for the area monitor',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { id: { type: 'string' }, title: { type: 'string' } } });
    if (positionals.length !== 1) throw new UsageError('Give exactly one FILE to import.');
    const file = positionals[0]!;
    if (values.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(values.id)) throw new UsageError('--id may hold lower-case letters, digits and hyphens.');
    if (!(await ensureReadable(file))) return 1;
    try {
      const r = await withDatabase((database) => importRates(database.db, file, { id: values.id, title: values.title }));
      console.log(`Imported rate table "${r.id}" from ${r.source}: ${r.rules} rates for ${r.indicators.join(', ')}${r.replaced ? ' (replaced the earlier table with this id)' : ''}.`);
      console.log(`Use it with: npx verbind estimate --level municipality --model ${r.id}`);
      return 0;
    } catch (e) {
      if (e instanceof RateModelError) {
        const f = e instanceof RatesCsvError ? (e.file ?? file) : file;
        printProblems(e.issues.map(locatedRateIssue), false, f);
        return 1;
      }
      throw e;
    }
  },
};
