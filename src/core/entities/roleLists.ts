// Roles that need more than the title words: a relation placed by a named other ("Mr. X's wife", "X ally Y",
// "widow of X"), and a plural abbreviated title before a list of names ("Reps. X (Calif.), Y (Wis.) and Z").
import { PARTY_NOUNS, PLURAL_ABBREVIATED_TITLES, RELATION_NOUNS, has } from '../lexicon/entities';
import { Tag, type Sentence } from '../nlp/tokens';
import type { Draft } from './names';
import type { OwnedSpan } from './rolePhrase';
import { TitlePart, isCapitalised, isPossessive, joined, opensSentence } from './words';

/** Rank words that make a party noun after them a post ("top Democrat", "ranking Republican"). */
const RANKS = new Set(['top', 'ranking', 'senior', 'leading']);

/** Most words before the name in "widow of plant technician X". */
const MAX_WORDS_BEFORE_NAME = 4;

/** A capitalised word within a few joined words from `from` ("of plant technician X", "of Mr. X"). */
function namedWithin(s: Sentence, from: number): boolean {
  for (let k = from; k < s.length && k < from + MAX_WORDS_BEFORE_NAME; k++) {
    if (k > from && !joined(s[k - 1], s[k]) && !/^\.\s+$/.test(s[k - 1].post)) {
      return false;
    }
    if (isCapitalised(s[k])) {
      // "son of Dominican immigrants", "of a Japanese mother": a nationality before a noun places no one.
      const next = s[k + 1];
      const beforeNoun = next !== undefined && !next.capitalised && joined(s[k], next);
      return ((s[k].tags | s[k].lexicon) & Tag.Demonym) === 0 && !beforeNoun;
    }
  }
  return false;
}

/**
 * The sentence's title parts with relation nouns read as heads where a named other places the person: after a
 * capitalised owner ("Mr. X's wife", "X ally") or before "of" and a capitalised word or title ("widow of …").
 * "his son" or "a close ally" stay plain words: a relation without its named owner places no one.
 */
export function withRelationHeads(s: Sentence, parts: readonly TitlePart[]): readonly TitlePart[] {
  let marked: TitlePart[] | undefined;
  s.forEach((t, i) => {
    // "the committee's top Democrat": a party noun after a rank word is a post, not a party label.
    if (has(PARTY_NOUNS, t.lower) && !t.lower.endsWith('s') && i > 0 && RANKS.has(s[i - 1].lower)) {
      marked ??= [...parts];
      marked[i] = TitlePart.Head;
      return;
    }
    if (parts[i] !== TitlePart.None || isCapitalised(t) || !has(RELATION_NOUNS, t.lower)) {
      return;
    }
    const prev = s[i - 1], next = s[i + 1], after = s[i + 2];
    // "an American father" names no owner: a nationality or adjective is not a person.
    const nationality = prev !== undefined && ((prev.tags | prev.lexicon) & (Tag.Demonym | Tag.Adjective)) !== 0 && !isPossessive(prev);
    const namedOwner = prev !== undefined && isCapitalised(prev) && !nationality && !opensSentence(s, i - 1)
      && (joined(prev, t) || (isPossessive(prev) && /^\s+$/.test(prev.post)));
    const ofNamed = next?.lower === 'of' && after !== undefined && joined(t, next) && namedWithin(s, i + 2);
    if (namedOwner || ofNamed) {
      marked ??= [...parts];
      marked[i] = TitlePart.Head;
    }
  });
  return marked ?? parts;
}

/** Index of the token that closes a parenthesis opened right after token `i` ("Schiff (Calif.)"), or `i`. */
function pastParenthesis(s: Sentence, i: number): number {
  if (!s[i + 1] || !/\(/.test(s[i].post + s[i + 1].pre)) {
    return i;
  }
  for (let j = i + 1; j < s.length && j <= i + 4; j++) {
    if (/\)/.test(s[j].post)) {
      return j;
    }
  }
  return i;
}

/** "Reps. X (Calif.), Y (Wis.) and Z (Texas)": the plural abbreviated title is each listed person's role. */
export function pluralTitleRoles(s: Sentence, drafts: readonly Draft[]): OwnedSpan[] {
  const startsAt = new Map(drafts.map((d, n) => [d.first, n]));
  const found: OwnedSpan[] = [];
  s.forEach((t, k) => {
    let n = startsAt.get(k + 1);
    if (n === undefined || !isCapitalised(t) || !has(PLURAL_ABBREVIATED_TITLES, t.lower) || !/^\.\s+$/.test(t.post)) {
      return;
    }
    const span = { start: t.start, end: t.end + 1 };
    while (n !== undefined) {
      found.push({ ...span, draft: n });
      const end = pastParenthesis(s, drafts[n].last);
      const sep = s[end + 1];
      if (!sep) {
        break;
      }
      const comma = /^[.)]*,\s*$/.test(s[end].post);
      n = sep.lower === 'and' ? startsAt.get(end + 2) : comma ? startsAt.get(end + 1) : undefined;
    }
  });
  return found;
}
