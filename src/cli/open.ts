/** Opens and migrates the configured database for a CLI command; always closes it (an open PGlite keeps Node alive). */
import { openDatabase, databaseOptionsFromEnv, type Database } from '../db/client.js';

export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(databaseOptionsFromEnv());
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}
