/**
 * /coding/import through the web: upload (multipart), mapping (guessed,
 * then remembered), preview with every row error, all-or-nothing commit,
 * and uploads that are too large or not a spreadsheet.
 */
import { before, after, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describeDatabases } from '../support/databases.js';
import { signedIn, testApp, WebClient, type FormFields } from '../accounts/web-client.js';
import { listQueue } from '../../src/intake/store/submissions.js';
import { listMappings } from '../../src/intake/store/uploads.js';
import { surveyUploads } from '../../src/db/schema.js';
import { MAX_UPLOAD_BYTES } from '../../src/edge/multipart.js';
import { wideSheet } from '../edge/files.js';

const header = 'Response ID;Q1 Naam;Q3 Wat houdt het in;Q5 Waar;Q8 Leeftijd;Q9 Voor wie;Q10 Geevalueerd;Q10 Hoe;Naam contact;E-mail';
const csv = (rows: string[]) => new TextEncoder().encode('\uFEFF' + [header, ...rows].join('\r\n'));
const good = (prefix: string) => [
  `1;${prefix} Wandelclub;Wekelijkse wandeling met koffie achteraf.;Lokaal;Ouderen, Volwassenen;Iedereen;Nee;;Jan;jan@example.org`,
  `2;${prefix} Buddy op kot;Studenten krijgen een buddy.;Regionaal;Jongvolwassenen;Personen met risico op eenzaamheid;Ja;Bevraging van deelnemers;;`,
];

/** What the mapping step sends for this export. */
const mappingFields = (name: string): FormFields => ({
  mapping_name: name,
  separator: ',',
  col_name: 'Q1 Naam',
  col_description: 'Q3 Wat houdt het in',
  col_location_level: 'Q5 Waar',
  col_age_groups: 'Q8 Leeftijd',
  col_target: 'Q9 Voor wie',
  col_evaluated: 'Q10 Geevalueerd',
  col_evaluation: 'Q10 Hoe',
  col_contact_name: 'Naam contact',
  col_contact_email: 'E-mail',
});

/** Posts a file as a browser posts <form enctype="multipart/form-data">. */
async function upload(client: WebClient, fileName: string, bytes: Uint8Array, opts: { csrf?: boolean; type?: string } = {}): Promise<LightMyRequestResponse> {
  const token = opts.csrf === false ? undefined : await client.csrf('/nl/coding/import');
  const boundary = `----verbind${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  if (token) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${opts.type ?? 'text/csv'}\r\n\r\n`));
  parts.push(Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`));
  return client.app.inject({
    method: 'POST',
    url: '/nl/coding/import',
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

describeDatabases('survey import on the web', (ctx) => {
  let app: FastifyInstance;
  let coder: Awaited<ReturnType<typeof signedIn>>;
  const uploads = async () => Number((await ctx.database.db.select({ n: count() }).from(surveyUploads))[0]!.n);
  const queued = async () => (await listQueue(ctx.database.db, ['submitted'], 1000)).items.map((s) => s.answers.name);

  before(async () => {
    app = await testApp(ctx.database);
    coder = await signedIn(app, 'coder', 'Importeur Ilse');
  });
  after(async () => app?.close());

  it('uploads a CSV, guesses the columns, remembers the mapping, previews, and creates every row at once', async () => {
    const res = await upload(coder.client, 'ronde-2024.csv', csv(good('R1')));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const step2 = res.headers.location as string;
    assert.match(step2, /^\/nl\/coding\/import\/[0-9a-f-]{36}$/);

    const mapping = await coder.client.get(step2);
    assert.equal(mapping.statusCode, 200);
    assert.match(mapping.body, /Stap 2 van 4: kolommen koppelen/);
    assert.match(mapping.body, /2 rijen met antwoorden, 10 kolommen/);
    assert.match(mapping.body, /Verbind koos de kolommen op basis van hun namen/);
    assert.match(mapping.body, /<select id="col_name" name="col_name">.*?<option value="Q1 Naam" selected="">Q1 Naam<\/option>/s);
    assert.match(mapping.body, /<select id="col_contact_email" name="col_contact_email">.*?<option value="E-mail" selected="">/s);

    const mapped = await coder.client.submit(step2, `${step2}/mapping`, mappingFields('QuestionPro test'));
    assert.equal(mapped.statusCode, 303);
    assert.equal(mapped.headers.location, `${step2}/preview`);
    assert.ok((await listMappings(ctx.database.db)).some((m) => m.name === 'QuestionPro test' && m.columns.name === 'Q1 Naam'), 'the mapping is remembered');

    const preview = await coder.client.get(`${step2}/preview`);
    assert.match(preview.body, /R1 Wandelclub/);
    assert.match(preview.body, /R1 Buddy op kot/);
    assert.match(preview.body, /<dt>Rijen zonder fouten<\/dt><dd>2<\/dd>/);
    assert.match(preview.body, /2 aanmeldingen maken/);
    assert.deepEqual((await queued()).filter((n) => n?.startsWith('R1')), [], 'a preview creates nothing');

    const commit = await coder.client.submit(`${step2}/preview`, `${step2}/commit`, {});
    assert.equal(commit.statusCode, 303);
    assert.equal(commit.headers.location, `${step2}/done`);
    assert.deepEqual((await queued()).filter((n) => n?.startsWith('R1')).sort(), ['R1 Buddy op kot', 'R1 Wandelclub']);
    const done = await coder.client.get(`${step2}/done`);
    assert.match(done.body, /2 aanmeldingen zijn gemaakt uit ronde-2024\.csv/);

    const again = await coder.client.submit(`${step2}/done`, `${step2}/commit`, {});
    assert.equal(again.headers.location, `${step2}/done`);
    assert.equal((await queued()).filter((n) => n?.startsWith('R1')).length, 2, 'a second click imports nothing twice');
  });

  it('pre-selects the remembered mapping for the next export with the same columns', async () => {
    const res = await upload(coder.client, 'ronde-2025.csv', csv(good('R2')));
    const page = await coder.client.get(res.headers.location as string);
    assert.match(page.body, /De keuzes komen uit de bewaarde koppeling “QuestionPro test”/);
    assert.match(page.body, /<input id="mapping_name"[^>]*value="QuestionPro test"/);
    assert.match(page.body, /<select id="col_evaluation" name="col_evaluation">.*?<option value="Q10 Hoe" selected="">/s);
  });

  it('shows every row error with line, question, column and value, and creates nothing: all or nothing', async () => {
    const before = (await queued()).length;
    const rows = [...good('R3'), '3;;Zonder naam.;Lokaal;Ouderen;Iedereen;Nee;;;', '4;R3 Foute leeftijd;Iets.;Lokaal;Peuters;Iedereen;Misschien;;;'];
    const res = await upload(coder.client, 'fout.csv', csv(rows));
    const step2 = res.headers.location as string;
    await coder.client.submit(step2, `${step2}/mapping`, mappingFields('QuestionPro test'));
    const preview = await coder.client.get(`${step2}/preview`);
    assert.match(preview.body, /<dt>Rijen met fouten<\/dt><dd>2<\/dd>/);
    assert.match(preview.body, /<tr><td class="num">4<\/td><td>1\. Wat is de naam van het initiatief\?<\/td><td>Q1 Naam<\/td><td>—<\/td><td>Dit antwoord ontbreekt, maar is nodig\.<\/td><\/tr>/);
    assert.match(preview.body, /<tr><td class="num">5<\/td><td>8\. Voor welke leeftijdsgroep\(en\) is het initiatief\?<\/td><td>Q8 Leeftijd<\/td><td>Peuters<\/td><td>Dit antwoord kennen we niet/);
    assert.match(preview.body, /<td>Q10 Geevalueerd<\/td><td>Misschien<\/td>/);
    assert.match(preview.body, /Er wordt niets geïmporteerd zolang er fouten zijn/);
    assert.doesNotMatch(preview.body, /\/commit"/, 'no button to import');

    const forced = await coder.client.submit(`${step2}/preview`, `${step2}/commit`, {});
    assert.equal(forced.statusCode, 400);
    assert.equal((await queued()).length, before, 'nothing created, not even the good rows');
  });

  it('asks for the columns it needs and names columns that are not in the file', async () => {
    const res = await upload(coder.client, 'ronde-x.csv', csv(good('R4')));
    const step2 = res.headers.location as string;
    const bad = await coder.client.submit(step2, `${step2}/mapping`, { ...mappingFields(''), col_name: '', col_goal: 'Q4 Doel' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#mapping_name">Bewaren als: Geef de koppeling een naam\./);
    assert.match(bad.body, /href="#col_name">1\. Wat is de naam van het initiatief\?: Kies de kolom voor deze vraag/);
    assert.match(bad.body, /href="#col_goal">[^<]*De kolom “Q4 Doel” staat niet in het bestand\./);
  });

  it('reads an XLSX export with one column per answer', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.addRow(['Naam', 'Beschrijving', 'Kinderen', 'Jongeren', 'Ouderen', 'Doelgroep']);
    ws.addRow(['R5 Speelpleinmoment', 'Kinderen spelen samen.', 'x', 'x', '', 'Iedereen']);
    const res = await upload(coder.client, 'export.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    assert.equal(res.statusCode, 303);
    const step2 = res.headers.location as string;
    const mapped = await coder.client.submit(step2, `${step2}/mapping`, {
      mapping_name: 'xlsx per antwoord',
      col_name: 'Naam',
      col_description: 'Beschrijving',
      opt_age_groups_children: 'Kinderen',
      opt_age_groups_youth: 'Jongeren',
      opt_age_groups_older: 'Ouderen',
      col_target: 'Doelgroep',
    });
    assert.equal(mapped.statusCode, 303);
    const preview = await coder.client.get(`${step2}/preview`);
    const row = /R5 Speelpleinmoment.*?<\/tr>/.exec(preview.body)?.[0] ?? preview.body.slice(preview.body.indexOf("<h1"), 2000);
    assert.match(row, /R5 Speelpleinmoment<\/td><td>Ik weet het niet<\/td><td>Kinderen, Jongeren<\/td>/);
  });

  it('refuses a file over the size limit with a clear message, storing nothing', async () => {
    const before = await uploads();
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41);
    const res = await upload(coder.client, 'groot.csv', big);
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /Dit bestand is te groot\. Het mag hoogstens 10 MB zijn\. Er is niets bewaard\./);
    assert.match(res.body, /<title>Fout: /, 'the page title says something went wrong');
    assert.equal(await uploads(), before);
  });

  it('refuses a file that is not a CSV or Excel file, or no file at all', async () => {
    const before = await uploads();
    const binary = await upload(coder.client, 'foto.csv', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46]));
    assert.equal(binary.statusCode, 400);
    assert.match(binary.body, /We kunnen dit bestand niet lezen als CSV of Excel/);
    const broken = await upload(coder.client, 'kapot.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    assert.equal(broken.statusCode, 400);
    const empty = await upload(coder.client, 'leeg.csv', new Uint8Array());
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Kies een bestand\./);
    const headerOnly = await upload(coder.client, 'kop.csv', new TextEncoder().encode(header));
    assert.equal(headerOnly.statusCode, 400);
    assert.equal(await uploads(), before);
  });

  it('refuses the issue\'s 12 KB XLSX with a cell at XFD1 at once, saying where and which limit (400, nothing stored)', async () => {
    const before = await uploads();
    const res = await upload(coder.client, 'breed.xlsx', await wideSheet(), { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Dit bestand is te groot om te importeren: breed\.xlsx › xl\/worksheets\/sheet1\.xml \(the sheet spans A1:XFD500\): 16,384 columns; at most 1,000 are read\./);
    assert.equal(await uploads(), before);
  });

  it('keeps the upload as the table read once (headers and rows), not as the file to read again', async () => {
    const res = await upload(coder.client, 'eenmaal.csv', csv(good('R9')));
    assert.equal(res.statusCode, 303);
    const id = (res.headers.location as string).split('/').pop()!;
    const [row] = await ctx.database.db.select({ content: surveyUploads.content }).from(surveyUploads).where(eq(surveyUploads.id, id));
    const stored = JSON.parse(row!.content) as { headers: string[]; rows: string[][] };
    assert.equal(stored.headers[1], 'Q1 Naam');
    assert.equal(stored.rows.length, 2);
    assert.match((await coder.client.get(res.headers.location as string)).body, /2 rijen met antwoorden, 10 kolommen/);
  });

  it('refuses uploads from visitors before reading the file', async () => {
    const before = await uploads();
    const visitor = new WebClient(app);
    const res = await upload(visitor, 'x.csv', new Uint8Array(MAX_UPLOAD_BYTES + 10).fill(0x41), { csrf: false });
    assert.equal(res.statusCode, 303);
    assert.match(res.headers.location as string, /^\/nl\/sign-in/);
    assert.equal(await uploads(), before);
  });

  it('needs the CSRF token, and shows an upload only to the coder who uploaded it', async () => {
    const before = await uploads();
    const forged = await upload(coder.client, 'x.csv', csv(good('R6')), { csrf: false });
    assert.equal(forged.statusCode, 403);
    assert.equal(await uploads(), before);
    const res = await upload(coder.client, 'mijn.csv', csv(good('R7')));
    const other = await signedIn(app, 'coder', 'Andere codeerder');
    assert.equal((await other.client.get(res.headers.location as string)).statusCode, 404);
    assert.equal((await other.client.get(`${res.headers.location}/preview`)).statusCode, 404);
  });
});
