/**
 * The status machine (src/platform/workflow.ts) and the submission workflow on it, checked
 * exhaustively: every state × action × role, against an expected table written out by hand
 * from the coders' rules (issue 10; the gates formerly in src/coding/web/submission-routes.tsx).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actionsFrom, decide, defineWorkflow } from '../../src/platform/workflow.js';
import { OPEN_STATUSES, SUBMISSION_ACTIONS, SUBMISSION_WORKFLOW, type SubmissionAction, type SubmissionActor } from '../../src/intake/submission-workflow.js';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../src/db/schema.js';

/** state → action → next state, for whoever may act (undefined: not from this state). */
const EXPECTED: Record<SubmissionStatus, Partial<Record<SubmissionAction, SubmissionStatus>>> = {
  draft: { save_draft: 'draft', submit: 'submitted' },
  submitted: { code: 'coded', ask: 'question', publish: 'published', merge: 'merged', reject: 'rejected' },
  question: { code: 'question', ask: 'question', answer: 'submitted', publish: 'published', merge: 'merged', reject: 'rejected' },
  coded: { code: 'coded', ask: 'question', publish: 'published', merge: 'merged', reject: 'rejected' },
  published: { code: 'published' },
  merged: { code: 'merged' },
  rejected: { code: 'rejected' },
};
const WHO: Record<SubmissionAction, SubmissionActor[]> = {
  save_draft: ['respondent'],
  submit: ['respondent'],
  answer: ['respondent'],
  code: ['coder', 'admin'],
  ask: ['coder', 'admin'],
  publish: ['coder', 'admin'],
  merge: ['coder', 'admin'],
  reject: ['coder', 'admin'],
};
const NEEDS_REASON = new Set<SubmissionAction>(['ask', 'answer', 'reject']);
const ROLES: SubmissionActor[] = ['respondent', 'coder', 'admin'];

describe('submission workflow', () => {
  it('every state × action × role gives the expected next state or refusal', () => {
    let cases = 0;
    for (const state of SUBMISSION_STATUSES) {
      for (const action of SUBMISSION_ACTIONS) {
        for (const role of ROLES) {
          cases++;
          const d = decide(SUBMISSION_WORKFLOW, state, action, { role, reason: 'Waarom?' });
          const to = EXPECTED[state][action];
          const label = `${state} × ${action} × ${role}`;
          if (to === undefined) assert.deepEqual(d, { ok: false, refusal: 'wrong_state' }, label);
          else if (!WHO[action].includes(role)) assert.deepEqual(d, { ok: false, refusal: 'role' }, label);
          else {
            assert.equal(d.ok, true, label);
            assert.equal(d.ok && d.to, to, label);
          }
        }
      }
    }
    assert.equal(cases, 7 * 8 * 3);
  });

  it('asking, answering and rejecting need a reason; asking and rejecting have a length limit', () => {
    for (const action of SUBMISSION_ACTIONS) {
      const state = (Object.keys(EXPECTED) as SubmissionStatus[]).find((s) => EXPECTED[s][action] !== undefined)!;
      const role = WHO[action][0]!;
      const d = decide(SUBMISSION_WORKFLOW, state, action, { role, reason: '  ' });
      if (NEEDS_REASON.has(action)) assert.deepEqual(d, { ok: false, refusal: 'reason_required' }, action);
      else assert.equal(d.ok, true, action);
    }
    assert.deepEqual(decide(SUBMISSION_WORKFLOW, 'coded', 'reject', { role: 'coder', reason: 'x'.repeat(2001) }), { ok: false, refusal: 'reason_too_long', maxLength: 2000 });
    assert.equal(decide(SUBMISSION_WORKFLOW, 'coded', 'reject', { role: 'coder', reason: 'x'.repeat(2000) }).ok, true);
    assert.deepEqual(decide(SUBMISSION_WORKFLOW, 'coded', 'ask', { role: 'coder', reason: 'x'.repeat(5001) }), { ok: false, refusal: 'reason_too_long', maxLength: 5000 });
  });

  it('records the event of each step, and open statuses are those a decision can still be taken in', () => {
    const events = (state: SubmissionStatus, action: SubmissionAction, role: SubmissionActor) => {
      const d = decide(SUBMISSION_WORKFLOW, state, action, { role, reason: 'r' });
      return d.ok ? d.event : undefined;
    };
    assert.equal(events('draft', 'submit', 'respondent'), 'submitted');
    assert.equal(events('question', 'answer', 'respondent'), 'answer');
    assert.equal(events('coded', 'ask', 'coder'), 'question');
    assert.equal(events('submitted', 'reject', 'admin'), 'rejected');
    assert.equal(events('coded', 'publish', 'coder'), 'published');
    assert.deepEqual([...OPEN_STATUSES], ['submitted', 'question', 'coded']);
    assert.deepEqual(actionsFrom(SUBMISSION_WORKFLOW, 'published', 'coder'), ['code']);
    assert.deepEqual(decide(SUBMISSION_WORKFLOW, 'coded', 'delete', { role: 'admin' }), { ok: false, refusal: 'unknown_action' });
  });
});

describe('status machine', () => {
  const wf = defineWorkflow({
    name: 'referral (example)',
    states: ['sent', 'accepted', 'declined'] as const,
    actions: ['accept', 'decline'] as const,
    roles: ['provider'] as const,
    transitions: [
      { action: 'accept', from: ['sent'], to: 'accepted', roles: ['provider'], event: 'accepted' },
      { action: 'decline', from: ['sent'], to: 'declined', roles: ['provider'], reason: { required: true, list: ['full', 'not_our_area'] }, event: 'declined' },
    ],
  });

  it('a reason from a list must be one of its codes', () => {
    assert.deepEqual(decide(wf, 'sent', 'decline', { role: 'provider', reason: 'busy' }), { ok: false, refusal: 'reason_not_in_list' });
    assert.deepEqual(decide(wf, 'sent', 'decline', { role: 'provider', reason: 'full' }), { ok: true, to: 'declined', event: 'declined' });
    assert.deepEqual(decide(wf, 'sent', 'decline', { role: 'provider' }), { ok: false, refusal: 'reason_required' });
  });

  it('refuses a table that names an unknown state, role or two transitions for one action and state', () => {
    const base = { name: 'bad', states: ['a', 'b'], actions: ['go'], roles: ['r'] };
    assert.throws(() => defineWorkflow({ ...base, transitions: [{ action: 'go', from: ['a'], to: 'c', roles: ['r'], event: 'x' }] }), /unknown state c/);
    assert.throws(() => defineWorkflow({ ...base, transitions: [{ action: 'go', from: ['a'], to: 'b', roles: ['s'], event: 'x' }] }), /unknown role s/);
    assert.throws(
      () => defineWorkflow({ ...base, transitions: [{ action: 'go', from: ['a'], to: 'b', roles: ['r'], event: 'x' }, { action: 'go', from: ['a', 'b'], to: 'a', roles: ['r'], event: 'y' }] }),
      /two transitions/,
    );
  });
});
