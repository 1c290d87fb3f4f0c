// Token tests the subject reader uses to step over what stands between a speaker's name and its verb:
// adverbs and auxiliaries, time phrases, bracketed short names, an abbreviation's full stop.

import { ABBREVIATIONS, LY_NOUNS, SKIPPABLE_BEFORE_VERB } from '../lexicon/quotes';
import { BARE_TIME_WORDS, OCCASION_NOUNS, RELATIVE_TIME_OPENERS, SPAN_PREPOSITIONS, TIME_PREPOSITIONS, TIME_WORDS } from '../lexicon/quoteCues';
import type { MaskedToken } from './tokens';

export function isSkippable(token: MaskedToken): boolean {
  return token.kind === 'word' && (SKIPPABLE_BEFORE_VERB.has(token.lower) || (/^\p{Ll}+ly$/u.test(token.text) && !LY_NOUNS.has(token.lower)));
}

/** A full stop glued to an abbreviation before a name ("Dr.", "Sen.", "Gov."): not the end of the phrase. */
export function isAbbreviationStop(tokens: readonly MaskedToken[], at: number): boolean {
  const t = tokens[at];
  const p = tokens[at - 1];
  const n = tokens[at + 1];
  return t.text === '.' && p !== undefined && p.end === t.start && p.kind === 'word' && ABBREVIATIONS.has(p.lower) && n !== undefined && n.kind === 'word' && /^\p{Lu}/u.test(n.text);
}

/** A body's initialism written with full stops, the last one cut off by the tokenizer ("F.B.I", "T.L.C"). */
const DOTTED_INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Whether the token is a dotted initialism whose closing full stop is the next token ("F.B.I" "."). */
export function isDottedInitialism(token: MaskedToken | undefined): boolean {
  return token !== undefined && token.kind === 'word' && DOTTED_INITIALISM.test(token.text);
}

/** Longest bracketed aside skipped between a subject and its verb ("(NBA)", "(R-Texas)"). */
const MAX_BRACKET_TOKENS = 6;

/** Index of the token before the bracketed aside that closes at tokens[i]; i itself when there is none. */
export function skipBrackets(tokens: readonly MaskedToken[], index: number, lo: number): number {
  for (let j = index - 1; j >= lo && index - j <= MAX_BRACKET_TOKENS; j--) {
    if (tokens[j].text === '(') {
      return j - 1;
    }
    if (tokens[j].kind === 'quote' || tokens[j].text === ')') {
      return index;
    }
  }
  return index;
}

export function isDash(token: MaskedToken): boolean {
  // Em dash, en dash, horizontal bar (a signature line: "“…” ― Jane Doe") and hyphen.
  return token.text === '\u2014' || token.text === '\u2013' || token.text === '\u2015' || token.text === '-';
}

/** A year of the last two centuries: "1987", "2011". */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "X in 2011:", "X in June 2011 said": the time phrase opened `back` tokens before tokens[index] ends with a year,
 * the preposition's object alone or after a month (not "X in Room 2011", whose capitalised noun is no month).
 */
function endsWithYear(tokens: readonly MaskedToken[], index: number, back: number): boolean {
  return YEAR.test(tokens[index].text) && (back === 1 || (back === 2 && TIME_WORDS.has(tokens[index - 1].lower)));
}

/** Most words a "during …" phrase may have after its preposition ("during a Sunday rally"). */
const MAX_SPAN_PHRASE_WORDS = 3;

/**
 * "X during a Sunday rally thanked …", "X during the debate said": a phrase opened by "during" or "throughout" (list
 * quote-span-prepositions) whose last word is a time or an occasion of speech, ending at tokens[index]. The index of
 * its preposition, or undefined when no such phrase ends there. Read before the bare time word ("X Sunday said"), which
 * would otherwise stop at the article of "during a Sunday".
 */
function spanPhraseStart(tokens: readonly MaskedToken[], index: number, lo: number): number | undefined {
  const last = tokens[index].lower;
  if (!TIME_WORDS.has(last) && !OCCASION_NOUNS.has(last)) {
    return undefined;
  }
  for (let back = 1; back <= MAX_SPAN_PHRASE_WORDS && index - back >= lo; back++) {
    const t = tokens[index - back];
    if (t.kind !== 'word') {
      return undefined;
    }
    if (SPAN_PREPOSITIONS.has(t.lower)) {
      return index - back;
    }
  }
  return undefined;
}

/** Skips "on Sunday", "late on Monday", "Tuesday", "last night", "in a statement", "in June 2011", "during the debate" between a subject and its verb. Returns the new index. */
export function skipAdverbial(tokens: readonly MaskedToken[], index: number, lo: number): number {
  const span = spanPhraseStart(tokens, index, lo);
  if (span !== undefined) {
    return span - 1;
  }
  if (BARE_TIME_WORDS.has(tokens[index].lower) && index - 1 >= lo && tokens[index - 1].kind === 'word' && !TIME_PREPOSITIONS.has(tokens[index - 1].lower)) {
    // "X Thursday said", "X later Tuesday told".
    return index - 1;
  }
  if (TIME_WORDS.has(tokens[index].lower) && index - 1 >= lo && tokens[index - 1].kind === 'word' && RELATIVE_TIME_OPENERS.has(tokens[index - 1].lower)) {
    // "X, which last night said it …", "X this morning told staff": a time phrase with no preposition.
    return index - 2;
  }
  for (let back = 1; back <= 4 && index - back >= lo; back++) {
    const t = tokens[index - back];
    if (t.kind !== 'word') {
      return index;
    }
    if (TIME_PREPOSITIONS.has(t.lower)) {
      const last = tokens[index].lower;
      return TIME_WORDS.has(last) || OCCASION_NOUNS.has(last) || endsWithYear(tokens, index, back) ? index - back - 1 : index;
    }
  }
  return index;
}
