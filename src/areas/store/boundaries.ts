/**
 * Storage of areas, their hierarchy, code successions (mergers) and display geometry, with
 * validity periods in whole years (both ends inclusive; null end = still valid).
 *
 * Rules that keep imports order-independent:
 *  - A code list (Statbel REFNIS) is authoritative for an area's validity: its periods replace
 *    the overlapping periods of the same level and code.
 *  - Other files (hierarchies, boundaries) only say "this area exists in year Y": a period that
 *    covers Y is kept (missing names filled in), one that starts later is extended back to Y, and
 *    otherwise a period from Y on is added.
 *  - reconcile() runs after every import, in its transaction: a predecessor in a succession ends
 *    the year before, a succession's year is moved back to when its predecessor really ended (a
 *    sector file of 2025 also shows the 2019 mergers), and a geometry ends when its area's
 *    territory changes (Antwerpen took in Borsbeek in 2025: its 2019 shape ends in 2024).
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { areaGeometries, areaLinks, areaSuccessions, areas, meta } from '../../db/schema.js';
import type { AreaGeometry, BBox } from '../geometry.js';
import type { AreaLevel } from '../levels.js';

const CHUNK = 1000;

export interface AreaRecord {
  level: AreaLevel;
  code: string;
  nameNl: string;
  nameFr: string | null;
  parentCode: string | null;
  validFrom: number;
  validTo: number | null;
  source: string | null;
}

export interface AreaMention {
  level: AreaLevel;
  code: string;
  nameNl?: string | null;
  nameFr?: string | null;
}

export interface LinkRecord {
  childLevel: AreaLevel;
  childCode: string;
  parentLevel: AreaLevel;
  parentCode: string;
  validFrom: number;
  validTo: number | null;
  source: string;
}

export interface SuccessionRecord {
  level: AreaLevel;
  predecessorCode: string;
  successorCode: string;
  year: number;
  evidence: number;
  source: string;
}

const covers = (from: number, to: number | null, y: number) => from <= y && (to === null || to >= y);

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

async function loadAreas(db: Db, level: AreaLevel): Promise<AreaRecord[]> {
  return (await db.select().from(areas).where(eq(areas.level, level)).orderBy(asc(areas.code), asc(areas.validFrom))) as AreaRecord[];
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Replaces the stored periods of these (level, code)s with the given rows for every code touched. */
async function rewriteAreas(db: Db, level: AreaLevel, codes: readonly string[], rows: readonly AreaRecord[]): Promise<void> {
  if (!codes.length) return;
  for (let i = 0; i < codes.length; i += CHUNK) {
    await db.delete(areas).where(and(eq(areas.level, level), inArray(areas.code, codes.slice(i, i + CHUNK) as string[])));
  }
  await insertChunked(rows, (chunk) => db.insert(areas).values(chunk));
}

/**
 * Makes sure each mentioned area exists in `year` (see the rules at the top). Names given fill in
 * missing ones (a name equal to the code is a placeholder and is replaced). Returns counts.
 */
export async function ensureAreas(db: Db, mentions: readonly AreaMention[], year: number, source: string): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  for (const [level, list] of groupBy(mentions, (m) => m.level)) {
    const lvl = level as AreaLevel;
    const existing = groupBy(await loadAreas(db, lvl), (r) => r.code);
    const touched = new Map<string, AreaRecord[]>();
    for (const m of list) {
      const rows = touched.get(m.code) ?? (existing.get(m.code) ?? []).map((r) => ({ ...r }));
      const cover = rows.find((r) => covers(r.validFrom, r.validTo, year));
      const nameNl = m.nameNl?.trim() || null;
      const nameFr = m.nameFr?.trim() || null;
      let changed = false;
      if (cover) {
        if (nameNl && (cover.nameNl === cover.code || cover.nameNl === '') && nameNl !== cover.nameNl) {
          cover.nameNl = nameNl;
          changed = true;
        }
        if (nameFr && !cover.nameFr) {
          cover.nameFr = nameFr;
          changed = true;
        }
      } else {
        const later = rows.filter((r) => r.validFrom > year).sort((a, b) => a.validFrom - b.validFrom)[0];
        const earlier = rows.filter((r) => r.validTo !== null && r.validTo < year).sort((a, b) => b.validTo! - a.validTo!)[0];
        if (later) {
          later.validFrom = year;
          if (nameNl && later.nameNl === later.code) later.nameNl = nameNl;
          if (nameFr && !later.nameFr) later.nameFr = nameFr;
        } else if (earlier) {
          earlier.validTo = null;
        } else {
          rows.push({ level: lvl, code: m.code, nameNl: nameNl ?? m.code, nameFr, parentCode: null, validFrom: year, validTo: null, source });
          added++;
        }
        changed = true;
      }
      if (changed) {
        touched.set(m.code, rows);
        if (rows.length === (existing.get(m.code)?.length ?? 0)) updated++;
      }
    }
    await rewriteAreas(db, lvl, [...touched.keys()], [...touched.values()].flat());
  }
  return { added, updated };
}

/** Stores a code list's periods as authoritative: they replace overlapping periods of the same area. */
export async function replaceAreaPeriods(db: Db, rows: readonly AreaRecord[]): Promise<void> {
  for (const [level, list] of groupBy(rows, (r) => r.level)) {
    const lvl = level as AreaLevel;
    const existing = groupBy(await loadAreas(db, lvl), (r) => r.code);
    const incoming = groupBy(list, (r) => r.code);
    const out: AreaRecord[] = [];
    for (const [code, news] of incoming) {
      const kept = (existing.get(code) ?? []).filter(
        (old) => !news.some((n) => old.validFrom <= (n.validTo ?? Infinity) && n.validFrom <= (old.validTo ?? Infinity)),
      );
      out.push(...kept, ...news);
    }
    await rewriteAreas(db, lvl, [...incoming.keys()], out);
  }
}

/**
 * Records links valid from `year` on. A link to the same parent that covers or starts after the year
 * is kept (extended back to the year); a link to another parent that covers the year ends the year
 * before (or is replaced when it starts in the same year).
 */
export async function setLinks(db: Db, links: readonly Omit<LinkRecord, 'validFrom' | 'validTo' | 'source'>[], year: number, source: string): Promise<number> {
  let changed = 0;
  const key = (l: { childLevel: string; childCode: string; parentLevel: string }) => `${l.childLevel}|${l.parentLevel}|${l.childCode}`;
  for (const [pair, list] of groupBy(links, (l) => `${l.childLevel}|${l.parentLevel}`)) {
    const [childLevel, parentLevel] = pair.split('|') as [AreaLevel, AreaLevel];
    const existing = groupBy(
      (await db
        .select()
        .from(areaLinks)
        .where(and(eq(areaLinks.childLevel, childLevel), eq(areaLinks.parentLevel, parentLevel)))) as LinkRecord[],
      key,
    );
    const touched = new Map<string, LinkRecord[]>();
    for (const l of list) {
      const k = key(l);
      const rows = touched.get(k) ?? (existing.get(k) ?? []).map((r) => ({ ...r }));
      const cover = rows.find((r) => covers(r.validFrom, r.validTo, year));
      if (cover && cover.parentCode === l.parentCode) continue;
      if (cover) {
        if (cover.validFrom === year) {
          cover.parentCode = l.parentCode;
          cover.source = source;
        } else {
          rows.push({ ...l, validFrom: year, validTo: cover.validTo, source });
          cover.validTo = year - 1;
        }
      } else {
        const later = rows.filter((r) => r.validFrom > year).sort((a, b) => a.validFrom - b.validFrom)[0];
        if (later && later.parentCode === l.parentCode) later.validFrom = year;
        else rows.push({ ...l, validFrom: year, validTo: later ? later.validFrom - 1 : null, source });
      }
      touched.set(k, rows);
      changed++;
    }
    const codes = [...touched.keys()].map((k) => k.split('|')[2]!);
    for (let i = 0; i < codes.length; i += CHUNK) {
      await db.delete(areaLinks).where(and(eq(areaLinks.childLevel, childLevel), eq(areaLinks.parentLevel, parentLevel), inArray(areaLinks.childCode, codes.slice(i, i + CHUNK))));
    }
    await insertChunked([...touched.values()].flat(), (chunk) => db.insert(areaLinks).values(chunk));
  }
  return changed;
}

/** Stores a code list's links with their own periods (replacing overlapping ones of the same child and parent level). */
export async function replaceLinkPeriods(db: Db, links: readonly LinkRecord[]): Promise<void> {
  for (const [pair, list] of groupBy(links, (l) => `${l.childLevel}|${l.parentLevel}`)) {
    const [childLevel, parentLevel] = pair.split('|') as [AreaLevel, AreaLevel];
    const existing = groupBy(
      (await db.select().from(areaLinks).where(and(eq(areaLinks.childLevel, childLevel), eq(areaLinks.parentLevel, parentLevel)))) as LinkRecord[],
      (l) => l.childCode,
    );
    const incoming = groupBy(list, (l) => l.childCode);
    const out: LinkRecord[] = [];
    for (const [code, news] of incoming) {
      const kept = (existing.get(code) ?? []).filter((old) => !news.some((n) => old.validFrom <= (n.validTo ?? Infinity) && n.validFrom <= (old.validTo ?? Infinity)));
      out.push(...kept, ...news);
    }
    const codes = [...incoming.keys()];
    for (let i = 0; i < codes.length; i += CHUNK) {
      await db.delete(areaLinks).where(and(eq(areaLinks.childLevel, childLevel), eq(areaLinks.parentLevel, parentLevel), inArray(areaLinks.childCode, codes.slice(i, i + CHUNK))));
    }
    await insertChunked(out, (chunk) => db.insert(areaLinks).values(chunk));
  }
}

/** Adds successions (or raises their evidence and moves their year earlier). */
export async function addSuccessions(db: Db, list: readonly SuccessionRecord[]): Promise<void> {
  await insertChunked(list, (chunk) =>
    db
      .insert(areaSuccessions)
      .values(chunk)
      .onConflictDoUpdate({
        target: [areaSuccessions.level, areaSuccessions.predecessorCode, areaSuccessions.successorCode],
        set: {
          year: sql`least(${areaSuccessions.year}, excluded.year)`,
          evidence: sql`greatest(${areaSuccessions.evidence}, excluded.evidence)`,
          source: sql`excluded.source`,
        },
      }),
  );
}

/** Successions of a level after a year: the mergers a TopoJSON of that year can draw the merged areas for. */
export async function successionsAfter(db: Db, level: AreaLevel, year: number): Promise<Pick<SuccessionRecord, 'predecessorCode' | 'successorCode' | 'year'>[]> {
  return db
    .select({ predecessorCode: areaSuccessions.predecessorCode, successorCode: areaSuccessions.successorCode, year: areaSuccessions.year })
    .from(areaSuccessions)
    .where(and(eq(areaSuccessions.level, level), gt(areaSuccessions.year, year)));
}

export interface GeometryRecord {
  level: AreaLevel;
  code: string;
  validFrom: number;
  validTo: number | null;
  geometry: AreaGeometry;
  bbox: BBox;
  source: string;
}

/** Stores display geometries valid from their year (replacing one stored for the same level, code and year). */
export async function saveGeometries(db: Db, list: readonly GeometryRecord[]): Promise<void> {
  const rows = list.map((g) => ({ level: g.level, code: g.code, validFrom: g.validFrom, validTo: g.validTo, geometry: g.geometry, ...g.bbox, source: g.source }));
  await insertChunked(rows, (chunk) =>
    db
      .insert(areaGeometries)
      .values(chunk)
      .onConflictDoUpdate({
        target: [areaGeometries.level, areaGeometries.code, areaGeometries.validFrom],
        set: {
          geometry: sql`excluded.geometry`,
          validTo: sql`excluded.valid_to_year`,
          minLon: sql`excluded.min_lon`,
          minLat: sql`excluded.min_lat`,
          maxLon: sql`excluded.max_lon`,
          maxLat: sql`excluded.max_lat`,
          source: sql`excluded.source`,
          importedAt: sql`now()`,
        },
      }),
  );
}

/**
 * Makes validity consistent with the successions (see the top of this file). Plain SQL, so it runs
 * the same on both engines; cheap (a few thousand rows).
 */
export async function reconcile(db: Db): Promise<void> {
  await touchAreasRevision(db);
  // 1. A succession cannot be later than the year after its predecessor (really) ended.
  await db.execute(sql`
    update area_successions s set year = a.valid_to_year + 1
    from (select level, code, max(valid_to_year) as valid_to_year from areas
          where valid_to_year is not null
            and not exists (select 1 from areas b where b.level = areas.level and b.code = areas.code and b.valid_to_year is null)
          group by level, code) a
    where a.level = s.level and a.code = s.predecessor_code and s.predecessor_code <> s.successor_code
      and a.valid_to_year + 1 < s.year`);
  // 2. A predecessor (whose code does not live on) ends the year before its succession.
  await db.execute(sql`
    update areas a set valid_to_year = s.year - 1
    from (select level, predecessor_code, min(year) as year from area_successions
          where predecessor_code <> successor_code group by level, predecessor_code) s
    where a.level = s.level and a.code = s.predecessor_code
      and a.valid_from_year < s.year and (a.valid_to_year is null or a.valid_to_year >= s.year)`);
  // Periods that now start after the succession belong to nothing: drop them.
  await db.execute(sql`
    delete from areas a using (select level, predecessor_code, min(year) as year from area_successions
          where predecessor_code <> successor_code group by level, predecessor_code) s
    where a.level = s.level and a.code = s.predecessor_code and a.valid_from_year >= s.year`);
  // 3. Links of an ended area end with it.
  await db.execute(sql`
    update area_links l set valid_to_year = e.valid_to_year
    from (select level, code, max(valid_to_year) as valid_to_year from areas a
          where valid_to_year is not null
            and not exists (select 1 from areas b where b.level = a.level and b.code = a.code and b.valid_to_year is null)
          group by level, code) e
    where l.child_level = e.level and l.child_code = e.code and l.valid_from_year <= e.valid_to_year
      and (l.valid_to_year is null or l.valid_to_year > e.valid_to_year)`);
  // 4. A geometry ends when its area's territory changes: the year before a succession into or out of it.
  await db.execute(sql`
    update area_geometries g set valid_to_year = c.year - 1
    from (select g2.level, g2.code, g2.valid_from_year, min(s.year) as year
          from area_geometries g2
          join area_successions s on s.level = g2.level and (s.predecessor_code = g2.code or s.successor_code = g2.code)
          where s.year > g2.valid_from_year
          group by g2.level, g2.code, g2.valid_from_year) c
    where g.level = c.level and g.code = c.code and g.valid_from_year = c.valid_from_year
      and (g.valid_to_year is null or g.valid_to_year >= c.year)`);
  // ... and when a newer geometry of the same area starts.
  await db.execute(sql`
    update area_geometries g set valid_to_year = n.next_from - 1
    from (select level, code, valid_from_year,
                 lead(valid_from_year) over (partition by level, code order by valid_from_year) as next_from
          from area_geometries) n
    where g.level = n.level and g.code = n.code and g.valid_from_year = n.valid_from_year
      and n.next_from is not null and (g.valid_to_year is null or g.valid_to_year >= n.next_from)`);
}

/** Key in the meta table that changes with every area import (so cached area models are reloaded). */
export const AREAS_REVISION_KEY = 'areas_revision';

export async function touchAreasRevision(db: Db): Promise<void> {
  const value = { at: new Date().toISOString(), nonce: Math.random().toString(36).slice(2) };
  await db.insert(meta).values({ key: AREAS_REVISION_KEY, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
}

export async function areasRevision(db: Db): Promise<string> {
  const [r] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, AREAS_REVISION_KEY));
  return r ? JSON.stringify(r.value) : 'none';
}
