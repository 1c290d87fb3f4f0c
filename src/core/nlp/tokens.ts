// The adapter's output: compromise's terms reduced to what our rules read. Offsets are relative to the
// parsed paragraph; tags are bit flags so a token is a few numbers and strings, cheap to keep and compare.

export const Tag = {
  Person: 1 << 0,
  FirstName: 1 << 1,
  LastName: 1 << 2,
  MaleName: 1 << 3,
  FemaleName: 1 << 4,
  Honorific: 1 << 5,
  Organization: 1 << 6,
  Place: 1 << 7,
  Demonym: 1 << 8,
  Acronym: 1 << 9,
  ProperNoun: 1 << 10,
  Possessive: 1 << 11,
  Verb: 1 << 12,
  Adjective: 1 << 13,
  Adverb: 1 << 14,
  Determiner: 1 << 15,
  Preposition: 1 << 16,
  Conjunction: 1 << 17,
  Pronoun: 1 << 18,
  Noun: 1 << 19,
  Plural: 1 << 20,
  Value: 1 << 21,
  Date: 1 << 22,
  NotOrg: 1 << 24,
  NamedList: 1 << 25,
  Copula: 1 << 26,
} as const;

/**
 * One term of a parsed paragraph, as compromise tagged it: the engine's one Token. (The quote pass reads
 * MaskedToken of quotes/tokens.ts instead: untagged words of the whole masked article, see there.)
 */
export interface Token {
  /** The word as written, compromise's term text (a possessive ’s included). */
  readonly text: string;
  /** Offsets of `text` in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** Punctuation and spaces before and after the word. */
  readonly pre: string;
  readonly post: string;
  /** Lower-cased form without a possessive ending and without diacritics. */
  readonly lower: string;
  /** Tag flags compromise gave the token in context. */
  readonly tags: number;
  /** Tag flags of the lower-cased word in compromise's lexicon (0 when unknown): what it is out of context. */
  readonly lexicon: number;
  /** Starts with a capital letter (after a leading # or @); computed once, read everywhere. */
  readonly capitalised: boolean;
}

export type Sentence = readonly Token[];

/**
 * A full stop glued to the next sentence's capitalised first word ("…, she said.Mr Tolan added", a typesetting slip):
 * after a word of two or more lower-case letters only (no "Mrs.", "U.S.", "a.m."), and not before a web address's
 * ending ("example.Com"). Global: `lastIndex` is reset by each user.
 */
export const GLUED_SENTENCE = /(?<![\p{L}\d.@/])\p{Ll}{2,}\.(?=\p{Lu}\p{Ll}+)(?!(?:Com|Net|Org|Co|Uk|Io)\b)/gu;

/** Most letters of the word before a glued full stop read back from it. */
const MAX_GLUED_WORD = 40;

/** Whether the full stop at `at` of `text` ends a sentence glued to the next one (see `GLUED_SENTENCE`). */
export function isGluedSentenceStop(text: string, at: number): boolean {
  if (text[at] !== '.') {
    return false;
  }
  const from = Math.max(0, at - MAX_GLUED_WORD);
  const pattern = new RegExp(GLUED_SENTENCE.source, 'uy');
  let start = at;
  while (start > from && /\p{Ll}/u.test(text[start - 1])) {
    start--;
  }
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match !== null && match.index + match[0].length === at + 1;
}
