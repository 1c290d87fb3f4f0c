// Roles attached to a name in one sentence: a title chain before it ("Kremlin chief X", "UK Prime Minister
// Sir X"), an appositive after it ("X, Russia's envoy to …,"), or a title phrase before a comma ("the prime
// minister, X"). Roles are kept as written; an honour ("Sir") is a role of its own.
import { ABBREVIATED_TITLES, HONOURS, ORG_HEADS_BEFORE_OF, PLACE_ACRONYMS, ROLE_APPOSITIVE_STOPS, has } from '../nlp/lexicon';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { Evidence } from './types';
import { TitlePart, hyphenated, isCapitalised, isFunctionOpener, isHonorific, isPossessive, joined, opensSentence, wordSpan } from './words';

export interface RoleSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the draft in the sentence's drafts. */
  readonly draft: number;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const RELATIVES = new Set(['who', 'whose', 'which', 'whom']);
/** Words that may start what follows a title's head ("envoy for Yemen", "head of delegation in Yemen"). */
const TAIL_STARTS = new Set(['of', 'for', 'to', 'in', 'at', 'on', 'with']);
/** Longest post after a title's head, in words. */
const MAX_TAIL = 8;
const PARTY_TAG = /^[DRIL]-[A-Z][A-Za-z.]*$/;
const CLAUSE_BREAK = /[,;:.!?()“”"«»—–]/;

function isTitleToken(parts: readonly TitlePart[], i: number): boolean {
  return parts[i] !== TitlePart.None;
}

/** Start of a prefix before a title chain: a nationality, a place abbreviation, a possessive or capitalised name. */
function prefixStart(s: Sentence, k: number): number | undefined {
  const t = s[k];
  if (!t || !joined(t, s[k + 1]) && !(isPossessive(t) && /^\s+$/.test(t.post))) {
    return undefined;
  }
  const demonym = ((t.tags | t.lexicon) & Tag.Demonym) !== 0 || has(PLACE_ACRONYMS, t.lower);
  if (!isCapitalised(t) && /['’]s?$/.test(t.text) && !DETERMINERS.has(t.lower)) {
    // "the meteorological department's director": a lower-case owner and its adjectives.
    let start = k;
    while (start > 0 && k - start < 2 && !isCapitalised(s[start - 1]) && (s[start - 1].tags & Tag.Adjective) !== 0 && joined(s[start - 1], s[start])) {
      start--;
    }
    return start;
  }
  if (!demonym && (!isCapitalised(t) || isHonorific(t))) {
    return undefined;
  }
  let start = k;
  for (;;) {
    const prev = s[start - 1], beforePrev = s[start - 2];
    if (prev && isCapitalised(prev) && !isHonorific(prev) && joined(prev, s[start])) {
      start--;
    } else if (prev && beforePrev && (prev.lower === 'of' || prev.lower === 'for') && has(ORG_HEADS_BEFORE_OF, beforePrev.lower) && joined(beforePrev, prev) && joined(prev, s[start])) {
      start -= 2;
    } else {
      break;
    }
  }
  while (start <= k && opensSentence(s, start) && isFunctionOpener(s[start])) {
    start++;
  }
  return start <= k ? start : undefined;
}

/** The title chain ending at token `end` (walking left), if it holds a head noun. */
function chainEndingAt(s: Sentence, parts: readonly TitlePart[], end: number): { from: number; plural: boolean } | undefined {
  if (end < 0 || !isTitleToken(parts, end) || parts[end] === TitlePart.Modifier) {
    return undefined;
  }
  let from = end;
  // A hyphenated compound ends in the title word: "commander-in-chief", "ex-minister".
  while (from > 0 && joined(s[from - 1], s[from]) && (isTitleToken(parts, from - 1) || hyphenated(s[from - 1], s[from]))) {
    from--;
  }
  let head = false, plural = false;
  for (let i = from; i <= end; i++) {
    head ||= parts[i] === TitlePart.Head;
    plural ||= parts[i] === TitlePart.PluralHead;
  }
  return head || plural ? { from, plural: plural && !head } : undefined;
}

function roleText(s: Sentence, from: number, to: number): { start: number; end: number } {
  return { start: s[from].start, end: wordSpan(s[to]).end };
}

/** A verb that is not also a noun or adjective ("replied", "said"): a clause, not an appositive, follows. */
function isFiniteVerb(t: Token): boolean {
  return (t.tags & Tag.Verb) !== 0 && (t.lexicon & Tag.Verb) !== 0 && ((t.tags | t.lexicon) & (Tag.Noun | Tag.Adjective)) === 0;
}

/** Roles and title evidence for the drafts of one sentence; updates the drafts' evidence. */
export function findRoles(s: Sentence, parts: readonly TitlePart[], drafts: Draft[]): RoleSpan[] {
  const roles: RoleSpan[] = [];
  const startsAt = new Map(drafts.map((d, n) => [d.first, n]));
  drafts.forEach((d, n) => {
    let k = d.first - 1;
    while (k >= 0 && isHonorific(s[k]) && d.honorific !== undefined && k <= d.honorific) {
      if (has(HONOURS, s[k].lower) || has(ABBREVIATED_TITLES, s[k].lower)) {
        const end = s[k].end + (s[k].post.startsWith('.') ? 1 : 0);
        // "Rear Adm.", "Lt. Gen.": a qualifier before an abbreviated title belongs to it.
        if (k > 0 && has(ABBREVIATED_TITLES, s[k].lower) && parts[k - 1] === TitlePart.Modifier && joined(s[k - 1], s[k])) {
          k--;
        }
        roles.push({ start: s[k].start, end, draft: n });
      }
      k--;
    }
    const chain = chainEndingAt(s, parts, k);
    if (chain && joined(s[k], s[k + 1])) {
      const from = prefixStart(s, chain.from - 1) ?? chain.from;
      markPrefix(drafts, from, chain.from);
      if (chain.plural) {
        d.evidence |= Evidence.PluralTitle;
        markListed(s, drafts, d, startsAt);
      } else {
        d.evidence |= Evidence.Title;
        roles.push({ ...roleText(s, from, k), draft: n });
        // "Sudan's army chief, General X": a role before a comma can precede the title chain too.
        const outer = roleBeforeComma(s, parts, { ...d, first: from, honorific: undefined });
        if (outer) {
          roles.push({ ...outer, draft: n });
        }
      }
      return;
    }
    const before = roleBeforeComma(s, parts, d);
    if (before) {
      d.evidence |= Evidence.Appositive;
      roles.push({ ...before, draft: n });
    }
  });
  drafts.forEach((d, n) => {
    const after = appositiveAfter(s, parts, d, startsAt);
    if (after) {
      d.evidence |= Evidence.Appositive;
      roles.push({ ...after, draft: n });
    }
  });
  return roles;
}

/** Names inside a title's prefix ("Uasin Gishu" in "Uasin Gishu Governor X") are not people. */
function markPrefix(drafts: Draft[], from: number, to: number): void {
  for (const d of drafts) {
    if (d.first >= from && d.last < to && d.honorific === undefined) {
      d.evidence |= Evidence.Prefix;
    }
  }
}

/** "Presidents X and Y": the names after a plural title all get its evidence. */
function markListed(s: Sentence, drafts: Draft[], d: Draft, startsAt: Map<number, number>): void {
  let cur = d;
  for (;;) {
    const sep = s[cur.last + 1];
    const nextIndex = sep && (sep.lower === 'and' || /^,\s*$/.test(s[cur.last].post)) ? startsAt.get(sep.lower === 'and' ? cur.last + 2 : cur.last + 1) : undefined;
    if (nextIndex === undefined) {
      return;
    }
    cur = drafts[nextIndex];
    cur.evidence |= Evidence.PluralTitle;
  }
}

/** "the prime minister, X" / "Kazakhstan's president, X." — only when the name then ends its clause. */
function roleBeforeComma(s: Sentence, parts: readonly TitlePart[], d: Draft): { start: number; end: number } | undefined {
  let first = d.first;
  while (d.honorific !== undefined && first > 0 && isHonorific(s[first - 1])) {
    first--;
  }
  const k = first - 1;
  if (k < 0 || !/^,\s*$/.test(s[k].post + s[first].pre)) {
    return undefined;
  }
  const after = s[d.last + 1];
  if (after && !CLAUSE_BREAK.test(s[d.last].post) && after.lower !== 'and') {
    return undefined;
  }
  // The head may be followed by its post ("the UN special envoy for Yemen", "the head of delegation in Yemen").
  let head = k;
  while (head >= 0 && parts[head] !== TitlePart.Head && k - head < MAX_TAIL) {
    if (head === 0 || isFiniteVerb(s[head]) || !(joined(s[head - 1], s[head]) || (isPossessive(s[head - 1]) && /^\s+$/.test(s[head - 1].post)))) {
      return undefined;
    }
    head--;
  }
  if (head < 0 || parts[head] !== TitlePart.Head || (head < k && parts[head + 1] === TitlePart.None && !TAIL_STARTS.has(s[head + 1].lower))) {
    return undefined;
  }
  const chain = chainEndingAt(s, parts, head);
  if (!chain || chain.plural) {
    return undefined;
  }
  const from = prefixStart(s, chain.from - 1) ?? chain.from;
  const before = s[from - 1];
  const opener = before && opensSentence(s, from - 1) && isFunctionOpener(before);
  if (before && isCapitalised(before) && joined(before, s[from]) && !isHonorific(before) && !opener) {
    return undefined;
  }
  return roleText(s, from, k);
}

/** "X, Russia's envoy to …, said": a comma phrase headed by a title noun right after the name. */
function appositiveAfter(s: Sentence, parts: readonly TitlePart[], d: Draft, startsAt: Map<number, number>): { start: number; end: number } | undefined {
  if (!/^,\s*$/.test(s[d.last].post) || d.last + 1 >= s.length) {
    return undefined;
  }
  let p = d.last + 1;
  // An age ("X, 52, …") or a party-and-state tag ("Sen. X, D-Va., …") comes before the appositive.
  if ((/^\d+$/.test(s[p].text) || PARTY_TAG.test(s[p].text)) && /^\.?,\s*$/.test(s[p].post) && p + 1 < s.length) {
    p++;
  }
  const phrase: number[] = [];
  let relativeEnd = false;
  for (let q = p; q < s.length && phrase.length < 14; q++) {
    const t = s[q];
    if (phrase.length === 0 && (has(ROLE_APPOSITIVE_STOPS, t.lower) || CLAUSE_BREAK.test(t.pre))) {
      return undefined;
    }
    if (phrase.length > 0 && RELATIVES.has(t.lower)) {
      // "X, a 34-year-old engineer from Busan who had moved …": the role ends before the relative clause.
      relativeEnd = true;
      break;
    }
    phrase.push(q);
    if (q === s.length - 1 || !joined(t, s[q + 1]) && !(isPossessive(t) && /^\s+$/.test(t.post))) {
      break;
    }
  }
  const last = phrase[phrase.length - 1];
  if (last === undefined || (!relativeEnd && last < s.length - 1 && !CLAUSE_BREAK.test(s[last].post + s[last + 1].pre))) {
    return undefined;
  }
  let start = 0;
  while (start < phrase.length && DETERMINERS.has(s[phrase[start]].lower)) {
    start++;
  }
  const head = phrase.findIndex((q, n) => n >= start && parts[q] === TitlePart.Head);
  if (head < 0 || head > start + 5) {
    return undefined;
  }
  for (let n = start; n < head; n++) {
    const t = s[phrase[n]];
    if (isFiniteVerb(t)) {
      return undefined;
    }
  }
  let tail = head + 1;
  while (tail < phrase.length && parts[phrase[tail]] !== TitlePart.None && parts[phrase[tail]] !== TitlePart.Complement) {
    tail++;
  }
  if (tail < phrase.length && isCapitalised(s[phrase[tail]]) && startsAt.has(phrase[tail])) {
    return undefined;
  }
  // "the former Reform UK MP who is known for …": the role ends before a relative clause.
  const relative = phrase.findIndex((q, n) => n > head && RELATIVES.has(s[q].lower));
  const kept = relative > 0 ? phrase.slice(0, relative) : phrase;
  if (kept.slice(head + 1).some(q => (has(ROLE_APPOSITIVE_STOPS, s[q].lower) && s[q].lower !== 'and') || isFiniteVerb(s[q]))) {
    return undefined;
  }
  if (relative > 0) {
    return roleText(s, phrase[start], kept[kept.length - 1]);
  }
  // "…, the Turkish Presidency's Communications Director, Fahrettin Altun": the phrase introduces the next name.
  const following = s[last + 1];
  if (following && /^,\s*$/.test(s[last].post) && startsAt.has(last + 1) && parts[last] !== TitlePart.None) {
    return undefined;
  }
  return roleText(s, phrase[start], last);
}
