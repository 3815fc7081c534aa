/**
 * Landscape charts (src/landscape/charts.ts): the percentage axis fits the
 * data instead of always running to 100. Worked examples: the largest share
 * rounded up to a step of about a fifth of it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { axisMax, barChart } from '../../src/landscape/charts.js';

describe('bar chart axis', () => {
  it('ends at the largest value rounded up to a nice step, never past 100 for shares', () => {
    assert.deepEqual([16.5, 71.4, 95, 100, 40, 3.8, 0.8].map(axisMax), [20, 80, 100, 100, 40, 4, 0.8]);
    assert.equal(axisMax(0), 10, 'an empty chart still has an axis');
    assert.equal(axisMax(130), 150);
  });

  it('a chart whose largest bar is 16.5% has no tick beyond 20', () => {
    const svg = barChart([{ label: 'Sociale activiteiten', percent: 16.5, text: '16,5%' }, { label: 'Dieren', percent: 0.8, text: '0,8%' }], { id: 't', title: 'T', desc: 'D' }, { xLabel: '%' });
    const ticks = [...new JSDOM(svg).window.document.querySelectorAll('text')].map((t) => Number(t.textContent)).filter((n) => Number.isFinite(n));
    assert.ok(ticks.includes(20) || ticks.includes(15), `ticks ${ticks.join(', ')}`);
    assert.ok(Math.max(...ticks) <= 20, `ticks ${ticks.join(', ')}`);
  });
});
