import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agreementPerAxis, cohensKappa, type Coding } from '../../src/coding/agreement.js';

const rep = (n: number, v: string) => Array<string>(n).fill(v);

describe("Cohen's kappa", () => {
  // Worked example from Wikipedia, "Cohen's kappa", example 1: 50 proposals, A and B both yes 20,
  // A yes B no 5, A no B yes 10, both no 15 -> po = 0.70, pe = 0.50, kappa = 0.40.
  it('matches the textbook 2×2 example (kappa = 0.40)', () => {
    const a = [...rep(20, 'yes'), ...rep(5, 'yes'), ...rep(10, 'no'), ...rep(15, 'no')];
    const b = [...rep(20, 'yes'), ...rep(5, 'no'), ...rep(10, 'yes'), ...rep(15, 'no')];
    const r = cohensKappa(a, b);
    assert.equal(r.agreement, 0.7);
    assert.ok(Math.abs(r.kappa! - 0.4) < 1e-12);
  });

  // Three categories, computed by hand: 10 items; agreements 3 (x) + 2 (y) + 2 (z) = 7 -> po = 0.7.
  // Marginals A = (x 4, y 3, z 3)/10, B = (x 4, y 4, z 2)/10 -> pe = .16 + .12 + .06 = 0.34;
  // kappa = (0.7 - 0.34) / (1 - 0.34) = 0.545454...
  it('handles several categories (hand-computed kappa = 0.5455)', () => {
    const a = ['x', 'x', 'x', 'x', 'y', 'y', 'y', 'z', 'z', 'z'];
    const b = ['x', 'x', 'x', 'y', 'y', 'y', 'x', 'z', 'z', 'y'];
    const r = cohensKappa(a, b);
    assert.ok(Math.abs(r.agreement! - 0.7) < 1e-12);
    assert.ok(Math.abs(r.kappa! - 0.36 / 0.66) < 1e-12);
  });

  it('says when kappa is undefined instead of dividing by zero', () => {
    const r = cohensKappa(['a', 'a'], ['a', 'a']);
    assert.equal(r.kappa, null);
    assert.equal(r.agreement, 1);
    assert.ok(r.note);
    assert.equal(cohensKappa([], []).agreement, null);
  });

  it('gives agreement per axis, with yes/no decisions per code for multi-valued axes', () => {
    const x: Coding = { prevention: 'primary', elements: ['meeting', 'befriending'], social_isolation: true };
    const y: Coding = { prevention: 'primary', elements: ['meeting'], social_isolation: true };
    const z: Coding = { prevention: 'secondary', elements: ['care'], social_isolation: false };
    const res = agreementPerAxis([[x, y], [z, z]]);
    const prev = res.find((r) => r.axis === 'prevention')!;
    assert.equal(prev.agreement, 1);
    const el = res.find((r) => r.axis === 'elements')!;
    // 2 submissions × 22 element codes = 44 decisions, 1 disagreement (befriending).
    assert.ok(Math.abs(el.agreement! - 43 / 44) < 1e-12);
    assert.equal(el.exactSetAgreement, 0.5);
  });
});
