// The words of a title chain between a body's name and the person who holds the post ("said <union>
// Secretary-Treasurer X", "said <service> 1st Lt. X", "said <council> Deputy Chief X"): the person
// speaks, the body only names the office. Each word is read as part of the post, as the rest of the
// body's name, or as something that ends the chain.

import { ABBREVIATED_TITLES, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS, has } from '../lexicon/entities';
import { isAbbreviationStop } from './subjectTokens';
import type { MaskedToken } from './tokens';

/** What one token is inside a title chain: a word naming the post, a word that only qualifies it, or the end of the chain. */
export type ChainWord = 'post' | 'qualifier' | 'end';

/** Longest chain of words between the body and the person ("Union Secretary-Treasurer", "Fire Department Deputy Chief", "1st Lt."). */
export const MAX_TITLE_CHAIN = 6;

/** "Secretary-Treasurer", "Vice-Chair": every part of a hyphenated title is a title word, one of them its head. */
function isTitleCompound(lower: string): 'post' | 'qualifier' | null {
  const parts = lower.split('-');
  if (!parts.every(part => has(TITLE_HEADS, part) || has(TITLE_MODIFIERS, part))) {
    return null;
  }
  return parts.some(part => has(TITLE_HEADS, part)) ? 'post' : 'qualifier';
}

/**
 * tokens[at] inside a chain after a body's name. `isBreaker` tells the function words that end a chain
 * of lower-case post nouns ("said <paper> columnist X" but not "said <paper> on Monday").
 * `titled`: whether a post word came before (the body's own capitalised words may only come first).
 */
export function chainWord(tokens: readonly MaskedToken[], at: number, titled: boolean, isBreaker: (lower: string) => boolean): ChainWord {
  const token = tokens[at];
  if (token.kind !== 'word') {
    // "1st Lt. X": the full stop of an abbreviated title.
    return isAbbreviationStop(tokens, at) ? 'qualifier' : 'end';
  }
  if (/^\p{Ll}[\p{Ll}-]+$/u.test(token.text)) {
    // Any lower-case noun may name the post ("said <network> host X", "<paper> columnist X").
    return isBreaker(token.lower) ? 'end' : 'post';
  }
  if (!/^\p{Lu}/u.test(token.text)) {
    // An ordinal of rank ("1st Lt.", "2nd Lt.").
    return /^\d+(?:st|nd|rd|th)$/u.test(token.text) ? 'qualifier' : 'end';
  }
  if (has(ABBREVIATED_TITLES, token.lower)) {
    return 'post';
  }
  const compound = isTitleCompound(token.lower);
  if (compound) {
    return compound;
  }
  // "<Riverside Carpenters> Union Secretary-Treasurer X": the rest of a body's name the recogniser cut short.
  return !titled && has(ORG_HEADS, token.lower) ? 'qualifier' : 'end';
}
