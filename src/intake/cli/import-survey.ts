import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { printProblems } from '../../platform/cli/import-helpers.js';
import { surveyMappingSchema } from '../bulk/mapping.js';
import { commitSurveyImport } from '../service/bulk-import.js';
import { readTableOffThread, TableReadError } from '../bulk/read-table.js';

export const importSurveyCommand: Command = {
  name: 'import-survey',
  summary: 'Import a survey export (CSV or XLSX) as submissions for the coders',
  help: [
    'Usage: npx verbind import-survey FILE --mapping MAPPING.json [--source NAME] [--dry-run]',
    '',
    'Reads a survey export (one row per response, one column per question; CSV with , or ; or XLSX),',
    'maps its columns to the study\'s 10 questions with MAPPING.json, checks every row, and creates',
    'one submission per row in the coders\' queue. All or nothing: one bad row and nothing is written.',
    '',
    'MAPPING.json: {"name": "QuestionPro 2024", "columns": {"name": "Q1", "description": "Q3", ...,',
    '  "age_groups": "Q8"  (one cell, options separated by "separator", default ",")',
    '  or "age_groups": {"children": "Q8_1", "youth": "Q8_2", ...}  (one column per option)},',
    '  "values": {"target": {"Iedereen": "everyone"}}  (extra answer wordings, optional)}',
    'Fields: name url description goal location_level location_other municipalities initiator partners',
    '  age_groups target target_other evaluated evaluation contact_name contact_email contact_phone',
    '',
    '--source NAME   the survey round the submissions belong to (default: the file name)',
    '--dry-run       check and show what would be created, write nothing',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { mapping: { type: 'string' }, source: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one FILE.');
    if (!values.mapping) throw new UsageError('--mapping MAPPING.json is required.');
    const mappingParse = surveyMappingSchema.safeParse(JSON.parse(await readFile(values.mapping, 'utf8')));
    if (!mappingParse.success) {
      for (const i of mappingParse.error.issues) console.error(`${values.mapping}: ${i.path.join('.') || '(root)'}: ${i.message}`);
      return 1;
    }
    const bytes = await readFile(file);
    try {
      const table = await readTableOffThread(bytes, basename(file));
      return await withDatabase(async (database) => {
        const result = values['dry-run']
          ? await (await import('../service/bulk-import.js')).previewSurveyImport(database, table, basename(file), mappingParse.data)
          : await commitSurveyImport(database, table, basename(file), mappingParse.data, {
              ...(values.source ? { source: values.source } : {}),
              onProgress: (done, total) => process.stderr.write(`\rImporting ${done}/${total}`),
            });
        if (result.errors.length) {
          // The place in the file first (line, column, value), then the survey question the column answers.
          printProblems(result.errors.map((e) => ({ ...e, message: `question ${e.question}: ${e.message}` })), false, basename(file));
          return 1;
        }
        if (!values['dry-run']) process.stderr.write('\n');
        console.log(values['dry-run'] ? `${result.records.length} submission(s) would be created from ${result.rows} row(s).` : `Created ${result.created} submission(s) from ${basename(file)}.`);
        return 0;
      });
    } catch (e) {
      if (e instanceof TableReadError) {
        console.error(e.message);
        return 1;
      }
      throw e;
    }
  },
};
