// Pieces every role rule reads: what ends a role's clause, articles and relative pronouns, finite verbs, and
// the span a role covers.
import { ARTICLES } from '../lexicon/determiners';
import { PARTY_TAG } from '../lexicon/entities';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { wordSpan } from './words';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export const RELATIVES = new Set(['who', 'whose', 'which', 'whom']);
export const CLAUSE_BREAK = /[,;:.!?()“”"«»—–]/;

/** The text from token `from` to token `to`, a possessive ending on the last word left out. */
export function roleText(s: Sentence, from: number, to: number): Span {
  return { start: s[from].start, end: wordSpan(s[to]).end };
}

/** A verb that is not also a noun or adjective ("replied", "said"): a clause, not an appositive, follows. */
export function isFiniteVerb(t: Token): boolean {
  return (t.tags & Tag.Verb) !== 0 && (t.lexicon & Tag.Verb) !== 0 && ((t.tags | t.lexicon) & (Tag.Noun | Tag.Adjective)) === 0;
}

/** An age ("52") or a party tag ("D-Va.") set off by commas after a name. */
export function isAgeOrPartyTag(t: Token): boolean {
  return /^\d{1,3}$/.test(t.text) || PARTY_TAG.test(t.text);
}

/** "based in", "anchored in", "known for": a participle and its preposition start a reduced relative clause. */
export function startsReducedRelative(s: Sentence, q: number): boolean {
  const t = s[q], next = s[q + 1];
  if (next === undefined || (t.tags & Tag.Verb) === 0) {
    return false;
  }
  // "… journalist visiting Nice on holiday": a present participle with its own object.
  const participleObject = /[a-z]ing$/.test(t.lower) && (next.capitalised || ARTICLES.has(next.lower));
  return participleObject || /[a-z]ed$/.test(t.lower) && ((next.tags | next.lexicon) & Tag.Preposition) !== 0;
}

/** A verb that starts a clause, not a gerund modifying the noun after it ("consulting group", "ruling party"). */
export function isClauseVerb(s: Sentence, q: number): boolean {
  const t = s[q], next = s[q + 1];
  const modifier = /ing$/.test(t.lower) && next !== undefined && /^\s+$/.test(t.post + next.pre) && ((next.tags | next.lexicon) & Tag.Noun) !== 0;
  return isFiniteVerb(t) && !modifier;
}
