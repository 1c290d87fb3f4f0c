// Bodies named once, as the speaker of a quotation, that the entity pass did not recognise at all (round 19):
// a body set off by an appositive that names its kind by an abbreviation ("X, a pro-Kelso super PAC,"), and a
// listed body whose short name is a word of three letters written in title case ("Eni said that …"). Invented
// sentences; the whole engine (analyzeText) reads them.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { checkSpeakers } from './speakerRows';

function kindOf(text: string, name: string): string | null {
  const entity = analyzeText(text).entities.find(e => e.mentions.some(m => m.text === name));
  return entity ? entity.kind : null;
}

describe('bodies named once as speakers (round 19)', () => {
  describe('an appositive naming a kind of body by its abbreviation makes the name a body', () => {
    const cases: [text: string, name: string, kind: string | null][] = [
      ['Dana Kelso spoke first. Tarrow Voters Action, a pro-Kelso super PAC, sent reporters the clip on Monday.', 'Tarrow Voters Action', 'org'],
      ['Tarrow Relief, an NGO, said the camp at Vardo was full.', 'Tarrow Relief', 'org'],
      // A post after the abbreviation: the appositive describes a person.
      ['Orla Brandt met Ivo Sandal, a PAC treasurer, in Marwick on Friday.', 'Ivo Sandal', 'person'],
    ];
    for (const [text, name, kind] of cases) {
      it(`${name} → ${kind}`, () => assert.strictEqual(kindOf(text, name), kind));
    }
    checkSpeakers([
      ['Orla Brandt said the levy would pass. Marwick Voters Action, a pro-Brandt super PAC, said in a statement that the levy was "a tax on every family in the valley."', 'a tax on every', 'Marwick Voters Action'],
    ]);
  });

  describe('a listed body whose short name is a word is found in title case', () => {
    it('a listed company of three letters in title case is a body', () => assert.strictEqual(kindOf('Tarrow Council said Eni will open a plant near the bypass.', 'Eni'), 'org'));
    it('a listed abbreviation in title case is still no name', () => assert.strictEqual(kindOf('Kelderwick Council said Dpa will open an office near the bypass.', 'Dpa'), null));
    checkSpeakers([
      ['The bypass plant was approved on Monday. Eni said that “the Tarrow site will employ 900 people by 2030.” Dana Kelso, the council leader, welcomed it.', 'the Tarrow site', 'Eni'],
    ]);
  });
});
