import { noteText } from '../../monitor/notes.js';
import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { AREA_LEVELS, parseLevel } from '../../areas/levels.js';
import { INDICATOR_IDS, INDICATOR_NAME_RULE, indicatorLabel, isIndicatorName, RateModelError, type IndicatorId } from '../rates.js';
import { DEFAULT_MODEL_TABLE_IDS, DEFAULT_TABLES } from '../default-rates.js';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../estimate.js';
import { estimateCsv, estimateRecords } from '../service/estimate-records.js';
import { modelFromCsvFile, modelFromTables, UnknownRateTableError } from '../store/rates.js';
import { estimateMonitor, EstimateRequestError, NoPopulationError, type MonitorEstimate } from '../service/estimate.js';
import { ensureReadable, parseYear } from '../../platform/cli/import-helpers.js';

const help = [
  'Usage: npx verbind estimate --level sector|municipality|zone|region [--indicator NAME] [--rates FILE] --format json|csv',
  '',
  'Estimates how many residents of each area feel lonely or are socially isolated, by applying the',
  'rates of a prevalence model to the area\'s population by age, sex, nationality and civil status',
  '(indirect standardisation; see the monitor\'s method page). An estimate, not a measurement.',
  '',
  'Output (stdout), one record per area of the level, by code:',
  '  json  an array of {"code", "name", "level", "population", "suppression", "<indicator>": {"count",',
  '        "percent", "low", "high", "status", "notCovered"}, …}. count/low/high are expected numbers',
  '        of residents (1 decimal), percent is among the residents the rates cover (2 decimals);',
  '        low–high is the range from the rates\' bounds. status: estimated, suppressed, not-covered',
  '        (no rate applies to anyone there), no-population.',
  '  csv   the same as columns: code,name,level,population,suppressed,suppression_reason, then per',
  '        indicator <indicator>_count,_percent,_low,_high.',
  `Privacy: areas with fewer than ${DEFAULT_SUPPRESSION_THRESHOLD} residents (--threshold) get no figures ("suppression" says why);`,
  'when one area among its siblings is suppressed, the smallest other one is too, so the hidden',
  'figures cannot be found by subtraction. The threshold is printed on stderr.',
  '',
  'Options:',
  `  --level LEVEL       ${AREA_LEVELS.join(', ')} (required)`,
  '  --indicator NAME    one or more indicators, comma-separated (default: all the model has); built in:',
  ...wrap(INDICATOR_IDS.join(', '), 21),
  '                      or an indicator of your own imported with import-rates (without --model/--rates,',
  '                      the default model includes the own indicators of every imported table)',
  '  --rates FILE        use the rates in this CSV (import-rates format) instead of the default model',
  `  --model IDS         use these rate tables (built-in or imported), comma-separated; default: ${DEFAULT_MODEL_TABLE_IDS.join(',')}`,
  `                      built in: ${DEFAULT_TABLES.map((t) => t.id).join(', ')}`,
  '  --format F          json (default) or csv',
  '  --year YEAR         population of 1 January YEAR (default: the latest imported)',
  '  --areas-year YEAR   report on the areas (codes) of YEAR (default: the latest the area data knows, e.g.',
  '                      2024 figures on the 2025 municipalities, merged predecessors added up)',
  `  --threshold N       minimum residents for an area's figures (default ${DEFAULT_SUPPRESSION_THRESHOLD})`,
  '  --lang nl|fr        language of area names (default nl)',
  '',
  'Notes about the data used (years, sources, merged municipalities) go to stderr.',
  'Exit codes: 0 done, 1 failed (e.g. no population imported: the message says what to download and',
  'how to import it), 2 wrong usage.',
  'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
].join('\n');

function wrap(text: string, indent: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if ((line + ' ' + w).length > 100 - indent) {
      out.push(' '.repeat(indent) + line.trim());
      line = '';
    }
    line += ` ${w}`;
  }
  if (line.trim()) out.push(' '.repeat(indent) + line.trim());
  return out;
}

export const estimateCommand: Command = {
  name: 'estimate',
  summary: 'Estimate loneliness and isolation per area (JSON or CSV)',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        level: { type: 'string' },
        indicator: { type: 'string' },
        rates: { type: 'string' },
        model: { type: 'string' },
        format: { type: 'string', default: 'json' },
        year: { type: 'string' },
        'areas-year': { type: 'string' },
        threshold: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
      },
    });
    if (positionals.length) throw new UsageError(`Unexpected argument: ${positionals[0]}`);
    if (!values.level) throw new UsageError('--level is required.');
    const level = parseLevel(values.level);
    if (!level) throw new UsageError(`--level must be one of ${AREA_LEVELS.join(', ')}, got "${values.level}".`);
    if (values.format !== 'json' && values.format !== 'csv') throw new UsageError(`--format must be json or csv, got "${values.format}".`);
    if (values.lang !== 'nl' && values.lang !== 'fr') throw new UsageError(`--lang must be nl or fr, got "${values.lang}".`);
    let indicators: IndicatorId[] | undefined;
    if (values.indicator !== undefined) {
      const list = values.indicator.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = list.filter((i) => !isIndicatorName(i));
      if (bad.length || !list.length) throw new UsageError(`--indicator ${bad.join(', ') || '(empty)'}: ${INDICATOR_NAME_RULE}; built in: ${INDICATOR_IDS.join(', ')}.`);
      indicators = list as IndicatorId[];
    }
    if (values.rates !== undefined && values.model !== undefined) throw new UsageError('Give --rates FILE or --model IDS, not both.');
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
    if (threshold !== undefined && !(Number.isFinite(threshold) && threshold >= 0)) throw new UsageError(`--threshold must be a number ≥ 0, got "${values.threshold}".`);
    const year = parseYear(values.year);
    const areasYear = parseYear(values['areas-year'], '--areas-year');
    if (values.rates !== undefined && !(await ensureReadable(values.rates))) return 1;

    try {
      const result = await withDatabase(async (database) => {
        const model = values.rates !== undefined ? await modelFromCsvFile(values.rates) : await modelFromTables(database.db, values.model?.split(',').map((s) => s.trim()).filter(Boolean));
        return estimateMonitor(database.db, { level, indicators, model, year, areasYear, threshold, lang: values.lang as 'nl' | 'fr' });
      });
      const ind = result.indicators.map((i) => `${i} (${indicatorLabel(i, 'en', result.model)})`).join(', ');
      console.error(`Population of 1 January ${result.populationYear} (${result.sources.population}) on the areas of ${result.areasYear}; ${result.areas.length} ${level} areas.`);
      console.error(`Model: ${result.model.tables.map((t) => t.id).join(', ') || 'rates from file'}; indicators: ${ind}.`);
      console.error(`Areas with fewer than ${result.threshold} residents are suppressed (${result.areas.filter((a) => a.suppression).length} here).`);
      for (const n of result.notes) console.error(`Note: ${noteText(n, 'en')}`);
      const out = values.format === 'csv' ? estimateCsv(result) : `${JSON.stringify(estimateRecords(result), null, 2)}\n`;
      await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
      return 0;
    } catch (e) {
      if (e instanceof NoPopulationError || e instanceof EstimateRequestError || e instanceof UnknownRateTableError) {
        console.error(`Error: ${e.message}`);
        return 1;
      }
      if (e instanceof RateModelError) {
        console.error(`Error: ${e.message}`);
        return 1;
      }
      throw e;
    }
  },
};
