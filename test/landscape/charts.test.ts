/**
 * Landscape charts (src/landscape/charts.ts): the percentage axis fits the
 * data instead of always running to 100. Worked examples: the largest share
 * rounded up to a step of about a fifth of it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { axisMax, barChart, responsiveBarChart, wrapLabel } from '../../src/landscape/charts.js';

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

describe('bars that fit any width (the page)', () => {
  const svg = responsiveBarChart(
    [
      { label: 'Sociaal-cognitieve training (maladaptieve sociale cognitie) *', percent: 16.5, text: '16,5% (22)' },
      { label: 'Dieren', percent: 0.8, text: '0,8% (1)' },
      { label: 'Onbekend', percent: null, text: '–' },
    ],
    { id: 't', title: 'T', desc: 'D' },
    { xLabel: '% van 133', tick: (v) => String(v).replace('.', ',') },
  );
  const doc = new JSDOM(svg).window.document;
  const root = doc.querySelector('svg')!;

  it('has no viewBox and fills its column: its 13 px text is never scaled down', () => {
    assert.equal(root.getAttribute('viewBox'), null);
    assert.equal(root.getAttribute('width'), '100%');
    assert.equal(root.getAttribute('font-size'), '13');
    assert.equal(doc.querySelectorAll('[font-size]').length, 1, 'no text with a size of its own');
  });

  it('draws bar lengths and ticks in percent of the width, on an axis that fits the data', () => {
    const widths = [...doc.querySelectorAll('rect')].map((r) => r.getAttribute('width'));
    assert.deepEqual(widths, ['82.5%', '4%'], 'bars of 16.5 and 0.8 on an axis to 20; none without a figure');
    const ticks = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const tick of ['0', '5', '10', '15', '20']) assert.ok(ticks.includes(tick), `tick ${tick} in ${ticks.join(' | ')}`);
  });

  it('wraps long labels at spaces, keeping the star with its word, and is accessible like the other charts', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!);
    assert.ok(texts.includes('16,5% (22)'));
    const label = texts.slice(0, texts.indexOf('16,5% (22)'));
    assert.deepEqual(label.join(' '), 'Sociaal-cognitieve training (maladaptieve sociale cognitie) *');
    assert.ok(label.length >= 2 && label.every((l) => l.length <= 28), label.join(' / '));
    assert.ok(!label.includes('*'), 'the star is not alone on a line');
    assert.equal(root.getAttribute('role'), 'img');
    assert.equal(root.getAttribute('aria-labelledby'), 't-title t-desc');
    for (const g of root.querySelectorAll(':scope > g')) assert.equal(g.getAttribute('aria-hidden'), 'true');
  });
});

describe('label wrapping', () => {
  it('breaks only at spaces', () => {
    assert.deepEqual(wrapLabel('Wijkgezondheidscentrum en lokaal bestuur', 10), ['Wijkgezondheidscentrum', 'en lokaal', 'bestuur']);
    assert.deepEqual(wrapLabel('Psychologische interventie *', 28), ['Psychologische interventie *']);
    assert.deepEqual(wrapLabel('Psychologische interventie *', 20), ['Psychologische', 'interventie *']);
  });
});

describe('label wrapping and French typography', () => {
  it('never breaks or loses a non-breaking space', () => {
    assert.deepEqual(wrapLabel('Niveau 0 – pas d’évaluation\u00a0: savoir implicite', 30), ['Niveau 0 – pas d’évaluation\u00a0:', 'savoir implicite']);
  });
});
