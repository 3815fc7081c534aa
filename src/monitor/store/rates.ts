/**
 * Rate tables: the cited defaults in code (src/monitor/default-rates.ts, always available) and
 * tables imported from CSV (indicator,age_from,age_to,sex,civil_status,nationality,rate,low,high,
 * source), stored with their source. A model is built from any mix of table ids.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rateTables } from '../../db/schema.js';
import { DEFAULT_MODEL_TABLE_IDS, DEFAULT_TABLES, defaultModel, defaultTable } from '../default-rates.js';
import { buildModel, isBuiltInIndicator, parseRatesCsv, RatesCsvError, type IndicatorId, type PrevalenceModel, type RateRule, type RateTable } from '../rates.js';

export interface RateTableInfo {
  id: string;
  title: string;
  /** 'built-in' (cited in code) or the imported file's name. */
  source: string;
  builtIn: boolean;
  inDefaultModel: boolean;
  indicators: IndicatorId[];
  rules: number;
  importedAt: Date | null;
  citation: string | null;
}

/** A table id from a file name: "Rates 2025.csv" → "rates-2025". */
export function tableIdFromFile(file: string): string {
  return (
    basename(file, extname(file))
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'rates'
  );
}

export interface RatesImportResult {
  id: string;
  title: string;
  source: string;
  rules: number;
  indicators: IndicatorId[];
  replaced: boolean;
}

/**
 * Imports a rates CSV as a table (replacing an imported table with the same id). The rules are
 * validated as a model of their own; every problem is reported with its line (RatesCsvError).
 */
export async function importRates(db: Db, input: string | Uint8Array, opts: { label?: string; id?: string; title?: string } = {}): Promise<RatesImportResult> {
  const file = opts.label ?? (typeof input === 'string' ? basename(input) : 'rates.csv');
  const text = typeof input === 'string' ? await readFile(input, 'utf8') : Buffer.from(input).toString('utf8');
  const rules = parseRatesCsv(text, { file });
  if (!rules.length) throw new RatesCsvError([{ message: 'the file has a header but no rates' }], file);
  const model = buildModel(rules);
  const id = opts.id ?? tableIdFromFile(file);
  if (DEFAULT_TABLES.some((t) => t.id === id)) throw new RatesCsvError([{ message: `"${id}" is the id of a built-in table; choose another name for the imported one` }], file);
  const title = opts.title ?? file;
  const replaced = await db.transaction(async (tx) => {
    const old = await tx.select({ id: rateTables.id }).from(rateTables).where(eq(rateTables.id, id));
    if (old.length) await tx.delete(rateTables).where(eq(rateTables.id, id));
    await tx.insert(rateTables).values({ id, title, source: file, rules: rules.map(({ origin: _o, ...r }) => r), csv: text });
    return old.length > 0;
  });
  return { id, title, source: file, rules: rules.length, indicators: [...model.indicators], replaced };
}

function describeBuiltIn(t: RateTable): RateTableInfo {
  const present = new Set(t.rules.map((r) => r.indicator));
  return {
    id: t.id,
    title: t.title.en,
    source: 'built-in',
    builtIn: true,
    inDefaultModel: (DEFAULT_MODEL_TABLE_IDS as readonly string[]).includes(t.id),
    indicators: [...present],
    rules: t.rules.length,
    importedAt: null,
    citation: t.citation,
  };
}

export async function listRateTables(db: Db): Promise<RateTableInfo[]> {
  const imported = await db.select().from(rateTables);
  return [
    ...DEFAULT_TABLES.map(describeBuiltIn),
    ...imported.map((r) => {
      const rules = r.rules as RateRule[];
      return {
        id: r.id,
        title: r.title,
        source: r.source,
        builtIn: false,
        inDefaultModel: false,
        indicators: [...new Set(rules.map((x) => x.indicator))],
        rules: rules.length,
        importedAt: r.importedAt,
        citation: null,
      };
    }),
  ];
}

export class UnknownRateTableError extends Error {
  override name = 'UnknownRateTableError';
}

/**
 * The model from table ids (built-in or imported); the default model when none are given.
 * Throws UnknownRateTableError for an unknown id, RateModelError when the tables overlap.
 */
export async function modelFromTables(db: Db, ids?: readonly string[]): Promise<PrevalenceModel> {
  if (!ids?.length) return defaultModelWithOwn(db);
  const parts: (RateTable | RateRule)[] = [];
  const imported = new Map((await db.select().from(rateTables)).map((r) => [r.id, r]));
  for (const id of ids) {
    const builtIn = DEFAULT_TABLES.find((t) => t.id === id);
    if (builtIn) {
      parts.push(builtIn);
      continue;
    }
    const row = imported.get(id);
    if (!row) throw new UnknownRateTableError(`no rate table "${id}"; known: ${[...DEFAULT_TABLES.map((t) => t.id), ...imported.keys()].join(', ')}`);
    for (const r of row.rules as RateRule[]) parts.push({ ...r, origin: `table ${id} (${row.source})` });
  }
  return buildModel(parts);
}

/**
 * The analysts' own indicators (names outside the built-in list) of the imported tables, each
 * from the most recently imported table that has it, with its file's labels and sources.
 */
function ownIndicatorRules(rows: readonly { id: string; source: string; importedAt: Date; rules: unknown }[]): RateRule[] {
  const taken = new Set<string>();
  const out: RateRule[] = [];
  for (const row of [...rows].sort((a, b) => b.importedAt.getTime() - a.importedAt.getTime() || (a.id < b.id ? -1 : 1))) {
    const mine = (row.rules as RateRule[]).filter((r) => !isBuiltInIndicator(r.indicator) && !taken.has(r.indicator));
    for (const r of mine) out.push({ ...r, origin: `table ${row.id} (${row.source})` });
    for (const r of mine) taken.add(r.indicator);
  }
  return out;
}

const withOwnCache = new Map<string, PrevalenceModel>();

/**
 * The model the monitor, the API and the CLI use when no tables are named: the cited default
 * model plus the analysts' own indicators of the imported tables (their built-in indicators stay
 * out, so the default figures never change by an import). Rebuilt only when the imported tables change.
 */
export async function defaultModelWithOwn(db: Db): Promise<PrevalenceModel> {
  const rows = await db.select({ id: rateTables.id, source: rateTables.source, importedAt: rateTables.importedAt, rules: rateTables.rules }).from(rateTables);
  const own = ownIndicatorRules(rows);
  if (!own.length) return defaultModel();
  const key = rows.map((r) => `${r.id}@${r.importedAt.toISOString()}`).sort().join('|');
  let m = withOwnCache.get(key);
  if (!m) {
    if (withOwnCache.size >= 8) withOwnCache.clear();
    m = buildModel([...DEFAULT_MODEL_TABLE_IDS.map(defaultTable), ...own]);
    withOwnCache.set(key, m);
  }
  return m;
}

/** The model from a rates CSV file, without storing it (the CLI's --rates FILE). */
export async function modelFromCsvFile(path: string): Promise<PrevalenceModel> {
  const text = await readFile(path, 'utf8');
  return buildModel(parseRatesCsv(text, { file: basename(path) }));
}
