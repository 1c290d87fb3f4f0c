// Explanations: decisions of the trail given to the entity, role or quote whose span they name, whatever
// table recorded them; the same explanation whether paragraphs come from a cache or not.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import type { DocumentAnalysis, Why } from '../../src/core/model';
import { explainAnalysis, headlineWhy, withHeadlinesOnly } from '../../src/core/rules/explain';
import { withTrail, type Decision } from '../../src/core/rules/trail';

const TEXT = 'Finance Minister Dana Whitlock said the port would reopen. "It is safe," Whitlock told reporters.';

function explained(text: string, cache?: Map<string, never>): DocumentAnalysis {
  return withTrail(() => analyzeText(text, {}, cache)).result;
}

const rulesOf = (why: readonly Why[] | undefined) => why?.map(entry => `${entry.table}/${entry.rule}`) ?? [];

describe('explanations', () => {
  it('gives a decision to the entity, role or quote with its span, or to the smallest one containing it', () => {
    const analysis = analyzeText(TEXT);
    const [whitlock] = analysis.entities;
    const role = whitlock.roles[0];
    const quote = analysis.quotes[0];
    const decisions: Decision[] = [
      { table: 'test-roles', rule: 'title-before-name', ...role, outcome: 'role' },
      { table: 'test-speakers', rule: 'name-before-verb', start: quote.start, end: quote.end },
      // With the quotation marks, and inside the attribution: both are the quote's.
      { table: 'test-speakers', rule: 'with-marks', start: quote.start - 1, end: quote.end + 1 },
      { table: 'test-speakers', rule: 'verb-in-attribution', start: quote.attribution!.end - 4, end: quote.attribution!.end },
      { table: 'test-kinds', rule: 'on-mention', ...whitlock.mentions[1] },
      { table: 'test-kinds', rule: 'on-mention', ...whitlock.mentions[0] },
      { table: 'test-nowhere', rule: 'outside', start: 0, end: TEXT.length },
    ];
    const result = explainAnalysis(analysis, decisions);
    assert.deepStrictEqual(result.entities[0].roles[0].why, [{ table: 'test-roles', rule: 'title-before-name', outcome: 'role', count: 1 }]);
    assert.deepStrictEqual(rulesOf(result.quotes[0].why), ['test-speakers/name-before-verb', 'test-speakers/with-marks', 'test-speakers/verb-in-attribution']);
    assert.deepStrictEqual(result.entities[0].why, [{ table: 'test-kinds', rule: 'on-mention', count: 2 }]);
  });

  it('explains an entity by the rule that gave its kind first, and is the same from a cache filled by a plain run', () => {
    const fresh = explained(TEXT);
    const whitlock = fresh.entities[0];
    assert.deepStrictEqual(headlineWhy(whitlock.why, whitlock.kind), { table: 'kind-of-name', rule: 'title-before-name', outcome: 'person', count: 1 });
    const cache = new Map<string, never>();
    analyzeText(TEXT, {}, cache);
    assert.deepStrictEqual(explained(TEXT, cache), fresh);
    assert.deepStrictEqual(explained(TEXT, cache), fresh, 'a cache filled by an explained run');
  });

  it('adds nothing outside withTrail', () => {
    const plain = analyzeText(TEXT);
    assert.ok(plain.entities.every(entity => entity.why === undefined && entity.roles.every(role => role.why === undefined)));
    assert.ok(plain.quotes.every(quote => quote.why === undefined));
  });

  it('keeps only the headlines for the hover: the kind rule of an entity, the first rule of a role or quote', () => {
    const analysis = explained(TEXT);
    const cut = withHeadlinesOnly(analysis);
    assert.deepStrictEqual(rulesOf(cut.entities[0].why), ['kind-of-name/title-before-name']);
    assert.ok((analysis.entities[0].why?.length ?? 0) > 1);
    const strip = (value: DocumentAnalysis) => JSON.parse(JSON.stringify(value), (key, item) => (key === 'why' ? undefined : item));
    assert.deepStrictEqual(strip(cut), strip(analysis));
  });
});
