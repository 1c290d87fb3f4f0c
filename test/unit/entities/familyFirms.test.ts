// A firm named after a family (round 11): its surname alone is the firm where the words around it show a body, even
// when the article names one of the family in full. Invented names and sentences throughout.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** Each entity of a kind as "Name: mention | mention". */
function entities(text: string, kind: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === kind)
    .map(entity => `${entity.name}: ${entity.mentions.map(mention => text.slice(mention.start, mention.end)).join(' | ')}`).sort();
}

describe('family firms: a surname that names the firm', () => {
  it('reads a surname after a body noun, or after "shares in", as the firm, not the person of that surname', () => {
    const text = 'The haulage group Brackwell will close two depots, its chief executive, Nina Brackwell, said on Monday.\n\n'
      + 'Shares in Brackwell fell 6% after the news.';
    assert.deepStrictEqual(entities(text, 'org'), ['Brackwell: Brackwell | Brackwell']);
    assert.deepStrictEqual(entities(text, 'person'), ['Nina Brackwell: Nina Brackwell']);
  });

  it('still reads the surname as the person where it only modifies a noun', () => {
    const text = 'Nina Brackwell spoke first. Leaders of the Brackwell campaign said she was tired.';
    assert.deepStrictEqual(entities(text, 'org'), []);
  });

  it('reads a firm whose name opens with initials and joins partners by "&" as a firm, and its surname alone as that firm', () => {
    const text = 'Vardo Foods has agreed to buy T. Brackwell & Sons, the pie maker. Nina Brackwell, the chair, backed the sale.\n\n'
      + 'Brackwell employs 300 people. Lowrie Capital advised Brackwell.';
    assert.deepStrictEqual(entities(text, 'org'), ['Lowrie Capital: Lowrie Capital', 'T. Brackwell & Sons: T. Brackwell & Sons | Brackwell | Brackwell', 'Vardo Foods: Vardo Foods']);
    assert.deepStrictEqual(entities(text, 'person'), ['Nina Brackwell: Nina Brackwell']);
  });
});
