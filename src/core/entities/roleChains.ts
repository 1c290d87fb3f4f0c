// Title chains before a name and what may stand before them: "Kremlin chief X", "UK Prime Minister Sir X",
// "the meteorological department's director X", and a title phrase before a comma ("the prime minister, X").
// Roles are kept as written.
import { ABBREVIATED_QUALIFIERS, ABBREVIATED_STYLES, ABBREVIATED_TITLES, ORG_HEADS_BEFORE_OF, ORG_NOUNS_AFTER, PLACE_ACRONYMS, RELATION_DURATION_UNITS, RELATION_NOUNS, TITLE_HEAD_FOLLOWERS, has, isPostNominal } from '../lexicon/entities';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { WORKPLACE_PREPOSITIONS } from '../lexicon/quoteCues';
import { DECEASED_MARKERS, ORG_HEAD_LINKS, OUTER_POST_PREPOSITIONS, POST_OPENING_IMPERATIVES, RANK_ORDINALS, RANKED_POST_HEADS, ROLE_OWNER_CONJUNCTIONS, ROLE_TIME_MODIFIERS } from '../lexicon/roles';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { CLAUSE_BREAK, isSpace, isVerbInPost, linked, parenthesisClose, roleText, type Span } from './roleSpans';
import { PERSON_NAME_TAGS, TitlePart, closesCourtesyStyle, hyphenated, isAllCaps, isCapitalised, isEvaluativeOpener, isFunctionOpener, isHonorific, isHonorificAt, isPossessive, joined, listClosingAnd, opensSentence } from './words';

/** Longest post after a title's head, in words. */
export const MAX_TAIL = 8;
/** Most adjectives before a lower-case owner in a prefix ("the meteorological department's director"). */
const MAX_OWNER_ADJECTIVES = 2;

/** A title chain: its first token, and whether it is headed by a plural title only ("Presidents X and Y"). */
export interface TitleChain {
  readonly from: number;
  readonly plural: boolean;
}

function isTitleToken(parts: readonly TitlePart[], at: number): boolean {
  return parts[at] !== TitlePart.None;
}

function isDemonym(token: Token): boolean {
  return ((token.tags | token.lexicon) & Tag.Demonym) !== 0 || has(PLACE_ACRONYMS, token.lower);
}

/** "the meteorological department's": an owner in lower case, its possessive ending written. */
function isLowerCaseOwner(token: Token): boolean {
  // "it's Gov. X": a pronoun's "'s" is "is", no owner.
  const pronoun = ((token.tags | token.lexicon) & Tag.Pronoun) !== 0 || /^(?:it|that|he|she|there|here|what|who|where|let)['’]s$/.test(token.lower);
  return !isCapitalised(token) && /['’]s?$/.test(token.text) && !ARTICLES.has(token.lower) && !pronoun;
}

/** A capitalised owner with its possessive ("Minister's", "Kelso's"), not a pronoun's "'s" ("It's"). */
function isCapitalisedOwner(token: Token): boolean {
  return isCapitalised(token) && isPossessive(token) && ((token.tags | token.lexicon) & Tag.Pronoun) === 0 && !/^(?:it|that|he|she|there|here|what|who|where|let)['’]s$/i.test(token.text);
}

/** First token of a lower-case owner and the adjectives before it ("meteorological department's"). */
function ownerAdjectivesStart(sentence: Sentence, owner: number): number {
  let start = owner;
  const isAdjectiveBefore = (at: number): boolean => {
    const prev = sentence[at - 1];
    return !isCapitalised(prev) && (prev.tags & Tag.Adjective) !== 0 && joined(prev, sentence[at]);
  };
  while (start > 0 && owner - start < MAX_OWNER_ADJECTIVES && isAdjectiveBefore(start)) {
    start--;
  }
  return start;
}

/** How many tokens a capitalised prefix grows by to the left of `start`: a name word (1), "Ministry of" (2), or none. */
function prefixGrowth(sentence: Sentence, start: number): number {
  const prev = sentence[start - 1], beforePrev = sentence[start - 2];
  if (prev && isCapitalised(prev) && !isHonorific(prev) && joined(prev, sentence[start])) {
    return 1;
  }
  // "Ministry of Defence spokesman", not "the political party of Kelso's president": the body's name is capitalised.
  const orgLink = prev && beforePrev && ORG_HEAD_LINKS.has(prev.lower) && has(ORG_HEADS_BEFORE_OF, beforePrev.lower) && isCapitalised(beforePrev);
  return orgLink && joined(beforePrev, prev) && joined(prev, sentence[start]) ? 2 : 0;
}

/**
 * The prefix's first token once function words opening the sentence are left out ("Then UK minister X"), and words
 * of mood or fortune, which judge the holder and are no part of the post ("Embattled Vardo chief executive X").
 */
function pastSentenceOpeners(sentence: Sentence, start: number, last: number): number | undefined {
  let first = start;
  while (first <= last && opensSentence(sentence, first) && (isFunctionOpener(sentence[first]) || isEvaluativeOpener(sentence[first]))) {
    first++;
  }
  return first <= last ? first : undefined;
}

/** "Gulf Coast Guard (GCG) spokeswoman": the body's last word when token `at` is its acronym in parentheses. */
function bodyBeforeAcronym(sentence: Sentence, at: number): number | undefined {
  const token = sentence[at], prev = sentence[at - 1], next = sentence[at + 1];
  if (!prev || !next || !/^\p{Lu}{2,}$/u.test(token.text)) {
    return undefined;
  }
  const wrapped = /^\s*\($/.test(prev.post + token.pre) && /^\)\s+$/.test(token.post + next.pre) && !/\n/.test(prev.post);
  return wrapped && isCapitalised(prev) ? at - 1 : undefined;
}

/** Start of a capitalised prefix ending at `last`: a nationality, a place abbreviation or a name, not an honorific. */
function namePrefixStart(sentence: Sentence, last: number): number | undefined {
  const token = sentence[last];
  // "On Monday Gov. X": a day or month before a title is no place or body it belongs to.
  if (!isDemonym(token) && (!isCapitalised(token) || isHonorific(token) || ((token.tags | token.lexicon) & Tag.Date) !== 0)) {
    return undefined;
  }
  // "His Honour Judge X": a court's courtesy style before the title is no place or body the title belongs to.
  if (closesCourtesyStyle(sentence, last)) {
    return undefined;
  }
  const start = coordinatedOwnerStart(sentence, capitalisedRunStart(sentence, last), last);
  return pastSentenceOpeners(sentence, start, last);
}

/** First token of the capitalised prefix ending at `last`, grown word by word to the left. */
function capitalisedRunStart(sentence: Sentence, last: number): number {
  let start = last;
  for (let growth = prefixGrowth(sentence, start); growth > 0; growth = prefixGrowth(sentence, start)) {
    start -= growth;
  }
  return start;
}

/**
 * "Marwick and Kelderwick's MP", "Vale and Coast's managing director": two places or bodies joined by "and" own the
 * post together, the possessive ending the second; the prefix opens at the first. A person's name before "and"
 * ("Ann Bellamy and Kelderwick's MP") is a second person, not an owner: a run tagged as a person, or of more than one
 * word, is left out.
 */
function coordinatedOwnerStart(sentence: Sentence, start: number, last: number): number {
  const and = sentence[start - 1], owner = sentence[start - 2];
  if (!and || !owner || !ROLE_OWNER_CONJUNCTIONS.has(and.lower) || !isPossessive(sentence[last]) || !isCapitalised(owner) || isHonorific(owner)
    || !joined(owner, and) || !joined(and, sentence[start]) || ((owner.tags | owner.lexicon) & (Tag.Person | Tag.FirstName | Tag.Date)) !== 0) {
    return start;
  }
  const before = sentence[start - 3];
  const single = !before || !isCapitalised(before) || !joined(before, owner) || opensSentence(sentence, start - 3) && isFunctionOpener(before);
  return single ? start - 2 : start;
}

/**
 * Start of a prefix ending at `last` before a title chain: a nationality, a place abbreviation, a possessive or
 * capitalised name, or a body with its acronym in parentheses.
 */
export function prefixStart(sentence: Sentence, last: number): number | undefined {
  const token = sentence[last];
  if (!token) {
    return undefined;
  }
  if (ranksPost(token, sentence[last + 1])) {
    return prefixStart(sentence, last - 1) ?? last;
  }
  const body = bodyBeforeAcronym(sentence, last);
  if (body !== undefined) {
    return namePrefixStart(sentence, body);
  }
  if (!linked(token, sentence[last + 1])) {
    return undefined;
  }
  const start = isLowerCaseOwner(token) ? namedOwnerStart(sentence, ownerAdjectivesStart(sentence, last)) : namePrefixStart(sentence, last) ?? nounModifiersStart(sentence, last);
  return start === undefined ? undefined : pastTimeModifiers(sentence, start);
}

/**
 * "second seed X", "Brazil's 12th seed, X", "third officer X": an ordinal right before a head an order ranks
 * (ranked-post-heads) is the post's own; the tagger reads it as a value, no noun modifier.
 */
function ranksPost(token: Token, head: Token | undefined): boolean {
  return head !== undefined && joined(token, head) && RANKED_POST_HEADS.has(head.lower)
    && (RANK_ORDINALS.has(token.lower) || /^\d+(?:st|nd|rd|th)$/.test(token.lower));
}

/**
 * "The Marwick lifeboat's coxswain", "the Vardo club's captain": a place's or a body's name before a lower-case owner
 * names which one it is; the prefix opens at the name. `start` is the owner's first token.
 */
function namedOwnerStart(sentence: Sentence, start: number): number {
  const before = sentence[start - 1];
  if (!before || !isCapitalised(before) || isPossessive(before) || !joined(before, sentence[start])) {
    return start;
  }
  return namePrefixStart(sentence, start - 1) ?? start;
}

/** Most lower-case nouns before a title head after an article or preposition ("the crisis consultant X"). */
const MAX_NOUN_MODIFIERS = 2;

/** A plain lower-case noun: no verb, adjective or function word, no possessive or plural ending. */
function isPlainNoun(token: Token): boolean {
  const other = Tag.Verb | Tag.Adjective | Tag.Pronoun | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Adverb | Tag.Value | Tag.Plural;
  // "of its chief executive": the tagger at times reads "its" as a noun; an owner word is no modifier of the title.
  return !isCapitalised(token) && /^\p{Ll}+$/u.test(token.text) && (token.tags & Tag.Noun) !== 0 && ((token.tags | token.lexicon) & other) === 0
    && !POSSESSIVE_DETERMINERS.has(token.lower);
}

/**
 * "the pest control manager X", "warehouse shift supervisor X": a noun the lexicon knows as a verb too ("control", "shift")
 * that the tagger read as a noun here, between other nouns and a title head, qualifies the title as a plain noun
 * does; a participle or a plural ("trained", "controls") does not.
 */
function isNounReadAsNoun(token: Token): boolean {
  const other = Tag.Adjective | Tag.Pronoun | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Adverb | Tag.Value | Tag.Plural;
  return !isCapitalised(token) && /^\p{Ll}+$/u.test(token.text) && (token.tags & Tag.Noun) !== 0 && (token.tags & Tag.Verb) === 0
    && ((token.tags | token.lexicon) & other) === 0 && !/(?:ed|ing|s)$/.test(token.text) && !POSSESSIVE_DETERMINERS.has(token.lower);
}

/**
 * "Reservoir duty manager X said", "Warehouse shift supervisor X said": the capitalised word opening the sentence before
 * lower-case nouns and a title head is the post's first noun (the tagger may read it as an imperative), not a word
 * of its own; a name, a function word, an adjective or an imperative that opens such a sentence ("Meet shift
 * supervisor X"; list post-opening-imperatives) is not.
 */
function opensPostAtSentenceStart(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  // "Ambulance service spokesman X": the tagger reads a capitalised word before "service" as a body's name ("Ambulance
  // Service"); with the next word in lower case it names no body, and the lexicon alone says whether it is one.
  const guessedBody = token !== undefined && (token.lexicon & Tag.Organization) === 0 && sentence[at + 1] !== undefined && !isCapitalised(sentence[at + 1]);
  const notNoun = PERSON_NAME_TAGS | Tag.Place | (guessedBody ? 0 : Tag.Organization) | Tag.Date | Tag.Adjective | Tag.Adverb | Tag.Value | Tag.Plural;
  return token !== undefined && opensSentence(sentence, at) && isCapitalised(token) && !isAllCaps(token) && /^\p{Lu}\p{Ll}+$/u.test(token.text)
    && ((token.tags | token.lexicon) & notNoun) === 0 && !isFunctionOpener(token) && !POST_OPENING_IMPERATIVES.has(token.lower)
    && !/(?:ed|ing|ly|s)$/.test(token.lower);
}

/**
 * '"The road is shut," fire service spokesman X said': the quotation's closing mark after its last word starts the
 * attribution as a sentence's start does; lower-case nouns after it can only qualify the title.
 */
function closesQuotationBefore(token: Token): boolean {
  return /[,.!?]["”’]\s+$/.test(token.post);
}

/**
 * "the crisis consultant X", "by freshwater ecologist X", "the board's pitch liaison officer, X": lower-case nouns
 * between an article, a preposition or a lower-case owner and the title head qualify it.
 */
function nounModifiersStart(sentence: Sentence, last: number): number | undefined {
  // "the remark President X made": a capitalised title opens a phrase of its own; so does a post dated by a word
  // before it ("the panel's inquiry former chair X": the inquiry is no part of the post).
  if (!sentence[last + 1] || isCapitalised(sentence[last + 1]) || ROLE_TIME_MODIFIERS.has(sentence[last + 1].lower)) {
    return undefined;
  }
  let first = last + 1;
  while (first > 0 && last - first + 1 < MAX_NOUN_MODIFIERS && (isPlainNoun(sentence[first - 1]) || isNounReadAsNoun(sentence[first - 1]))
    && joined(sentence[first - 1], sentence[first])) {
    first--;
  }
  const opener = sentence[first - 1];
  if (first <= last && opener !== undefined && closesQuotationBefore(opener)) {
    return first;
  }
  if (first > last || !opener || !linked(opener, sentence[first])) {
    return undefined;
  }
  if (opensPostAtSentenceStart(sentence, first - 1)) {
    return first - 1;
  }
  if (describesHolder(sentence, first - 1)) {
    return first;
  }
  // "the council's planning liaison officer X": an owner in lower case before the nouns owns the qualified title;
  // "the Prime Minister's office spokesman X": so does a capitalised owner, the post's whole as written.
  if (isCapitalisedOwner(opener)) {
    return namePrefixStart(sentence, first - 1) ?? first;
  }
  return isLowerCaseOwner(opener) ? ownerAdjectivesStart(sentence, first - 1) : opensNounModifiers(opener) ? first : undefined;
}

/**
 * "Neighbouring dairy farmer X said", "the local dairy farmer X": an adjective or a participle read as one, opening
 * the sentence or after an article or a preposition, describes the holder (where they live, how near), no part of
 * the post; the nouns after it still qualify the title ("dairy farmer"), as after an article.
 */
function describesHolder(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  if (token === undefined || isAllCaps(token) || (token.tags & (Tag.Plural | Tag.Value | PERSON_NAME_TAGS | Tag.Place | Tag.Organization)) !== 0) {
    return false;
  }
  const adjective = (token.tags & Tag.Adjective) !== 0 || ((token.tags & Tag.Verb) !== 0 && /\p{Ll}ing$/u.test(token.text));
  const before = sentence[at - 1];
  const opened = opensSentence(sentence, at) || (before !== undefined && linked(before, token) && opensNounModifiers(before));
  return adjective && opened;
}

/**
 * The word before lower-case noun modifiers of a title: an article ("the crisis consultant X") or a lower-case
 * preposition ("by freshwater ecologist Dr X", "with health economist X"), after which the nouns can only qualify
 * the title, not end a phrase of their own.
 */
function opensNounModifiers(token: Token): boolean {
  const preposition = !isCapitalised(token) && ((token.tags | token.lexicon) & Tag.Preposition) !== 0 && ((token.tags | token.lexicon) & Tag.Verb) === 0;
  return ARTICLES.has(token.lower) || preposition;
}

/** "former Ardia Gov. X", "the then Marwick mayor X": a word dating the post before its prefix stays in the role. */
function pastTimeModifiers(sentence: Sentence, start: number): number {
  let first = start;
  const dates = (at: number): boolean => ROLE_TIME_MODIFIERS.has(sentence[at].lower) && !(opensSentence(sentence, at) && isFunctionOpener(sentence[at]));
  while (first > 0 && dates(first - 1) && joined(sentence[first - 1], sentence[first])) {
    first--;
  }
  return first;
}

/** Whether token `at` is an abbreviated qualifier written right before token `at + 1` ("Det Supt", "Lt. Gov."). */
function qualifiesNext(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return isCapitalised(token) && has(ABBREVIATED_QUALIFIERS, token.lower) && /^\.?\s+$/.test(token.post + next.pre) && !/\n/.test(token.post);
}

/**
 * First of the qualifiers before the abbreviated title at `last`, or `last`: British police copy stacks two
 * ("Det Chief Supt X", "Det Ch Supt X", "Det Chief Insp X"), which make one rank with the title, not two roles.
 */
function qualifiersStart(sentence: Sentence, last: number): number {
  let start = last;
  while (start > 0 && qualifiesNext(sentence, start - 1)) {
    start--;
  }
  return start;
}

/**
 * First token of the abbreviated title ending at `last`: a qualifier before it belongs to it, written out ("Rear Adm.")
 * or abbreviated itself ("Lt. Gov.", "Maj. Gen."), so a split title stays one role; so does a place or body before
 * it ("Ardia Gov.", "former Ardia Gov.").
 */
export function abbreviatedTitleStart(sentence: Sentence, parts: readonly TitlePart[], last: number): number {
  if (!has(ABBREVIATED_TITLES, sentence[last].lower) || last === 0) {
    return last;
  }
  const prev = sentence[last - 1];
  // "… Economic Planning Hon. X": a style of address (list abbreviated-styles) takes no title word before it.
  const style = has(ABBREVIATED_STYLES, sentence[last].lower);
  if (parts[last - 1] === TitlePart.Modifier && joined(prev, sentence[last]) && !style) {
    // "Det Chief Supt X": an abbreviated qualifier before the written-out one is the same rank's.
    return qualifiersStart(sentence, last - 1);
  }
  const start = qualifiersStart(sentence, last);
  // "New Jersey Gov. X", "former Ohio Sen. X": the place or body before the title is part of it, as after a head.
  // A title before it is a role of its own ("IMD Director-General Dr. X"), read as the chain before the honorifics.
  // An honorific before it is a role of its own too ("H.E. Dr. X": "H.E." and "Dr.", not one title "H.E. Dr.").
  const prefix = start > 0 && parts[start - 1] === TitlePart.None && !isHonorificAt(sentence, start - 1) && !style ? prefixStart(sentence, start - 1) : undefined;
  return prefix ?? start;
}

/** The title chain ending at token `end` (walking left), if it holds a head noun. */
export function chainEndingAt(sentence: Sentence, parts: readonly TitlePart[], end: number): TitleChain | undefined {
  if (end < 0 || !isTitleToken(parts, end) || parts[end] === TitlePart.Modifier) {
    return undefined;
  }
  let from = end;
  // A hyphenated compound ends in the title word: "commander-in-chief", "ex-minister". A portfolio's items set off by
  // commas are one complement ("Minister for Culture, Media and Sport"), and so are a remit's words after a possessive
  // plural ("director of children's services": `joined` parts a lower-case possessive from its noun).
  const listedComplement = (k: number) => parts[k - 1] === TitlePart.Complement && parts[k] === TitlePart.Complement && /^(?:, |\s+)$/.test(sentence[k - 1].post);
  while (from > 0 && (joined(sentence[from - 1], sentence[from]) || listedComplement(from)) && (isTitleToken(parts, from - 1) || hyphenated(sentence[from - 1], sentence[from]))) {
    from--;
  }
  const chain = parts.slice(from, end + 1);
  const head = chain.includes(TitlePart.Head), plural = chain.includes(TitlePart.PluralHead);
  return head || plural ? { from, plural: plural && !head } : undefined;
}

/** "Parliamentary speaker and Okafor ally X", "former senator and party adviser X": the chain before "and" is a role too. */
export function coordinatedChain(sentence: Sentence, parts: readonly TitlePart[], from: number): Span | undefined {
  const and = sentence[from - 1];
  if (!and || and.lower !== 'and' || !joined(sentence[from - 2] ?? and, and) || !joined(and, sentence[from])) {
    return undefined;
  }
  const chain = chainEndingAt(sentence, parts, from - 2);
  if (!chain || chain.plural) {
    return undefined;
  }
  return roleText(sentence, prefixStart(sentence, chain.from - 1) ?? chain.from, from - 2);
}

/** The name's first token, or its honorific's ("the senator, Mrs. X"). */
function firstWithHonorifics(sentence: Sentence, draft: Draft): number {
  let first = draft.first;
  while (draft.honorific !== undefined && first > 0 && isHonorificAt(sentence, first - 1)) {
    first--;
  }
  return first;
}

/**
 * "The Archbishop of Vardo, the Most Rev X,", "The trust's chair, the Revd Canon X,": a clergy's style before a name
 * takes "the" and may open with a qualifier ("Most", "Rt": list abbreviated-qualifiers); the post before the comma is
 * still the name's. The first token of the style with its "the" (or its qualifier, "Rt Hon. X"), or `first` when there is none.
 */
function styleStart(sentence: Sentence, draft: Draft, first: number): number {
  if (draft.honorific === undefined || first === draft.first) {
    return first;
  }
  let at = first;
  while (at > 0 && isCapitalised(sentence[at - 1]) && has(ABBREVIATED_QUALIFIERS, sentence[at - 1].lower) && joined(sentence[at - 1], sentence[at])) {
    at--;
  }
  if (at > 0 && sentence[at - 1].lower === 'the' && joined(sentence[at - 1], sentence[at])) {
    return at - 1;
  }
  // "The Speaker of the Vardo Assembly, Rt Hon. X,": a qualifier opening a style without "the" (British and
  // West African copy write "Rt Hon." so) is still the style's first word.
  return at < first ? at : first;
}

/** "His brother, the late X,": the "the" of "the late" (list role-deceased-markers) before the name's first token, else `first`. */
function afterTheLate(sentence: Sentence, first: number): number {
  const marker = sentence[first - 1], article = sentence[first - 2];
  return marker !== undefined && article !== undefined && DECEASED_MARKERS.has(marker.lower) && article.lower === 'the'
    && joined(article, marker) && joined(marker, sentence[first]) ? first - 2 : first;
}

/** Most capitalised words of a home state after a name ("of New Mexico"). */
const MAX_HOME_STATE_WORDS = 3;

/** The last token of "of <Place>" right after token `at` ("Representative X of Ohio, …"), if there is one. */
function homeStateEnd(sentence: Sentence, at: number): number | undefined {
  if (sentence[at + 1]?.lower !== 'of' || !joined(sentence[at], sentence[at + 1])) {
    return undefined;
  }
  let end = at + 1;
  while (end - at - 1 < MAX_HOME_STATE_WORDS && sentence[end + 1] && isCapitalised(sentence[end + 1]) && joined(sentence[end], sentence[end + 1])) {
    end++;
  }
  return end > at + 1 ? end : undefined;
}

/** Most words of a workplace's name after a name ("of the Kelderwick Institute for Genomic Medicine"). */
const MAX_WORKPLACE_WORDS = 8;

/** Most lower-case words of a body's description before its name inside a workplace ("the Tarrow sports law firm X"). */
const MAX_DESCRIPTION_WORDS = 3;

/**
 * "firm Kelso Vane", "law firm Kelso Vane": from token `at`, up to three lower-case words ending in a body's noun (list
 * org-nouns-after) right before a capitalised word, a body described before its name.
 */
function describesBodyAt(sentence: Sentence, at: number): boolean {
  for (let k = at; k < at + MAX_DESCRIPTION_WORDS && k + 1 < sentence.length && !isCapitalised(sentence[k]); k++) {
    if (!joined(sentence[k], sentence[k + 1])) {
      return false;
    }
    if (has(ORG_NOUNS_AFTER, sentence[k].lower)) {
      return isCapitalised(sentence[k + 1]);
    }
  }
  return false;
}

/**
 * The last token of "of/at/from the <Body>" right after token `at` ("the lead author, Dr X of the University of Tarrow,
 * …"), if there is one: a workplace preposition (list quote-workplace-prepositions), an optional "the", then capitalised
 * words, with a lower-case "of"/"for" inside the body's name only before another capitalised word (list
 * role-org-head-links: "Institute for Genomic Medicine"), and a body's description in lower case before its name ("His
 * lawyer, X of the Tarrow firm Kelso Vane, said": `describesBodyAt`).
 */
function workplaceEnd(sentence: Sentence, at: number): number | undefined {
  const preposition = sentence[at + 1];
  if (!preposition || !WORKPLACE_PREPOSITIONS.has(preposition.lower) || isCapitalised(preposition) || !joined(sentence[at], preposition)) {
    return undefined;
  }
  let end = at + 1;
  if (sentence[end + 1]?.lower === 'the' && joined(sentence[end], sentence[end + 1])) {
    end++;
  }
  let words = 0;
  for (let k = end + 1; k < sentence.length && words < MAX_WORKPLACE_WORDS && joined(sentence[k - 1], sentence[k]); k++, words++) {
    const token = sentence[k];
    // "of Ray & Co", "at Kell & Partners": an ampersand joins a firm's name as "of" and "and" do.
    const joiner = ORG_HEAD_LINKS.has(token.lower) || token.text === '&';
    const link = !isCapitalised(token) && ((joiner && sentence[k + 1] !== undefined && isCapitalised(sentence[k + 1])) || describesBodyAt(sentence, k));
    if (!isCapitalised(token) && !link) {
      break;
    }
    if (isCapitalised(token)) {
      end = k;
    }
  }
  return end > at + 1 && isCapitalised(sentence[end]) ? townAfterWorkplace(sentence, end) : undefined;
}

/** The most words of the town after a workplace's name ("of Kelso Hospital in East Marwick"). */
const MAX_WORKPLACE_TOWN_WORDS = 3;

/**
 * "Professor X of Kelso Hospital in Edinburgh": medical and science copy places the workplace in its town with "in" and
 * one to three capitalised words; the town closes the workplace, so the clause may end after it. The end of the town,
 * or `end` (the workplace's last word) when none follows.
 */
function townAfterWorkplace(sentence: Sentence, end: number): number {
  const preposition = sentence[end + 1];
  if (preposition?.text !== 'in' || !joined(sentence[end], preposition)) {
    return end;
  }
  let town = end + 1;
  while (town + 1 < sentence.length && town - end - 1 < MAX_WORKPLACE_TOWN_WORDS && isCapitalised(sentence[town + 1]) && joined(sentence[town], sentence[town + 1])) {
    town++;
  }
  return town > end + 1 ? town : end;
}

/** The last of the post-nominal letters right after a name ("Dana Kelso MP OBE"), else the name's last word `at`. */
export function pastPostNominals(sentence: Sentence, at: number): number {
  while (at + 1 < sentence.length && isPostNominal(sentence[at + 1].text) && isSpace(sentence[at].post)) {
    at++;
  }
  return at;
}

/**
 * The name ends its clause: a break or "and" follows, past a parenthesised tag ("her challenger, Rep. X (Ohio), by …"),
 * a home state ("the party chairwoman, Representative X of Ohio, appointed …") or a workplace ("the lead author, Dr X of
 * the University of Tarrow."), and the workplace's town after "in" ("Dr X of Kelso Hospital in Edinburgh,").
 */
function clauseEndsAfterName(sentence: Sentence, draft: Draft): boolean {
  // "The party's health spokeswoman, Dana Kelso MP, said": the seat letters after the name belong to it.
  const nameEnd = pastPostNominals(sentence, draft.last);
  const home = homeStateEnd(sentence, nameEnd);
  // "X of Kell & Co, said": where a workplace runs on past what reads as a home state, the workplace closes the name.
  const homeTown = home === undefined ? undefined : townAfterWorkplace(sentence, home);
  const workplace = workplaceEnd(sentence, nameEnd);
  const last = parenthesisClose(sentence, nameEnd) ?? (homeTown !== undefined && workplace !== undefined ? Math.max(homeTown, workplace) : homeTown ?? workplace) ?? nameEnd;
  const after = sentence[last + 1];
  if (!after) {
    return true;
  }
  const post = last > nameEnd ? sentence[last].post.replace(/^[^)]*\)/, '') : sentence[last].post;
  return CLAUSE_BREAK.test(post + after.pre) || after.lower === 'and';
}

/**
 * The title head of a phrase ending at the comma token `comma`, which may be followed by its post ("the UN special
 * envoy for Yemen", "the head of delegation in Yemen") but holds no verb or break.
 */
function headBeforeComma(sentence: Sentence, parts: readonly TitlePart[], comma: number): number | undefined {
  let head = comma;
  let maxTail = MAX_TAIL;
  for (;;) {
    while (parts[head] !== TitlePart.Head && comma - head < maxTail) {
      if (head === 0 || isVerbInPost(sentence, head)) {
        return undefined;
      }
      if (!linked(sentence[head - 1], sentence[head])) {
        if (!listCommaInTail(sentence, head - 1, comma)) {
          return undefined;
        }
        maxTail = MAX_TAIL + MAX_LIST_TAIL_EXTRA;
      }
      head--;
    }
    if (parts[head] !== TitlePart.Head) {
      return undefined;
    }
    const plainAfterHead = head < comma && parts[head + 1] === TitlePart.None && !TITLE_HEAD_FOLLOWERS.has(sentence[head + 1].lower);
    if (!plainAfterHead) {
      return head;
    }
    // "Its director of general insurance, X": a head word qualifying a department's noun inside the tail ("general")
    // heads nothing; the post's head stands before the tail's connector.
    if (!inTail(sentence, head)) {
      return undefined;
    }
    head--;
  }
}

/** How many more words a post's tail may hold when it lists its departments ("Minister for Arts, Heritage and the Islands"). */
const MAX_LIST_TAIL_EXTRA = 4;

/**
 * "the Minister for Arts, Heritage and the Islands, X", "Secretary of State for Towns, Housing and Communities, X": a
 * comma between two capitalised items of a post's tail joins them when an "and" closes the list before the comma that
 * ends the post. The holder's name after that comma is not part of it.
 */
function listCommaInTail(sentence: Sentence, at: number, comma: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  if (token === undefined || next === undefined || !isCapitalised(token) || !isCapitalised(next) || !/^,\s+$/.test(token.post + next.pre)) {
    return false;
  }
  return listClosingAnd(sentence, at + 1, comma) !== undefined;
}

/** A word right after a tail's connector ("of", "for") that follows a title word: inside the tail of an earlier post. */
function inTail(sentence: Sentence, at: number): boolean {
  const connector = sentence[at - 1];
  return at > 1 && connector !== undefined && ORG_HEAD_LINKS.has(connector.lower) && joined(connector, sentence[at]) && !isCapitalised(sentence[at]);
}

/** A capitalised name word right before the role ("Acme chief, X" is not "chief, X"), unless it only opens the sentence. */
function nameBefore(sentence: Sentence, from: number): boolean {
  const before = sentence[from - 1];
  if (!before || !isCapitalised(before) || !joined(before, sentence[from]) || isHonorific(before)) {
    return false;
  }
  return !(opensSentence(sentence, from - 1) && isFunctionOpener(before));
}

/** Most words from an outer post's head to the preposition that joins it to the inner post ("chief spokeswoman for"). */
const MAX_OUTER_POST_WORDS = 3;

/**
 * "a spokeswoman for the mayor, X", "an adviser to the governor, X": the title before the comma is the complement of
 * another post joined by "for"/"to"/"of"; the role is the outer post with it (X is no mayor). The start of the role,
 * from the inner post's start `from`.
 */
function outerPostStart(sentence: Sentence, parts: readonly TitlePart[], from: number): number {
  let at = from - 1;
  if (at > 0 && ARTICLES.has(sentence[at].lower)) {
    at--;
  }
  if (at < 1 || !OUTER_POST_PREPOSITIONS.has(sentence[at].lower) || !linked(sentence[at - 1], sentence[at])) {
    return from;
  }
  for (let head = at - 1; head >= 0 && at - head <= MAX_OUTER_POST_WORDS; head--) {
    if (parts[head] === TitlePart.Head && !isCapitalised(sentence[head])) {
      const chain = chainEndingAt(sentence, parts, head);
      return chain && !chain.plural ? prefixStart(sentence, chain.from - 1) ?? chain.from : from;
    }
    if (!linked(sentence[head], sentence[head + 1]) || isVerbInPost(sentence, head)) {
      return from;
    }
  }
  return from;
}

/**
 * "her husband of 55 years, Aldo,", "his partner of ten years, Ivo,": a relation noun dated by "of", a number and a
 * unit of time (list relation-duration-units). The index of the unit when the relation at `at` is so dated, else `at`.
 */
export function relationDurationEnd(sentence: Sentence, at: number): number {
  const of = sentence[at + 1], count = sentence[at + 2], unit = sentence[at + 3];
  const dated = of?.lower === 'of' && count !== undefined && unit !== undefined && joined(sentence[at], of) && joined(of, count) && joined(count, unit)
    && ((count.tags | count.lexicon) & Tag.Value) !== 0 && has(RELATION_DURATION_UNITS, unit.lower) && has(RELATION_NOUNS, sentence[at].lower);
  return dated ? at + 3 : at;
}

/** The relation noun a time unit at `end` dates ("husband" of "husband of 55 years"), else `end`. */
function relationDurationStart(sentence: Sentence, end: number): number {
  return end >= 3 && relationDurationEnd(sentence, end - 3) === end ? end - 3 : end;
}

/**
 * "The Lord-Lieutenant of Askel, Brome and Corr opened the fair": a post over several places lists them after "of", so a
 * one-word name after "of <Place>," and a comma that "and" and one more capitalised word close is the list's next place,
 * no holder named after the post (the holder comes after the whole list: "…, Bray and Coll, Dame X, opened").
 */
function continuesPlaceList(sentence: Sentence, comma: number, draft: Draft): boolean {
  const and = sentence[draft.last + 1], next = sentence[draft.last + 2], after = sentence[draft.last + 3];
  const placeAfterOf = comma >= 1 && sentence[comma - 1].lower === 'of' && isCapitalised(sentence[comma]) && joined(sentence[comma - 1], sentence[comma]);
  const closedByAnd = and?.lower === 'and' && next !== undefined && isCapitalised(next) && joined(sentence[draft.last], and) && joined(and, next)
    && (after === undefined || !isCapitalised(after) || !joined(next, after));
  return draft.first === draft.last && placeAfterOf && closedByAnd;
}

/** "the prime minister, X" / "Kazakhstan's president, X." — only when the name then ends its clause. */
export function roleBeforeComma(sentence: Sentence, parts: readonly TitlePart[], draft: Draft): Span | undefined {
  const first = afterTheLate(sentence, styleStart(sentence, draft, firstWithHonorifics(sentence, draft)));
  const comma = first - 1;
  const bracketed = comma > 0 && bracketedAbbreviationAt(sentence, comma);
  const separator = bracketed ? /^\),\s*$/ : /^,\s*$/;
  if (comma < 0 || !separator.test(sentence[comma].post + sentence[first].pre) || !clauseEndsAfterName(sentence, draft)) {
    return undefined;
  }
  if (!bracketed && continuesPlaceList(sentence, comma, draft)) {
    return undefined;
  }
  const end = relationDurationStart(sentence, comma - (bracketed ? 1 : 0));
  // "the tycoon's company, Vardo": a body noun owned by the title holder names a body after the comma, no person.
  if (end > 0 && isPossessive(sentence[end - 1]) && has(ORG_NOUNS_AFTER, sentence[end].lower)) {
    return undefined;
  }
  const head = headBeforeComma(sentence, parts, end);
  const chain = head === undefined ? undefined : chainEndingAt(sentence, parts, head);
  if (!chain || chain.plural) {
    return undefined;
  }
  const from = outerPostStart(sentence, parts, prefixStart(sentence, chain.from - 1) ?? chain.from);
  // "X, scientist at the Harbour Institute (HI), Marwick, said", "X, vicar of St Kelda's, Vardo, tabled it": a phrase
  // after a name and a comma is that name's appositive, and the capitalised word after it a place (British copy writes
  // a church, a school or a branch with its town after a comma). Without the bracket only a lone word after a post is
  // so read: a holder is named in full ("Dana Kelso, the mayor's deputy, Tom Wrede, …" stays a second person), a
  // relation may name a first name alone ("On Monday, Kelso's wife, Ann, spoke"), and a date is no name.
  const before = from > 0 ? sentence[from - 1] : undefined;
  const loneAfterPost = draft.first === draft.last && head !== undefined && !has(RELATION_NOUNS, sentence[head].lower) && before !== undefined && (before.tags & Tag.Date) === 0;
  const afterNameAndComma = (bracketed || loneAfterPost) && before !== undefined && isCapitalised(before) && /^,\s*$/.test(before.post);
  return nameBefore(sentence, from) || afterNameAndComma ? undefined : roleText(sentence, from, end);
}

/**
 * "the president of the Harbour Electoral Commission (HEC), X": a body's abbreviation in brackets right before the
 * comma glosses the body's name; the role ends before it.
 */
function bracketedAbbreviationAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  return at > 0 && /\($/.test(sentence[at - 1].post + token.pre) && /^\)/.test(token.post) && /^[\p{Lu}\d.&-]{2,}$/u.test(token.text);
}
