// Speaker kinds of round 38 (every sentence and name here is invented): a pull quote of scraped web copy signed inside
// its marks by a line of its own ("“…⏎Name, Institute.”"), whose signer speaks; and a "during …" time or occasion
// phrase between a named subject and its verb ("X during a Sunday rally thanked … “…”"), which the subject reader
// steps over as it does "on Sunday"; and a quotation holding another in the same marks ("“… the view that the pier “will
// pay for itself” is wrong,” wrote X"), read as three pieces, whose first piece takes the speaker the last one names.
import * as assert from 'assert';
import { quoteSpeakers } from './support/entityQueries';

const speakerOf = (text: string): Array<string | null> => quoteSpeakers(text).map(([, speaker]) => speaker);

/** Opening paragraphs of hard-wrapped copy: a single line break is a space, so a signature line stays inside its quotation. */
const WRAPPED = [
  'Nils Varga, a bank analyst in Marwick, said on Monday that rates would',
  'fall by the spring and that the council should borrow while money is',
  'cheap and the harbour works are still waiting for a decision.',
  '',
  'The old consensus on budgets held for years in the town, and the',
  'council kept to it through two elections and a long strike.',
  '',
].join('\n');

describe('round 38 speaker kinds (signed pull quotes, "during" phrases before the verb, quotations inside quotations)', () => {
  it('credits the person a signature line inside the quotation names, with or without an affiliation', () => {
    const cases: Array<[string, string]> = [
      ['Josh Perrin', '"The harbour will face the next storm season with no fund set aside for\nthe sea wall, and the crews know it.\nJosh Perrin, Harbour Policy Institute."'],
      ['Dana Okafor', '"The council keeps promising a new pier and never says who will pay for\nit, least of all the harbour board.\nDana Okafor."'],
      ['Josh Perrin', '"The harbour will face the next storm season with no fund set aside for\nthe sea wall, and the crews know it.\n— Josh Perrin, Harbour Policy Institute."'],
    ];
    for (const [speaker, quote] of cases) {
      assert.deepStrictEqual(speakerOf(`${WRAPPED}\n${quote}\n\nThe council voted on Friday.\n`), [speaker], quote);
    }
  });

  it('credits the signer when the signature line closes a quotation left open at the end of its paragraph (one line per paragraph)', () => {
    const opening = 'Nils Varga, a bank analyst, said rates would fall. "Rates will fall by spring," Varga said.\nThe old consensus on budgets held for years.\n\n';
    const cases: Array<[string, string]> = [
      ['Josh Perrin', '"The harbour will face the next storm season with no fund set aside for the sea wall, and the crews know it.\nJosh Perrin, Harbour Policy Institute."'],
      ['Dana Okafor', '"The council keeps promising a new pier and never says who will pay for it.\nDana Okafor."'],
    ];
    for (const [speaker, quote] of cases) {
      assert.deepStrictEqual(speakerOf(`${opening}${quote}\n\nWhether out of agreement or not, the party went along.\n`), ['Nils Varga', speaker], quote);
    }
    // Not a line that goes on after the name, and not when the paragraph before credits the quotation's speaker anyway.
    const sentence = '"The harbour will face the next storm season with no fund for the sea wall.\nJosh Perrin will not say who pays."';
    assert.notStrictEqual(speakerOf(`${opening}${sentence}\n\nThe party went along.\n`)[1], 'Josh Perrin', sentence);
  });

  it('takes no signature from a last line that is a sentence, or from a name that ends a sentence on its line', () => {
    const cases = [
      '"Who will pay for the pier this winter? The council has not said who\nwill pay, and nobody on the quay believes it will.\nNils Varga will not say who pays."',
      '"Who will pay for the pier this winter, when the crews have no work\nand the council has no money? Nils Varga."',
    ];
    for (const quote of cases) {
      assert.deepStrictEqual(speakerOf(`${WRAPPED}\n${quote}\n\nThe council voted on Friday.\n`), [null], quote);
    }
  });

  it('reads the named subject across a "during" phrase that ends in a time or an occasion of speech', () => {
    const cases = [
      'Tomas Brandel during a Sunday rally praised the crews “for standing by the harbour all winter.”',
      'Tomas Brandel during a Sunday praised the crews “for standing by the harbour all winter.”',
      'Tomas Brandel throughout the hearing insisted the deal was “a fair price for every boat.”',
      'Tomas Brandel during the debate called the plan “a gift to the harbour board.”',
    ];
    for (const sentence of cases) {
      assert.deepStrictEqual(speakerOf(`The union backs the mayor.\n\n${sentence}`), ['Tomas Brandel'], sentence);
    }
  });

  it('still leaves a quotation whose "during" phrase holds the only name to no one', () => {
    const sentence = 'During the Marwick rally the crowd chanted “no contract, no peace” for an hour.';
    assert.deepStrictEqual(speakerOf(`The union backs the mayor.\n\n${sentence}`), [null], sentence);
  });

  it('credits every piece of a quotation that holds another in the same marks to the speaker its last piece names', () => {
    const text = 'The crews were angry on Monday.\n\n“The board’s view that the pier “will pay for itself in ten years” is wrong, and everyone on the quay knows it,” wrote Ilsa Marrow, who chairs the harbour trust. Marrow left.';
    const speakers = speakerOf(text);
    assert.ok(speakers.length >= 2, JSON.stringify(speakers));
    assert.deepStrictEqual(speakers, speakers.map(() => 'Ilsa Marrow'));
  });

  it('still leaves a cue-less quotation to no one when the later quotation of its paragraph names no one', () => {
    const text = 'The crews were angry on Monday.\n\nThe pier was called “a gift to the harbour board and nobody else” and the vote was “a done deal, whatever the crews say.”';
    assert.deepStrictEqual(speakerOf(text), [null, null]);
  });
});
