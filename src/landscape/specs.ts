/**
 * What a cross-tab row or column is split by. Written as a string so a URL or
 * a CLI can carry it:
 *   "age_groups"         every code of an axis (matrix order);
 *   "age_groups:older"   a yes/no split on one code ("targets 60+ or not",
 *                        the split of the study's table 6);
 *   "social_isolation"   the yes/no flag next to the dimensions (table 5).
 *
 * Multi-valued axes (elements, dimensions, age_groups, risk_factors): an
 * initiative with several codes is counted in EACH of its codes' categories,
 * and one with none in a separate "none" category. Counts then add up to more
 * than N, the categories overlap, and a test of independence is not valid
 * (crosstab.ts says so instead of testing). A one-code split ("axis:code")
 * never overlaps: every initiative either has the code or not.
 */
import type { Initiative } from '../initiatives/schema.js';
import { AXES, AXIS_NAMES, findCode, type AxisName } from '../vocabulary/matrix.js';

export type Spec = { kind: 'axis'; axis: AxisName } | { kind: 'code'; axis: AxisName; code: string } | { kind: 'social_isolation' };

export type Category =
  | { kind: 'code'; axis: AxisName; code: string }
  /** A multi-valued axis on which the initiative has no code at all. */
  | { kind: 'none'; axis: AxisName }
  /** For "axis:code" and "social_isolation": does not have it / has it. */
  | { kind: 'no' }
  | { kind: 'yes' };

export class SpecError extends Error {
  constructor(
    readonly input: string,
    readonly problem: 'unknown_axis' | 'unknown_code',
  ) {
    super(`Cannot split by "${input}": ${problem === 'unknown_axis' ? 'no such axis' : 'no such code on that axis'}`);
    this.name = 'SpecError';
  }
}

const isAxis = (x: string): x is AxisName => (AXIS_NAMES as readonly string[]).includes(x);

export function parseSpec(input: string | Spec): Spec {
  if (typeof input !== 'string') return input;
  const s = input.trim();
  if (s === 'social_isolation') return { kind: 'social_isolation' };
  const [axis, code, ...rest] = s.split(':');
  if (!axis || !isAxis(axis) || rest.length) throw new SpecError(input, 'unknown_axis');
  if (code === undefined) return { kind: 'axis', axis };
  if (!findCode(axis, code)) throw new SpecError(input, 'unknown_code');
  return { kind: 'code', axis, code };
}

export function formatSpec(spec: Spec): string {
  return spec.kind === 'social_isolation' ? 'social_isolation' : spec.kind === 'axis' ? spec.axis : `${spec.axis}:${spec.code}`;
}

/** The codes an initiative has on an axis, as a list for single- and multi-valued axes alike. */
export function codesOn(initiative: Initiative, axis: AxisName): readonly string[] {
  const v = initiative[axis];
  return Array.isArray(v) ? v : [v as string];
}

export function hasCode(initiative: Initiative, axis: AxisName, code: string): boolean {
  return codesOn(initiative, axis).includes(code);
}

/**
 * The categories of a spec for a selection. Axis specs list every code of the
 * axis (also those nobody has, so a report shows the zero), plus "none" for a
 * multi-valued axis when some initiative has no code. Yes/no splits list "no"
 * first, as table 6 does.
 */
export function categoriesOf(spec: Spec, selection: readonly Initiative[]): Category[] {
  if (spec.kind !== 'axis') return [{ kind: 'no' }, { kind: 'yes' }];
  const out: Category[] = AXES[spec.axis].codes.map((c) => ({ kind: 'code', axis: spec.axis, code: c.code }));
  if (AXES[spec.axis].multi && selection.some((i) => codesOn(i, spec.axis).length === 0)) out.push({ kind: 'none', axis: spec.axis });
  return out;
}

/** Indexes (into categoriesOf) of the categories an initiative is counted in: one, or several on a multi-valued axis. */
export function membership(spec: Spec, categories: readonly Category[], initiative: Initiative): number[] {
  if (spec.kind === 'social_isolation') return [initiative.social_isolation ? 1 : 0];
  if (spec.kind === 'code') return [hasCode(initiative, spec.axis, spec.code) ? 1 : 0];
  const codes = codesOn(initiative, spec.axis);
  if (codes.length === 0) return [categories.findIndex((c) => c.kind === 'none')];
  return categories.flatMap((c, i) => (c.kind === 'code' && codes.includes(c.code) ? [i] : []));
}

export function categoryKey(c: Category): string {
  return c.kind === 'code' ? c.code : c.kind;
}
