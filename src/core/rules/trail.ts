// Which rule decided what, recorded while an explained analysis runs. `analyze --explain` and the hover
// card's "why" line read these records; they name rules by the ids of their tables (ruleTable.ts), so a
// reader can find the rule, its reason and its examples in the source.
//
// Recording is off unless a caller asks for it with withTrail(): the engine then pays one comparison per
// decision. The analysis is synchronous, so one active trail per call stack is enough.

import type { Span } from '../model';
import { firstRule, type RuleTable } from './ruleTable';

/** One decision: table and rule ids, the document span it was about, and what it decided (for display). */
export interface Decision extends Span {
  readonly table: string;
  readonly rule: string;
  readonly outcome?: string;
}

let activeTrail: Decision[] | undefined;

/** True while an explained analysis runs, so a caller can skip building an outcome label otherwise. */
export function isExplaining(): boolean {
  return activeTrail !== undefined;
}

/**
 * Records that a rule of a table decided something about the span. Offsets must be document offsets
 * (add a paragraph's start when a pass works on paragraph-local text).
 */
export function recordDecision(table: string, rule: string, span: Span, outcome?: string): void {
  if (activeTrail) {
    activeTrail.push({ table, rule, start: span.start, end: span.end, ...(outcome === undefined ? {} : { outcome }) });
  }
}

/** Tries the table on the context, records the rule that fired (if any) for the span, and returns it. */
export function decide<Context, Outcome>(table: RuleTable<Context, Outcome>, context: Context, span: Span): Outcome | undefined {
  const rule = firstRule(table, context);
  if (rule) {
    recordDecision(table.id, rule.id, span, typeof rule.outcome === 'string' ? rule.outcome : undefined);
  }
  return rule?.outcome;
}

/** Runs the work with a fresh trail and returns its result with every decision recorded meanwhile. */
export function withTrail<Result>(work: () => Result): { readonly result: Result; readonly decisions: readonly Decision[] } {
  const outerTrail = activeTrail;
  const decisions: Decision[] = [];
  activeTrail = decisions;
  try {
    return { result: work(), decisions };
  } finally {
    activeTrail = outerTrail;
  }
}

/**
 * Records decisions made over a part of the document again, moved by `offset` (a paragraph pass records
 * paragraph-local spans; analyze.ts moves them to the paragraph's place, also when the paragraph is cached).
 */
export function replayDecisions(decisions: readonly Decision[], offset: number): void {
  if (activeTrail) {
    for (const decision of decisions) {
      activeTrail.push(offset === 0 ? decision : { ...decision, start: decision.start + offset, end: decision.end + offset });
    }
  }
}
