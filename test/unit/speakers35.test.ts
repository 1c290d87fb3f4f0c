// Speaker kinds of round 35 (every sentence and name here is invented): a person placed in a lower-case unit of a
// body by "of"/"from"/"at"/"with" and the body's possessive before the reporting verb ("X of the agency's field
// office said"); and a transcript line opening with an all-caps surname label the article never introduced.
import * as assert from 'assert';
import { quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

describe('round 35 speaker kinds (people in a body\'s unit, transcript labels)', () => {
  it('credits the person, not the body, when a body\'s possessive and a lower-case unit stand before the verb', () => {
    const cases: Array<[string, string]> = [
      ['Orla Benedek of the FBI’s field office said fraud “costs every household.”', 'Orla Benedek'],
      ['Kasimir Wendt of Tarnow Water’s customer service team said the leak “was regrettable.”', 'Kasimir Wendt'],
      ['Tilde Marrow from the council’s housing team said the rents “will rise again.”', 'Tilde Marrow'],
      ['Idunn Pakker at the college’s nursing faculty argued the ruling “changes little.”', 'Idunn Pakker'],
      ['Rasmus Quell of the party’s youth wing told reporters the count “was rigged.”', 'Rasmus Quell'],
      ['Sabine Ostrow with the city’s parks department said the elms “must come down.”', 'Sabine Ostrow'],
    ];
    for (const [text, speaker] of cases) {
      assert.strictEqual(speakers(text)[0]?.[1], speaker, text);
    }
  });

  it('still credits the body for its own unit when no person is placed in it', () => {
    const text = 'Tarnow Water said on Monday that supply was back. The Tarnow Water board said the leak “was regrettable.”';
    assert.strictEqual(speakers(text)[0]?.[1], 'Tarnow Water');
  });

  it('does not credit a person who is the object of a preposition before the body\'s unit', () => {
    const text = 'The report praised Orla Benedek. A clerk in the FBI’s field office said fraud “costs every household.”';
    assert.notStrictEqual(speakers(text)[0]?.[1], 'Orla Benedek');
  });

  it('founds a person for an all-caps surname label the article never introduced and credits the line to them', () => {
    const text = 'The mayor sat down with a radio host on Sunday.\n\n"FLETCHER: Let us start with the bridge. Will it open in May?\n\n"JENSEN: It will open in May, and the tolls will stay low."';
    const found = speakers(text);
    assert.strictEqual(found[0]?.[1], 'Fletcher');
    assert.strictEqual(found[1]?.[1], 'Jensen');
  });

  it('founds no person for a heading label and gives a line under an unknown label no earlier speaker', () => {
    const text = 'The mayor sat down with a radio host on Sunday.\n\n"FLETCHER: Let us start with the bridge.\n\n"VIDEO: The river rose over the quay again.\n\n"UPDATE: The bridge will open in May."';
    const found = speakers(text);
    assert.strictEqual(found[0]?.[1], 'Fletcher');
    assert.ok(!found.slice(1).some(([, speaker]) => speaker === 'Video' || speaker === 'Update'), JSON.stringify(found));
    const unknown = 'The mayor sat down with a radio host on Sunday.\n\n"FLETCHER: Let us start with the bridge.\n\n"ZORVAK: The bridge will open in May."';
    assert.deepStrictEqual(speakers(unknown).map(([, speaker]) => speaker), ['Fletcher', null]);
  });
});
