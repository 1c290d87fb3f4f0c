// Headlines in Title Case inside an article's text: their capitals prove nothing, so the names in them are the
// people and bodies they mention, never the whole capitalised line (invented headlines and copy).
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function names(text: string): string[] {
  return analyzeText(text).entities.map(entity => entity.name).sort();
}

describe('Title Case headlines in the text', () => {
  it('a fully capitalised line with one headline verb after a name is a headline ("X Wins …", "X Ties Y With Z")', () => {
    const text = 'Maria Lopez Wins Harbour County Primary.\n\nPoll: Dana Whitcombe Ties Ola Berg With Sam Ortiz in a Three-Way Contest.\n\n'
      + 'Maria Lopez said on Monday that she was pleased. Dana Whitcombe did not comment, and neither did Ola Berg or Sam Ortiz.\n';
    assert.deepStrictEqual(names(text), ['Dana Whitcombe', 'Maria Lopez', 'Ola Berg', 'Sam Ortiz']);
  });

  it('a long unpunctuated headline line does not join the capitalised line after it into one name', () => {
    const text = 'Posted 9:09PM Tomas Lindqvist Hints Rival Would Win Harbour Contract\nDana Whitcombe often takes credit for the harbour plan, and has promised to build it.\n';
    const found = names(text);
    assert.ok(found.includes('Dana Whitcombe'), found.join(' | '));
    assert.ok(found.every(name => !/\n/.test(name) && !/Contract/.test(name)), found.join(' | '));
  });

  it('prose that names people with capitalised titles stays prose', () => {
    const text = 'Prime Minister Ana Ruiz met Foreign Minister Ola Berg and Mayor Dana Whitcombe in Harbourton.\n';
    assert.deepStrictEqual(names(text), ['Ana Ruiz', 'Dana Whitcombe', 'Ola Berg']);
  });
});
