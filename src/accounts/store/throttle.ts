/**
 * Per-account sign-in throttling, whatever the client address, shared by all
 * app instances through the database (table sign_in_failures): after
 * FREE_FAILURES failed sign-ins for one e-mail address, signing in with it is
 * paused for a delay that doubles with every further failure, up to
 * MAX_LOCK_MINUTES (1, 2, 4, 8, 15, 15 … minutes). While paused, no password
 * is checked, not even the right one. A success clears the count; failures
 * are forgotten a day after the last one.
 *
 * NIST SP 800-63B 5.2.2 (rate limiting): at most 100 consecutive failed
 * attempts per account; delays that grow are one of the suggested ways. The
 * key is a hash of the address, counted for unknown addresses too, so the
 * answer never says whether an account exists.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { normaliseEmail } from './users.js';

export const FREE_FAILURES = 5;
export const MAX_LOCK_MINUTES = 15;

/** Minutes of pause after this many consecutive failures (0: none). */
export function lockMinutes(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_LOCK_MINUTES);
}

const accountHash = (email: string) => createHash('sha256').update(`verbind-sign-in:${normaliseEmail(email)}`).digest('hex');

/** Seconds until signing in with this address is possible again (0: now). */
export async function signInPausedFor(database: Database, email: string): Promise<number> {
  const [row] = await database.rows<{ s: number }>(sql`
    SELECT ceil(extract(epoch FROM locked_until - now()))::int AS s FROM sign_in_failures
    WHERE account_hash = ${accountHash(email)} AND locked_until > now()`);
  return row ? Math.max(1, Number(row.s)) : 0;
}

let recorded = 0;

/** Counts a failed sign-in (atomically, whichever instance); returns the seconds of pause it starts (0: none). */
export async function recordSignInFailure(database: Database, email: string): Promise<number> {
  const hash = accountHash(email);
  const [row] = await database.rows<{ failures: number }>(sql`
    INSERT INTO sign_in_failures (account_hash, failures, locked_until, last_failure_at) VALUES (${hash}, 1, NULL, now())
    ON CONFLICT (account_hash) DO UPDATE SET
      failures = CASE WHEN sign_in_failures.last_failure_at < now() - interval '24 hours' THEN 1 ELSE sign_in_failures.failures + 1 END,
      last_failure_at = now()
    RETURNING failures`);
  const failures = Number(row!.failures);
  const minutes = lockMinutes(failures);
  if (++recorded % 100 === 0) await database.rows(sql`DELETE FROM sign_in_failures WHERE last_failure_at < now() - interval '24 hours' AND (locked_until IS NULL OR locked_until < now())`);
  if (!minutes) return 0;
  await database.rows(sql`UPDATE sign_in_failures SET locked_until = now() + ${minutes}::int * interval '1 minute' WHERE account_hash = ${hash}`);
  return minutes * 60;
}

export async function clearSignInFailures(database: Database, email: string): Promise<void> {
  await database.rows(sql`DELETE FROM sign_in_failures WHERE account_hash = ${accountHash(email)}`);
}
