import { parseArgs } from 'node:util';
import type { Command } from '../../platform/command.js';
import { UsageError } from '../../platform/command.js';
import { withDatabase } from '../../platform/cli/with-database.js';
import { refreshSearchText } from '../../initiatives/store/search-text.js';
import { importBoundaries, YearNeededError } from '../service/import.js';
import { AREA_LEVELS, parseLevel } from '../levels.js';
import { CODE_FIELDS, NAME_NL_FIELDS } from '../service/read-boundaries.js';
import { CRS_LABELS, parseCrs } from '../crs.js';
import { DISPLAY_TOLERANCE } from '../geometry.js';
import { ensureReadable, parseYear, progressPrinter, runImport } from '../../platform/cli/import-helpers.js';

const help = [
  'Usage: npx verbind import-areas FILE --level LEVEL [--code-field F] [--name-field F] [options]',
  '',
  'Imports area boundaries for the monitor\'s maps: GeoJSON, TopoJSON, or a Shapefile (the zip as',
  'downloaded, or the .shp with its .dbf and .prj beside it). Coordinates in WGS84, Belgian Lambert 72',
  '(EPSG:31370) or Belgian Lambert 2008 (EPSG:3812) are recognised — from the .prj, the GeoJSON "crs"',
  'member, or the range of the coordinates — and reprojected to WGS84. Shapes are simplified for',
  'display (below a pixel at map scale) and stored with the areas, their names and, when the file',
  'has them, their parents (e.g. a municipality\'s district, province and region).',
  '',
  `LEVEL: ${AREA_LEVELS.join(', ')} (also: gemeente, eerstelijnszone/elz, gewest, …).`,
  '',
  'The boundaries are valid from the year in the file name (e.g. 2019, 20250101) or --year, until',
  'the areas change: shapes of municipalities that merged in 2025 end in 2024, and the merged',
  'municipality is drawn from its predecessors (dissolved when the file is TopoJSON and the area',
  'hierarchy was imported first).',
  '',
  'All or nothing: a feature without a valid code, with a code seen before, or without a polygon is',
  'reported with its number; nothing is written and the exit code is 1.',
  '',
  'Options:',
  '  --level LEVEL        which areas the file holds (required)',
  '  --code-field F       property holding the area code. Default: the first present of',
  `                       sector: ${CODE_FIELDS.sector.join(', ')};`,
  `                       municipality: ${CODE_FIELDS.municipality.join(', ')};`,
  `                       zone: ${CODE_FIELDS.zone.join(', ')}`,
  '  --name-field F       property holding the (Dutch) name. Default: the first present of e.g.',
  `                       ${NAME_NL_FIELDS.municipality.join(', ')}`,
  '  --name-fr-field F    property holding the French name (default: TX_*_FR, name_fr, …)',
  `  --crs CRS            the file\'s coordinate system when it cannot be recognised: ${Object.keys(CRS_LABELS).join(', ')}`,
  '  --object NAME        the TopoJSON object, or the Shapefile in a zip, when there are several',
  '  --year YEAR          the year the boundaries are valid from, when the file name does not say',
  `  --tolerance DEGREES  display simplification (default ${DISPLAY_TOLERANCE.sector} for sectors, ${DISPLAY_TOLERANCE.municipality} otherwise; 0 keeps every point)`,
  '',
  'Progress goes to stderr, the summary to stdout. Exit codes: 0 imported, 1 failed, 2 wrong usage.',
  'Environment: DATABASE_URL (PostgreSQL server), else VERBIND_DATA_DIR (embedded database, default ./data).',
].join('\n');

export const importAreasCommand: Command = {
  name: 'import-areas',
  summary: 'Import area boundaries (GeoJSON, TopoJSON, zipped Shapefile; WGS84 or Lambert 72/2008)',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        level: { type: 'string' },
        'code-field': { type: 'string' },
        'name-field': { type: 'string' },
        'name-fr-field': { type: 'string' },
        crs: { type: 'string' },
        object: { type: 'string' },
        year: { type: 'string' },
        tolerance: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('Give exactly one FILE to import.');
    if (!values.level) throw new UsageError('--level is required: which areas does the file hold?');
    const level = parseLevel(values.level);
    if (!level) throw new UsageError(`--level must be one of ${AREA_LEVELS.join(', ')}, got "${values.level}".`);
    const crs = values.crs === undefined ? undefined : parseCrs(values.crs);
    if (values.crs !== undefined && !crs) throw new UsageError(`--crs must be one of ${Object.keys(CRS_LABELS).join(', ')}, got "${values.crs}".`);
    const tolerance = values.tolerance === undefined ? undefined : Number(values.tolerance);
    if (tolerance !== undefined && !(tolerance >= 0 && tolerance < 1)) throw new UsageError(`--tolerance must be a number of degrees ≥ 0 and < 1, got "${values.tolerance}".`);
    const file = positionals[0]!;
    const year = parseYear(values.year);
    if (!(await ensureReadable(file))) return 1;
    return runImport(async () => {
      const r = await withDatabase(async (database) => {
        const imported = await importBoundaries(database, file, {
          level,
          codeField: values['code-field'],
          nameField: values['name-field'],
          nameFrField: values['name-fr-field'],
          crs,
          object: values.object,
          year,
          tolerance,
          onProgress: progressPrinter(file),
        });
        // New area names are searchable with the initiatives that serve those areas.
        await refreshSearchText(database.db, { force: true });
        return imported;
      });
      console.log(
        `Imported ${r.areas} ${level} boundaries from ${r.file} (${r.format}, ${CRS_LABELS[r.crs]} — ${r.crsFrom === 'option' ? 'as given' : `recognised from the ${r.crsFrom === 'prj' ? '.prj' : r.crsFrom === 'crs-member' ? 'GeoJSON crs member' : 'coordinates'}`}), valid from ${r.year}.`,
      );
      console.log(`Fields: code ${r.fields.code}, name ${r.fields.nameNl ?? '(none)'}${r.fields.nameFr ? `, French name ${r.fields.nameFr}` : ''}${r.fields.parents.length ? `, parents ${r.fields.parents.map((p) => `${p.level} ${p.field}`).join(', ')}` : ''}.`);
      if (r.repaired.length) {
        console.log(
          `Repaired ${r.repaired.length} self-intersecting boundar${r.repaired.length === 1 ? 'y' : 'ies'} (rebuilt as the area they enclose): ${r.repaired.map((x) => `feature ${x.feature} (${x.code})`).join(', ')}. Check the source file.`,
        );
      }
      if (r.derived.length) console.log(`Drawn for later years from these shapes: ${r.derived.map((d) => `${d.code} (${d.year}) ← ${d.from.join('+')}`).join('; ')}.`);
    }, [YearNeededError]);
  },
};
