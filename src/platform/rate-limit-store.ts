/**
 * A store for @fastify/rate-limit that keeps its counters in the database
 * (table rate_limits), so every app instance on one PostgreSQL counts the same
 * hits: a limit reached through one instance holds on all. One atomic upsert
 * per request raises the counter of its key (route and client address), or
 * starts a new window once the old one has expired. Expired rows are deleted
 * now and then by the same requests.
 */
import { sql } from 'drizzle-orm';
import type { RouteOptions } from 'fastify';
import type { Database } from '../db/client.js';

type RouteInfo = { method?: string | string[]; url?: string };
type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/** Every this many hits, rows whose window ended are deleted. */
const CLEAN_EVERY = 500;

/** Raises the key's counter; returns the hits in the current window and the milliseconds it has left. */
export async function hitRateLimit(database: Database, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const [row] = await database.rows<{ hits: number; ttl: number }>(sql`
    INSERT INTO rate_limits (key, hits, expires_at) VALUES (${key}, 1, now() + ${windowMs}::double precision * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.expires_at <= now() THEN 1 ELSE rate_limits.hits + 1 END,
      expires_at = CASE WHEN rate_limits.expires_at <= now() THEN excluded.expires_at ELSE rate_limits.expires_at END
    RETURNING hits, greatest(0, ceil(extract(epoch FROM expires_at - now()) * 1000))::int AS ttl`);
  return { current: Number(row!.hits), ttl: Number(row!.ttl) };
}

export async function cleanRateLimits(database: Database): Promise<void> {
  await database.rows(sql`DELETE FROM rate_limits WHERE expires_at < now()`);
}

/** The store class @fastify/rate-limit instantiates (`store` option); one counter space per route. */
export function databaseRateLimitStore(database: Database) {
  let hits = 0;
  return class DatabaseRateLimitStore {
    private readonly prefix: string;

    /** The plugin constructs the global store with its options; routes get child(), keyed by method and URL. */
    constructor(prefix?: unknown) {
      this.prefix = typeof prefix === 'string' ? prefix : 'global';
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      if (++hits % CLEAN_EVERY === 0) cleanRateLimits(database).catch(() => undefined);
      hitRateLimit(database, `${this.prefix}|${key}`, timeWindow).then(
        (r) => cb(null, r),
        (e: unknown) => cb(e as Error),
      );
    }

    // Typed as the route's options; at run time the plugin passes its merged limit settings with the route in routeInfo.
    child(routeOptions: RouteOptions & { path: string; prefix: string }): DatabaseRateLimitStore {
      const given = routeOptions as unknown as { routeInfo?: RouteInfo } & RouteInfo;
      const r: RouteInfo = given.routeInfo ?? given;
      return new DatabaseRateLimitStore(`${[r.method ?? ''].flat().join(',')} ${r.url ?? ''}`);
    }
  };
}
