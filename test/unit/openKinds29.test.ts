// Kinds left open by round 28: a title set before its holder's name with a portfolio after its head, or a courtesy
// form after the comma, as the subject of "X thanked … and said"; how long a post was held after a relative clause's
// post ("who chaired the board for a decade"); a government department named by one capitalised common noun ("the Treasury").
// Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

function speakersOf(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? '-');
}

describe('round 29 kinds left open by round 28', () => {
  describe('a title appositive before the subject of a verb pair joined by "and said"', () => {
    it('credits the holder where a portfolio follows the title\'s head', () => {
      const text = 'Norway\'s Special Envoy for Fisheries, Orla Brennick, thanked the crew and said the port would "keep every berth open through the winter" for the fleet.';
      assert.deepStrictEqual(speakersOf(text), ['Orla Brennick']);
    });

    it('credits the holder where a courtesy form stands between the comma and the name', () => {
      const text = 'Norway\'s envoy, Ms Orla Brennick, thanked the crew and said the port would "keep every berth open through the winter" for the fleet.';
      assert.deepStrictEqual(speakersOf(text), ['Orla Brennick']);
    });

    it('credits the holder with both, and a capitalised portfolio joined by "and"', () => {
      const text = 'The Special Envoy for Ports and Harbours, Dr. Selma Harrowgate, visited the quay and said the town would "rebuild every pier before spring".';
      assert.deepStrictEqual(speakersOf(text), ['Selma Harrowgate']);
    });

    it('credits no one in a clause whose subject is no name', () => {
      const text = 'After the storm over the Bay of Kelder, the harbour reopened and crews said the port would "keep every berth open through the winter" for the fleet.';
      assert.deepStrictEqual(speakersOf(text), ['-']);
    });
  });
  describe('a relative clause\'s post, without how long it was held', () => {
    it('ends the post before "for" and a span of time', () => {
      assert.deepStrictEqual(rolesOf('Orla Brennick, who chaired the board for a decade, said the sale was a mistake.', 'Orla Brennick'), ['chaired the board']);
      assert.deepStrictEqual(rolesOf('Ilsa Marrow, who ran the school for 22 years, said the building was unsafe.', 'Ilsa Marrow'), ['ran the school']);
      assert.deepStrictEqual(rolesOf('Corin Adley, who led the trust for more than a decade, said the plan would be revised.', 'Corin Adley'), ['led the trust']);
    });

    it('keeps a post whose own words follow "for"', () => {
      assert.deepStrictEqual(rolesOf('Tobias Wrenfield, who heads the agency\'s fraud unit, said the losses were larger.', 'Tobias Wrenfield'), ['heads the agency\'s fraud unit']);
      assert.deepStrictEqual(rolesOf('Mara Quell, who chairs the committee for ports, said the plan would be revised.', 'Mara Quell'), ['chairs the committee for ports']);
    });
  });

  describe('a government department named by one capitalised common noun', () => {
    it('reads "the Treasury", "the Exchequer" and "the Admiralty" as bodies with no other cue', () => {
      assert.deepStrictEqual(mentionLabels('Orla Brennick left the Treasury in 2019 to join a bank.'), ['p:Orla Brennick', 'o:Treasury']);
      assert.deepStrictEqual(mentionLabels('The plan was sent to the Exchequer and filed by the Admiralty.'), ['o:Exchequer', 'o:Admiralty']);
    });

    it('makes no body of the common noun in lower case', () => {
      assert.deepStrictEqual(mentionLabels('The town treasury was empty by spring.'), []);
    });
  });
});
