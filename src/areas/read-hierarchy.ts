/**
 * Readers for area lists and hierarchies (pure: text in, records out):
 *  - Statbel's REFNIS code list (TU_COM_REFNIS: LVL_REFNIS, CD_REFNIS, CD_SUP_REFNIS, names in
 *    nl/fr/de, DT_VLDT_START/END): regions, provinces, districts and municipalities since 1970 with
 *    their validity and parent. The pre-2025 list ends no municipality in 2024: the 2025 mergers
 *    come from a 2025 hierarchy (below).
 *  - A hierarchy CSV: columns found by name for each level present (statistical sector,
 *    municipality, care zone, district, province, region — codes and names), e.g. the Flemish
 *    eerstelijnszones (elz_code, elz_naam, nis, gemeente_naam) or the statistical-sector table of
 *    Provincie Antwerpen (statsec, statsec_naam, gemeente, gemeente_naam, elz, elz_naam, gewest, …).
 *    When sectors are listed, a sector whose code starts with another municipality's NIS code than
 *    the one it lies in shows a merger: that old municipality's territory is now in the new one.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { ProblemList, type LocatedProblem } from '../platform/located-problem.js';
import { codeProblem, normaliseCode, sectorMunicipality, type AreaLevel } from './levels.js';

export interface CodeListEntry {
  line: number;
  level: AreaLevel;
  code: string;
  parentCode: string | null;
  nameNl: string;
  nameFr: string | null;
  validFrom: number;
  validTo: number | null;
}

const REFNIS_LEVELS: Record<string, AreaLevel> = { '1': 'region', '2': 'province', '3': 'district', '4': 'municipality' };

/** Whether a header line is Statbel's REFNIS code list. */
export function isRefnisHeader(header: string): boolean {
  const h = header.replace(/^\uFEFF/, '').toUpperCase();
  return h.includes('LVL_REFNIS') && h.includes('CD_REFNIS');
}

function dateYear(raw: string, end: boolean): number | null | string {
  const s = raw.trim();
  if (end && (s === '' || /9999$/.test(s))) return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return 'expected a date dd/mm/yyyy';
  const year = Number(m[3]!.length === 4 ? m[3] : m[1]);
  return year;
}

export function parseRefnis(text: string, file: string): { entries: CodeListEntry[]; problems: LocatedProblem[]; truncated: boolean } {
  const issues = new ProblemList();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('|').map((h) => h.trim().toUpperCase());
  const col = (names: string[]) => names.map((n) => header.indexOf(n)).find((i) => i >= 0) ?? -1;
  const ix = {
    lvl: col(['LVL_REFNIS']),
    code: col(['CD_REFNIS']),
    sup: col(['CD_SUP_REFNIS']),
    nl: col(['TX_REFNIS_NL', 'TX_DESCR_NL']),
    fr: col(['TX_REFNIS_FR', 'TX_DESCR_FR']),
    from: col(['DT_VLDT_START', 'DT_VLDT_STRT', 'DT_START']),
    to: col(['DT_VLDT_END', 'DT_VLDT_STOP', 'DT_END']),
  };
  const missing = Object.entries(ix).filter(([k, i]) => i < 0 && k !== 'fr').map(([k]) => k);
  if (missing.length) {
    issues.add({ line: 1, message: `not a REFNIS code list: missing columns for ${missing.join(', ')} (expected LVL_REFNIS, CD_REFNIS, CD_SUP_REFNIS, TX_REFNIS_NL, TX_REFNIS_FR, DT_VLDT_START, DT_VLDT_END)` });
    return { entries: [], problems: issues.items, truncated: false };
  }
  const entries: CodeListEntry[] = [];
  const seen = new Map<string, number>();
  for (let n = 2; n <= lines.length; n++) {
    const line = lines[n - 1]!;
    if (line.trim() === '') continue;
    const f = line.split('|');
    if (f.length !== header.length) {
      issues.add({ line: n, message: `has ${f.length} fields, the header has ${header.length}` });
      continue;
    }
    const get = (i: number) => (i >= 0 ? (f[i] ?? '').trim() : '');
    const level = REFNIS_LEVELS[get(ix.lvl)];
    if (!level) {
      issues.add({ line: n, field: 'LVL_REFNIS', value: get(ix.lvl), message: 'expected 1 (region), 2 (province), 3 (district) or 4 (municipality)' });
      continue;
    }
    const code = normaliseCode(level, get(ix.code));
    const p = codeProblem(level, code);
    if (p) {
      issues.add({ line: n, field: 'CD_REFNIS', value: get(ix.code), message: p });
      continue;
    }
    const sup = get(ix.sup);
    const from = dateYear(get(ix.from), false);
    const to = dateYear(get(ix.to), true);
    if (typeof from !== 'number') {
      issues.add({ line: n, field: 'DT_VLDT_START', value: get(ix.from), message: typeof from === 'string' ? from : 'a start date is required' });
      continue;
    }
    if (typeof to === 'string') {
      issues.add({ line: n, field: 'DT_VLDT_END', value: get(ix.to), message: to });
      continue;
    }
    if (to !== null && to < from) {
      issues.add({ line: n, field: 'DT_VLDT_END', value: get(ix.to), message: 'the end date is before the start date' });
      continue;
    }
    const key = `${level}|${code}|${from}`;
    if (seen.has(key)) {
      issues.add({ line: n, field: 'CD_REFNIS', value: code, message: `the same code and start appear twice (also line ${seen.get(key)})` });
      continue;
    }
    seen.set(key, n);
    const nameNl = get(ix.nl) || get(ix.fr) || code;
    entries.push({ line: n, level, code, parentCode: sup === '' || sup === '-' ? null : sup.padStart(5, '0'), nameNl, nameFr: get(ix.fr) || null, validFrom: from, validTo: to });
  }
  return { entries, problems: issues.items, truncated: issues.truncated };
}

// ---------------------------------------------------------------- hierarchy CSV

interface LevelColumns {
  code: string[];
  nameNl: string[];
  nameFr: string[];
}

/** Column names per level (lower case), in order of preference. */
export const HIERARCHY_COLUMNS: Record<AreaLevel, LevelColumns> = {
  sector: {
    code: ['statsec', 'cd_sector', 'sector', 'sector_code', 'statistical_sector', 'sectorcode'],
    nameNl: ['statsec_naam', 'tx_sector_descr_nl', 'tx_descr_sector_nl', 'sector_naam', 'sector_name'],
    nameFr: ['tx_sector_descr_fr', 'tx_descr_sector_fr', 'sector_nom'],
  },
  municipality: {
    code: ['gemeente', 'nis', 'niscode', 'nis_code', 'nis5', 'cd_refnis', 'cd_munty_refnis', 'municipality', 'municipality_code', 'gemeente_nis', 'gemeentecode'],
    nameNl: ['gemeente_naam', 'gemeentenaam', 'tx_descr_nl', 'tx_munty_descr_nl', 'municipality_name', 'naam_gemeente'],
    nameFr: ['tx_descr_fr', 'tx_munty_descr_fr', 'commune', 'nom_commune'],
  },
  zone: {
    code: ['elz', 'elz_code', 'zone', 'zone_code', 'eerstelijnszone', 'care_zone'],
    nameNl: ['elz_naam', 'zone_naam', 'zone_name', 'eerstelijnszone_naam'],
    nameFr: ['zone_nom'],
  },
  district: {
    code: ['arrondiss', 'arrondissement', 'cd_dstr_refnis', 'district', 'district_code'],
    nameNl: ['bestuurlijk_arrondissement_naam', 'arrondissement_naam', 'tx_adm_dstr_descr_nl', 'district_name'],
    nameFr: ['tx_adm_dstr_descr_fr'],
  },
  province: {
    code: ['provincie', 'cd_prov_refnis', 'province', 'province_code'],
    nameNl: ['provincie_naam', 'tx_prov_descr_nl', 'province_name'],
    nameFr: ['tx_prov_descr_fr'],
  },
  region: {
    code: ['gewest', 'cd_rgn_refnis', 'region', 'region_code'],
    nameNl: ['gewest_naam', 'tx_rgn_descr_nl', 'region_name'],
    nameFr: ['tx_rgn_descr_fr'],
  },
};

/** Child → parent links a row gives, for the levels present. */
const LINK_PAIRS: readonly [AreaLevel, AreaLevel][] = [
  ['sector', 'municipality'],
  ['municipality', 'zone'],
  ['municipality', 'district'],
  ['municipality', 'province'],
  ['municipality', 'region'],
  ['district', 'province'],
  ['province', 'region'],
];

export interface HierarchyArea {
  level: AreaLevel;
  code: string;
  nameNl: string | null;
  nameFr: string | null;
}

export interface HierarchyLink {
  childLevel: AreaLevel;
  childCode: string;
  parentLevel: AreaLevel;
  parentCode: string;
}

export interface HierarchySuccession {
  predecessorCode: string;
  successorCode: string;
  /** Number of sectors showing it. */
  evidence: number;
}

export interface HierarchyData {
  /** Levels found, with the column used for each. */
  columns: Partial<Record<AreaLevel, { code: string; nameNl: string | null; nameFr: string | null }>>;
  rows: number;
  areas: HierarchyArea[];
  links: HierarchyLink[];
  successions: HierarchySuccession[];
  notes: string[];
}

function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t', '|'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function parseHierarchyCsv(text: string, file: string): { data: HierarchyData; problems: LocatedProblem[]; truncated: boolean } {
  const issues = new ProblemList();
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body.split(/\r?\n/, 1)[0] ?? '');
  const empty: HierarchyData = { columns: {}, rows: 0, areas: [], links: [], successions: [], notes: [] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    issues.add({ line: err.lines, message: `not readable as CSV: ${err.message}` });
    return { data: empty, problems: issues.items, truncated: false };
  }
  const header = records[0]?.record.map((h) => h.trim()) ?? [];
  const lower = header.map((h) => h.toLowerCase());
  const find = (names: string[]) => {
    for (const n of names) {
      const i = lower.indexOf(n);
      if (i >= 0) return i;
    }
    return -1;
  };
  const cols = new Map<AreaLevel, { code: number; nameNl: number; nameFr: number }>();
  const columns: HierarchyData['columns'] = {};
  for (const [level, spec] of Object.entries(HIERARCHY_COLUMNS) as [AreaLevel, LevelColumns][]) {
    const code = find(spec.code);
    if (code < 0) continue;
    const nameNl = find(spec.nameNl);
    const nameFr = find(spec.nameFr);
    cols.set(level, { code, nameNl, nameFr });
    columns[level] = { code: header[code]!, nameNl: nameNl >= 0 ? header[nameNl]! : null, nameFr: nameFr >= 0 ? header[nameFr]! : null };
  }
  const pairs = LINK_PAIRS.filter(([c, p]) => cols.has(c) && cols.has(p));
  if (!pairs.length) {
    const known = (Object.entries(HIERARCHY_COLUMNS) as [AreaLevel, LevelColumns][]).map(([l, s]) => `${l}: ${s.code.join('/')}`).join('; ');
    issues.add({
      line: 1,
      message: `no hierarchy found: need code columns for at least two levels (a child and its parent). Found ${cols.size ? [...cols.keys()].join(', ') : 'none'}; the header has ${header.join(', ')}. Column names looked for — ${known}`,
    });
    return { data: empty, problems: issues.items, truncated: false };
  }

  const areaMap = new Map<string, HierarchyArea>();
  const linkAt = new Map<string, { parent: string; line: number }>();
  const links: HierarchyLink[] = [];
  const succ = new Map<string, number>();
  let rows = 0;
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.every((v) => v.trim() === '')) continue;
    rows++;
    if (record.length !== header.length) {
      issues.add({ line, message: `has ${record.length} fields, the header has ${header.length}` });
      if (issues.full) break;
      continue;
    }
    const before = issues.length;
    const codes = new Map<AreaLevel, string>();
    for (const [level, c] of cols) {
      const raw = (record[c.code] ?? '').trim();
      if (raw === '') continue; // a level left empty on this row (e.g. a sector outside any zone)
      const code = normaliseCode(level, raw);
      const p = codeProblem(level, code);
      if (p) {
        issues.add({ line, field: header[c.code], value: raw, message: p });
        continue;
      }
      codes.set(level, code);
      const nameNl = c.nameNl >= 0 ? (record[c.nameNl] ?? '').trim() || null : null;
      const nameFr = c.nameFr >= 0 ? (record[c.nameFr] ?? '').trim() || null : null;
      const k = `${level}|${code}`;
      const a = areaMap.get(k);
      if (!a) areaMap.set(k, { level, code, nameNl, nameFr });
      else {
        a.nameNl ??= nameNl;
        a.nameFr ??= nameFr;
      }
    }
    if (issues.length > before) {
      if (issues.full) break;
      continue;
    }
    for (const [cl, pl] of pairs) {
      const child = codes.get(cl);
      const parent = codes.get(pl);
      if (!child || !parent) continue;
      const k = `${cl}|${pl}|${child}`;
      const prev = linkAt.get(k);
      if (prev && prev.parent !== parent) {
        issues.add({ line, field: columns[pl]!.code, value: parent, message: `${cl} ${child} is in ${pl} ${prev.parent} on line ${prev.line}, and in ${pl} ${parent} here` });
        continue;
      }
      if (!prev) {
        linkAt.set(k, { parent, line });
        links.push({ childLevel: cl, childCode: child, parentLevel: pl, parentCode: parent });
      }
    }
    const sector = codes.get('sector');
    const muni = codes.get('municipality');
    const old = sector ? sectorMunicipality(sector) : undefined;
    if (old && muni && old !== muni) succ.set(`${old}|${muni}`, (succ.get(`${old}|${muni}`) ?? 0) + 1);
    if (issues.full) break;
  }
  // Zone → region, when all of a zone's municipalities lie in one region.
  const notes: string[] = [];
  if (cols.has('zone') && cols.has('region') && cols.has('municipality')) {
    const muniZone = links.filter((l) => l.childLevel === 'municipality' && l.parentLevel === 'zone');
    const muniRegion = new Map(links.filter((l) => l.childLevel === 'municipality' && l.parentLevel === 'region').map((l) => [l.childCode, l.parentCode]));
    const zoneRegions = new Map<string, Set<string>>();
    for (const l of muniZone) {
      const r = muniRegion.get(l.childCode);
      if (r) zoneRegions.set(l.parentCode, (zoneRegions.get(l.parentCode) ?? new Set()).add(r));
    }
    for (const [zone, regions] of zoneRegions) {
      if (regions.size === 1) links.push({ childLevel: 'zone', childCode: zone, parentLevel: 'region', parentCode: [...regions][0]! });
      else notes.push(`zone ${zone} has municipalities in ${regions.size} regions (${[...regions].join(', ')}): it is not placed under one region`);
    }
  }
  const successions = [...succ].map(([k, evidence]) => {
    const [predecessorCode, successorCode] = k.split('|') as [string, string];
    return { predecessorCode, successorCode, evidence };
  });
  return { data: { columns, rows, areas: [...areaMap.values()], links, successions, notes }, problems: issues.items, truncated: issues.truncated };
}
