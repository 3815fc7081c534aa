import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataCache } from '../../src/platform/data-cache.js';

/** A loader that counts its calls and answers `value-N`. */
function counting() {
  let calls = 0;
  const load = async () => `value-${++calls}`;
  return { load, calls: () => calls };
}

describe('DataCache: derived data kept per database handle and data version', () => {
  it('computes once per key and version, and again when the version moves', async () => {
    const cache = new DataCache<string>();
    const db = {};
    const l = counting();
    assert.equal(await cache.get(db, 'v1', 'k', l.load), 'value-1');
    assert.equal(await cache.get(db, 'v1', 'k', l.load), 'value-1');
    assert.equal(l.calls(), 1);
    assert.equal(await cache.get(db, 'v2', 'k', l.load), 'value-2');
    assert.equal(l.calls(), 2);
  });

  it('drops entries of an older version when a new version is seen', async () => {
    const cache = new DataCache<string>();
    const db = {};
    const a = counting();
    const b = counting();
    await cache.get(db, 'v1', 'a', a.load);
    await cache.get(db, 'v2', 'b', b.load);
    // 'a' was computed at v1; asking it at v1 again after v2 was seen recomputes (the old entry is gone).
    await cache.get(db, 'v1', 'a', a.load);
    assert.equal(a.calls(), 2);
  });

  it('keeps the entries of each owner apart (two apps, two databases)', async () => {
    const cache = new DataCache<string>();
    const one = {};
    const two = {};
    await cache.get(one, 'v', 'k', async () => 'one');
    assert.equal(await cache.get(two, 'v', 'k', async () => 'two'), 'two');
    assert.equal(await cache.get(one, 'v', 'k', async () => 'again'), 'one');
  });

  it('shares one computation between concurrent asks', async () => {
    const cache = new DataCache<string>();
    const db = {};
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = async () => {
      calls++;
      await gate;
      return 'done';
    };
    const first = cache.get(db, 'v', 'k', load);
    const second = cache.get(db, 'v', 'k', load);
    release();
    assert.deepEqual(await Promise.all([first, second]), ['done', 'done']);
    assert.equal(calls, 1);
  });

  it('forgets a failed computation instead of serving the failure', async () => {
    const cache = new DataCache<string>();
    const db = {};
    await assert.rejects(
      cache.get(db, 'v', 'k', async () => {
        throw new Error('database went away');
      }),
      /database went away/,
    );
    // A loader that throws synchronously is a rejected promise too, not an exception from get.
    await assert.rejects(
      cache.get(db, 'v', 'k', () => {
        throw new Error('sync failure');
      }),
      /sync failure/,
    );
    assert.equal(await cache.get(db, 'v', 'k', async () => 'recovered'), 'recovered');
  });

  it('keeps at most max keys per owner, the least recently used going first', async () => {
    const cache = new DataCache<string>({ max: 2 });
    const db = {};
    const loads: string[] = [];
    const load = (k: string) => async () => {
      loads.push(k);
      return k;
    };
    await cache.get(db, 'v', 'a', load('a'));
    await cache.get(db, 'v', 'b', load('b'));
    await cache.get(db, 'v', 'a', load('a')); // a is now the most recent
    await cache.get(db, 'v', 'c', load('c')); // b goes
    await cache.get(db, 'v', 'a', load('a'));
    await cache.get(db, 'v', 'b', load('b'));
    assert.deepEqual(loads, ['a', 'b', 'c', 'b']);
  });

  it('clear forgets one owner only', async () => {
    const cache = new DataCache<string>();
    const one = {};
    const two = {};
    const l = counting();
    await cache.get(one, 'v', 'k', l.load);
    await cache.get(two, 'v', 'k', l.load);
    cache.clear(one);
    await cache.get(one, 'v', 'k', l.load);
    await cache.get(two, 'v', 'k', l.load);
    assert.equal(l.calls(), 3);
  });
});
