/**
 * The submission workflow as data (src/platform/workflow.ts): a respondent drafts and submits,
 * coders code, ask a question (the respondent's answer sends it back to the queue), publish it
 * as a new initiative, merge it into one already in the bank, or reject it with a reason.
 * Published, merged and rejected are final. Admins may do whatever coders may
 * (src/accounts/guard.ts).
 */
import { defineWorkflow, statesAllowing } from '../platform/workflow.js';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../db/schema.js';

export const SUBMISSION_ACTIONS = ['save_draft', 'submit', 'code', 'ask', 'answer', 'publish', 'merge', 'reject'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];
export type SubmissionActor = 'respondent' | 'coder' | 'admin';

const OPEN = ['submitted', 'question', 'coded'] as const satisfies readonly SubmissionStatus[];
const CODERS = ['coder', 'admin'] as const;

export const SUBMISSION_WORKFLOW = defineWorkflow<SubmissionStatus, SubmissionAction, SubmissionActor>({
  name: 'submission',
  states: SUBMISSION_STATUSES,
  actions: SUBMISSION_ACTIONS,
  roles: ['respondent', 'coder', 'admin'],
  transitions: [
    { action: 'save_draft', from: ['draft'], to: 'draft', roles: ['respondent'], event: 'draft_saved' },
    { action: 'submit', from: ['draft'], to: 'submitted', roles: ['respondent'], event: 'submitted' },
    // A first coding makes a submission "coded"; later codings (or codings while a question is open) keep the state.
    { action: 'code', from: ['submitted'], to: 'coded', roles: CODERS, event: 'coded' },
    { action: 'code', from: ['question', 'coded', 'published', 'merged', 'rejected'], to: 'same', roles: CODERS, event: 'coded' },
    { action: 'ask', from: OPEN, to: 'question', roles: CODERS, reason: { required: true, maxLength: 5000 }, event: 'question' },
    { action: 'answer', from: ['question'], to: 'submitted', roles: ['respondent'], reason: { required: true }, event: 'answer' },
    { action: 'publish', from: OPEN, to: 'published', roles: CODERS, event: 'published' },
    { action: 'merge', from: OPEN, to: 'merged', roles: CODERS, event: 'merged' },
    { action: 'reject', from: OPEN, to: 'rejected', roles: CODERS, reason: { required: true, maxLength: 2000 }, event: 'rejected' },
  ],
});

/** Statuses in which a submission still waits for a decision (where it may be published). */
export const OPEN_STATUSES: readonly SubmissionStatus[] = statesAllowing(SUBMISSION_WORKFLOW, 'publish');
