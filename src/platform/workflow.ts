/**
 * Workflows as data: a status machine is a list of transitions (from which states an action may
 * be taken, the state it leads to, who may take it, whether it needs a reason and from which
 * list, and the event the history records). `decide` is the one place that answers "may this
 * person do this now, and what happens?"; routes, services and the repository's locked re-check
 * all ask it, so a rule lives in one table. Pure: no I/O.
 *
 * Used by the submission workflow (src/intake/submission-workflow.ts); the referral workflow
 * will be a second table.
 */

export interface ReasonRule {
  /** A reason must be given. */
  required: boolean;
  /** When set, the reason must be one of these codes (otherwise free text). */
  list?: readonly string[];
  /** Longest free-text reason, in characters. */
  maxLength?: number;
}

export interface Transition<S extends string, A extends string, R extends string> {
  action: A;
  from: readonly S[];
  /** The next state; 'same' keeps the current one (e.g. a second coding). */
  to: S | 'same';
  /** Who may take the action. */
  roles: readonly R[];
  reason?: ReasonRule;
  /** The kind of event written to the history. */
  event: string;
}

export interface Workflow<S extends string, A extends string, R extends string> {
  name: string;
  states: readonly S[];
  actions: readonly A[];
  roles: readonly R[];
  transitions: readonly Transition<S, A, R>[];
}

/** Why an action may not be taken, in the order they are checked. */
export type Refusal = 'unknown_action' | 'wrong_state' | 'role' | 'reason_required' | 'reason_not_in_list' | 'reason_too_long';

export type Decision<S extends string> = { ok: true; to: S; event: string } | { ok: false; refusal: Refusal; maxLength?: number };

/** Declares a workflow; throws at load time when a transition names an unknown state, action or role. */
export function defineWorkflow<S extends string, A extends string, R extends string>(wf: Workflow<S, A, R>): Workflow<S, A, R> {
  for (const t of wf.transitions) {
    if (!wf.actions.includes(t.action)) throw new Error(`${wf.name}: unknown action ${t.action}`);
    for (const s of [...t.from, ...(t.to === 'same' ? [] : [t.to])]) if (!wf.states.includes(s)) throw new Error(`${wf.name}: unknown state ${s}`);
    for (const r of t.roles) if (!wf.roles.includes(r)) throw new Error(`${wf.name}: unknown role ${r}`);
    const overlap = wf.transitions.filter((o) => o !== t && o.action === t.action && o.from.some((s) => t.from.includes(s)));
    if (overlap.length) throw new Error(`${wf.name}: action ${t.action} has two transitions from the same state`);
  }
  return wf;
}

/** Checks, in order: the action exists, the state allows it, the role may take it, the reason fits. */
export function decide<S extends string, A extends string, R extends string>(
  wf: Workflow<S, A, R>,
  state: S,
  action: A | string,
  who: { role: R; reason?: string | undefined },
): Decision<S> {
  const candidates = wf.transitions.filter((t) => t.action === action);
  if (!candidates.length) return { ok: false, refusal: 'unknown_action' };
  const t = candidates.find((c) => c.from.includes(state));
  if (!t) return { ok: false, refusal: 'wrong_state' };
  if (!t.roles.includes(who.role)) return { ok: false, refusal: 'role' };
  const reason = who.reason?.trim() ?? '';
  if (t.reason) {
    if (t.reason.required && !reason) return { ok: false, refusal: 'reason_required' };
    if (reason && t.reason.list && !t.reason.list.includes(reason)) return { ok: false, refusal: 'reason_not_in_list' };
    if (t.reason.maxLength !== undefined && reason.length > t.reason.maxLength) return { ok: false, refusal: 'reason_too_long', maxLength: t.reason.maxLength };
  }
  return { ok: true, to: t.to === 'same' ? state : t.to, event: t.event };
}

/** The actions a role may take from a state (for showing only the buttons that can work). */
export function actionsFrom<S extends string, A extends string, R extends string>(wf: Workflow<S, A, R>, state: S, role: R): A[] {
  return wf.transitions.filter((t) => t.from.includes(state) && t.roles.includes(role)).map((t) => t.action);
}

/** The states from which an action may be taken. */
export function statesAllowing<S extends string, A extends string, R extends string>(wf: Workflow<S, A, R>, action: A): S[] {
  return wf.states.filter((s) => wf.transitions.some((t) => t.action === action && t.from.includes(s)));
}
