// Kinds of maritime and aviation incident copy found by round 22's unseen set (r22-sea): a ship's name after its type
// or in an appositive with its operator, a flight number, an operator and a maker before a model's code, passengers
// named by first name after a descriptor and their home town, "the airline" and "it said" for an airline's statement,
// a body's post holder after "said", shipping copy's companies. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels } from './support/entityQueries';

/** The name of each quotation's speaker ("-" when unattributed), in order. */
function speakersOf(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('maritime and aviation incident kinds of round 22 (r22-sea)', () => {
  it('reads a name after a ship\'s type, also a hyphened trade word, as the ship in every use', () => {
    const found = mentionLabels('Smoke filled the ro-pax Sorrel Dawn at dawn. The Sorrel Dawn docked at noon, Vardo Lines said.');
    assert.ok(!found.some(label => label.includes('Sorrel')), found.join(' | '));
    assert.ok(found.includes('o:Vardo Lines'), found.join(' | '));
  });

  it('reads a name with a ship\'s appositive and its operator as the ship', () => {
    const found = mentionLabels('The Sorrel Dawn, a Maltese-flagged ro-pax ferry operated by Vardo Lines, turned back. The Sorrel Dawn was built in 2011.');
    assert.ok(!found.some(label => label.includes('Sorrel')), found.join(' | '));
  });

  it('keeps a person described by a ship\'s trade a person', () => {
    const found = mentionLabels('Dana Kelso, a ferry captain trained by Vardo Lines, said the sea was calm.');
    assert.ok(found.includes('p:Dana Kelso'), found.join(' | '));
  });

  it('reads a flight number as no body', () => {
    const found = mentionLabels('Tarrow Airways flight TW 218 turned back. Later flight TW218 left again.');
    assert.deepStrictEqual(found, ['o:Tarrow Airways']);
  });

  it('ends an operator\'s name before a model\'s code and splits off the maker', () => {
    const found = namedMentionLabels('A Tarrow Airways Orvane V-200 turned back on Sunday. Tarrow said the jet was safe.');
    assert.ok(found.includes('o:Tarrow Airways:Tarrow Airways'), found.join(' | '));
    assert.ok(found.includes('o:Tarrow Airways:Tarrow'), found.join(' | '));
    assert.ok(!found.some(label => label.includes('Airways Orvane')), found.join(' | '));
  });

  it('finds an operator named before a model\'s code alone', () => {
    const found = mentionLabels('A Kelso Airways K-7 landed at noon.');
    assert.deepStrictEqual(found, ['o:Kelso Airways']);
  });

  it('reads a first name after a descriptor opening the sentence and an age as a person, and the home town as a place', () => {
    const text = 'The jet landed at noon.\n\nMum-of-two Kelly, 38, from Ashby Fell, said: "The cabin filled with haze."\n\n'
      + 'Grandmother Edna, 66, said she would fly again. "The crew were wonderful," she said.';
    assert.deepStrictEqual(speakersOf(text), ['Kelly', 'Edna']);
    assert.ok(!mentionLabels(text).some(label => label.includes('Ashby')), mentionLabels(text).join(' | '));
  });

  it('gives "it said" to the airline the paragraph\'s "The airline said" refers to', () => {
    const text = 'Tarrow Airways flight TW 218 turned back on Sunday.\n\n'
      + 'The airline said in a statement that the crew had shut down an engine. "The crew did well," it said. "We are sorry," it said.';
    assert.deepStrictEqual(speakersOf(text), ['Tarrow Airways', 'Tarrow Airways']);
  });

  it('gives "said <body>\'s post, <name>" to the person who holds the post', () => {
    assert.deepStrictEqual(speakersOf('"The crew did well," said Vardo Council\'s chief executive, Ivo Sandal.'), ['Ivo Sandal']);
    assert.deepStrictEqual(speakersOf('"The crew did well," said Vardo Council\'s spokesman.'), ['Vardo Council']);
    // The body's name cut short by the recogniser ("Coastguard" is also a title's head) still ends in the possessive.
    assert.deepStrictEqual(speakersOf('Vardo Coastguard said the sea was calm. "The crew did well," said Vardo Coastguard\'s duty commander, Ivo Sandal.'), ['Ivo Sandal']);
  });

  it('reads shipping copy\'s owner, classification society and consultancy as bodies', () => {
    const found = mentionLabels('The vessel, owned by Limassol-based Kaldor Maritime, is classed by Orrin Register. '
      + '"Fires are rising," said Ivo Sandal, head of risk at the consultancy Tarrow Advisory.');
    for (const body of ['o:Kaldor Maritime', 'o:Orrin Register', 'o:Tarrow Advisory']) {
      assert.ok(found.includes(body), `${body}: ${found.join(' | ')}`);
    }
  });
});
