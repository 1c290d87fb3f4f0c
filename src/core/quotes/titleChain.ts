// The words of a title chain between a body's name and the person who holds the post ("said <union>
// Secretary-Treasurer X", "said <service> 1st Lt. X", "said <council> Deputy Chief X"): the person
// speaks, the body only names the office. Each word is read as part of the post, as the rest of the
// body's name, or as something that ends the chain.

import { ABBREVIATED_TITLES, ORG_HEADS, RELATION_NOUNS, SPEAKER_RELATION_NOUNS, TITLE_HEADS, TITLE_MODIFIERS, has } from '../lexicon/entities';
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
 * After a person's name only a post or a relation ends the chain ("Ruiz campaign spokesman X", "Ruiz ally
 * X", "Ruiz constituent X"; word lists title-heads, relation-nouns, speaker-relation-nouns): any other
 * lower-case word there is a verb far more often ("Ruiz attacked X").
 */
export function endsPersonChain(token: MaskedToken): boolean {
  return token.kind === 'word' && /^\p{Ll}/u.test(token.text) && token.lower.split('-').some(part => has(TITLE_HEADS, part) || has(RELATION_NOUNS, part) || has(SPEAKER_RELATION_NOUNS, part));
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

/**
 * "said a prominent <board> member who …", "said one <authority> official": a phrase opened by a
 * determiner in which a body's name only qualifies a post noun after it describes an unnamed holder of
 * the post, not the body. The index of the post noun that ends the phrase (from tokens[from] on, the
 * first word after the body's name); -1 when no lower-case post noun follows the name.
 */
export function postAfterBody(tokens: readonly MaskedToken[], from: number, isBreaker: (lower: string) => boolean): number {
  let post = -1;
  for (let k = from; k < tokens.length && k - from < MAX_TITLE_CHAIN; k++) {
    const token = tokens[k];
    if (token.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]+$/u.test(token.text) || isBreaker(token.lower)) {
      break;
    }
    post = k;
  }
  return post;
}
