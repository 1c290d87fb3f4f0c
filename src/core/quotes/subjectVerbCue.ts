// The last cue tried before a quotation: the sentence's named subject and whatever verb it governs
// ("Ms. Alvarez bemoaned “…”", "Okafor went on to call it “…”", "On Tuesday, Acme Corp. cautioned
// that “…”"). News writing uses far more speech verbs than any list holds ("gushed", "interjected",
// "quipped", "advises"), and a quotation inside a clause whose subject is a named speaker is that
// speaker's words. It runs only when no listed reporting verb, "according to" or colon credits the
// quotation, and reads only a name (not a pronoun or a description) that opens its clause.

import type { Span } from '../model';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import type { SpeakerRef, SubjectReader } from './subject';
import { isSkippable } from './subjectTokens';
import { GENDERED_SUBJECT_PRONOUNS, TITLE_NOUNS } from '../lexicon/quotes';
import { BE_FORMS, CLAUSE_CONJUNCTIONS, CLAUSE_CONNECTIVES, HAVE_FORMS, CLAUSE_SUBORDINATORS, NOT_SPEECH_VERBS, VERB_AUXILIARIES } from '../lexicon/quoteCues';
import type { MaskedToken } from './tokens';
import { ROLE_TIME_MODIFIERS } from '../lexicon/roles';
import { UNIT_WORDS } from '../lexicon/numbers';
import { ABBREVIATED_TITLES, has, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/entities';

export interface SubjectVerbCue {
  readonly ref: SpeakerRef;
  readonly span: Span;
}

/** How far into its clause the verb may stand (a long appositive: "X, a former aide who …, recalled"). */
const MAX_VERB_DISTANCE = 30;

/**
 * A word that can be a finite verb: compromise's lexicon says so, or it ends like a past tense ("-ed")
 * or a third person ("-s", "-es") and the lexicon does not make it a noun.
 */
export function looksLikeVerb(tokens: readonly MaskedToken[], verbAt: number): boolean {
  const t = tokens[verbAt];
  // "X didn't hold back either: “…”": a negated auxiliary written short is the clause's finite verb, its apostrophe
  // no bar (the word after it is read as a verb through VERB_AUXILIARIES too).
  if (t.kind === 'word' && /n['’]t$/.test(t.lower) && VERB_AUXILIARIES.has(t.lower.replace('’', "'"))) {
    return true;
  }
  if (t.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || NOT_SPEECH_VERBS.has(t.lower) || /ing$/.test(t.lower)) {
    return false;
  }
  const previous = tokens[verbAt - 1];
  if (previous && VERB_AUXILIARIES.has(previous.lower)) {
    return true;
  }
  const flags = lexiconFlags(t.lower);
  // A past participle is often listed as an adjective too ("worried", "concerned").
  if (flags & Tag.Verb || (/ed$/.test(t.lower) && !(flags & Tag.Noun))) {
    return true;
  }
  if (flags & (Tag.Noun | Tag.Adjective | Tag.Adverb | Tag.Preposition | Tag.Determiner | Tag.Conjunction | Tag.Pronoun)) {
    return false;
  }
  return /^\p{Ll}{2,}ed$/u.test(t.lower) || /^\p{Ll}{3,}[^su']s$/u.test(t.lower);
}

/** "X is once again questioning …": a form of "be" before an -ing word is the verb of a progressive. */
function isProgressive(tokens: readonly MaskedToken[], verbAt: number): boolean {
  if (!BE_FORMS.has(tokens[verbAt].lower)) {
    return false;
  }
  let k = verbAt + 1;
  while (k < tokens.length && isSkippable(tokens[k])) {
    k++;
  }
  return /^\p{Ll}{2,}ing$/u.test(tokens[k]?.text ?? '');
}

/**
 * Token indices where a clause may begin: the sentence start, after a connective, after each comma before the
 * quotation ("After the second contest on Tuesday, X referred to Y as “…”", "As part of the exchange with Y,
 * X referenced …"), nearest the sentence start first; a sentence start after a subordinator goes last.
 */
function clauseStarts(tokens: readonly MaskedToken[], lo: number): number[] {
  const first = afterConnectives(tokens, lo);
  const starts: number[] = [];
  const conjoined: number[] = [];
  for (let k = lo; k < tokens.length; k++) {
    if (tokens[k].kind === 'quote') {
      break;
    }
    if (tokens[k].text === ',' || closesDateline(tokens, lo, k)) {
      starts.push(afterConnectives(tokens, k + 1));
      if (tokens[k].text === ',' && CLAUSE_CONJUNCTIONS.has(tokens[k + 1]?.lower ?? '')) {
        conjoined.unshift(starts[starts.length - 1]);
      }
    }
  }
  // "As X spoke, the Vardo union was lobbying against “…”": a clause opened by a subordinator leans on the
  // main clause after its comma, whose named subject goes first; the subordinate clause's subject only when none is named.
  const ordered = tokens.slice(lo, first).some(token => CLAUSE_SUBORDINATORS.has(token.lower)) ? [...starts, first] : [first, ...starts];
  // "X signed the order, while Y, the former governor, proposed “…”": a second clause joined after a comma has its
  // own subject, and the quotation in it is that subject's; the one nearest the quotation goes first.
  return [...conjoined, ...ordered.filter(start => !conjoined.includes(start))];
}

/** A dash, en dash or double hyphen as one token. */
const DASH = /^(?:[\u2014\u2013\u2015]|--?)$/u;

/**
 * "MARWICK, July 25 (KNS) — The Vardo board released …": a dash after a dateline, whose words all open with a capital
 * or a digit, ends it; the article's first clause starts after it.
 */
function closesDateline(tokens: readonly MaskedToken[], lo: number, at: number): boolean {
  return at > lo && DASH.test(tokens[at].text) && tokens.slice(lo, at).every(token => token.kind !== 'word' || /^[\p{Lu}\d]/u.test(token.text));
}

/** The first token after the connectives that open a clause ("But", "and as", "Still,"). */
function afterConnectives(tokens: readonly MaskedToken[], start: number): number {
  let k = start;
  while (k < tokens.length && k - start < 3 && tokens[k].kind === 'word' && CLAUSE_CONNECTIVES.has(tokens[k].lower)) {
    k++;
    if (tokens[k]?.text === ',') {
      k++;
    }
  }
  return k;
}

/**
 * "Speaking later, former Marwick Mayor X agreed, …": a lower-case word that dates a post ("former", "then") before a
 * capitalised title opens the clause as the title would; the clause is read from the title.
 */
function afterTimeModifier(tokens: readonly MaskedToken[], at: number): number {
  const next = tokens[at + 1];
  return tokens[at]?.kind === 'word' && ROLE_TIME_MODIFIERS.has(tokens[at].text) && next?.kind === 'word' && /^\p{Lu}/u.test(next.text) ? at + 1 : at;
}

/** "X has since apologised": "since" after a form of "have" dates the verb; the subject stands before them. */
function sinceBefore(tokens: readonly MaskedToken[], verbAt: number, start: number): boolean {
  return verbAt - 2 > start && tokens[verbAt - 1].lower === 'since' && HAVE_FORMS.has(tokens[verbAt - 2].lower);
}

/**
 * "The three-member Kelso Inquiry Board found that … “…”", "The 15-strong panel's chair, X, …": a body's size written
 * as a number and a hyphened noun right after the clause's opening "The" describes the body named after it, no word of
 * another clause.
 */
function isSizeModifier(tokens: readonly MaskedToken[], k: number, start: number): boolean {
  const [count, noun] = tokens[k].lower.split('-');
  return k === start + 1 && tokens[start].lower === 'the' && noun !== undefined && /^\p{Ll}+$/u.test(noun)
    && (/^\d+$/.test(count) || count in UNIT_WORDS.values);
}

/**
 * Whether only a title stands between the clause's first token and the subject ("Gov. Jane Doe of X lauded"), its
 * lower-case words too ("Former Vardo presidential candidate Jane Doe explained …": title-heads, title-modifiers).
 */
function onlyTitleBefore(tokens: readonly MaskedToken[], start: number, subjectStart: number): boolean {
  for (let k = start; k < tokens.length && tokens[k].start < subjectStart; k++) {
    if (tokens[k].text !== '.' && !/^\p{Lu}/u.test(tokens[k].text) && !has(TITLE_HEADS, tokens[k].lower) && !has(TITLE_MODIFIERS, tokens[k].lower)
      && !isSizeModifier(tokens, k, start)) {
      return false;
    }
  }
  return true;
}

/** How many words a title set before its holder's name may have ("The party's deputy leader, X, …"). */
const MAX_TITLE_APPOSITIVE_WORDS = 5;

/**
 * "The party leader, X, has put out a statement: “…”": the clause opens with a title whose head (list title-heads)
 * ends right before a comma and the name, a title set before its holder as an appositive; its words stand only for the person named after it, who is the clause's subject.
 */
function titleAppositiveBefore(tokens: readonly MaskedToken[], start: number, subjectStart: number): boolean {
  let k = tokens.findIndex(token => token.start >= subjectStart);
  // "The envoy, Ms X, …", "The envoy, Dr. X, …": a courtesy form or an abbreviated title between the comma and the
  // name is no word of the title before it.
  const courtesy = (at: number) => at > start && (has(HONORIFICS, tokens[at].lower) || has(ABBREVIATED_TITLES, tokens[at].lower));
  if (tokens[k - 1]?.text === '.' && courtesy(k - 2)) {
    k--;
  }
  if (courtesy(k - 1)) {
    k--;
  }
  if (k - 2 < start || tokens[k - 1].text !== ',') {
    return false;
  }
  const head = titleHeadBefore(tokens, start, k - 1);
  if (head < 0 || head - start + 1 > MAX_TITLE_APPOSITIVE_WORDS) {
    return false;
  }
  // (A noun the lexicon also lists as a verb, "party", may stand in the title; a form of "be" or "have" or a past
  // tense may not.)
  return tokens.slice(start, k - 1).every(token => token.kind === 'word' && !BE_FORMS.has(token.lower) && !HAVE_FORMS.has(token.lower) && !/^\p{Ll}{2,}ed$/u.test(token.text));
}

/** How many capitalised words the portfolio after a title's head may have ("Envoy for Hostage Affairs"). */
const MAX_PORTFOLIO_WORDS = 4;

/**
 * The index of the title's head (list title-heads) that ends the words before the comma at tokens[comma]: the word
 * right before it, or one followed by a portfolio, "for"/"of" and capitalised words ("Norway's Special Envoy for
 * Fisheries, X,"; "and" may join them); -1 when there is none.
 */
function titleHeadBefore(tokens: readonly MaskedToken[], start: number, comma: number): number {
  if (has(TITLE_HEADS, tokens[comma - 1].lower)) {
    return comma - 1;
  }
  let k = comma - 1;
  while (k > start && comma - k <= MAX_PORTFOLIO_WORDS && tokens[k].kind === 'word' && (/^\p{Lu}/u.test(tokens[k].text) || tokens[k].lower === 'and')) {
    k--;
  }
  return k > start && k < comma - 1 && (tokens[k].lower === 'for' || tokens[k].lower === 'of') && has(TITLE_HEADS, tokens[k - 1].lower) ? k - 1 : -1;
}

/**
 * "X lost the vote and said …", "X had a long night and told …": before "and" and a reporting verb, the clause's first
 * verb may be one that makes no speaker on its own (quote-not-speech-verbs: "X lost “…”" is no speech), but not a form
 * of "be" (a passive's subject is read by its own rule). The reporting verb after "and" shares the subject.
 */
function isFirstOfCoordinatedVerbs(token: MaskedToken): boolean {
  return token.kind === 'word' && NOT_SPEECH_VERBS.has(token.text) && !BE_FORMS.has(token.text);
}

/**
 * "A spokeswoman for the Office for Food, Water and Rural Affairs said: “…”": a comma inside a body's name opens no
 * clause; the name found from such a start began before it, in the phrase of the clause that holds it (here a
 * spokeswoman's complement), and is no subject of its own.
 */
function startsBeforeClause(ref: SpeakerRef, first: MaskedToken): boolean {
  return ref.span.start < first.start;
}

/**
 * The named subject of the clause the quotation ends (tokens: its sentence up to the quotation, from
 * lo on) with the first verb it governs; null when the clause does not open with a name. coordinated: the clause
 * stands before "and" and a reporting verb (isFirstOfCoordinatedVerbs).
 */
export function subjectVerbCue(tokens: readonly MaskedToken[], subjects: SubjectReader, lo = 0, coordinated = false): SubjectVerbCue | null {
  const sentenceStart = afterConnectives(tokens, lo);
  for (const opening of clauseStarts(tokens, lo)) {
    // "To press its case, the Gazette leans on …: “…”": after an opening phrase (not after
    // a subordinator: "And after the Court refused …, X blamed"), a body's name may follow its article.
    const start = opening !== sentenceStart && tokens[opening]?.lower === 'the' ? opening + 1 : afterTimeModifier(tokens, opening);
    const first = tokens[start];
    if (!first || first.kind !== 'word' || !/^\p{Lu}/u.test(first.text)) {
      continue;
    }
    for (let v = start + 1; v < tokens.length && v - start <= MAX_VERB_DISTANCE; v++) {
      if (tokens[v].kind === 'quote') {
        break;
      }
      if (isSkippable(tokens[v]) || !(looksLikeVerb(tokens, v) || isProgressive(tokens, v) || (coordinated && isFirstOfCoordinatedVerbs(tokens[v])))) {
        continue;
      }
      const ref = subjects.left(tokens, sinceBefore(tokens, v, start) ? v - 1 : v, start);
      if (ref?.type === 'entity' && startsBeforeClause(ref, first)) {
        break;
      }
      if (ref?.type === 'entity' && (onlyTitleBefore(tokens, start, ref.span.start) || titleAppositiveBefore(tokens, start, ref.span.start))) {
        return { ref, span: { start: ref.span.start, end: tokens[v].end } };
      }
    }
  }
  return null;
}

/**
 * "Back then, he backed X and said “…”", "He then hinted that … “…”": a clause opened by "he" or "she" with
 * whatever active verb follows it (not a form of "be": "He was asked “…”", "she is “…”"; but a progressive is active:
 * "She was touring the ward on Friday and conceded “…”"), as the named subject with
 * any verb; the pronoun's person is the resolver's to say. Not across a semicolon. Null when no clause opens so.
 */
export function pronounVerbCue(tokens: readonly MaskedToken[], subjects: SubjectReader, lo = 0): SubjectVerbCue | null {
  for (const start of clauseStarts(tokens, lo)) {
    // "…, he studied under X; X's dictum was “…”": a semicolon opens a clause with a subject of its own.
    if (!GENDERED_SUBJECT_PRONOUNS.has(tokens[start]?.lower ?? '') || tokens.slice(start).some(token => token.text === ';')) {
      continue;
    }
    let v = start + 1;
    while (v < tokens.length && isSkippable(tokens[v])) {
      v++;
    }
    // "She was touring the ward on Friday and conceded “…”": a progressive is an active verb, as with a named subject.
    const active = v < tokens.length && tokens[v].kind === 'word'
      && (BE_FORMS.has(tokens[v].lower) ? isProgressive(tokens, v) : looksLikeVerb(tokens, v));
    if (!active) {
      continue;
    }
    const ref = subjects.left(tokens, v, start);
    if (ref?.type === 'pronoun') {
      return { ref, span: { start: ref.span.start, end: tokens[v].end } };
    }
  }
  return null;
}

/** How many words a described subject may have before its title noun ("the former Marwick county {secretary}"). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * "Back on the trail, the former minister talked about the “…”": a clause opened by a definite description of a
 * person (its title noun among its first words, "of" and one word after it allowed: "the secretary of state") and
 * whatever verb follows it. The description only: whether it names someone the article introduced is the
 * resolver's to say (cueContext.ts asks it before the cue counts).
 */
export function descriptionVerbCue(tokens: readonly MaskedToken[], lo = 0): { readonly ref: SpeakerRef; readonly span: Span } | null {
  for (const start of clauseStarts(tokens, lo)) {
    if (tokens[start]?.lower !== 'the') {
      continue;
    }
    let head = -1;
    for (let k = start + 1; k < tokens.length && k - start <= MAX_DESCRIPTION_WORDS; k++) {
      if (tokens[k].kind !== 'word' || !/^\p{Ll}/u.test(tokens[k].text)) {
        break;
      }
      if (TITLE_NOUNS.has(tokens[k].lower)) {
        head = k;
        break;
      }
    }
    if (head < 0) {
      continue;
    }
    let v = head + 1;
    if (tokens[v]?.lower === 'of' && tokens[v + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[v + 1].text)) {
      v += 2;
    }
    while (v < tokens.length && isSkippable(tokens[v])) {
      v++;
    }
    if (v < tokens.length && tokens[v].kind === 'word' && !BE_FORMS.has(tokens[v].lower) && looksLikeVerb(tokens, v)) {
      const span = { start: tokens[start].start, end: tokens[head].end };
      return { ref: { type: 'description', words: tokens.slice(start, head + 1).map(token => token.text), owner: null, span }, span: { start: span.start, end: tokens[v].end } };
    }
  }
  return null;
}
