/**
 * An in-memory index of the published catalogue for disjunctive facet counts: one bitset per
 * code of every facet (matrix axes, social isolation, area) and per source, over the
 * initiatives in the database's own name order (lower(name), id).
 *
 * Why: counting every facet in SQL means a pass over wide rows for each query (about two thirds
 * of the catalogue query's CPU at 100,000 initiatives, bench/run.ts). With bitsets a facet count
 * is an AND and a popcount over 100,000 bits (3,125 words), so all facets of a query cost a few
 * milliseconds; PostgreSQL is left with what it does best: the free-text match on its GIN index,
 * and fetching the 20 rows of the page.
 *
 * Pure: built from rows, answers from bitsets; search.ts loads it and keeps it current.
 */
import { AXIS_NAMES, type AxisName } from '../vocabulary/matrix.js';
import type { TsQuery } from './tsquery.js';
import { CAPACITY_CONFIRMED_DAYS, WEEKDAYS } from './access.js';

/** The access facts (issue 13) counted like facets: three lists, and four yes-only flags counted under the code 'true'. */
export const ACCESS_FACETS = ['language', 'mode', 'weekday', 'free', 'wheelchair', 'hearing_loop', 'has_room'] as const;
export type AccessFacet = (typeof ACCESS_FACETS)[number];
export type FacetName = AxisName | 'social_isolation' | 'area' | AccessFacet;
export const FACET_NAMES: readonly FacetName[] = [...AXIS_NAMES, 'social_isolation', 'area', ...ACCESS_FACETS];

/** The area "code" under which initiatives without areas are indexed (never a facet value). */
const NO_AREA = '';

/** Separates the lexemes of one initiative in IndexRow.lexemes (ASCII unit separator: never in a lexeme of words). */
export const LEXEME_SEPARATOR = '\u001f';

/** One published initiative as the index needs it, in display order (lower(name), id); lexemes as one string (one string per row, not one per lexeme, keeps loading 100,000 rows light). */
export type IndexRow = { id: string; source: string | null; social_isolation: boolean; areas: string[]; lexemes?: string | null; titleLexemes?: string | null } & Record<AxisName, string | string[]> & Partial<AccessColumns>;

/** The access columns as the index loads them (absent: the initiative says nothing). */
export interface AccessColumns {
  access_languages: string[];
  access_modes: string[];
  /** ISO weekday numbers, 1 = Monday. */
  access_weekdays: number[];
  access_free: boolean | null;
  access_wheelchair: boolean | null;
  hearing_loop: boolean;
  /** capacity_set_on when the capacity status is has_room (YYYY-MM-DD), else null: whether it is still confirmed depends on the day asked. */
  room_set_on: string | null;
}

export interface IndexQuery {
  /** Codes per facet (OR within a facet, AND across facets); social_isolation as 'true'/'false'. */
  filters: Partial<Record<FacetName, readonly string[]>>;
  source?: string;
  /**
   * The area filter resolved (area-scope.ts): initiatives naming one of `codes`, or naming no area
   * at one of the `arealess` geographic levels. Undefined: no area filter. Replaces filters.area.
   */
  area?: { codes: readonly string[]; arealess: readonly string[] };
  /**
   * Free text: the query matched against the initiatives' lexemes here, or ('ids') the hits the
   * database found (queries the index cannot decide: phrases, prefixes); undefined: no free text.
   */
  text?: { query: TsQuery | 'empty' } | { ids: ReadonlySet<string> };
  /**
   * Relevance (where.ts, titleHits): the free text's lexemes; the matches are ordered by how many of them
   * the initiative's title holds, most first, then in name order. Undefined: name order.
   */
  rankBy?: readonly string[];
  /** Today in Brussels (YYYY-MM-DD): "has room" is a status set at most 30 days before it. */
  today?: string;
}

export interface IndexAnswer {
  total: number;
  /** Every matching id: by relevance when the query asks for it (rankBy), else in name order. */
  ids: string[];
  /** Counts per code; area lists only codes with a count. */
  facets: Record<FacetName, Map<string, number>>;
}

type Bits = Uint32Array;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export class FacetIndex {
  readonly size: number;
  private readonly words: number;
  private readonly ids: string[];
  private readonly ordinal = new Map<string, number>();
  private readonly bits = new Map<FacetName, Map<string, Bits>>();
  private readonly sources = new Map<string, Bits>();
  /** Ordinal and day number (days since 1970) of the initiatives whose capacity says has_room. */
  private readonly roomSince: [number, number][] = [];
  private roomBitsFor: { today: string; bits: Bits } | null = null;
  /** Lexeme → ordinals of the initiatives whose search vector holds it (ascending). */
  private readonly postings = new Map<string, Uint32Array>();
  /** Lexeme → ordinals of the initiatives whose title (name, organisation) holds it (ascending). */
  private readonly titlePostings = new Map<string, Uint32Array>();
  /**
   * Per facet, the codes of each initiative (code ordinals in the order of `bits`, compressed rows:
   * initiative i has codes[start[i] .. start[i + 1]]), made when first needed. Counting a facet with many codes (areas: a
   * few hundred) row by row over the initiatives a query leaves costs what they name, instead of
   * an AND over the whole catalogue per code (answer(), `countBy`).
   */
  private readonly rowCodes = new Map<FacetName, { start: Uint32Array; codes: Uint32Array; names: string[] }>();

  constructor(rows: readonly IndexRow[]) {
    this.size = rows.length;
    this.words = Math.ceil(rows.length / 32);
    this.ids = rows.map((r) => r.id);
    rows.forEach((r, i) => this.ordinal.set(r.id, i));
    for (const f of FACET_NAMES) this.bits.set(f, new Map());
    const set = (m: Map<string, Bits>, code: string, i: number) => {
      let b = m.get(code);
      if (!b) m.set(code, (b = new Uint32Array(this.words)));
      b[i >>> 5]! |= 1 << (i & 31);
    };
    const postings = new Map<string, number[]>();
    const titlePostings = new Map<string, number[]>();
    const post = (m: Map<string, number[]>, lexemes: string, i: number) => {
      for (const l of lexemes.split(LEXEME_SEPARATOR)) {
        const list = m.get(l);
        if (list) list.push(i);
        else m.set(l, [i]);
      }
    };
    rows.forEach((r, i) => {
      for (const axis of AXIS_NAMES) {
        const v = r[axis];
        for (const code of Array.isArray(v) ? v : [v]) set(this.bits.get(axis)!, code, i);
      }
      set(this.bits.get('social_isolation')!, String(r.social_isolation), i);
      for (const a of r.areas) set(this.bits.get('area')!, a, i);
      if (r.areas.length === 0) set(this.bits.get('area')!, NO_AREA, i);
      if (r.source !== null) set(this.sources, r.source, i);
      for (const l of r.access_languages ?? []) set(this.bits.get('language')!, l, i);
      for (const m of r.access_modes ?? []) set(this.bits.get('mode')!, m, i);
      for (const d of r.access_weekdays ?? []) set(this.bits.get('weekday')!, WEEKDAYS[d - 1]!, i);
      if (r.access_free === true) set(this.bits.get('free')!, 'true', i);
      if (r.access_wheelchair === true) set(this.bits.get('wheelchair')!, 'true', i);
      if (r.hearing_loop === true) set(this.bits.get('hearing_loop')!, 'true', i);
      if (r.room_set_on) this.roomSince.push([i, dayNumber(r.room_set_on)]);
      if (r.lexemes) post(postings, r.lexemes, i);
      if (r.titleLexemes) post(titlePostings, r.titleLexemes, i);
    });
    // Typed arrays: half the memory of number arrays, and nothing for the collector to walk.
    for (const [l, list] of postings) this.postings.set(l, Uint32Array.from(list));
    for (const [l, list] of titlePostings) this.titlePostings.set(l, Uint32Array.from(list));
  }

  /** The compressed rows of facet `f` (rowCodes), made from its bitsets when first needed: a facet with few codes never needs them. */
  private rowsOf(f: FacetName): { start: Uint32Array; codes: Uint32Array; names: string[] } {
    let rows = this.rowCodes.get(f);
    if (rows) return rows;
    const byCode = [...this.bits.get(f)!];
    const forEachBit = (b: Bits, each: (i: number) => void) => {
      for (let w = 0; w < this.words; w++) {
        let x = b[w]!;
        while (x) {
          const low = x & -x;
          each(w * 32 + 31 - Math.clz32(low));
          x ^= low;
        }
      }
    };
    const start = new Uint32Array(this.size + 1);
    for (const [, b] of byCode) forEachBit(b, (i) => start[i + 1]!++);
    for (let i = 0; i < this.size; i++) start[i + 1]! += start[i]!;
    const codes = new Uint32Array(start[this.size]!);
    const next = start.slice(0, this.size);
    byCode.forEach(([, b], k) => forEachBit(b, (i) => (codes[next[i]!++] = k)));
    rows = { start, codes, names: byCode.map(([c]) => c) };
    if (f !== 'has_room') this.rowCodes.set(f, rows); // has_room's bitset is made for the day asked (answer())
    return rows;
  }

  /** The counts per code of facet `f` over the initiatives in `mask`, by one AND per code or row by row. */
  private countFacet(f: FacetName, mask: Bits, countBy?: 'bits' | 'rows'): Map<string, number> {
    const counts = new Map<string, number>();
    const byCode = this.bits.get(f)!;
    if (countBy === undefined) {
      // Row by row costs about (initiatives in the mask) × (codes each names, ~1 to 3); by bitset (codes) × (words).
      let inMask = 0;
      if (byCode.size > 32) for (let w = 0; w < this.words; w++) if (mask[w]) inMask += popcount32(mask[w]!);
      countBy = byCode.size > 32 && inMask * 8 < byCode.size * this.words ? 'rows' : 'bits';
    }
    if (countBy === 'bits') {
      for (const [code, b] of byCode) {
        if (f === 'area' && code === NO_AREA) continue;
        const n = this.countAnd(mask, b);
        if (n > 0) counts.set(code, n);
      }
      return counts;
    }
    const rows = this.rowsOf(f);
    const perCode = new Uint32Array(rows.names.length);
    for (let w = 0; w < this.words; w++) {
      let x = mask[w]!;
      while (x) {
        const low = x & -x;
        const i = w * 32 + 31 - Math.clz32(low);
        for (let k = rows.start[i]!; k < rows.start[i + 1]!; k++) perCode[rows.codes[k]!]!++;
        x ^= low;
      }
    }
    // In the order of `bits`, as the bitset count gives them.
    rows.names.forEach((code, k) => {
      if (perCode[k]! > 0 && !(f === 'area' && code === NO_AREA)) counts.set(code, perCode[k]!);
    });
    return counts;
  }

  /** The initiatives a boolean text query matches: a lexeme is in their search vector, or not. */
  private matchText(q: TsQuery): Bits {
    switch (q.op) {
      case 'lexeme': {
        const b = new Uint32Array(this.words);
        for (const i of this.postings.get(q.lexeme) ?? []) b[i >>> 5]! |= 1 << (i & 31);
        return b;
      }
      case 'not': {
        const b = this.all();
        const arg = this.matchText(q.arg);
        for (let w = 0; w < this.words; w++) b[w]! &= ~arg[w]!;
        return b;
      }
      case 'and': {
        const b = this.matchText(q.left);
        FacetIndex.andInto(b, this.matchText(q.right));
        return b;
      }
      case 'or': {
        const b = this.matchText(q.left);
        const r = this.matchText(q.right);
        for (let w = 0; w < this.words; w++) b[w]! |= r[w]!;
        return b;
      }
    }
  }

  private all(): Bits {
    const b = new Uint32Array(this.words).fill(0xffffffff);
    const rest = this.size & 31;
    if (rest) b[this.words - 1] = (1 << rest) - 1;
    return b;
  }

  private union(m: Map<string, Bits>, codes: readonly string[]): Bits {
    const out = new Uint32Array(this.words);
    for (const c of codes) {
      const b = m.get(c);
      if (b) for (let w = 0; w < this.words; w++) out[w]! |= b[w]!;
    }
    return out;
  }

  private static andInto(target: Bits, b: Bits): void {
    for (let w = 0; w < target.length; w++) target[w]! &= b[w]!;
  }

  private countAnd(a: Bits, b: Bits): number {
    let n = 0;
    for (let w = 0; w < this.words; w++) {
      const x = a[w]! & b[w]!;
      if (x) n += popcount32(x);
    }
    return n;
  }

  /** The has_room bitset for `today` (kept for the day asked last: it changes only at midnight). */
  private hasRoom(today: string): Bits {
    if (this.roomBitsFor?.today === today) return this.roomBitsFor.bits;
    const b = new Uint32Array(this.words);
    const first = dayNumber(today) - CAPACITY_CONFIRMED_DAYS;
    for (const [i, day] of this.roomSince) if (day >= first) b[i >>> 5]! |= 1 << (i & 31);
    this.roomBitsFor = { today, bits: b };
    return b;
  }

  /** The area codes the indexed initiatives name. */
  areaCodes(): string[] {
    return [...this.bits.get('area')!.keys()].filter((c) => c !== NO_AREA);
  }

  /** `countBy` forces one way of counting the facets (tests compare both); by default the cheaper one per facet. */
  answer(q: IndexQuery, countBy?: 'bits' | 'rows'): IndexAnswer {
    this.bits.set('has_room', q.today ? new Map([['true', this.hasRoom(q.today)]]) : new Map());
    // Base: what is not a facet (text, source); each facet's counts apply every other facet's filter.
    const base = q.source !== undefined ? new Uint32Array(this.sources.get(q.source) ?? new Uint32Array(this.words)) : this.all();
    if (q.text && 'ids' in q.text) {
      const hits = new Uint32Array(this.words);
      for (const id of q.text.ids) {
        const i = this.ordinal.get(id);
        if (i !== undefined) hits[i >>> 5]! |= 1 << (i & 31);
      }
      FacetIndex.andInto(base, hits);
    } else if (q.text) {
      FacetIndex.andInto(base, q.text.query === 'empty' ? new Uint32Array(this.words) : this.matchText(q.text.query));
    }
    const filters = new Map<FacetName, Bits>();
    for (const f of FACET_NAMES) {
      const codes = q.filters[f];
      if (f !== 'area' && codes?.length) filters.set(f, this.union(this.bits.get(f)!, codes));
    }
    if (q.area) {
      const b = this.union(this.bits.get('area')!, q.area.codes);
      const none = this.bits.get('area')!.get(NO_AREA);
      if (none && q.area.arealess.length) {
        const levels = this.union(this.bits.get('geographic_level')!, q.area.arealess);
        for (let w = 0; w < this.words; w++) b[w]! |= none[w]! & levels[w]!;
      }
      filters.set('area', b);
    } else if (q.filters.area?.length) filters.set('area', this.union(this.bits.get('area')!, q.filters.area));
    const final = new Uint32Array(base);
    for (const b of filters.values()) FacetIndex.andInto(final, b);
    const facets = {} as Record<FacetName, Map<string, number>>;
    for (const f of FACET_NAMES) {
      // A facet without a filter of its own counts over what every filter leaves.
      let mask = final;
      if (filters.has(f)) {
        mask = new Uint32Array(base);
        for (const [g, b] of filters) if (g !== f) FacetIndex.andInto(mask, b);
      }
      facets[f] = this.countFacet(f, mask, countBy);
    }
    const matched: number[] = [];
    for (let w = 0; w < this.words; w++) {
      let x = final[w]!;
      while (x) {
        const low = x & -x;
        matched.push(w * 32 + 31 - Math.clz32(low));
        x ^= low;
      }
    }
    const ordered = q.rankBy?.length ? this.byTitleHits(matched, final, q.rankBy) : matched;
    return { total: ordered.length, ids: ordered.map((i) => this.ids[i]!), facets };
  }

  /**
   * `matched` (ascending ordinals, i.e. name order; `bits` the same set) reordered by relevance:
   * how many of `lexemes` each title holds, most first; ties keep name order. Costs the title
   * postings of the query's lexemes, not a pass over the matches' texts.
   */
  private byTitleHits(matched: number[], bits: Bits, lexemes: readonly string[]): number[] {
    const hits = new Map<number, number>();
    for (const l of new Set(lexemes)) {
      for (const i of this.titlePostings.get(l) ?? []) {
        if (bits[i >>> 5]! & (1 << (i & 31))) hits.set(i, (hits.get(i) ?? 0) + 1);
      }
    }
    if (!hits.size) return matched;
    const ranked = [...hits.keys()].sort((a, b) => hits.get(b)! - hits.get(a)! || a - b);
    return [...ranked, ...matched.filter((i) => !hits.has(i))];
  }
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
