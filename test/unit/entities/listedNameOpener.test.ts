// A body's name the lexicon lists whole, opening a sentence with a word that alone is an adjective ("White House
// officials said …"), keeps that word: dropping it would found a body called "House".
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { entityWithMention } from '../support/entityQueries';

function orgNames(text: string): string[] {
  return analyzeText(text).entities.filter(found => found.kind === 'org').map(found => found.name);
}

describe('a listed body\'s name opening a sentence with an adjective', () => {
  it('keeps "White" before "House" at the start of a paragraph', () => {
    assert.deepStrictEqual(orgNames('The plan was set out on Monday.\n\nWhite House officials said it would pass.'), ['White House']);
  });

  it('joins the opening mention to the same body named mid-sentence, and the title before a name keeps it', () => {
    const text = 'The bill was backed by the White House.\n\nWhite House press secretary Orla Brandt told reporters it would pass.';
    assert.deepStrictEqual(orgNames(text), ['White House']);
    assert.strictEqual(entityWithMention(text, 'White House')?.mentions.length, 2);
  });

  it('leaves the opener to a capitalised title that takes the listed name\'s last word, so no body is called "White"', () => {
    assert.deepStrictEqual(orgNames('They met on Monday.\n\nWhite House Correspondent Orla Brandt reported it.'), []);
  });
});
