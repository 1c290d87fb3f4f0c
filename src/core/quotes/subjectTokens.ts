// Token tests the subject reader uses to step over what stands between a speaker's name and its verb:
// adverbs and auxiliaries, time phrases, bracketed short names, an abbreviation's full stop.

import { ABBREVIATIONS, LY_NOUNS, SKIPPABLE_BEFORE_VERB } from '../lexicon/quotes';
import { OCCASION_NOUNS, TIME_PREPOSITIONS, TIME_WORDS } from '../lexicon/quoteCues';
import type { Token } from './tokens';

export function isSkippable(t: Token): boolean {
  return t.kind === 'word' && (SKIPPABLE_BEFORE_VERB.has(t.lower) || (/^\p{Ll}+ly$/u.test(t.text) && !LY_NOUNS.has(t.lower)));
}

/** A full stop glued to an abbreviation before a name ("Dr.", "Sen.", "Gov."): not the end of the phrase. */
export function isAbbreviationStop(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  return t.text === '.' && p !== undefined && p.end === t.start && p.kind === 'word' && ABBREVIATIONS.has(p.lower) && n !== undefined && n.kind === 'word' && /^\p{Lu}/u.test(n.text);
}

/** Longest bracketed aside skipped between a subject and its verb ("(NBA)", "(R-Texas)"). */
const MAX_BRACKET_TOKENS = 6;

/** Index of the token before the bracketed aside that closes at tokens[i]; i itself when there is none. */
export function skipBrackets(tokens: readonly Token[], i: number, lo: number): number {
  for (let j = i - 1; j >= lo && i - j <= MAX_BRACKET_TOKENS; j--) {
    if (tokens[j].text === '(') {
      return j - 1;
    }
    if (tokens[j].kind === 'quote' || tokens[j].text === ')') {
      return i;
    }
  }
  return i;
}

export function isDash(t: Token): boolean {
  // Em dash, en dash, horizontal bar (a signature line: "“…” ― Jane Doe") and hyphen.
  return t.text === '\u2014' || t.text === '\u2013' || t.text === '\u2015' || t.text === '-';
}

/** Skips "on Sunday", "late on Monday", "in a statement" between a subject and its verb. Returns the new index. */
export function skipAdverbial(tokens: readonly Token[], i: number, lo: number): number {
  for (let back = 1; back <= 4 && i - back >= lo; back++) {
    const t = tokens[i - back];
    if (t.kind !== 'word') {
      return i;
    }
    if (TIME_PREPOSITIONS.has(t.lower)) {
      const last = tokens[i].lower;
      return TIME_WORDS.has(last) || OCCASION_NOUNS.has(last) ? i - back - 1 : i;
    }
  }
  return i;
}
