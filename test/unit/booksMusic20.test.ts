// Kinds of round 20's books and music industry set (fresh52): works listed after a plural noun or followed by their
// maker named after "the", the book and music trades' posts and bodies, and section labels above a headline. Every
// sentence is invented.
import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { mentionLabels, rolesOf } from './support/entityQueries';

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

  describe('the book and music trades\' posts (title-heads: bookseller, buyer)', () => {
    it('reads "the bookseller X" as a post, and not a stance ("a critic of the plan")', () => {
      assert.deepStrictEqual(rolesOf('The panel was the bookseller Tom Wrede of Vardo.', 'Tom Wrede'), ['bookseller']);
      assert.deepStrictEqual(rolesOf('Dana Kelso, a critic of the Vardo bypass plan, spoke first.', 'Dana Kelso'), []);
    });

    it('reads "X, fiction buyer at Y," as a post', () => {
      assert.ok(rolesOf('Orla Brandt, fiction buyer at Kestrelby, said the book would sell.', 'Orla Brandt').some(role => /buyer/.test(role)));
    });

    it('leaves a name without such a word before it without a post', () => {
      assert.deepStrictEqual(rolesOf('The panel met Dana Kelso in Vardo on Monday.', 'Dana Kelso'), []);
    });
  });

  describe('publishers, bookshops and music shops (org-heads: books, music) and section labels (rule section-label)', () => {
    it('reads "X Books" and "X Music" as bodies', () => {
      const found = mentionLabels('It was published by Kestrel Books and sold at Penhale Music in Vardo.');
      assert.ok(found.includes('o:Kestrel Books') && found.includes('o:Penhale Music'), found.join(' | '));
    });

    it('does not read a section label as the short form of a body with that head', () => {
      assert.deepStrictEqual(mentionLabels('Culture | Books\n\nKestrel Books buys a first novel from Tom Wrede.'), ['o:Kestrel Books', 'p:Tom Wrede']);
      assert.deepStrictEqual(mentionLabels('What\'s On | Music\n\nPenhale Music closes after 40 years, Tom Wrede said.'), ['o:Penhale Music', 'p:Tom Wrede']);
    });

    it('keeps a body\'s head alone as its short form in a sentence', () => {
      const found = mentionLabels('The Kelso Fund gave £3m. The Fund said it was proud.');
      assert.strictEqual(found.filter(label => label.startsWith('o:')).length, 2, found.join(' | '));
    });
  });
});
