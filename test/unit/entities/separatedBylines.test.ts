// Round 14: a web byline whose name a separator ends ("By X | Published: …") names its writer though the time stamp
// reads like a headline's verb.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

const people = (text: string): string[] => analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name).sort();

describe('web bylines with a separator (round 14)', () => {
  const story = 'The ferry service resumed on Monday, said Tom Ames.\n';
  it('finds the writer of a byline whose name a separator ends', () => {
    for (const byline of ['By Dana Kelso | Published: 3 March', 'By Dana Kelso • Updated: 10:15, 3 March 2026', 'By Ivo Darrel | Posted 12 May']) {
      const writer = byline.split(/ [|•] /)[0].slice(3);
      assert.deepStrictEqual(people(`Ferry service resumes\n\n${byline}\n\n${story}`), [writer, 'Tom Ames'].sort(), byline);
    }
  });
  it('still leaves a title-case headline weak', () => {
    assert.deepStrictEqual(people(`Dana Kelso Wins Ferry Contract | Published Today\n\n${story}`), ['Tom Ames']);
    assert.deepStrictEqual(people(`By Ferry to Marwick: Kelso Hails New Route\n\n${story}`), ['Tom Ames']);
  });
});
