import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { getInitiative, listRevisions, saveInitiatives } from '../../src/initiatives/store/repository.js';
import { signedIn, testApp, WebClient, type FormFields } from '../accounts/web-client.js';

/** What a coder fills in for a small, valid initiative. */
const validForm = (over: FormFields = {}): FormFields => ({
  id: 'DESK-1',
  name: 'Buurtsoep',
  url: 'https://buurtsoep.example',
  description: 'Elke dinsdag soep en een babbel.',
  partners: 'OCMW\nCAW',
  areas: '44021',
  elements: ['meeting', 'social_activities'],
  prevention: 'primary',
  dimensions: ['social'],
  social_isolation: 'yes',
  age_groups: ['older'],
  course: 'unknown',
  approach: 'organised',
  evidence: 'unknown',
  primary_actor: 'local_government',
  geographic_level: 'neighbourhood',
  ...over,
});

describeDatabases('coding desk', (ctx) => {
  let app: FastifyInstance;
  let coder: Awaited<ReturnType<typeof signedIn>>;
  const edit = (id: string) => `/nl/coding/initiatives/${id}`;

  before(async () => {
    app = await testApp(ctx.database);
    coder = await signedIn(app, 'coder', 'Codeerder Cato');
  });

  it('sends anonymous visitors to sign in first, and back', async () => {
    const res = await new WebClient(app).get('/nl/coding/new');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/nl/sign-in?next=%2Fnl%2Fcoding%2Fnew');
  });

  it('shows the whole matrix as labelled checkboxes and radio buttons in fieldsets', async () => {
    const res = await coder.client.get('/nl/coding/new');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<legend>Potentieel werkzame elementen<\/legend>/);
    assert.match(res.body, /<input type="checkbox" id="f-elements" name="elements" value="mindfulness"/);
    assert.match(res.body, /<input type="radio" id="f-prevention" name="prevention" value="primary"/);
    assert.match(res.body, /werkzaam gebleken in meerdere reviews/, 'effective elements are marked in words');
    assert.match(res.body, /<label for="f-name">Naam<\/label>/);
    assert.match(res.body, /name="social_isolation" value="yes"/);
  });

  it('creates an initiative as draft, recording who created it', async () => {
    const res = await coder.client.submit('/nl/coding/new', '/nl/coding/new', validForm());
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${edit('DESK-1')}?created=1`);
    const stored = await getInitiative(ctx.database.db, 'DESK-1');
    assert.equal(stored?.status, 'draft');
    assert.deepEqual(stored?.partners, ['OCMW', 'CAW']);
    assert.equal(stored?.social_isolation, true);
    const [rev] = await listRevisions(ctx.database.db, 'DESK-1');
    assert.equal(rev!.action, 'create');
    assert.equal(rev!.actor, 'Codeerder Cato');
    const page = await coder.client.get(res.headers.location as string);
    assert.match(page.body, /opgeslagen als ontwerp/);
    assert.match(page.body, /value="Buurtsoep"/);
  });

  it('edits: records a revision with the changed fields (before → after) and the actor; history shows it', async () => {
    const res = await coder.client.submit(edit('DESK-1'), edit('DESK-1'), validForm({ id: 'IGNORED', name: 'Buurtsoep Gent', elements: ['meeting', 'mindfulness'] }));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${edit('DESK-1')}?saved=1`);
    assert.equal(await getInitiative(ctx.database.db, 'IGNORED'), undefined, 'the id cannot be changed by editing');
    const [rev] = await listRevisions(ctx.database.db, 'DESK-1');
    assert.equal(rev!.action, 'update');
    assert.equal(rev!.actor, 'Codeerder Cato');
    assert.deepEqual(rev!.changes, { name: ['Buurtsoep', 'Buurtsoep Gent'], elements: [['meeting', 'social_activities'], ['meeting', 'mindfulness']] });
    const history = await coder.client.get(`${edit('DESK-1')}/history`);
    assert.equal(history.statusCode, 200);
    assert.match(history.body, /Door: Codeerder Cato/);
    assert.match(history.body, /<th scope="row">Naam<\/th><td>Buurtsoep<\/td><td><span class="visually-hidden">→ <\/span>Buurtsoep Gent<\/td>/);
    assert.match(history.body, /Ontmoeten; Mindfulness/, 'codes are shown as their labels');
  });

  it('saving an unchanged form records nothing', async () => {
    const before = (await listRevisions(ctx.database.db, 'DESK-1')).length;
    const res = await coder.client.submit(edit('DESK-1'), edit('DESK-1'), validForm({ name: 'Buurtsoep Gent', elements: ['meeting', 'mindfulness'] }));
    assert.equal(res.headers.location, `${edit('DESK-1')}?unchanged=1`);
    assert.equal((await listRevisions(ctx.database.db, 'DESK-1')).length, before);
  });

  it('refuses an invalid form (400): names each field, keeps the values, saves nothing', async () => {
    const res = await coder.client.submit('/nl/coding/new', '/nl/coding/new', validForm({ id: 'DESK-BAD', name: 'x'.repeat(301), url: 'geen webadres', elements: ['meeting', 'bogus'] }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /<a href="#f-name">Naam: Dit is te lang\. Gebruik hoogstens 300 tekens\.<\/a>/);
    assert.match(res.body, /<a href="#f-url">Website: Dit is geen geldig webadres/);
    assert.match(res.body, /<a href="#f-elements">Potentieel werkzame elementen: Deze keuze bestaat niet: bogus/);
    assert.match(res.body, /<input id="f-name" aria-describedby="f-name-error" aria-invalid="true"/);
    assert.match(res.body, /value="geen webadres"/, 'what the coder typed is kept');
    assert.match(res.body, /id="f-elements-meeting"[^>]*checked=""/, 'ticked boxes stay ticked');
    assert.doesNotMatch(res.body, /Invalid|expected/, 'no raw zod text');
    assert.equal(await getInitiative(ctx.database.db, 'DESK-BAD'), undefined);
  });

  it('explains errors in the page language', async () => {
    const res = await coder.client.submit('/fr/coding/new', '/fr/coding/new', validForm({ id: 'DESK-FR', url: 'pas une adresse' }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Site web: Ce n’est pas une adresse web valable/);
  });

  it('an invalid edit leaves the stored initiative as it was', async () => {
    const before = await getInitiative(ctx.database.db, 'DESK-1');
    const res = await coder.client.submit(edit('DESK-1'), edit('DESK-1'), validForm({ name: '', areas: '4402' }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Naam: Vul dit in\./);
    assert.match(res.body, /Dit is geen NIS-code: 4402/);
    assert.deepEqual(await getInitiative(ctx.database.db, 'DESK-1'), before);
  });

  it('refuses a second initiative with a code already in use', async () => {
    const res = await coder.client.submit('/nl/coding/new', '/nl/coding/new', validForm({ name: 'Dubbel' }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Er bestaat al een initiatief met deze code/);
    assert.equal((await getInitiative(ctx.database.db, 'DESK-1'))?.name, 'Buurtsoep Gent');
  });

  it('does not overwrite a change someone else saved in between (409)', async () => {
    const token = await coder.client.csrf(edit('DESK-1'));
    await saveInitiatives(ctx.database.db, [{ ...initiative({ id: 'DESK-1', name: 'Buurtsoep (door import)' }) }], { actor: SYSTEM, defaultSource: 't' });
    const res = await coder.client.post(edit('DESK-1'), { _csrf: token, ...validForm({ name: 'Mijn versie', version: '2000-01-01T00:00:00.000Z' }) });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Iemand anders heeft dit initiatief gewijzigd/);
    assert.equal((await getInitiative(ctx.database.db, 'DESK-1'))?.name, 'Buurtsoep (door import)');
  });

  it('publishes, archives and brings back to draft, each recorded; published ones are public', async () => {
    const status = `${edit('DESK-1')}/status`;
    let res = await coder.client.submit(edit('DESK-1'), status, { status: 'published' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${edit('DESK-1')}?published=1`);
    assert.equal((await getInitiative(ctx.database.db, 'DESK-1'))?.status, 'published');
    assert.equal((await new WebClient(app).get('/nl/initiatives/DESK-1')).statusCode, 200);
    res = await coder.client.submit(edit('DESK-1'), status, { status: 'archived' });
    assert.equal((await getInitiative(ctx.database.db, 'DESK-1'))?.status, 'archived');
    assert.equal((await new WebClient(app).get('/nl/initiatives/DESK-1')).statusCode, 404);
    res = await coder.client.submit(edit('DESK-1'), status, { status: 'draft' });
    assert.equal((await getInitiative(ctx.database.db, 'DESK-1'))?.status, 'draft');
    const actions = (await listRevisions(ctx.database.db, 'DESK-1')).slice(0, 3).map((r) => `${r.action} by ${r.actor}`);
    assert.deepEqual(actions, ['unpublish by Codeerder Cato', 'archive by Codeerder Cato', 'publish by Codeerder Cato']);
    assert.equal((await coder.client.submit(edit('DESK-1'), status, { status: 'gone' })).statusCode, 400);
  });

  it('refuses posts without CSRF token (403) and saves nothing', async () => {
    await coder.client.get('/nl/coding');
    const res = await coder.client.post('/nl/coding/new', validForm({ id: 'DESK-CSRF' }));
    assert.equal(res.statusCode, 403);
    assert.equal(await getInitiative(ctx.database.db, 'DESK-CSRF'), undefined);
    const st = await coder.client.post(`${edit('DESK-1')}/status`, { status: 'published' });
    assert.equal(st.statusCode, 403);
    assert.equal((await getInitiative(ctx.database.db, 'DESK-1'))?.status, 'draft');
  });

  it('lists every initiative whatever its status, with text and status filters and pages', async () => {
    const many = Array.from({ length: 30 }, (_, i) => initiative({ id: `LIST-${String(i).padStart(2, '0')}`, name: i === 7 ? 'Café Ontmoeting' : `Lijst ${i}` }));
    await saveInitiatives(ctx.database.db, many, { actor: SYSTEM, defaultSource: 't', status: 'published' });
    const all = await coder.client.get('/nl/coding');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /31 initiatieven/);
    assert.match(all.body, /Pagina 1 van 2/);
    const drafts = await coder.client.get('/nl/coding?status=draft');
    assert.match(drafts.body, /1 initiatief</);
    assert.match(drafts.body, /DESK-1/);
    assert.match(drafts.body, /class="badge draft">Ontwerp/);
    const text = await coder.client.get('/nl/coding?q=cafe');
    assert.match(text.body, /1 initiatief</);
    assert.match(text.body, /Café Ontmoeting/);
    const page2 = await coder.client.get('/nl/coding?page=2');
    assert.match(page2.body, /Pagina 2 van 2/);
    assert.equal((await coder.client.get('/nl/coding?status=bogus')).statusCode, 400);
    // "Area missing": no area codes at a level that needs them (the local ones), so they serve no area; not a regional one.
    await saveInitiatives(ctx.database.db, [initiative({ id: 'LIST-REGIONAL', geographic_level: 'regional' })], { actor: SYSTEM, defaultSource: 't' });
    const missing = await coder.client.get('/nl/coding?area_missing=1');
    assert.doesNotMatch(missing.body, /LIST-REGIONAL/);
    const count = (body: string) => Number(/(\d+) initiatieven</.exec(body)?.[1]);
    const desk1HasAreas = ((await getInitiative(ctx.database.db, 'DESK-1'))?.areas.length ?? 0) > 0;
    assert.equal(count(missing.body), count((await coder.client.get('/nl/coding')).body) - 1 - (desk1HasAreas ? 1 : 0), 'all but the regional one (and DESK-1 when it names an area)');
    assert.match(missing.body, /id="desk-area-missing"[^>]*checked/);
  });

  it('answers 404 for an unknown initiative', async () => {
    assert.equal((await coder.client.get(edit('NOPE'))).statusCode, 404);
    assert.equal((await coder.client.get(`${edit('NOPE')}/history`)).statusCode, 404);
  });

  it('admins may use the desk too', async () => {
    const { client } = await signedIn(app, 'admin');
    assert.equal((await client.get('/nl/coding')).statusCode, 200);
  });

  it('holds a description per language: the form says which are missing, saves the French one, the desk lists what is still missing (issue 14)', async () => {
    const created = await coder.client.submit('/nl/coding/new', '/nl/coding/new', validForm({ id: 'DESK-ML', name: 'Soupe de quartier' }));
    assert.equal(created.statusCode, 303);
    let form = (await coder.client.get(edit('DESK-ML'))).body;
    assert.match(form, /Beschrijving ontbreekt nog in het Frans en Engels\./);
    assert.match(form, /<textarea id="f-description_fr" name="description_fr"[^>]* lang="fr"/, 'the French field is marked as French');
    assert.match((await coder.client.get('/nl/coding?q=DESK-ML')).body, /<td>Frans, Engels<\/td>/);
    const saved = await coder.client.submit(edit('DESK-ML'), edit('DESK-ML'), { ...validForm({ id: 'DESK-ML', name: 'Soupe de quartier', description_fr: 'Chaque mardi, une soupe et un brin de causette.' }), version: (await getInitiative(ctx.database.db, 'DESK-ML'))!.updated_at });
    assert.equal(saved.statusCode, 303);
    assert.equal((await getInitiative(ctx.database.db, 'DESK-ML'))?.description_fr, 'Chaque mardi, une soupe et un brin de causette.');
    form = (await coder.client.get(edit('DESK-ML'))).body;
    assert.match(form, /Beschrijving ontbreekt nog in het Engels\./);
    assert.match((await coder.client.get('/fr/coding?q=DESK-ML')).body, /<td>anglais<\/td>/);
  });
});
