// A post as a clause states it: an optional article or owner, words before a title's head, the head and its
// tail ("a greeter at the store", "the company's chief executive", "chairman of the House Democratic Caucus"),
// and a second post joined by "and". Shared by the clause rules and the later-sentence rules.
import { NEEDS_COMPLEMENT, ROLE_APPOSITIVE_STOPS, STATUS_HEADS, TITLE_TAIL_STARTS, has } from '../lexicon/entities';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { Tag, type Sentence } from '../nlp/tokens';
import type { Draft } from './names';
import { RELATIVES, isFiniteVerb, roleText, startsReducedRelative, type Span } from './roleSpans';
import { TitlePart, isCapitalised, isPossessive, joined } from './words';

/** A role span and the index of the draft (in the sentence) it belongs to. */
export interface OwnedSpan extends Span {
  readonly draft: number;
}

export interface RoleContext {
  readonly s: Sentence;
  readonly parts: readonly TitlePart[];
  readonly drafts: readonly Draft[];
  readonly startsAt: ReadonlyMap<number, number>;
}


const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
/** A distinction ("the first candidate to …", "the only other candidate") is not a post. */
const DISTINCTIONS = new Set(['first', 'second', 'third', 'last', 'only', 'other', 'next', 'youngest', 'oldest', 'best', 'worst']);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those', 'such']);
export const MAX_TAIL = 8;
/** Function words a role never ends on. */
export const DANGLING = new Set([...TITLE_TAIL_STARTS.words, 'the', 'a', 'an', 'and', 'on']);

/** The tail of a title ("of the House Democratic Caucus", "at the store"): up to a clause break, a verb or a date. */
function tailEnd(s: Sentence, head: number): number {
  let end = head;
  if (!s[head + 1] || !joined(s[head], s[head + 1]) || !TITLE_TAIL_STARTS.has(s[head + 1].lower)) {
    return end;
  }
  for (let k = head + 1; k < s.length && k - head <= MAX_TAIL; k++) {
    const t = s[k];
    const stop = k > head + 1 && (has(ROLE_APPOSITIVE_STOPS, t.lower) || RELATIVES.has(t.lower) || startsReducedRelative(s, k));
    const clause = k > head + 1 && ((t.tags | t.lexicon) & (Tag.Pronoun | Tag.Conjunction)) !== 0 && !TITLE_TAIL_STARTS.has(t.lower);
    if (stop || clause || isFiniteVerb(t) || (t.tags & Tag.Date) !== 0 || (k > head + 1 && !joined(s[k - 1], t) && !(isPossessive(s[k - 1]) && /^\s+$/.test(s[k - 1].post)))) {
      break;
    }
    end = k;
  }
  while (end > head && DANGLING.has(s[end].lower)) {
    end--;
  }
  return end;
}

/** A title phrase starting at `from` ("a greeter at the store", "the company's chief executive", "House leader"). */
export function titlePhraseAt(c: RoleContext, from: number): Span | undefined {
  const { s, parts, startsAt } = c;
  let start = from;
  while (s[start] && (ARTICLES.has(s[start].lower) || POSSESSIVE_DETERMINERS.has(s[start].lower))) {
    start++;
  }
  let head = -1;
  for (let q = start; q < s.length && q <= start + 5; q++) {
    if (!wordBeforeHead(s, parts, start, q)) {
      return undefined;
    }
    if (parts[q] === TitlePart.Head) {
      head = q;
      break;
    }
  }
  if (head < 0 || has(STATUS_HEADS, s[head].lower)) {
    return undefined;
  }
  let end = head;
  while (end + 1 < s.length && joined(s[end], s[end + 1]) && parts[end + 1] !== TitlePart.None && parts[end + 1] !== TitlePart.PluralHead) {
    end++;
  }
  const next = s[end + 1];
  // "as Secretary of State Jane Doe said", "in President X's Cabinet": the title is the next name's.
  if (next && (startsAt.has(end + 1) || isCapitalised(s[end]) && next.capitalised) && joined(s[end], next)) {
    return undefined;
  }
  // "the leader among women", "his golden head speaking": not a post unless what follows carries it.
  const joinedNext = next !== undefined && joined(s[end], next);
  const otherPreposition = joinedNext && ((next.tags | next.lexicon) & Tag.Preposition) !== 0 && !TITLE_TAIL_STARTS.has(next.lower) && next.lower !== 'on';
  // "Obama's executive actions": a head followed by a plain noun only modifies that noun.
  const modifiesNoun = joinedNext && !next.capitalised && (next.tags & Tag.Noun) !== 0 && (next.tags & (Tag.Preposition | Tag.Verb)) === 0 && !isPossessive(s[end]);
  if (modifiesNoun) {
    return undefined;
  }
  if (otherPreposition || (has(NEEDS_COMPLEMENT, s[end].lower) && !(joinedNext && next.lower === 'of'))) {
    return undefined;
  }
  return roleText(s, start, tailEnd(s, end));
}

/**
 * A word that may stand before a title's head in a post: no function word, verb, negation, adverb ("a very good
 * campaigner"), demonstrative ("that candidate"), distinction ("the first candidate") or quoted word.
 */
function wordBeforeHead(s: Sentence, parts: readonly TitlePart[], start: number, q: number): boolean {
  const t = s[q];
  const linked = q === start || joined(s[q - 1], t) || (isPossessive(s[q - 1]) && /^\s+$/.test(s[q - 1].post));
  const plain = parts[q] === TitlePart.None;
  const verb = plain && (t.tags & Tag.Verb) !== 0 && (t.tags & (Tag.Noun | Tag.Adjective)) === 0;
  const functionWord = plain && ((t.tags | t.lexicon) & (Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.Adverb)) !== 0;
  const quoted = /["“”'‘’]/.test(t.pre) || /^["“”'‘’]/.test(t.post);
  return linked && !functionWord && !quoted && parts[q] !== TitlePart.PluralHead && !verb
    && !NEGATIONS.has(t.lower) && !DISTINCTIONS.has(t.lower) && !DEMONSTRATIVES.has(t.lower);
}

/** The post and, when "and" joins a second one, that one too ("a medical doctor and a former commissioner for health"). */
export function postsAt(c: RoleContext, from: number): Span[] {
  const first = titlePhraseAt(c, from);
  if (!first) {
    return [];
  }
  const { s } = c;
  const next = s.findIndex((t, k) => k >= from && t.start >= first.end);
  if (next < 0 || s[next].lower !== 'and' || s[next - 1].end !== first.end && !/^\s+$/.test(s[next - 1].post)) {
    return [first];
  }
  const second = titlePhraseAt(c, next + 1);
  return second ? [first, second] : [first];
}

