/**
 * One kind of cache for data derived from the database (facet counts, map outlines, area models,
 * supply per area …), so each capability does not invent its own invalidation.
 *
 * - Owned by the database handle, that is by the app instance that opened it: entries live in a
 *   WeakMap on the handle and go with it. Nothing is shared between two apps in one process (tests
 *   open many), and nothing outlives a closed database.
 * - Keyed on a data version read from the database on every ask (the catalogue version bumped in
 *   every write transaction, the areas revision, …). Several app instances on one PostgreSQL each
 *   read the version, so none serves what another instance has changed since.
 * - An entry is the promise, so concurrent asks share one computation; a failed computation is
 *   forgotten, never served. Entries of another version are dropped when a new version is seen, and
 *   at most `max` keys are kept per owner (least recently used goes first).
 */
export interface DataCacheOptions {
  /** Keys kept per owner (default 16). */
  max?: number;
}

interface Entry<V> {
  version: string;
  value: Promise<V>;
}

export class DataCache<V> {
  private readonly byOwner = new WeakMap<object, Map<string, Entry<V>>>();
  private readonly max: number;

  constructor(opts: DataCacheOptions = {}) {
    this.max = Math.max(1, opts.max ?? 16);
  }

  /** The value for `key` at `version`, computed by `load` when missing or of another version. */
  get(owner: object, version: string, key: string, load: () => Promise<V>): Promise<V> {
    let entries = this.byOwner.get(owner);
    if (!entries) this.byOwner.set(owner, (entries = new Map()));
    const hit = entries.get(key);
    if (hit?.version === version) {
      entries.delete(key);
      entries.set(key, hit); // most recently used last
      return hit.value;
    }
    for (const [k, e] of entries) if (e.version !== version) entries.delete(k);
    const entry: Entry<V> = { version, value: Promise.resolve().then(load) };
    entries.set(key, entry);
    while (entries.size > this.max) entries.delete(entries.keys().next().value!);
    const map = entries;
    entry.value.catch(() => {
      if (map.get(key) === entry) map.delete(key);
    });
    return entry.value;
  }

  /** Forgets one owner's entries (benchmarks measure cold runs with it), or nothing without an owner. */
  clear(owner?: object): void {
    if (owner) this.byOwner.delete(owner);
  }
}
