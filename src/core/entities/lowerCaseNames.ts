// Names written in lower case, which runs of capitals never find: a person's screen name (crypto, tech and online copy
// name people they know only by what they post under, as it is written: "analyst @kelsowatch", "a trader who posts as
// dotgrid") and a brand styled in lower case ("kelpo, the London payments start-up,"). One use whose words show the
// name is read here, per sentence; its other bare uses in the document join it in resolve.ts (`withLowerCaseRepeats`).
import { ARTICLES, NOUN_DETERMINERS } from '../lexicon/determiners';
import { ORG_APPOSITIVE_NOUNS, ORG_HEADS, ORG_NOUNS_AFTER, SPEECH_VERBS, TITLE_HEADS, TRADE_NOUNS_BEFORE, has } from '../lexicon/entities';
import { SCREEN_NAME_GOING_VERBS, SCREEN_NAME_NOUNS, SCREEN_NAME_USER_NOUNS, SCREEN_NAME_VERBS } from '../lexicon/names';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { Evidence, type NameCandidate, type Placed } from './types';

/** An @-handle that opens in lower case or a digit ("@kelsowatch", "@0xdana"): a capitalised one is already a run of capitals. */
const LOWER_HANDLE = /^@[\p{Ll}\d_][\p{L}\d_]{1,29}$/u;

/** A screen name after its cue: lower case, letters, digits and underscores, one letter at least ("dotgrid", "nightjar_99"). */
const LOWER_SCREEN_NAME = /^(?=[\d_]*\p{Ll})[\p{Ll}\d_][\p{L}\d_]{1,29}$/u;

/** A handle no English word is: lower-case letters with a digit or an underscore among them ("rookpawn_12", "tiltking99", "k0vac"). */
const HANDLE_SHAPE = /^(?=[\p{Ll}\d_]*\p{Ll})(?=[\p{Ll}\d_]*[\d_])[\p{Ll}\d_]{3,30}$/u;

/** A brand styled in lower case: letters (and digits) only, three at least ("kelpo", "vyne2"). */
const LOWER_BRAND = /^\p{Ll}[\p{Ll}\d]{2,19}$/u;

/** A brand's word in lower camel case, a stem of three lower-case letters or more before a capital ("nestPay", "blueFin"): alone a product's, not capitalised (adapter.ts). */
const LOWER_CAMEL = /^\p{Ll}{3,}(?:\p{Lu}\p{Ll}+)+$/u;

/** Most capitalised words after a lower-camel word that may close a body's name on its head noun ("blueFin Capital Partners"). */
const MAX_CAMEL_BODY_WORDS = 3;

/** Most words an appositive may take before its body noun ("the London payments start-up"). */
const MAX_APPOSITIVE_WORDS = 6;

/** The word ends where the name would: nothing glued after it but punctuation and spaces. */
function standsAlone(token: Token): boolean {
  return !/^[-–'’]/.test(token.post) && !/[-–'’]$/.test(token.pre);
}

/**
 * "the handle X", "his username X", "screen name X", "posts as X", "goes by X", "user x_99": the words right before token `i` cue a
 * screen name. A cue noun needs its determiner ("might handle cases" is a verb's object); the name after any cue must
 * be a word the lexicon does not know ("goes by bus", "posts as well" are no names).
 */
function afterScreenNameCue(sentence: Sentence, i: number): boolean {
  const [one, two] = [sentence[i - 1], sentence[i - 2]];
  if (one === undefined || /[^\s]/.test(one.post) || sentence[i].lexicon !== 0) {
    return false;
  }
  if ((has(SCREEN_NAME_NOUNS, one.lower) && two !== undefined && has(NOUN_DETERMINERS, two.lower)) || (one.lower === 'name' && two?.lower === 'screen')) {
    return true;
  }
  if (has(SCREEN_NAME_USER_NOUNS, one.lower) && !one.capitalised && HANDLE_SHAPE.test(sentence[i].text)) {
    // "user rookpawn_12 said": a member's noun with no determiner, so only a handle's shape makes the word a name.
    return true;
  }
  return two !== undefined && !/[^\s]/.test(two.post)
    && ((one.lower === 'as' && has(SCREEN_NAME_VERBS, two.lower)) || (one.lower === 'by' && has(SCREEN_NAME_GOING_VERBS, two.lower)));
}

/**
 * An @-handle standing as a person's name in the sentence: after a lower-case noun naming them ("analyst @kelsowatch",
 * "the trader @dotgrid") or as a verb's subject ("@kelsowatch wrote"); not a sign-off's handle after a platform
 * ("Follow her on Vardogram @danakelso") or in brackets beside the writer's name.
 */
function usedAsName(sentence: Sentence, i: number): boolean {
  const before = sentence[i - 1], after = sentence[i + 1];
  const named = before !== undefined && !before.capitalised && /^\s+$/.test(before.post) && (before.tags & Tag.Noun) !== 0 && !has(ARTICLES, before.lower);
  const subject = after !== undefined && /^\s+$/.test(sentence[i].post) && (after.tags & Tag.Verb) !== 0 && !/\(\s*$/.test(sentence[i].pre);
  return named || subject;
}

/**
 * The lower-case word of token `i` with ", the payments start-up," after it: an appositive headed by a body's noun. The
 * word stands bare, as a name does (after a verb, a preposition, a conjunction or at the sentence's start), not after a
 * determiner, a number or another word of its noun phrase ("a second asteroid, the agency said", "the slide evacuation,
 * the carrier adds"); and the noun is no attribution's subject (", the agency said").
 */
function hasBodyAppositive(sentence: Sentence, i: number): boolean {
  const opening = sentence[i + 1], before = sentence[i - 1];
  if (!/^,\s*$/.test(sentence[i].post) || opening === undefined || !has(ARTICLES, opening.lower)) {
    return false;
  }
  const bare = before === undefined || /[,;:(]\s*$/.test(before.post) || (before.tags & (Tag.Verb | Tag.Preposition | Tag.Conjunction)) !== 0;
  if (!bare || (before !== undefined && has(NOUN_DETERMINERS, before.lower))) {
    return false;
  }
  for (let q = i + 2; q < sentence.length && q <= i + 1 + MAX_APPOSITIVE_WORDS; q++) {
    const token = sentence[q], next = sentence[q + 1];
    // "start-up" is two tokens to the tagger.
    const word = next !== undefined && token.post === '-' ? `${token.lower}-${next.lower}` : token.lower;
    // "kelpo, the payments start-up": the noun with a word of its trade or place before it; "two years after the merger,
    // the company, which …" opens a clause with a bare "the company".
    if (!token.capitalised && q > i + 2 && (has(ORG_NOUNS_AFTER, word) || has(ORG_APPOSITIVE_NOUNS, word))) {
      const after = token.post === '-' ? sentence[q + 2] : next;
      return after === undefined || !has(SPEECH_VERBS, after.lower);
    }
    if (/[,;:.!?]/.test(token.post)) {
      return false;
    }
  }
  return false;
}

/** Endings of common nouns the lexicon may not know ("leadership", "management", "secretariat"): no brand after a body's noun. */
const COMMON_NOUN_ENDING = /(?:ship|ment|tion|sion|ness|ism|ity|iat|ence|ance|ing|ers)$/;

/** Most modifiers between the article and a body's kind noun before a lower-case name ("the Austrian privacy group vurdo"). */
const MAX_KIND_MODIFIERS = 2;

/**
 * Token `at` is one of one or two modifiers right after an article ("the privacy group", "an Austrian privacy group"):
 * a kind noun introduced so; an owner's possessive or no article ("Britain's regional newspaper industry", "his firm")
 * is no such phrase.
 */
function modifiedAfterArticle(sentence: Sentence, at: number): boolean {
  let k = at;
  while (k >= 0 && at - k < MAX_KIND_MODIFIERS && !has(ARTICLES, sentence[k].lower) && /^ $/.test(sentence[k].post) && !/['’]/.test(sentence[k].text)
    && (sentence[k].tags & (Tag.Adjective | Tag.Noun)) !== 0) {
    k--;
  }
  return k >= 0 && k < at && has(ARTICLES, sentence[k].lower) && /^ $/.test(sentence[k].post);
}

/**
 * "the privacy group vurdo said", "a campaign group, vurdo,": a lower-case word the lexicon does not know right after a
 * lower-case noun naming a kind of body (lists org-nouns-after, trade-nouns-before), that noun itself after an
 * article and one or two modifiers (not an owner's possessive, "the regulator's deadline"), and the subject of a verb right
 * after it, is the body's name styled in lower case; no adverb ("his firm never tested", "the bank clearly wanted"). A word of the body's own people or parts ("the union leadership said", "the group staff") is none:
 * a post, a kind noun of its own ("the campaign group website"), or a common noun's ending.
 */
function afterBodyKindNoun(sentence: Sentence, i: number): boolean {
  const token = sentence[i], noun = sentence[i - 1], opener = sentence[i - 2], next = sentence[i + 1];
  if (noun === undefined || opener === undefined || next === undefined || noun.capitalised || !/^ $/.test(noun.post) || !/^ $/.test(opener.post) || /['’]/.test(noun.text)) {
    return false;
  }
  const isKindNoun = (word: string) => has(ORG_NOUNS_AFTER, word) || has(TRADE_NOUNS_BEFORE, word) || has(ORG_APPOSITIVE_NOUNS, word);
  // A second kind noun is a compound's head ("the campaign group website"), no name.
  const kindNoun = isKindNoun(noun.lower) && !isKindNoun(token.lower);
  const inNounPhrase = modifiedAfterArticle(sentence, i - 2);
  // The name is the subject of the verb right after it: a compound noun ends a sentence as often ("a newspaper headline.").
  const subject = (next.tags & Tag.Verb) !== 0 && (next.lexicon & Tag.Verb) !== 0 && /^ $/.test(token.post);
  return kindNoun && inNounPhrase && subject && brandShaped(token) && !has(TITLE_HEADS, token.lower);
}

/**
 * A lower-case word that may be a brand's name: one the tagger reads as a singular noun, with no common noun's ending. The
 * lexicon lacks many common words, so "voters in the north, in particular, the city's largest group,", "In addition, the
 * finance committee met", "the charity's group never received it" or "volunteers, the campaign's largest group," read a
 * plain word as a body without it: an adjective, an adverb or an untagged word, a plural or a verb is no brand's name.
 */
function brandShaped(token: Token): boolean {
  const otherWord = (token.tags & (Tag.Adverb | Tag.Adjective | Tag.Verb | Tag.Preposition | Tag.Determiner | Tag.Plural)) !== 0 || /ly$/.test(token.lower);
  return (token.tags & Tag.Noun) !== 0 && !otherWord && !COMMON_NOUN_ENDING.test(token.lower);
}

/**
 * "blueFin Partners", "nestPay Capital": a lower-camel word before capitalised words that end on a body's head noun
 * (list org-heads) opens the body's name; the index of the name's last word, or undefined.
 */
function camelBodyEnd(sentence: Sentence, i: number): number | undefined {
  for (let j = i + 1; j < sentence.length && j <= i + MAX_CAMEL_BODY_WORDS; j++) {
    const token = sentence[j];
    if (!token.capitalised || !/^\s+$/.test(sentence[j - 1].post + token.pre) || sentence[j - 1].post.includes('\n')) {
      return undefined;
    }
    const next = sentence[j + 1];
    if (has(ORG_HEADS, token.lower) && (next === undefined || !next.capitalised || !/^\s+$/.test(token.post))) {
      return j;
    }
  }
  return undefined;
}

/**
 * The lower-case names of a sentence, as drafts of one token (a lower-camel brand's, up to its body's head noun): an @-handle in lower case and a word after a screen-name
 * cue are screen names (a person unless other evidence shows a body); a word the lexicon does not know, with a body's
 * appositive after it, is a brand. A lower-case token is in no run of capitals; a lower-camel brand's draft takes in the
 * capitalised words after it, whose own draft it replaces (names.ts `withLowerCaseNames`).
 */
export function lowerCaseNameDrafts(sentence: Sentence): Draft[] {
  const drafts: Draft[] = [];
  sentence.forEach((token, i) => {
    if (token.capitalised || !standsAlone(token)) {
      return;
    }
    const camelEnd = LOWER_CAMEL.test(token.text) ? camelBodyEnd(sentence, i) : undefined;
    if (camelEnd !== undefined) {
      drafts.push({ first: i, last: camelEnd, evidence: 0n });
      return;
    }
    if ((LOWER_HANDLE.test(token.text) && usedAsName(sentence, i)) || (LOWER_SCREEN_NAME.test(token.text) && afterScreenNameCue(sentence, i))) {
      drafts.push({ first: i, last: i, evidence: Evidence.ScreenName | Evidence.LowerCase });
    } else if (LOWER_BRAND.test(token.text) && token.lexicon === 0 && brandShaped(token)
      && (hasBodyAppositive(sentence, i) || afterBodyKindNoun(sentence, i))) {
      drafts.push({ first: i, last: i, evidence: Evidence.LowerCase });
    }
  });
  return drafts;
}

/** The evidence a lower-case name's other bare uses inherit from the use that showed it. */
const REPEATED_EVIDENCE = Evidence.ScreenName | Evidence.LowerCase | Evidence.OrgTag;

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a span overlaps any of the candidates: their spans sorted by start, with the furthest end reached so far, so a
 * lookup is one binary search (the overlapping candidate, if any, is among those starting before the span's end) instead
 * of a scan of the document's candidates for each use of a repeated name.
 */
export function overlapTest(placed: readonly Placed[]): (start: number, end: number) => boolean {
  const spans = placed.map(entry => entry.c).sort((left, right) => left.start - right.start);
  const starts = spans.map(span => span.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const span of spans) {
    furthest = Math.max(furthest, span.end);
    reach.push(furthest);
  }
  return (start, end) => {
    // The last candidate starting before `end`.
    let low = 0, high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < end) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low > 0 && reach[low - 1] > start;
  };
}

/**
 * Every candidate of the document with the other bare uses of each lower-case name one use showed ("A trader who posts
 * as dotgrid … “…,” dotgrid wrote", "kelpo, the payments start-up, … kelpo's customers"), as written in lower case (a
 * capitalised use opening a sentence is a run of capitals already) and not inside a longer word, an address or another
 * candidate; in text order, `expands` renumbered.
 */
export function withLowerCaseRepeats(placed: readonly Placed[], text: string): Placed[] {
  const shown = new Map<string, NameCandidate>();
  for (const { c: candidate } of placed) {
    if ((candidate.evidence & Evidence.LowerCase) !== 0n && candidate.words.length === 1 && !shown.has(candidate.words[0])) {
      shown.set(candidate.words[0], candidate);
    }
  }
  if (shown.size === 0) {
    return [...placed];
  }
  const extra: Placed[] = [];
  let overlaps: ((start: number, end: number) => boolean) | undefined;
  for (const [word, origin] of shown) {
    const uses = new RegExp(`(?<![\\p{L}\\d_@.])@?${escapeRegExp(word)}(?![\\p{L}\\d_@]|[.-][\\p{L}\\d])`, 'gu');
    for (const m of text.matchAll(uses)) {
      const start = m.index + (m[0].startsWith('@') ? 1 : 0), end = m.index + m[0].length;
      if ((overlaps ??= overlapTest(placed))(start, end)) {
        continue;
      }
      extra.push({ c: { start, end, text: text.slice(start, end), words: origin.words, evidence: origin.evidence & REPEATED_EVIDENCE }, roles: [], start: undefined });
    }
  }
  return withExtraCandidates(placed, extra);
}

/** The candidates with `extra` ones (no roles of their own) put in text order, `expands` and the roles' names renumbered. */
export function withExtraCandidates(placed: readonly Placed[], extra: readonly Placed[]): Placed[] {
  if (extra.length === 0) {
    return [...placed];
  }
  const all = inTextOrder(placed, extra);
  // Where each of `placed` went (its index in `all`); -1 for none, read as "not moved" as a missing entry was.
  const moved = new Int32Array(placed.length).fill(-1);
  all.forEach(({ index }, at) => {
    if (index >= 0) {
      moved[index] = at;
    }
  });
  const movedTo = (index: number | undefined): number | undefined => index === undefined || !(index >= 0 && index < moved.length) || moved[index] < 0 ? undefined : moved[index];
  return all.map(({ entry }) => {
    const expands = entry.c.expands === undefined ? undefined : movedTo(entry.c.expands);
    // Most entries keep their numbers: their roles are copied only when one moves (no garbage on every edit).
    const same = expands === entry.c.expands && entry.roles.every(role => (movedTo(role.name) ?? role.name) === role.name);
    return same ? entry : { ...entry, c: { ...entry.c, expands }, roles: entry.roles.map(role => ({ ...role, name: movedTo(role.name) ?? role.name })) };
  });
}

/**
 * `placed` and `extra` in text order, each with its index in `placed` (-1 for an extra one); at the same start a
 * candidate of `placed` comes first, and each list keeps its own order among equal starts (a stable sort by start).
 * The document's candidates come in text order already (paragraph by paragraph), so only the few extra ones are
 * sorted and the two lists merged; the whole list is sorted only when `placed` is out of order.
 */
function inTextOrder(placed: readonly Placed[], extra: readonly Placed[]): { entry: Placed; index: number }[] {
  let ordered = true;
  for (let i = 1; i < placed.length && ordered; i++) {
    ordered = placed[i - 1].c.start <= placed[i].c.start;
  }
  if (!ordered) {
    return [...placed.map((entry, index) => ({ entry, index })), ...extra.map(entry => ({ entry, index: -1 }))]
      .sort((left, right) => left.entry.c.start - right.entry.c.start || (left.index < 0 ? 1 : 0) - (right.index < 0 ? 1 : 0));
  }
  const added = [...extra].sort((left, right) => left.c.start - right.c.start);
  const all: { entry: Placed; index: number }[] = [];
  let j = 0;
  placed.forEach((entry, index) => {
    while (j < added.length && added[j].c.start < entry.c.start) {
      all.push({ entry: added[j++], index: -1 });
    }
    all.push({ entry, index });
  });
  while (j < added.length) {
    all.push({ entry: added[j++], index: -1 });
  }
  return all;
}
