import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { withCurlyTexQuotes } from '../../../src/core/quotes/texQuotes';

/** The quotations of an analysis as [quoted text, speaker's name]. */
function quotesOf(text: string): Array<[string, string | null]> {
  const analysis = analyzeText(text);
  const nameOf = (id: string | null) => analysis.entities.find(entity => entity.id === id)?.name ?? null;
  return analysis.quotes.map(quote => [text.slice(quote.start, quote.end), nameOf(quote.speakerId)]);
}

describe('quotations typed the TeX / Penn Treebank way (``…\'\')', () => {
  it('rewrites a pair into curly marks without changing the length', () => {
    const text = "Kelso said ``We will rebuild.'' Then she left.";
    const rewritten = withCurlyTexQuotes(text);
    assert.strictEqual(rewritten.length, text.length);
    assert.strictEqual(rewritten, 'Kelso said  \u201cWe will rebuild.\u201d  Then she left.');
  });

  it('leaves text without the pair alone: a Markdown code span, a lone opening, plain apostrophes', () => {
    for (const text of ['Run ``npm test`` first.', 'He wrote ``and stopped', "The players'' union met.", 'No marks here.']) {
      assert.strictEqual(withCurlyTexQuotes(text), text);
    }
  });

  it('finds the quotation and its speaker, with offsets of the original text', () => {
    const text = "Dana Kelso, the mayor of Marwick, said ``We will rebuild the bridge by spring.'' She added that funding was secured.";
    assert.deepStrictEqual(quotesOf(text), [['We will rebuild the bridge by spring.', 'Dana Kelso']]);
  });

  it('reads an inverted attribution between two pairs', () => {
    const text = "``It is a disgrace,'' said Piet Ostrander, chief executive of Vardo Holdings. ``We will appeal.''";
    assert.deepStrictEqual(quotesOf(text), [['It is a disgrace,', 'Piet Ostrander'], ['We will appeal.', 'Piet Ostrander']]);
  });

  it('does not join an opening left open in one paragraph to a closing in the next pair', () => {
    const text = "Ardia Vellis said ``the plan was always to wait\n\n``Then we moved,'' Vellis said.";
    const rewritten = withCurlyTexQuotes(text);
    assert.strictEqual(rewritten.length, text.length);
    assert.ok(rewritten.startsWith('Ardia Vellis said ``the plan'), 'the unclosed opening stays as written');
    assert.deepStrictEqual(quotesOf(text).filter(([quoted]) => quoted.startsWith('Then')), [['Then we moved,', 'Ardia Vellis']]);
  });
});
