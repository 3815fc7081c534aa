/**
 * The counts (src/landscape/counts.ts) are the only input of the landscape's
 * figures: computed from counts, every figure equals the one computed
 * directly on the initiatives (the study's 133 and random selections with
 * repeated codes and empty lists).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  axisFrequencies,
  axisFrequenciesFromCounts,
  combinedElementsFromCounts,
  describeCounts,
  elementsAmongCombined,
  elementsPerInitiative,
  elementsPerInitiativeFromCounts,
  singleElementBreakdown,
  singleElementFromCounts,
  sideCounts,
  tallyCrossTab,
  tallySelection,
} from '../../src/landscape/index.js';
import { AXES, AXIS_NAMES, type AxisName } from '../../src/vocabulary/matrix.js';
import type { Initiative } from '../../src/initiatives/schema.js';
import { STUDY_133 } from './fixtures/study-133.js';
import { randomInitiatives } from './fixtures/random.js';

const selections: [string, readonly Initiative[]][] = [
  ['study 133', STUDY_133],
  ['random 400 with repeated codes', randomInitiatives(400, 7)],
  ['one initiative', STUDY_133.slice(0, 1)],
  ['empty', []],
];

describe('figures from counts equal figures from initiatives', () => {
  for (const [name, sel] of selections) {
    it(name, () => {
      const c = tallySelection(sel);
      for (const axis of AXIS_NAMES) assert.deepEqual(axisFrequenciesFromCounts(c, axis), axisFrequencies(sel, axis), axis);
      assert.deepEqual(elementsPerInitiativeFromCounts(c), elementsPerInitiative(sel));
      assert.deepEqual(singleElementFromCounts(c), singleElementBreakdown(sel));
      assert.deepEqual(combinedElementsFromCounts(c), elementsAmongCombined(sel));
      assert.deepEqual(combinedElementsFromCounts(c, { exclude: ['detection_referral'], limit: 4 }), elementsAmongCombined(sel, { exclude: ['detection_referral'], limit: 4 }));
      assert.equal(describeCounts(c).n, sel.length);
    });
  }

  it('a cross-tab side’s totals follow from the selection’s counts', () => {
    for (const [, sel] of selections) {
      const c = tallySelection(sel);
      const specs = ['social_isolation', 'elements:meeting', 'prevention:tertiary', ...AXIS_NAMES];
      for (const s of specs) {
        const x = tallyCrossTab(sel, s, 'prevention');
        const spec = x.rowSpec;
        const expected = sideCounts(c, spec);
        // tallyCrossTab lists only the categories of the selection: codes of the axis, 'none' when someone has none.
        assert.deepEqual(x.rows, expected, s);
      }
    }
  });

  it('every axis code is a plain lower-case word (the SQL counts write codes as literals)', () => {
    for (const axis of AXIS_NAMES) for (const code of AXES[axis as AxisName].codes) assert.match(code.code, /^[a-z0-9_]+$/);
  });
});
