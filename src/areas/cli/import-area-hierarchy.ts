import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { refreshSearchText } from '../../initiatives/store/search-text.js';
import { importAreaHierarchy, YearNeededError } from '../service/import.js';
import { HIERARCHY_COLUMNS } from '../read-hierarchy.js';
import { ensureReadable, parseYear, progressPrinter, runImport } from '../../platform/cli/import-helpers.js';

const help = [
  'Usage: npx verbind import-area-hierarchy FILE [--year YEAR]',
  '',
  'Imports which area lies in which: statistical sector → municipality → care zone → region (and',
  'municipality → district → province → region). Two kinds of file are recognised:',
  '',
  '  A hierarchy CSV (comma, semicolon, tab or pipe separated), columns found by name, e.g. the',
  '  Flemish primary-care zones (elz_code, elz_naam, nis, gemeente_naam) or the statistical-sector',
  '  table of Provincie Antwerpen (statsec, statsec_naam, gemeente, gemeente_naam, elz, elz_naam,',
  '  gewest, …). Column names looked for, per level:',
  ...Object.entries(HIERARCHY_COLUMNS).map(([l, c]) => `    ${l.padEnd(12)} code ${c.code.join('/')}; name ${c.nameNl.join('/')}`),
  '  The hierarchy is valid from the year in the file name or --year. When sectors are listed, a',
  '  sector whose code starts with another municipality\'s NIS code than the one it lies in shows a',
  '  merger (e.g. Beveren 46003, Kruibeke 46013, Zwijndrecht 11056 → Beveren-Kruibeke-Zwijndrecht',
  '  46030 in 2025): the old municipalities end the year before, and figures of earlier years are',
  '  shown on the new municipalities.',
  '',
  '  Statbel\'s REFNIS code list (TU_COM_REFNIS: LVL_REFNIS|CD_REFNIS|CD_SUP_REFNIS|…|DT_VLDT_START|',
  '  DT_VLDT_END): regions, provinces, districts and municipalities with official Dutch and French',
  '  names and their validity dates.',
  '',
  'Re-importing a newer year keeps the older one: links that changed end the year before.',
  'All or nothing: every problem is printed with its line (e.g. a bad NIS code, or a municipality',
  'placed in two zones); nothing is written and the exit code is 1.',
  '',
  'Options:',
  '  --year YEAR   the year the hierarchy is valid from, when the file name does not say',
  '',
  'Progress goes to stderr, the summary to stdout. Exit codes: 0 imported, 1 failed, 2 wrong usage.',
  'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
].join('\n');

export const importAreaHierarchyCommand: Command = {
  name: 'import-area-hierarchy',
  summary: 'Import an area hierarchy CSV (sector → municipality → care zone → region) or the REFNIS list',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { year: { type: 'string' } } });
    if (positionals.length !== 1) throw new UsageError('Give exactly one FILE to import.');
    const file = positionals[0]!;
    const year = parseYear(values.year);
    if (!(await ensureReadable(file))) return 1;
    return runImport(async () => {
      const r = await withDatabase(async (database) => {
        const imported = await importAreaHierarchy(database, file, { year, onProgress: progressPrinter(file) });
        // New area names (e.g. REFNIS's French names) are searchable with the initiatives that serve those areas.
        await refreshSearchText(database.db, { force: true });
        return imported;
      });
      const counts = Object.entries(r.areas).map(([l, n]) => `${n} ${l}`).join(', ');
      if (r.kind === 'code-list') console.log(`Imported the code list ${r.file}: ${r.rows} codes (${counts}) with their validity.`);
      else console.log(`Imported the hierarchy ${r.file}, valid from ${r.year}: ${r.rows} rows, ${counts}; ${r.links} links.`);
      if (r.successions.length) {
        console.log(`Code changes found (old → new): ${r.successions.map((s) => `${s.predecessorCode} → ${s.successorCode}`).join(', ')}.`);
      }
      for (const n of r.notes) console.log(`Note: ${n}.`);
    }, [YearNeededError]);
  },
};
