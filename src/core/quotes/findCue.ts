// Finds the attribution cue of one quotation in the narrator's words around it: a reporting verb and
// the phrase naming its subject, before the quotation (X said “…”), after it (“…,” X said / said X),
// "according to X", or a colon introduction (X: “…”).

import type { Span } from '../model';
import {
  ABBREVIATIONS, ADDRESSEE_OBJECT_PRONOUNS, GENDERED_SUBJECT_PRONOUNS, INVERTIBLE_VERBS, PASSIVE_AUXILIARIES, PERSONAL_PRONOUNS, PHRASE_BOUNDARIES, PREPOSITIONS, RELATIVE_PRONOUNS, REPORTING_PARTICIPLES,
  REPORTING_VERBS_BASE, REPORTING_VERBS_FINITE, SKIPPABLE_BEFORE_VERB,
} from '../lexicon/quotes';
import { ARTICLES, NOUN_DETERMINERS } from '../lexicon/determiners';
import { TITLE_HEADS, TITLE_MODIFIERS, has } from '../lexicon/entities';
import { ADDRESSEE_PREPOSITIONS, ASKING_INFINITIVES, BASE_VERB_MARKERS, CANDIDATE_BODY_HEADS, BE_FORMS, BY_IS_MEANS, CLAUSE_CONNECTIVES, CLAUSE_STARTERS, CLAUSE_SUBORDINATORS, FRAMING_NOUNS, HAVE_THIS_GOVERNORS, INFINITIVE_GOVERNORS, INTERJECTED_ADVERBS, NAMING_VERBS, OBJECT_VERBS, OWN_MESSAGES, OWN_PAGES, PARTICLE_REPORTING_VERBS, PERCEPTION_VERBS, PLEDGE_NOUNS, POSSESSIVE_PRONOUN_SUBJECTS, QUOTED_AS_VERBS, SENDER_PREPOSITIONS, SPEECH_NOUN_CLAUSE_OPENERS, SPEECH_NOUN_LINKS, SPEECH_NOUNS, WANTING_GOVERNORS } from '../lexicon/quoteCues';
import { relayStart } from './relayCue';
import type { IndexedMention, MentionIndex } from './mentionIndex';
import { contractedPronounSubject, type SpeakerRef, type SubjectReader } from './subject';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import { descriptionVerbCue, looksLikeVerb, pronounVerbCue, subjectVerbCue, type SubjectVerbCue } from './subjectVerbCue';
import { isDottedInitialism, isSkippable } from './subjectTokens';
import { isPossessiveAt, type MaskedToken } from './tokens';

export interface Cue {
  /** Who the cue names; null for a cue with no speaker named ("it was described as “…”"). */
  readonly ref: SpeakerRef | null;
  /** A passive cue without its agent, which may follow the quotation ("described as “…” by X"). */
  readonly passive?: boolean;
  /** The cue as written, subject to verb ("Ms Quiroga said", "said a spokeswoman"). */
  readonly span: Span;
  /** Found by a named subject with an unlisted verb: credits a quotation, but does not make a scare quote speech. */
  readonly loose?: boolean;
}

/** Verbs after a quotation must come this soon ("…,” Rep. Jane X (R-Ohio), a member of the panel, said). */
const AFTER_VERB_WINDOW = 24;
/** How far after a quotation the verb of a named subject with a long appositive may stand ("“…,” Jane X, 30, of …, who …, said"). */
const MAX_APPOSITIVE_SUBJECT = 40;
const ENDINGS = /[.!?…]$/;
/** Words after the verb of a closing ", X said" ("on Friday in a statement"), and before it ("Sen. Jane Q. Doe"). */
const MAX_CLOSING_TAIL = 6;
/** Capitalised title words read back over between a verb of witnessing and the name ("heard Chief Inspector X"). */
const MAX_WITNESSED_TITLE_WORDS = 3;
/**
 * How far back from the verb of a closing ", X said" its comma may stand: up to eight words of subject, as a body's
 * name, a rank and a full name run ("…, Harbour Board senior trial counsel Mara Pell wrote in a court filing.").
 */
const MAX_CLOSING_SUBJECT = 9;
/** Longest outlet name after a person in a round-up line ("Jane Doe, The Springfield Evening Gazette:"). */
const MAX_OUTLET_TOKENS = 6;
/** Lower-case words between a preposition and the name it governs ("to the weekly newspaper X"). */
const MAX_OBJECT_MODIFIERS = 4;
/** Longest speaker label before the colon that opens a headline ("Gov. Jane Q. Doe:"). */
const MAX_LABEL_TOKENS = 7;
/**
 * Marks that end a sentence introducing the quotation after them: a colon, and in British and sports copy an en or em
 * dash ("X was blunt – “…”", "X went further — “…”"). A hyphen is left out: it joins words as often.
 */
const INTRODUCING_MARKS = /^[:–—]$/;

/** A lower-case adjective (hyphenated compounds such as "late-night" included), never also a noun. */
function isAdjective(token: MaskedToken): boolean {
  if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text)) {
    return false;
  }
  const flags = lexiconFlags(token.lower);
  return (token.text.includes('-') && !(flags & Tag.Verb)) || ((flags & Tag.Adjective) !== 0 && (flags & (Tag.Noun | Tag.Verb | Tag.Adverb)) === 0);
}

/** Most adjectives between "a"/"an" and the name they describe ("an angry X", "a visibly tired X"). */
const MAX_NAME_ADJECTIVES = 2;

/**
 * How many tokens from tokens[at] on are "a"/"an" and one or two adjectives (an "-ly" adverb may lead one) that stand
 * before a capitalised word: "an angry X", "a visibly tired X"; 0 when they are not.
 */
function describedBy(tokens: readonly MaskedToken[], at: number): number {
  if (tokens[at]?.lower !== 'a' && tokens[at]?.lower !== 'an') {
    return 0;
  }
  let k = at + 1;
  let adjectives = 0;
  while (adjectives < MAX_NAME_ADJECTIVES && k < tokens.length) {
    if (tokens[k].kind === 'word' && /^\p{Ll}+ly$/u.test(tokens[k].text) && k + 1 < tokens.length && isAdjective(tokens[k + 1])) {
      k++;
    }
    if (!isAdjective(tokens[k])) {
      break;
    }
    adjectives++;
    k++;
  }
  return adjectives > 0 && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k].text) ? k - at : 0;
}

/**
 * A full stop after an abbreviation or an initial ("Mr.", "Sen.", "J.") does not end the sentence, nor one closing a
 * dotted initialism before a lower-case word or a hyphen ("X, a former F.B.I. agent, said", "of the D.W.U.-T.L.C.
 * and …, wrote"): house styles that dot initialisms put them inside appositives between a quotation and its verb.
 */
function endsClause(tokens: readonly MaskedToken[], verbAt: number): boolean {
  const t = tokens[verbAt];
  if (t.kind !== 'punct' || !/[.!?;]/.test(t.text)) {
    return false;
  }
  const p = tokens[verbAt - 1];
  // "(D-Wis.)", "R-Ky., said": a full stop glued to a closing bracket or a comma ends an abbreviation.
  const glued = tokens[verbAt + 1]?.start === t.end && (tokens[verbAt + 1].text === ')' || tokens[verbAt + 1].text === ',');
  return !(t.text === '.' && p && p.end === t.start && (ABBREVIATIONS.has(p.lower) || /^\p{Lu}$/u.test(p.text) || glued || initialismInsideClause(tokens, verbAt)));
}

/** tokens[at] is the full stop closing a dotted initialism, and a lower-case word or a hyphen goes on with the clause. */
function initialismInsideClause(tokens: readonly MaskedToken[], at: number): boolean {
  const next = tokens[at + 1];
  return isDottedInitialism(tokens[at - 1]) && next !== undefined && (next.text === '-' || /^\p{Ll}/u.test(next.text));
}

/** The first token after the commas, colons and dashes that open the words after a quotation, and whether a dash was among them. */
function afterLeadingMarks(tokens: readonly MaskedToken[]): { readonly first: number; readonly dashed: boolean } {
  let first = 0;
  let dashed = false;
  while (first < tokens.length && /^[,:\u2014\u2013\u2015-]$/.test(tokens[first].text)) {
    dashed ||= tokens[first].text !== ',' && tokens[first].text !== ':';
    first++;
  }
  return { first: first + interjectedAdverb(tokens, first), dashed };
}

/**
 * "“…,” though, X did suggest …": tokens to step over at tokens[at] for a lower-case adverb set off by a comma
 * (quote-interjected-adverbs), so the clause after it is read as the quotation's cue; 0 when none stands there.
 */
function interjectedAdverb(tokens: readonly MaskedToken[], at: number): number {
  const word = tokens[at];
  return word?.kind === 'word' && INTERJECTED_ADVERBS.has(word.text) && tokens[at + 1]?.text === ',' ? 2 : 0;
}

/**
 * Whether the word at tokens[k], right after the quotation with no mark between, opens a new sentence: the quotation
 * closes with a full stop and the word is capitalised ("“… we will see.” Asked what …"). An inversion follows a
 * quotation that breaks off ("…,” said X", "…?” asked X") and is written in lower case.
 */
function opensSentenceAfterFullStop(tokens: readonly MaskedToken[], k: number, quoteText: string): boolean {
  return k === 0 && /^\p{Lu}/u.test(tokens[k].text) && /\.\W*$/u.test(quoteText.trim());
}

/**
 * "“….” She wants …": a capitalised subject pronoun opens the sentence after a quotation that closed its own; the
 * words after it are that sentence's predicate.
 */
function pronounOpensNextSentence(tokens: readonly MaskedToken[], at: number, quoteText: string): boolean {
  const first = tokens[at];
  return first !== undefined && /^\p{Lu}/u.test(first.text) && PERSONAL_PRONOUNS.has(first.lower) && /[.!?]\W*$/u.test(quoteText.trim());
}

/**
 * "Kelso’s campaign rejected the charge, saying “…”", "Kelso’s office denied it, adding …": a person's possessive opening
 * the clause before a body that speaks in that person's name (list quote-candidate-body-heads) is the clause's
 * subject, so the participle's: the campaign's words are the candidate's, as "the Kelso campaign" is read
 * (resolveSpeaker.ts candidateOf). Not before a post (list title-heads: "Kelso’s campaign manager"). The person, with
 * the span up to the head; null otherwise.
 */
function candidateBodyAfter(tokens: readonly MaskedToken[], k: number, mention: IndexedMention): SpeakerRef | null {
  if (mention.entity.kind !== 'person' || !isPossessiveAt(tokens, k)) {
    return null;
  }
  const head = tokens[k + 1]?.text === '’' || tokens[k + 1]?.text === "'" ? k + 2 : k + 1;
  const next = tokens[head + 1]?.lower ?? '';
  // "Kelso’s campaign manager rejected …", "Kelso’s office aides said …": a post after the head is who speaks.
  const post = has(TITLE_HEADS, next) || has(TITLE_HEADS, next.replace(/s$/, ''));
  return tokens[head]?.kind === 'word' && CANDIDATE_BODY_HEADS.has(tokens[head].lower) && !post
    ? { type: 'entity', id: mention.entity.id, span: { start: mention.start, end: tokens[head].end } } : null;
}

/** "a swiftly called meeting", "the widely reported remarks": a participle after a determiner and an adverb modifies a noun. */
function modifiesNoun(tokens: readonly MaskedToken[], index: number): boolean {
  const adverb = tokens[index - 1];
  const determiner = tokens[index - 2];
  return adverb !== undefined && determiner !== undefined && /^\p{Ll}{3,}ly$/u.test(adverb.text) && NOUN_DETERMINERS.has(determiner.lower);
}

/**
 * Whether the "by" after a reporting verb names a means, not an agent: after a verb whose "by" is a channel ("said
 * by phone"), or before a gerund ("responded by calling the plan “…”", "interjected by hitting back at X"), whose
 * subject is the verb's own subject.
 */
function byNamesMeans(tokens: readonly MaskedToken[], verbAt: number): boolean {
  const after = tokens[verbAt + 2];
  return BY_IS_MEANS.has(tokens[verbAt].lower) || (after?.kind === 'word' && /^\p{Ll}{2,}ing$/u.test(after.text));
}

/** "a class called “Tides”", "a film named “Low Water”": a naming verb between a common noun and a quoted title names the thing; nobody speaks. */
function namesThing(tokens: readonly MaskedToken[], verbAt: number): boolean {
  const p = tokens[verbAt - 1];
  return NAMING_VERBS.has(tokens[verbAt].lower) && tokens[verbAt + 1]?.kind === 'title' && p?.kind === 'word' && /^\p{Ll}/u.test(p.text)
    && !PERSONAL_PRONOUNS.has(p.lower) && !RELATIVE_PRONOUNS.has(p.lower);
}

/**
 * The token after the comma that closes a clause opened by a subordinator at tokens[lo] ("As X spoke, …", "And while
 * X waited, …"), when it comes before tokens[end]; null when the sentence opens with no subordinate clause.
 */
function subordinateClauseEnd(tokens: readonly MaskedToken[], lo: number, end: number): number | null {
  let k = lo;
  while (k < end && CLAUSE_CONNECTIVES.has(tokens[k].lower) && !CLAUSE_SUBORDINATORS.has(tokens[k].lower)) {
    k++;
  }
  if (k >= end || !CLAUSE_SUBORDINATORS.has(tokens[k].lower)) {
    return null;
  }
  const comma = tokens.findIndex((token, at) => at > k && at < end && token.text === ',');
  return comma < 0 ? null : comma + 1;
}

/** Most tokens of an opening phrase of time or place before a subordinate clause ("In late June, after …"). */
const MAX_OPENING_PHRASE = 6;

type Verb = 'finite' | 'base' | 'participle' | 'according' | null;

/**
 * "managing director", "acting chief executive", "commanding officer": a participle that qualifies a title (list
 * title-modifiers) right before a title's head or another qualifier opens the subject's title, no participial clause
 * ("“…,” acting on advice, the council said" stays one: "on" is no title word).
 */
function opensParticipleTitle(tokens: readonly MaskedToken[], at: number): boolean {
  const next = tokens[at + 1];
  return has(TITLE_MODIFIERS, tokens[at].lower) && next !== undefined && next.kind === 'word' && (has(TITLE_HEADS, next.lower) || has(TITLE_MODIFIERS, next.lower));
}

export class CueFinder {
  constructor(private readonly subjects: SubjectReader, private readonly mentions: MentionIndex) {}

  private verbKind(tokens: readonly MaskedToken[], index: number): Verb {
    const t = tokens[index];
    if (t.kind !== 'word') {
      return null;
    }
    if (t.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      return 'according';
    }
    const p = tokens[index - 1];
    if (p && (NOUN_DETERMINERS.has(p.lower) || (isPossessiveAt(tokens, index - 1) && !contractedPronounSubject(p)) || modifiesNoun(tokens, index))) {
      // "the claims", "his calls", "<name>’s remarks": a noun, not a verb; "a swiftly called meeting": an adjective.
      // A pronoun's "’s" is "is" or "has", never a possessive ("he’s claiming").
      return null;
    }
    if (namesThing(tokens, index)) {
      return null;
    }
    if (PARTICLE_REPORTING_VERBS.get(tokens[index + 1]?.lower ?? '')?.has(t.lower)) {
      // "as X put it, “…”", "X hit back in a statement: “…”", "as X pointed out, “…”": the verb with the word after it reports words.
      return 'finite';
    }
    if (REPORTING_VERBS_FINITE.has(t.lower)) {
      // "a flurry of late-night tweets", "his many calls": after an adjective, an -s form is a plural noun.
      return /s$/.test(t.lower) && p && isAdjective(p) ? null : 'finite';
    }
    if (REPORTING_PARTICIPLES.has(t.lower)) {
      return 'participle';
    }
    if (ASKING_INFINITIVES.has(t.lower) && p?.lower === 'to' && WANTING_GOVERNORS.has(tokens[index - 2]?.lower ?? '')) {
      // "X wanted to know, “…?”": the infinitive asks the question quoted next; governingSubject names X.
      return 'base';
    }
    if (REPORTING_VERBS_BASE.has(t.lower) && p) {
      // A base form is a verb after an auxiliary, "to", a pronoun or a name ("saw X accuse Y of “…”").
      if (SKIPPABLE_BEFORE_VERB.has(p.lower) || BASE_VERB_MARKERS.has(p.lower) || PERSONAL_PRONOUNS.has(p.lower) || this.mentions.at(p.start, p.end)) {
        return 'base';
      }
      if (p.text === ',' && this.witnessedSubject(tokens, index)) {
        return 'base';
      }
    }
    return null;
  }

  /**
   * "I heard X, the mayor, call the plan “…”": the base form at tokens[verbAt] follows the appositive of a named
   * person who is the object of a verb of witnessing (PERCEPTION_VERBS), titles before the name aside.
   */
  private witnessedSubject(tokens: readonly MaskedToken[], verbAt: number): boolean {
    const ref = this.subjects.left(tokens, verbAt, 0);
    if (ref?.type !== 'entity') {
      return false;
    }
    const nameAt = tokens.findIndex(token => token.start >= ref.span.start);
    let k = nameAt - 1;
    while (k >= 0 && nameAt - k <= MAX_WITNESSED_TITLE_WORDS && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) {
      // "heard Councillor X": a title between the verb of witnessing and the name.
      k--;
    }
    return k >= 0 && PERCEPTION_VERBS.has(tokens[k].lower);
  }

  /**
   * Cue in the words before the quotation, tokens[lo..] (the quotation's own sentence). A clause that
   * introduces the quotation with a comma or colon and opens with a name ("When X suggested …, Y fired
   * back: “…”") outranks a reporting verb of an earlier clause.
   */
  before(tokens: readonly MaskedToken[], lo = 0): Cue | null {
    const found = this.nearerSpeechNoun(this.verbBefore(tokens, lo), tokens, lo);
    return (found && this.introducingClause(tokens, lo, found.span.end)) ?? found;
  }

  /**
   * The reporting verb's cue, unless a possessed speech noun's clause opens after it, nearer the quotation: "X said
   * Y's promise to “…” misread the law", "X told reporters that Y's claim that crossings had “…” was false" quote Y's
   * words, which X reports. Without a verb, the speech noun's cue alone.
   */
  private nearerSpeechNoun(verb: Cue | null, tokens: readonly MaskedToken[], lo: number): Cue | null {
    const noun = this.speechNounClause(tokens, verb ? Math.max(lo, this.firstTokenAfter(tokens, verb.span.end)) : lo);
    return noun ?? verb;
  }

  /** The index of the first token that starts at or after `offset` (tokens.length when none does). */
  private firstTokenAfter(tokens: readonly MaskedToken[], offset: number): number {
    const at = tokens.findIndex(token => token.start >= offset);
    return at < 0 ? tokens.length : at;
  }

  /**
   * "…, particularly his warning that the town would go to “…”", "her call for “…”": with no reporting verb before
   * the quotation, a possessed speech noun (SPEECH_NOUNS) right before the "that" or "for" (SPEECH_NOUN_CLAUSE_OPENERS)
   * that opens the clause holding the quotation gives the possessor's words; the last such noun before it counts.
   */
  private speechNounClause(tokens: readonly MaskedToken[], lo: number): Cue | null {
    for (let k = tokens.length - 1; k - 1 >= lo; k--) {
      if (tokens[k].kind === 'quote') {
        return null;
      }
      const opensClause = SPEECH_NOUN_CLAUSE_OPENERS.has(tokens[k].lower) || (tokens[k].lower === 'to' && PLEDGE_NOUNS.has(tokens[k - 1].lower));
      if (!opensClause) {
        continue;
      }
      const owner = this.speechOwner(tokens, k - 1, lo);
      if (owner) {
        return { ref: owner, span: { start: owner.span.start, end: tokens[k - 1].end } };
      }
    }
    return null;
  }

  /** The named subject and verb of the clause that ends in the comma or colon right before the quotation, when it starts after `after`. */
  private introducingClause(tokens: readonly MaskedToken[], lo: number, after: number): Cue | null {
    const n = tokens.length;
    if (n - 1 <= lo || (tokens[n - 1].text !== ':' && tokens[n - 1].text !== ',')) {
      return null;
    }
    let c = n - 2;
    while (c >= lo && tokens[c].text !== ',' && tokens[c].kind !== 'quote') {
      c--;
    }
    if (c < lo || tokens[c].kind === 'quote' || tokens[c].start < after) {
      return null;
    }
    const found = subjectVerbCue(tokens.slice(0, n - 1), this.subjects, c + 1);
    return found && found.ref.type === 'entity' && this.mentions.entity(found.ref.id)?.kind === 'person' ? { ...found, loose: true } : null;
  }

  private verbBefore(tokens: readonly MaskedToken[], lo: number): Cue | null {
    for (let v = tokens.length - 1; v >= lo; v--) {
      const kind = this.verbKind(tokens, v);
      if (kind === null) {
        continue;
      }
      if (kind === 'according') {
        if (v > lo && RELATIVE_PRONOUNS.has(tokens[v - 1].lower)) {
          // "X said that according to its count, “…”": the source of a claim inside X's words; X speaks.
          continue;
        }
        return this.inverted(tokens, v, v + 2);
      }
      if (kind === 'participle') {
        return this.participle(tokens, v, lo);
      }
      const relay = relayStart(tokens, v, lo);
      if (relay !== null) {
        // "X noted in an interview, as reported by the Gazette": X spoke; the agent only passed it on.
        return this.before(tokens.slice(0, relay), lo) ?? this.inverted(tokens, v, v + 2);
      }
      const passive = this.passive(tokens, v, lo);
      if (passive !== undefined) {
        return passive;
      }
      const ref = this.subjects.left(tokens, v, lo) ?? (kind === 'base' ? this.governingSubject(tokens, v, lo) : this.coordinatedSubject(tokens, v, lo));
      if (ref) {
        return { ref, span: { start: ref.span.start, end: tokens[v].end } };
      }
      const parenthetical = kind === 'finite' ? this.invertedBefore(tokens, v, lo) : null;
      if (parenthetical) {
        return parenthetical;
      }
    }
    return this.colon(tokens, lo) ?? this.openingLabel(tokens, lo) ?? this.framedBefore(tokens, lo);
  }

  /**
   * The words right before the quotation name whose words follow without a verb: "X's response was: “…”"
   * (a speech noun, a link and the colon or comma that opens the quotation; before a colon, one word may follow
   * the link: "Her answer was short: “…”") or "In X's words, “…”" (a
   * framing phrase, FRAMING_NOUNS, that opens its clause and ends in the comma).
   */
  private framedBefore(tokens: readonly MaskedToken[], lo: number): Cue | null {
    const n = tokens.length;
    if (n - 3 < lo || (tokens[n - 1].text !== ':' && tokens[n - 1].text !== ',')) {
      return null;
    }
    // "Her answer was short: “…”": before the colon, one lower-case word (no preposition) may follow the link.
    const adjective = tokens[n - 1].text === ':' && tokens[n - 2].kind === 'word' && /^\p{Ll}+$/u.test(tokens[n - 2].text) && !PREPOSITIONS.has(tokens[n - 2].lower);
    const linkAt = SPEECH_NOUN_LINKS.has(tokens[n - 2].lower) ? n - 2 : adjective && n - 4 >= lo && SPEECH_NOUN_LINKS.has(tokens[n - 3].lower) ? n - 3 : -1;
    const linked = linkAt > 0 ? this.speechOwner(tokens, linkAt - 1, lo) : null;
    if (linked) {
      return { ref: linked, span: { start: linked.span.start, end: tokens[n - 1].end } };
    }
    const framed = tokens[n - 1].text === ',' ? this.framingPhrase(tokens, n - 2, lo) : null;
    return framed && (framed.start === lo || tokens[framed.start - 1].text === ',' || CLAUSE_CONNECTIVES.has(tokens[framed.start - 1].lower))
      ? { ref: framed.ref, span: { start: tokens[framed.start].start, end: tokens[n - 1].end } }
      : null;
  }

  /** "in X's words", "in her view": a framing phrase ending with its noun at tokens[nounAt]; its first token and the possessor. */
  private framingPhrase(tokens: readonly MaskedToken[], nounAt: number, lo: number): { readonly start: number; readonly ref: SpeakerRef } | null {
    if (nounAt < lo || !FRAMING_NOUNS.has(tokens[nounAt].lower)) {
      return null;
    }
    const ref = this.possessor(tokens, nounAt, lo);
    if (!ref) {
      return null;
    }
    const k = tokens.findIndex(token => token.start >= ref.span.start) - 1;
    return k >= lo && tokens[k].lower === 'in' ? { start: k, ref } : null;
  }

  /**
   * "The vote was close, explained Jane X, “and …”" / "The trouble, says Jane X, an engineer, is that it was
   * “…”": an inverted reporting verb set off by a comma before it, then a person's name, credits the
   * quotation later in the sentence. Only a listed invertible verb and a named person: "the club, hired
   * Jane X" is no speech, and a description may be someone never named.
   */
  private invertedBefore(tokens: readonly MaskedToken[], verbAt: number, lo: number): Cue | null {
    if (verbAt - 1 < lo || tokens[verbAt - 1].text !== ',' || !INVERTIBLE_VERBS.has(tokens[verbAt].lower)) {
      return null;
    }
    const cue = this.inverted(tokens, verbAt, verbAt + 1);
    const ref = cue?.ref;
    return ref?.type === 'entity' && this.mentions.entity(ref.id)?.kind === 'person' && tokens[verbAt + 1].start === ref.span.start ? cue : null;
  }

  /**
   * "X was met at the gate by Y and joked, “…”", "He looked up, shrugged and said, “…”": a finite reporting verb
   * joined by "and" to the verbs before it shares their subject. The subject of the clause's first verb: a name or
   * pronoun before a form of "be" (a passive's subject, never its agent), else the named subject of the clause, else
   * a clause opened by "he"/"she". Null when no "and" stands right before the verb.
   */
  private coordinatedSubject(tokens: readonly MaskedToken[], verbAt: number, lo: number): SpeakerRef | null {
    let and = verbAt - 1;
    while (and > lo && isSkippable(tokens[and])) {
      and--;
    }
    if (and <= lo || tokens[and].lower !== 'and') {
      return null;
    }
    const clause = tokens.slice(0, and);
    return subjectVerbCue(clause, this.subjects, lo, true)?.ref ?? pronounVerbCue(clause, this.subjects, lo)?.ref ?? this.passiveSubject(clause, lo);
  }

  /**
   * "X was met at the gate by Y": the name or pronoun before the first form of "be" in tokens[lo..] followed by a
   * verb, when no verb stands between that form and the comma (or start) before it ("The aide said X was …": the
   * aide's clause, not X's); null when there is none.
   */
  private passiveSubject(tokens: readonly MaskedToken[], lo: number): SpeakerRef | null {
    const be = tokens.findIndex((token, k) => k > lo && BE_FORMS.has(token.lower));
    if (be < 0 || !tokens[be + 1] || !looksLikeVerb(tokens, be + 1)) {
      return null;
    }
    let from = be - 1;
    while (from > lo && tokens[from - 1].text !== ',') {
      from--;
    }
    for (let k = from; k < be; k++) {
      if (looksLikeVerb(tokens, k)) {
        return null;
      }
    }
    const ref = this.subjects.left(tokens, be, lo);
    return ref?.type === 'entity' || ref?.type === 'pronoun' ? ref : null;
  }

  /** "X went on to say", "X rose to declare" (INFINITIVE_GOVERNORS): the subject of the verb that governs "to <base form>" at tokens[verbAt]. */
  private governingSubject(tokens: readonly MaskedToken[], verbAt: number, lo: number): SpeakerRef | null {
    let g = verbAt - 2;
    if (tokens[verbAt - 1]?.lower !== 'to') {
      return null;
    }
    if (g - 1 >= lo && tokens[g].lower === 'this' && HAVE_THIS_GOVERNORS.has(tokens[g - 1].lower)) {
      // "X had this to say:": "this" stands for the words that follow; the subject of "had" speaks them.
      g--;
    } else {
      if (g - 1 >= lo && PREPOSITIONS.has(tokens[g].lower)) {
        // A particle: "went on to say".
        g--;
      }
      if (g < lo || !INFINITIVE_GOVERNORS.has(tokens[g].lower)) {
        return null;
      }
    }
    const ref = this.subjects.left(tokens, g, lo);
    return ref && ref.type !== 'description' ? ref : null;
  }

  /**
   * "<Name>: <headline words> ‘…’" — a headline or summary line that opens with its speaker and a colon
   * credits the quotations in the rest of that line.
   */
  private openingLabel(tokens: readonly MaskedToken[], lo: number): Cue | null {
    for (let c = lo + 1; c < tokens.length && c - lo <= MAX_LABEL_TOKENS; c++) {
      if (tokens[c].kind === 'quote') {
        return null;
      }
      if (tokens[c].text !== ':') {
        continue;
      }
      const ref = this.subjects.left(tokens, c, lo);
      // Only a title may stand before the name ("Gov. Jane Doe:", "Sen. Doe:").
      const titled = ref !== null && tokens.slice(lo, c).every(token => token.start >= ref.span.start || token.text === '.' || /^\p{Lu}/u.test(token.text));
      return ref?.type === 'entity' && titled ? { ref, span: { start: ref.span.start, end: tokens[c].end } } : null;
    }
    return null;
  }

  /** "X: “…”" — a name (or pronoun) directly before a colon that introduces the quotation. */
  private colon(tokens: readonly MaskedToken[], lo: number): Cue | null {
    const n = tokens.length;
    if (n - 2 < lo || tokens[n - 1].text !== ':') {
      return null;
    }
    return this.introducedBy(tokens, lo, n - 1) ?? this.beforeRelativeClause(tokens, lo);
  }

  /**
   * "A headline from the Vell Gazette, which …: “…”", "Then came X, who …:": the introduction ends in a
   * relative clause about its last phrase; that phrase, before the clause's comma, is read as if the colon
   * stood there. Only one clause: no other comma between it and the colon.
   */
  private beforeRelativeClause(tokens: readonly MaskedToken[], lo: number): Cue | null {
    for (let c = tokens.length - 2; c > lo; c--) {
      if (tokens[c].kind === 'quote') {
        return null;
      }
      if (tokens[c].text === ',') {
        const cue = RELATIVE_PRONOUNS.has(tokens[c + 1]?.lower ?? '') && c - 1 > lo ? this.introducedBy(tokens, lo, c) : null;
        // The cue ends with the phrase, before the clause's comma.
        return cue && { ...cue, span: { start: cue.span.start, end: Math.min(cue.span.end, tokens[c - 1].end) } };
      }
    }
    return null;
  }

  /** The colon reading of the introduction that ends at tokens[at] (the colon, or the comma before a relative clause). */
  private introducedBy(tokens: readonly MaskedToken[], lo: number, at: number): Cue | null {
    const n = at + 1;
    const owner = this.speechOwner(tokens, n - 2, lo) ?? this.messageOwner(tokens, n - 2, lo);
    if (owner) {
      // "Jane X's verdict: “…”": the words the noun names are the possessor's.
      return { ref: owner, span: { start: owner.span.start, end: tokens[n - 1].end } };
    }
    const ref = this.subjects.left(tokens, n - 1, lo);
    const signed = ref?.type === 'entity' && this.mentions.entity(ref.id)?.kind === 'person' ? null : this.personBeforeOutlet(tokens, n - 1, lo);
    if (signed) {
      return { ref: signed, span: { start: signed.span.start, end: tokens[n - 1].end } };
    }
    const subject = ref?.type === 'entity' ? this.subjectBeforeObject(tokens, lo, ref.span.start) : null;
    if (subject) {
      return subject;
    }
    if (ref?.type === 'entity' && this.addressed(tokens, lo, ref.span.start)) {
      // "…, and contrasted her with Y: “…”": Y is whom the words are about or went to; no named subject speaks.
      return null;
    }
    if (ref && ref.type !== 'description') {
      return { ref, span: { start: ref.span.start, end: tokens[n - 1].end } };
    }
    // "An email from X:", "A message from X:": the person who ends the introduction wrote what follows.
    const last = tokens[n - 2];
    const m = last.kind === 'word' && !isPossessiveAt(tokens, n - 2) ? this.mentions.at(last.start, last.end) : undefined;
    if (!m || m.entity.kind !== 'person' || ref?.type !== 'description') {
      return null;
    }
    const preposition = tokens[tokens.findIndex(token => token.end > m.start) - 1];
    if (preposition && preposition.start >= ref.span.start && PREPOSITIONS.has(preposition.lower) && !SENDER_PREPOSITIONS.has(preposition.lower)) {
      // "X sent a sharp warning to Y:", "X turned to Y:": Y is whom the words went to; the clause's named
      // subject, if any, spoke them.
      return this.subjectBeforeObject(tokens, lo, m.start);
    }
    return { ref: { type: 'entity', id: m.entity.id, span: { start: m.start, end: m.end } }, span: { start: ref.span.start, end: tokens[n - 1].end } };
  }

  /** Whether the name starting at objectStart is the object of an addressee preposition ("to", "with", "at"; ADDRESSEE_PREPOSITIONS), with at most a few lower-case words between. */
  private addressed(tokens: readonly MaskedToken[], lo: number, objectStart: number): boolean {
    const k = this.prepositionBeforeObject(tokens, lo, objectStart);
    return k >= lo && ADDRESSEE_PREPOSITIONS.has(tokens[k].lower);
  }

  /**
   * The index of the token before the few modifiers of the object starting at objectStart ("to the weekly newspaper
   * X", "to the Dutch newspaper X": lower-case words, or a capitalised word that is no part of a name), where a
   * preposition would stand; lo - 1 when the modifiers reach past lo.
   */
  private prepositionBeforeObject(tokens: readonly MaskedToken[], lo: number, objectStart: number): number {
    let k = tokens.findIndex(token => token.start >= objectStart) - 1;
    for (let words = 0; k >= lo && words < MAX_OBJECT_MODIFIERS && this.objectModifier(tokens[k]); words++) {
      k--;
    }
    return k;
  }

  /** A word that may qualify an object before its name: lower-case and no preposition, or capitalised and in no mention ("Dutch"). */
  private objectModifier(token: MaskedToken): boolean {
    if (token.kind !== 'word' || PREPOSITIONS.has(token.lower)) {
      return false;
    }
    return /^\p{Ll}/u.test(token.text) || (/^\p{Lu}\p{Ll}+$/u.test(token.text) && !this.mentions.at(token.start, token.end));
  }

  /**
   * "Jane X's verdict", "Acme's blunt reply": the person or body whose words the speech noun at
   * tokens[nounAt] (SPEECH_NOUNS) names, with at most two lower-case words between the possessive and it.
   */
  private speechOwner(tokens: readonly MaskedToken[], nounAt: number, lo: number): SpeakerRef | null {
    return nounAt >= lo && SPEECH_NOUNS.has(tokens[nounAt].lower) ? this.possessor(tokens, nounAt, lo) : null;
  }

  /**
   * "From Kelso’s Facebook post: “…”", "Her campaign email: “…”": before the colon of an introduction, a message the
   * possessor wrote or posted (list quote-own-messages) is the possessor's words, as a speech noun is. One capitalised
   * word that names no person may stand right before the noun: the service the message went out on.
   */
  private messageOwner(tokens: readonly MaskedToken[], nounAt: number, lo: number): SpeakerRef | null {
    if (nounAt < lo || !OWN_MESSAGES.has(tokens[nounAt].lower)) {
      return null;
    }
    const before = tokens[nounAt - 1];
    const service = nounAt - 1 >= lo && before.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(before.text) && !isPossessiveAt(tokens, nounAt - 1)
      && this.mentions.at(before.start, before.end)?.entity.kind !== 'person';
    return this.possessor(tokens, service ? nounAt - 1 : nounAt, lo);
  }

  /**
   * The person or body whose possessive stands before the noun at tokens[nounAt], with at most two lower-case
   * words between ("Jane X's blunt reply", "Acme's own words"); "his"/"her"/"its" stand for the person or body
   * the pronoun would ("Her reply was: “…”").
   */
  private possessor(tokens: readonly MaskedToken[], nounAt: number, lo: number): SpeakerRef | null {
    let k = nounAt - 1;
    while (k >= lo && nounAt - k <= 2 && tokens[k].kind === 'word' && !isPossessiveAt(tokens, k)) {
      const pronoun = POSSESSIVE_PRONOUN_SUBJECTS.get(tokens[k].lower);
      if (pronoun !== undefined) {
        return { type: 'pronoun', word: pronoun, span: { start: tokens[k].start, end: tokens[k].end } };
      }
      if (!/^\p{Ll}/u.test(tokens[k].text)) {
        break;
      }
      k--;
    }
    if (k >= lo && (tokens[k].text === '’' || tokens[k].text === "'")) {
      k--;
    }
    if (k < lo || tokens[k].kind !== 'word' || !isPossessiveAt(tokens, k)) {
      return null;
    }
    const m = this.mentions.at(tokens[k].start, tokens[k].end);
    return m && (m.entity.kind === 'person' || m.entity.kind === 'org') ? { type: 'entity', id: m.entity.id, span: { start: m.start, end: m.end } } : null;
  }

  /**
   * "“…,” was Jane X's verdict." / "“…” came the reply of …": after the quotation, "was" or "came" and a
   * possessive with a speech noun that ends the clause name the speaker.
   */
  private speechNounAfter(tokens: readonly MaskedToken[], at: number): Cue | null {
    if (!SPEECH_NOUN_LINKS.has(tokens[at]?.lower ?? '')) {
      return null;
    }
    for (let k = at + 1; k < tokens.length && k - at <= 8; k++) {
      if (tokens[k].kind !== 'word' && tokens[k].text !== '’' && tokens[k].text !== "'" && tokens[k].text !== '.') {
        return null;
      }
      const owner = this.speechOwner(tokens, k, at + 1);
      if (owner) {
        return k + 1 >= tokens.length || tokens[k + 1].text === ',' || endsClause(tokens, k + 1) ? { ref: owner, span: { start: tokens[at].start, end: tokens[k].end } } : null;
      }
    }
    return null;
  }

  /** "“…,” in X's view." / "“…,” in her words, …": a framing phrase right after the quotation that closes its clause. */
  private framedAfter(tokens: readonly MaskedToken[], at: number): Cue | null {
    if (tokens[at]?.lower !== 'in') {
      return null;
    }
    for (let k = at + 2; k < tokens.length && k - at <= 5; k++) {
      const framed = this.framingPhrase(tokens, k, at);
      if (framed) {
        return framed.start === at && (k + 1 >= tokens.length || tokens[k + 1].text === ',' || endsClause(tokens, k + 1))
          ? { ref: framed.ref, span: { start: tokens[at].start, end: tokens[k].end } } : null;
      }
    }
    return null;
  }

  /**
   * "X explained the plan to the weekly Harbour Courier: “…”": a name before the colon that is the object
   * of a preposition is whom the words went to; the clause's named subject (a person) spoke them.
   */
  private subjectBeforeObject(tokens: readonly MaskedToken[], lo: number, objectStart: number): Cue | null {
    const k = this.prepositionBeforeObject(tokens, lo, objectStart);
    if (k < lo || !PREPOSITIONS.has(tokens[k].lower)) {
      return null;
    }
    const found = subjectVerbCue(tokens.slice(0, k), this.subjects, lo);
    return found && found.ref.type === 'entity' && this.mentions.entity(found.ref.id)?.kind === 'person' ? { ...found, loose: true } : null;
  }

  /**
   * "Jane Doe, Springfield Gazette:" — a round-up line gives the person, then the outlet or body they
   * write or speak for: the person, when only capitalised words stand between the comma and the colon.
   */
  private personBeforeOutlet(tokens: readonly MaskedToken[], colon: number, lo: number): SpeakerRef | null {
    for (let c = colon - 1; c > lo && colon - c <= MAX_OUTLET_TOKENS; c--) {
      const t = tokens[c];
      if (t.text === ',') {
        const name = tokens[c - 1];
        const m = name.kind === 'word' && !isPossessiveAt(tokens, c - 1) ? this.mentions.at(name.start, name.end) : undefined;
        return c < colon - 1 && m?.entity.kind === 'person' ? { type: 'entity', id: m.entity.id, span: { start: m.start, end: m.end } } : null;
      }
      if (t.kind !== 'word' || !/^[\p{Lu}\d]/u.test(t.text)) {
        return null;
      }
    }
    return null;
  }

  /** "X was quoted as saying", "described by X as", "it was described as" (no speaker). */
  private passive(tokens: readonly MaskedToken[], verbAt: number, lo: number): Cue | null | undefined {
    let p = verbAt - 1;
    while (p >= lo && SKIPPABLE_BEFORE_VERB.has(tokens[p].lower) && !PASSIVE_AUXILIARIES.has(tokens[p].lower)) {
      p--;
    }
    const byAt = tokens[verbAt + 1]?.lower === 'by' && !byNamesMeans(tokens, verbAt) ? verbAt + 2 : -1;
    const isPassive = (p >= lo && PASSIVE_AUXILIARIES.has(tokens[p].lower)) || byAt > 0;
    if (!isPassive) {
      return undefined;
    }
    if (byAt > 0) {
      return this.inverted(tokens, verbAt, byAt);
    }
    if (QUOTED_AS_VERBS.has(tokens[verbAt].lower)) {
      const ref = this.subjects.left(tokens, p, lo);
      return ref ? { ref, span: { start: ref.span.start, end: tokens[verbAt].end } } : null;
    }
    // The verb's span alone (start, end), not its token: the span becomes the quotation's attribution, which leaves the core.
    return { ref: null, span: { start: tokens[verbAt].start, end: tokens[verbAt].end }, passive: true };
  }

  /**
   * "Jane X was full of praise for her players: “…”", "X is in no doubt:": a sentence that opens with a
   * named person and a form of "be" and ends in the colon (or the spaced dash, INTRODUCING_MARKS) that introduces the quotation. Not with an agent
   * ("X was told by Y:"), whose words may follow. A body speaks so too, also after an opening phrase and its
   * article ("In its reply, the Marwick Board of Elections was blunt: “…”").
   */
  copulaColon(tokens: readonly MaskedToken[]): Cue | null {
    const n = tokens.length;
    if (n < 3 || !INTRODUCING_MARKS.test(tokens[n - 1].text) || tokens.some(token => token.kind === 'quote' || token.lower === 'by')) {
      return null;
    }
    const v = tokens.findIndex(token => BE_FORMS.has(token.lower));
    if (v <= 0) {
      return null;
    }
    const ref = v <= MAX_LABEL_TOKENS ? this.subjects.left(tokens, v, 0) : null;
    const kind = ref?.type === 'entity' ? this.mentions.entity(ref.id)?.kind : undefined;
    if (ref && (kind === 'person' || kind === 'org') && tokens.every(token => token.start >= ref.span.start || /^\p{Lu}/u.test(token.text) || token.text === '.')) {
      return { ref, span: { start: ref.span.start, end: tokens[v].end }, loose: true };
    }
    return this.bodyAfterOpening(tokens, v);
  }

  /** "As if to settle it, the Marwick board was clear in its findings:": a body heading the clause after an opening phrase's comma, before a form of "be". */
  private bodyAfterOpening(tokens: readonly MaskedToken[], verbAt: number): Cue | null {
    let comma = verbAt - 1;
    while (comma > 0 && tokens[comma].text !== ',') {
      comma--;
    }
    const start = tokens[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
    if (comma <= 0 || verbAt - start > MAX_LABEL_TOKENS || !tokens.slice(start, verbAt).every(token => /^\p{Lu}/u.test(token.text) || token.text === '.' || token.lower === 'of')) {
      return null;
    }
    const ref = this.subjects.left(tokens, verbAt, start);
    return ref?.type === 'entity' && this.mentions.entity(ref.id)?.kind === 'org' && ref.span.start === tokens[start].start
      ? { ref, span: { start: ref.span.start, end: tokens[verbAt].end }, loose: true }
      : null;
  }

  /**
   * "She then addressed the crowd again: “…”", "He went on:": a clause that opens with "he" or "she" and
   * its verb and ends in the colon that introduces the quotation gives that person's words (the pronoun
   * form of subjectVerb, kept to a colon: "he called it “…”" is mostly a scare quote). Not a passive
   * ("He was asked:"), whose words are another's, and not with an agent ("by").
   */
  pronounColon(tokens: readonly MaskedToken[]): Cue | null {
    const n = tokens.length;
    if (n < 3 || tokens[n - 1].text !== ':' || tokens.some(token => token.kind === 'quote' || token.lower === 'by')) {
      return null;
    }
    let start = n - 2;
    while (start > 0 && tokens[start - 1].text !== ',') {
      start--;
    }
    while (start < n - 1 && CLAUSE_CONNECTIVES.has(tokens[start].lower) && !GENDERED_SUBJECT_PRONOUNS.has(tokens[start].lower)) {
      start++;
    }
    if (!GENDERED_SUBJECT_PRONOUNS.has(tokens[start]?.lower ?? '')) {
      return null;
    }
    let v = start + 1;
    while (v < n - 1 && isSkippable(tokens[v])) {
      v++;
    }
    if (v >= n - 1 || BE_FORMS.has(tokens[v].lower) || !looksLikeVerb(tokens, v)) {
      return null;
    }
    const ref = this.subjects.left(tokens, v, start);
    return ref?.type === 'pronoun' ? { ref, span: { start: ref.span.start, end: tokens[v].end }, loose: true } : null;
  }

  /** A clause opened by a definite description of a person with any verb ("the former minister talked about “…”"). */
  descriptionVerb(tokens: readonly MaskedToken[]): Cue | null {
    const found = descriptionVerbCue(tokens);
    return found ? { ...found, loose: true } : null;
  }

  /** A clause opened by "he" or "she" with any active verb ("He then hinted that … “…”"). */
  pronounVerb(tokens: readonly MaskedToken[]): Cue | null {
    const found = pronounVerbCue(tokens, this.subjects);
    return found ? { ...found, loose: true } : null;
  }

  /**
   * The clause's named subject with any verb ("X bemoaned “…”"), or the named subject shared by a last verb joined
   * by "and" ("X was met at the gate by Y and grumbled, “…”"): the last resort before the quotation.
   */
  subjectVerb(tokens: readonly MaskedToken[]): Cue | null {
    const found = subjectVerbCue(tokens, this.subjects) ?? this.coordinatedLastVerb(tokens);
    return found ? { ...found, loose: true } : null;
  }

  /** The named subject of the last verb before the quotation when "and" joins it to the verbs before it; null otherwise. */
  private coordinatedLastVerb(tokens: readonly MaskedToken[]): SubjectVerbCue | null {
    let v = tokens.length - 1;
    while (v > 0 && tokens[v].kind === 'punct') {
      v--;
    }
    if (v <= 0 || !looksLikeVerb(tokens, v)) {
      return null;
    }
    const ref = this.coordinatedSubject(tokens, v, 0);
    return ref?.type === 'entity' ? { ref, span: { start: ref.span.start, end: tokens[v].end } } : null;
  }

  /**
   * "…,” aides said Mr. X told colleagues: a named person reported as speaking, after an unnamed source's
   * verb, said the words; the source only passes them on. The person with their verb, from tokens[r].
   */
  private reportedSpeaker(tokens: readonly MaskedToken[], phraseStart: number): SpeakerRef | null {
    let k = phraseStart;
    if (tokens[k]?.lower === 'that') {
      k++;
    }
    // Step over an honorific the name does not include ("Mr. X", "Sen. X").
    while (tokens[k + 1] && (ABBREVIATIONS.has(tokens[k].lower) || tokens[k].text === '.') && k - phraseStart < 3 && !this.mentions.at(tokens[k].start, tokens[k].end)) {
      k++;
    }
    const m = tokens[k]?.kind === 'word' ? this.mentions.at(tokens[k].start, tokens[k].end) : undefined;
    if (!m || m.entity.kind !== 'person' || isPossessiveAt(tokens, k)) {
      return null;
    }
    let v = k;
    while (v < tokens.length && tokens[v].start < m.end) {
      v++;
    }
    const verb = tokens[v];
    return verb && REPORTING_VERBS_FINITE.has(verb.lower)
      ? { type: 'entity', id: m.entity.id, span: { start: m.start, end: verb.end } }
      : null;
  }

  /** Whether the speaker phrase from tokens[k] ends in a person's name (or any entity's, `anyKind`) that ends the clause. */
  private phraseClosesAtName(tokens: readonly MaskedToken[], k: number, anyKind: boolean): boolean {
    const ref = this.subjects.right(tokens, k);
    const next = ref?.type === 'entity' && (anyKind || this.mentions.entity(ref.id)?.kind === 'person') ? this.afterName(tokens, ref.id, ref.span.end) : null;
    return next === undefined || (next !== null && (next.text === ',' || endsClause(tokens, tokens.indexOf(next))));
  }

  /**
   * Whether tokens[v] is a verb in past or present tense followed by a name that ends the clause (", quipped X.").
   * `utterance`: the quotation is a whole utterance that breaks off ("“We lost,” …"); only then may a title
   * phrase stand before the name.
   */
  private invertedName(tokens: readonly MaskedToken[], verbAt: number, utterance: boolean): boolean {
    const verb = tokens[verbAt];
    if (!/^\p{Ll}{3,}(?:ed|s)$/u.test(verb.text) || verb.lower.endsWith('ss')) {
      return false;
    }
    let k = verbAt + 1;
    const m = tokens[k]?.kind === 'word' ? this.mentions.at(tokens[k].start, tokens[k].end) : undefined;
    // "…,” exhorted Marwick's mayor, Jane X." / "…,” opined Marwick's Evening Herald.": a capitalised possessor
    // opens the phrase as "the" does; the phrase must still close the clause at a name.
    const possessor = tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k].text) && isPossessiveAt(tokens, k);
    const titled = utterance && (tokens[k]?.lower === 'the' || possessor || (m !== undefined && m.entity.kind !== 'person'));
    if ((!m || titled) && tokens[k]?.kind === 'word' && (titled || /^\p{Lu}/u.test(tokens[k].text))) {
      // "…,” mused <outlet> co-host Jane X.": a capitalised phrase that ends in a person's name; also one
      // that opens with "the" or a body's name and ends in a person's or a body's name ("…,” admitted the
      // Marwick manager Jane X.", "conceded Acme boss Jane X", "opined the Marwick Herald."). The phrase must
      // end the clause at the name, and the quotation must be a whole utterance: a fragment's sentence may go
      // on ("The remark, “…,” angered the Acme chairman X"). A body's own name right after the verb that ends
      // the clause is read below ("…,” reported Acme News.").
      if (this.phraseClosesAtName(tokens, k, titled)) {
        return true;
      }
    }
    if (!m || m.start < tokens[k].start) {
      return false;
    }
    while (k < tokens.length && tokens[k].start < m.end) {
      k++;
    }
    return k >= tokens.length || tokens[k].text === ',' || endsClause(tokens, k);
  }

  /**
   * "A cashier who “…” is held to account, Jane X said.": a sentence closed by ", <subject> <reporting
   * verb>" (and at most a few words of time or place) credits the quotations inside it.
   */
  closingClause(tokens: readonly MaskedToken[]): Cue | null {
    const inverted = this.closingInversion(tokens);
    if (inverted) {
      return inverted;
    }
    let end = tokens.length;
    while (end > 0 && tokens[end - 1].kind === 'punct' && /[.!?]/.test(tokens[end - 1].text)) {
      end--;
    }
    for (let v = end - 1; v > 0 && end - v <= MAX_CLOSING_TAIL; v--) {
      const t = tokens[v];
      if (t.kind !== 'word') {
        return null;
      }
      if (!REPORTING_VERBS_FINITE.has(t.lower)) {
        continue;
      }
      for (let c = v - 1; c >= 0 && v - c <= MAX_CLOSING_SUBJECT; c--) {
        if (tokens[c].text === ',') {
          const ref = this.subjects.left(tokens, v, c + 1);
          return ref && ref.type !== 'description' ? { ref, span: { start: ref.span.start, end: t.end } } : null;
        }
        if (tokens[c].kind !== 'word') {
          return null;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * "Okafor “drew well among farmers” in the primary, said Jane X, a professor …": a sentence closed
   * by ", <inverted verb> <name>" credits the quotations inside it; only a name (a description closing
   * the sentence may be someone the article never names). Every quotation inside it: one that stands
   * between this quotation and the closing clause ("The board found “…,” apart from a “minor” lapse in the
   * logbooks, said Jane X.") is a fragment of the same sentence, which the closing clause still credits as a
   * whole (cueContext.ts reads the sentence through it); a cue of the quotation's own is tried first.
   */
  private closingInversion(tokens: readonly MaskedToken[]): Cue | null {
    for (let c = 0; c + 2 < tokens.length; c++) {
      if (tokens[c].text === ',' && INVERTIBLE_VERBS.has(tokens[c + 1].lower)) {
        const ref = this.subjects.right(tokens, c + 2);
        return ref?.type === 'entity' ? { ref, span: { start: tokens[c + 1].start, end: ref.span.end } } : null;
      }
    }
    return null;
  }

  /**
   * "According to the Gazette, X told the board: “…”": a sentence opened by "according to Y," (or with the
   * clause after a comma) frames all it reports as Y's account, so Y is the source, whoever its own verb
   * makes speak. Only a named Y (an entity), and only before the quotation: a closing ", according to Y"
   * after "X said" still credits X, whose words they are (our real-article gold; PolNeAR's credits Y).
   * Not "X said that according to …", which is X's own claim.
   */
  accordingSource(before: readonly MaskedToken[]): Cue | null {
    for (let k = 0; k + 2 < before.length; k++) {
      const opens = k === 0 || before[k - 1].text === ',';
      if (opens && before[k].lower === 'according' && before[k + 1].lower === 'to') {
        const cue = this.inverted(before, k, k + 2);
        if (cue?.ref?.type === 'entity') {
          return cue;
        }
        const owner = ownPageOwner(before, k + 2);
        if (owner) {
          return { ref: owner, span: { start: before[k].start, end: owner.span.end } };
        }
      }
    }
    return null;
  }

  /** The agent of a passive cue, after the quotation: "by X". */
  agentAfter(tokens: readonly MaskedToken[]): Cue | null {
    return tokens[0]?.lower === 'by' ? this.inverted(tokens, 0, 1) : null;
  }

  /** "she said, adding that “…”", "X spoke to reporters, saying “…”", "quoted X as saying". */
  private participle(tokens: readonly MaskedToken[], verbAt: number, lo: number): Cue | null {
    // "with X reportedly yelling: “…”": an adverb may stand between the person and the participle.
    const p = verbAt - 1 >= lo && isSkippable(tokens[verbAt - 1]) ? verbAt - 2 : verbAt - 1;
    const named = p >= lo && tokens[p].kind === 'word' && !isPossessiveAt(tokens, p) ? this.mentions.at(tokens[p].start, tokens[p].end) : undefined;
    if (named && (named.entity.kind === 'person' || opensAbsoluteClause(tokens, lo, p, named.start))) {
      // "footage of X saying “…”": the person right before the participle speaks, whatever the clause; a body does
      // after "with" ("…, with the Kelso Alliance accusing rich countries of “…”").
      return { ref: { type: 'entity', id: named.entity.id, span: { start: named.start, end: named.end } }, span: { start: named.start, end: tokens[verbAt].end } };
    }
    if (tokens[verbAt - 1]?.lower === 'as') {
      for (let q = verbAt - 2; q >= lo && verbAt - q < 12; q--) {
        if (QUOTED_AS_VERBS.has(tokens[q].lower)) {
          const passive = q - 1 >= lo && PASSIVE_AUXILIARIES.has(tokens[q - 1].lower);
          const ref = passive ? this.subjects.left(tokens, q - 1, lo) : this.subjects.right(tokens, q + 1);
          if (ref) {
            return { ref, span: { start: tokens[q].start, end: tokens[verbAt].end } };
          }
        }
      }
    }
    const earlier = this.verbBefore(tokens.slice(0, verbAt), lo);
    if (earlier) {
      return earlier;
    }
    // "He’s claiming that …": the pronoun with "is" run into it (contractedPronounSubject).
    const progressive = p < lo ? null : BE_FORMS.has(tokens[p].lower) ? this.subjects.left(tokens, p, lo) : contractedPronounSubject(tokens[p]);
    if (progressive) {
      // "The Ardian senator is telling reporters that …": a form of "be" before the participle makes it the verb of
      // a progressive; its subject speaks, a description or a pronoun as much as a name ("X said the aides were
      // calling “…”" is X's: the earlier reporting verb wins).
      return { ref: progressive, span: { start: progressive.span.start, end: tokens[verbAt].end } };
    }
    const subject = this.clauseSubject(tokens, lo, verbAt);
    return subject ? { ref: subject, span: { start: subject.span.start, end: tokens[verbAt].end } } : null;
  }

  /**
   * The subject of the clause a participle hangs on: its first person named (else body), or a leading pronoun. A
   * clause opened by a subordinator ("As X spoke, the Vardo union was lobbying …, urging …") is read after its comma
   * first: the main clause's subject, when it names one, is the participle's.
   */
  private clauseSubject(tokens: readonly MaskedToken[], lo: number, verbAt: number): SpeakerRef | null {
    const opening = this.openingPhraseEnd(tokens, lo, verbAt);
    const main = subordinateClauseEnd(tokens, lo, verbAt) ?? (opening === null ? null : subordinateClauseEnd(tokens, opening, verbAt));
    return (main === null ? null : this.clauseSubjectFrom(tokens, main, verbAt)) ?? this.clauseSubjectFrom(tokens, lo, verbAt);
  }

  /**
   * "In June, after X …, Y emailed …, telling …": a short opening phrase of time or place set off by a comma, naming
   * no one, may stand before the subordinate clause; the token after its comma, or null.
   */
  private openingPhraseEnd(tokens: readonly MaskedToken[], lo: number, verbAt: number): number | null {
    for (let k = lo; k < verbAt && k - lo <= MAX_OPENING_PHRASE; k++) {
      const t = tokens[k];
      if (t.kind === 'quote' || (t.kind === 'word' && this.mentions.at(t.start, t.end) !== undefined)) {
        return null;
      }
      if (t.text === ',') {
        return k > lo ? k + 1 : null;
      }
    }
    return null;
  }

  private clauseSubjectFrom(tokens: readonly MaskedToken[], lo: number, verbAt: number): SpeakerRef | null {
    let org: SpeakerRef | null = null;
    for (let k = lo; k < verbAt; k++) {
      const t = tokens[k];
      if (t.kind === 'quote') {
        return null;
      }
      if ((k === lo || (k - 1 > lo && tokens[k - 1].text === ',' && org === null)) && PERSONAL_PRONOUNS.has(t.lower)) {
        // "On Tuesday, he seemed to relent, warning that …": a pronoun after an opening phrase's comma opens the clause
        // as one at its start does, when no one is named before it.
        return this.subjects.right(tokens, k);
      }
      const m = t.kind === 'word' ? this.mentions.at(t.start, t.end) : undefined;
      const first = m ? tokens.findIndex(one => one.end > m.start) : -1;
      const campaign = m && first === k && k === lo ? candidateBodyAfter(tokens, k, m) : null;
      if (campaign) {
        return campaign;
      }
      if (!m || first !== k || isPossessiveAt(tokens, k) || (k > lo && PREPOSITIONS.has(tokens[k - 1].lower))) {
        continue;
      }
      if (m.entity.kind === 'person' && k > lo && (tokens[k - 1].lower === 'a' || tokens[k - 1].lower === 'an')) {
        // "children use a X action figure to …, yelling “…”": a person's name after "a" only qualifies a thing.
        continue;
      }
      if (m.entity.kind === 'person') {
        return this.subjects.right(tokens, k);
      }
      org ??= this.subjects.right(tokens, k);
    }
    return org;
  }

  /**
   * The first token after a name that starts at or before `from`: tokens still inside a mention of the
   * same person are skipped, so a middle initial's full stop ("― Jane Q. Doe") is not read as the end.
   */
  private afterName(tokens: readonly MaskedToken[], id: string, from: number): MaskedToken | undefined {
    let end = from;
    for (const t of tokens) {
      if (t.start < end) {
        continue;
      }
      const m = this.mentions.at(t.start, t.end);
      if (m?.entity.id !== id || m.end <= t.start) {
        return t;
      }
      end = Math.max(t.end, m.end);
    }
    return undefined;
  }

  /** "said Mr X", "according to X", "described by X": the speaker phrase starts at tokens[r]. */
  private inverted(tokens: readonly MaskedToken[], verbAt: number, phraseStart: number): Cue | null {
    const ref = this.subjects.right(tokens, phraseStart);
    if (!ref) {
      return null;
    }
    const start = Math.min(tokens[verbAt].start, ref.span.start);
    return { ref, span: { start, end: Math.max(tokens[verbAt].end, ref.span.end) } };
  }

  /**
   * Cue in the words after the quotation (up to the end of its sentence). quoteText is the quotation,
   * to tell a complete sentence ("“We will win.” Smith said the talks …") from an attributed one.
   */
  after(tokens: readonly MaskedToken[], quoteText: string): Cue | null {
    const { first: k, dashed } = afterLeadingMarks(tokens);
    const first = tokens[k];
    if (!first || first.kind !== 'word') {
      return null;
    }
    const signed = dashed && /^\p{Lu}/u.test(first.text) ? this.signature(tokens, k) : null;
    if (signed) {
      return signed;
    }
    const according = first.lower === 'according' && tokens[k + 1]?.lower === 'to';
    if (INVERTIBLE_VERBS.has(first.lower) && opensSentenceAfterFullStop(tokens, k, quoteText)) {
      // "“… we will see.” Asked what comes next, she said: “…”": the capitalised verb opens a new sentence that
      // introduces the next quotation; it is no inversion ("…,” said X") crediting this one.
      return null;
    }
    if (INVERTIBLE_VERBS.has(first.lower) || according) {
      return this.inverted(tokens, k, according ? k + 2 : k + 1);
    }
    const owned = this.speechNounAfter(tokens, k) ?? this.framedAfter(tokens, k);
    if (owned) {
      return owned;
    }
    if (this.invertedName(tokens, k, /^\W*\p{Lu}/u.test(quoteText) && /[,?!]\W*$/u.test(quoteText.trim()))) {
      // "…,” quipped Jane X." / "…,” reported Acme News.": any verb inverted before a name that closes the clause.
      return this.inverted(tokens, k, k + 1);
    }
    if (first.lower === 'as' && k + 1 < tokens.length) {
      // "“…,” as Jane X said on Monday": the clause that names the quotation's source.
      return this.subjectAndVerbAfter(tokens, k + 1, quoteText);
    }
    // A subject starts with a name, pronoun, determiner or noun; not with a clause word, preposition or participle,
    // unless the participle opens a title ("“…,” managing director X said", "acting chief executive X").
    if (PHRASE_BOUNDARIES.has(first.lower) || PREPOSITIONS.has(first.lower) || (/^\p{Ll}+ing$/u.test(first.text) && !opensParticipleTitle(tokens, k))) {
      return null;
    }
    return this.subjectAndVerbAfter(tokens, k, quoteText);
  }

  /**
   * "“…,” he shrugged." / "“…?” she laughed.": a quotation that breaks off at a comma, a question or an exclamation,
   * followed by "he" or "she" and a verb of any kind (a manner of speaking no reporting-verb list holds), is the words
   * of the person the pronoun stands for. Too loose to make a short scare quote speech.
   */
  pronounSpeakerAfter(tokens: readonly MaskedToken[], quoteText: string): Cue | null {
    const { first } = afterLeadingMarks(tokens);
    const pronoun = tokens[first];
    // Lower case only: "“… for good.” He left the hall" opens a new sentence.
    if (!pronoun || !GENDERED_SUBJECT_PRONOUNS.has(pronoun.text) || !(/[,?!]\W*$/u.test(quoteText.trim()) || tokens[0]?.text === ',')) {
      return null;
    }
    let v = first + 1;
    while (v < tokens.length && isSkippable(tokens[v])) {
      v++;
    }
    return v < tokens.length && looksLikeVerb(tokens, v)
      ? { ref: { type: 'pronoun', word: pronoun.lower, span: pronoun }, span: { start: pronoun.start, end: tokens[v].end }, loose: true }
      : null;
  }

  /**
   * "“…,” Jane X fumed on Tuesday." / "“…?” Jane X pressed.": a quotation that breaks off at a comma, a
   * question or an exclamation, followed by a person's name and a verb of any kind, is that person's.
   * Too loose to make a short scare quote speech.
   */
  namedSpeakerAfter(tokens: readonly MaskedToken[], quoteText: string): Cue | null {
    const { first } = afterLeadingMarks(tokens);
    // "“…,” an angry X retaliated": "a"/"an" and an adjective or two describe the person named after them.
    const at = first + describedBy(tokens, first);
    const name = at < tokens.length && (/[,?!]$/.test(quoteText.trim()) || tokens[0]?.text === ',') ? this.personAt(tokens, at) : null;
    if (!name) {
      return null;
    }
    let v = at;
    while (v < tokens.length && tokens[v].start < name.span.end) {
      v++;
    }
    while (v < tokens.length && isSkippable(tokens[v])) {
      v++;
    }
    return v < tokens.length && !isPossessiveAt(tokens, v - 1) && looksLikeVerb(tokens, v)
      ? { ref: name, span: { start: name.span.start, end: tokens[v].end }, loose: true }
      : null;
  }

  /**
   * "“…,” Jane X, 30, of Dayton, who was among those polled, said …" / "“…,” Jane X, the pollster who
   * founded the site tweeted": a person named right after the quotation, then a comma and an appositive
   * too long or too clause-like for the subject reader, then a reporting verb: that person. The verb must
   * not follow a relative or personal pronoun (the appositive's own clause, "who said …"). Any verb right
   * after the appositive's closing comma will do too ("Jane X, the former governor, proclaimed"), as a
   * loose cue.
   */
  namedSubjectAfter(tokens: readonly MaskedToken[], quoteText: string): Cue | null {
    const { first: at } = afterLeadingMarks(tokens);
    const name = at < tokens.length ? this.personAt(tokens, at) : null;
    const comma = name ? tokens.findIndex(token => token.start >= name.span.end) : -1;
    if (!name || comma < 0 || tokens[comma].text !== ',') {
      return null;
    }
    for (let v = comma + 1; v < tokens.length && v - at < MAX_APPOSITIVE_SUBJECT; v++) {
      if (tokens[v].kind === 'quote' || endsClause(tokens, v)) {
        return null;
      }
      const previous = tokens[v - 1].lower;
      if (this.verbKind(tokens, v) === 'finite' && !RELATIVE_PRONOUNS.has(previous) && !PERSONAL_PRONOUNS.has(previous)) {
        // "“We will win.” Jane X, the owner, said the club …": after a complete sentence, a verb that opens a
        // new clause reports new speech, not the quotation before it.
        return this.opensNewSpeech(tokens, v, quoteText) ? null : { ref: name, span: { start: name.span.start, end: tokens[v].end } };
      }
      if (previous === ',' && v > comma + 1 && looksLikeVerb(tokens, v)) {
        // "“…,” Jane X, the former governor, proclaimed": any verb right after the appositive's closing comma.
        return { ref: name, span: { start: name.span.start, end: tokens[v].end }, loose: true };
      }
    }
    return null;
  }

  /**
   * The person whose name starts at tokens[at]: a mention, or a capitalised word the recogniser missed
   * that is exactly one person's surname or alias.
   */
  private personAt(tokens: readonly MaskedToken[], at: number): SpeakerRef | null {
    const token = tokens[at];
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) {
      return null;
    }
    const m = this.mentions.at(token.start, token.end);
    if (m) {
      return m.entity.kind === 'person' && m.start >= token.start ? { type: 'entity', id: m.entity.id, span: { start: m.start, end: m.end } } : null;
    }
    const named = isPossessiveAt(tokens, at) ? undefined : this.mentions.personNamed(token.text);
    return named ? { type: 'entity', id: named.id, span: { start: token.start, end: token.end } } : null;
  }

  /**
   * A line that is only a signature after a dash ("— Jane Doe, Springfield."), as a paragraph of its own after a
   * quotation; closing: the line ends in the closing mark of the quotation left open in the paragraph before ("“…⏎Jane
   * Doe, Springfield Institute.”", a pull quote signed inside its marks), which marks it as a signature without a dash.
   */
  signatureLine(tokens: readonly MaskedToken[], closing = false): Cue | null {
    const { first, dashed } = afterLeadingMarks(tokens);
    return (dashed || closing) && tokens[first]?.kind === 'word' && /^\p{Lu}/u.test(tokens[first].text) ? this.signature(tokens, first) : null;
  }

  /** A signature after a dash ("“…” — Jane Doe, chief executive"): a name from tokens[k], then a comma or the end. */
  private signature(tokens: readonly MaskedToken[], at: number): Cue | null {
    const ref = this.subjects.right(tokens, at);
    if (ref?.type !== 'entity') {
      return null;
    }
    const next = this.afterName(tokens, ref.id, ref.span.end);
    return next === undefined || next.text === ',' || endsClause(tokens, tokens.indexOf(next)) ? { ref, span: ref.span } : null;
  }

  /** Whether the verb at tokens[verbAt], after a quotation that is a complete sentence, opens new reported speech ("“We will win.” X said the talks …"). */
  private opensNewSpeech(tokens: readonly MaskedToken[], verbAt: number, quoteText: string): boolean {
    // "“…!” She replied to him that …": "to" and an object pronoun may stand between the verb and its clause.
    const next = tokens[verbAt + 1]?.lower === 'to' && ADDRESSEE_OBJECT_PRONOUNS.has(tokens[verbAt + 2]?.lower ?? '') ? verbAt + 3 : verbAt + 1;
    return ENDINGS.test(quoteText.trim()) && !OBJECT_VERBS.has(tokens[verbAt].lower) && CLAUSE_STARTERS.has(tokens[next]?.lower ?? '');
  }

  /** "…,” X said." / "…,” aides said X told colleagues.": the first reporting verb from tokens[k] on, with its subject. */
  private subjectAndVerbAfter(tokens: readonly MaskedToken[], at: number, quoteText: string): Cue | null {
    for (let v = at; v < tokens.length && v - at < AFTER_VERB_WINDOW; v++) {
      const verb = tokens[v];
      if (verb.kind === 'quote' || endsClause(tokens, v)) {
        return null;
      }
      const kind = this.verbKind(tokens, v);
      if (kind !== 'finite' && kind !== 'base') {
        continue;
      }
      if (this.opensNewSpeech(tokens, v, quoteText)) {
        return null;
      }
      const ref = this.subjects.left(tokens, v, at);
      if (ref && pronounOpensNextSentence(tokens, at, quoteText) && ref.span.start > tokens[at].start) {
        // "“… a vote.” She wants new rules for pension claims.": the pronoun is the new sentence's subject; a
        // reporting verb's look-alike deep in its predicate ("claims") is no cue for the quotation before it.
        return null;
      }
      const inner = ref && ref.type !== 'entity' ? this.reportedSpeaker(tokens, v + 1) : null;
      if (inner) {
        return { ref: inner, span: { start: ref?.span.start ?? inner.span.start, end: inner.span.end } };
      }
      return ref ? { ref, span: { start: ref.span.start, end: verb.end } } : null;
    }
    return null;
  }
}

/**
 * "…, with the Kelso Alliance accusing rich countries of “…”": "with" (and an article) right before the name that
 * ends at token `last` opens an absolute clause, whose participle the name is the subject of, a body as much as a
 * person; otherwise the participle hangs on the main clause, whose subject speaks.
 */
function opensAbsoluteClause(tokens: readonly MaskedToken[], lo: number, last: number, nameStart: number): boolean {
  let q = last;
  while (q > lo && tokens[q - 1].start >= nameStart) {
    q--;
  }
  q--;
  if (q >= lo && ARTICLES.has(tokens[q].lower)) {
    q--;
  }
  return q >= lo && tokens[q].lower === 'with';
}

/**
 * "According to the airline's website, …": the body a description names through its own page (list quote-own-pages),
 * as a description of that body ("the airline"), which the resolver places as it does "the carrier said"; null when
 * tokens[at] opens no "the <noun>'s <page>".
 */
function ownPageOwner(tokens: readonly MaskedToken[], at: number): SpeakerRef | null {
  const article = tokens[at], noun = tokens[at + 1];
  if (article?.lower !== 'the' || noun === undefined || noun.kind !== 'word' || !/^\p{Ll}/u.test(noun.text) || !isPossessiveAt(tokens, at + 1)) {
    return null;
  }
  const pageAt = /[’']s$/iu.test(noun.text) ? at + 2 : at + 3;
  const page = tokens[pageAt];
  if (page === undefined || !OWN_PAGES.has(page.lower)) {
    return null;
  }
  const word = noun.text.replace(/[’']s$/iu, '');
  return { type: 'description', words: [article.text, word], owner: null, span: { start: article.start, end: noun.start + word.length } };
}
