/**
 * The cookie-signing secret lives in the database, so every app instance
 * on the same PostgreSQL shares it (stateless servers) and restarts keep
 * users signed in. VERBIND_COOKIE_SECRET overrides it.
 *
 * A restore into a running server (`verbind restore` works through it) replaces
 * the secret in the database; the server reads it again at most every
 * `checkMs` (before a request), so it signs and checks with the restored
 * secret without a restart, as every other instance on that database does.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Signer, type UnsignResult } from '@fastify/cookie';
import type { Database } from '../db/client.js';
import { meta } from '../db/schema.js';

export async function cookieSecret(database: Database): Promise<string> {
  if (process.env.VERBIND_COOKIE_SECRET) return process.env.VERBIND_COOKIE_SECRET;
  const candidate = randomBytes(32).toString('base64url');
  await database.db.insert(meta).values({ key: 'cookie_secret', value: candidate }).onConflictDoNothing();
  const rows = await database.db.select().from(meta).where(eq(meta.key, 'cookie_secret'));
  return String(rows[0]!.value);
}

/** A cookie signer (for @fastify/cookie) whose secret follows the database's. */
export interface CookieSigner {
  sign(value: string): string;
  unsign(input: string): UnsignResult;
  /** Reads the secret again when the last read is older than checkMs. */
  refresh(): Promise<void>;
}

export async function databaseCookieSigner(database: Database, checkMs = 5_000): Promise<CookieSigner> {
  let secret = await cookieSecret(database);
  let signer = new Signer(secret);
  let checkedAt = Date.now();
  const fixed = !!process.env.VERBIND_COOKIE_SECRET;
  return {
    sign: (value) => signer.sign(value),
    unsign: (input) => signer.unsign(input),
    async refresh() {
      if (fixed || Date.now() - checkedAt < checkMs) return;
      checkedAt = Date.now();
      const next = await cookieSecret(database); // inserts a new one if a restore or reset left none
      if (next !== secret) {
        secret = next;
        signer = new Signer(secret);
      }
    },
  };
}
