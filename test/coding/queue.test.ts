/**
 * The coders' queue and review page, through the web as a coder uses them:
 * suggestions with their trigger words, independent codings, questions to
 * the respondent, publishing, duplicates and merging, and the contact
 * person that only coders ever see.
 */
import { before, after, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { count, eq } from 'drizzle-orm';
import { describeDatabases } from '../support/databases.js';
import { initiative, SYSTEM } from '../support/fixtures.js';
import { signedIn, testApp, WebClient, type FormFields } from '../accounts/web-client.js';
import { createSubmission, getSubmission, listEvents } from '../../src/intake/store/submissions.js';
import { getCoding } from '../../src/coding/store/submission-queue.js';
import { getInitiative, listRevisions, saveInitiatives } from '../../src/initiatives/store/repository.js';
import { exportInitiatives } from '../../src/interchange/service/export.js';
import { initiatives, submissionEvents } from '../../src/db/schema.js';
import type { SurveyAnswers } from '../../src/intake/survey-schema.js';

const answers = (over: Partial<SurveyAnswers> = {}): SurveyAnswers => ({
  name: 'Praatcafé Zonnebloem',
  description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie. Een buddy belt wie niet kan komen.',
  location_level: 'municipality',
  municipalities: [],
  initiator: 'OCMW Gent',
  partners: 'CAW, Bibliotheek\nVrijwilligers',
  age_groups: ['older'],
  target: ['at_risk'],
  evaluated: 'no',
  ...over,
});
const contact = { contact_name: 'An Peeters', contact_email: 'an.peeters@example.org' };

/** What a coder sends from the review form: a complete, valid coding. */
/** Like assert.match, but a failure shows only the start of the page's main content, not the whole page. */
function has(body: string, re: RegExp, message = ''): void {
  if (re.test(body)) return;
  const main = body.slice(body.indexOf('<h1'));
  assert.fail(`${message} ${re} not found in: ${main.replace(/<input type="(checkbox|radio)"[^>]*>/g, '').slice(0, 1500)} …`);
}
function hasNot(body: string, re: RegExp, message = ''): void {
  const m = re.exec(body);
  if (m) assert.fail(`${message} ${re} found: …${body.slice(Math.max(0, m.index - 200), m.index + 200)}…`);
}

const coding = (over: FormFields = {}): FormFields => ({
  id: 'praatcafe-zonnebloem',
  name: 'Praatcafé Zonnebloem',
  description: 'Elke dinsdag ontmoeten buurtbewoners elkaar bij koffie.',
  organisation: 'OCMW Gent',
  partners: 'CAW\nBibliotheek',
  elements: ['meeting', 'social_support'],
  prevention: 'secondary',
  dimensions: ['social'],
  social_isolation: 'yes',
  age_groups: ['older'],
  course: 'unknown',
  approach: 'organised',
  evidence: 'level0_implicit',
  primary_actor: 'local_government',
  geographic_level: 'local',
  ...over,
});

describeDatabases('coding submissions', (ctx) => {
  let app: FastifyInstance;
  let an: Awaited<ReturnType<typeof signedIn>>;
  let bert: Awaited<ReturnType<typeof signedIn>>;
  const db = () => ctx.database.db;
  const review = (id: string) => `/nl/coding/submissions/${id}`;
  const initiativeCount = async () => Number((await db().select({ n: count() }).from(initiatives))[0]!.n);
  const submit = async (over: Partial<SurveyAnswers> = {}, source = 'form') => createSubmission(db(), { answers: answers(over), contact, lang: 'nl', source, submit: true });

  before(async () => {
    app = await testApp(ctx.database);
    an = await signedIn(app, 'coder', 'Codeerder An');
    bert = await signedIn(app, 'coder', 'Codeerder Bert');
  });
  after(async () => app?.close());

  it('is for coders only: visitors are sent to sign in', async () => {
    const { id } = await submit({ name: 'Alleen voor codeerders' });
    for (const url of ['/nl/coding/submissions', review(id), '/nl/coding/agreement', '/nl/coding/import']) {
      const res = await new WebClient(app).get(url);
      assert.equal(res.statusCode, 303, url);
      assert.match(res.headers.location as string, /^\/nl\/sign-in\?next=/);
    }
    const post = await new WebClient(app).post(review(id), { action: 'publish', ...coding() });
    assert.notEqual(post.statusCode, 200);
    assert.equal((await getSubmission(db(), id))!.status, 'submitted');
  });

  it('lists submitted ones oldest first, with counts per status, and leaves drafts out', async () => {
    const first = await submit({ name: 'Queue eerste' });
    const second = await submit({ name: 'Queue tweede' });
    await createSubmission(db(), { answers: { name: 'Nog een ontwerp' }, lang: 'nl', source: 'form', submit: false });
    const res = await an.client.get('/nl/coding/submissions?status=submitted');
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.indexOf('Queue eerste') < res.body.indexOf('Queue tweede'), 'oldest first');
    has(res.body, new RegExp(`href="/nl/coding/submissions/${first.id}"`));
    has(res.body, new RegExp(`href="/nl/coding/submissions/${second.id}"`));
    hasNot(res.body, /Nog een ontwerp/);
    has(res.body, />Nieuw<\/a>: \d+/);
    has(res.body, /nog niet verstuurd/);
    has(res.body, /Nog niemand/);
  });

  it('shows the answers with the trigger words highlighted and every suggestion with its words', async () => {
    const { id } = await submit({ name: 'Buurtkoffie Triggers' });
    const res = await an.client.get(review(id));
    assert.equal(res.statusCode, 200);
    has(res.body, /<mark>ontmoeten<\/mark>/);
    has(res.body, /<mark>koffie<\/mark>/);
    has(res.body, /Ontmoeten: [^<]*«ontmoeten» \(antwoord 3\)/, 'the suggestion lists its triggers');
    has(res.body, /<input type="checkbox" id="f-elements-meeting" name="elements" checked="" value="meeting"\/><label for="f-elements-meeting">Ontmoeten<span class="suggested"> \(voorgesteld\)<\/span>/);
    has(res.body, /Secundaire interventie \(mensen met een risico\), omdat: antwoord 9: Mensen met een risico op eenzaamheid/, 'closed answers explain themselves');
    has(res.body, /ingevuld met de voorstellen van Verbind/);
    has(res.body, /name="organisation" value="OCMW Gent"/, 'initiator → organisation');
    has(res.body, /<textarea id="f-partners" name="partners"[^>]*>CAW\nBibliotheek\nVrijwilligers<\/textarea>/, 'partners one per line');
    has(res.body, /name="id" value="buurtkoffie-triggers"/);
    hasNot(res.body, /name="contact" value="an\.peeters/, 'the contact person is never put in the public contact field');
  });

  it('never creates an initiative from suggestions alone: viewing and saving a coding publish nothing', async () => {
    const before = await initiativeCount();
    const { id } = await submit({ name: 'Alleen voorstellen' });
    await an.client.get(review(id));
    const saved = await an.client.submit(review(id), review(id), { action: 'save', ...coding({ id: 'alleen-voorstellen' }) });
    assert.equal(saved.statusCode, 303);
    assert.equal(await initiativeCount(), before);
    assert.equal(await getInitiative(db(), 'alleen-voorstellen'), undefined);
    assert.equal((await getSubmission(db(), id))!.status, 'coded');
  });

  it('keeps one coding per coder: each coder codes independently', async () => {
    const { id } = await submit({ name: 'Twee codeerders' });
    const a = await an.client.submit(review(id), review(id), { action: 'save', ...coding({ elements: ['meeting'] }) });
    assert.equal(a.headers.location, `${review(id)}?saved=1`);
    await bert.client.submit(review(id), review(id), { action: 'save', ...coding({ elements: ['befriending'], social_isolation: 'no' }) });
    assert.deepEqual((await getCoding(db(), id, an.user.id))!.coding.elements, ['meeting']);
    assert.deepEqual((await getCoding(db(), id, bert.user.id))!.coding.elements, ['befriending']);
    assert.equal((await getCoding(db(), id, bert.user.id))!.coding.social_isolation, false);

    const page = await an.client.get(review(id));
    has(page.body, /Dit is uw eigen codering/);
    has(page.body, /id="f-elements-meeting" name="elements" checked=""/);
    hasNot(page.body, /id="f-elements-befriending" name="elements" checked=""/, 'Bert’s coding does not leak into An’s form');
    has(page.body, /Gecodeerd door: Codeerder An, Codeerder Bert\./);

    const again = await an.client.submit(review(id), review(id), { action: 'save', ...coding({ elements: ['meeting'] }) });
    assert.equal(again.headers.location, `${review(id)}?unchanged=1`);
    const coded = (await listEvents(db(), id)).filter((e) => e.kind === 'coded').map((e) => e.actorLabel);
    assert.deepEqual(coded, ['Codeerder An', 'Codeerder Bert']);
  });

  it('asks the respondent a question, who sees it on the private page and answers; the submission is back in the queue', async () => {
    const { id, token } = await submit({ name: 'Met een vraag' });
    const asked = await an.client.submit(review(id), `${review(id)}/question`, { question: 'Vanaf welke leeftijd kunnen mensen deelnemen?' });
    assert.equal(asked.statusCode, 303);
    assert.equal((await getSubmission(db(), id))!.status, 'question');
    const waiting = await an.client.get('/nl/coding/submissions?status=question');
    has(waiting.body, /Met een vraag/);

    const respondent = new WebClient(app, '10.0.0.7');
    const status = await respondent.get(`/nl/survey/s/${token}`);
    has(status.body, /Vanaf welke leeftijd kunnen mensen deelnemen\?/);
    hasNot(status.body, /Codeerder An/, 'the respondent does not see the coder’s name');
    const answered = await respondent.submit(`/nl/survey/s/${token}`, `/nl/survey/s/${token}`, { action: 'answer', answer: 'Vanaf 65 jaar.' });
    assert.equal(answered.statusCode, 303);

    assert.equal((await getSubmission(db(), id))!.status, 'submitted');
    const queue = await an.client.get('/nl/coding/submissions');
    has(queue.body, /Met een vraag/);
    const page = await an.client.get(review(id));
    has(page.body, /Vraag aan de invuller[^<]*<span class="muted"> \(Codeerder An\)<\/span><q> Vanaf welke leeftijd/);
    has(page.body, /Antwoord van de invuller[^<]*<span class="muted"> \(invuller\)<\/span><q> Vanaf 65 jaar\.<\/q>/);
  });

  it('asks for a question text instead of sending an empty one', async () => {
    const { id } = await submit({ name: 'Lege vraag' });
    const res = await an.client.submit(review(id), `${review(id)}/question`, { question: '   ' });
    assert.equal(res.statusCode, 400);
    has(res.body, /href="#question">Uw vraag: Schrijf uw vraag\./);
    assert.equal((await getSubmission(db(), id))!.status, 'submitted');
  });

  it('publishes: a published initiative with the coder in its history, visible in the API, and the submission marked published', async () => {
    const { id } = await submit({ name: 'Te publiceren' }, 'bevraging 2024');
    const bad = await an.client.submit(review(id), review(id), { action: 'publish', ...coding({ id: 'te-publiceren', prevention: undefined }) });
    assert.equal(bad.statusCode, 400);
    has(bad.body, /href="#f-prevention"/);
    assert.equal(await getInitiative(db(), 'te-publiceren'), undefined, 'an invalid coding publishes nothing');

    const res = await an.client.submit(review(id), review(id), { action: 'publish', ...coding({ id: 'te-publiceren', name: 'Te publiceren' }) });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${review(id)}?published=1`);
    const stored = await getInitiative(db(), 'te-publiceren');
    assert.equal(stored?.status, 'published');
    assert.equal(stored?.source, 'bevraging 2024');
    assert.deepEqual(stored?.elements, ['meeting', 'social_support']);
    const [rev] = await listRevisions(db(), 'te-publiceren');
    assert.equal(rev!.actor, 'Codeerder An');
    assert.equal(rev!.action, 'create');

    const sub = await getSubmission(db(), id);
    assert.equal(sub!.status, 'published');
    assert.equal(sub!.initiativeId, 'te-publiceren');
    assert.ok(await getCoding(db(), id, an.user.id), 'the publishing coder’s coding is kept');

    const api = await app.inject('/api/v1/initiatives/te-publiceren');
    assert.equal(api.statusCode, 200);
    assert.equal(api.json().name, 'Te publiceren');

    const page = await an.client.get(review(id));
    has(page.body, /href="\/nl\/coding\/initiatives\/te-publiceren\/history"/);
    has(page.body, /Gepubliceerd[^<]*<span class="muted"> \(Codeerder An\)/);
    hasNot(page.body, /value="publish"/, 'a decided submission cannot be published twice');
    const twice = await an.client.submit(review(id), review(id), { action: 'publish', ...coding({ id: 'te-publiceren-2' }) });
    assert.equal(twice.statusCode, 409);
    assert.equal(await getInitiative(db(), 'te-publiceren-2'), undefined);
  });

  it('refuses to publish under a code that is already taken', async () => {
    await saveInitiatives(db(), [initiative({ id: 'bezet', name: 'Iets heel anders' })], { actor: SYSTEM, defaultSource: 'test' });
    const { id } = await submit({ name: 'Bezette code' });
    const res = await an.client.submit(review(id), review(id), { action: 'publish', ...coding({ id: 'bezet' }) });
    assert.equal(res.statusCode, 400);
    has(res.body, /href="#f-id">Code van het initiatief: Er bestaat al een initiatief met deze code/);
    assert.equal((await getInitiative(db(), 'bezet'))!.name, 'Iets heel anders');
    assert.equal((await getSubmission(db(), id))!.status, 'submitted');
  });

  it('warns about a near-identical initiative in the other language and merges into it instead of creating a duplicate', async () => {
    await saveInitiatives(db(), [initiative({ id: 'BK-1', name: 'Buurtkar Brussel', organisation: 'OCMW Brussel', partners: ['CAW'], description: 'Een kar met soep.' })], { actor: SYSTEM, defaultSource: 'studie 2023' });
    const { id } = await submit({ name: 'Buurtkar Bruxelles', initiator: 'CPAS Bruxelles' });
    const page = await an.client.get(review(id));
    has(page.body, /Dit initiatief staat misschien al in de kennisbank/);
    has(page.body, /<a href="\/nl\/coding\/initiatives\/BK-1">Buurtkar Brussel<\/a> \(OCMW Brussel\)/);
    has(page.body, /value="merge:BK-1"/);

    const before = await initiativeCount();
    const res = await an.client.submit(review(id), review(id), {
      action: 'merge:BK-1',
      ...coding({ id: 'buurtkar-bruxelles', name: 'Buurtkar Brussel', description: 'Een kar met soep en een babbel.', organisation: '', partners: 'Bibliotheek', elements: ['meeting', 'practical_support'] }),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${review(id)}?merged=1`);
    assert.equal(await initiativeCount(), before, 'no new initiative');
    const merged = await getInitiative(db(), 'BK-1');
    assert.equal(merged!.description, 'Een kar met soep en een babbel.');
    assert.equal(merged!.organisation, 'OCMW Brussel', 'an empty field keeps the old text');
    assert.deepEqual(merged!.partners, ['CAW', 'Bibliotheek']);
    assert.deepEqual(merged!.elements, ['meeting', 'practical_support']);
    assert.equal(merged!.source, 'studie 2023');
    const [rev] = await listRevisions(db(), 'BK-1');
    assert.equal(rev!.actor, 'Codeerder An');
    assert.ok(rev!.changes.partners, 'the revision records what the merge changed');
    const sub = await getSubmission(db(), id);
    assert.equal(sub!.status, 'merged');
    assert.equal(sub!.initiativeId, 'BK-1');
  });

  it('finds a Dutch name in the bank from a French submission and the other way round', async () => {
    await saveInitiatives(db(), [initiative({ id: 'RS-1', name: 'Rencontres Solitude Bruxelles', organisation: 'CPAS Bruxelles' })], { actor: SYSTEM, defaultSource: 'test' });
    const { id } = await submit({ name: 'Ontmoetingen Eenzaamheid Brussel', initiator: 'OCMW Brussel' });
    const page = await an.client.get(review(id));
    has(page.body, /href="\/nl\/coding\/initiatives\/RS-1">Rencontres Solitude Bruxelles/);
    await saveInitiatives(db(), [initiative({ id: 'BE-1', name: 'Buddy Eenzaamheid Gent' })], { actor: SYSTEM, defaultSource: 'test' });
    const french = await submit({ name: 'Binôme Solitude Gand', initiator: '' });
    has((await an.client.get(review(french.id))).body, /href="\/nl\/coding\/initiatives\/BE-1">Buddy Eenzaamheid Gent/);
    const unrelated = await submit({ name: 'Wandelclub Kortenberg', initiator: 'Gemeente Kortenberg' });
    const calm = await an.client.get(review(unrelated.id));
    hasNot(calm.body, /staat misschien al in de kennisbank/);
  });

  it('rejects with a reason that stays in the coders’ history', async () => {
    const { id } = await submit({ name: 'Geen initiatief' });
    const empty = await an.client.submit(review(id), `${review(id)}/reject`, { reason: '' });
    assert.equal(empty.statusCode, 400);
    const res = await an.client.submit(review(id), `${review(id)}/reject`, { reason: 'Dit is een commerciële dienst.' });
    assert.equal(res.statusCode, 303);
    assert.equal((await getSubmission(db(), id))!.status, 'rejected');
    const page = await an.client.get(review(id));
    has(page.body, /Niet opgenomen[^<]*<span class="muted"> \(Codeerder An\)<\/span><q> Dit is een commerciële dienst\.<\/q>/);
  });

  it('shows the contact person to coders only, never in the API, the public page or an export, and erases it on request', async () => {
    const { id } = await submit({ name: 'Contact privé' });
    const page = await an.client.get(review(id));
    has(page.body, /An Peeters/);
    has(page.body, /mailto:an\.peeters@example\.org/);
    await an.client.submit(review(id), review(id), { action: 'publish', ...coding({ id: 'contact-prive', name: 'Contact privé' }) });
    assert.equal((await getInitiative(db(), 'contact-prive'))?.status, 'published');

    const leaks = [
      (await app.inject('/api/v1/initiatives/contact-prive')).body,
      (await app.inject('/api/v1/initiatives?pageSize=100')).body,
      (await app.inject('/nl/initiatives/contact-prive')).body,
      (await exportInitiatives(ctx.database, 'json', {})).content,
      (await exportInitiatives(ctx.database, 'csv', {})).content,
    ];
    for (const text of leaks) assert.doesNotMatch(text, /an\.peeters@example\.org|An Peeters/);

    const erase = await an.client.submit(review(id), `${review(id)}/contact/delete`, {});
    assert.equal(erase.headers.location, `${review(id)}?erased=1`);
    const after = await an.client.get(review(id));
    hasNot(after.body, /an\.peeters@example\.org/);
    has(after.body, /Contactgegevens gewist[^<]*<span class="muted"> \(Codeerder An\)/);
  });

  it('says when an imported submission has no private link for questions', async () => {
    const { id } = await createSubmission(db(), { answers: answers({ name: 'Uit een bestand' }), lang: 'nl', source: 'ronde.csv', submit: true });
    await db().update(submissionEvents).set({ actorKind: 'system' }).where(eq(submissionEvents.submissionId, id)); // as the bulk import writes it
    const page = await an.client.get(review(id));
    has(page.body, /geen persoonlijke link/);
  });

  it('speaks French and English too', async () => {
    const { id } = await submit({ name: 'Trois langues' });
    const fr = await an.client.get(`/fr/coding/submissions/${id}`);
    has(fr.body, /<h1>Inscription\u00a0: Trois langues<\/h1>/);
    has(fr.body, /Rencontre<span class="suggested"> \(proposé\)<\/span>/);
    const en = await an.client.get(`/en/coding/submissions/${id}`);
    has(en.body, /Meeting people<span class="suggested"> \(suggested\)<\/span>/);
    for (const lang of ['fr', 'en']) for (const path of ['submissions', 'agreement', 'import']) assert.equal((await an.client.get(`/${lang}/coding/${path}`)).statusCode, 200, `${lang} ${path}`);
  });

  it('answers 404 for an unknown id, a malformed id or a draft', async () => {
    const draft = await createSubmission(db(), { answers: { name: 'Ontwerp' }, lang: 'nl', source: 'form', submit: false });
    for (const url of [review('00000000-0000-4000-8000-000000000000'), review('not-a-uuid'), review(draft.id)]) {
      assert.equal((await an.client.get(url)).statusCode, 404, url);
    }
  });

  it('pre-fills the coders\' access fields from the survey\'s practical facts, and publishes them', async () => {
    const access = {
      places: [{ name: 'Buurthuis De Kring', postcode: '9000', municipality: '44021', wheelchair: true }],
      modes: ['in_person' as const],
      schedules: [{ repeat: 'weekly' as const, weekday: 'tuesday' as const, start: '14:00', end: '16:00' }],
      languages: ['nl' as const, 'fr' as const],
      cost: { free: true },
      entry: 'self' as const,
    };
    const { id } = await submit({ name: 'Met praktische gegevens', access });
    const page = await an.client.get(review(id));
    has(page.body, /id="f-place_0_name"[^>]*value="Buurthuis De Kring"/);
    has(page.body, /<option value="tuesday" selected="">/);
    has(page.body, /id="f-languages" name="languages" checked="" value="nl"/);
    const fields = { place_rows: '1', schedule_rows: '1', place_0_name: 'Buurthuis De Kring', place_0_postcode: '9000', place_0_municipality: '44021', place_0_wheelchair: 'yes', modes: ['in_person'], schedule_0_repeat: 'weekly', schedule_0_weekday: 'tuesday', schedule_0_start: '14:00', schedule_0_end: '16:00', languages: ['nl', 'fr'], free: 'yes', entry: 'self' };
    const res = await an.client.submit(review(id), review(id), { action: 'publish', ...coding({ id: 'met-praktische-gegevens', name: 'Met praktische gegevens' }), ...fields });
    assert.equal(res.statusCode, 303);
    assert.deepEqual((await getInitiative(db(), 'met-praktische-gegevens'))?.access, access);
  });
});
