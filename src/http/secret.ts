/**
 * The cookie-signing secret lives in the database, so every app instance
 * on the same PostgreSQL shares it (stateless servers) and restarts keep
 * users signed in. VERBIND_COOKIE_SECRET overrides it.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { meta } from '../db/schema.js';

export async function cookieSecret(database: Database): Promise<string> {
  if (process.env.VERBIND_COOKIE_SECRET) return process.env.VERBIND_COOKIE_SECRET;
  const candidate = randomBytes(32).toString('base64url');
  await database.db.insert(meta).values({ key: 'cookie_secret', value: candidate }).onConflictDoNothing();
  const rows = await database.db.select().from(meta).where(eq(meta.key, 'cookie_secret'));
  return String(rows[0]!.value);
}
