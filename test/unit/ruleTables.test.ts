// Decisions as data: every rule table the engine registers is walked here and each rule must fire on its
// yes examples and stay quiet on its no examples; every word list must be well formed. Tables and lists
// register when their modules load, so the whole engine is loaded first.
import * as assert from 'assert';
import '../../src/core/analyze';
import '../../src/core/claims/compareClaims';
import '../../src/core/compare';
import '../../src/core/link';
import { registeredWordLists, within, without, wordList } from '../../src/core/lexicon/wordList';
import { exampleFailures, firingRules, firstRule, registeredRuleTables, ruleTable, type RuleTable } from '../../src/core/rules/ruleTable';

/** A toy context: the words of a sentence, lower-cased. */
function wordsOf(sentence: string): string[] {
  return sentence.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
}

/** A small table used only to prove the machinery (its ids are unique to this test). */
function demoTable(id: string, saidExamples: { yes: string[]; no: string[] }): RuleTable<string[], string> {
  return ruleTable({
    id,
    reason: 'Test of the rule-table machinery.',
    contextOf: wordsOf,
    rules: [
      { id: 'said-verb', reason: 'A reporting verb marks speech.', when: words => words.includes('said'), outcome: 'speech', examples: saidExamples },
      { id: 'according-to', reason: '"According to" credits a source.', when: words => words.includes('according'), outcome: 'source', examples: { yes: ['According to Mara Lind, prices rose.'], no: ['Prices rose.'] } },
    ],
  });
}

describe('rule tables', () => {
  describe('every registered table', () => {
    for (const table of registeredRuleTables()) {
      it(`${table.id}: each rule fires on its yes examples and not on its no examples`, () => {
        assert.deepStrictEqual(exampleFailures(table), []);
      });
    }
  });

  it('finds a wrong example: a yes the rule misses and a no it fires on', () => {
    const table = demoTable('test-demo-wrong', { yes: ['Prices rose, the minister added.'], no: ['"No," Ivo Sandal said.'] });
    assert.deepStrictEqual(exampleFailures(table as RuleTable<unknown, unknown>), [
      'test-demo-wrong/said-verb should fire on: Prices rose, the minister added.',
      'test-demo-wrong/said-verb should not fire on: "No," Ivo Sandal said.',
    ]);
  });

  it('answers with the first rule that fires, and lists every one that does (for explanations)', () => {
    const table = demoTable('test-demo-order', { yes: ['"No," Ivo Sandal said.'], no: ['Prices rose.'] });
    const context = wordsOf('According to her aides, Mara Lind said no.');
    assert.strictEqual(firstRule(table, context)?.outcome, 'speech');
    assert.deepStrictEqual(firingRules(table, context).map(rule => rule.id), ['said-verb', 'according-to']);
    assert.strictEqual(firstRule(table, wordsOf('Prices rose.')), undefined);
    assert.ok(registeredRuleTables().some(registered => registered.id === 'test-demo-order'), 'registered for the generic walk');
  });

  const refused: [string, () => unknown, RegExp][] = [
    ['a rule without a no example', () => demoTable('test-demo-no-no', { yes: ['Ivo Sandal said so.'], no: [] }), /needs at least one yes and one no example/],
    ['a table id used twice', () => { demoTable('test-demo-twice', { yes: ['Ivo said.'], no: ['Ivo left.'] }); return demoTable('test-demo-twice', { yes: ['Ivo said.'], no: ['Ivo left.'] }); }, /already used/],
    ['a rule without a reason', () => ruleTable({ id: 'test-demo-reasonless', reason: 'x', contextOf: wordsOf, rules: [{ id: 'r', reason: ' ', when: () => true, outcome: 1, examples: { yes: ['a'], no: ['b'] } }] }), /gives no reason/],
    ['a rule id that is not kebab-case', () => ruleTable({ id: 'test-demo-case', reason: 'x', contextOf: wordsOf, rules: [{ id: 'Said Verb', reason: 'y', when: () => true, outcome: 1, examples: { yes: ['a'], no: ['b'] } }] }), /not kebab-case/],
  ];
  for (const [what, make, message] of refused) {
    it(`refuses ${what} when the module loads`, () => assert.throws(make, message));
  }
});

describe('word lists', () => {
  it('every registered list holds lower-case words, each once, and says why it exists', () => {
    for (const list of registeredWordLists()) {
      assert.ok(list.reason.trim(), list.id);
      for (const word of list.words) {
        assert.strictEqual(word, word.toLowerCase().trim(), `${list.id}: ${word}`);
      }
    }
  });

  const refused: [string, string[], RegExp][] = [
    ['a duplicate', ['minister', 'mayor', 'minister'], /"minister" is listed twice/],
    ['a capitalised entry', ['minister', 'Mayor'], /"Mayor" is not lower case/],
    ['an entry ending in a comma', ['minister', 'mayor,', 'governor'], /"mayor," ends in a comma/],
    ['an entry with spaces around it', ['minister', ' mayor'], /has spaces around it/],
    ['an empty entry', ['minister', ''], /is empty/],
  ];
  refused.forEach(([what, words, message], index) => {
    it(`refuses ${what} at load`, () => assert.throws(() => wordList(`test-refused-${index}`, 'Test list.', words), message));
  });

  it('answers membership and refuses a second list with the same id', () => {
    const titles = wordList('test-title-nouns', 'Test list: nouns that head a title.', ['minister', 'mayor', 'chief executive']);
    assert.deepStrictEqual([titles.has('mayor'), titles.has('Mayor'), titles.has('chief executive')], [true, false, true]);
    assert.throws(() => wordList('test-title-nouns', 'Again.', ['mayor']), /already used/);
  });

  it('derives a list from another: without() leaves words out, within() picks a part, both refuse a word not in the list', () => {
    const honorifics = wordList('test-honorifics', 'Test list: courtesy forms.', ['mr', 'sir', 'lord', 'herr']);
    assert.deepStrictEqual(without(honorifics, ['lord']), ['mr', 'sir', 'herr']);
    assert.deepStrictEqual(within(honorifics, ['sir', 'mr']), ['sir', 'mr']);
    assert.throws(() => without(honorifics, ['lord', 'monsieur']), /test-honorifics: cannot leave out "monsieur"/);
    assert.throws(() => within(honorifics, ['mr', 'señor']), /test-honorifics: "señor" not in the list/);
  });
});
