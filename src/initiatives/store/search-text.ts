/**
 * The stored search text of initiatives (search_title, search_body): place
 * names from the area model for the write path, and a refresh of every row
 * when what is indexed changed (SEARCH_TEXT_VERSION) or the area names did
 * (after an area import), so old rows are found in every language too.
 */
import { asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { areas, initiatives, meta } from '../../db/schema.js';
import { SEARCH_TEXT_VERSION } from '../multilingual.js';
import { fromRow, searchText } from '../record.js';
import { bumpCatalogueVersion } from './version.js';

const KEY = 'search_text_version';
const BATCH = 1000;

/** Dutch and French names per area code (a sector's municipality included), from the area model. */
export async function placeNamesFor(db: Db, codes: readonly string[]): Promise<Map<string, string[]>> {
  const wanted = new Set<string>();
  for (const c of codes) {
    wanted.add(c);
    if (/^\d{5}/.test(c)) wanted.add(c.slice(0, 5));
  }
  const out = new Map<string, string[]>();
  if (!wanted.size) return out;
  const rows = await db.select({ code: areas.code, nameNl: areas.nameNl, nameFr: areas.nameFr }).from(areas).where(inArray(areas.code, [...wanted]));
  for (const r of rows) {
    const names = out.get(r.code) ?? [];
    for (const n of [r.nameNl, r.nameFr]) if (n && !names.includes(n)) names.push(n);
    out.set(r.code, names);
  }
  return out;
}

/**
 * Recomputes every initiative's search text, in one transaction, when the
 * stored version is older than the code's (or always, with `force`, after
 * area names changed). Returns the number of rows rewritten.
 */
export async function refreshSearchText(db: Db, { force = false } = {}): Promise<number> {
  if (!force) {
    const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, KEY)).limit(1);
    if (rows[0] && Number(rows[0].value) >= SEARCH_TEXT_VERSION) return 0;
  }
  return db.transaction(async (tx) => {
    let done = 0;
    let after = '';
    for (;;) {
      const batch = await tx.select().from(initiatives).where(gt(initiatives.id, after)).orderBy(asc(initiatives.id)).limit(BATCH);
      if (!batch.length) break;
      const names = await placeNamesFor(tx, batch.flatMap((r) => r.areas));
      for (const row of batch) {
        const { searchTitle, searchBody } = searchText(fromRow(row), names);
        if (searchTitle === row.searchTitle && searchBody === row.searchBody) continue;
        await tx.update(initiatives).set({ searchTitle, searchBody }).where(eq(initiatives.id, row.id));
        done++;
      }
      after = batch[batch.length - 1]!.id;
    }
    // The facet index holds the lexemes too: a new catalogue version rebuilds it.
    if (done > 0) await bumpCatalogueVersion(tx);
    await tx
      .insert(meta)
      .values({ key: KEY, value: SEARCH_TEXT_VERSION })
      .onConflictDoUpdate({ target: meta.key, set: { value: sql`excluded.value` } });
    return done;
  });
}
