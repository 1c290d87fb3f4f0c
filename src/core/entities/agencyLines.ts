// Lines of news-agency copy that are not prose: results lists and scoreboards ("1. Dana Marr ( Kenya ) 13:02.14",
// "65 Tomas Brenner ( Sweden )"), whose every word is capitalised because every word is a name, so they are no
// headlines; datelines ("KELSO 1996-08-30"), whose capitals name the place filed from; and headlines in capitals
// ("TENNIS - MARR BEATS KELSO ."), whose unknown words may name people and bodies the story names.
import { NAME_PARTICLES, has } from '../lexicon/entities';
import { BYLINE_JOINS } from '../lexicon/names';
import { parseParagraph } from '../nlp/adapter';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { ruleTable } from '../rules/ruleTable';
import { decide } from '../rules/trail';
import type { Draft } from './names';
import { Evidence, NO_EVIDENCE } from './types';
import { hyphenated, isAllCaps, isCapitalised, joined } from './words';

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

/** An ISO date as agencies stamp it ("1996-08-30"). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const hasLetter = (token: Token): boolean => /\p{L}/u.test(token.text);

/**
 * A dateline: capitalised words (a place, perhaps ", Country") and a date closing the line ("KELSO 1996-08-30",
 * "NORDBY , Denmark 1996-08-22"). Its words name the place filed from, never a person or a body.
 */
export function isDateline(sentence: Sentence): boolean {
  const last = sentence[sentence.length - 1];
  return sentence.length >= 2 && sentence.length <= 6 && ISO_DATE.test(last?.text ?? '')
    && sentence.slice(0, -1).every(token => isCapitalised(token) || token.text === ',');
}

/** Words that cannot be a name: function words, verbs, numbers and dates, as the lexicon knows them. */
const NOT_A_NAME = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun | Tag.Adverb | Tag.Verb | Tag.Value | Tag.Date | Tag.Copula;

/** One line written all in capitals (a headline of agency copy): every word with a letter is all capitals, two at least, one of them a word longer than an abbreviation (not a table's header, "W L PCT GB"). */
export function isCapitalsLine(sentence: Sentence): boolean {
  const words = sentence.filter(hasLetter);
  const oneLine = sentence.slice(0, -1).every(token => !token.post.includes('\n'));
  return oneLine && words.length >= 2 && words.some(token => token.text.length > 3) && words.every(token => isAllCaps(token) || (token.text.length === 1 && /\p{Lu}/u.test(token.text)));
}

/**
 * A byline written in capitals after "By" ("By DANA MARR", "By DANA MARR AND TOM AMES FOR KELSO ONLINE"): the
 * capitals are the paper's style, not shouting, so each name before "FOR" is a candidate like any name (its kind
 * decided as usual: a known first name makes a person), and the name after "FOR" is the outlet. Undefined when the
 * line is no such byline (a word in lower case other than a join, or no capitals after "By").
 */
export function capitalsBylineNames(sentence: Sentence): Draft[] | undefined {
  const words = sentence.filter(hasLetter);
  if (sentence[0]?.text !== 'By' || words.length < 3 || sentence.slice(0, -1).some(token => token.post.includes('\n'))
    || !words.slice(1).every(token => isAllCaps(token) || BYLINE_JOINS.has(token.lower)) || !isAllCaps(sentence[1])) {
    return undefined;
  }
  const drafts: Draft[] = [];
  let outlet = false;
  for (let i = 1; i < sentence.length; i++) {
    if (BYLINE_JOINS.has(sentence[i].lower) || !hasLetter(sentence[i])) {
      outlet = outlet || sentence[i].lower === 'for';
      continue;
    }
    let j = i;
    while (j + 1 < sentence.length && hasLetter(sentence[j + 1]) && !BYLINE_JOINS.has(sentence[j + 1].lower) && joined(sentence[j], sentence[j + 1])) {
      j++;
    }
    drafts.push({ first: i, last: j, evidence: outlet ? Evidence.OrgTag : NO_EVIDENCE });
    i = j;
  }
  return drafts;
}

/**
 * The names a headline in capitals may hold, each only attached to an entity the story names elsewhere
 * (Evidence.Weak): every word the lexicon does not know as a function word or a verb, alone, or joined to the
 * next by a name particle ("VAN ZYL", "DIRK VAN DER BERG"), a hyphen ("BEN-SHIMON") or a known first name before
 * it ("DANA MARR").
 */
export function capitalsLineNames(sentence: Sentence): Draft[] {
  const drafts: Draft[] = [];
  const particle = (i: number) => has(NAME_PARTICLES, sentence[i].lower);
  const firstName = (i: number) => (sentence[i].lexicon & Tag.FirstName) !== 0;
  const nameWord = (i: number) => hasLetter(sentence[i]) && sentence[i].text.length > 1 && (sentence[i].lexicon & NOT_A_NAME) === 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!nameWord(i) && !(particle(i) && i + 1 < sentence.length && nameWord(i + 1))) {
      continue;
    }
    let j = i;
    while (j + 1 < sentence.length && nameWord(j + 1) && (hyphenated(sentence[j], sentence[j + 1])
      || (joined(sentence[j], sentence[j + 1]) && (particle(j) || particle(j + 1) || firstName(j))))) {
      j++;
    }
    drafts.push({ first: i, last: j, evidence: Evidence.Weak });
    i = j;
  }
  return drafts;
}
