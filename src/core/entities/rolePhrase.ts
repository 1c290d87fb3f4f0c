// A post as a clause states it: an optional article or owner, words before a title's head, the head and its
// tail ("a greeter at the store", "the company's chief executive", "chairman of the House Democratic Caucus"),
// and a second post joined by "and". Shared by the clause rules and the later-sentence rules.
import { NEEDS_COMPLEMENT, STATUS_HEADS, TITLE_TAIL_STARTS, has } from '../lexicon/entities';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { CONFERRED_HONOURS, EFFECT_PHRASE_MODIFIERS, ROLE_DANGLING_WORDS, ROLE_DATE_OPENERS, ROLE_DEMONSTRATIVES, ROLE_DISTINCTIONS, ROLE_EVALUATIONS, ROLE_NEGATIONS, TIME_PREPOSITIONS } from '../lexicon/roles';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { MAX_TAIL } from './roleChains';
import { isAppositiveStop, isFieldNounOpeningPost, isFiniteVerb, isRelative, linked, nameEndFrom, roleText, startsReducedRelative, type RoleContext, type Span } from './roleSpans';
import { TitlePart, isAllCaps, isCapitalised, isPossessive, joined } from './words';

/** Most words from the post's first word to its head ("a very good local campaign organiser"). */
const MAX_WORDS_BEFORE_HEAD = 5;

/** A word inside a title's tail that ends it: a stop word, a relative, a reduced relative, a pronoun or conjunction. */
function endsTail(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  const stop = isAppositiveStop(token) || isRelative(token) || startsReducedRelative(sentence, at);
  const clause = ((token.tags | token.lexicon) & (Tag.Pronoun | Tag.Conjunction)) !== 0 && !TITLE_TAIL_STARTS.has(token.lower);
  return stop || clause || !linked(sentence[at - 1], token);
}

/**
 * "with immediate effect", "with effect from 1 May": "with" opening the phrase that dates an appointment (list
 * effect-phrase-modifiers between) says when the post begins, no part of it ("an executive with the firm" is).
 */
function opensEffectPhrase(sentence: Sentence, at: number): boolean {
  const next = sentence[at + 1];
  return sentence[at].lower === 'with' && next !== undefined
    && (next.lower === 'effect' || (EFFECT_PHRASE_MODIFIERS.has(next.lower) && sentence[at + 2]?.lower === 'effect'));
}

/**
 * A word in a tail that starts what the post is not: a preposition that carries no post ("president of the bank
 * despite complaints", "envoy to the talks during the war"; "on" may: "adviser to the king on trade"), or a
 * number right after "for" ("senator for 36 years": how long, not what).
 */
function outsidePost(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  const preposition = ((token.tags | token.lexicon) & Tag.Preposition) !== 0 && !TITLE_TAIL_STARTS.has(token.lower) && token.lower !== 'on';
  const duration = (token.tags & Tag.Value) !== 0 && sentence[at - 1].lower === 'for';
  return preposition || duration;
}

/** The tail of a title ("of the House Democratic Caucus", "at the store"): up to a clause break, a verb or a date. */
function tailEnd(context: RoleContext, head: number): number {
  const { sentence } = context;
  let end = head;
  if (!sentence[head + 1] || !joined(sentence[head], sentence[head + 1]) || !TITLE_TAIL_STARTS.has(sentence[head + 1].lower) || opensEffectPhrase(sentence, head + 1)) {
    return end;
  }
  for (let k = head + 1; k < sentence.length && k - head <= MAX_TAIL; k++) {
    const token = sentence[k];
    if ((k > head + 1 && (endsTail(sentence, k) || outsidePost(sentence, k))) || isFiniteVerb(token) || (token.tags & Tag.Date) !== 0) {
      // "mayor of Vardo last year": the word opening the date goes with it.
      if ((token.tags & Tag.Date) !== 0 && end === k - 1 && end > head + 1 && ROLE_DATE_OPENERS.has(sentence[end].lower)) {
        end--;
      }
      break;
    }
    // "a top adviser to Mrs. Hale": a name the tail runs into is read whole, its full stops included.
    end = nameEndFrom(context, k) ?? k;
    k = end;
  }
  while (end > head && ROLE_DANGLING_WORDS.has(sentence[end].lower)) {
    end--;
  }
  return end;
}

/** The first word after articles and possessive determiners ("the", "his"). */
function pastDeterminers(sentence: Sentence, from: number): number {
  let start = from;
  while (sentence[start] && (ARTICLES.has(sentence[start].lower) || POSSESSIVE_DETERMINERS.has(sentence[start].lower))) {
    start++;
  }
  return start;
}

/** The title head within a few words of `start`, every word before it fit to stand there. */
function headFrom(sentence: Sentence, parts: readonly TitlePart[], start: number): number | undefined {
  for (let at = start; at < sentence.length && at <= start + MAX_WORDS_BEFORE_HEAD; at++) {
    if (!wordBeforeHead(sentence, parts, start, at)) {
      return undefined;
    }
    if (parts[at] === TitlePart.Head) {
      return has(STATUS_HEADS, sentence[at].lower) ? undefined : at;
    }
  }
  return undefined;
}

/** The last title word of the chain starting at the head ("chief executive", "secretary general"). */
function titleWordsEnd(sentence: Sentence, parts: readonly TitlePart[], head: number): number {
  let end = head;
  while (end + 1 < sentence.length && joined(sentence[end], sentence[end + 1]) && parts[end + 1] !== TitlePart.None && parts[end + 1] !== TitlePart.PluralHead) {
    end++;
  }
  return end;
}

/**
 * The title words ending at `end` state a post: they are not the next name's ("as Secretary of State Jane Doe
 * said"), do not modify a noun ("Marrow's executive actions") and are not followed by a preposition that does not
 * carry a post ("the leader among women").
 */
function statesPost(context: RoleContext, end: number): boolean {
  const { sentence, startsAt } = context;
  const last = sentence[end], next: Token | undefined = sentence[end + 1];
  if (next === undefined || !joined(last, next)) {
    return !has(NEEDS_COMPLEMENT, last.lower);
  }
  if (startsAt.has(end + 1) || isCapitalised(last) && next.capitalised) {
    return false;
  }
  // "president of Tarrow": the tagger may read "of" before a capitalised place as part of a noun phrase ("President
  // of Tarrow"); a word that opens a title's tail (list title-tail-starts) is never a noun the title modifies.
  const modifiesNoun = !next.capitalised && (next.tags & Tag.Noun) !== 0 && (next.tags & (Tag.Preposition | Tag.Verb)) === 0 && !isPossessive(last)
    && !TITLE_TAIL_STARTS.has(next.lower);
  // "captain since 2019" states a post and when; "the leader among women" does not; "who" (at times tagged as a
  // preposition) opens a clause about the person after the post.
  const otherPreposition = ((next.tags | next.lexicon) & Tag.Preposition) !== 0 && !TITLE_TAIL_STARTS.has(next.lower) && next.lower !== 'on'
    && !TIME_PREPOSITIONS.has(next.lower) && !isRelative(next);
  return !modifiesNoun && !otherPreposition && (!has(NEEDS_COMPLEMENT, last.lower) || next.lower === 'of');
}

/** A title phrase starting at `from` ("a greeter at the store", "the company's chief executive", "House leader"). */
export function titlePhraseAt(context: RoleContext, from: number): Span | undefined {
  const { sentence, parts } = context;
  const start = pastDeterminers(sentence, from);
  // "who becomes a Dame Commander": a rank in an order is an honour conferred, no post.
  if (sentence[start] && isCapitalised(sentence[start]) && CONFERRED_HONOURS.has(sentence[start].lower)) {
    return undefined;
  }
  const head = headFrom(sentence, parts, start);
  if (head === undefined) {
    return undefined;
  }
  const end = titleWordsEnd(sentence, parts, head);
  return statesPost(context, end) ? roleText(sentence, start, tailEnd(context, end)) : undefined;
}

/**
 * A word that may stand before a title's head in a post: no function word, verb, negation, adverb ("a very good
 * campaigner"), demonstrative ("that candidate"), distinction ("the first candidate"), judgement ("a bad president")
 * or quoted word.
 */
function wordBeforeHead(sentence: Sentence, parts: readonly TitlePart[], start: number, at: number): boolean {
  const token = sentence[at];
  const isLinked = at === start || linked(sentence[at - 1], token);
  const plain = parts[at] === TitlePart.None;
  const verb = plain && (token.tags & Tag.Verb) !== 0 && (token.tags & (Tag.Noun | Tag.Adjective)) === 0 && !(at === start && isFieldNounOpeningPost(sentence, at));
  // "a US senator", "an IT staffer": an abbreviation spelled like a function word is none.
  const functionWord = plain && !isAllCaps(token) && ((token.tags | token.lexicon) & (Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.Adverb)) !== 0;
  const quoted = /["“”'‘’]/.test(token.pre) || /^["“”'‘’]/.test(token.post);
  return isLinked && !functionWord && !quoted && parts[at] !== TitlePart.PluralHead && !verb
    && !ROLE_NEGATIONS.has(token.lower) && !ROLE_DISTINCTIONS.has(token.lower) && !ROLE_DEMONSTRATIVES.has(token.lower) && !ROLE_EVALUATIONS.has(token.lower);
}

/** The post and, when "and" joins a second one, that one too ("a medical doctor and a former commissioner for health"). */
export function postsAt(context: RoleContext, from: number): Span[] {
  const first = titlePhraseAt(context, from);
  if (!first) {
    return [];
  }
  const { sentence } = context;
  const next = sentence.findIndex((token, at) => at >= from && token.start >= first.end);
  if (next < 0 || sentence[next].lower !== 'and' || sentence[next - 1].end !== first.end && !/^\s+$/.test(sentence[next - 1].post)) {
    return [first];
  }
  const second = titlePhraseAt(context, next + 1);
  return second ? [first, second] : [first];
}
