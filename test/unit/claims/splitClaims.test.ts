// Splitting an article into claims: sentences, clauses of long sentences, every line on its own.
import * as assert from 'assert';
import { splitClaims } from '../../../src/core/claims/splitClaims';

function texts(text: string): string[] {
  return splitClaims(text).map(c => c.text);
}

describe('splitClaims', () => {
  it('cuts sentences after stops, keeping abbreviations and initials inside', () => {
    assert.deepStrictEqual(texts('Mr. Okafor met Dr. J. Linde in the U.S. capital. They spoke for an hour. "It went well," he said.'), [
      'Mr. Okafor met Dr. J. Linde in the U.S. capital.', 'They spoke for an hour.', '"It went well," he said.',
    ]);
  });

  it('keeps headlines, datelines and scraped noise as claims of their own', () => {
    assert.deepStrictEqual(texts('advertisement\n\nPort Officials Reject Bid\n\nHARBORTOWN (Wire) - The board voted no.'), [
      'advertisement', 'Port Officials Reject Bid', 'HARBORTOWN (Wire) - The board voted no.',
    ]);
  });

  it('cuts a long sentence at a semicolon into clauses of its own', () => {
    const first = 'The regional council approved the new harbour budget late on Tuesday after a long and often bitter debate among its twenty elected members';
    const second = 'the opposition walked out before the final vote and promised to challenge the decision in the regional courts early next month';
    const claims = splitClaims(`${first}; ${second}.`);
    assert.deepStrictEqual(claims.map(c => c.text), [`${first};`, `${second}.`]);
  });

  it('gives each claim its exact span of the text', () => {
    const text = '  First one.  Second one!\r\nThird?';
    for (const c of splitClaims(text)) {
      assert.strictEqual(text.slice(c.start, c.end), c.text);
    }
    assert.strictEqual(splitClaims(text).length, 3);
  });

  it('finds no claims in blank or punctuation-only text', () => {
    assert.deepStrictEqual(texts(' \n\n ... \n'), []);
  });
});
