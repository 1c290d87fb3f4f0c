// Gaps inside a person's name that do not end it: a rule table over the token before the gap. A run of
// capitalised words (runs.ts) otherwise ends at any mark between two words.
import { parseParagraph } from '../nlp/adapter';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { ruleTable } from '../rules/ruleTable';
import { isCapitalised } from './words';

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
  const firstName = ((first.lexicon | first.tags) & Tag.FirstName) !== 0;
  const handle = first.lexicon === 0 && nickname.lexicon === 0;
  return close !== undefined && new RegExp(`^${close}[^\\S\\n]+$`).test(nickname.post) && /^[^\S\n]+$/.test(first.post)
    && (firstName || handle) && isCapitalised(first)
    && /^\p{Lu}\p{Ll}+$/u.test(nickname.text) && nickname.text.length <= NICKNAME_MAX_LETTERS
    && surname.pre === '' && isCapitalised(surname) && (surname.lexicon & FUNCTION_WORDS) === 0;
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
      reason: 'A full name may carry a nickname in quotation marks between the first name and the surname ("Tomas "Tig" Wendle"); the three words are one person, named without the nickname, and the nickname alone names that person later (clusters.ts). Only after a known first name and for one capitalised word, so that a quoted word in a headline or a quoted title ("Rosa read "Harvest" Monday") stays out; after a first word unknown to the lexicon only for a handle unknown to it too (esports copy: "Duarte "Pyro" Mesquita").',
      when: quotedNickname,
      examples: {
        yes: ['The opening pair were Ned Hollis and {Tomas "Tig" Wendle} of the home side.', 'Neighbours said {Greta “Gigi” Farrow} ran the bakery.',
          'The final was won by {Teodor "Zarko" Vranic} on the last map.'],
        no: ['The opening pair were Ned Hollis and {Tomas} "tig" Wendle of the home side.', 'She asked {Tomas} "Why?" Monday.', 'The panel heard {Marwick} "Ruined" Farms claim.'],
      },
    },
  ],
});

/** How many words after `at` the name takes in across a gap, or 0 when the gap ends it. */
export function joinAcross(sentence: Sentence, at: number): number {
  const rule = NAME_JOINS.rules.find(candidate => candidate.when({ sentence, at }));
  return rule ? rule.outcome : 0;
}

/** A word in quotation marks of its own: inside a name, the nickname that quoted-nickname took in, no word of the name. */
export function isQuotedNickname(token: Token): boolean {
  const close = QUOTE_PAIRS.get(token.pre);
  return close !== undefined && token.post.startsWith(close);
}
