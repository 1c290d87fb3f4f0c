// An appositive role after a name: "X, Russia's envoy to …, said". The comma phrase may come after an age, a
// party tag, a home state ("Senator X of Arizona, the chairman of …") or a parenthesised state ("Rep. X (Ohio),"),
// and two coordinated posts are two roles ("a Colorado attorney and legalization advocate").
import { PARTY_NOUNS, ROLE_APPOSITIVE_STOPS, SPEECH_VERBS, has } from '../lexicon/entities';
import { ARTICLES } from '../lexicon/determiners';
import type { Sentence } from '../nlp/tokens';
import type { Draft } from './names';
import { CLAUSE_BREAK, RELATIVES, isAgeOrPartyTag, isClauseVerb, isFiniteVerb, roleText, startsReducedRelative, type Span } from './roleSpans';
import { TitlePart, isCapitalised, isPossessive, joined } from './words';

/** Longest appositive read, in words. */
const MAX_PHRASE = 14;
/** Most words a parenthesised tag after a name may hold ("(D-Calif.)", "(New York)"). */
const MAX_PARENTHESIS = 4;

const COMMA = /^[).]*,\s*$/;

/** Index of the last token of a parenthesis opening right after token `i`, if it closes soon. */
function parenthesisEnd(s: Sentence, i: number): number | undefined {
  if (!/\(/.test(s[i].post + s[i + 1].pre)) {
    return undefined;
  }
  for (let j = i + 1; j < s.length && j <= i + MAX_PARENTHESIS; j++) {
    if (/\)/.test(s[j].post)) {
      return j;
    }
  }
  return undefined;
}

/**
 * First token of the comma phrase after a name, past what may sit between them: an age or party tag between
 * commas, "of <State>" or a parenthesised tag. Names passed over (the state) are listed in `passed`: they only
 * say where the person comes from, and the phrase is not theirs.
 */
function appositiveStart(s: Sentence, d: Draft, startsAt: ReadonlyMap<number, number>, drafts: readonly Draft[], passed: Set<number>): number | undefined {
  let i = d.last;
  const passOver = (to: number): void => {
    for (let k = i + 1; k <= to; k++) {
      const n = startsAt.get(k);
      if (n !== undefined) {
        passed.add(n);
      }
    }
    i = to;
  };
  let afterPlace = false;
  for (let step = 0; step < 4 && i + 1 < s.length; step++) {
    const next = s[i + 1];
    const homeState = next.lower === 'of' && startsAt.has(i + 2) && joined(next, s[i + 2]);
    const stateEnd = homeState ? drafts[startsAt.get(i + 2) as number].last : undefined;
    if (COMMA.test(s[i].post + next.pre)) {
      const tagged = isAgeOrPartyTag(next) && /^\.?,\s*$/.test(next.post) && i + 2 < s.length;
      // "X of Tampa, Fla., a deputy sheriff": the state after the city is part of where X comes from.
      const stateAfterCity = afterPlace && startsAt.has(i + 1) && drafts[startsAt.get(i + 1) as number].last === i + 1 && /^\.?,\s*$/.test(next.post);
      if (!tagged && stateEnd === undefined && !stateAfterCity) {
        return i + 1;
      }
      afterPlace = stateEnd !== undefined;
      passOver(stateEnd ?? i + 1);
      continue;
    }
    afterPlace = stateEnd !== undefined;
    const closing = parenthesisEnd(s, i);
    if (closing !== undefined) {
      passOver(closing);
    } else if (stateEnd !== undefined && joined(s[i], next)) {
      passOver(stateEnd);
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** "X, head of retail at Y said …": a bare title phrase (no article) may end at a reporting verb. */
function endsAtReportingVerb(s: Sentence, phrase: readonly number[], q: number): boolean {
  return !ARTICLES.has(s[phrase[0]].lower) && has(SPEECH_VERBS, s[q].lower);
}

/** Token indices of the comma phrase starting at `p`, and whether a relative clause or a verb cut it short. */
function collectPhrase(s: Sentence, p: number): { phrase: number[]; cut: boolean } | undefined {
  const phrase: number[] = [];
  for (let q = p; q < s.length && phrase.length < MAX_PHRASE; q++) {
    const t = s[q];
    if (phrase.length === 0 && (has(ROLE_APPOSITIVE_STOPS, t.lower) || CLAUSE_BREAK.test(t.pre))) {
      return undefined;
    }
    if (phrase.length > 0 && (RELATIVES.has(t.lower) || endsAtReportingVerb(s, phrase, q))) {
      // "X, a 34-year-old engineer from Busan who had moved …": the role ends before the relative clause.
      return { phrase, cut: true };
    }
    phrase.push(q);
    if (q === s.length - 1 || !joined(t, s[q + 1]) && !(isPossessive(t) && /^\s+$/.test(t.post))) {
      break;
    }
  }
  return phrase.length ? { phrase, cut: false } : undefined;
}

/** "X, Democrat of New Mexico and the committee's ranking member": a party label before "and" is no part of the role. */
function partyLabelEnd(s: Sentence, phrase: readonly number[]): number {
  const first = ARTICLES.has(s[phrase[0]].lower) ? 1 : 0;
  if (phrase.length <= first || !has(PARTY_NOUNS, s[phrase[first]].lower)) {
    return 0;
  }
  const and = phrase.findIndex(q => s[q].lower === 'and');
  return and > first ? and + 1 : 0;
}

/** Where a coordinated second post starts ("attorney and legalization advocate"), if the words after "and" hold a head. */
function secondPost(s: Sentence, parts: readonly TitlePart[], kept: readonly number[], head: number, startsAt: ReadonlyMap<number, number>): number | undefined {
  const and = kept.findIndex((q, n) => n > head && s[q].lower === 'and');
  if (and < 0 || and + 1 >= kept.length) {
    return undefined;
  }
  const from = and + 1 + (ARTICLES.has(s[kept[and + 1]].lower) ? 1 : 0);
  const hasHead = kept.slice(from, from + 4).some(q => parts[q] === TitlePart.Head);
  // "adviser to President X and President Y": a title before a name is that name's, not a second post.
  const namesSomeone = kept.slice(from).some(q => startsAt.has(q));
  return hasHead && !namesSomeone && from < kept.length ? from : undefined;
}

/** "X, Russia's envoy to …, said": comma phrases headed by a title noun right after the name, one per post. */
export function appositiveAfter(
  s: Sentence, parts: readonly TitlePart[], d: Draft, startsAt: ReadonlyMap<number, number>, drafts: readonly Draft[], passed: Set<number>,
): Span[] {
  const p = appositiveStart(s, d, startsAt, drafts, passed);
  const collected = p === undefined ? undefined : collectPhrase(s, p);
  if (!collected) {
    return [];
  }
  const { phrase, cut } = collected;
  const last = phrase[phrase.length - 1];
  if (!cut && last < s.length - 1 && !CLAUSE_BREAK.test(s[last].post + s[last + 1].pre)) {
    return [];
  }
  let start = partyLabelEnd(s, phrase);
  while (start < phrase.length && ARTICLES.has(s[phrase[start]].lower)) {
    start++;
  }
  const head = phrase.findIndex((q, n) => n >= start && parts[q] === TitlePart.Head);
  if (head < 0 || head > start + 5 || phrase.slice(start, head).some(q => isFiniteVerb(s[q]) && parts[q] === TitlePart.None)) {
    return [];
  }
  let tail = head + 1;
  while (tail < phrase.length && parts[phrase[tail]] !== TitlePart.None && parts[phrase[tail]] !== TitlePart.Complement) {
    tail++;
  }
  if (tail < phrase.length && isCapitalised(s[phrase[tail]]) && startsAt.has(phrase[tail])) {
    return [];
  }
  // "the former Reform UK MP who is known for …", "a congressman from a district anchored in …": the role ends
  // where a relative clause or a participle's clause starts.
  const clause = phrase.findIndex((q, n) => n > head && (RELATIVES.has(s[q].lower) || startsReducedRelative(s, q)));
  const kept = clause > 0 ? phrase.slice(0, clause) : phrase;
  if (kept.slice(head + 1).some(q => (has(ROLE_APPOSITIVE_STOPS, s[q].lower) && s[q].lower !== 'and') || isClauseVerb(s, q))) {
    return [];
  }
  // "…, the Turkish Presidency's Communications Director, Fahrettin Altun": the phrase introduces the next name.
  const following = s[last + 1];
  if (clause < 0 && !cut && following && /^,\s*$/.test(s[last].post) && startsAt.has(last + 1) && parts[last] !== TitlePart.None) {
    return [];
  }
  const second = secondPost(s, parts, kept, head, startsAt);
  if (second === undefined) {
    return [roleText(s, phrase[start], kept[kept.length - 1])];
  }
  return [roleText(s, phrase[start], kept[second - (ARTICLES.has(s[kept[second - 1]].lower) ? 3 : 2)]), roleText(s, kept[second], kept[kept.length - 1])];
}
