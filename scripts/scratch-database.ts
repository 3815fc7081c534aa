/**
 * A uniquely named, empty database on a PostgreSQL server (tests, benchmarks), and how to drop it.
 * Dropping uses WITH (FORCE) so a connection left open by a failed run does not keep it alive.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  /** Connection URL of the new database (the admin URL with its name). */
  url: string;
  drop(): Promise<void>;
}

async function runOn(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `prefix` names what made it (e.g. "verbind_test"), so a leftover is recognisable. */
export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<ScratchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`invalid database name prefix ${prefix}`);
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await runOn(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runOn(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
