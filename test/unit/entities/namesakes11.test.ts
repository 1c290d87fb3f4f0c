// Two people sharing a surname (round 11): an honorific and the surname stand for the namesake named before them,
// even where only the one named later has a first name that tells a gender. Invented names and sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** Each person as "Name: mention | mention". */
function people(text: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === 'person')
    .map(entity => `${entity.name}: ${entity.mentions.map(mention => text.slice(mention.start, mention.end)).join(' | ')}`).sort();
}

describe('namesakes: an honorific form before the second namesake is named', () => {
  it('gives "Ms X" to the woman named before it, not to a namesake whose first name shows a woman only later', () => {
    const text = 'Eiluned Vell, 23, collapsed at home in March. Ms Vell has since recovered.\n\n'
      + 'Ms Vell\'s mother, Carol Vell, said the family was relieved.';
    assert.deepStrictEqual(people(text), ['Carol Vell: Carol Vell', 'Eiluned Vell: Eiluned Vell | Vell | Vell']);
  });

  it('still gives "Mr X" to the man of two namesakes named before it', () => {
    const text = 'Eiluned Vell and John Vell ran the shop together. Mr Vell said it would close.';
    assert.deepStrictEqual(people(text), ['Eiluned Vell: Eiluned Vell', 'John Vell: John Vell | Vell']);
  });
});
