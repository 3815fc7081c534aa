/**
 * The municipalities people can choose (matching, screening, the search's "near"): the Flemish and
 * Brussels municipalities valid now, by name in the page's language. Walloon municipalities are in
 * the area model for the monitor's all-of-Belgium view, but Verbind serves Flanders and Brussels.
 */
import type { Db } from '../../db/client.js';
import type { Lang } from '../../vocabulary/matrix.js';
import { DataCache } from '../../platform/data-cache.js';
import { areasRevision } from '../store/boundaries.js';
import { listMunicipalities } from '../store/names.js';
import { isServedMunicipality } from '../served.js';

export interface ChoosableMunicipality {
  code: string;
  name: string;
}

// Kept per database until the areas change: a full import has thousands of sector rows to read.
const cache = new DataCache<ChoosableMunicipality[]>({ max: 3 });

/** Flemish and Brussels municipalities valid now, sorted by name in `lang` (Brussels ones by their French name in French). */
export async function choosableMunicipalities(db: Db, lang: Lang): Promise<ChoosableMunicipality[]> {
  return cache.get(db, await areasRevision(db), lang, async () => (await listMunicipalities(db, lang)).filter((m) => isServedMunicipality(m.code)));
}
