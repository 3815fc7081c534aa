/**
 * Renders a fixed set of pages from a seeded, in-memory PGlite app through app.inject and writes
 * their HTML (normalised: CSRF tokens, session-dependent ids, times of day) to a folder, so two
 * versions of the code can be compared page by page when shared components replace copies:
 *
 *   node --import tsx scripts/html-snapshot.ts OUT_DIR
 *   diff -r BEFORE_DIR AFTER_DIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/http/app.js';
import { openDatabase } from '../src/db/client.js';
import { seedIfEmpty } from '../src/seed/service/seed.js';
import { createUser } from '../src/accounts/store/users.js';
import { createSubmission } from '../src/intake/store/submissions.js';
import { importAreaHierarchy, importBoundaries } from '../src/areas/service/import.js';
import { importPopulation } from '../src/monitor/store/population.js';

const out = process.argv[2];
if (!out) throw new Error('usage: html-snapshot.ts OUT_DIR');
mkdirSync(out, { recursive: true });

const DATA = new URL('../../shared/data/', import.meta.url).pathname;
const database = await openDatabase({ dataDir: 'memory' });
await database.migrate();
await seedIfEmpty(database);
await importAreaHierarchy(database, new Uint8Array(readFileSync(`${DATA}areas/TU_COM_REFNIS-pre2025.txt`)), { label: 'TU_COM_REFNIS.txt' });
await importBoundaries(database, new Uint8Array(readFileSync(`${DATA}geo/belgium-municipalities-2019.topojson`)), { level: 'municipality', label: 'belgium-municipalities-2019.topojson' });
await importPopulation(database.db, new Uint8Array(readFileSync(`${DATA}population/SYNTHETIC_TF_SOC_POP_STRUCT_2024.zip`)), { label: 'TF_SOC_POP_STRUCT_2024.zip' });
const answers = {
  name: 'Praatcafé Zonnebloem',
  description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie.',
  location_level: 'municipality',
  municipalities: [],
  initiator: 'OCMW Gent',
  partners: 'CAW',
  age_groups: ['older'],
  target: ['at_risk'],
  evaluated: 'no',
} as const;
const sub = await createSubmission(database.db, { answers: answers as never, contact: { contact_name: 'An Peeters', contact_email: 'an@example.org' }, lang: 'nl', source: 'form', submit: true });

const app = await buildApp({ database, logLevel: 'silent', signInRateLimit: 1000 });
const password = 'correct horse battery';
await createUser(database.db, { email: 'admin@example.test', role: 'admin', name: 'Admin', password });
let cookie = '';
const remember = (res: { cookies: { name: string; value: string }[] }) => {
  const jar = new Map(cookie ? cookie.split('; ').map((c) => c.split('=') as [string, string]) : []);
  for (const c of res.cookies) jar.set(c.name, c.value);
  cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
};
const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie } });
  remember(res as never);
  return res;
};
const signInPage = await get('/nl/sign-in');
const csrf = /name="_csrf" value="([^"]+)"/.exec(signInPage.body)![1]!;
const signIn = await app.inject({
  method: 'POST',
  url: '/nl/sign-in',
  headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: csrf, email: 'admin@example.test', password }).toString(),
});
remember(signIn as never);
if (signIn.statusCode !== 303) throw new Error(`sign-in failed ${signIn.statusCode}`);

const PAGES = [
  '/nl',
  '/en?q=buddy',
  '/nl?elements=meeting&sort=name',
  '/nl?page=2',
  '/nl/about',
  '/nl/matrix',
  '/nl/matrix/elements/meeting',
  '/fr/matrix/elements/meeting?page=2',
  '/nl/landscape',
  '/en/landscape?crosstab=elements,prevention',
  '/nl/monitor',
  '/nl/monitor?level=municipality&indicator=loneliness_often',
  '/en/monitor?level=region',
  '/nl/monitor/map.svg?level=municipality',
  '/nl/survey',
  '/nl/sign-in',
  '/nl/coding',
  '/nl/coding?status=published&page=2',
  '/nl/coding/new',
  '/nl/coding/initiatives/voorbeeld-raket',
  '/nl/coding/submissions',
  `/nl/coding/submissions/${sub.id}`,
  '/nl/coding/agreement',
  '/nl/coding/import',
  '/nl/admin/users',
];

for (const url of PAGES) {
  const res = await get(url);
  const body = res.body
    .replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value="CSRF"')
    .replace(new RegExp(sub.id, 'g'), 'SUBMISSION')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?/g, 'TIMESTAMP')
    .replace(/\b\d{1,2}:\d\d\b/g, 'HH:MM');
  const name = url.replace(sub.id, 'SUBMISSION').replace(/^\//, '').replace(/[^a-zA-Z0-9.=,-]+/g, '_') || 'root';
  writeFileSync(join(out, `${name}.html`), `<!-- ${res.statusCode} ${url} -->\n${body.replace(/></g, '>\n<')}\n`);
}
await app.close();
await database.close();
console.log(`${PAGES.length} pages written to ${out}`);
