// Kinds left open by round 28: a title set before its holder's name with a portfolio after its head, or a courtesy
// form after the comma, as the subject of "X thanked … and said". Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

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
});
