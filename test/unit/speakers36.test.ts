// Speaker kinds of round 36 (every sentence and name here is invented): a club's "boss" standing for the manager the
// article introduced; a page heading in capitals ("VIDEO:") ending a transcript speaker's turn; an all-caps label the
// lexicon does not know founding its speaker inside a transcript; and a finding sentence after a claim keeping its
// quoted figure from the claimant; a beat paragraph ("She taps the desk.") between a caller's lines.
import * as assert from 'assert';
import { quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

describe('round 36 speaker kinds (a boss for a manager, transcript headings and labels, findings after a claim)', () => {
  it('credits the manager the article introduced when the copy calls him the club\'s boss', () => {
    const cases: Array<[string, string]> = [
      ['Dunmarra Thistle beat Kelby Rovers 2-1 on Saturday. Kelby manager Ansel Tavy was furious with the referee.\n\n“We were robbed,” the Kelby boss added.', 'Ansel Tavy'],
      ['Harwick Albion manager Senna Morrow named an unchanged side. “The lads have earned it,” the Albion boss said.', 'Senna Morrow'],
    ];
    for (const [text, speaker] of cases) {
      assert.strictEqual(speakers(text)[0]?.[1], speaker, text);
    }
  });

  it('does not give a club\'s boss to the manager of the other club', () => {
    const text = 'Kelby manager Ansel Tavy and Dunmarra manager Oskar Fenn shook hands. “We were robbed,” the Dunmarra boss said.';
    assert.strictEqual(speakers(text)[0]?.[1], 'Oskar Fenn');
  });

  it('ends a transcript speaker\'s turn at a page heading on a line of its own', () => {
    const text = 'The mayor, Idris Calloway, sat down with host Wenna Fletcher on Sunday.\n\n"FLETCHER: Let us start with the bridge.\n\n"CALLOWAY: It will open in May.\n\n"WATCH: The river rose over the quay.\n\n"The tolls will stay low."';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Wenna Fletcher', 'Idris Calloway', null, null]);
  });

  it('keeps a heading that a cue after it credits with the one who posted it', () => {
    const text = 'Idris Calloway is the mayor of Tarrow. "WATCH: our rally by the river tonight at eight," Calloway posted on Friday.';
    assert.strictEqual(speakers(text)[0]?.[1], 'Idris Calloway');
  });

  it('founds a person for an all-caps label the lexicon does not know when another label names a speaker', () => {
    const text = 'The mayor sat down with a radio host on Sunday.\n\n"HALVARD: Let us start with the bridge.\n\n"JENSEN: It will open in May."';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Halvard', 'Jensen']);
  });

  it('founds no person for an unknown all-caps label when no other label names a speaker', () => {
    const text = 'The leaflet made two points about the bridge.\n\n"QORVANE: The bridge will open in May and the tolls will stay low."';
    assert.ok(!speakers(text).some(([, speaker]) => speaker === 'Qorvane'), JSON.stringify(speakers(text)));
  });

  it('credits the quotation after a beat paragraph of "She" and her action to the one she stands for', () => {
    const text = 'Wenna Fletcher rang the next number on her list. "Hello, I am calling from the harbour trust," Fletcher said into the phone.\n\nShe taps the desk twice.\n\n"Right, put me down for two tickets then."';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), ['Wenna Fletcher', 'Wenna Fletcher']);
  });

  it('does not pass a claimant\'s words on to a figure a finding sentence quotes next', () => {
    const text = 'Councillor Brisa Tamm claimed that the depot was safe. The inspectors counted “1,874 breaches of the fire code over the winter.”';
    assert.deepStrictEqual(speakers(text).map(([, speaker]) => speaker), [null]);
  });

  it('still passes the claimant\'s words on to a sentence of no one that reports no finding', () => {
    const text = 'Councillor Brisa Tamm claimed that the depot was safe. Doing so “looked like an attempt to hide the cost from us.”';
    assert.strictEqual(speakers(text)[0]?.[1], 'Brisa Tamm');
  });
});
