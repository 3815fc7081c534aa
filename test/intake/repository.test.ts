import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDatabases } from '../support/databases.js';
import {
  answerQuestion,
  askQuestion,
  createSubmission,
  deleteContact,
  findByToken,
  getContact,
  listEvents,
  listQueue,
  updateDraft,
} from '../../src/intake/store/submissions.js';
import { users } from '../../src/db/schema.js';

const answers = { name: 'Praatcafé', description: 'We drinken koffie.', location_level: 'municipality' as const, age_groups: ['older' as const], target: ['everyone' as const], evaluated: 'no' as const, municipalities: [] };
const contact = { contact_name: 'An Peeters', contact_email: 'an@example.org' };

describeDatabases('intake submissions', (ctx) => {
  it('saves a draft, resumes it through the private link and submits it', async () => {
    const db = ctx.database.db;
    const { id, token } = await createSubmission(db, { answers: { name: 'Half af' }, lang: 'nl', source: 'form', submit: false });
    const draft = await findByToken(db, token);
    assert.equal(draft?.id, id);
    assert.equal(draft?.status, 'draft');
    assert.equal(await findByToken(db, token + 'x'), undefined, 'a wrong link finds nothing');
    assert.ok(await updateDraft(db, id, { answers, contact, submit: true }));
    const sub = await findByToken(db, token);
    assert.equal(sub?.status, 'submitted');
    assert.equal(sub?.answers.name, 'Praatcafé');
    assert.equal(await updateDraft(db, id, { answers: { name: 'changed' }, submit: false }), false, 'a submitted record cannot be changed by the respondent');
  });

  it('runs the question-and-answer loop and keeps the history', async () => {
    const db = ctx.database.db;
    const [coder] = await db.insert(users).values({ email: `c-${Date.now()}@x.be`, passwordHash: 'x', role: 'coder', name: 'Coder' }).returning();
    const { id } = await createSubmission(db, { answers, contact, lang: 'fr', source: 'form', submit: true });
    await askQuestion(db, id, 'Voor welke leeftijd?', { id: coder!.id, label: 'Coder' });
    assert.equal((await listQueue(db, ['question'])).items.some((s) => s.id === id), true);
    assert.ok(await answerQuestion(db, id, 'Vanaf 65 jaar.'));
    assert.equal(await answerQuestion(db, id, 'twice'), false, 'no open question: nothing happens');
    const kinds = (await listEvents(db, id)).map((e) => e.kind);
    assert.deepEqual(kinds, ['submitted', 'question', 'answer']);
  });

  it('keeps the contact apart and erases it on request, recording only that it happened', async () => {
    const db = ctx.database.db;
    const { id } = await createSubmission(db, { answers, contact, lang: 'nl', source: 'form', submit: true });
    assert.equal((await getContact(db, id))?.contact_email, 'an@example.org');
    assert.ok(await deleteContact(db, id, { id: null, label: 'respondent' }));
    assert.equal(await getContact(db, id), undefined);
    const last = (await listEvents(db, id)).at(-1)!;
    assert.equal(last.kind, 'contact_deleted');
    assert.doesNotMatch(JSON.stringify(await listEvents(db, id)), /an@example\.org|Peeters/);
  });
});
