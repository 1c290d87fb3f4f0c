// Pieces every role rule reads: the context a sentence's role rules share, what ends a role's clause, finite
// verbs, and the span a role covers.
import { ARTICLES } from '../lexicon/determiners';
import { MODIFIER_SUFFIXES, PARTY_TAG, ROLE_APPOSITIVE_STOPS, SPEECH_VERBS, TITLE_COMPLEMENTS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_TAIL_STARTS, has } from '../lexicon/entities';
import { isLexiconInfinitive } from '../nlp/adapter';
import { TITLE_CONNECTORS } from '../lexicon/names';
import { MONTHS, WEEKDAYS } from '../lexicon/numbers';
import { DATE_PREPOSITIONS, RELATIVE_PRONOUNS } from '../lexicon/roles';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { TitlePart, isHonorific, isPossessive, joined, wordSpan } from './words';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A role span and the index of the draft (in the sentence) it belongs to. */
export interface OwnedSpan extends Span {
  readonly draft: number;
}

/** A title chain right before a name (and its honorifics): "UK Prime Minister Sir X", "Mr. X's wife Y". */
export interface ChainBeforeName {
  /** The chain's last token (the one before the honorifics or the name). */
  readonly last: number;
  /** The chain's first token. */
  readonly from: number;
  /** The role's first token: the chain's, or that of the prefix before it ("UK", "the agency's"). */
  readonly roleStart: number;
  /** Headed by a plural title only ("Presidents X and Y"): evidence, no role. */
  readonly plural: boolean;
  /** Headed by a relation noun a named other places ("Mr. X's wife", "X ally"), not by a title. */
  readonly relation: boolean;
  /** Where the role ends when a bracketed status follows the chain ("Colonel (retired) X": after the bracket). */
  readonly roleEnd?: number;
}

/** What stands before one name: honours among its honorifics ("Sir", "Gen.") and a title chain. */
export interface BeforeName {
  readonly honours: readonly Span[];
  readonly chain?: ChainBeforeName;
}

/** What the role rules of one sentence read, computed once per sentence (see roleCues.ts). */
export interface RoleContext {
  readonly sentence: Sentence;
  /** The sentence's title parts, relation nouns placed by a named other read as heads (roleLists.ts). */
  readonly parts: readonly TitlePart[];
  readonly drafts: readonly Draft[];
  /** Index of the draft starting at a token, by token index. */
  readonly startsAt: ReadonlyMap<number, number>;
  /** What stands before each draft's name, by draft index. */
  readonly beforeName: readonly BeforeName[];
}

export const RELATIVES = RELATIVE_PRONOUNS;

const ACRONYM = /^\p{Lu}{2,}(?:['’]s?)?$/u;

/** A relative pronoun, not an acronym spelled like one ("the WHO’s director" names the agency, it opens no clause). */
export function isRelative(token: Token): boolean {
  return RELATIVES.has(token.lower) && !ACRONYM.test(token.text);
}

/**
 * "in 1962", "since March", "on Monday", "from 2004 to 2011": a preposition before a date says when, no part of the post
 * ("who founded the firm in 1962", "X, managing director until 1989,"); shared by the clause and appositive rules.
 */
export function opensDate(sentence: Sentence, at: number): boolean {
  const next = sentence[at + 1];
  return next !== undefined && DATE_PREPOSITIONS.has(sentence[at].lower)
    && (/^(?:1[89]|20)\d\d$/.test(next.text) || Object.prototype.hasOwnProperty.call(MONTHS, next.lower) || WEEKDAYS.has(next.lower));
}

/** A word that ends an appositive role (ROLE_APPOSITIVE_STOPS), not an acronym spelled like one ("WHO", "AS"). */
export function isAppositiveStop(token: Token): boolean {
  return has(ROLE_APPOSITIVE_STOPS, token.lower) && !ACRONYM.test(token.text);
}

export const CLAUSE_BREAK = /[,;:.!?()“”"«»—–]/;
const SPACE_ONLY = /^\s+$/;

/** The draft index of each draft's first token. */
export function draftStarts(drafts: readonly Draft[]): Map<number, number> {
  return new Map(drafts.map((draft, index) => [draft.first, index]));
}

/** True when only spaces separate the two texts. */
export function isSpace(text: string): boolean {
  return SPACE_ONLY.test(text);
}

/**
 * The next word continues the phrase: joined to it, or after an owner's possessive and a space ("the company's
 * chief"), also a plural owner's bare apostrophe ("Vardo Holdings' chief executive", "the nurses' union").
 */
export function linked(token: Token, next: Token): boolean {
  return joined(token, next) || (isPossessive(token) && isSpace(token.post.replace(/^['’]/, '')));
}

/**
 * The text from token `from` to token `to`, a possessive ending on the last word left out, but for a place named by
 * its owner at the end of a post's tail ("vicar of St Kelda's", "a fellow of King's": the church, the college).
 */
export function roleText(sentence: Sentence, from: number, to: number): Span {
  return { start: sentence[from].start, end: placeByOwnerAt(sentence, from, to) ? sentence[to].end : wordSpan(sentence[to]).end };
}

/** A capitalised possessive ending a post whose tail (a word of `title-tail-starts`) opened within the two words before it. */
function placeByOwnerAt(sentence: Sentence, from: number, to: number): boolean {
  const last = sentence[to];
  if (to - from < 2 || !/\p{Lu}/u.test(last.text[0]) || !/['’]s$/.test(last.text)) {
    return false;
  }
  return has(TITLE_TAIL_STARTS, sentence[to - 1].lower) || (has(TITLE_TAIL_STARTS, sentence[to - 2].lower) && /^\p{Lu}/u.test(sentence[to - 1].text));
}

/**
 * "X, flood duty manager at Y,", "X, fund manager at Y,", "X, care worker at Y,": a verb's bare form (compromise's
 * lexicon, isLexiconInfinitive) opening a phrase right after a comma is a noun naming a post's field, though the tagger
 * reads a verb there: a verb does not open an appositive after a name. Not a reporting verb ("…, say union leaders").
 */
export function isFieldNounOpeningPost(sentence: Sentence, at: number): boolean {
  const token = sentence[at], before = sentence[at - 1];
  return before !== undefined && /^,\s+$/.test(before.post) && /^\p{Ll}+$/u.test(token.text)
    && isLexiconInfinitive(token.lower) && !has(SPEECH_VERBS, token.lower);
}

/** A verb that is not also a noun or adjective ("replied", "said"): a clause, not an appositive, follows. */
export function isFiniteVerb(token: Token): boolean {
  return (token.tags & Tag.Verb) !== 0 && (token.lexicon & Tag.Verb) !== 0 && ((token.tags | token.lexicon) & (Tag.Noun | Tag.Adjective)) === 0;
}

/**
 * "cabinet member for housing": a known department (list `title-complements`) right after "for"/"of" (or after "and"
 * following one, or after one word that qualifies a title, list `title-modifiers`) is the post's portfolio, though the
 * tagger may read it as a verb ("housing", "planning", "head of consumer rights"); it does not end the post. So is one after
 * "in" and a title head ("lecturer in nursing").
 */
export function isDepartmentAfterConnector(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1];
  if (before === undefined || !joined(before, sentence[at]) || !has(TITLE_COMPLEMENTS, sentence[at].lower)) {
    return false;
  }
  // "member for housing and planning": a second department after "and" belongs to the first's post.
  return TITLE_CONNECTORS.has(before.lower) || (before.lower === 'and' && at > 1 && isDepartmentAfterConnector(sentence, at - 2))
    || qualifiedDepartment(sentence, at) || fieldAfterIn(sentence, at);
}

/** "a senior lecturer in nursing", "a specialist in housing": a department after "in" right after a title head is its field. */
function fieldAfterIn(sentence: Sentence, at: number): boolean {
  const head = sentence[at - 2];
  return sentence[at - 1].lower === 'in' && head !== undefined && joined(head, sentence[at - 1]) && has(TITLE_HEADS, head.lower);
}

/** "head of consumer rights", "director of public housing": one title modifier between the connector and the department. */
function qualifiedDepartment(sentence: Sentence, at: number): boolean {
  const modifier = sentence[at - 1], connector = sentence[at - 2];
  return connector !== undefined && has(TITLE_MODIFIERS, modifier.lower) && TITLE_CONNECTORS.has(connector.lower) && joined(connector, modifier);
}

/**
 * "lawyer at the hearing", "spokesman at the briefing": a word in "-ing" right after an article is the noun the
 * article opens, though the tagger reads it as a verb; it does not end the post.
 */
function isNounAfterArticle(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1];
  return /[a-z]ing$/.test(sentence[at].lower) && before !== undefined && ARTICLES.has(before.lower) && joined(before, sentence[at]);
}

/**
 * "a former armoured squadron commander", "the elected council leader": a past participle after an article or a title's
 * modifier and before a noun, all joined, describes the noun as an adjective would; it opens no clause. So does one
 * after an owner's possessive ("X, Dana Kelso's fired campaign manager,", "the club's sacked coach"): read as a verb,
 * it had dropped the post. So does a participle's suffix hyphened to a name before a noun (list modifier-suffixes:
 * "the Vardo-born playwright", "the Kelso-made film"), which the tagger may read as a verb.
 */
export function isParticipleModifier(sentence: Sentence, at: number, parts: readonly TitlePart[]): boolean {
  const before = sentence[at - 1], token = sentence[at], next = sentence[at + 1];
  // The word after is a noun, or a word of the title the tagger read otherwise ("fired campaign manager": "campaign" as a verb).
  if (before === undefined || next === undefined || !isSpace(token.post + next.pre) || (((next.tags | next.lexicon) & Tag.Noun) === 0 && parts[at + 1] === TitlePart.None)) {
    return false;
  }
  const hyphenedSuffix = before.post + token.pre === '-' && has(MODIFIER_SUFFIXES, token.lower);
  const opener = (joined(before, token) && (ARTICLES.has(before.lower) || parts[at - 1] === TitlePart.Modifier)) || (isPossessive(before) && linked(before, token));
  return hyphenedSuffix || (/\p{Ll}ed$/u.test(token.lower) && opener);
}

/** A finite verb that is no department after "for"/"of" ("member for housing") nor a noun after an article ("the hearing"). */
export function isVerbInPost(sentence: Sentence, at: number): boolean {
  return isFiniteVerb(sentence[at]) && !isDepartmentAfterConnector(sentence, at) && !isNounAfterArticle(sentence, at);
}

/** An age ("52") or a party tag ("D-Va.") set off by commas after a name. */
export function isAgeOrPartyTag(token: Token): boolean {
  return /^\d{1,3}$/.test(token.text) || PARTY_TAG.test(token.text);
}

/** "based in", "anchored in", "known for": a participle and its preposition start a reduced relative clause. */
export function startsReducedRelative(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  if (next === undefined) {
    return false;
  }
  if (participleGoingOn(sentence, at)) {
    return true;
  }
  if ((token.tags & Tag.Verb) === 0) {
    return false;
  }
  // "… journalist visiting Nice on holiday": a present participle with its own object.
  const participleObject = /[a-z]ing$/.test(token.lower) && (next.capitalised || ARTICLES.has(next.lower));
  return participleObject || /[a-z]ed$/.test(token.lower) && ((next.tags | next.lexicon) & Tag.Preposition) !== 0;
}

/**
 * "a nurse from Leeds travelling to Faro with her sons", "a teacher returning from a course", "a student hoping to
 * reach Rome": a present participle right after the post (its head or a place), going on with a preposition or "to",
 * tells what the person was doing, not the post. After "of", "in", "for", "and" or an article the "-ing" word is the
 * post's field ("head of marketing at X", "lecturer in nursing at Y"). The word need only be a verb in the lexicon: after a
 * place the tagger reads "travelling" as a noun. A capitalised one belongs to a name ("Kelso Engineering in Leeds").
 */
function participleGoingOn(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1], token = sentence[at], next = sentence[at + 1];
  if (before === undefined || next === undefined || token.capitalised || !/[a-z]ing$/.test(token.lower) || ((token.tags | token.lexicon) & Tag.Verb) === 0
    || !isSpace(before.post + token.pre)) {
    return false;
  }
  const afterPostWord = ((before.tags & (Tag.Preposition | Tag.Conjunction | Tag.Determiner)) === 0) && !ARTICLES.has(before.lower);
  const goesOn = next.lower === 'to' || ((next.tags | next.lexicon) & Tag.Preposition) !== 0;
  return afterPostWord && goesOn;
}

/** A verb that starts a clause, not a gerund modifying the noun after it ("consulting group", "ruling party"). */
export function isClauseVerb(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  const modifier = /ing$/.test(token.lower) && next !== undefined && isSpace(token.post + next.pre) && ((next.tags | next.lexicon) & Tag.Noun) !== 0;
  return isVerbInPost(sentence, at) && !modifier;
}

/** The token closing a parenthesis that opens right after token `at` ("X (Ohio)"), if it closes within `most` words. */
export function parenthesisClose(sentence: Sentence, at: number, most = 4): number | undefined {
  if (!sentence[at + 1] || !/\(/.test(sentence[at].post + sentence[at + 1].pre)) {
    return undefined;
  }
  for (let j = at + 1; j < sentence.length && j <= at + most; j++) {
    if (/\)/.test(sentence[j].post)) {
      return j;
    }
  }
  return undefined;
}

/**
 * The last token of a name that token `at` opens or lies inside: "Mrs." before "Hale", "T." of "Paul T. Varley".
 * A role read word by word stops at a full stop; one that runs into a name ("a top adviser to Mrs. Hale", "attorney
 * general under Governor Paul T. Varley") goes on to the name's end instead.
 */
export function nameEndFrom(context: RoleContext, at: number): number | undefined {
  const { sentence, startsAt, drafts } = context;
  const opened = isHonorific(sentence[at]) && /^\.?\s*$/.test(sentence[at].post) ? startsAt.get(at + 1) : undefined;
  if (opened !== undefined) {
    return drafts[opened].last;
  }
  const inside = drafts.find(draft => draft.first <= at && at < draft.last);
  return inside?.last;
}
