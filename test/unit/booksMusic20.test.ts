// Kinds of round 20's books and music industry set (fresh52): works listed after a plural noun or followed by their
// maker named after "the", the book and music trades' posts and bodies, and section labels above a headline. Every
// sentence is invented.
import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { mentionLabels } from './support/entityQueries';

function kindOf(text: string, content: string): string | undefined {
  return findQuotes(text).find(span => text.slice(span.start, span.end) === content)?.kind;
}

describe('books and music industry copy (r20-books)', () => {
  describe('a title-case quotation after a plural work noun, or with its maker after "by the …", is a work\'s title', () => {
    const rows: readonly (readonly [string, string, string])[] = [
      ['The album produced the singles "Tarrow Rain" and "Kelso Lights" in 1998.', 'Tarrow Rain', 'title'],
      ['Her novels "Salt Harbour" and "Low Fields" both sold well.', 'Salt Harbour', 'title'],
      ['The list included "The Copper Bell" by the Danish writer Ivo Sandal this year.', 'The Copper Bell', 'title'],
      ['The list included "The Copper Bell" by the poet Ivo Sandal this year.', 'The Copper Bell', 'title'],
      // Speech followed by a lower-case word after "by", or by a long aside before the maker, stays speech.
      ['She said it was "Not Good Enough" by any measure.', 'Not Good Enough', 'speech'],
      ['"We Will Not Move," shouted a crowd gathered by the gates of the Kelso plant.', 'We Will Not Move,', 'speech'],
    ];
    for (const [text, content, kind] of rows) {
      it(`marks ${JSON.stringify(content)} in ${JSON.stringify(text.slice(0, 50))} as ${kind}`, () => {
        assert.strictEqual(kindOf(text, content), kind);
      });
    }

    it('drops a name inside such a title (rule quoted-work-title) and keeps its maker', () => {
      assert.deepStrictEqual(mentionLabels('The shortlist included "The Marwick Ferry" by the Danish writer Ivo Sandal this year.'), ['p:Ivo Sandal']);
    });

    it('drops a song title with a company head inside it after "the singles"', () => {
      assert.ok(!mentionLabels('The band\'s debut produced the singles "Harbour Oil" and "Lamp Grease" in 1997.').some(label => label.includes('Oil')));
    });
  });

});
