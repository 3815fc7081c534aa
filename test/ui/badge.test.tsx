/** The shared status badges (src/ui/Badge.tsx). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { SeverityBadge, StatusBadge, statusTone } from '../../src/ui/Badge.js';
import { INITIATIVE_STATUSES, SUBMISSION_STATUSES } from '../../src/db/schema.js';

describe('status badge', () => {
  it('gives every workflow status one of three tones: done, stopped or waiting', () => {
    assert.deepEqual(
      Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s, statusTone(s)])),
      { draft: 'draft', published: 'published', archived: 'archived' },
    );
    const submission = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, statusTone(s)]));
    assert.equal(submission.published, 'published');
    assert.equal(submission.merged, 'published');
    assert.equal(submission.rejected, 'archived');
    for (const waiting of ['draft', 'submitted', 'question', 'coded']) assert.equal(submission[waiting], 'draft', waiting);
    assert.equal(statusTone('active'), 'published');
    assert.equal(statusTone('inactive'), 'archived');
  });

  it('says the status in words (colour is never the only cue)', () => {
    assert.equal(renderToStaticMarkup(<StatusBadge status="merged">Samengevoegd</StatusBadge>), '<span class="badge published">Samengevoegd</span>');
    assert.equal(renderToStaticMarkup(<StatusBadge status="question">Vraag gesteld</StatusBadge>), '<span class="badge draft">Vraag gesteld</span>');
    assert.equal(renderToStaticMarkup(<SeverityBadge severity="high">Belangrijk</SeverityBadge>), '<span class="badge sev-high">Belangrijk</span>');
  });
});
