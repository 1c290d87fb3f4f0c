// Results lists and scoreboards of agency sports copy: their lines capitalise every word, yet name people in full.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

const people = (text: string): string[] => analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name).sort();

describe('results lines (resultLines.ts)', () => {
  it('counts the names of a leaderboard line with a rank and countries in parentheses', () => {
    assert.deepStrictEqual(people('Leading scores on Thursday :\n\n67 Tomas Brenner ( Sweden ) , Wayne Kelvard ( Australia )\n'), ['Tomas Brenner', 'Wayne Kelvard']);
  });
  it('leaves a title-case headline weak', () => {
    assert.deepStrictEqual(people('Wayne Kelvard Wins Again In Sweden\n'), []);
  });
});
