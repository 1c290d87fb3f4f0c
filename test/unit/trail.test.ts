// The decision trail: off unless asked for, records document spans with table and rule ids, nests.
import * as assert from 'assert';
import { ruleTable } from '../../src/core/rules/ruleTable';
import { decide, isExplaining, recordDecision, withTrail } from '../../src/core/rules/trail';

const toneTable = ruleTable<string, string>({
  id: 'trail-test-tone',
  reason: 'Test of the decision trail.',
  contextOf: sentence => sentence.toLowerCase(),
  rules: [
    { id: 'shouted', reason: 'A loud verb.', when: words => words.includes('shouted'), outcome: 'loud', examples: { yes: ['Ivo Brandt shouted.'], no: ['Ivo Brandt said.'] } },
  ],
});

describe('decision trail', () => {
  it('records nothing and reports no explanation outside withTrail', () => {
    assert.strictEqual(isExplaining(), false);
    recordDecision('t', 'r', { start: 0, end: 1 });
    const { decisions } = withTrail(() => undefined);
    assert.deepStrictEqual(decisions, []);
  });

  it('records the rule that decided, with its span and outcome', () => {
    const { result, decisions } = withTrail(() => {
      assert.strictEqual(isExplaining(), true);
      return [decide(toneTable, 'ivo brandt shouted', { start: 4, end: 10 }), decide(toneTable, 'ivo brandt said', { start: 20, end: 30 })];
    });
    assert.deepStrictEqual(result, ['loud', undefined]);
    assert.deepStrictEqual(decisions, [{ table: 'trail-test-tone', rule: 'shouted', start: 4, end: 10, outcome: 'loud' }]);
  });

  it('keeps an outer trail apart from an inner one and restores it', () => {
    const outer = withTrail(() => {
      recordDecision('a', 'first', { start: 0, end: 1 });
      const inner = withTrail(() => recordDecision('b', 'second', { start: 2, end: 3 }));
      recordDecision('a', 'third', { start: 4, end: 5 });
      return inner.decisions.map(decision => decision.rule);
    });
    assert.deepStrictEqual(outer.result, ['second']);
    assert.deepStrictEqual(outer.decisions.map(decision => decision.rule), ['first', 'third']);
    assert.strictEqual(isExplaining(), false);
  });

  it('restores the outer trail when the work throws', () => {
    assert.throws(() => withTrail(() => { throw new Error('boom'); }), /boom/);
    assert.strictEqual(isExplaining(), false);
  });
});
