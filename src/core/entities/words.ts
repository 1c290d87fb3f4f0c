// What each token of a sentence is to the name rules: capitalised word, honorific, part of a title, particle,
// and where punctuation breaks a name. Pure functions over the adapter's tokens.
import {
  ABBREVIATED_TITLES, COMPANY_DESIGNATORS, DROPPED_CLUB_PREFIXES, LEGAL_FORMS, HONORIFICS, HONOURS, MODIFIER_SUFFIXES, NAME_PARTICLES, ORG_HEADS, SENTENCE_STARTERS, TITLE_COMPLEMENTS, TITLE_HEADS,
  TITLE_MODIFIERS, TITLE_POSTMODIFIERS, has,
} from '../lexicon/entities';
import { ABBREVIATION_CONNECTORS, HOLDING_WORDS, TITLE_CONNECTORS, TRAILING_JOINERS } from '../lexicon/names';
import { Tag, type Sentence, type Token } from '../nlp/tokens';

/**
 * Initials of a multiword name, function words skipped ("North Atlantic Treaty Organization" → "NATO").
 * Lives here, not beside the paragraph pass, so that link.ts (and the extension host bundle through
 * compareDocuments) can use it without loading compromise.
 */
export function initialsOf(words: readonly string[]): string {
  return words.flatMap(w => w.split('-')).filter(w => w && !ABBREVIATION_CONNECTORS.has(w)).map(w => w[0]).join('');
}

/** Most extra letters one word may give an abbreviation beyond its initial ("SouthEast" in "ASEAN"). */
const MAX_EXTRA_LETTERS = 2;

/**
 * Whether an abbreviation spells a multiword name when a word may give more than its initial, in order
 * ("asean": Association of SouthEast Asian Nations; "unesco"), function words giving their initial or nothing.
 * Every other word gives at least its initial.
 */
export function spellsAbbreviation(abbreviation: string, words: readonly string[]): boolean {
  const parts = words.flatMap(w => w.split('-')).filter(Boolean);
  if (abbreviation.length < 3 || parts.length < 2 || parts.length > 12) {
    return false;
  }
  const failed = new Set<number>();
  const go = (i: number, j: number): boolean => {
    if (j === parts.length) {
      return i === abbreviation.length;
    }
    const key = i * 16 + j;
    if (failed.has(key)) {
      return false;
    }
    const w = parts[j];
    if ((ABBREVIATION_CONNECTORS.has(w) && go(i, j + 1)) || (i < abbreviation.length && w[0] === abbreviation[i] && takeRest(i + 1, j, 1, 0))) {
      return true;
    }
    failed.add(key);
    return false;
  };
  // After a word's initial, more of its letters in order, then the next word.
  const takeRest = (i: number, j: number, from: number, extra: number): boolean => {
    if (go(i, j + 1)) {
      return true;
    }
    if (extra >= MAX_EXTRA_LETTERS || i >= abbreviation.length) {
      return false;
    }
    const at = parts[j].indexOf(abbreviation[i], from);
    return at > 0 && takeRest(i + 1, j, at + 1, extra + 1);
  };
  return go(0, 0);
}

/**
 * A company's name words without its trailing company-form ending: "Norvex Motor Corp" → "norvex motor",
 * "BBK Ltd" → "bbk", "Valmart Holding Corp" → "valmart". Two words stay unless the ending is a legal form.
 */
export function withoutDesignator(words: readonly string[]): string[] {
  // "FC Rostov" is called "Rostov".
  const w = words.length > 1 && DROPPED_CLUB_PREFIXES.has(words[0]) ? words.slice(1) : [...words];
  let stripped = false;
  while (w.length > 1 && COMPANY_DESIGNATORS.has(w[w.length - 1]) && (w.length > 2 || LEGAL_FORMS.has(w[w.length - 1]))) {
    w.pop();
    stripped = true;
  }
  while (stripped && w.length > 1 && (HOLDING_WORDS.has(w[w.length - 1]) || TRAILING_JOINERS.has(w[w.length - 1]))) {
    w.pop();
  }
  return w;
}

/** An abbreviation as initials compare it: "DAP-K" → "dapk". */
export function abbreviationKey(word: string): string {
  return word.replace(/[-.]/g, '');
}

/** The part a token plays in a title chain ("Secretary of State", "Prime Minister", "former president"). */
export enum TitlePart { None, Head, PluralHead, Modifier, Post, Complement }

const ALL_CAPS = /^(?:[\p{Lu}\d&]*\p{Lu}[\p{Lu}\d&]*|(?:\p{Lu}\.)+\p{Lu}\.?)$/u;
const OPENING_QUOTES = /[“"‘'«„‹]/;
const POSSESSIVE_END = /['’]s?$/;

export function isCapitalised(t: Token): boolean {
  return t.capitalised;
}

export function isAllCaps(t: Token): boolean {
  return t.text.length >= 2 && ALL_CAPS.test(t.text.replace(POSSESSIVE_END, ''));
}

export function isPossessive(t: Token): boolean {
  return POSSESSIVE_END.test(t.text) || /^['’]/.test(t.post);
}

const LOWER_SUFFIX = /-(\p{Ll}[\p{L}-]*)$/u;

/** "-like" in "Nato-like", not "-yul" in "Cho Tae-yul". */
function modifierSuffix(text: string): RegExpExecArray | null {
  const m = LOWER_SUFFIX.exec(text);
  return m && has(MODIFIER_SUFFIXES, m[1].toLowerCase().split('-')[0]) ? m : null;
}

/** Offsets of the word without a leading #/@, a possessive ending or a lower-case suffix ("Nato-like"). */
export function wordSpan(t: Token): { start: number; end: number } {
  let start = t.start, end = t.end;
  if (/^[#@]/.test(t.text)) {
    start++;
  }
  const m = POSSESSIVE_END.exec(t.text) ?? modifierSuffix(t.text);
  if (m && end - m[0].length > start) {
    end -= m[0].length;
  }
  return { start, end };
}

/** The lower-case form of the name part of a token (without "#", possessive or "-like" suffix). */
export function nameWord(t: Token): string {
  const suffix = modifierSuffix(t.lower);
  const word = (suffix ? t.lower.slice(0, suffix.index) : t.lower).replace(/^[#@]/, '');
  return /^(?:\p{Ll}\.)+\p{Ll}?\.?$/u.test(word) ? word.replace(/\./g, '') : word;
}

/** An initial and the capitalised word after it, across the initial's full stop ("W. Bush", "J. D."). */
export function joinedAfterInitial(a: Token, b: Token): boolean {
  return /^\p{Lu}$/u.test(a.text) && /^\.\s*$/.test(a.post + b.pre) && !/\n/.test(a.post) && isCapitalised(b);
}

/** True when `b` follows `a` directly or across a bare hyphen (no punctuation, no possessive in between). */
export function joined(a: Token, b: Token): boolean {
  if (isPossessive(a)) {
    // "People's Party", "Workers' Party": a possessive inside an organisation's name.
    return isCapitalised(a) && isCapitalised(b) && has(ORG_HEADS, b.lower) && /^\s+$/.test(a.post + b.pre) && !/\n/.test(a.post)
      && ((a.tags | a.lexicon) & Tag.Place) === 0;
  }
  const gap = a.post + b.pre;
  return /^\s*$/.test(gap) && !/\n/.test(gap) || gap === '-';
}

export function hyphenated(a: Token, b: Token): boolean {
  return a.post + b.pre === '-';
}

/** A courtesy honorific, abbreviated title or honour before a name. */
export function isHonorific(t: Token): boolean {
  return isCapitalised(t) && (has(HONORIFICS, t.lower) || has(ABBREVIATED_TITLES, t.lower) || has(HONOURS, t.lower));
}

export function isParticle(t: Token): boolean {
  return !isCapitalised(t) && has(NAME_PARTICLES, t.lower);
}

/** Opens a sentence or a quotation, so its capital says nothing about being a name. */
export function opensSentence(s: Sentence, i: number): boolean {
  if (i === 0 || OPENING_QUOTES.test(s[i].pre)) {
    return true;
  }
  const prev = s[i - 1];
  if (/^\.\s*$/.test(prev.post) && (isHonorific(prev) || /^\p{Lu}$/u.test(prev.text))) {
    return false;
  }
  return /[:—–.!?]["”’]?\s*$/.test(prev.post) || /\s-\s*$/.test(prev.post) || /^\s*-\s*$/.test(prev.post) && /\s$/.test(prev.post);
}

/** A sentence opener that is a function word ("But", "The", "Meanwhile"), never part of a name or a title. */
export function isFunctionOpener(t: Token): boolean {
  const functionWord = Tag.Adverb | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun;
  return has(SENTENCE_STARTERS, t.lower) || ((t.lexicon & functionWord) !== 0 && (t.lexicon & (Tag.Noun | Tag.Adjective)) === 0);
}

/**
 * A capitalised word that is only capitalised because it opens a sentence: a known word that is not a name.
 * Unknown words stay (in-context tags are unreliable for unknown names: "Hrytsenky" reads as an adjective).
 */
export function isCommonOpener(t: Token): boolean {
  if (has(SENTENCE_STARTERS, t.lower)) {
    return true;
  }
  const nameLike = Tag.Person | Tag.FirstName | Tag.LastName | Tag.Place | Tag.Organization | Tag.Honorific | Tag.Acronym | Tag.Demonym;
  if ((t.lexicon & nameLike) !== 0 || isAllCaps(t)) {
    return false;
  }
  if (t.lexicon !== 0) {
    return true;
  }
  const functionWord = Tag.Adverb | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun;
  return (t.tags & functionWord) !== 0 && (t.tags & (Tag.Person | Tag.Place | Tag.Organization)) === 0;
}

function singular(word: string): string | undefined {
  if (word.endsWith('ies')) {
    return word.slice(0, -3) + 'y';
  }
  if (word.endsWith('men')) {
    return word.slice(0, -3) + 'man';
  }
  return word.endsWith('s') ? word.slice(0, -1) : undefined;
}

/**
 * The title part of every token of a sentence. Complements after "of"/"for" count only after a head and
 * only when the department is a known one ("Secretary of State"), or a single capitalised word that is
 * followed by a two-word name ("Minister for Europe Jane Doe").
 */
export function titleParts(s: Sentence): TitlePart[] {
  const parts: TitlePart[] = s.map(t => {
    if (has(TITLE_HEADS, t.lower)) {
      return TitlePart.Head;
    }
    const one = singular(t.lower);
    if (one && has(TITLE_HEADS, one)) {
      return TitlePart.PluralHead;
    }
    if (has(TITLE_POSTMODIFIERS, t.lower)) {
      return TitlePart.Post;
    }
    return has(TITLE_MODIFIERS, t.lower) ? TitlePart.Modifier : TitlePart.None;
  });
  for (let i = 0; i + 2 < s.length; i++) {
    if (parts[i] !== TitlePart.Head || !TITLE_CONNECTORS.has(s[i + 1].lower) || !joined(s[i], s[i + 1])) {
      continue;
    }
    const length = complementLength(s, i + 2, isCapitalised(s[i]));
    if (length > 0) {
      for (let k = i + 1; k < i + 2 + length; k++) {
        parts[k] = TitlePart.Complement;
      }
    }
  }
  return parts;
}

/**
 * Length of the department after a title's connector, or 0. Beyond the known departments, a capitalised title
 * ("Envoy for Yemen Jane Doe") may take one capitalised word when a name follows it.
 */
function complementLength(s: Sentence, from: number, capitalisedTitle: boolean): number {
  let best = 0;
  let phrase = '';
  for (let k = from; k < s.length && k < from + 5; k++) {
    if (k > from && !joined(s[k - 1], s[k])) {
      break;
    }
    phrase = phrase ? `${phrase} ${s[k].lower}` : s[k].lower;
    if (has(TITLE_COMPLEMENTS, phrase)) {
      best = k - from + 1;
    }
  }
  // A department counts only when a name follows it ("Secretary of State Marta Quiroga"), and not when the
  // capitals run on into an organisation's name ("chairman of the Senate Judiciary Committee").
  const nameAfter = (end: number): boolean => {
    let k = end;
    while (k + 1 < s.length && isCapitalised(s[k + 1]) && joined(s[k], s[k + 1])) {
      k++;
    }
    return k > end && !s.slice(end + 1, k + 1).some(t => has(ORG_HEADS, t.lower));
  };
  if (best > 0) {
    return nameAfter(from + best - 1) ? best : 0;
  }
  const skip = s[from]?.lower === 'the' ? 1 : 0;
  const next = s[from + skip], a = s[from + skip + 1], b = s[from + skip + 2];
  const nameWords = a && b && isCapitalised(a) && (isCapitalised(b) || isParticle(b)) && joined(a, b);
  if (capitalisedTitle && next && nameWords && isCapitalised(next) && joined(next, a) && nameAfter(from + skip)) {
    return 1 + skip;
  }
  return 0;
}

/** True for the words that make a chain a title: a head noun, singular or plural. */
export function isHead(part: TitlePart): boolean {
  return part === TitlePart.Head || part === TitlePart.PluralHead;
}
