/**
 * Opens and migrates the configured database for a CLI command; always closes it (an open PGlite
 * keeps Node alive). An embedded database that a running `serve` owns is used through that server
 * (db/lock.ts), so its writes are the server's writes, seen at once.
 */
import { openDatabase, databaseOptionsFromEnv, type Database } from '../../db/client.js';

export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ ...databaseOptionsFromEnv(), command: process.argv.slice(2, 4).filter((a) => !a.startsWith('-')).join(' ') || 'command' });
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}
