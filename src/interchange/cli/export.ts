import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { writeOutput } from '../../platform/cli/output.js';
import { EXPORT_FORMATS, exportInitiatives, type ExportFormat } from '../service/export.js';

const help = [
  'Usage: npx verbind export --format json|csv|hsds [--out FILE] [--all]',
  '',
  'Exports initiatives. Without --out the export goes to stdout.',
  '',
  'Formats:',
  '  json   the interchange format (docs/interchange.md): an array, keys in the documented order',
  '  csv    the interchange format as CSV: header of field names, lists joined with |, true/false',
  '  hsds   Open Referral HSDS 3.0 as one JSON object {services, organizations, locations,',
  '         service_at_locations, taxonomies, taxonomy_terms, attributes}; the matrix is the taxonomy',
  '',
  'json and csv read back with `npx verbind import` unchanged (a round trip changes nothing).',
  '',
  'Options:',
  '  --format F   json (default), csv or hsds',
  '  --out FILE   write to FILE (replaced only when the export succeeded)',
  '  --all        include drafts and archived initiatives (for backups); default: published only.',
  '               The format has no status field: importing such a file into an empty bank makes',
  '               every initiative published (use `import --status draft` to review them first).',
  '',
  'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
].join('\n');

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export initiatives as JSON, CSV or HSDS 3.0',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'json' }, out: { type: 'string' }, all: { type: 'boolean' } },
    });
    if (positionals.length) throw new UsageError(`Unexpected argument: ${positionals[0]}`);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);

    const { content, count } = await withDatabase((database) => exportInitiatives(database, format, { all: values.all ?? false }));
    await writeOutput(content, values.out);
    if (values.out) console.error(`Exported ${count} ${count === 1 ? 'initiative' : 'initiatives'} (${format}) to ${values.out}.`);
    return 0;
  },
};
