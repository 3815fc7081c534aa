/**
 * Area levels and codes. Levels are plain words stored in the database; NIS codes (municipality,
 * district, province, region) are 5 digits, written with leading zeros ("02000", not "2000").
 */

export const AREA_LEVELS = ['sector', 'municipality', 'zone', 'district', 'province', 'region'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export function isAreaLevel(s: string): s is AreaLevel {
  return (AREA_LEVELS as readonly string[]).includes(s);
}

/** Words an analyst (or a file) may use for a level. */
const LEVEL_WORDS: Record<string, AreaLevel> = {
  sector: 'sector', sectors: 'sector', statsec: 'sector', 'statistical-sector': 'sector', 'statistical_sector': 'sector', sectoren: 'sector', secteur: 'sector', secteurs: 'sector',
  municipality: 'municipality', municipalities: 'municipality', gemeente: 'municipality', gemeenten: 'municipality', commune: 'municipality', communes: 'municipality',
  zone: 'zone', zones: 'zone', elz: 'zone', eerstelijnszone: 'zone', eerstelijnszones: 'zone', 'care-zone': 'zone', 'primary-care-zone': 'zone',
  district: 'district', districts: 'district', arrondissement: 'district', arrondissements: 'district',
  province: 'province', provinces: 'province', provincie: 'province', provincies: 'province',
  region: 'region', regions: 'region', gewest: 'region', gewesten: 'region', 'région': 'region', 'régions': 'region',
};

export function parseLevel(s: string): AreaLevel | undefined {
  return LEVEL_WORDS[s.trim().toLowerCase()];
}

/** NIS-coded levels: codes are 5 digits. */
const NIS_LEVELS: ReadonlySet<AreaLevel> = new Set(['municipality', 'district', 'province', 'region']);

/** The region codes, the only NIS codes that start with 0. */
const REGION_CODES = new Set(['02000', '03000', '04000']);

/**
 * Normalises a code for its level: trims, drops a spreadsheet's ".0", and gives region codes back
 * the leading zero spreadsheets strip ("2000" → "02000"). Files that put Brussels' region code in
 * a province column (Brussels has no province) get the same treatment.
 */
export function normaliseCode(level: AreaLevel, raw: string | number): string {
  let s = String(raw).trim();
  if (NIS_LEVELS.has(level) && /^\d+\.0+$/.test(s)) s = s.replace(/\.0+$/, '');
  if (NIS_LEVELS.has(level) && /^\d{4}$/.test(s) && REGION_CODES.has(`0${s}`)) s = `0${s}`;
  return s;
}

/** Whether a normalised code looks right for its level (used to report bad lines). */
export function codeProblem(level: AreaLevel, code: string): string | undefined {
  if (code === '') return 'the code is empty';
  if (NIS_LEVELS.has(level) && !/^\d{5}$/.test(code)) return `expected a 5-digit NIS code for a ${level}`;
  if (level === 'sector' && !/^\d{5}[A-Z0-9]/.test(code)) return 'expected a statistical sector code (5-digit NIS code of the municipality, then letters/digits, e.g. 11001A00-)';
  return undefined;
}

/** The municipality NIS code a statistical sector code starts with (the municipality it was first defined in). */
export function sectorMunicipality(sectorCode: string): string | undefined {
  return /^\d{5}/.test(sectorCode) ? sectorCode.slice(0, 5) : undefined;
}

/** Finds a 4-digit year (1970–2099) in a file name, e.g. "TF_SOC_POP_STRUCT_2024.zip" or "sectors_20250101.shp". */
export function yearFromFileName(name: string): number | undefined {
  const base = name.replace(/^.*[\\/]/, '');
  const m = /(?:^|[^0-9])((?:19[7-9]|20\d)\d)(?:0101)?(?:[^0-9]|$)/.exec(base);
  return m ? Number(m[1]) : undefined;
}
