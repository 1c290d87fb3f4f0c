// A company's trade opening the sentence before its name ("Chipmaker Vossler Microsystems has …") is capitalised only
// because it opens the sentence: a common noun, no part of the name, so the name is the one used later.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function orgNames(text: string): string[] {
  return analyzeText(text).entities.filter(found => found.kind === 'org').map(found => found.name);
}

describe('a company\'s trade opening the sentence before its name', () => {
  const cases: [string, string][] = [
    ['Chipmaker Vossler Microsystems has shut one of its two lines.', 'Vossler Microsystems'],
    ['MARWICK — Carmaker Dellbrook Motors will cut 300 jobs, the company said.', 'Dellbrook Motors'],
    ['Shipbuilder Tarrant Marine said it was disappointed by the order.', 'Tarrant Marine'],
    ['Insurer Marwick Mutual said claims had doubled since the flood.', 'Marwick Mutual'],
    ['Housebuilder Kelso Homes will build 200 flats on the site.', 'Kelso Homes'],
    // A one-word name after the trade is the company too, as after "the retailer".
    ['Retailer Vardo said sales fell by a tenth over the winter.', 'Vardo'],
  ];
  for (const [sentence, name] of cases) {
    it(sentence, () => assert.deepStrictEqual(orgNames(sentence), [name]));
  }

  it('keeps a first word that is no trade', () => {
    assert.deepStrictEqual(orgNames('First Marwick Bank cut its rates on Monday.'), ['First Marwick Bank']);
  });
});
