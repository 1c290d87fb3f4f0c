// Roles attached to a name in one sentence: a title chain before it ("Kremlin chief X", "UK Prime Minister
// Sir X"), an appositive after it ("X, Russia's envoy to …,"), or a title phrase before a comma ("the prime
// minister, X"). Roles are kept as written; an honour ("Sir") is a role of its own.
import { ABBREVIATED_QUALIFIERS, ABBREVIATED_TITLES, HONOURS, ORG_HEADS_BEFORE_OF, PLACE_ACRONYMS, TITLE_HEAD_FOLLOWERS, has } from '../lexicon/entities';
import { ARTICLES } from '../lexicon/determiners';
import { Tag, type Sentence } from '../nlp/tokens';
import type { Draft } from './names';
import { appositiveAfter } from './roleAppositive';
import { clauseRoles } from './rolePredicates';
import { backReferences } from './roleReferences';
import { pluralTitleRoles, withRelationHeads } from './roleLists';
import { CLAUSE_BREAK, isFiniteVerb, roleText, type Span } from './roleSpans';
import { Evidence, type Gender } from './types';
import { TitlePart, hyphenated, isCapitalised, isFunctionOpener, isHonorific, isPossessive, joined, opensSentence } from './words';

export interface RoleSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the draft in the sentence's drafts; -1 for a person named in an earlier sentence (see `referredName`). */
  readonly draft: number;
  /** The gender a back reference's pronoun gives ("She is …"). */
  readonly gender?: Gender;
}

/** Longest post after a title's head, in words. */
const MAX_TAIL = 8;

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
  if (!isCapitalised(t) && /['’]s?$/.test(t.text) && !ARTICLES.has(t.lower)) {
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

/**
 * First token of the abbreviated title ending at `k`: a qualifier before it belongs to it, written out ("Rear Adm.")
 * or abbreviated itself ("Lt. Gov.", "Maj. Gen."), so a split title stays one role.
 */
function abbreviatedTitleStart(s: Sentence, parts: readonly TitlePart[], k: number): number {
  if (!has(ABBREVIATED_TITLES, s[k].lower) || k === 0) {
    return k;
  }
  const prev = s[k - 1];
  if (parts[k - 1] === TitlePart.Modifier && joined(prev, s[k])) {
    return k - 1;
  }
  const abbreviatedQualifier = isCapitalised(prev) && has(ABBREVIATED_QUALIFIERS, prev.lower) && /^\.\s+$/.test(prev.post + s[k].pre) && !/\n/.test(prev.post);
  return abbreviatedQualifier ? k - 1 : k;
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

/** Roles and title evidence for the drafts of one sentence; updates the drafts' evidence. */
export function findRoles(s: Sentence, titles: readonly TitlePart[], drafts: Draft[]): RoleSpan[] {
  const parts = withRelationHeads(s, titles);
  const roles: RoleSpan[] = [...pluralTitleRoles(s, drafts)];
  const startsAt = new Map(drafts.map((d, n) => [d.first, n]));
  drafts.forEach((d, n) => {
    let k = d.first - 1;
    while (k >= 0 && isHonorific(s[k]) && d.honorific !== undefined && k <= d.honorific) {
      if (has(HONOURS, s[k].lower) || has(ABBREVIATED_TITLES, s[k].lower)) {
        const end = s[k].end + (s[k].post.startsWith('.') ? 1 : 0);
        k = abbreviatedTitleStart(s, parts, k);
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
        const coordinated = coordinatedChain(s, parts, from);
        if (coordinated) {
          roles.push({ ...coordinated, draft: n });
        }
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
  const passed = new Set<number>();
  drafts.forEach((d, n) => {
    if (passed.has(n)) {
      return;
    }
    const after = appositiveAfter(s, parts, d, startsAt, drafts, passed);
    if (after.length) {
      d.evidence |= Evidence.Appositive;
      roles.push(...after.map(r => ({ ...r, draft: n })));
    }
  });
  roles.push(...clauseRoles(s, parts, drafts));
  roles.push(...backReferences(s, parts, drafts).map(r => ({ ...r, draft: -1 })));
  return roles;
}

/** "Parliamentary speaker and Vohor ally X", "former senator and party adviser X": the chain before "and" is a role too. */
function coordinatedChain(s: Sentence, parts: readonly TitlePart[], from: number): Span | undefined {
  const and = s[from - 1];
  if (!and || and.lower !== 'and' || !joined(s[from - 2] ?? and, and) || !joined(and, s[from])) {
    return undefined;
  }
  const chain = chainEndingAt(s, parts, from - 2);
  if (!chain || chain.plural) {
    return undefined;
  }
  return roleText(s, prefixStart(s, chain.from - 1) ?? chain.from, from - 2);
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

/** The token closing a parenthesis that opens right after token `i` ("X (Ohio)"), if it closes within a few words. */
function parenthesisClose(s: Sentence, i: number): number | undefined {
  if (!s[i + 1] || !/\(/.test(s[i].post + s[i + 1].pre)) {
    return undefined;
  }
  for (let j = i + 1; j < s.length && j <= i + 4; j++) {
    if (/\)/.test(s[j].post)) {
      return j;
    }
  }
  return undefined;
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
  // "her challenger, Rep. X (Ohio), by …": past a parenthesised tag, the clause must end as it would after the name.
  const last = parenthesisClose(s, d.last) ?? d.last;
  const after = s[last + 1];
  const gap = last > d.last ? s[last].post.replace(/^[^)]*\)/, '') + (after?.pre ?? '') : s[last].post + (after?.pre ?? '');
  if (after && !CLAUSE_BREAK.test(gap) && after.lower !== 'and') {
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
  if (head < 0 || parts[head] !== TitlePart.Head || (head < k && parts[head + 1] === TitlePart.None && !TITLE_HEAD_FOLLOWERS.has(s[head + 1].lower))) {
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
