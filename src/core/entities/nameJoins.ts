// Gaps inside a person's name that do not end it: a rule table over the token before the gap. A run of
// capitalised words (runs.ts) otherwise ends at any mark between two words.
import { parseParagraph } from '../nlp/adapter';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { ruleTable } from '../rules/ruleTable';
import { isCapitalised } from './words';
import { NICKNAME_LINK_WORDS, WORD_GIVEN_NAMES } from '../lexicon/names';
import { has } from '../lexicon/entities';

/** What a join rule sees: the sentence and the index of the word before the gap. */
export interface JoinContext {
  readonly sentence: Sentence;
  readonly at: number;
}

/** Opening quotation marks and the closing mark each one pairs with. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"]]);

/** Words that never end a name: a quoted word before one is a title or a phrase ("Tomas "Why" The …"). */
const FUNCTION_WORDS = Tag.Determiner | Tag.Preposition | Tag.Pronoun | Tag.Conjunction;

/** The longest nickname in letters: a short given name or a pet name ("Tig", "Sunny"), never a phrase. */
const NICKNAME_MAX_LETTERS = 10;

/**
 * "Tomas "Tig" Wendle": a one-word capitalised nickname in quotation marks between a known first name and a further
 * capitalised word; or, as esports copy names its players by their gamer handles ("Duarte "Pyro" Mesquita"), between a
 * first word the lexicon does not know and a further capitalised word, where the handle is no word of the lexicon
 * either (so a quoted common word between two names, "Marwick "Ruined" Farms", stays out).
 */
function quotedNickname({ sentence, at }: JoinContext): boolean {
  const first = sentence[at], nickname = sentence[at + 1], surname = sentence[at + 2];
  if (!nickname || !surname) {
    return false;
  }
  const close = QUOTE_PAIRS.get(nickname.pre);
  const firstName = isGivenName(first);
  const handle = first.lexicon === 0 && nickname.lexicon === 0;
  return close !== undefined && new RegExp(`^${close}[^\\S\\n]+$`).test(nickname.post) && /^[^\S\n]+$/.test(first.post)
    && (firstName || handle) && isCapitalised(first)
    && ((/^\p{Lu}\p{Ll}+$/u.test(nickname.text) && nickname.text.length <= NICKNAME_MAX_LETTERS) || (firstName && SCREEN_HANDLE.test(nickname.text)))
    && surname.pre === '' && isCapitalised(surname) && (surname.lexicon & FUNCTION_WORDS) === 0;
}

/**
 * A player's online handle as poker and esports copy quote it inside the name (`Jarrett "kov4c" Kovac`, `Ivo
 * "tiltking_99" Maric`): lower-case letters with a digit or an underscore among them, which no word and no quoted
 * phrase has (a quoted lower-case word, `Tomas "tig" Wendle`, stays out).
 */
const SCREEN_HANDLE = /^(?=[\p{Ll}\d_]*\p{Ll})(?=[\p{Ll}\d_]*[\d_])[\p{Ll}\d_]{3,24}$/u;

/**
 * A given name the lexicon or the tagger knows; or a word the lexicon lists only as a person's name ("Jordan",
 * "Austin", "Sydney": given names as often as surnames or places); or a given name that is also a common word (list
 * word-given-names: `Dean 'The Bulldozer' Harrower`, `Grant "Tig" Wendle`), which a quoted nickname after it shows.
 */
function isGivenName(token: Token): boolean {
  return ((token.lexicon | token.tags) & Tag.FirstName) !== 0 || (token.lexicon & Tag.Person) !== 0 || has(WORD_GIVEN_NAMES, token.lower);
}


/** The most words in a nickname of several words ("The Lion of Shiraz"), and the most letters in all of them. */
const NICKNAME_PHRASE_MAX_WORDS = 4;
const NICKNAME_PHRASE_MAX_LETTERS = 24;

/**
 * How many words a nickname of two to four words in quotation marks takes between a given name and a surname
 * (`Renata "La Jefa" Ibarra`, `Arash "The Lion of Shiraz" Daneshvar`, `Mick "Big Mick" Dunne`), or 0: every word
 * capitalised but a linking word inside (list nickname-link-words), the closing mark on the last, a capitalised
 * surname after it. Combat-sports and crime copy name people so; only after a given name (isGivenName), so a quoted
 * title between two capitalised words ("Marwick "The Long Road" Tour") stays out.
 */
function quotedNicknamePhrase({ sentence, at }: JoinContext): number {
  const first = sentence[at], opening = sentence[at + 1];
  const close = opening ? QUOTE_PAIRS.get(opening.pre) : undefined;
  if (close === undefined || !isCapitalised(first) || !/^[^\S\n]+$/.test(first.post) || !isCapitalised(opening)) {
    return 0;
  }
  let letters = 0;
  for (let k = at + 1; k <= at + NICKNAME_PHRASE_MAX_WORDS && k + 1 < sentence.length; k++) {
    const word = sentence[k];
    letters += word.text.length;
    if (letters > NICKNAME_PHRASE_MAX_LETTERS || (k > at + 1 && word.pre !== '') || !/^[\p{L}'’-]+$/u.test(word.text)
      || !(isCapitalised(word) || has(NICKNAME_LINK_WORDS, word.lower))) {
      return 0;
    }
    if (word.post.startsWith(close)) {
      const surname = sentence[k + 1];
      // After a given name; or, between two words the lexicon does not know, a name from another language ("Arash").
      const named = isGivenName(first) || (first.lexicon === 0 && surname.lexicon === 0);
      const closes = new RegExp(`^${close}[^\\S\\n]+$`).test(word.post) && surname.pre === '' && isCapitalised(surname)
        && (surname.lexicon & FUNCTION_WORDS) === 0 && isCapitalised(word) && named;
      return closes && k > at + 1 ? k - at + 1 : 0;
    }
    if (!/^[^\S\n]+$/.test(word.post)) {
      return 0;
    }
  }
  return 0;
}

/** The context of an example: the braced name's first word. */
function exampleContext(example: string): JoinContext {
  const start = example.indexOf('{');
  const text = example.replace(/[{}]/g, '');
  for (const sentence of parseParagraph(text)) {
    const at = sentence.findIndex(token => token.start === start);
    if (at >= 0) {
      return { sentence, at };
    }
  }
  throw new Error(`no word at the opening brace of the example: ${example}`);
}

/** Joins inside a name: the outcome is how many words after the one before the gap the name takes in. */
export const NAME_JOINS = ruleTable<JoinContext, number>({
  id: 'name-joins',
  reason: 'Marks between two words that a person\'s name runs across instead of ending there.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'quoted-nickname', outcome: 2,
      reason: 'A full name may carry a nickname in quotation marks between the first name and the surname ("Tomas "Tig" Wendle"); the three words are one person, named without the nickname, and the nickname alone names that person later (clusters.ts). Only after a known first name and for one capitalised word, so that a quoted word in a headline or a quoted title ("Rosa read "Harvest" Monday") stays out; after a first word unknown to the lexicon only for a handle unknown to it too (esports copy: "Duarte "Pyro" Mesquita"); after a known first name also for an online handle in lower case with a digit or an underscore (poker copy: `Ivan "tiltking_99" Maric`).',
      when: quotedNickname,
      examples: {
        yes: ['The opening pair were Ned Hollis and {Tomas "Tig" Wendle} of the home side.', 'Neighbours said {Greta “Gigi” Farrow} ran the bakery.',
          'The final was won by {Teodor "Zarko" Vranic} on the last map.', 'The chip leader is {Ivan "tiltking_99" Maric} of Split.'],
        no: ['The opening pair were Ned Hollis and {Tomas} "tig" Wendle of the home side.', 'She asked {Tomas} "Why?" Monday.', 'The panel heard {Marwick} "Ruined" Farms claim.'],
      },
    },
    {
      id: 'quoted-nickname-phrase', outcome: 0,
      reason: 'A nickname of two to four words in quotation marks between a given name and a surname, as combat-sports copy gives a fighter\'s ring name (`Renata "La Jefa" Ibarra`, `Arash "The Lion of Kelso" Daneshvar`): the name takes in the nickname\'s words and the surname (the outcome is their count, computed); the person is named without it. Every word capitalised but a linking word ("of", "the", "de", "la", "el"); only after a given name, so a quoted title between two capitalised words stays out.',
      when: context => quotedNicknamePhrase(context) > 0,
      examples: {
        yes: ['The main event saw {Rosa "La Reina" Vidal} defend her belt.', 'He lost to {Omar "The Pride of Kelso" Haddad} in June.', 'The bill has {Arzhan "The Lion of Kelso" Tavakoli} on top.'],
        no: ['The band played {Marwick} "The Long Road" Tour dates.', 'He lost to {Omar} "the pride of Kelso" Haddad in June.'],
      },
    },
  ],
});

/** How many words after `at` the name takes in across a gap, or 0 when the gap ends it. */
export function joinAcross(sentence: Sentence, at: number): number {
  const rule = NAME_JOINS.rules.find(candidate => candidate.when({ sentence, at }));
  return rule === undefined ? 0 : rule.id === 'quoted-nickname-phrase' ? quotedNicknamePhrase({ sentence, at }) : rule.outcome;
}

/** A word in quotation marks of its own: inside a name, the nickname that quoted-nickname took in, no word of the name. */
export function isQuotedNickname(token: Token): boolean {
  const close = QUOTE_PAIRS.get(token.pre);
  return close !== undefined && token.post.startsWith(close);
}

/**
 * The last word of a nickname of several words in quotation marks opening at `at` inside a name (quoted-nickname-phrase),
 * or -1: the word whose trailing text closes the mark the first word opened, before `last`.
 */
export function quotedNicknameEnd(sentence: Sentence, at: number, last: number): number {
  const close = QUOTE_PAIRS.get(sentence[at].pre);
  if (close === undefined) {
    return -1;
  }
  for (let k = at; k < last; k++) {
    if (sentence[k].post.startsWith(close)) {
      return k;
    }
    if (!/^[^\S\n]+$/.test(sentence[k].post)) {
      return -1;
    }
  }
  return -1;
}
