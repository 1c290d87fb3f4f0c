// Speaker kinds of round 37 (every sentence and name here is invented): "he"/"she" after a short opening phrase ("On
// Sunday, she told us that, once the gala had ended, X phoned her") is still the sentence's subject, so X, named later in a
// clause of its own, is not whom the next "she said" goes on with; nor is X, credited with a reporting verb inside the
// clause the pronoun reports ("… that X called her").
import * as assert from 'assert';
import { quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

const speakerOf = (text: string): Array<string | null> => speakers(text).map(([, speaker]) => speaker);

describe('round 37 speaker kinds (a pronoun after an opening phrase stays the subject)', () => {
  const shelter = 'Marta Quell has run the riverside shelter for ten years.';

  it('goes on with the one "he"/"she" stands for after an opening phrase, not the person named in the clause it reports', () => {
    const cases: Array<[string, string, string]> = [
      // A time phrase, "she", and a man named after an inner comma ("phoned" is no reporting verb).
      ['Marta Quell', shelter + ' She first met Kade Orlin at a fundraiser in 2009.\n\nOn Sunday, she told us that once the gala had ended, Kade Orlin phoned her at the shelter.',
        '“He rang the front desk and they put him through to my office. I had no idea it was him,” she said.'],
      // The man named in her "that" clause has a reporting verb of his own ("called her").
      ['Marta Quell', shelter + '\n\nOn Sunday, she told us that once the gala had ended, Kade Orlin called her at the shelter.',
        '“He asked for me by name. I had no idea it was him,” she said.'],
      // An opening time adverb ("Last week, he told …").
      ['Tobin Ashgrove', 'Tobin Ashgrove chairs the harbour board. He has clashed with the port\'s owners for years.\n\nLast week, he told reporters that, after the vote, Rusk Elvary had offered him a seat on the new committee.',
        '“I turned it down on the spot,” he said.'],
    ];
    for (const [speaker, before, quote] of cases) {
      assert.deepStrictEqual(speakerOf(`${before}\n\n${quote}`), [speaker], before);
    }
  });

  it('still takes a name right after the opening phrase, or after a subordinate clause, as the subject', () => {
    for (const sentence of ['On Sunday, Kade Orlin phoned the shelter\'s front desk.', 'When she left, Kade Orlin locked the front door.']) {
      assert.deepStrictEqual(speakerOf(`${shelter}\n\n${sentence}\n\n“Nobody else had a key,” he said.`), ['Kade Orlin'], sentence);
    }
  });
});
