import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { ensureReadable, parseYear, progressPrinter, runImport } from '../../platform/cli/import-helpers.js';
import { importPopulation, NoYearError } from '../store/population.js';

const ENV = 'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).';

const help = [
  'Usage: npx verbind import-population FILE [--year YEAR]',
  '',
  'Imports Statbel population open data for the area monitor. FILE is the zip as downloaded from',
  'statbel.fgov.be (open data) or the text file inside it. Two files are recognised by their columns:',
  '',
  '  TF_SOC_POP_STRUCT_<year>   residents by municipality, sex, nationality, civil status and single',
  '                             year of age: what the estimates are computed from (required)',
  '  OPENDATA_SECTOREN_<year>   residents per statistical sector (totals only): for sector estimates',
  '',
  'Columns are found by name (Statbel renames them between years), never by position.',
  '',
  'Years: the population is that of 1 January of the year in the file name (or --year). Another',
  'year is kept beside the ones already imported; importing the same year again replaces it.',
  '',
  'All or nothing: every line is checked first. Problems are printed with their line, field and',
  'value ("TF_SOC_POP_STRUCT_2025.txt, line 14, field CD_SEX, value "X": expected M or F"),',
  'nothing is written and the exit code is 1.',
  '',
  'Options:',
  '  --year YEAR   the population\'s year (1 January), when the file name does not say',
  '',
  'Progress goes to stderr, the summary to stdout. Exit codes: 0 imported, 1 failed, 2 wrong usage.',
  ENV,
].join('\n');

const fmt = (n: number) => Math.round(n).toLocaleString('en');

export const importPopulationCommand: Command = {
  name: 'import-population',
  summary: 'Import Statbel population data (TF_SOC_POP_STRUCT or OPENDATA_SECTOREN, zip or text)',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { year: { type: 'string' } } });
    if (positionals.length !== 1) throw new UsageError('Give exactly one FILE to import.');
    const file = positionals[0]!;
    const year = parseYear(values.year);
    if (!(await ensureReadable(file))) return 1;
    return runImport(async () => {
      const r = await withDatabase((database) => importPopulation(database.db, file, { year, onProgress: progressPrinter(file) }));
      const what = r.kind === 'composition' ? `${fmt(r.areaCount)} municipalities` : `${fmt(r.areaCount)} statistical sectors`;
      console.log(`Imported ${r.kind === 'composition' ? 'population by age, sex, nationality and civil status' : 'population per statistical sector'} of 1 January ${r.year} from ${r.source}: ${what}, ${fmt(r.total)} residents (${fmt(r.rows)} rows).`);
      if (r.replaced) console.log(`Replaced the earlier import of ${r.year} (${r.replaced.source}, ${r.replaced.importedAt.toISOString()}).`);
      if (r.otherYears.length) console.log(`Kept beside it: ${r.otherYears.join(', ')}.`);
      if (r.agesClamped) console.log(`${fmt(r.agesClamped)} residents older than the last age were counted at it.`);
    }, [NoYearError]);
  },
};
