import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { writeOutput } from '../../platform/cli/output.js';
import { AXIS_NAMES } from '../../vocabulary/matrix.js';
import { landscapeQuerySchema, crossTabsOf, selectionOf } from '../selection.js';
import { computeLandscape } from '../service/index.js';
import { buildReport, landscapePath } from '../service/report.js';
import { reportCsv, reportXlsx } from '../export-tables.js';
import { standaloneReport } from '../web/standalone.js';
import { htmlToPdf, ChromiumUnavailableError } from '../../platform/chromium.js';

const FORMATS = ['json', 'csv', 'xlsx', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const FILTER_KEYS = [...AXIS_NAMES, 'source', 'area', 'social_isolation', 'registered_from', 'registered_to'] as const;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const help = [
  'Usage: npx verbind report [--filter AXIS=CODE[,CODE]]... [--filter source=NAME] [--crosstab ROW,COL]...',
  '                          --format json|csv|xlsx|html|pdf [--out FILE] [--lang nl|fr|en]',
  '',
  'The landscape and gap analysis of the published initiatives (the page /{lang}/landscape):',
  'per matrix axis each code with its count and percent of N; elements per initiative; which element',
  'single-element initiatives use; the most used elements among those with two or more; the cross-tabs',
  'asked for, with column percentages, Pearson chi-square (no continuity correction), df, p, Cramer\'s V',
  'and Fisher\'s exact test where chi-square is not meaningful; the gap findings of the study\'s part 3.',
  '',
  'Options:',
  '  --filter KEY=VALUE   repeatable; within a key the codes are alternatives (OR), keys combine (AND):',
  '                       AXIS=CODE[,CODE]  AXIS one of:',
  ...wrap(AXIS_NAMES.join(', '), 72).map((l) => `                         ${l}`),
  '                       (codes: GET /api/v1/vocabulary, or the matrix pages /{lang}/matrix)',
  '                       source=NAME       the survey round or import the initiatives came from',
  '                       area=CODE[,CODE]  municipality NIS codes, or a care zone, province or region',
  '                       social_isolation=true|false',
  '                       registered_from=YYYY-MM-DD, registered_to=YYYY-MM-DD (inclusive, Belgian time)',
  '  --crosstab ROW,COL   repeatable; ROW and COL are an axis name (every code), axis:code (has it or not)',
  '                       or social_isolation, e.g. --crosstab elements:meeting,age_groups:older',
  '  --format F           json   the JSON report (as GET /api/v1/landscape): per axis each code\'s count',
  '                              and percent, per cross-tab its table, chi2, df, p (null where not meaningful)',
  '                       csv    every figure as one row: section,table,row,column,count,of,percent,value,label,note',
  '                       xlsx   one sheet per table',
  '                       html   the landscape page as one self-contained file (charts and tables)',
  '                       pdf    that page printed by Chromium (/usr/bin/chromium or VERBIND_CHROMIUM)',
  '  --out FILE           write to FILE (replaced only when the report succeeded); default stdout',
  '  --lang L             language of labels and texts: nl, fr or en (default en); figures do not change',
  '',
  'Example (the study\'s table 6):',
  '  npx verbind report --crosstab elements:meeting,age_groups:older --format json --out landscape.json',
  '',
  'Exit codes: 0 written, 1 failed (e.g. no Chromium for pdf), 2 wrong usage (unknown axis, code or format).',
  'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
].join('\n');

/** --filter values to query parameters: the same names and validation as the page and the API. */
function filtersToQuery(filters: readonly string[], crosstabs: readonly string[]): Record<string, unknown> {
  const q: Record<string, string[]> = {};
  for (const f of filters) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new UsageError(`--filter ${f}: expected KEY=VALUE, e.g. elements=meeting or source=NAME.`);
    const key = f.slice(0, eq).trim();
    const value = f.slice(eq + 1).trim();
    if (!(FILTER_KEYS as readonly string[]).includes(key)) throw new UsageError(`--filter ${f}: unknown filter "${key}". Use one of: ${FILTER_KEYS.join(', ')}.`);
    if (!value) throw new UsageError(`--filter ${f}: no value.`);
    (q[key] ??= []).push(value);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    // A source name may contain commas: it is taken whole; the last one given wins.
    if (k === 'source' || k === 'social_isolation' || k === 'registered_from' || k === 'registered_to') out[k] = v[v.length - 1];
    else out[k] = v.join(',');
  }
  if (crosstabs.length) out.crosstab = [...crosstabs];
  return out;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Landscape and gap analysis as JSON, CSV, XLSX, HTML or PDF',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        filter: { type: 'string', multiple: true },
        crosstab: { type: 'string', multiple: true },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string', default: 'en' },
      },
    });
    if (positionals.length) throw new UsageError(`Unexpected argument: ${positionals[0]}`);
    if (!values.format) throw new UsageError(`--format is required: one of ${FORMATS.join(', ')}.`);
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const lang = values.lang as 'nl' | 'fr' | 'en';
    if (!['nl', 'fr', 'en'].includes(lang)) throw new UsageError('--lang must be nl, fr or en.');
    if ((format === 'xlsx' || format === 'pdf') && !values.out && process.stdout.isTTY) throw new UsageError(`${format} is binary: give --out FILE or redirect stdout to a file.`);

    const parsed = landscapeQuerySchema.safeParse(filtersToQuery(values.filter ?? [], values.crosstab ?? []));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') === 'crosstab' || String(i.path[0]) === 'crosstab' ? '--crosstab' : `--filter ${String(i.path[0])}`}: ${i.message}`);
      throw new UsageError(`Invalid selection:\n${problems.join('\n')}`);
    }
    const query = parsed.data;

    const { content, n } = await withDatabase(async (database) => {
      const l = await computeLandscape(database, selectionOf(query), crossTabsOf(query));
      const share = landscapePath(l, lang);
      let body: string | Buffer;
      if (format === 'json') body = `${JSON.stringify(buildReport(l, lang), null, 2)}\n`;
      else if (format === 'csv') body = reportCsv(buildReport(l, lang));
      else if (format === 'xlsx') body = await reportXlsx(buildReport(l, lang));
      else {
        const html = await standaloneReport(database, l, lang, process.env.VERBIND_PUBLIC_URL ? new URL(share, process.env.VERBIND_PUBLIC_URL).toString() : share);
        body = format === 'html' ? html : await htmlToPdf(html, { footer: `Verbind · ${l.generatedAt.slice(0, 10)}` });
      }
      return { content: body, n: l.n };
    }).catch((e: unknown) => {
      if (e instanceof ChromiumUnavailableError) throw new Error(`${e.message} PDF reports need it; the other formats (json, csv, xlsx, html) work without it.`);
      throw e;
    });

    await writeOutput(content, values.out);
    if (values.out) console.error(`Wrote the landscape of ${n} ${n === 1 ? 'initiative' : 'initiatives'} (${format}) to ${values.out}.`);
    return 0;
  },
};
