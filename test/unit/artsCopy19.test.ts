// Kinds of round 19's arts, museum and auction set (fresh48): names inside a quoted work's title, and the cues that make
// a quotation a work's title (its maker after "by", "<maker> whose"), artists named by their art, and a place's
// "-born" before a post. Every sentence is invented.
import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { mentionLabels, rolesOf } from './support/entityQueries';

function kindOf(text: string, content: string): string | undefined {
  return findQuotes(text).find(span => text.slice(span.start, span.end) === content)?.kind;
}

describe('arts, museum and auction copy (r19-arts)', () => {
  describe('a title-case quotation with its maker after it, or after "<maker> whose", is a work\'s title', () => {
    const rows: readonly (readonly [string, string, string])[] = [
      ['The gallery bought "Girl with a Copper Ladle" by Idris Penhale last week.', 'Girl with a Copper Ladle', 'title'],
      ['\u201cThe Salt Orchard\u201d, directed by Tom Wrede, opens on Friday.', 'The Salt Orchard', 'title'],
      ['\u201cThe Salt Orchard,\u201d written by Orla Brandt, opens on Friday.', 'The Salt Orchard,', 'title'],
      ['Kelso, the playwright whose "Low Tide" ran for a year, spoke first.', 'Low Tide', 'title'],
      // A participle that makes nothing, or "by" before a lower-case word, leaves speech as it was.
      ['"Save Vardo Pier" backed by Dana Kelso drew a crowd.', 'Save Vardo Pier', 'speech'],
      ['She said it was "Not Good Enough" by any measure.', 'Not Good Enough', 'speech'],
      ['Kelso, a neighbour whose "Never Again" was shouted at the meeting, left.', 'Never Again', 'speech'],
    ];
    for (const [text, content, kind] of rows) {
      it(`marks ${JSON.stringify(content)} in ${JSON.stringify(text.slice(0, 50))} as ${kind}`, () => {
        assert.strictEqual(kindOf(text, content), kind);
      });
    }
  });

  describe('a name inside a quoted work\'s title is no person or body (rule quoted-work-title)', () => {
    it('drops the name inside a title followed by its maker, and keeps the maker', () => {
      assert.deepStrictEqual(mentionLabels('The museum paid £2m for "Girl with a Copper Ladle" by Idris Penhale on Tuesday.'), ['p:Idris Penhale']);
    });

    it('drops the name of a title after a possessive', () => {
      assert.deepStrictEqual(mentionLabels('Idris Penhale\'s "Copper Ladle" sold for £2m at the Kelso Museum.'), ['p:Idris Penhale', 'o:Kelso Museum']);
    });

    it('keeps a host named in a programme\'s title, and a one-word name', () => {
      const found = mentionLabels('She told Vardo Radio\'s "Mornings with Dana Kelso" and Tom Wrede\'s "Marwick Hour" that Kelso\'s "Tarrow" was wrong.');
      assert.ok(found.includes('p:Dana Kelso'), found.join(' | '));
    });

    it('drops a name inside a play\'s title before ", directed by"', () => {
      assert.deepStrictEqual(mentionLabels('"The Ballad of Kelderwick Fair", directed by Tom Wrede, opens at the Vardo Playhouse on Friday.'),
        ['p:Tom Wrede', 'o:Vardo Playhouse']);
    });

    it('keeps a name inside a quotation of speech', () => {
      assert.ok(mentionLabels('"We owe Dana Kelso a great deal," said Tom Wrede.').includes('p:Dana Kelso'));
    });
  });

  describe('artists are named by their art (title-heads: painter, sculptor, printmaker, illustrator, dramatist)', () => {
    it('reads "the Flemish painter X" as a post', () => {
      assert.deepStrictEqual(rolesOf('A portrait by the Flemish painter Idris Penhale sold for £2m on Monday.', 'Idris Penhale'), ['Flemish painter']);
    });

    it('reads "The sculptor X" as a post', () => {
      assert.deepStrictEqual(rolesOf('The sculptor Dana Kelso said the bronze was cast in 1990.', 'Dana Kelso'), ['sculptor']);
    });

    it('leaves "Painter" as a surname alone', () => {
      assert.deepStrictEqual(rolesOf('Tom Painter said the work was done.', 'Tom Painter'), []);
    });
  });

  describe('a place\'s "-born" before a post is a modifier, not a verb (isParticipleModifier, list modifier-suffixes)', () => {
    it('reads "X, the Vardo-born playwright," as a post', () => {
      assert.deepStrictEqual(rolesOf('Dana Kelso, the Vardo-born playwright, spoke first.', 'Dana Kelso'), ['Vardo-born playwright']);
    });

    it('keeps the post before a relative clause', () => {
      assert.deepStrictEqual(rolesOf('Dana Kelso wrote it. Kelso, the Vardo-born playwright whose last play ran for a year, spoke.', 'Dana Kelso'),
        ['Vardo-born playwright']);
    });

    it('gives no post to "the Vardo-born" with no noun after it', () => {
      assert.deepStrictEqual(rolesOf('Dana Kelso, the Vardo-born, spoke first.', 'Dana Kelso'), []);
    });
  });
});
