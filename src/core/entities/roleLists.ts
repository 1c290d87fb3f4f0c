// Roles that need more than the title words: a relation placed by a named other ("Mr. X's wife", "X ally Y",
// "widow of X"), and a plural abbreviated title before a list of names ("Reps. X (Calif.), Y (Wis.) and Z").
import { ARTICLES } from '../lexicon/determiners';
import { KIN_LIST_NOUNS, KIN_NOUNS, PANEL_MEMBER_TITLES, PARTY_NOUNS, PEER_NOUNS, PLURAL_ABBREVIATED_TITLES, RELATION_NOUNS, SHARED_POST_TITLES, SPOUSE_NOUNS, TITLE_HEADS, has } from '../lexicon/entities';
import { BEREAVED_VERBS, KIN_ADJECTIVES, LEAVING_VERBS, PARTY_RANKS, PRONOUN_OWNERS } from '../lexicon/roles';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { isSpace, parenthesisClose, roleText, type OwnedSpan, type RoleContext, type Span } from './roleSpans';
import { relationDurationEnd } from './roleChains';
import { TitlePart, hyphenated, isCapitalised, isHonorific, isPossessive, joined, opensSentence, singular } from './words';

/** Most words before the name in "widow of plant technician X". */
const MAX_WORDS_BEFORE_NAME = 4;

/** "son of Dominican immigrants", "of a Japanese mother": a nationality before a noun places no one. */
function namesSomeone(sentence: Sentence, at: number): boolean {
  const next = sentence[at + 1];
  const beforeNoun = next !== undefined && !next.capitalised && joined(sentence[at], next);
  return ((sentence[at].tags | sentence[at].lexicon) & Tag.Demonym) === 0 && !beforeNoun;
}

/** A capitalised word within a few joined words from `from` ("of plant technician X", "of Mr. X"). */
function namedWithin(sentence: Sentence, from: number): boolean {
  for (let k = from; k < sentence.length && k < from + MAX_WORDS_BEFORE_NAME; k++) {
    if (k > from && !joined(sentence[k - 1], sentence[k]) && !/^\.\s+$/.test(sentence[k - 1].post)) {
      return false;
    }
    if (isCapitalised(sentence[k])) {
      return namesSomeone(sentence, k);
    }
  }
  return false;
}

/** "the committee's top Democrat": a party noun after a rank word is a post, not a party label. */
function isRankedPartyNoun(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  return has(PARTY_NOUNS, token.lower) && !token.lower.endsWith('s') && at > 0 && PARTY_RANKS.has(sentence[at - 1].lower);
}

/**
 * "Mr. X's wife", "X ally": a capitalised owner, not a nationality or adjective ("an American father"), right before.
 * An owner opening the sentence counts only with its possessive ("Kelso's sister, Y,"): a bare capital there may be
 * any word ("Family friend Y", "Close ally Y").
 */
function hasNamedOwner(sentence: Sentence, at: number): boolean {
  const prev: Token | undefined = sentence[at - 1];
  if (prev === undefined || !isCapitalised(prev) || (opensSentence(sentence, at - 1) && !isPossessive(prev))) {
    return false;
  }
  const nationality = ((prev.tags | prev.lexicon) & (Tag.Demonym | Tag.Adjective)) !== 0 && !isPossessive(prev);
  return !nationality && (joined(prev, sentence[at]) || (isPossessive(prev) && isSpace(prev.post)));
}

/** "widow of plant technician X": "of" and a named word after the relation noun. */
function ofNamedOther(sentence: Sentence, at: number): boolean {
  const next = sentence[at + 1];
  return next?.lower === 'of' && sentence[at + 2] !== undefined && joined(sentence[at], next) && namedWithin(sentence, at + 2);
}

/** Most lower-case words of a description between "the" and the name it introduces ("the veteran stage actor X"). */
const MAX_DESCRIPTION_WORDS = 3;

/**
 * "His brother, the late X,", "Her son, the cellist X,", "their daughter, the former mayor X,": words between the
 * comma and the name that describe the relative ("the" and up to three lower-case words joined to each other and to
 * the name) leave the relation introducing the name. Returns how many tokens to pass (0 when none).
 */
function describedBy(sentence: Sentence, parts: readonly TitlePart[], from: number): number {
  if (sentence[from]?.lower !== 'the') {
    return occupationBefore(sentence, from) || titleChainBefore(sentence, parts, from);
  }
  let at = from + 1;
  while (at - from - 1 < MAX_DESCRIPTION_WORDS && sentence[at] && !isCapitalised(sentence[at]) && joined(sentence[at - 1], sentence[at])) {
    at++;
  }
  const name = sentence[at];
  return at > from + 1 && name !== undefined && isCapitalised(name) && joined(sentence[at - 1], name) ? at - from : 0;
}

/** Tags of a word that cannot be an occupation noun before a name. */
const NOT_OCCUPATION = Tag.Verb | Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun | Tag.Adverb | Tag.Value;

/**
 * "his wife, actress X,", "her son, barrister X,": one or two lower-case nouns with no article joined to the name
 * (celebrity and obituary copy) describe the relative as "the actress X" does. Returns how many tokens to pass.
 */
function occupationBefore(sentence: Sentence, from: number): number {
  let at = from;
  while (at - from < 2 && sentence[at] && !isCapitalised(sentence[at]) && ((sentence[at].tags & Tag.Noun) !== 0)
    && ((sentence[at].tags | sentence[at].lexicon) & NOT_OCCUPATION) === 0 && (at === from || joined(sentence[at - 1], sentence[at]))) {
    at++;
  }
  const name = sentence[at];
  return at > from && name !== undefined && isCapitalised(name) && joined(sentence[at - 1], name) ? at - from : 0;
}

/** Most words of a title chain between a relation's comma and the name ("longtime Kelso aide"). */
const MAX_CHAIN_WORDS = 4;

/**
 * "his wife, longtime Kelso aide X,", "her husband, former Governor X,": a title chain (modifiers and heads, a
 * capitalised owner right before a head) joined to the name describes the relative as "the actress X" does; the
 * chain is the relative's post, the relation still places the person. Returns how many tokens to pass (0 when none).
 */
function titleChainBefore(sentence: Sentence, parts: readonly TitlePart[], from: number): number {
  let at = from, lastHead = -1;
  while (at - from < MAX_CHAIN_WORDS && sentence[at] !== undefined && (at === from || joined(sentence[at - 1], sentence[at]))) {
    const part = parts[at];
    if (part === TitlePart.Head || part === TitlePart.Modifier) {
      lastHead = part === TitlePart.Head ? at : lastHead;
    } else if (!(isCapitalised(sentence[at]) && at > from && opensOwnerBeforeHead(sentence, parts, at))) {
      break;
    }
    at++;
  }
  const name = sentence[at];
  return lastHead === at - 1 && name !== undefined && isCapitalised(name) && joined(sentence[at - 1], name) ? at - from : 0;
}

/** "Kelso" of "longtime Kelso aide", "Dana Kelso" of "longtime Dana Kelso aide": capitalised words joined up to a title's word. */
function opensOwnerBeforeHead(sentence: Sentence, parts: readonly TitlePart[], at: number): boolean {
  let end = at;
  while (end - at < 2 && isCapitalised(sentence[end + 1] ?? sentence[at]) && sentence[end + 1] !== undefined && joined(sentence[end], sentence[end + 1])
    && parts[end + 1] === TitlePart.None) {
    end++;
  }
  const after = parts[end + 1];
  return (after === TitlePart.Head || after === TitlePart.Modifier) && joined(sentence[end], sentence[end + 1]);
}

/**
 * The relation noun at `at` introduces a name set off by a comma ("his wife, Orla,"); without the comma ("his son
 * Rohan") the relation only tells the relatives apart, and the early gold sets give it no role (the later fresh sets
 * do: measured in round 28, the gold and naming sets lost more role precision than the fresh sets gained recall), but a
 * spouse (list `spouse-nouns`) is one person, so "his wife Patricia" names her by the relation, comma or not, and a
 * peer (list `peer-nouns`: "her colleague Ivo") is placed by the relation either way in every set that has one.
 */
function beforeName(sentence: Sentence, parts: readonly TitlePart[], at: number): boolean {
  const end = relationDurationEnd(sentence, at);
  const next = sentence[end + 1];
  if (next === undefined || !isCapitalised(sentence[end + 1 + describedBy(sentence, parts, end + 1)] ?? next)) {
    return false;
  }
  return /^,\s*$/.test(sentence[end].post + next.pre) || (end === at && joined(sentence[at], next) && (has(SPOUSE_NOUNS, sentence[at].lower) || has(PEER_NOUNS, sentence[at].lower) || isAgedGivenName(sentence, at)));
}

/**
 * "His daughter Mia, 29, said": a kin noun (list kin-nouns) right before a given name alone that an age follows
 * between commas; named by the given name only, the relative is known by the relation, as "his wife Ann" is. "His son
 * Tom Halder, 29," (a full name) only tells relatives apart.
 */
function isAgedGivenName(sentence: Sentence, at: number): boolean {
  const name = sentence[at + 1], age = sentence[at + 2];
  return name !== undefined && age !== undefined && has(KIN_NOUNS, sentence[at].lower) && /^,\s+$/.test(name.post + age.pre)
    && /^\d{1,3}$/.test(age.text) && /^,/.test(age.post);
}

/** "two-year-old", "18-month-old": a child's age written as one hyphened word before the kin noun. */
const AGE_ADJECTIVE = /^[\p{L}\d]+-(?:year|month|week|day)-old$/u;

/** Most parts of a hyphened modifier ("two-year-old"). */
const MAX_MODIFIER_PARTS = 4;

/**
 * The first token of a word between the owner and the relation at `at` that leaves the relation whole, or undefined:
 * a kin adjective ("his late wife", "her long-term boyfriend"), a child's age ("a two-year-old daughter") or a
 * lower-case occupation ("her actor husband", as celebrity copy places a star's spouse by the spouse's trade). The
 * tokenizer splits a hyphened word at its hyphens, so the parts are read back as one word.
 */
function kinModifierStart(sentence: Sentence, at: number): number | undefined {
  const last = at - 1;
  if (last < 0 || !joined(sentence[last], sentence[at])) {
    return undefined;
  }
  let first = last;
  while (first > 0 && last - first < MAX_MODIFIER_PARTS - 1 && hyphenated(sentence[first - 1], sentence[first])) {
    first--;
  }
  const word = first === last ? sentence[last].lower : sentence.slice(first, at).map(token => token.lower).join('-');
  const occupation = first === last && !isCapitalised(sentence[last]) && has(TITLE_HEADS, word);
  return KIN_ADJECTIVES.has(word) || AGE_ADJECTIVE.test(word) || occupation ? first : undefined;
}

/** The index of the word owning the relation at `at`, past one modifier such as "late", "elder" or "actor" ("his late wife"). */
function ownerBefore(sentence: Sentence, at: number): number | undefined {
  const prev = at - 1;
  if (prev < 0 || !joined(sentence[prev], sentence[at])) {
    return undefined;
  }
  const modifier = kinModifierStart(sentence, at);
  const owner = modifier === undefined ? undefined : modifier - 1;
  return owner !== undefined && owner >= 0 && joined(sentence[owner], sentence[owner + 1]) ? owner : prev;
}

/**
 * "His sister, X, said", "survived by her husband, X", "leaves a wife, X,": a relative introduced by a possessive
 * determiner (placed by someone already named), or by "a" after an obituary's "leaves", right before the name.
 */
function isIntroducedRelative(sentence: Sentence, parts: readonly TitlePart[], at: number): boolean {
  const ownerAt = ownerBefore(sentence, at);
  if (ownerAt === undefined || !beforeName(sentence, parts, at)) {
    return false;
  }
  const owner = sentence[ownerAt];
  if (PRONOUN_OWNERS.has(owner.lower)) {
    return has(KIN_NOUNS, sentence[at].lower) || has(PEER_NOUNS, sentence[at].lower);
  }
  // "leaves a wife, Y,", "has a son, Y, 12,", "who have a two-year-old daughter, Y,": the article after a verb of
  // leaving or having relatives; after "have" only a kin noun ("The firm has a partner, Vardo Holdings,").
  const verb: Token | undefined = sentence[ownerAt - 1];
  if (!ARTICLES.has(owner.lower) || verb === undefined || !BEREAVED_VERBS.has(verb.lower) || !joined(verb, owner)) {
    return false;
  }
  return LEAVING_VERBS.has(verb.lower) || has(KIN_NOUNS, sentence[at].lower);
}

/** A lower-case relation noun that a named other places ("Mr. X's wife", "X ally", "widow of …", "His sister, X"). */
function isPlacedRelation(sentence: Sentence, parts: readonly TitlePart[], at: number): boolean {
  const token = sentence[at];
  if (isCapitalised(token)) {
    return false;
  }
  // A peer ("her colleague X") only as a relative introduced by a possessive determiner: "Y's colleague" is left as it
  // was. "shadow" is a title's modifier too ("his shadow chancellor"), and a title after the peer noun ("her colleague,
  // Senator X", "his colleague Colonel (retd) X") is the post the person is named by: a peer only before a bare name.
  if (has(PEER_NOUNS, token.lower)) {
    const next = sentence[at + 1];
    return next !== undefined && parts[at + 1] === TitlePart.None && !isHonorific(next) && isIntroducedRelative(sentence, parts, at);
  }
  if (parts[at] !== TitlePart.None) {
    return false;
  }
  if (!has(RELATION_NOUNS, token.lower)) {
    return false;
  }
  return hasNamedOwner(sentence, at) || ofNamedOther(sentence, at) || isIntroducedRelative(sentence, parts, at);
}

/**
 * The sentence's title parts with relation nouns read as heads where a named other places the person: after a
 * capitalised owner ("Mr. X's wife", "X ally") or before "of" and a capitalised word or title ("widow of …").
 * A possessive determiner places a relative it introduces by name after a comma ("His sister, X"); "his son X",
 * "his son" or "a close ally" stay plain words.
 */
export function withRelationHeads(sentence: Sentence, parts: readonly TitlePart[]): readonly TitlePart[] {
  let marked: TitlePart[] | undefined;
  sentence.forEach((_, at) => {
    if (isRankedPartyNoun(sentence, at) || isPlacedRelation(sentence, parts, at)) {
      marked ??= [...parts];
      marked[at] = TitlePart.Head;
    }
  });
  return marked ?? parts;
}

/** A capitalised plural abbreviated title with its full stop ("Reps. "). */
function isPluralAbbreviatedTitle(token: Token): boolean {
  return isCapitalised(token) && has(PLURAL_ABBREVIATED_TITLES, token.lower) && /^\.\s+$/.test(token.post);
}

/** The draft listed after the draft ending at `last` (past its parenthesised tag), after a comma or "and". */
function nextListed(context: RoleContext, last: number): number | undefined {
  const { sentence, startsAt } = context;
  const end = parenthesisClose(sentence, last) ?? last;
  const separator = sentence[end + 1];
  if (!separator) {
    return undefined;
  }
  if (separator.lower === 'and') {
    return startsAt.get(end + 2);
  }
  if (!/^[.)]*,\s*$/.test(sentence[end].post)) {
    return undefined;
  }
  return startsAt.get(end + 1) ?? afterSemicolonItem(context, end + 1);
}

/** Most tokens of a listed person's appositive before the semicolon that ends the list's item. */
const MAX_ITEM_APPOSITIVE = 16;

/**
 * "Senators X, the majority leader; Y, the chamber's oldest member; and Z": a list whose items carry appositives is cut
 * by semicolons; the next listed name opens the next item (after its "and"). The draft listed there, or undefined
 * when the appositive runs on with no semicolon or the item after it opens with no name.
 */
function afterSemicolonItem(context: RoleContext, from: number): number | undefined {
  const { sentence, startsAt } = context;
  for (let at = from; at < sentence.length && at - from < MAX_ITEM_APPOSITIVE; at++) {
    if (/[.:!?()]/.test(sentence[at].post)) {
      return undefined;
    }
    if (/^\s*;\s*$/.test(sentence[at].post)) {
      const next = sentence[at + 1];
      return next?.lower === 'and' ? startsAt.get(at + 2) : startsAt.get(at + 1);
    }
  }
  return undefined;
}

/**
 * A capitalised plural title of a sitting body's members ending a plural title chain ("Justices", "County Supervisors"),
 * or a plural, in either case, of a post each listed person holds alike ("Ministers", "Pacers", "Joint administrators",
 * "anchors"; list shared-post-titles).
 */
function isPanelMembersTitle(token: Token): boolean {
  const one = singular(token.lower);
  return one !== undefined && ((isCapitalised(token) && has(PANEL_MEMBER_TITLES, one)) || has(SHARED_POST_TITLES, one));
}

/**
 * "Justices X, Y and Z" (list panel-member-titles): the plural title chain before the first of two or more listed
 * names, and the span it gives each; undefined for another chain, or a name listed alone.
 */
function panelTitleBefore(context: RoleContext, draft: number): Span | undefined {
  const chain = context.beforeName[draft].chain;
  if (!chain || !chain.plural || !isPanelMembersTitle(context.sentence[chain.last]) || nextListed(context, context.drafts[draft].last) === undefined) {
    return undefined;
  }
  return roleText(context.sentence, chain.roleStart, chain.last);
}

/**
 * "Reps. X (Calif.), Y (Wis.) and Z (Texas)", "Supervisors X and Y": the plural abbreviated title, or the plural title
 * of a sitting body's members, is each listed person's role, as written.
 */
export function pluralTitleRoles(context: RoleContext): OwnedSpan[] {
  const { sentence, startsAt, drafts } = context;
  const found: OwnedSpan[] = [];
  const eachListed = (first: number, span: Span): void => {
    for (let listed: number | undefined = first; listed !== undefined; listed = nextListed(context, drafts[listed].last)) {
      found.push({ ...span, draft: listed });
    }
  };
  sentence.forEach((token, at) => {
    const first = startsAt.get(at + 1);
    if (first !== undefined && isPluralAbbreviatedTitle(token)) {
      eachListed(first, { start: token.start, end: token.end + 1 });
    }
  });
  drafts.forEach((_, draft) => {
    const span = panelTitleBefore(context, draft) ?? pluralTitleBeforeCommaList(context, draft);
    if (span !== undefined) {
      eachListed(draft, span);
    }
  });
  return found;
}

/** Most words of a plural title's modifiers before its head ("Green Party co-leaders"). */
const MAX_PLURAL_TITLE_MODIFIERS = 3;

/**
 * "Green co-leaders, Ana Pike and Joel Brandt, said", "the two senior ministers, X and Y.": a plural title (its
 * modifiers with it) right before a comma and a list of two names or more that closes the clause is an appositive
 * naming who holds it: each listed person holds the title, as written.
 */
function pluralTitleBeforeCommaList(context: RoleContext, draft: number): Span | undefined {
  const { sentence, parts, drafts } = context;
  const head = drafts[draft].first - 1;
  if (head < 0 || parts[head] !== TitlePart.PluralHead || !/^,\s+$/.test(sentence[head].post) || nextListed(context, drafts[draft].last) === undefined) {
    return undefined;
  }
  let last = draft;
  for (let listed = nextListed(context, drafts[draft].last); listed !== undefined; listed = nextListed(context, drafts[listed].last)) {
    last = listed;
  }
  const close = sentence[drafts[last].last];
  if (!/^[,.]/.test(close.post) && drafts[last].last !== sentence.length - 1) {
    return undefined;
  }
  let start = head;
  while (start > 0 && head - start < MAX_PLURAL_TITLE_MODIFIERS && joined(sentence[start - 1], sentence[start])
    && (parts[start - 1] === TitlePart.Modifier || (isCapitalised(sentence[start - 1]) && !ARTICLES.has(sentence[start - 1].lower)))) {
    start--;
  }
  return roleText(sentence, start, head);
}

/** A plural kin noun in lower case that heads a family list ("sons", "children"; list kin-list-nouns). */
function isPluralKinNoun(token: Token): boolean {
  return !isCapitalised(token) && has(KIN_LIST_NOUNS, token.lower) && /(?:s|ren)$/.test(token.lower);
}

/**
 * "He leaves daughter Nell, sons Ivo and Tam", "survived by their children, Ivo, Nell and Marta": a plural kin noun
 * (with the possessive determiner joined before it) right before a list of two names or more, as obituaries and death
 * notices name the family, is each listed person's relation to the one who died. One name after a singular kin noun
 * without a comma ("his son Tom") only tells relatives apart (see `beforeName`).
 */
export function kinListRoles(context: RoleContext): OwnedSpan[] {
  const { sentence, startsAt, drafts } = context;
  const found: OwnedSpan[] = [];
  sentence.forEach((token, at) => {
    const first = startsAt.get(at + 1);
    if (first === undefined || !isPluralKinNoun(token) || !/^,?\s+$/.test(token.post) || nextListed(context, drafts[first].last) === undefined) {
      return;
    }
    const owner = sentence[at - 1];
    const start = owner !== undefined && PRONOUN_OWNERS.has(owner.lower) && joined(owner, token) ? owner.start : token.start;
    for (let listed: number | undefined = first; listed !== undefined; listed = nextListed(context, drafts[listed].last)) {
      found.push({ start, end: token.end, draft: listed });
    }
  });
  return found;
}
