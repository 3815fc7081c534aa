/**
 * Area imports, each all or nothing in one transaction: the REFNIS code list, hierarchy CSVs
 * (sector → municipality → care zone → region, with the 2025 mergers they reveal) and boundary
 * files. Every file is read and checked completely before anything is written; a bad line or
 * feature is reported with its place and nothing is stored.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Database, Db } from '../../db/client.js';
import type { CrsId } from '../crs.js';
import { bboxOf } from '../geometry.js';
import { ImportError } from '../../platform/located-problem.js';
import type { ProgressFn } from '../../platform/progress.js';
import { yearFromFileName, type AreaLevel } from '../levels.js';
import { isRefnisHeader, parseHierarchyCsv, parseRefnis } from '../read-hierarchy.js';
import { readBoundaries, type BoundaryData } from './read-boundaries.js';
import {
  addSuccessions,
  ensureAreas,
  reconcile,
  replaceAreaPeriods,
  replaceLinkPeriods,
  saveGeometries,
  setLinks,
  successionsAfter,
  type AreaMention,
  type AreaRecord,
  type GeometryRecord,
  type LinkRecord,
} from '../store/boundaries.js';

export interface HierarchyImportResult {
  file: string;
  kind: 'code-list' | 'hierarchy';
  /** The year the file describes (hierarchy CSVs); null for the code list (it carries its own dates). */
  year: number | null;
  rows: number;
  areas: Partial<Record<AreaLevel, number>>;
  links: number;
  successions: { predecessorCode: string; successorCode: string; evidence: number }[];
  notes: string[];
}

export interface HierarchyImportOptions {
  label?: string;
  /** The year the hierarchy is valid in; default: a year in the file name. Not used for the REFNIS list. */
  year?: number;
  onProgress?: ProgressFn;
}

/** Raised when the year a file describes is neither given nor in its name. */
export class YearNeededError extends Error {
  override name = 'YearNeededError';
}

/** The importers take the Database (CLI) or its Drizzle handle (web app, tests). */
function dbOf(d: Database | Db): Db {
  return 'migrate' in d && 'db' in d ? d.db : (d as Db);
}

async function readText(input: string | Uint8Array): Promise<string> {
  const buf = typeof input === 'string' ? await readFile(input) : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return buf.toString('utf8');
}

function countLevels(items: readonly { level: AreaLevel }[]): Partial<Record<AreaLevel, number>> {
  const out: Partial<Record<AreaLevel, number>> = {};
  for (const i of items) out[i.level] = (out[i.level] ?? 0) + 1;
  return out;
}

/** Imports Statbel's REFNIS list or a hierarchy CSV (detected from the header). */
export async function importAreaHierarchy(database: Database | Db, input: string | Uint8Array, opts: HierarchyImportOptions = {}): Promise<HierarchyImportResult> {
  const file = opts.label ?? (typeof input === 'string' ? basename(input) : 'upload');
  const text = await readText(input);
  opts.onProgress?.({ phase: 'reading', done: text.length, total: text.length, unit: 'characters' });
  if (isRefnisHeader(text.slice(0, 500).split(/\r?\n/, 1)[0] ?? '')) return importRefnis(database, file, text, opts);

  const year = opts.year ?? yearFromFileName(file);
  if (year === undefined) throw new YearNeededError(`${file}: say which year this hierarchy is valid in (--year YEAR); no year in the file name`);
  const { data, problems, truncated } = parseHierarchyCsv(text, file);
  if (problems.length) throw new ImportError(file, problems, truncated);
  opts.onProgress?.({ phase: 'checked', done: data.rows, total: data.rows, unit: 'rows' });
  await dbOf(database).transaction(async (tx) => {
    await ensureAreas(tx, data.areas as AreaMention[], year, file);
    opts.onProgress?.({ phase: 'writing areas', done: data.areas.length, total: data.areas.length, unit: 'areas' });
    await setLinks(tx, data.links, year, file);
    opts.onProgress?.({ phase: 'writing links', done: data.links.length, total: data.links.length, unit: 'links' });
    await addSuccessions(
      tx,
      data.successions.map((s) => ({ level: 'municipality' as const, ...s, year, source: file })),
    );
    await reconcile(tx);
  });
  return {
    file,
    kind: 'hierarchy',
    year,
    rows: data.rows,
    areas: countLevels(data.areas),
    links: data.links.length,
    successions: data.successions,
    notes: [
      ...data.notes,
      `columns used: ${Object.entries(data.columns)
        .map(([l, c]) => `${l} ${c!.code}${c!.nameNl ? ` (${c!.nameNl})` : ''}`)
        .join(', ')}`,
    ],
  };
}

async function importRefnis(database: Database | Db, file: string, text: string, opts: HierarchyImportOptions): Promise<HierarchyImportResult> {
  const { entries, problems, truncated } = parseRefnis(text, file);
  if (problems.length) throw new ImportError(file, problems, truncated);
  const records: AreaRecord[] = entries.map((e) => ({ level: e.level, code: e.code, nameNl: e.nameNl, nameFr: e.nameFr, parentCode: e.parentCode, validFrom: e.validFrom, validTo: e.validTo, source: file }));
  // The parent's level: the parent entry valid when the child started (else any entry of that code).
  const byCode = new Map<string, typeof entries>();
  for (const e of entries) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  const links: LinkRecord[] = [];
  for (const e of entries) {
    if (!e.parentCode) continue;
    const candidates = byCode.get(e.parentCode) ?? [];
    const parent = candidates.find((p) => p.validFrom <= e.validFrom && (p.validTo === null || p.validTo >= e.validFrom)) ?? candidates[0];
    if (!parent) continue;
    links.push({ childLevel: e.level, childCode: e.code, parentLevel: parent.level, parentCode: e.parentCode, validFrom: e.validFrom, validTo: e.validTo, source: file });
  }
  opts.onProgress?.({ phase: 'checked', done: entries.length, total: entries.length, unit: 'rows' });
  await dbOf(database).transaction(async (tx) => {
    await replaceAreaPeriods(tx, records);
    await replaceLinkPeriods(tx, links);
    await reconcile(tx);
  });
  const current = entries.filter((e) => e.validTo === null);
  return {
    file,
    kind: 'code-list',
    year: null,
    rows: entries.length,
    areas: countLevels(entries),
    links: links.length,
    successions: [],
    notes: [`${current.length} codes still valid at the end of the list (${Object.entries(countLevels(current)).map(([l, n]) => `${n} ${l}`).join(', ')})`],
  };
}

// ---------------------------------------------------------------- boundaries

export interface BoundaryImportOptions {
  level: AreaLevel;
  label?: string;
  codeField?: string;
  nameField?: string;
  nameFrField?: string;
  crs?: CrsId;
  object?: string;
  /** The year the boundaries are valid in; default: a year in the file name. */
  year?: number;
  tolerance?: number;
  onProgress?: ProgressFn;
}

export interface BoundaryImportResult {
  file: string;
  format: BoundaryData['format'];
  crs: CrsId;
  crsFrom: BoundaryData['crsFrom'];
  level: AreaLevel;
  year: number;
  fields: BoundaryData['fields'];
  areas: number;
  /** Features whose polygon crossed itself, stored repaired (read-boundaries.ts, repair.ts). */
  repaired: BoundaryData['repaired'];
  /** Geometries drawn for later areas from this file's shapes (e.g. 2025 municipalities from their predecessors). */
  derived: { code: string; year: number; from: string[] }[];
}

export async function importBoundaries(database: Database | Db, input: string | Uint8Array, opts: BoundaryImportOptions): Promise<BoundaryImportResult> {
  const file = opts.label ?? (typeof input === 'string' ? basename(input) : 'upload');
  const year = opts.year ?? yearFromFileName(file);
  if (year === undefined) throw new YearNeededError(`${file}: say which year these boundaries are valid in (--year YEAR); no year in the file name`);
  const data = await readBoundaries(input, { ...opts, label: file });
  opts.onProgress?.({ phase: 'checked', done: data.areas.length, total: data.areas.length, unit: 'features' });
  const level = opts.level;
  const derived: BoundaryImportResult['derived'] = [];
  await dbOf(database).transaction(async (tx) => {
    const mentions: AreaMention[] = data.areas.map((a) => ({ level, code: a.code, nameNl: a.nameNl, nameFr: a.nameFr }));
    const parentMentions = new Map<string, AreaMention>();
    for (const a of data.areas) for (const p of a.parents) parentMentions.set(`${p.level}|${p.code}`, { level: p.level, code: p.code, nameNl: p.nameNl, nameFr: p.nameFr });
    await ensureAreas(tx, [...mentions, ...parentMentions.values()], year, file);
    await setLinks(
      tx,
      data.areas.flatMap((a) => a.parents.map((p) => ({ childLevel: level, childCode: a.code, parentLevel: p.level, parentCode: p.code }))),
      year,
      file,
    );
    const rows: GeometryRecord[] = data.areas.map((a) => ({ level, code: a.code, validFrom: year, validTo: null, geometry: a.geometry, bbox: bboxOf(a.geometry), source: file }));
    await saveGeometries(tx, rows);
    opts.onProgress?.({ phase: 'writing', done: rows.length, total: rows.length, unit: 'areas' });
    await reconcile(tx);
    // TopoJSON: dissolve the shapes of areas that later merged, for the merged area.
    if (data.dissolve) {
      const inFile = new Set(data.areas.map((a) => a.code));
      const succ = await successionsAfter(tx, level, year);
      const groups = new Map<string, { year: number; from: Set<string> }>();
      for (const s of succ) {
        if (!inFile.has(s.predecessorCode) || s.predecessorCode === s.successorCode) continue;
        const k = `${s.successorCode}|${s.year}`;
        const g = groups.get(k) ?? { year: s.year, from: new Set<string>() };
        g.from.add(s.predecessorCode);
        if (inFile.has(s.successorCode)) g.from.add(s.successorCode);
        groups.set(k, g);
      }
      const extra: GeometryRecord[] = [];
      for (const [k, g] of groups) {
        const code = k.split('|')[0]!;
        const from = [...g.from].sort();
        const geometry = data.dissolve(from);
        if (!geometry) continue;
        extra.push({ level, code, validFrom: g.year, validTo: null, geometry, bbox: bboxOf(geometry), source: `${file} (dissolved from ${from.join(', ')})` });
        derived.push({ code, year: g.year, from });
      }
      if (extra.length) {
        await saveGeometries(tx, extra);
        await reconcile(tx);
      }
    }
  });
  return { file, format: data.format, crs: data.crs, crsFrom: data.crsFrom, level, year, fields: data.fields, areas: data.areas.length, repaired: data.repaired, derived };
}
