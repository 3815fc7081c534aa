/**
 * Population storage: imports Statbel's TF_SOC_POP_STRUCT (municipal composition) and
 * OPENDATA_SECTOREN (sector totals), one dataset per kind and year (a newer year is kept beside the
 * older one; importing the same year again replaces it), and loads them back for the estimates.
 * All or nothing: the file is read and checked completely before the one write transaction.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { and, desc, eq, lte } from 'drizzle-orm';
import yauzl from 'yauzl';
import type { Db } from '../../db/client.js';
import { populationCompositions, populationDatasets, populationSectorTotals, type PopulationKind } from '../../db/schema.js';
import { ImportError } from '../../platform/located-problem.js';
import type { ProgressFn } from '../../platform/progress.js';
import { yearFromFileName } from '../../areas/levels.js';
import { cellCount, makeLayout, type CompositionLayout } from '../composition.js';
import type { MunicipalityPopulation, NamedCode, PopulationData, SectorPopulationData } from '../population-data.js';
import { parsePopulation, parseSectors } from '../files/population.js';
import { openTextSource } from '../files/text-source.js';
import { decodeCounts, encodeCounts, COUNTS_ENCODING } from './codec.js';

export interface DatasetInfo {
  id: number;
  kind: PopulationKind;
  year: number;
  source: string;
  importedAt: Date;
  rows: number;
  total: number;
  areaCount: number;
}

export interface PopulationImportResult extends DatasetInfo {
  /** An earlier import of the same kind and year that this one replaced. */
  replaced: { source: string; importedAt: Date } | null;
  columns: Record<string, string>;
  /** Residents older than the layout's last age, counted at it (composition only). */
  agesClamped?: number;
  /** Other years of the same kind kept beside this one. */
  otherYears: number[];
}

export interface PopulationImportOptions {
  /** Name for messages and the dataset's source (default: the file name). */
  label?: string;
  /** 1 January of which year; default: the year in the file name. */
  year?: number;
  onProgress?: ProgressFn;
  maxErrors?: number;
}

export class NoYearError extends Error {
  override name = 'NoYearError';
}


/** The uncompressed size of the text inside a zip (or of the file), for progress. */
async function sizeOf(input: string | Uint8Array): Promise<number | undefined> {
  try {
    let isZip: boolean;
    if (typeof input === 'string') {
      const fh = await open(input, 'r');
      const head = Buffer.alloc(4);
      try {
        await fh.read(head, 0, 4, 0);
      } finally {
        await fh.close();
      }
      isZip = head.readUInt32LE(0) === 0x04034b50;
      if (!isZip) return (await stat(input)).size;
    } else {
      isZip = input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04;
      if (!isZip) return input.byteLength;
    }
    const zip = typeof input === 'string' ? await yauzl.openPromise(input, { lazyEntries: true, autoClose: false }) : await yauzl.fromBufferPromise(Buffer.from(input), { lazyEntries: true, autoClose: false });
    try {
      let size = 0;
      for await (const e of zip.eachEntry()) if (/\.(txt|csv)$/i.test(e.fileName)) size += e.uncompressedSize;
      return size || undefined;
    } finally {
      zip.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * Imports a Statbel population file: TF_SOC_POP_STRUCT (residents by municipality, sex,
 * nationality, civil status and age) or OPENDATA_SECTOREN (residents per statistical sector),
 * recognised by their columns; the zip as downloaded or its text file.
 */
export async function importPopulation(db: Db, input: string | Uint8Array, opts: PopulationImportOptions = {}): Promise<PopulationImportResult> {
  const total = await sizeOf(input);
  let src;
  try {
    src = await openTextSource(input, opts.label);
  } catch (e) {
    throw new ImportError(opts.label ?? (typeof input === 'string' ? basename(input) : 'upload'), [{ message: (e as Error).message }]);
  }
  const file = src.name;
  const year = opts.year ?? yearFromFileName(file.split(' › ')[0]!) ?? yearFromFileName(file);
  if (year === undefined) throw new NoYearError(`${file}: say which year (1 January) the population is for (--year YEAR); no year in the file name`);

  // Peek at the header to tell the two layouts apart, then read everything.
  const it = src.chunks[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? '' : first.value;
  const header = (head.split(/\r?\n/, 1)[0] ?? '').toUpperCase();
  const kind: PopulationKind = /(^|\|)CD_SECTOR(\||$)/.test(header) && !/(^|\|)CD_AGE(\||$)/.test(header) ? 'sector_totals' : 'composition';
  let done = 0;
  let lastReport = 0;
  async function* chunks(): AsyncIterable<string> {
    if (!first.done) {
      done += head.length;
      yield head;
    }
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      done += r.value.length;
      if (opts.onProgress && done - lastReport > (1 << 22)) {
        lastReport = done;
        opts.onProgress({ phase: 'reading', done, total, unit: 'bytes' });
      }
      yield r.value;
    }
  }
  const readOpts = { label: file, maxErrors: opts.maxErrors };
  if (kind === 'sector_totals') {
    const data = await parseSectors(chunks(), readOpts);
    opts.onProgress?.({ phase: 'reading', done: total ?? done, total: total ?? done, unit: 'bytes' });
    return saveSectorTotals(db, data, year, opts.onProgress);
  }
  const data = await parsePopulation(chunks(), readOpts);
  opts.onProgress?.({ phase: 'reading', done: total ?? done, total: total ?? done, unit: 'bytes' });
  return saveComposition(db, data, year, opts.onProgress);
}

async function replaceDataset(tx: Db, kind: PopulationKind, year: number) {
  const old = await tx.select().from(populationDatasets).where(and(eq(populationDatasets.kind, kind), eq(populationDatasets.year, year)));
  if (old[0]) await tx.delete(populationDatasets).where(eq(populationDatasets.id, old[0].id));
  return old[0] ? { source: old[0].source, importedAt: old[0].importedAt } : null;
}

async function otherYears(db: Db, kind: PopulationKind, year: number): Promise<number[]> {
  const rows = await db.select({ year: populationDatasets.year }).from(populationDatasets).where(eq(populationDatasets.kind, kind));
  return rows.map((r) => r.year).filter((y) => y !== year).sort();
}

/** Names of districts, provinces and regions, kept with the dataset (the rows store only codes). */
function higherNames(data: PopulationData): Record<string, { level: string; nameNl: string | null; nameFr: string | null }> {
  const out: Record<string, { level: string; nameNl: string | null; nameFr: string | null }> = {};
  for (const m of data.municipalities.values()) {
    for (const level of ['district', 'province', 'region'] as const) {
      const n = m[level];
      if (n?.code && !out[n.code]) out[n.code] = { level, nameNl: n.nameNl, nameFr: n.nameFr };
    }
  }
  return out;
}

export async function saveComposition(db: Db, data: PopulationData, year: number, onProgress?: ProgressFn): Promise<PopulationImportResult> {
  const munis = [...data.municipalities.values()];
  const rows = munis.map((m) => ({
    code: m.code,
    nameNl: m.nameNl,
    nameFr: m.nameFr,
    districtCode: m.district?.code ?? null,
    provinceCode: m.province?.code ?? null,
    regionCode: m.region?.code ?? null,
    total: m.total,
    counts: encodeCounts(m.composition.counts),
  }));
  const details = {
    encoding: COUNTS_ENCODING,
    columns: data.columns,
    agesClamped: data.agesClamped,
    civilStatusLabels: Object.fromEntries(data.civilStatusLabels),
    higher: higherNames(data),
  };
  const { dataset, replaced } = await db.transaction(async (tx) => {
    const replaced = await replaceDataset(tx, 'composition', year);
    const [dataset] = await tx
      .insert(populationDatasets)
      .values({ kind: 'composition', year, source: data.source, rows: data.rows, total: data.total, areaCount: rows.length, layout: { maxAge: data.layout.maxAge, civilStatuses: data.layout.civilStatuses }, details })
      .returning();
    for (let i = 0; i < rows.length; i += 50) {
      await tx.insert(populationCompositions).values(rows.slice(i, i + 50).map((r) => ({ ...r, datasetId: dataset!.id })));
      onProgress?.({ phase: 'writing', done: Math.min(i + 50, rows.length), total: rows.length, unit: 'municipalities' });
    }
    return { dataset: dataset!, replaced };
  });
  return { ...info(dataset), replaced, columns: data.columns, agesClamped: data.agesClamped, otherYears: await otherYears(db, 'composition', year) };
}

export async function saveSectorTotals(db: Db, data: SectorPopulationData, year: number, onProgress?: ProgressFn): Promise<PopulationImportResult> {
  const { dataset, replaced } = await db.transaction(async (tx) => {
    const replaced = await replaceDataset(tx, 'sector_totals', year);
    const [dataset] = await tx
      .insert(populationDatasets)
      .values({ kind: 'sector_totals', year, source: data.source, rows: data.rows, total: data.total, areaCount: data.sectors.length, layout: null, details: { columns: data.columns } })
      .returning();
    const CH = 1000;
    for (let i = 0; i < data.sectors.length; i += CH) {
      await tx.insert(populationSectorTotals).values(
        data.sectors.slice(i, i + CH).map((s) => ({
          datasetId: dataset!.id,
          code: s.code,
          municipalityCode: s.municipalityCode,
          nameNl: s.nameNl,
          nameFr: s.nameFr,
          municipalityNameNl: s.municipalityNameNl,
          municipalityNameFr: s.municipalityNameFr,
          total: s.total,
        })),
      );
      onProgress?.({ phase: 'writing', done: Math.min(i + CH, data.sectors.length), total: data.sectors.length, unit: 'sectors' });
    }
    return { dataset: dataset!, replaced };
  });
  return { ...info(dataset), replaced, columns: data.columns, otherYears: await otherYears(db, 'sector_totals', year) };
}

function info(r: typeof populationDatasets.$inferSelect): DatasetInfo {
  return { id: r.id, kind: r.kind, year: r.year, source: r.source, importedAt: r.importedAt, rows: r.rows, total: r.total, areaCount: r.areaCount };
}

export async function listDatasets(db: Db, kind?: PopulationKind): Promise<DatasetInfo[]> {
  const rows = await (kind ? db.select().from(populationDatasets).where(eq(populationDatasets.kind, kind)) : db.select().from(populationDatasets)).orderBy(desc(populationDatasets.year));
  return rows.map(info);
}

/** The dataset of a year, or the latest one (the latest at or before `atOrBefore` when given and present). */
export async function findDataset(db: Db, kind: PopulationKind, opts: { year?: number; atOrBefore?: number } = {}): Promise<DatasetInfo | undefined> {
  if (opts.year !== undefined) {
    const [r] = await db.select().from(populationDatasets).where(and(eq(populationDatasets.kind, kind), eq(populationDatasets.year, opts.year)));
    return r ? info(r) : undefined;
  }
  if (opts.atOrBefore !== undefined) {
    const [r] = await db
      .select()
      .from(populationDatasets)
      .where(and(eq(populationDatasets.kind, kind), lte(populationDatasets.year, opts.atOrBefore)))
      .orderBy(desc(populationDatasets.year))
      .limit(1);
    if (r) return info(r);
  }
  const [r] = await db.select().from(populationDatasets).where(eq(populationDatasets.kind, kind)).orderBy(desc(populationDatasets.year)).limit(1);
  return r ? info(r) : undefined;
}

// ---------------------------------------------------------------- loading, with a small cache

/** Decoded datasets per database (ids are never reused, so an entry never goes stale). */
const cache = new WeakMap<object, Map<number, PopulationData | SectorPopulationData>>();
const CACHE_SIZE = 4;

function cached<T extends PopulationData | SectorPopulationData>(db: Db, id: number): T | undefined {
  const m = cache.get(db);
  const hit = m?.get(id);
  if (hit && m) {
    m.delete(id);
    m.set(id, hit); // most recently used last
  }
  return hit as T | undefined;
}

function remember(db: Db, id: number, data: PopulationData | SectorPopulationData): void {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  m.set(id, data);
  while (m.size > CACHE_SIZE) m.delete(m.keys().next().value!);
}

/** Forgets decoded datasets (benchmarks measure cold loads with it). */
export function clearPopulationCache(db?: Db): void {
  if (db) cache.delete(db);
}

/** The composition dataset as the domain's PopulationData (municipalities with their compositions). */
export async function loadPopulation(db: Db, datasetId: number, opts: { useCache?: boolean } = {}): Promise<PopulationData> {
  if (opts.useCache !== false) {
    const hit = cached<PopulationData>(db, datasetId);
    if (hit) return hit;
  }
  const [ds] = await db.select().from(populationDatasets).where(eq(populationDatasets.id, datasetId));
  if (!ds || ds.kind !== 'composition') throw new Error(`no composition dataset ${datasetId}`);
  const lay = ds.layout as { maxAge: number; civilStatuses: string[] };
  const layout: CompositionLayout = makeLayout(lay.civilStatuses, lay.maxAge);
  const n = cellCount(layout);
  const details = ds.details as { columns?: Record<string, string>; agesClamped?: number; civilStatusLabels?: Record<string, { nl: string | null; fr: string | null }>; higher?: Record<string, { nameNl: string | null; nameFr: string | null }> };
  const higher = details.higher ?? {};
  const named = (code: string | null): NamedCode | null => (code ? { code, nameNl: higher[code]?.nameNl ?? null, nameFr: higher[code]?.nameFr ?? null } : null);
  const rows = await db.select().from(populationCompositions).where(eq(populationCompositions.datasetId, datasetId));
  const municipalities = new Map<string, MunicipalityPopulation>();
  for (const r of rows.sort((a, b) => (a.code < b.code ? -1 : 1))) {
    municipalities.set(r.code, {
      code: r.code,
      nameNl: r.nameNl,
      nameFr: r.nameFr,
      district: named(r.districtCode),
      province: named(r.provinceCode),
      region: named(r.regionCode),
      total: r.total,
      composition: { layout, counts: decodeCounts(r.counts, n) },
    });
  }
  const data: PopulationData = {
    source: ds.source,
    layout,
    municipalities,
    rows: ds.rows,
    total: ds.total,
    columns: details.columns ?? {},
    agesClamped: details.agesClamped ?? 0,
    civilStatusLabels: new Map(Object.entries(details.civilStatusLabels ?? {})),
  };
  remember(db, datasetId, data);
  return data;
}

export async function loadSectorTotals(db: Db, datasetId: number, opts: { useCache?: boolean } = {}): Promise<SectorPopulationData> {
  if (opts.useCache !== false) {
    const hit = cached<SectorPopulationData>(db, datasetId);
    if (hit) return hit;
  }
  const [ds] = await db.select().from(populationDatasets).where(eq(populationDatasets.id, datasetId));
  if (!ds || ds.kind !== 'sector_totals') throw new Error(`no sector dataset ${datasetId}`);
  const rows = await db.select().from(populationSectorTotals).where(eq(populationSectorTotals.datasetId, datasetId));
  const data: SectorPopulationData = {
    source: ds.source,
    rows: ds.rows,
    total: ds.total,
    columns: (ds.details as { columns?: Record<string, string> }).columns ?? {},
    sectors: rows
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((r) => ({ code: r.code, municipalityCode: r.municipalityCode, nameNl: r.nameNl, nameFr: r.nameFr, municipalityNameNl: r.municipalityNameNl, municipalityNameFr: r.municipalityNameFr, total: r.total })),
  };
  remember(db, datasetId, data);
  return data;
}
