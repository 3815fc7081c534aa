/**
 * A version stamp of the published catalogue, changed in the same
 * transaction as every write to initiatives, so caches of catalogue-wide
 * figures (e.g. the landing page's facet counts) know when to refresh.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { meta } from '../../db/schema.js';

const KEY = 'catalogue_version';

export async function bumpCatalogueVersion(db: Db): Promise<void> {
  const value = randomUUID();
  await db.insert(meta).values({ key: KEY, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
}

export async function catalogueVersion(db: Db): Promise<string> {
  const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, KEY)).limit(1);
  return rows[0] ? String(rows[0].value) : 'none';
}
