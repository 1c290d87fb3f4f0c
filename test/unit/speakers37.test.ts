// Speaker kinds of round 37 (every sentence and name here is invented): "he"/"she" after a short opening phrase ("On
// Sunday, she revealed that, after the gala, X phoned her") is still the sentence's subject, so X, named later in a
// clause of its own, is not whom the next "she said" goes on with; nor is X, credited with a reporting verb inside the
// clause the pronoun reports ("… that X called her").
import * as assert from 'assert';
import { quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

describe('round 37 speaker kinds (a pronoun after an opening phrase stays the subject)', () => {
  it('goes on with the woman a time phrase and "she" open the sentence with, not the man named in its later clause', () => {
    const text = 'Marta Quell has run the riverside shelter for ten years. She first met Kade Orlin at a fundraiser in 2009.\n\n'
      + 'On Sunday, she revealed for the first time that after the gala, Kade Orlin phoned her at the shelter.\n\n'
      + '“He rang the front desk and they put him through to my office. I had no idea it was him,” she said.';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Marta Quell']);
  });

  it('keeps the pronoun the subject when the man named in its "that" clause has a reporting verb ("X called her")', () => {
    const text = 'Marta Quell has run the riverside shelter for ten years.\n\n'
      + 'On Sunday, she revealed for the first time that after the gala, Kade Orlin called her at the shelter.\n\n'
      + '“He asked for me by name. I had no idea it was him,” she said.';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Marta Quell']);
  });

  it('does the same after an opening time adverb ("Last week, he told …")', () => {
    const text = 'Tobin Ashgrove chairs the harbour board. He has clashed with the port\'s owners for years.\n\n'
      + 'Last week, he told reporters that, after the vote, Rusk Elvary had offered him a seat on the new committee.\n\n'
      + '“I turned it down on the spot,” he said.';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Tobin Ashgrove']);
  });

  it('still takes a name right after the opening phrase as the subject', () => {
    const text = 'Marta Quell has run the riverside shelter for ten years.\n\nOn Sunday, Kade Orlin phoned the shelter\'s front desk.\n\n'
      + '“I wanted to say sorry in person,” he said.';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Kade Orlin']);
  });

  it('does not read a clause opened by a subordinator as such a phrase', () => {
    const text = 'Marta Quell has run the riverside shelter for ten years.\n\nWhen she left, Kade Orlin locked the front door.\n\n'
      + '“Nobody else had a key,” he said.';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Kade Orlin']);
  });
});
