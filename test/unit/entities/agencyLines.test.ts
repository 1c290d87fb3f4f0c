// Results lists and scoreboards of agency sports copy: their lines capitalise every word, yet name people in full.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

const mentions = (text: string, kind: string): string[] => analyzeText(text).entities.filter(entity => entity.kind === kind)
  .flatMap(entity => entity.mentions.map(mention => text.slice(mention.start, mention.end)));
const people = (text: string): string[] => analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name).sort();

describe('agency lines (agencyLines.ts)', () => {
  it('counts the names of a leaderboard line with a rank and countries in parentheses', () => {
    assert.deepStrictEqual(people('Leading scores on Thursday :\n\n67 Tomas Brenner ( Sweden ) , Wayne Kelvard ( Australia )\n'), ['Tomas Brenner', 'Wayne Kelvard']);
  });
  it('leaves a title-case headline weak', () => {
    assert.deepStrictEqual(people('Wayne Kelvard Wins Again In Sweden\n'), []);
  });
  it('finds a person of the story in a headline written in capitals, with a particle or a hyphen', () => {
    const text = 'GOLF - PIETER VAN DERKSEN AND SOLBERG-NYE SHARE LEAD .\n\nKELSO 1996-08-22\n\nPieter Van Derksen and Ulla Solberg-Nye shared the lead on Thursday .\n';
    assert.deepStrictEqual(mentions(text, 'person').sort(), ['PIETER VAN DERKSEN', 'Pieter Van Derksen', 'SOLBERG-NYE', 'Ulla Solberg-Nye']);
  });
  it('reads a dateline as the place filed from, never a body', () => {
    assert.deepStrictEqual(mentions('VARDENBURG 1996-08-22\n\nThe talks resumed in the capital on Thursday .\n', 'org'), []);
  });
  it('attaches no word of a headline in capitals that the story does not name', () => {
    assert.deepStrictEqual(mentions('SOCCER - KELVARD SHRUGS OFF INJURY .\n\nThe striker trained on Thursday .\n', 'person'), []);
  });
});
