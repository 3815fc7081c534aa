/**
 * Readers for Statbel's population open data:
 *  - TF_SOC_POP_STRUCT_<year>: one row per municipality × sex × nationality × civil status ×
 *    single year of age (zero rows omitted), pipe-separated, UTF-8 with BOM, ~600k rows;
 *  - OPENDATA_SECTOREN_<year>: statistical-sector totals (no age or sex).
 * Either file may be given as the zip as downloaded (one text file inside) or as the text file.
 *
 * Columns are found BY NAME (case-insensitive), never by position, because Statbel renames them
 * between years (e.g. CD_REFNIS / CD_MUNTY_REFNIS). Rows are aggregated while streaming into one
 * compact typed-array composition per municipality.
 */
import { NATIONALITIES, SEXES, cellIndex, makeLayout, DEFAULT_MAX_AGE, type Composition } from '../composition.js';
import type { MunicipalityPopulation, NamedCode, PopulationData, SectorPopulation, SectorPopulationData } from '../population-data.js';
import { forEachLine, openTextSource } from './text-source.js';
import { ImportError, type LocatedProblem } from '../../platform/located-problem.js';

/** A population file with problems: the shared located ImportError, named for its reader. */
export class PopulationFileError extends ImportError {
  override name = 'PopulationFileError';
}

interface ColumnSpec {
  field: string;
  what: string;
  names: string[];
  /** Accept any header starting with one of these, when no exact name is present. */
  prefixes?: string[];
  required: boolean;
}

export const POPULATION_COLUMNS: readonly ColumnSpec[] = [
  { field: 'municipality', what: 'municipality NIS code', names: ['CD_REFNIS', 'CD_MUNTY_REFNIS', 'CD_REFNIS_MUNTY', 'CD_MUNTY'], required: true },
  { field: 'municipalityNl', what: 'municipality name (nl)', names: ['TX_DESCR_NL', 'TX_MUNTY_DESCR_NL', 'TX_REFNIS_NL', 'TX_MUNTY_NL'], required: false },
  { field: 'municipalityFr', what: 'municipality name (fr)', names: ['TX_DESCR_FR', 'TX_MUNTY_DESCR_FR', 'TX_REFNIS_FR', 'TX_MUNTY_FR'], required: false },
  { field: 'district', what: 'district (arrondissement) NIS code', names: ['CD_DSTR_REFNIS', 'CD_ARR_REFNIS', 'CD_DSTR'], required: false },
  { field: 'districtNl', what: 'district name (nl)', names: ['TX_ADM_DSTR_DESCR_NL', 'TX_DSTR_DESCR_NL', 'TX_ARR_DESCR_NL'], required: false },
  { field: 'districtFr', what: 'district name (fr)', names: ['TX_ADM_DSTR_DESCR_FR', 'TX_DSTR_DESCR_FR', 'TX_ARR_DESCR_FR'], required: false },
  { field: 'province', what: 'province NIS code', names: ['CD_PROV_REFNIS', 'CD_PROV'], required: false },
  { field: 'provinceNl', what: 'province name (nl)', names: ['TX_PROV_DESCR_NL'], required: false },
  { field: 'provinceFr', what: 'province name (fr)', names: ['TX_PROV_DESCR_FR'], required: false },
  { field: 'region', what: 'region NIS code', names: ['CD_RGN_REFNIS', 'CD_RGN'], required: false },
  { field: 'regionNl', what: 'region name (nl)', names: ['TX_RGN_DESCR_NL'], required: false },
  { field: 'regionFr', what: 'region name (fr)', names: ['TX_RGN_DESCR_FR'], required: false },
  { field: 'sex', what: 'sex', names: ['CD_SEX', 'CD_GENDER'], required: true },
  { field: 'nationality', what: 'nationality group (BEL/ETR)', names: ['CD_NATLTY', 'CD_NATIONALITY'], prefixes: ['CD_NATLTY'], required: true },
  { field: 'civilStatus', what: 'civil status code', names: ['CD_CIV_STS', 'CD_CIV_STATUS', 'CD_CIVIL_STATUS'], prefixes: ['CD_CIV'], required: true },
  { field: 'civilStatusNl', what: 'civil status label (nl)', names: ['TX_CIV_STS_NL', 'TX_CIV_STATUS_NL'], required: false },
  { field: 'civilStatusFr', what: 'civil status label (fr)', names: ['TX_CIV_STS_FR', 'TX_CIV_STATUS_FR'], required: false },
  { field: 'age', what: 'age in years', names: ['CD_AGE', 'CD_AGE_YEARS', 'MS_AGE'], required: true },
  { field: 'population', what: 'number of residents', names: ['MS_POPULATION', 'MS_POP', 'POPULATION', 'MS_POPULATION_NB'], prefixes: ['MS_POP'], required: true },
];

export const SECTOR_COLUMNS: readonly ColumnSpec[] = [
  { field: 'municipality', what: 'municipality NIS code', names: ['CD_REFNIS', 'CD_MUNTY_REFNIS', 'CD_REFNIS_MUNTY'], required: true },
  { field: 'sector', what: 'statistical sector code', names: ['CD_SECTOR', 'CD_SECTOR_CODE', 'CD_STAT_SECTOR', 'CD_REFNIS_SECTOR'], required: true },
  { field: 'total', what: 'number of residents', names: ['TOTAL', 'MS_POPULATION', 'MS_POP', 'POPULATION', 'TOTAAL', 'MS_TOTAL'], required: true },
  { field: 'sectorNl', what: 'sector name (nl)', names: ['TX_DESCR_SECTOR_NL', 'TX_SECTOR_DESCR_NL', 'TX_SECTOR_NL'], required: false },
  { field: 'sectorFr', what: 'sector name (fr)', names: ['TX_DESCR_SECTOR_FR', 'TX_SECTOR_DESCR_FR', 'TX_SECTOR_FR'], required: false },
  { field: 'municipalityNl', what: 'municipality name (nl)', names: ['TX_DESCR_NL', 'TX_MUNTY_DESCR_NL'], required: false },
  { field: 'municipalityFr', what: 'municipality name (fr)', names: ['TX_DESCR_FR', 'TX_MUNTY_DESCR_FR'], required: false },
];

/** Finds each field's column index by name. Throws a located error naming the synonyms looked for. */
function findColumns(headerLine: string, specs: readonly ColumnSpec[], file: string): { index: Map<string, number>; names: Record<string, string>; width: number } {
  const header = headerLine.split('|').map((h) => h.trim());
  const upper = header.map((h) => h.toUpperCase());
  const index = new Map<string, number>();
  const names: Record<string, string> = {};
  const taken = new Set<number>();
  const issues: LocatedProblem[] = [];
  for (const spec of specs) {
    let i = -1;
    for (const n of spec.names) {
      i = upper.indexOf(n);
      if (i >= 0) break;
    }
    if (i < 0 && spec.prefixes) i = upper.findIndex((h, k) => !taken.has(k) && spec.prefixes!.some((p) => h.startsWith(p)));
    if (i >= 0) {
      index.set(spec.field, i);
      names[spec.field] = header[i]!;
      taken.add(i);
    } else if (spec.required) {
      issues.push({
        line: 1,
        message:
          `no column for the ${spec.what}: looked for ${spec.names.join(', ')}${spec.prefixes ? ` or a name starting with ${spec.prefixes.join(', ')}` : ''}; ` +
          `the header has ${header.join(', ')}`,
      });
    }
  }
  if (issues.length) throw new PopulationFileError(file, issues);
  return { index, names, width: header.length };
}

export interface ReadOptions {
  /** Stop after this many bad lines (default 20). */
  maxErrors?: number;
  /** Name used in messages (default: the file name). */
  label?: string;
  maxAge?: number;
}

/** Reads TF_SOC_POP_STRUCT from a path or bytes (zip as downloaded, or the text file). */
export async function readPopulationFile(input: string | Uint8Array, opts: ReadOptions = {}): Promise<PopulationData> {
  const src = await openTextSource(input, opts.label);
  return parsePopulation(src.chunks, { ...opts, label: src.name });
}

/** Parses TF_SOC_POP_STRUCT text given as chunks (any split) or one string. */
export async function parsePopulation(text: string | AsyncIterable<string> | Iterable<string>, opts: ReadOptions = {}): Promise<PopulationData> {
  const file = opts.label ?? 'population file';
  const maxErrors = opts.maxErrors ?? 20;
  const maxAge = opts.maxAge ?? DEFAULT_MAX_AGE;
  // Civil-status codes get indices as they appear, Statbel's 1–4 first; at most CIV_CAP codes.
  const CIV_CAP = 8;
  const civIndex = new Map<string, number>(['1', '2', '3', '4'].map((c, i) => [c, i]));
  const civLabels = new Map<string, { nl: string | null; fr: string | null }>();
  const capLayout = makeLayout(Array.from({ length: CIV_CAP }, (_, i) => `#${i}`), maxAge);
  const cells = (maxAge + 1) * SEXES.length * NATIONALITIES.length * CIV_CAP;

  interface Acc {
    m: Omit<MunicipalityPopulation, 'composition'>;
    counts: Float64Array;
    /** Line of the row that filled each cell (0: none yet), to refuse a second row for the same cell. */
    lines: Int32Array;
  }
  // Rows older than maxAge share a cell, so their duplicates are found by their own age.
  const oldLines = new Map<string, number>();
  const munis = new Map<string, Acc>();
  const issues: LocatedProblem[] = [];
  let cols: ReturnType<typeof findColumns> | undefined;
  let rows = 0;
  let total = 0;
  let agesClamped = 0;
  let truncated = false;
  let ix = { mun: 0, sex: 0, nat: 0, civ: 0, age: 0, pop: 0 };
  const opt = (f: string) => cols?.index.get(f) ?? -1;
  let optIx = { munNl: -1, munFr: -1, dst: -1, dstNl: -1, dstFr: -1, prv: -1, prvNl: -1, prvFr: -1, rgn: -1, rgnNl: -1, rgnFr: -1, civNl: -1, civFr: -1 };
  // sep[i] is the position of the separator before field i (sep[0] = -1), sep[width] = line end.
  let sep = new Int32Array(64);
  const fieldGetter = (line: string) => (i: number) => line.slice(sep[i]! + 1, sep[i + 1]!);
  type Field = (i: number) => string;
  const val = (f: Field, i: number) => (i >= 0 ? f(i).trim() || null : null);
  const named = (f: Field, c: number, nl: number, fr: number): NamedCode | null => {
    const code = val(f, c);
    return code ? { code, nameNl: val(f, nl), nameFr: val(f, fr) } : null;
  };

  const chunks = typeof text === 'string' ? [text] : text;
  await forEachLine(chunks, (line, n) => {
    if (n === 1) {
      cols = findColumns(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, POPULATION_COLUMNS, file);
      sep = new Int32Array(cols.width + 1);
      sep[0] = -1;
      const g = (k: string) => cols!.index.get(k)!;
      ix = { mun: g('municipality'), sex: g('sex'), nat: g('nationality'), civ: g('civilStatus'), age: g('age'), pop: g('population') };
      optIx = {
        munNl: opt('municipalityNl'), munFr: opt('municipalityFr'), dst: opt('district'), dstNl: opt('districtNl'), dstFr: opt('districtFr'),
        prv: opt('province'), prvNl: opt('provinceNl'), prvFr: opt('provinceFr'), rgn: opt('region'), rgnNl: opt('regionNl'), rgnFr: opt('regionFr'),
        civNl: opt('civilStatusNl'), civFr: opt('civilStatusFr'),
      };
      return;
    }
    if (line === '' || line.trim() === '') return;
    rows++;
    // Locate the separators once and slice only the fields we need (split() on ~600k rows of
    // 21 fields is the slowest part of reading the file).
    const width = cols!.width;
    let nf = 1;
    for (let p = line.indexOf('|'); p >= 0; p = line.indexOf('|', p + 1)) {
      if (nf < width) sep[nf] = p;
      nf++;
    }
    const bad = (field: string, value: string | undefined, message: string) => {
      issues.push({ line: n, field, value, message });
      if (issues.length >= maxErrors) truncated = true;
    };
    const names = cols!.names;
    if (nf !== width) {
      issues.push({ line: n, message: `has ${nf} fields, the header has ${width}` });
      if (issues.length >= maxErrors) truncated = true;
      return truncated ? false : undefined;
    }
    sep[width] = line.length;
    const f = fieldGetter(line);
    const before = issues.length;
    const mun = f(ix.mun).trim();
    if (!/^\d{5}$/.test(mun)) bad(names.municipality!, mun, 'expected a 5-digit NIS code');
    const sexRaw = f(ix.sex).trim().toUpperCase();
    const sex = sexRaw === 'M' ? 0 : sexRaw === 'F' ? 1 : -1;
    if (sex < 0) bad(names.sex!, f(ix.sex), 'expected M or F');
    const natRaw = f(ix.nat).trim().toUpperCase();
    const nat = natRaw === 'BEL' ? 0 : natRaw === 'ETR' ? 1 : -1;
    if (nat < 0) bad(names.nationality!, f(ix.nat), 'expected BEL (Belgian) or ETR (non-Belgian)');
    const civRaw = f(ix.civ).trim();
    let civ = civIndex.get(civRaw);
    if (civ === undefined) {
      if (civRaw === '') bad(names.civilStatus!, civRaw, 'civil status code is empty');
      else if (civIndex.size >= CIV_CAP) bad(names.civilStatus!, civRaw, `more than ${CIV_CAP} different civil-status codes (${[...civIndex.keys()].join(', ')}, …)`);
      else civIndex.set(civRaw, (civ = civIndex.size));
    }
    const ageRaw = f(ix.age).trim();
    let age = ageRaw === '' ? Number.NaN : Number(ageRaw.endsWith('+') ? ageRaw.slice(0, -1) : ageRaw);
    if (!Number.isInteger(age) || age < 0) bad(names.age!, ageRaw, 'expected a whole number of years');
    const popRaw = f(ix.pop).trim();
    const pop = popRaw === '' ? Number.NaN : Number(popRaw);
    if (!Number.isInteger(pop) || pop < 0) bad(names.population!, popRaw, 'expected a whole number of residents ≥ 0');
    if (issues.length > before) return truncated ? false : undefined;

    const clamped = age > maxAge;
    if (clamped) age = maxAge;
    let acc = munis.get(mun);
    if (!acc) {
      acc = {
        m: {
          code: mun,
          nameNl: val(f, optIx.munNl),
          nameFr: val(f, optIx.munFr),
          district: named(f, optIx.dst, optIx.dstNl, optIx.dstFr),
          province: named(f, optIx.prv, optIx.prvNl, optIx.prvFr),
          region: named(f, optIx.rgn, optIx.rgnNl, optIx.rgnFr),
          total: 0,
        },
        counts: new Float64Array(cells),
        lines: new Int32Array(cells),
      };
      munis.set(mun, acc);
    }
    if (optIx.civNl >= 0 || optIx.civFr >= 0) {
      if (!civLabels.has(civRaw)) civLabels.set(civRaw, { nl: val(f, optIx.civNl), fr: val(f, optIx.civFr) });
    }
    // Statbel gives one row per municipality × age × sex × nationality × civil status; a second
    // row for the same key is an error in the file (adding it up would count people twice).
    const cell = cellIndex(capLayout, age, sex, nat, civ!);
    const oldKey = clamped ? `${mun}|${ageRaw}|${sex}|${nat}|${civ}` : '';
    const first = clamped ? (oldLines.get(oldKey) ?? 0) : acc.lines[cell]!;
    if (first > 0) {
      issues.push({
        line: n,
        message: `same municipality (${mun}), age (${ageRaw}), sex (${sexRaw}), nationality (${natRaw}) and civil status (${civRaw}) as line ${first}; each combination may appear once (duplicated rows are not added up)`,
      });
      if (issues.length >= maxErrors) truncated = true;
      return truncated ? false : undefined;
    }
    if (clamped) {
      oldLines.set(oldKey, n);
      agesClamped += pop;
    } else acc.lines[cell] = n;
    acc.counts[cell]! += pop;
    acc.m.total += pop;
    total += pop;
    return undefined;
  });
  if (!cols) throw new PopulationFileError(file, [{ line: 1, message: 'the file is empty (no header line)' }]);
  if (issues.length) throw new PopulationFileError(file, issues, truncated);

  // Trim the civil-status capacity to the codes actually used (Statbel's 1–4 always kept).
  const codes = [...civIndex.entries()].sort((a, b) => a[1] - b[1]).map(([c]) => c);
  const layout = makeLayout(codes, maxAge);
  const k = codes.length;
  const municipalities = new Map<string, MunicipalityPopulation>();
  for (const [code, acc] of munis) {
    const counts = new Float64Array((maxAge + 1) * SEXES.length * NATIONALITIES.length * k);
    for (let base = 0, o = 0; base < cells; base += CIV_CAP, o += k) {
      for (let c = 0; c < k; c++) counts[o + c] = acc.counts[base + c]!;
    }
    const composition: Composition = { layout, counts };
    municipalities.set(code, { ...acc.m, composition });
  }
  return { source: file, layout, municipalities, rows, total, columns: cols.names, agesClamped, civilStatusLabels: civLabels };
}

/** Reads OPENDATA_SECTOREN (statistical-sector totals) from a path or bytes (zip or text). */
export async function readSectorFile(input: string | Uint8Array, opts: Omit<ReadOptions, 'maxAge'> = {}): Promise<SectorPopulationData> {
  const src = await openTextSource(input, opts.label);
  return parseSectors(src.chunks, { ...opts, label: src.name });
}

export async function parseSectors(text: string | AsyncIterable<string> | Iterable<string>, opts: Omit<ReadOptions, 'maxAge'> = {}): Promise<SectorPopulationData> {
  const file = opts.label ?? 'sector file';
  const maxErrors = opts.maxErrors ?? 20;
  const issues: LocatedProblem[] = [];
  const sectors: SectorPopulation[] = [];
  const seen = new Map<string, number>();
  let cols: ReturnType<typeof findColumns> | undefined;
  let rows = 0;
  let total = 0;
  let truncated = false;
  const chunks = typeof text === 'string' ? [text] : text;
  await forEachLine(chunks, (line, n) => {
    if (n === 1) {
      cols = findColumns(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, SECTOR_COLUMNS, file);
      return;
    }
    if (line.trim() === '') return;
    rows++;
    const f = line.split('|');
    const c = cols!;
    const bad = (column: string | undefined, value: string | undefined, message: string) => {
      issues.push({ line: n, field: column, value, message });
      if (issues.length >= maxErrors) truncated = true;
    };
    if (f.length !== c.width) {
      bad(undefined, undefined, `has ${f.length} fields, the header has ${c.width}`);
      return truncated ? false : undefined;
    }
    const get = (field: string) => {
      const i = c.index.get(field);
      return i === undefined ? null : (f[i] ?? '').trim() || null;
    };
    const before = issues.length;
    const mun = get('municipality') ?? '';
    if (!/^\d{5}$/.test(mun)) bad(c.names.municipality, mun, 'expected a 5-digit NIS code');
    const code = get('sector') ?? '';
    if (code === '') bad(c.names.sector, code, 'sector code is empty');
    else if (seen.has(code)) bad(c.names.sector, code, `sector appears twice (also on line ${seen.get(code)})`);
    const totRaw = get('total') ?? '';
    const tot = totRaw === '' ? Number.NaN : Number(totRaw);
    if (!Number.isInteger(tot) || tot < 0) bad(c.names.total, totRaw, 'expected a whole number of residents ≥ 0');
    if (issues.length > before) return truncated ? false : undefined;
    seen.set(code, n);
    sectors.push({
      code,
      municipalityCode: mun,
      nameNl: get('sectorNl'),
      nameFr: get('sectorFr'),
      municipalityNameNl: get('municipalityNl'),
      municipalityNameFr: get('municipalityFr'),
      total: tot,
    });
    total += tot;
    return undefined;
  });
  if (!cols) throw new PopulationFileError(file, [{ line: 1, message: 'the file is empty (no header line)' }]);
  if (issues.length) throw new PopulationFileError(file, issues, truncated);
  return { source: file, sectors, rows, total, columns: cols.names };
}
