// The shape of a decision as data: an ordered table of rules, each with an id, the reason it exists,
// the condition it tests on a context computed once per candidate, what it decides, and example
// sentences it must (yes) and must not (no) fire on. One generic test (test/unit/ruleTables.test.ts)
// runs every registered table's examples, so a rule cannot land without them. The ids are what
// `analyze --explain` and the hover card's "why" line are meant to show.

/** Sentences a rule must fire on (yes) and must not fire on (no): invented names, several outlets' styles. */
export interface RuleExamples {
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

export interface Rule<Context, Outcome> {
  /** Stable, kebab-case, unique within its table: "title-before-name". */
  readonly id: string;
  /** Why the rule holds for news writing in general (never a name from a sample article). */
  readonly reason: string;
  readonly when: (context: Context) => boolean;
  /** What the rule decides when it fires (a kind, a role, a speaker choice …). */
  readonly outcome: Outcome;
  readonly examples: RuleExamples;
}

export interface RuleTable<Context, Outcome> {
  readonly id: string;
  readonly reason: string;
  /** Rules in the order they are tried: the first that fires decides. */
  readonly rules: readonly Rule<Context, Outcome>[];
  /** Builds the context of an example sentence, as the engine builds it for a candidate. */
  readonly contextOf: (example: string) => Context;
}

/** A table with its types erased, as the generic test walks it. */
export type AnyRuleTable = RuleTable<unknown, unknown>;

const registered = new Map<string, AnyRuleTable>();

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with one rule of a table, or undefined when it is fine. */
function ruleProblem(rule: Rule<unknown, unknown>, seenIds: ReadonlySet<string>): string | undefined {
  if (!KEBAB_CASE.test(rule.id)) {
    return `rule id ${JSON.stringify(rule.id)} is not kebab-case`;
  }
  if (seenIds.has(rule.id)) {
    return `rule ${rule.id} is listed twice`;
  }
  if (!rule.reason.trim()) {
    return `rule ${rule.id} gives no reason`;
  }
  if (rule.examples.yes.length === 0 || rule.examples.no.length === 0) {
    return `rule ${rule.id} needs at least one yes and one no example`;
  }
  return undefined;
}

/** Makes and registers a rule table; throws at load when a rule lacks an id, a reason or examples. */
export function ruleTable<Context, Outcome>(table: RuleTable<Context, Outcome>): RuleTable<Context, Outcome> {
  if (registered.has(table.id)) {
    throw new Error(`rule table ${table.id}: the id is already used`);
  }
  const seenIds = new Set<string>();
  for (const rule of table.rules as readonly Rule<unknown, unknown>[]) {
    const problem = ruleProblem(rule, seenIds);
    if (problem) {
      throw new Error(`rule table ${table.id}: ${problem}`);
    }
    seenIds.add(rule.id);
  }
  const frozen = Object.freeze({ ...table, rules: Object.freeze([...table.rules]) });
  registered.set(table.id, frozen as AnyRuleTable);
  return frozen;
}

/** The first rule of the table that fires on the context, or undefined. */
export function firstRule<Context, Outcome>(table: RuleTable<Context, Outcome>, context: Context): Rule<Context, Outcome> | undefined {
  // A plain loop, not find() with a closure: the document-level passes ask tables for every mention and quotation.
  for (const rule of table.rules) {
    if (rule.when(context)) {
      return rule;
    }
  }
  return undefined;
}

/** Every rule of the table that fires on the context, in table order (for explanations). */
export function firingRules<Context, Outcome>(table: RuleTable<Context, Outcome>, context: Context): Rule<Context, Outcome>[] {
  return table.rules.filter(rule => rule.when(context));
}

/** Every table made so far (those of the modules loaded), for the generic examples test. */
export function registeredRuleTables(): readonly AnyRuleTable[] {
  return [...registered.values()];
}

/** Each example the table's rules get wrong, as one readable line; empty when every example holds. */
export function exampleFailures(table: AnyRuleTable): string[] {
  const failures: string[] = [];
  for (const rule of table.rules) {
    for (const sentence of rule.examples.yes) {
      if (!rule.when(table.contextOf(sentence))) {
        failures.push(`${table.id}/${rule.id} should fire on: ${sentence}`);
      }
    }
    for (const sentence of rule.examples.no) {
      if (rule.when(table.contextOf(sentence))) {
        failures.push(`${table.id}/${rule.id} should not fire on: ${sentence}`);
      }
    }
  }
  return failures;
}
