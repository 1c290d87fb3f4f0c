// Lines of a results list or scoreboard in agency sports copy ("1. Dana Marr ( Kenya ) 13:02.14",
// "65 Tomas Brenner ( Sweden )", "Nina Kelso ( Spain ) beat Lia Dunmore ( Italy ) 6-4 6-2"): every word of such
// a line is capitalised because every word is a name, so it is no headline and its names count in full.
import { parseParagraph } from '../nlp/adapter';
import type { Sentence, Token } from '../nlp/tokens';
import { ruleTable } from '../rules/ruleTable';
import { decide } from '../rules/trail';
import { isCapitalised } from './words';

/** A result figure: a time, a distance or a set score ("13:02.14", "2.35", "6-4", "7-6"). */
const RESULT_FIGURE = /^\d{1,3}(?:[:.]\d{2}){1,2}$|^\d{1,2}-\d{1,2}$/;

/** A rank or a score opening a list line ("1", "65"), written alone or with its full stop ("1."). */
const isRankOrScore = (token: Token): boolean => /^\d{1,3}$/.test(token.text);

/** A capitalised word with an opening parenthesis after it: a name and its country or club ("Marr ( Kenya )"). */
function hasBracketedOrigin(sentence: Sentence): boolean {
  return sentence.some((token, i) => i + 1 < sentence.length && isCapitalised(token) && /\(\s*$/.test(token.post) && isCapitalised(sentence[i + 1]));
}

const RESULT_LINE = ruleTable<Sentence, 'results'>({
  id: 'results-line',
  reason: 'A line of a results list or scoreboard capitalises every word because every word is a name: it is no headline, and the names on it are people or sides like any others.',
  contextOf: example => parseParagraph(example)[0],
  rules: [
    {
      id: 'rank-then-name-and-origin', outcome: 'results',
      reason: 'A rank or score opens the line and a name is followed by its country or club in parentheses: a finishing order or a leaderboard.',
      when: sentence => sentence.length > 2 && isRankOrScore(sentence[0]) && hasBracketedOrigin(sentence),
      examples: { yes: ['67 Tomas Brenner ( Sweden ) , Wayne Kelso ( Australia )', '2. Dana Marr ( Kenya ) 13:05.77'], no: ['Dana Marr Wins In Kenya Again', '3 Killed In Kelso Blast'] },
    },
    {
      id: 'name-origin-and-figure', outcome: 'results',
      reason: 'A name with its country or club in parentheses and a result figure (a time, a distance, a set score) on the same line: a result.',
      when: sentence => hasBracketedOrigin(sentence) && sentence.some(token => RESULT_FIGURE.test(token.text)),
      examples: { yes: ['Nina Kelso ( Spain ) beat Lia Dunmore ( Italy ) 6-4 6-2'], no: ['Nina Kelso ( Spain ) Beats Lia Dunmore In Final', 'Marr Runs 13:05.77 In Kelso'] },
    },
  ],
});

/** Whether the sentence is a line of a results list or scoreboard, recorded for its (paragraph-local) span when explaining. */
export function isResultsLine(sentence: Sentence): boolean {
  if (!sentence.length) {
    return false;
  }
  return decide(RESULT_LINE, sentence, { start: sentence[0].start, end: sentence[sentence.length - 1].end }) === 'results';
}
