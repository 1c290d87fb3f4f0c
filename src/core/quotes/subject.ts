// The phrase that names who speaks, read from the tokens around a reporting verb: the subject to its
// left ("Secretary of State Marta Quiroga said"), or the phrase to its right in inversions ("said Mr X",
// "according to X").

import type { Span } from '../model';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import {
  ABBREVIATIONS, BODY_DESCRIPTION_HEADS, INDEFINITE_DETERMINERS, PERSONAL_PRONOUNS, PHRASE_BOUNDARIES, PREPOSITIONS, PRONOUN_CONTRACTIONS, RELATIVE_PRONOUNS, TITLE_NOUNS,
} from '../lexicon/quotes';
import { DEFINITE_DETERMINERS } from '../lexicon/determiners';
import { ABBREVIATED_TITLES, HONORIFICS, PARTY_TAG, TITLE_HEADS, TITLE_MODIFIERS, has, isPostNominal } from '../lexicon/entities';
import { SCREEN_NAME_GOING_VERBS, SCREEN_NAME_NOUNS, SCREEN_NAME_VERBS } from '../lexicon/names';
import type { IndexedMention, MentionIndex } from './mentionIndex';
import { chainWord, endsPersonChain, MAX_TITLE_CHAIN, postAfterBody } from './titleChain';
import { isAbbreviationStop, isDash, isDottedInitialism, isSkippable, skipAdverbial, skipBrackets } from './subjectTokens';
import { AFFILIATION_PREPOSITIONS, ORIGIN_PREPOSITIONS, OWN_MESSAGES, WORKPLACE_PREPOSITIONS } from '../lexicon/quoteCues';
import { isPossessiveAt, type MaskedToken } from './tokens';
import { bodyDocumentBefore, documentNounEndingAt, isBodyDocumentNoun, issuedDocumentBefore, issuingVerbBefore, senderAfterDocument, skipDocumentModifiers } from './documentIssuer';

/** Who a cue names, before resolution to an entity. */
export type SpeakerRef =
  | { readonly type: 'entity'; readonly id: string; readonly span: Span }
  | { readonly type: 'pronoun'; readonly word: string; readonly span: Span }
  /** words: as written, in order; owner: a named person who possesses it ("<name>’s chief of staff"). */
  | { readonly type: 'description'; readonly words: readonly string[]; readonly owner: string | null; readonly span: Span };

/** Lower-case words that end a "<body> <post> <Name>" chain: function words, not nouns naming a post. */
const CHAIN_BREAKERS: ReadonlySet<string> = new Set([...PHRASE_BOUNDARIES.words, ...PREPOSITIONS.words, ...DEFINITE_DETERMINERS.words, ...INDEFINITE_DETERMINERS.words, ...PERSONAL_PRONOUNS.words]);

/** A lower-case word that may stand between a body and its document ("the IMF's latest quarterly report"). */
function isDocumentModifier(token: MaskedToken): boolean {
  return token.kind === 'word' && /^\p{Ll}/u.test(token.text) && !CHAIN_BREAKERS.has(token.lower);
}

/** Longest appositive without its closing comma ("X, head of retail services at consulting group Acme said"). */
const MAX_UNCLOSED_APPOSITIVE = 14;
/** Punctuation that may stand before a clause's subject. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([',', '.', ';', ':', '(', '\u2014', '\u2013']);

/** Punctuation an unclosed appositive may hold ("Jane X, head of retail at Smith & Co., said"). */
const APPOSITIVE_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', '&']);


/** Longest description read leftwards ("the US secretary of state"). */
const MAX_DESCRIPTION_WORDS = 8;
/** Longest appositive skipped between a subject and its verb. */
const MAX_APPOSITIVE_TOKENS = 30;
/**
 * "Acme Holdings Ltd., the company that …", "X of the F.B.I. said": the full stop at tokens[at] belongs to the
 * abbreviation or the dotted initialism before it.
 */
function abbreviationWordAt(tokens: readonly MaskedToken[], at: number, lo: number): number {
  const stop = tokens[at];
  const before = tokens[at - 1];
  return at - 1 >= lo && stop.text === '.' && before.end === stop.start && (ABBREVIATIONS.has(before.lower) || isDottedInitialism(before)) ? at - 1 : at;
}

/** The first token (not left of tokens[lo], not across a quotation) that lies in the mention ending at tokens[i]. */
function mentionFirstToken(tokens: readonly MaskedToken[], index: number, lo: number, mention: Span): number {
  let k = index;
  while (k - 1 >= lo && tokens[k - 1].kind !== 'quote' && tokens[k - 1].end > mention.start) {
    k--;
  }
  return k;
}

/**
 * The token before a name's title words ("Mr.", "Sen.", "Senator"), from tokens[at] leftwards: "for Mr. X" gives
 * the index of "for". Only capitalised honorifics and their full stops are passed.
 */
/**
 * "a spokeswoman for the department", "the head of the agency": the index of a person's title noun (quote-title-nouns)
 * before a preposition and "the" that stand before the body noun at tokens[at] (a body description head); -1 when the
 * words before the body noun are not so. The speaker is the unnamed person, not the body (a spokesperson for a named
 * body is unnamed too).
 */
function titleBeforeBodyNoun(tokens: readonly MaskedToken[], at: number, lo: number): number {
  if (!BODY_DESCRIPTION_HEADS.has(tokens[at].lower) || at - 3 < lo || tokens[at - 1].lower !== 'the') {
    return -1;
  }
  const preposition = tokens[at - 2];
  const title = tokens[at - 3];
  return preposition.kind === 'word' && PREPOSITIONS.has(preposition.lower) && title.kind === 'word' && TITLE_NOUNS.has(title.lower) ? at - 3 : -1;
}

function prepositionBeforeTitle(tokens: readonly MaskedToken[], at: number, lo: number): number {
  let k = at;
  let titled = false;
  while (k - 1 >= lo && (tokens[k].text === '.' || isTitleWord(tokens[k]))) {
    titled ||= has(TITLE_HEADS, tokens[k].lower);
    k--;
  }
  return titled ? prepositionBeforePortfolio(tokens, k, lo) ?? k : k;
}

/**
 * "the Spokesperson of the Council, Ms. X, said", "The Special Envoy of the Union, X, told …": a post capitalised by
 * house style (state-agency and institutional copy) after "the", right before its "of"/"for": a description the body
 * completes, as in lower case, not the body's own name. Only a title noun (quote-title-nouns: "spokesperson",
 * "envoy", "secretary"); "the Bank of X", "the Council of Y" are names.
 */
function capitalisedPostAfterThe(tokens: readonly MaskedToken[], at: number, lo: number): boolean {
  const article = tokens[at - 1];
  return isCapitalisedPost(tokens[at]) && at - 1 >= lo && article.kind === 'word' && article.lower === 'the';
}

/** A title noun (quote-title-nouns) capitalised by house style: "Spokesperson", "Envoy", "Secretary". */
function isCapitalisedPost(token: MaskedToken | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text) && TITLE_NOUNS.has(token.lower);
}

/** How many words of a portfolio and a level may stand between "for" and a title head ("for federal Environment Minister X"). */
const MAX_PORTFOLIO_WORDS = 3;

/**
 * "a spokesman for federal Environment Minister X said": past a title head, up to three capitalised portfolio words and
 * lower-case level words (list title-modifiers: "federal", "state", "former") back to "for"; its index, or undefined
 * when it does not stand there (then the title words alone were read). Only "for", which makes the name complete a
 * description: "a letter from Vardo Mayor X, who …" and "according to Finance Minister X" keep X.
 */
function prepositionBeforePortfolio(tokens: readonly MaskedToken[], from: number, lo: number): number | undefined {
  for (let k = from, n = 0; k - 1 >= lo && n < MAX_PORTFOLIO_WORDS; k--, n++) {
    const token = tokens[k];
    if (token.kind !== 'word' || !(/^\p{Lu}/u.test(token.text) || has(TITLE_MODIFIERS, token.lower))) {
      return undefined;
    }
    if (tokens[k - 1].lower === 'for') {
      return k - 1;
    }
  }
  return undefined;
}

/** How many lower-case words may describe a body between a workplace preposition and its name ("of the campaign group X"). */
const MAX_BODY_DESCRIPTOR_WORDS = 3;

/** A lower-case noun-like word describing a body before its name ("research", "consultancy", "brokers"): no function word, no verb form. */
function isBodyDescriptorWord(token: MaskedToken): boolean {
  return token.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(token.text) && !CHAIN_BREAKERS.has(token.lower)
    && !WORKPLACE_PREPOSITIONS.has(token.lower) && !isVerbForm(token.lower);
}

/** Most lower-case words naming a unit of a body after its possessive ("the agency's regional field office"). */
const MAX_BODY_UNIT_WORDS = 4;

/**
 * A lower-case word of a body's unit after its possessive ("field", "housing", "parks", "customer service"): no function
 * word, no preposition and no past form. Plural and -ing nouns pass ("parks", "housing"), which the lexicon often
 * knows only as verb forms.
 */
function isBodyUnitWord(token: MaskedToken): boolean {
  return token.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(token.text) && !CHAIN_BREAKERS.has(token.lower)
    && !AFFILIATION_PREPOSITIONS.has(token.lower) && !/ed$/.test(token.lower);
}

/** A word that opens with a capital letter ("Water" in "Acme Water's"). */
function isCapitalisedWord(token: MaskedToken): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** A capitalised honorific or title before a name ("Mr.", "Sen.", "Senator", "Gov."). */
function isTitleWord(token: MaskedToken): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text)
    && (has(HONORIFICS, token.lower) || has(ABBREVIATED_TITLES, token.lower) || has(TITLE_HEADS, token.lower));
}

/** A word the lexicon knows only as a verb, or a past form ("attacked", "told"): no noun naming a post. */
function isVerbForm(word: string): boolean {
  const flags = lexiconFlags(word);
  return /ed$/.test(word) || ((flags & Tag.Verb) !== 0 && (flags & Tag.Noun) === 0);
}

/** Whether the words from tokens[from] (before tokens[to]) open with a relative pronoun ("who once advised X"). */
function opensRelativeClause(tokens: readonly MaskedToken[], from: number, to: number): boolean {
  return from < to && tokens[from].kind === 'word' && RELATIVE_PRONOUNS.has(tokens[from].lower);
}

/**
 * Whether the name starting at `start` (before the comma at tokens[comma]) stands inside a relative clause set off by
 * a comma before it: "X, who leads the Y Trust," (the clause's object, not a phrase of its own).
 */
function objectOfRelativeClause(tokens: readonly MaskedToken[], start: number, comma: number, lo: number): boolean {
  let k = tokens.findIndex(token => token.end > start) - 1;
  while (k >= lo && tokens[k].text !== ',' && tokens[k].kind !== 'quote' && comma - k <= MAX_APPOSITIVE_TOKENS) {
    k--;
  }
  return k >= lo && tokens[k].text === ',' && opensRelativeClause(tokens, k + 1, comma);
}

/** How many words an appositive between a name and its relative clause may hold ("X, Dean of Vardo Cathedral, who …"). */
const MAX_APPOSITIVE_WORDS = 8;

/** How many capitalised style and title words may stand between "by" and a name ("by the Most Rev Dr X"). */
const MAX_STYLE_WORDS = 5;

/** How many lower-case words a relative clause's verb phrase may hold before its object's name ("who had once advised"). */
const MAX_RELATIVE_VERB_WORDS = 4;

/**
 * The index of the word before a relative pronoun that opens a clause ending right before the name at tokens[k]
 * ("pastor" in "a pastor who once advised X"), when only lower-case words (at least one that is no determiner) stand between
 * the pronoun and the name; -1 otherwise ("that X said", "that the X said": X is that clause's subject).
 */
function relativePronounBefore(tokens: readonly MaskedToken[], k: number, lo: number): number {
  let j = k - 1;
  let verbWords = 0;
  while (j >= lo && k - j <= MAX_RELATIVE_VERB_WORDS && tokens[j].kind === 'word' && /^\p{Ll}/u.test(tokens[j].text) && !RELATIVE_PRONOUNS.has(tokens[j].lower)) {
    verbWords += DEFINITE_DETERMINERS.has(tokens[j].lower) || INDEFINITE_DETERMINERS.has(tokens[j].lower) ? 0 : 1;
    j--;
  }
  const antecedent = j - 1;
  // "reported that the X said": only a determiner after "that" makes it a clause's opening, X its subject.
  return verbWords > 0 && antecedent >= lo && RELATIVE_PRONOUNS.has(tokens[j].lower) && tokens[antecedent].kind === 'word' ? antecedent : -1;
}

/**
 * The words tokens[from..to) of a relative clause name its antecedent: "(who) posts as", "goes by", "is known as", "uses
 * the handle" (lists screen-name-verbs, screen-name-going-verbs, screen-name-nouns): the name after them is the
 * antecedent's own, not an object of the clause.
 */
function namingClause(tokens: readonly MaskedToken[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map(token => token.lower);
  const [verb, link] = words.slice(-2);
  return (words.length === 2 && ((link === 'as' && has(SCREEN_NAME_VERBS, verb)) || (link === 'by' && has(SCREEN_NAME_GOING_VERBS, verb))))
    || (link === 'as' && verb === 'known') || has(SCREEN_NAME_NOUNS, words[words.length - 1] ?? '');
}

/** A subject pronoun with an auxiliary run into it ("He’s", "they've", quote-pronoun-contractions). */
const CONTRACTED_PRONOUN = /^(\p{L}+)[’'](\p{L}+)$/u;

/**
 * "He’s claiming that …", "he’s said": the pronoun of a subject pronoun contracted with an auxiliary
 * (quote-pronoun-contractions), as a subject reference spanning its own letters; null for any other word ("Kelso’s").
 */
export function contractedPronounSubject(token: MaskedToken): SpeakerRef | null {
  const parts = token.kind === 'word' ? CONTRACTED_PRONOUN.exec(token.lower) : null;
  if (!parts || !PERSONAL_PRONOUNS.has(parts[1]) || !PRONOUN_CONTRACTIONS.has(parts[2])) {
    return null;
  }
  return { type: 'pronoun', word: parts[1], span: { start: token.start, end: token.start + parts[1].length } };
}

/** The most capitalised words of a place between a named subject's "in" and its verb ("in New York City said"). */
const MAX_PLACE_PHRASE_WORDS = 3;

/** Most words naming whom a message went to ("to her supporters in the county"). */
const MAX_RECIPIENT_WORDS = 5;

/** Most words between a possessive and the message noun after it ("Kelso’s weekly campaign email"). */
const MAX_MESSAGE_MODIFIERS = 3;

/**
 * "Kelso’s letter to the council said", "her email to supporters notes that …": a message of the writer's own (list
 * quote-own-messages) after a possessive (a name's or "his"/"her"), then "to" and a few words naming whom it went to,
 * right before the verb. The message speaks (resolveSpeaker.ts messageWriter credits its writer), never the
 * recipients the words before the verb name. The index of the message noun, or undefined when no such phrase ends at
 * index.
 */
function beforeRecipientPhrase(tokens: readonly MaskedToken[], index: number, lo: number): number | undefined {
  let to = index - 1;
  while (to > lo && index - to <= MAX_RECIPIENT_WORDS && tokens[to].kind === 'word' && tokens[to].lower !== 'to') {
    to--;
  }
  const noun = to - 1;
  if (noun < lo || tokens[to].lower !== 'to' || tokens[index].kind !== 'word' || !OWN_MESSAGES.has(tokens[noun].lower)) {
    return undefined;
  }
  for (let k = noun - 1; k >= lo && noun - k <= MAX_MESSAGE_MODIFIERS + 1; k--) {
    if (tokens[k].text === '’' || tokens[k].text === "'") {
      continue;
    }
    if (tokens[k].kind !== 'word') {
      return undefined;
    }
    if (isPossessiveAt(tokens, k) || tokens[k].lower === 'his' || tokens[k].lower === 'her') {
      return noun;
    }
  }
  return undefined;
}

/** The index just before the run of up to MAX_PLACE_PHRASE_WORDS capitalised words ending at tokens[index]; index when none. */
function capitalisedRunBefore(tokens: readonly MaskedToken[], index: number, lo: number): number {
  let k = index;
  while (k >= lo && index - k < MAX_PLACE_PHRASE_WORDS && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) {
    k--;
  }
  return k;
}

/** The first of the dashes that run back from tokens[at] ("--" is two hyphen tokens), not reading left of tokens[lo]. */
function dashRunStart(tokens: readonly MaskedToken[], at: number, lo: number): number {
  let k = at;
  while (k - 1 >= lo && isDash(tokens[k - 1]) && tokens[k - 1].end === tokens[k].start) {
    k--;
  }
  return k;
}

export class SubjectReader {
  constructor(private readonly mentions: MentionIndex) {}

  /** The subject of the verb at tokens[v], not reading left of tokens[lo]. */
  left(tokens: readonly MaskedToken[], verbAt: number, lo: number): SpeakerRef | null {
    let i = verbAt - 1;
    while (i >= lo && isSkippable(tokens[i])) {
      i--;
    }
    if (i >= lo) {
      i = skipAdverbial(tokens, i, lo);
    }
    while (i >= lo && isSkippable(tokens[i])) {
      i--;
    }
    if (i >= lo && tokens[i].text === ')') {
      // "The Law Society (LS) said": the short name in brackets belongs to the subject before it.
      i = skipBrackets(tokens, i, lo);
    }
    if (i < lo) {
      return null;
    }
    i = this.beforePlacePhrase(tokens, i, lo) ?? this.beforeHometownPhrase(tokens, i, lo) ?? beforeRecipientPhrase(tokens, i, lo) ?? i;
    const t = tokens[i];
    if (t.text === ',' || isDash(t)) {
      return this.partyTaggedBeforeComma(tokens, i, lo) ?? this.appositive(tokens, i, lo) ?? this.bracketedBeforeComma(tokens, i, lo);
    }
    return this.headAt(tokens, i, lo);
  }

  /**
   * "U.S. District Judge Dana Kelso in Chicago said", "Ivo Marr in New York told reporters": a named subject, then "in" and
   * a place's capitalised words (no mention of anyone) before the verb; the place says where the subject spoke, the
   * subject is the name before "in". The index of the name's last word, or undefined when no such phrase ends at i.
   */
  private beforePlacePhrase(tokens: readonly MaskedToken[], index: number, lo: number): number | undefined {
    let k = index;
    while (k >= lo && index - k < MAX_PLACE_PHRASE_WORDS && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)
      && this.mentions.at(tokens[k].start, tokens[k].end) === undefined) {
      k--;
    }
    const name = k - 1;
    if (k === index || name < lo || tokens[k].lower !== 'in' || tokens[name].kind !== 'word' || isPossessiveAt(tokens, name)) {
      return undefined;
    }
    return this.mentions.at(tokens[name].start, tokens[name].end) === undefined ? undefined : name;
  }

  /**
   * "Ilse Varga of Dunmore, North Carolina says", "Ivo Marr from Kelso, Scotland, told": a named person, "of"/"from", a
   * hometown and, after a comma, its state or country right before the verb. Read from the verb, the state's words
   * (a mention when the document also names the state alone) would end the subject and the comma open an appositive.
   * The index of the name's last word, or undefined when no such phrase ends at i. "X of Acme said" (one run, no
   * comma) stays with workplaceHolder.
   */
  private beforeHometownPhrase(tokens: readonly MaskedToken[], index: number, lo: number): number | undefined {
    const comma = capitalisedRunBefore(tokens, index, lo);
    if (comma === index || comma - 1 < lo || tokens[comma].text !== ',') {
      return undefined;
    }
    const preposition = capitalisedRunBefore(tokens, comma - 1, lo);
    const name = preposition - 1;
    if (preposition === comma - 1 || name < lo || !ORIGIN_PREPOSITIONS.has(tokens[preposition].lower) || tokens[name].kind !== 'word' || isPossessiveAt(tokens, name)) {
      return undefined;
    }
    const town = this.mentions.at(tokens[preposition + 1].start, tokens[comma - 1].end);
    const person = this.mentions.at(tokens[name].start, tokens[name].end);
    return person?.entity.kind === 'person' && town?.entity.kind !== 'person' ? name : undefined;
  }

  /**
   * "After the vote in Marwick, Gov. Jane X (R-Ohio), said": a name with its bracketed party-and-state tag, then a stray
   * comma before the verb, is the subject even when an opening phrase ends in a comma further left; read as an
   * appositive, the opening phrase ("the vote") or the state letters (an organisation "OH") would take the quotation.
   * Only a party tag: "X, head of the Y Union (YU), said" is an appositive whose bracket names the body.
   */
  private partyTaggedBeforeComma(tokens: readonly MaskedToken[], comma: number, lo: number): SpeakerRef | null {
    if (tokens[comma].text !== ',' || comma - 1 < lo || tokens[comma - 1].text !== ')') {
      return null;
    }
    const head = skipBrackets(tokens, comma - 1, lo);
    const tag = tokens.slice(head + 2, comma - 1).map(token => token.text).join('');
    return head >= lo && head < comma - 1 && PARTY_TAG.test(tag) ? this.bracketedBeforeComma(tokens, comma, lo) : null;
  }

  /** "Gov. Jane X (R-Ohio), said": a name with its bracketed party and state, then a stray comma. */
  private bracketedBeforeComma(tokens: readonly MaskedToken[], comma: number, lo: number): SpeakerRef | null {
    const head = comma - 1 >= lo && tokens[comma].text === ',' && tokens[comma - 1].text === ')' ? skipBrackets(tokens, comma - 1, lo) : comma - 1;
    const ref = head >= lo && head < comma - 1 ? this.headAt(tokens, head, lo) : null;
    return ref?.type === 'entity' ? ref : null;
  }

  /**
   * "A former candidate — X, who was beaten by Y in 2011 — said": a dashed appositive that opens with a name and a
   * relative clause about it names the speaker by that name (a name inside the relative clause is its object); the
   * name, or null when the words between the dashes are not so.
   */
  private nameBeforeRelativeClause(tokens: readonly MaskedToken[], from: number, to: number): SpeakerRef | null {
    let comma = from;
    while (comma < to && tokens[comma].text !== ',') {
      comma++;
    }
    const ref = comma > from && comma < to && opensRelativeClause(tokens, comma + 1, to) ? this.headAt(tokens, comma - 1, from) : null;
    return ref?.type === 'entity' ? ref : null;
  }

  /** "X, the Y, said" or "the Y, X, said": prefer the outer phrase when it names someone, else the inner one. */
  private appositive(tokens: readonly MaskedToken[], closerAt: number, lo: number, depth = 0): SpeakerRef | null {
    const closer = tokens[closerAt];
    // A dash typed as two hyphens ("X -- Y, who … -- said") is one mark: the appositive ends before the first of them.
    const index = isDash(closer) ? dashRunStart(tokens, closerAt, lo) : closerAt;
    for (let j = index - 1; j >= lo && index - j <= MAX_APPOSITIVE_TOKENS; j--) {
      const t = tokens[j];
      if (t.kind === 'quote') {
        return null;
      }
      if (t.text === closer.text || (isDash(closer) && isDash(t))) {
        const opener = isDash(t) ? dashRunStart(tokens, j, lo) : j;
        // "Rep. X (R-Ohio), a member of the panel, said": the bracketed party and state belong to the name.
        const head = opener - 1 >= lo && tokens[opener - 1].text === ')' ? skipBrackets(tokens, opener - 1, lo) : opener - 1;
        const outer = head >= lo ? this.headAt(tokens, head, lo) : null;
        // "The pastor, who once advised X, said", "The firm, which supplies X, said": a relative clause between
        // the commas is about the phrase before it; a name inside it is that clause's object, never the speaker.
        const inner = opensRelativeClause(tokens, j + 1, index) ? null
          : (isDash(closer) ? this.nameBeforeRelativeClause(tokens, j + 1, index) : null) ?? this.headAt(tokens, index - 1, j + 1);
        if (outer && outer.type !== 'description') {
          // "X, a professor who worked for Sen. Y (R-Ohio), one of its authors, said": Y is the complement of a
          // preposition inside X's appositive, no subject; the appositive before it names the speaker.
          // "X, who leads the Y Trust, a charity for …, said": Y is the object of a relative clause about X, and the
          // appositive after it describes Y; the name before the clause speaks.
          const enclosing = outer.type === 'entity' && depth < 2 && tokens[j].text === ','
            && (this.complementAt(tokens, outer.span.start, lo) || objectOfRelativeClause(tokens, outer.span.start, j, lo))
            ? this.appositive(tokens, j, lo, depth + 1)
            : null;
          return enclosing?.type === 'entity' ? enclosing : outer;
        }
        // "Speaking to Y, the spokesperson of Z, X, said": a name in apposition to the description before it is the
        // speaker; a name further left (a complement of the opening phrase) is not. Only a bare name (no lower-case
        // word between the commas): "X, the harbour master of Y, one of the ports bidding for Z, said" is X's.
        // Only after a post capitalised by house style ("the Spokesperson of Z"): "with their mother, X, told …" is the
        // subject's relative clause, and the subject before it speaks.
        const bareName = tokens.slice(j + 1, index).every(token => token.kind !== 'word' || /^\p{Lu}/u.test(token.text));
        const postAt = outer?.type === 'description' ? tokens.findIndex(token => token.start === outer.span.start) : -1;
        const post = postAt >= 0 && tokens[postAt].lower === 'the' ? tokens[postAt + 1] : tokens[postAt];
        const capitalisedPost = isCapitalisedPost(post);
        if (outer?.type === 'description' && inner?.type === 'entity' && bareName && capitalisedPost) {
          return inner;
        }
        // "X, 45, a teacher from Leeds, said": more than one appositive.
        const further = depth < 2 && j - 1 >= lo && tokens[j].text === ',' ? this.appositive(tokens, j, lo, depth + 1) : null;
        if (further && further.type !== 'description') {
          return further;
        }
        if (inner && inner.type === 'entity') {
          return inner;
        }
        return outer ?? null;
      }
    }
    return null;
  }

  /**
   * Whether the name starting at `start` is the complement of a preposition: only a title's capitalised words and
   * full stops stand between it and a preposition before it ("for Sen. Y", "of Y").
   */
  private complementAt(tokens: readonly MaskedToken[], start: number, lo: number): boolean {
    let k = tokens.findIndex(token => token.end > start) - 1;
    while (k >= lo && (tokens[k].text === '.' || (tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text) && !PREPOSITIONS.has(tokens[k].lower)))) {
      k--;
    }
    return k >= lo && tokens[k].kind === 'word' && PREPOSITIONS.has(tokens[k].lower);
  }

  /** The phrase whose last word is tokens[at] (not reading left of tokens[lo]): a name, a pronoun or a description. */
  private headAt(tokens: readonly MaskedToken[], at: number, lo: number): SpeakerRef | null {
    const i = abbreviationWordAt(tokens, at, lo);
    const word = tokens[i];
    if (word.kind !== 'word') {
      return null;
    }
    const mention = this.mentions.at(word.start, word.end);
    if (mention && !isPossessiveAt(tokens, i)) {
      return this.namedHead(tokens, i, lo, mention);
    }
    const named = this.beforePostNominals(tokens, i, lo);
    if (named !== undefined) {
      // "Idris Penhale KC said", "Dana Kelso MP OBE, who …, said": the letters after the name are no part of it.
      return this.headAt(tokens, named, lo);
    }
    if (PERSONAL_PRONOUNS.has(word.lower)) {
      return { type: 'pronoun', word: word.lower, span: word };
    }
    const contracted = contractedPronounSubject(word);
    if (contracted) {
      // "he’s said", "they’ve argued": the pronoun with its auxiliary run into it.
      return contracted;
    }
    if (RELATIVE_PRONOUNS.has(word.lower)) {
      return this.relativeAntecedent(tokens, i, lo);
    }
    if (PHRASE_BOUNDARIES.has(word.lower) || PREPOSITIONS.has(word.lower)) {
      return null;
    }
    const title = titleBeforeBodyNoun(tokens, i, lo);
    if (title >= 0) {
      // "a spokeswoman for the department said": the body's noun completes the title, as a name there does (namedHead).
      return this.describe(tokens, title, lo);
    }
    return this.namedBefore(tokens, i, lo) ?? this.unrecognisedName(word) ?? this.personInBodyUnit(tokens, i, lo) ?? this.bodyDocument(tokens, i, lo) ?? this.bodyUnit(tokens, i, lo) ?? this.describe(tokens, i, lo);
  }

  /** The last word of a person's name that post-nominal letters ending at tokens[i] follow ("Kelso" in "Dana Kelso MP"); undefined if none. */
  private beforePostNominals(tokens: readonly MaskedToken[], index: number, lo: number): number | undefined {
    let k = index;
    while (k >= lo && tokens[k].kind === 'word' && isPostNominal(tokens[k].text)) {
      k--;
    }
    const mention = k < index && k >= lo && tokens[k].kind === 'word' ? this.mentions.at(tokens[k].start, tokens[k].end) : undefined;
    return mention?.entity.kind === 'person' && !isPossessiveAt(tokens, k) ? k : undefined;
  }

  /**
   * "X, who", "X — who … —": the phrase before the relative pronoun at tokens[i] (and the comma or dash that sets the
   * clause off). A bracket after the name is read past: "the Tarrow Research Council (TRC), which said …" introduces
   * the body's initials, "Dana Kelso (pictured), who said …" says where she is; the name before the bracket is the
   * antecedent.
   */
  private relativeAntecedent(tokens: readonly MaskedToken[], index: number, lo: number): SpeakerRef | null {
    let k = index - 1;
    if (k >= lo && (tokens[k].text === ',' || isDash(tokens[k]))) {
      k--;
    }
    if (k > lo && tokens[k].text === ')') {
      k = skipBrackets(tokens, k, lo);
    }
    const agent = k >= lo ? this.agentAntecedent(tokens, k, lo) : null;
    if (agent) {
      return agent;
    }
    const ref = k >= lo && tokens[k].kind === 'word' && !RELATIVE_PRONOUNS.has(tokens[k].lower) ? this.headAt(tokens, k, lo) : null;
    return ref?.type === 'description' ? this.issuer(tokens, k, lo) ?? ref : ref;
  }

  /**
   * "The vote was led by X, who warned …", "It was opened by the Rt Rev X, Bishop of Y, who said …", "The work was
   * funded by the Tarrow Research Council, which said …": a person or a body named after "by" and a verb ("led",
   * "called", "organised", "funded") is the agent of that verb, and the antecedent of a relative clause after the name
   * or after the name's appositive. The preposition does not make the name part of a description, as "for" does in "a
   * spokeswoman for X, who said …". tokens[k] is the word before the relative pronoun's comma; null when no such
   * agent ends there.
   */
  private agentAntecedent(tokens: readonly MaskedToken[], k: number, lo: number): SpeakerRef | null {
    const direct = this.agentEndingAt(tokens, k, lo);
    if (direct) {
      return direct;
    }
    // "by X, Dean of Y, who": back over the appositive to its opening comma; the name before it.
    let c = k;
    while (c > lo && k - c < MAX_APPOSITIVE_WORDS && tokens[c].kind === 'word' && tokens[c].text !== ',') {
      c--;
    }
    return c > lo && c < k && tokens[c].text === ',' ? this.agentEndingAt(tokens, c - 1, lo) : null;
  }

  /** The person whose name ends at tokens[k], after "by", the name's capitalised style words and a verb form; null otherwise. */
  private agentEndingAt(tokens: readonly MaskedToken[], k: number, lo: number): SpeakerRef | null {
    const word = tokens[k];
    const mention = word.kind === 'word' ? this.mentions.at(word.start, word.end) : undefined;
    if (!mention || isPossessiveAt(tokens, k)) {
      return null;
    }
    let b = mentionFirstToken(tokens, k, lo, mention) - 1;
    // "by the Very Rev X", "by Dr X": capitalised styles and titles, their full stops and "the" before the name.
    for (let n = 0; b >= lo && n < MAX_STYLE_WORDS && tokens[b].kind === 'word' && (/^\p{Lu}/u.test(tokens[b].text) || tokens[b].text === '.' || tokens[b].lower === 'the'); n++) {
      b--;
    }
    const verb = tokens[b - 1];
    return b - 1 >= lo && tokens[b].lower === 'by' && verb.kind === 'word' && /^\p{Ll}/u.test(verb.text) && isVerbForm(verb.lower)
      ? { type: 'entity', id: mention.entity.id, span: { start: mention.start, end: word.end } }
      : null;
  }

  /**
   * "Vardo issued a statement that said “…”", "the Ledger carried an article that noted …": a document (documentIssuer.ts)
   * with an indefinite article after an issuing verb (quote-issuing-verbs) speaks for the named subject of that verb;
   * null otherwise ("X read a letter that said" is someone else's letter).
   */
  private issuer(tokens: readonly MaskedToken[], nounAt: number, lo: number): SpeakerRef | null {
    const verb = issuingVerbBefore(tokens, nounAt, lo);
    const subject = verb < 0 ? null : this.left(tokens, verb, lo);
    return subject?.type === 'entity' ? subject : null;
  }

  /**
   * A head that is a mention ending at tokens[i]: the entity it names, unless the words before it make
   * someone else the subject (a person placed in a body, a description the name completes, "X and Y").
   */
  private namedHead(tokens: readonly MaskedToken[], index: number, lo: number, mention: IndexedMention): SpeakerRef | null {
    const last = tokens[index];
    const k = mentionFirstToken(tokens, index, lo, mention);
    const p = k - 1 >= lo && tokens[k - 1].lower === 'the' ? k - 2 : k - 1;
    const holder = this.workplaceHolder(tokens, p, lo, mention) ?? this.describedWorkplaceHolder(tokens, k, lo, mention);
    const described = holder || mention.entity.kind === 'person' ? undefined : this.personBeforeDescription(tokens, k, lo);
    if (described) {
      // "Jane X, head of retail at consulting group Acme said": the appositive lost its closing comma.
      return { type: 'entity', id: described.entity.id, span: { start: described.start, end: last.end } };
    }
    if (holder && holder.entity.kind === 'person') {
      // "Prof X of the London School of … said": the person is the subject, the body only places them.
      return { type: 'entity', id: holder.entity.id, span: { start: holder.start, end: last.end } };
    }
    const document = Math.max(mention.entity.kind === 'person' ? -1 : bodyDocumentBefore(tokens, k, lo, isDocumentModifier), issuedDocumentBefore(tokens, k, lo));
    if (document >= 0) {
      // "a paper from the Harlow Institute said": a document a body issued speaks for the body (as "the Harlow Institute paper said");
      // "an email sent by X said": one a named person issued speaks for that person.
      return { type: 'entity', id: mention.entity.id, span: { start: tokens[document].start, end: last.end } };
    }
    const preposition = prepositionBeforeTitle(tokens, p, lo);
    if (preposition - 1 >= lo && PREPOSITIONS.has(tokens[preposition].lower) && (/^\p{Ll}/u.test(tokens[preposition - 1].text) || capitalisedPostAfterThe(tokens, preposition - 1, lo))) {
      // "a spokeswoman for (the) <org> said", "an aide to Sen. X, Y, said": the name completes a description, it is
      // not the speaker (an appositive name after the description is, see appositive()).
      return this.describe(tokens, preposition - 1, lo);
    }
    const antecedent = relativePronounBefore(tokens, k, lo);
    if (antecedent >= lo && namingClause(tokens, antecedent + 2, k)) {
      // "A trader who posts as dotgrid told …": the clause gives the name of the phrase it is about; the one named speaks.
      return { type: 'entity', id: mention.entity.id, span: { start: tokens[antecedent].start, end: last.end } };
    }
    if (antecedent >= lo) {
      // "A pastor who once advised X said", "Officials who met X said": the name is the object of a relative
      // clause; the verb's subject is the phrase the clause is about.
      return this.headAt(tokens, antecedent, lo);
    }
    const first = this.firstOfPair(tokens, k, lo);
    if (first) {
      return { type: 'entity', id: first.entity.id, span: { start: first.start, end: last.end } };
    }
    return { type: 'entity', id: mention.entity.id, span: { start: Math.min(mention.start, tokens[k].start), end: last.end } };
  }

  /** "X of/at/from (the) <body>": the mention before the preposition at tokens[prepositionAt], when the body is no person. */
  private workplaceHolder(tokens: readonly MaskedToken[], prepositionAt: number, lo: number, body: IndexedMention): IndexedMention | undefined {
    if (prepositionAt - 1 < lo || body.entity.kind === 'person' || !WORKPLACE_PREPOSITIONS.has(tokens[prepositionAt].lower) || isPossessiveAt(tokens, prepositionAt - 1)) {
      return undefined;
    }
    return this.mentions.at(tokens[prepositionAt - 1].start, tokens[prepositionAt - 1].end);
  }

  /**
   * "X of research consultancy Acme said", "X of the campaign group Acme said": the person before a workplace preposition
   * that a body's lower-case descriptor words (up to MAX_BODY_DESCRIPTOR_WORDS, maybe after "the") separate from the body
   * at tokens[k]; undefined when no person stands there (then the words are read as before).
   */
  private describedWorkplaceHolder(tokens: readonly MaskedToken[], k: number, lo: number, body: IndexedMention): IndexedMention | undefined {
    let j = k - 1;
    while (j >= lo && k - j <= MAX_BODY_DESCRIPTOR_WORDS && isBodyDescriptorWord(tokens[j])) {
      j--;
    }
    if (j === k - 1) {
      return undefined;
    }
    if (this.placeBeforeDescriptors(tokens, j, lo)) {
      // "X of the Podgorica firm Acme said": the town the body works from opens its descriptor words.
      j--;
    }
    const p = j >= lo && tokens[j].lower === 'the' ? j - 1 : j;
    const holder = p >= lo ? this.workplaceHolder(tokens, p, lo, body) : undefined;
    return holder?.entity.kind === 'person' ? holder : undefined;
  }

  /**
   * tokens[j] is one capitalised word no entity names (a town, "the Podgorica firm"), right after "the" or a workplace
   * preposition, before the lower-case descriptor words of a body: where the body works from, one of its descriptors.
   */
  private placeBeforeDescriptors(tokens: readonly MaskedToken[], j: number, lo: number): boolean {
    const token = tokens[j], before = tokens[j - 1];
    return j - 1 >= lo && token.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !this.mentions.at(token.start, token.end)
      && before.kind === 'word' && (before.lower === 'the' || WORKPLACE_PREPOSITIONS.has(before.lower));
  }

  /** "X and Y said": the mention before the "and" that precedes tokens[k]. */
  private firstOfPair(tokens: readonly MaskedToken[], index: number, lo: number): IndexedMention | undefined {
    if (index - 2 < lo || tokens[index - 1].lower !== 'and') {
      return undefined;
    }
    const first = this.mentions.at(tokens[index - 2].start, tokens[index - 2].end);
    return first && !isPossessiveAt(tokens, index - 2) ? first : undefined;
  }

  /**
   * The person that opens the clause before ", <description> at/of/for <body>" ending at tokens[k - 1]
   * ("Jane X, head of retail at Acme said"), when the description starts in lower case; undefined otherwise.
   */
  private personBeforeDescription(tokens: readonly MaskedToken[], at: number, lo: number): IndexedMention | undefined {
    let linked = false;
    for (let j = at - 1; j >= lo && at - j <= MAX_UNCLOSED_APPOSITIVE; j--) {
      const token = tokens[j];
      if (token.kind === 'quote' || (token.kind === 'punct' && !APPOSITIVE_PUNCTUATION.has(token.text))) {
        return undefined;
      }
      linked ||= token.kind === 'word' && AFFILIATION_PREPOSITIONS.has(token.lower);
      if (token.text === ',') {
        return linked ? this.personOpeningClause(tokens, j, lo) : undefined;
      }
    }
    return undefined;
  }

  /**
   * The person named just before the comma at tokens[comma], when a lower-case description follows the
   * comma and only a title or honorific stands before the name in its clause.
   */
  private personOpeningClause(tokens: readonly MaskedToken[], comma: number, lo: number): IndexedMention | undefined {
    const after = tokens[comma + 1];
    const name = tokens[comma - 1];
    const mention = name && comma - 1 >= lo && name.kind === 'word' && !isPossessiveAt(tokens, comma - 1) ? this.mentions.at(name.start, name.end) : undefined;
    if (!after || !/^\p{Ll}/u.test(after.text) || PHRASE_BOUNDARIES.has(after.lower) || !mention || mention.entity.kind !== 'person') {
      return undefined;
    }
    // The person must open the clause: only a title or honorific before the name.
    let s = comma - 1;
    while (s - 1 >= lo && tokens[s - 1].kind === 'word' && tokens[s - 1].end > mention.start - 1 && tokens[s - 1].start >= mention.start) {
      s--;
    }
    return s - 1 < lo || SENTENCE_OPENERS.has(tokens[s - 1].text) ? mention : undefined;
  }

  /**
   * "Ines Varga of the agency's field office said", "Ivo Marr from the council's housing team told": a named person, a
   * workplace preposition, a body's possessive and a lower-case unit of that body (up to MAX_BODY_UNIT_WORDS words,
   * the last at tokens[index]) before the verb. The person is the subject; the phrase only places them (as
   * workplaceHolder does for "X of the Y Office"). Null when no person stands before the preposition.
   */
  private personInBodyUnit(tokens: readonly MaskedToken[], index: number, lo: number): SpeakerRef | null {
    let j = index;
    while (j >= lo && index - j < MAX_BODY_UNIT_WORDS && isBodyUnitWord(tokens[j])) {
      j--;
    }
    if (j === index || j < lo) {
      return null;
    }
    const possessive = tokens[j].text === '’' || tokens[j].text === "'" ? j - 1 : j;
    if (possessive < lo || tokens[possessive].kind !== 'word' || !isPossessiveAt(tokens, possessive)) {
      return null;
    }
    const p = this.prepositionBeforeOwner(tokens, possessive, lo);
    const holder = p - 1 >= lo && AFFILIATION_PREPOSITIONS.has(tokens[p].lower) && !isPossessiveAt(tokens, p - 1)
      ? this.mentions.at(tokens[p - 1].start, tokens[p - 1].end)
      : undefined;
    return holder?.entity.kind === 'person'
      ? { type: 'entity', id: holder.entity.id, span: { start: holder.start, end: tokens[index].end } }
      : null;
  }

  /**
   * The index of the word before the owner phrase whose possessive word is tokens[possessive] ("the agency's", "the
   * city council's", "Acme Water's"), past one definite determiner: the owner is a mention or up to
   * MAX_BODY_DESCRIPTOR_WORDS words.
   */
  private prepositionBeforeOwner(tokens: readonly MaskedToken[], possessive: number, lo: number): number {
    const owner = this.mentions.at(tokens[possessive].start, tokens[possessive].end);
    let k = possessive;
    if (owner) {
      k = mentionFirstToken(tokens, possessive, lo, owner) - 1;
    } else {
      k--;
      while (k >= lo && possessive - k < MAX_BODY_DESCRIPTOR_WORDS && (isBodyDescriptorWord(tokens[k]) || isCapitalisedWord(tokens[k]))) {
        k--;
      }
    }
    return k >= lo && DEFINITE_DETERMINERS.has(tokens[k].lower) ? k - 1 : k;
  }

  /**
   * "the Acme report stated", "a Harlow Institute study said", "the IGC’s statement added": a document
   * issued by a body the article named speaks for that body. Only bodies: a person's statement is not
   * that person ("the Smith report" is often a report about Smith).
   */
  private bodyDocument(tokens: readonly MaskedToken[], index: number, lo: number): SpeakerRef | null {
    if (!isBodyDocumentNoun(tokens[index].lower)) {
      return null;
    }
    // "the IMF's annual report", "a new Acme study": lower-case modifiers between the body and the document.
    const k = skipDocumentModifiers(tokens, index - 1, lo, isDocumentModifier);
    const owner = k >= lo && tokens[k].kind === 'word' ? this.mentions.at(tokens[k].start, tokens[k].end) : undefined;
    if (!owner || owner.entity.kind === 'person' || owner.end > tokens[k].end + 2) {
      return null;
    }
    return { type: 'entity', id: owner.entity.id, span: { start: Math.min(owner.start, tokens[k].start), end: tokens[index].end } };
  }

  /**
   * "the Vell Gazette editorial board writes", "the Vardo Holdings board said": a unit of a body the article named,
   * written right after the body's name (BODY_DESCRIPTION_HEADS, at most two lower-case words between), speaks for
   * that body. Not after a person ("the Kelso campaign" is read as a description: quote-candidate-body-heads).
   */
  private bodyUnit(tokens: readonly MaskedToken[], index: number, lo: number): SpeakerRef | null {
    if (!BODY_DESCRIPTION_HEADS.has(tokens[index].lower)) {
      return null;
    }
    let k = index - 1;
    while (k >= lo && index - k <= 2 && tokens[k].kind === 'word' && /^\p{Ll}/u.test(tokens[k].text) && !PHRASE_BOUNDARIES.has(tokens[k].lower)) {
      k--;
    }
    const owner = k >= lo && tokens[k].kind === 'word' ? this.mentions.at(tokens[k].start, tokens[k].end) : undefined;
    if (!owner || owner.entity.kind === 'person' || owner.end > tokens[k].end + 2) {
      return null;
    }
    // "the head of the Vardo rules committee said": the phrase completes another head; it is not the subject.
    let p = tokens.findIndex(token => token.end > owner.start) - 1;
    if (p >= lo && DEFINITE_DETERMINERS.has(tokens[p].lower)) {
      p--;
    }
    return p >= lo && PREPOSITIONS.has(tokens[p].lower)
      ? null
      : { type: 'entity', id: owner.entity.id, span: { start: Math.min(owner.start, tokens[k].start), end: tokens[index].end } };
  }

  /**
   * "Senator Dana Kelso of Maine said": a person named before "of/from <Place>" is the head; also before a place that
   * takes "the" ("jury chairman X of the Netherlands said", "X of the Philippines said").
   */
  private namedBefore(tokens: readonly MaskedToken[], index: number, lo: number): SpeakerRef | null {
    for (let k = index - 1; k - 1 >= lo && index - k <= 4; k--) {
      const w = tokens[k];
      if (w.kind !== 'word') {
        return null;
      }
      if (ORIGIN_PREPOSITIONS.has(w.lower)) {
        const h = tokens[k - 1];
        const m = this.mentions.at(h.start, h.end);
        return m && m.entity.kind === 'person' && !isPossessiveAt(tokens, k - 1)
          ? { type: 'entity', id: m.entity.id, span: { start: m.start, end: tokens[index].end } }
          : null;
      }
      const placeArticle = w.lower === 'the' && ORIGIN_PREPOSITIONS.has(tokens[k - 1].lower);
      if (!/^\p{Lu}/u.test(w.text) && !placeArticle) {
        return null;
      }
    }
    return null;
  }

  /** A capitalised word the recogniser did not mark but that is exactly one person's surname or alias ("PM Rathore"). */
  private unrecognisedName(token: MaskedToken): SpeakerRef | null {
    const e = /^\p{Lu}/u.test(token.text) ? this.mentions.personNamed(token.text) : undefined;
    return e ? { type: 'entity', id: e.id, span: { start: token.start, end: token.end } } : null;
  }

  /** The description ending at tokens[i], read leftwards to its determiner. */
  private describe(tokens: readonly MaskedToken[], index: number, lo: number): SpeakerRef | null {
    const words: string[] = [];
    let owner: string | null = null;
    let k = index;
    for (; k >= lo && words.length < MAX_DESCRIPTION_WORDS; k--) {
      const t = tokens[k];
      if (t.kind === 'title') {
        continue;
      }
      if (k - 1 >= lo && (t.text === '’' || t.text === "'") && isPossessiveAt(tokens, k - 1)) {
        // "Vellis’ email": the possessive's apostrophe stands apart from its name.
        continue;
      }
      if (t.kind !== 'word' || (PHRASE_BOUNDARIES.has(t.lower) && k !== index)) {
        break;
      }
      if (isPossessiveAt(tokens, k)) {
        const m = this.mentions.at(t.start, t.end);
        owner = m && m.entity.kind === 'person' ? m.entity.id : null;
        words.unshift(t.text);
        break;
      }
      words.unshift(t.text);
      if (DEFINITE_DETERMINERS.has(t.lower) || INDEFINITE_DETERMINERS.has(t.lower)) {
        break;
      }
    }
    if (words.length === 0) {
      return null;
    }
    return { type: 'description', words, owner, span: { start: tokens[Math.max(k, lo)].start, end: tokens[index].end } };
  }

  /** The phrase after an inverted verb or "according to" (tokens from r on, up to punctuation). */
  right(tokens: readonly MaskedToken[], phraseStart: number): SpeakerRef | null {
    const first = tokens[phraseStart];
    if (!first || first.kind !== 'word') {
      return null;
    }
    if (PERSONAL_PRONOUNS.has(first.lower)) {
      return { type: 'pronoun', word: first.lower, span: first };
    }
    let end = phraseStart;
    for (let k = phraseStart; k < tokens.length && k - phraseStart < MAX_DESCRIPTION_WORDS; k++) {
      const token = tokens[k];
      if (isAbbreviationStop(tokens, k)) {
        // "said Dr. Jane Doe", "said Sen. X": the full stop belongs to the abbreviation.
        continue;
      }
      if (token.kind !== 'word' || (k > phraseStart && PREPOSITIONS.has(token.lower) && token.lower !== 'of') || (k > phraseStart && PHRASE_BOUNDARIES.has(token.lower))) {
        break;
      }
      const mention = this.mentions.at(token.start, token.end);
      if (mention && !isPossessiveAt(tokens, k)) {
        return this.namedAfter(tokens, phraseStart, k, mention);
      }
      end = k;
    }
    // "said Carson, who …": one capitalised word the recogniser missed, exactly one person's surname.
    const unrecognised = end === phraseStart ? this.unrecognisedName(first) : null;
    return unrecognised ?? this.appositiveName(tokens, end + 1) ?? this.documentIssuerAfter(tokens, end) ?? this.describe(tokens, end, phraseStart);
  }

  /**
   * "according to a report by the Harlow Institute", "according to a filing signed by X": a document, its phrase
   * ending at tokens[phraseEnd] (documentIssuer.ts), speaks for the one named after its "by"/"from"; null otherwise.
   */
  private documentIssuerAfter(tokens: readonly MaskedToken[], phraseEnd: number): SpeakerRef | null {
    const nounAt = documentNounEndingAt(tokens, phraseEnd);
    const by = nounAt < 0 ? -1 : senderAfterDocument(tokens, nounAt);
    const ref = by < 0 ? null : this.right(tokens, by + 1);
    return ref?.type === 'entity' ? { ...ref, span: { start: tokens[nounAt].start, end: ref.span.end } } : null;
  }

  /** The phrase from tokens[r] whose first mention starts at tokens[k]: the one named, the office holder after a body, or a description "of" them. */
  private namedAfter(tokens: readonly MaskedToken[], phraseStart: number, at: number, mention: IndexedMention): SpeakerRef | null {
    const first = tokens[phraseStart];
    let last = at;
    while (last + 1 < tokens.length && tokens[last + 1].kind === 'word' && tokens[last + 1].start < mention.end) {
      last++;
    }
    const titled = this.titledPersonAfter(tokens, last + 1, mention.entity.kind === 'person');
    if (titled && titled.entity.id !== mention.entity.id) {
      // "said FDFA spokesman X", "said Ruiz campaign spokesman X": the body or person before only names the office.
      return { type: 'entity', id: titled.entity.id, span: { start: first.start, end: titled.end } };
    }
    const possessive = mention.entity.kind !== 'person' ? this.possessiveTailEnd(tokens, last) : -1;
    const holder = possessive >= 0 ? this.appositiveName(tokens, possessive + 1) : null;
    if (holder?.type === 'entity') {
      // "said Vardo Council's chief executive, Ivo Sandal": the body's post, then the person who holds it speaks.
      return { ...holder, span: { start: first.start, end: holder.span.end } };
    }
    const post = this.unnamedPostHolder(tokens, phraseStart, last + 1);
    if (post >= 0) {
      // "said a <board> member who …": an unnamed holder of a post in the body speaks, not the body.
      return this.describe(tokens, post, phraseStart);
    }
    if (this.ofDescription(tokens, phraseStart, at)) {
      // "said the family of X", "said the head of the IMF, Y": the phrase describes someone else.
      const owner = mention.entity.kind === 'person' ? mention.entity.id : null;
      return this.appositiveName(tokens, last + 1)
        ?? { type: 'description', words: tokens.slice(phraseStart, last + 1).map(token => token.text), owner, span: { start: first.start, end: tokens[last].end } };
    }
    return { type: 'entity', id: mention.entity.id, span: { start: first.start, end: tokens[last].end } };
  }

  /**
   * Where a body's name ends in the possessive: at its last token, or at a capitalised word glued to it that the
   * recogniser left out of the name ("Vardo Coastguard's", the mention being "Vardo"); -1 when it is not possessive.
   */
  private possessiveTailEnd(tokens: readonly MaskedToken[], last: number): number {
    let end = last;
    while (!isPossessiveAt(tokens, end) && end + 1 < tokens.length && end - last < 2 && tokens[end + 1].kind === 'word'
      && /^\p{Lu}/u.test(tokens[end + 1].text) && !this.mentions.at(tokens[end + 1].start, tokens[end + 1].end)) {
      end++;
    }
    return isPossessiveAt(tokens, end) ? end : -1;
  }

  /** The post noun ending "<determiner> … <body> <post>" from tokens[phraseStart]; -1 when the phrase is not one. */
  private unnamedPostHolder(tokens: readonly MaskedToken[], phraseStart: number, afterBody: number): number {
    const opener = tokens[phraseStart].lower;
    if (!DEFINITE_DETERMINERS.has(opener) && !INDEFINITE_DETERMINERS.has(opener)) {
      return -1;
    }
    return postAfterBody(tokens, afterBody, lower => CHAIN_BREAKERS.has(lower));
  }

  /** Whether tokens[r..k) read "<determiner> <noun …> of (the)": a description whose complement starts at k. */
  private ofDescription(tokens: readonly MaskedToken[], phraseStart: number, at: number): boolean {
    const of = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
    return of > phraseStart + 1 && tokens[of].lower === 'of' && /^\p{Ll}/u.test(tokens[of - 1].text)
      && (DEFINITE_DETERMINERS.has(tokens[phraseStart].lower) || INDEFINITE_DETERMINERS.has(tokens[phraseStart].lower));
  }

  /**
   * A person named after the words of a title chain from tokens[from] on ("spokesman X", "Union Secretary-Treasurer X",
   * "1st Lt. X"). After a person's name a chain word must not be a verb ("said X attacked Y" is no post).
   */
  private titledPersonAfter(tokens: readonly MaskedToken[], from: number, afterPerson: boolean): (IndexedMention & { end: number }) | null {
    let titled = false;
    // After a person, only a lower-case post or relation right before the name makes a chain ("Ruiz campaign
    // spokesman X", "Ruiz ally X"; not "Ruiz Chief X", "Ruiz attacked X").
    let posted = !afterPerson;
    for (let k = from; k < tokens.length && k - from < MAX_TITLE_CHAIN; k++) {
      const t = tokens[k];
      const m = t.kind === 'word' ? this.mentions.at(t.start, t.end) : undefined;
      if (m) {
        return titled && posted && m.entity.kind === 'person' ? m : null;
      }
      if (ABBREVIATIONS.has(t.lower) && tokens[k + 1]?.text === '.') {
        // "said <body> spokesman Navy Capt. X": a rank abbreviation names the post too.
        titled = true;
        continue;
      }
      const word = chainWord(tokens, k, titled || afterPerson, lower => CHAIN_BREAKERS.has(lower) || (afterPerson && isVerbForm(lower)));
      if (word === 'end') {
        return null;
      }
      titled ||= word === 'post';
      posted = !afterPerson || endsPersonChain(t);
    }
    return null;
  }

  /**
   * "said the senator from Oregon, <Name>": a person named after a comma closing the description, also
   * after a post ("said Marrow's introducer, actress <Name>").
   */
  /**
   * "…,” said the lead author, Dr X of the University of Y.": after a description and its comma, a person named behind
   * an honorific or a capitalised title ("Dr", "Prof.", "Professor") is the one described, when the name closes the
   * phrase (a mark or a preposition of affiliation after it: "of", "at", "from"). Not a name that opens a new clause
   * ("according to the ruling, Mr X must pay").
   */
  private honouredAppositive(tokens: readonly MaskedToken[], from: number): SpeakerRef | null {
    let k = from;
    while (k < tokens.length && k - from < 3 && (isTitleWord(tokens[k]) || (tokens[k].text === '.' && k > from))) {
      k++;
    }
    const t = tokens[k];
    const m = k > from && t?.kind === 'word' ? this.mentions.at(t.start, t.end) : undefined;
    if (!m || m.entity.kind !== 'person') {
      return null;
    }
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].kind === 'word' && tokens[last + 1].start < m.end) {
      last++;
    }
    const after = tokens[last + 1];
    const closes = after === undefined || after.kind !== 'word' || AFFILIATION_PREPOSITIONS.has(after.lower);
    return closes ? { type: 'entity', id: m.entity.id, span: { start: tokens[from].start, end: tokens[last].end } } : null;
  }

  private appositiveName(tokens: readonly MaskedToken[], from: number): SpeakerRef | null {
    for (let k = from; k < tokens.length && k - from < 6; k++) {
      const t = tokens[k];
      if (t.text === ',') {
        const next = tokens[k + 1];
        const m = next && next.kind === 'word' ? this.mentions.at(next.start, next.end) : undefined;
        if (!m) {
          // Only a lower-case post opens the title ("actress X", "former governor X"), not "Mr." after a clause.
          const titled = next && /^\p{Ll}/u.test(next.text) ? this.titledPersonAfter(tokens, k + 1, false) : null;
          return titled ? { type: 'entity', id: titled.entity.id, span: { start: next.start, end: titled.end } } : this.honouredAppositive(tokens, k + 1);
        }
        return m.entity.kind === 'person' ? this.right(tokens, k + 1) : null;
      }
      if (t.kind !== 'word') {
        return null;
      }
    }
    return null;
  }
}
