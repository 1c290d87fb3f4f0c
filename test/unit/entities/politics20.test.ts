// Round 20 (r20-europe): kinds found on new invented European and Latin American political copy
// (test/fixtures/fresh53): an umbrella body named with its members' plural possessive and a plural head ("X Federation
// of Tenants' Unions"), and the speaker of the quotation it gives; a given name with the first of two surnames (in
// crossDocVariants.test.ts); a dateline's region unknown to the gazetteer ("SAN TADEO, Vardania, June 8 (Agency) -").
// Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { mentionLabels } from '../support/entityQueries';

function speakerOf(text: string, opening: string): string | null {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(q => q.text.startsWith(opening));
  assert.ok(quote, `no quotation opening "${opening}"`);
  return analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
}

describe('an umbrella body named with its members\' plural possessive and a plural head', () => {
  it('reads "X Federation of Tenants\' Unions" and "X Council of Growers\' Associations" whole', () => {
    assert.deepStrictEqual(mentionLabels('The Marwick Federation of Tenants\' Unions and the Tarrow Council of Growers\' Associations met on Monday.'),
      ['o:Marwick Federation of Tenants\' Unions', 'o:Tarrow Council of Growers\' Associations']);
  });

  it('gives the body the quotation it gives ("welcomed the vote but said …")', () => {
    const text = 'The Vardo Federation of Tenants\' Unions welcomed the vote but said the fund was "far too small for the cities".';
    assert.strictEqual(speakerOf(text, 'far too small'), 'Vardo Federation of Tenants\' Unions');
  });

  it('leaves a surname\'s possessive before a plural head alone ("Penhales\' Councils plan")', () => {
    assert.deepStrictEqual(mentionLabels('Idris Penhales\' Councils plan was dropped, Dana Kelso said.').filter(label => label.includes('Councils')), []);
  });
});

describe('a dateline\'s region after the capitals of the place filed from', () => {
  it('reads an unknown country in a wire dateline as a place, and its later uses with it ("Vardania\'s run-off")', () => {
    const text = 'SAN TADEO, Vardania, June 8 (Harbour Newswire) - Dana Kelso Marr won Vardania\'s presidential run-off on Sunday.\n\n'
      + '"Vardania chose hope tonight," Kelso told supporters.';
    assert.deepStrictEqual(mentionLabels(text).filter(label => label.includes('Vardania')), []);
    assert.ok(mentionLabels(text).includes('o:Harbour Newswire'), 'the agency credited');
  });

  it('keeps a body named after a comma in a sentence a body ("Dana Kelso, Tarrow Mills chairman, …")', () => {
    assert.ok(mentionLabels('Dana Kelso, Tarrow Mills chairman, said the mill would close.').includes('o:Tarrow Mills'));
  });
});
