// What stands before a name, read once per name: honours among its honorifics ("Sir", "Gen.") and the title
// chain before them ("UK Prime Minister Sir X", "Mr. X's wife Y"); and the roles and evidence they give.
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { isPartyWord } from '../lexicon/names';
import { BRACKETED_STATUS_WORDS, COMPATRIOT_HEADS, RANKING_MARKS, RANKING_SCOPES, ROLE_TIME_MODIFIERS, STACKED_POST_FIRST_HEADS } from '../lexicon/roles';
import { ABBREVIATED_TITLES, ADDRESS_STYLES, APPOSITIVE_ONLY_HEADS, BODY_ONLY_POSTS, COMPASS_WORDS, FIRM_PARTNER_POSTS, has, HONOURS, isPostNominal, RELATION_NOUNS, SEAT_POST_NOMINALS, TITLE_MODIFIERS } from '../lexicon/entities';
import { UNIT_WORDS } from '../lexicon/numbers';
import { Tag, type Sentence } from '../nlp/tokens';
import type { Draft } from './names';
import { abbreviatedTitleStart, chainEndingAt, coordinatedChain, prefixStart, roleBeforeComma } from './roleChains';
import { postLineEnd } from './roleReferences';
import { isSpace, roleText, type BeforeName, type ChainBeforeName, type OwnedSpan, type RoleContext, type Span } from './roleSpans';
import { Evidence } from './types';
import { TitlePart, capitalRankAt, closesCourtesyStyle, isHonorificAt, isPossessive, joined, pairedHonourPart, isCapitalised } from './words';

/** An honour or abbreviated title among a name's honorifics, with the full stop of an abbreviation ("Sir", "Gen."). */
function isHonour(sentence: Sentence, at: number): boolean {
  return has(HONOURS, sentence[at].lower) || has(ABBREVIATED_TITLES, sentence[at].lower) || capitalRankAt(sentence, at);
}

/** A chain token that was no title but a relation noun placed by a named other (roleLists.ts `withRelationHeads`). */
function isRelationHead(sentence: Sentence, titles: readonly TitlePart[], parts: readonly TitlePart[], at: number): boolean {
  return parts[at] === TitlePart.Head && titles[at] === TitlePart.None && has(RELATION_NOUNS, sentence[at].lower);
}

/** The title chain ending at `last`, joined to what follows it, with the prefix before it. */
function chainBefore(sentence: Sentence, titles: readonly TitlePart[], parts: readonly TitlePart[], last: number, bracketAfter = false): ChainBeforeName | undefined {
  const chain = chainEndingAt(sentence, parts, last);
  if (!chain || (!bracketAfter && !joined(sentence[last], sentence[last + 1]))) {
    return undefined;
  }
  const heads = Array.from({ length: last - chain.from + 1 }, (_, offset) => chain.from + offset);
  return {
    last,
    from: chain.from,
    roleStart: prefixStart(sentence, chain.from - 1) ?? chain.from,
    plural: chain.plural,
    relation: heads.some(at => isRelationHead(sentence, titles, parts, at)),
  };
}

/**
 * "Colonel (retired) X": a status word in brackets (lexicon `bracketed-status-words`) right before the name, or `at`
 * itself when none stands there: the index of the title chain's last token, and where the role ends (the bracket).
 */
function pastBracketedStatus(sentence: Sentence, at: number): { readonly last: number; readonly roleEnd?: number } {
  const status = sentence[at], before = sentence[at - 1];
  if (status === undefined || before === undefined || !BRACKETED_STATUS_WORDS.has(status.lower.replace(/\.$/, '')) || !/^\s*\($/.test(before.post + status.pre)
    || !/^\.?\)\s+$/.test(status.post) || /\n/.test(status.post)) {
    return { last: at };
  }
  return { last: at - 1, roleEnd: status.end + status.post.indexOf(')') + 1 };
}

/** Honours among the draft's honorifics (walking left from the name), then the title chain before them. */
export function beforeNameOf(sentence: Sentence, titles: readonly TitlePart[], parts: readonly TitlePart[], draft: Draft): BeforeName {
  const honours: Span[] = [];
  let at = draft.first - 1;
  while (at >= 0 && isHonorificAt(sentence, at) && draft.honorific !== undefined && at <= draft.honorific) {
    if (pairedHonourPart(sentence, at) === 2) {
      // "Tan Sri", "Datuk Seri": one honour of two words, one role.
      honours.push({ start: sentence[at - 1].start, end: sentence[at].end });
      at--;
    } else if (isHonour(sentence, at)) {
      const end = sentence[at].end + (sentence[at].post.startsWith('.') ? 1 : 0);
      at = abbreviatedTitleStart(sentence, parts, at);
      honours.push({ start: sentence[at].start, end });
    }
    at--;
  }
  at = pastNationalityAfterTitle(sentence, parts, draft, at);
  const status = pastBracketedStatus(sentence, at);
  const found = status.roleEnd === undefined ? chainBefore(sentence, titles, parts, at) : chainBefore(sentence, titles, parts, status.last, true);
  const chain = found && status.roleEnd !== undefined ? { ...found, roleEnd: status.roleEnd } : found;
  return chain ? { honours, chain } : { honours };
}

/**
 * "Captain American Joe Rand", "Coach Dutch Ivo Brandt": a capitalised nationality between a title's head and a name of
 * two words or more describes the person, as it does opening the run (names.ts withoutNationalityAfterTitle); the
 * title before it is still the person's post. The token the chain ends at.
 */
function pastNationalityAfterTitle(sentence: Sentence, parts: readonly TitlePart[], draft: Draft, at: number): number {
  const nationality = sentence[at];
  const demonym = nationality !== undefined && isCapitalised(nationality) && ((nationality.tags | nationality.lexicon) & Tag.Demonym) !== 0;
  return demonym && draft.last > draft.first && at > 0 && parts[at - 1] === TitlePart.Head && !COMPATRIOT_HEADS.has(sentence[at - 1].lower) && joined(sentence[at - 1], nationality) && joined(nationality, sentence[at + 1])
    ? at - 1 : at;
}

/** Spans from each draft, owned by it. */
function eachDraft(context: RoleContext, find: (draft: Draft, before: BeforeName) => readonly (Span | undefined)[]): OwnedSpan[] {
  return context.drafts.flatMap((draft, index) => find(draft, context.beforeName[index])
    .filter((span): span is Span => span !== undefined)
    .map(span => ({ ...span, draft: index })));
}

/** The chain before a draft when it is a single post (a plural title gives evidence, not a role). */
function singleChain(before: BeforeName): ChainBeforeName | undefined {
  return before.chain && !before.chain.plural ? before.chain : undefined;
}

/** "UK Prime Minister Sir X", "Gen. X": honours among the honorifics. */
export function honourRoles(context: RoleContext): OwnedSpan[] {
  return eachDraft(context, (_, before) => before.honours);
}

/** "Dana Kelso MP", "Orla Brandt MEP OBE": the letters after a name that name a seat in a legislature (list seat-post-nominals). */
export function seatLetterRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  return eachDraft(context, draft => {
    let k = draft.last;
    while (k > draft.first && isPostNominal(sentence[k].text)) {
      k--;
    }
    const seats: Span[] = [];
    let j = k + 1;
    for (; j < sentence.length && isPostNominal(sentence[j].text) && isSpace(sentence[j - 1].post); j++) {
      if (has(SEAT_POST_NOMINALS, sentence[j].lower)) {
        seats.push(roleText(sentence, j, j));
      }
    }
    // "the Unity MP who …" (a party), "Marwick North MP Dana Kelso" (a seat, then the name the title goes before).
    const article = draft.first > 0 && ARTICLES.has(sentence[draft.first - 1].lower);
    const nameAfter = j < sentence.length && isSpace(sentence[j - 1].post) && sentence[j].capitalised;
    // "Marwick's MP, Dana Kelso,": the MP of a place (or a body), not letters after a name; "United Labour MP for
    // Tarrow X": a party's name ending in its label (list party-labels) before the letters is the MP's party.
    const party = k > draft.first && isPartyWord(sentence[k].lower);
    return /^[A-Z]+$/.test(sentence[k].text) || article || nameAfter || party || isPossessive(sentence[k]) ? [] : seats;
  });
}

/** "Kremlin chief X", "the agency's director X" (relation: false) or "Mr. X's wife Y", "X ally Y" (relation: true). */
export function chainRoles(context: RoleContext, relation: boolean): OwnedSpan[] {
  return eachDraft(context, (_, before) => {
    const chain = singleChain(before);
    if (!chain || chain.relation !== relation) {
      return [];
    }
    // "Regular customer X told the paper": a member of the public's word right before the name describes, no post
    // (list appositive-only-heads); set off by a comma ("One customer, X,") it is the role (role-before-comma).
    if (!relation && has(APPOSITIVE_ONLY_HEADS, context.sentence[chain.last].lower)) {
      return [];
    }
    const style = relation ? undefined : styleBeforePost(context.sentence, chain);
    if (style !== undefined) {
      return [roleText(context.sentence, style.from, style.last), roleText(context.sentence, style.last + 1, chain.last)];
    }
    const split = relation ? undefined : styleAfterOccupation(context.sentence, context.parts, chain) ?? stackedPostStart(context.sentence, context.parts, chain);
    if (split !== undefined) {
      return [roleText(context.sentence, chain.roleStart, split - 1), roleText(context.sentence, split, chain.last)];
    }
    const span = roleText(context.sentence, chain.roleStart, chain.last);
    return [chain.roleEnd === undefined ? span : { ...span, end: chain.roleEnd }];
  });
}

/** Most words from "Her" to the style's head ("Her Royal Highness"). */
const MAX_STYLE_WORDS = 3;

/**
 * "Her Excellency President X", "His Eminence Cardinal X": a style of address (list address-styles) after "His"/"Her"/
 * "Your", opening the chain before a further title, is a role of its own, "Her Excellency" as written, and the title
 * after it another. The style's first and last token, or undefined.
 */
function styleBeforePost(sentence: Sentence, chain: ChainBeforeName): { readonly from: number; readonly last: number } | undefined {
  const owner = chain.from - 1;
  if (owner < 0 || chain.roleStart !== chain.from || !POSSESSIVE_DETERMINERS.has(sentence[owner].lower) || !joined(sentence[owner], sentence[chain.from])) {
    return undefined;
  }
  for (let at = chain.from; at < chain.last && at - owner < MAX_STYLE_WORDS; at++) {
    if (has(ADDRESS_STYLES, sentence[at].lower)) {
      return joined(sentence[at], sentence[at + 1]) ? { from: owner, last: at } : undefined;
    }
  }
  return undefined;
}

/**
 * "the epidemiologist Professor X", "the novelist Dr X": a capitalised title head right after a lower-case one is a
 * style of address of its own after the occupation; the chain gives two roles. The style's first token, or undefined.
 */
function styleAfterOccupation(sentence: Sentence, parts: readonly TitlePart[], chain: ChainBeforeName): number | undefined {
  for (let at = chain.from + 1; at <= chain.last; at++) {
    const occupation = sentence[at - 1], style = sentence[at];
    // "ACLU executive Director X": a head that also qualifies heads (list title-modifiers) is one post with the next.
    const occupationOnly = !isCapitalised(occupation) && !has(TITLE_MODIFIERS, occupation.lower);
    if (parts[at - 1] === TitlePart.Head && parts[at] === TitlePart.Head && occupationOnly && isCapitalised(style) && joined(occupation, style)) {
      return at;
    }
  }
  return undefined;
}

/**
 * "his campaign manager county chairman X": a post's head of list role-stacked-post-first-heads, with a modifier of
 * its own, then a lower-case noun and the chain's last head, is two posts held at once, written without a comma. The
 * second post's first token, or undefined. A head that qualifies the next ("deputy campaign manager", "chief
 * operating officer") is not listed, and an adjective or a participle after the head ("operating") opens no post.
 */
function stackedPostStart(sentence: Sentence, parts: readonly TitlePart[], chain: ChainBeforeName): number | undefined {
  for (let at = chain.from + 2; at < chain.last; at++) {
    const head = sentence[at - 1], opener = sentence[at];
    const ownModifier = parts[at - 2] === TitlePart.Modifier;
    const noun = (opener.tags & Tag.Noun) !== 0 && (opener.tags & (Tag.Adjective | Tag.Verb)) === 0 && !isCapitalised(opener);
    if (parts[at - 1] === TitlePart.Head && ownModifier && STACKED_POST_FIRST_HEADS.has(head.lower) && parts[at] === TitlePart.Modifier && noun
      && sentence.slice(at, chain.last).every((_, k) => parts[at + k] === TitlePart.Modifier) && parts[chain.last] === TitlePart.Head
      && joined(head, opener)) {
      return at;
    }
  }
  return undefined;
}

/** "former senator and party adviser X": the chain before "and" before the title chain. */
export function coordinatedChainRoles(context: RoleContext): OwnedSpan[] {
  return eachDraft(context, (_, before) => {
    const chain = singleChain(before);
    return chain ? [coordinatedChain(context.sentence, context.parts, chain.roleStart)] : [];
  });
}

/**
 * Where the chain's phrase opens: past an article, a dating word or honorifics right before it ("the Ardian economist X",
 * "retired surveyor X", "Mr Justice X"),
 * or a court's courtesy style ("His Honour Judge X", list courtesy-styles).
 */
function chainOpening(sentence: Sentence, roleStart: number): number {
  let first = roleStart;
  if (first > 1 && closesCourtesyStyle(sentence, first - 1) && joined(sentence[first - 1], sentence[first])) {
    return first - 2;
  }
  while (first > 0 && isHonorificAt(sentence, first - 1) && joined(sentence[first - 1], sentence[first])) {
    first--;
  }
  if (first !== roleStart) {
    return first;
  }
  // "Its chair, retired surveyor X", "Its director, the retired nurse X": a word dating the post (list
  // role-time-modifiers) that the chain does not take in opens the phrase too.
  while (first > 0 && ROLE_TIME_MODIFIERS.has(sentence[first - 1].lower) && joined(sentence[first - 1], sentence[first])) {
    first--;
  }
  const article = sentence[first - 1];
  return article && has(ARTICLES, article.lower) && joined(article, sentence[first]) ? first - 1 : first;
}

/** "Sudan's army chief, General X", "The judge, Mr Justice X", "Its chair, the Ardian economist X": a role before a comma before the title chain. */
export function roleBeforeChainRoles(context: RoleContext): OwnedSpan[] {
  return eachDraft(context, (draft, before) => {
    const chain = singleChain(before);
    const first = chain ? chainOpening(context.sentence, chain.roleStart) : 0;
    return chain ? [roleBeforeComma(context.sentence, context.parts, { ...draft, first, honorific: undefined })] : [];
  });
}

/**
 * "credited her navigator, Kenyan X,", "its coach, South African X": a nationality (a demonym, perhaps after a compass
 * word, list compass-words) between the comma and the name describes the person too, so the role before the comma is
 * still theirs; the index the role's comma is looked for before.
 */
function nationalityOpening(sentence: Sentence, first: number): number {
  const demonymAt = (i: number): boolean => i >= 0 && isCapitalised(sentence[i]) && ((sentence[i].lexicon | sentence[i].tags) & Tag.Demonym) !== 0 && isSpace(sentence[i].post);
  if (!demonymAt(first - 1)) {
    return first;
  }
  const compass = first - 2 >= 0 && isCapitalised(sentence[first - 2]) && has(COMPASS_WORDS, sentence[first - 2].lower) && isSpace(sentence[first - 2].post);
  return compass ? first - 2 : first - 1;
}

/** "the prime minister, X": a title phrase before a comma, when no title chain stands right before the name. */
export function commaRoles(context: RoleContext): OwnedSpan[] {
  // "Diplomatic Editor, Marwick" under a byline: the name after the post line's comma is a place, not its holder.
  if (postLineEnd(context.sentence) !== undefined) {
    return [];
  }
  return eachDraft(context, (draft, before) => (before.chain ? [] : [roleBeforeComma(context.sentence, context.parts, { ...draft, first: nationalityOpening(context.sentence, draft.first) })]));
}

/**
 * "The firm's chairman and chief executive, X, said", "Vardo's co-founder and chief scientist, X,": a title chain
 * joined by "and" before the title phrase of role-before-comma is the name's role too, as before a name without the
 * comma (coordinated-title-before-name).
 */
export function coordinatedCommaRoles(context: RoleContext): OwnedSpan[] {
  if (postLineEnd(context.sentence) !== undefined) {
    return [];
  }
  return eachDraft(context, (draft, before) => {
    const role = before.chain ? undefined : roleBeforeComma(context.sentence, context.parts, { ...draft, first: nationalityOpening(context.sentence, draft.first) });
    const from = role === undefined ? -1 : context.sentence.findIndex(token => token.start === role.start);
    return from > 0 ? [coordinatedChain(context.sentence, context.parts, from)] : [];
  });
}

/** Names inside a title's prefix ("Uasin Gishu" in "Uasin Gishu Governor X") are not people. */
function markPrefix(drafts: readonly Draft[], from: number, to: number): void {
  for (const draft of drafts) {
    if (draft.first >= from && draft.last < to && draft.honorific === undefined) {
      draft.evidence |= Evidence.Prefix;
    }
  }
}

/**
 * A lower-case post that only a partnership or a body holds (lists firm-partner-posts: "managing partner"; body-only-posts:
 * "chief executive", "founder").
 */
function isBodyOnlyPost(sentence: Sentence, last: number): boolean {
  const head = sentence[last];
  return head !== undefined && !isCapitalised(head) && (has(FIRM_PARTNER_POSTS, head.lower) || has(BODY_ONLY_POSTS, head.lower));
}

/**
 * "Alder Kell managing partner Dana Ruiz", "Tarvik chief executive X": the name in the prefix of a partnership's or a
 * body's post is the firm, a body, though named after its founders (lists firm-partner-posts, body-only-posts). Not a
 * possessive owner ("Dana Kelso's partner X" is a relation)
 * nor a place ("London managing partner X" heads the firm's London office).
 */
function markFirmBeforePost(context: RoleContext, from: number, to: number): void {
  const { sentence, drafts } = context;
  for (const draft of drafts) {
    const words = sentence.slice(draft.first, draft.last + 1);
    if (draft.first >= from && draft.last < to && draft.honorific === undefined && !isPossessive(sentence[draft.last])
      && !words.some(word => (word.lexicon & Tag.Place) !== 0)) {
      draft.evidence |= Evidence.OrgTag;
    }
  }
}

/** "Presidents X and Y": the names after a plural title all get its evidence. */
function markListed(context: RoleContext, draft: Draft): void {
  const { sentence, startsAt, drafts } = context;
  for (let current = draft; ;) {
    const separator = sentence[current.last + 1];
    const and = separator?.lower === 'and';
    const listed = separator && (and || /^,\s*$/.test(sentence[current.last].post)) ? startsAt.get(current.last + (and ? 2 : 1)) : undefined;
    if (listed === undefined) {
      return;
    }
    current = drafts[listed];
    current.evidence |= Evidence.PluralTitle;
  }
}

/** The evidence title chains give: names in their prefix are no people; names after a plural title are listed people. */
export function markTitleChains(context: RoleContext): void {
  context.drafts.forEach((draft, index) => {
    const chain = context.beforeName[index].chain;
    if (!chain) {
      return;
    }
    markPrefix(context.drafts, chain.roleStart, chain.from);
    if (!chain.plural && isBodyOnlyPost(context.sentence, chain.last)) {
      markFirmBeforePost(context, chain.roleStart, chain.from);
    }
    if (chain.plural && !loneWordAfterPlural(context, draft)) {
      draft.evidence |= Evidence.PluralTitle;
      markListed(context, draft);
    }
  });
}

/**
 * "Hosts Vardo scored first", "Leaders Kelso were held": one word alone after a plural title, no list after it, is
 * what sports copy calls a side by its standing or part in the match, not a person the title lists; people after a
 * plural title come two or more ("Presidents X and Y"), or with given names ("Hosts Ana Pike and Tom Hale").
 */
function loneWordAfterPlural(context: RoleContext, draft: Draft): boolean {
  const { sentence, startsAt } = context;
  const separator = sentence[draft.last + 1];
  const listed = separator !== undefined && (separator.lower === 'and' || /^,\s*$/.test(sentence[draft.last].post))
    && startsAt.has(draft.last + (separator.lower === 'and' ? 2 : 1));
  return draft.first === draft.last && !listed;
}

/** "3", "one", "No.": a ranking's place, in figures or a cardinal word. */
function isRankPlace(text: string): boolean {
  return /^\d{1,3}$/.test(text) || Object.prototype.hasOwnProperty.call(UNIT_WORDS.values, text.toLowerCase());
}

/**
 * "former world No 3 Ida Sandberg", "world number one Tom Reyes": a ranking (a scope of list role-ranking-scopes, a
 * mark of list role-ranking-marks and a place), with a dating word before it, right before the name is the player's
 * post as written. A post and a comma right before the ranking ("Her coach, former world No 3 X,") introduce the same
 * name, which the comma rule misses because the ranking stands between them: it is a role too.
 */
export function rankingRoles(context: RoleContext): OwnedSpan[] {
  const { sentence, parts } = context;
  return eachDraft(context, draft => {
    const place = draft.first - 1, mark = place - 1, scope = place - 2;
    if (scope < 0 || !isRankPlace(sentence[place].text) || !RANKING_MARKS.has(sentence[mark].lower.replace(/\.$/, '')) || !RANKING_SCOPES.has(sentence[scope].lower)
      || ![scope, mark, place].every(at => joined(sentence[at], sentence[at + 1]) || /^\.\s+$/.test(sentence[at].post))) {
      return [];
    }
    const start = scope > 0 && ROLE_TIME_MODIFIERS.has(sentence[scope - 1].lower) && joined(sentence[scope - 1], sentence[scope]) ? scope - 1 : scope;
    const ranking = roleText(sentence, start, place);
    const head = start - 1;
    const owner = head - 1;
    const postBefore = head >= 0 && parts[head] === TitlePart.Head && !isCapitalised(sentence[head]) && /^,\s+$/.test(sentence[head].post)
      && owner >= 0 && POSSESSIVE_DETERMINERS.has(sentence[owner].lower) && joined(sentence[owner], sentence[head]);
    return postBefore ? [ranking, roleText(sentence, head, head)] : [ranking];
  });
}
