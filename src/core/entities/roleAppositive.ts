// An appositive role after a name: "X, Russia's envoy to …, said". The comma phrase may come after an age, a
// party tag, a home state ("Senator X of Arizona, the chairman of …") or a parenthesised state ("Rep. X (Ohio),"),
// and two coordinated posts are two roles ("a Colorado attorney and legalization advocate").
import { PARTY_NOUNS, PLACE_PREPOSITIONS, PORTFOLIO_LIST_HOLDERS, SPEECH_VERBS, has } from '../lexicon/entities';
import { ARTICLES } from '../lexicon/determiners';
import { CASE_PARTY_SEPARATORS, COMPARISON_OPENERS, PREDICATE_OPENING_VERBS, ROLE_LEADING_ADVERBS } from '../lexicon/roles';
import { Tag, type Sentence } from '../nlp/tokens';
import type { Draft } from './names';
import { pastPostNominals } from './roleChains';
import {
  CLAUSE_BREAK, isAgeOrPartyTag, isAppositiveStop, isClauseVerb, isFieldNounOpeningPost, isFiniteVerb, isParticipleModifier, isRelative, linked, nameEndFrom, parenthesisClose, roleText, startsReducedRelative,
  type RoleContext, type Span,
} from './roleSpans';
import { TitlePart, isCapitalised, isHonorific, isPossessive, joined, modifiesBodyNoun, opensLinePart, postFieldEnd } from './words';

/** Longest appositive read, in words; a phrase cut at the limit reaches no closing comma and is lost whole. */
const MAX_PHRASE = 14;
/**
 * Longest appositive of two coordinated posts that each name a body ("the Catholic archbishop of Port Vardo and
 * president of the Kelso Conference of Catholic Bishops", 15 words): read this far only once "and" and a title head
 * (or an article and a title head) have opened the second post within the first MAX_PHRASE words.
 */
const MAX_COORDINATED_PHRASE = 18;

/**
 * The phrase so far holds "and" opening a second post: a title head right after it, or after an article, or after an
 * article and a body's possessive ("editor of the Kelso Courier for 11 years and the group's editor-in-chief since
 * 2022", 15 words: a paper's editor who also heads its group's titles).
 */
function opensSecondPost(context: RoleContext, phrase: readonly number[]): boolean {
  const { sentence, parts } = context;
  const articleThen = (at: number, offset: number) => ARTICLES.has(sentence[at + 1]?.lower ?? '') && parts[at + offset] === TitlePart.Head;
  return phrase.some((at, i) => i > 0 && sentence[at].lower === 'and'
    && (parts[at + 1] === TitlePart.Head || articleThen(at, 2)
      || (articleThen(at, 3) && sentence[at + 2] !== undefined && isPossessive(sentence[at + 2]) && !isCapitalised(sentence[at + 2]))));
}

/** The most words the phrase may take: more once a second coordinated post has opened. */
function phraseLimit(context: RoleContext, phrase: readonly number[]): number {
  return phrase.length >= MAX_PHRASE && opensSecondPost(context, phrase) ? MAX_COORDINATED_PHRASE : MAX_PHRASE;
}
/** Most words from the post's first word to its head. */
const MAX_WORDS_BEFORE_HEAD = 5;
/** Most steps over what may sit between a name and its appositive (tags, states, parentheses). */
const MAX_STEPS = 4;

const COMMA = /^[).]*,\s*$/;
const BYLINE_SEPARATOR = /^[|•·]$/;
const COMMA_AFTER_TAG = /^\.?,\s*$/;
/** A bracket or a spaced dash opening an aside right after a name ("X (the company's founder)", "X — Y's longest-serving councillor —"). */
const ASIDE_OPENER = /^\s*(?:\(|[—–]\s+)$/;
/** What must close such an aside after its last word: the closing bracket, or the second dash (or the sentence's end). */
const ASIDE_CLOSER: Record<string, RegExp> = { '(': /^\)/, '—': /^\s+[—–]\s|^[.!?]?\s*$/ };

/** The appositive roles after one name, and whether an age, party tag, state or parenthesis stood between them. */
export interface Appositive {
  readonly spans: readonly Span[];
  readonly afterTag: boolean;
}

/** Passes over names between a name and its appositive (a home state): their indices go to `passed`. */
function passOver(context: RoleContext, from: number, to: number, passed: Set<number>): number {
  for (let k = from + 1; k <= to; k++) {
    const index = context.startsAt.get(k);
    if (index !== undefined) {
      passed.add(index);
    }
  }
  return to;
}

/** Last token of the home state in "X of Arizona" when "of" and a name follow token `at`. */
function homeStateEnd(context: RoleContext, at: number): number | undefined {
  const { sentence, startsAt, drafts } = context;
  const next = sentence[at + 1];
  const state = startsAt.get(at + 2);
  return next.lower === 'of' && state !== undefined && joined(next, sentence[at + 2]) ? drafts[state].last : undefined;
}

/** What follows a comma after token `at` may be passed over: a tag between commas, a home state, a state after a city. */
function passableAfterComma(context: RoleContext, at: number, stateEnd: number | undefined, afterPlace: boolean): boolean {
  const { sentence, startsAt, drafts } = context;
  const next = sentence[at + 1];
  const tagged = isAgeOrPartyTag(next) && COMMA_AFTER_TAG.test(next.post) && at + 2 < sentence.length;
  // "X of Tampa, Fla., a deputy sheriff": the state after the city is part of where X comes from.
  const place = startsAt.get(at + 1);
  const stateAfterCity = afterPlace && place !== undefined && drafts[place].last === at + 1 && COMMA_AFTER_TAG.test(next.post);
  return tagged || stateEnd !== undefined || stateAfterCity;
}

/** Where the walk goes from token `at` when no comma follows: past a parenthesis or a joined home state. */
function pastWithoutComma(context: RoleContext, at: number, stateEnd: number | undefined): number | undefined {
  const { sentence } = context;
  const closing = parenthesisClose(sentence, at);
  if (closing !== undefined) {
    return closing;
  }
  return stateEnd !== undefined && joined(sentence[at], sentence[at + 1]) ? stateEnd : undefined;
}

/**
 * "By Dana Kelso | Staff Writer": on a byline line, a separator of its own right after the name opens the writer's post
 * as a comma does ("By Dana Kelso, Staff Writer"); what follows is read as any appositive (a date or "Published:" is no post).
 */
function separatedBylinePost(sentence: Sentence, at: number): boolean {
  return sentence[0].lower === 'by' && at + 2 < sentence.length && BYLINE_SEPARATOR.test(sentence[at + 1].text);
}

/** "Prosecutor v. Kelso": the name is a party after a case's separator (list case-party-separators). */
function isCaseParty(sentence: Sentence, draft: Draft): boolean {
  const before = sentence[draft.first - 1];
  return before !== undefined && CASE_PARTY_SEPARATORS.has(before.lower.replace(/\.$/, ''));
}

/**
 * First token of the comma phrase after a name, past what may sit between them: an age or party tag between
 * commas, "of <State>" or a parenthesised tag. Names passed over (the state) are listed in `passed`: they only
 * say where the person comes from, and the phrase is not theirs.
 */
function appositiveStart(context: RoleContext, draft: Draft, passed: Set<number>): number | undefined {
  const { sentence } = context;
  if (isCaseParty(sentence, draft)) {
    return undefined;
  }
  // "Orla Brandt MEP, the chair of the panel,": the letters after the name (post-nominals) stand between it and the comma.
  let at = pastPostNominals(sentence, draft.last);
  if (separatedBylinePost(sentence, at)) {
    return at + 2;
  }
  let afterPlace = false;
  for (let step = 0; step < MAX_STEPS && at + 1 < sentence.length; step++) {
    const stateEnd = homeStateEnd(context, at);
    if (COMMA.test(sentence[at].post + sentence[at + 1].pre)) {
      if (!passableAfterComma(context, at, stateEnd, afterPlace)) {
        return at + 1;
      }
      afterPlace = stateEnd !== undefined;
      at = passOver(context, at, stateEnd ?? at + 1, passed);
      continue;
    }
    afterPlace = stateEnd !== undefined;
    const to = pastWithoutComma(context, at, stateEnd);
    if (to === undefined) {
      return undefined;
    }
    at = passOver(context, at, to, passed);
  }
  return undefined;
}

/**
 * "X, head of retail at Y said …": a bare title phrase (no article) may end at a reporting verb, the comma after
 * it left out, when the name is the subject of its sentence. When a verb stands before the name, the name sits
 * inside the reported clause and the phrase is the attribution's own subject: "The winner came from Dana Kelso,
 * his manager said.", "They lost to Vardo City, their coach said." give Kelso and the club no post.
 */
function endsAtReportingVerb(sentence: Sentence, phrase: readonly number[], at: number): boolean {
  return !ARTICLES.has(sentence[phrase[0]].lower) && has(SPEECH_VERBS, sentence[at].lower) && !verbBeforeName(sentence, phrase[0]);
}

/**
 * A verb as tagged in context (not a gerund, not also a noun or adjective) before the comma that opens an
 * appositive at token `from`: the name before it is no subject. Context tags, not the lexicon's, because the verbs
 * of sports and business copy ("clinched", "edged") are often missing from the lexicon.
 */
function verbBeforeName(sentence: Sentence, from: number): boolean {
  for (let at = 0; at < from; at++) {
    const token = sentence[at];
    if ((token.tags & Tag.Verb) !== 0 && (token.tags & (Tag.Noun | Tag.Adjective)) === 0 && !/ing$/.test(token.lower)) {
      return true;
    }
  }
  return false;
}

/**
 * "A cook died at a diner on Warren Avenue, the Tarlow County Sheriff's Office said": after a verb before the name,
 * "the" and a body's name (ending at token `last`) running into its reporting verb is the attribution, not a post (as
 * in endsAtReportingVerb); "X, a spokesman for Y told the Post" keeps its post.
 */
function attributionOfBody(sentence: Sentence, phrase: readonly number[], last: number): boolean {
  const bodyNamed = ARTICLES.has(sentence[phrase[0]].lower) && phrase[1] !== undefined && isCapitalised(sentence[phrase[1]]);
  return bodyNamed && has(SPEECH_VERBS, sentence[last + 1].lower) && /^\s*$/.test(sentence[last].post) && verbBeforeName(sentence, phrase[0]);
}

/** Token indices of the comma phrase starting at `from` (`opened`: after an aside's bracket), and whether a relative clause or a verb cut it short. */
/** The most words of one portfolio's item after a comma, to the list's "and" ("Lands and", "Rural Roads and"). */
const MAX_PORTFOLIO_ITEM_WORDS = 4;

/**
 * "X, Minister of Housing, Lands and Water Resources, …": the comma after a portfolio that a list-taking title
 * (list portfolio-list-holders) opens with "of"/"for" joins the list's next item, capitalised words up to its "and",
 * and does not end the post.
 */
function portfolioListGoesOn(sentence: Sentence, phrase: readonly number[], at: number): boolean {
  const holder = phrase.findIndex((word, i) => i + 1 < phrase.length && isCapitalised(sentence[word]) && has(PORTFOLIO_LIST_HOLDERS, sentence[word].lower)
    && (sentence[phrase[i + 1]].lower === 'of' || sentence[phrase[i + 1]].lower === 'for'));
  if (holder < 0 || !/^,\s+$/.test(sentence[at].post) || !isCapitalised(sentence[at])) {
    return false;
  }
  for (let k = at + 1; k < sentence.length && k <= at + MAX_PORTFOLIO_ITEM_WORDS; k++) {
    const token = sentence[k];
    if (token.lower === 'and' && k > at + 1) {
      // The last item may open with "the" ("Heritage and the Islands").
      const item = sentence[k + 1]?.lower === 'the' ? sentence[k + 2] : sentence[k + 1];
      return item !== undefined && isCapitalised(item);
    }
    if (!isCapitalised(token) || !/^\s+$/.test(token.post)) {
      return false;
    }
  }
  return false;
}

/**
 * "X, Senior Officer, Cold Storage and Supply, at the Vaccine Fund": the comma after a capitalised title head
 * that a post's field follows (words.ts `postFieldEnd`), and the comma after that field before "at"/"of", do not end the
 * post.
 */
function postFieldGoesOn(sentence: Sentence, phrase: readonly number[], at: number): boolean {
  return postFieldEnd(sentence, at) !== undefined || phrase.some(word => word < at && postFieldEnd(sentence, word) === at);
}

function collectPhrase(context: RoleContext, from: number, opened = false): { phrase: number[]; cut: boolean } | undefined {
  const { sentence } = context;
  const phrase: number[] = [];
  for (let q = from; q < sentence.length && phrase.length < phraseLimit(context, phrase); q++) {
    const token = sentence[q];
    // An aside's opening bracket is the first word's own; any other break before it ends the phrase before it starts.
    if (phrase.length === 0 && (isAppositiveStop(token) || (!opened && CLAUSE_BREAK.test(token.pre)))) {
      return undefined;
    }
    // "By X, Chief Sports Writer | Updated: 10:15": a separator between a byline's parts ends the post.
    if (phrase.length > 0 && opensLinePart(token)) {
      return { phrase, cut: true };
    }
    if (phrase.length > 0 && (isRelative(token) || endsAtReportingVerb(sentence, phrase, q))) {
      // "X, a 34-year-old engineer from Busan who had moved …": the role ends before the relative clause.
      return { phrase, cut: true };
    }
    phrase.push(q);
    // "under former Governor Paul T. Varley": a full stop inside a name does not end the phrase.
    const nameEnd = nameEndFrom(context, q);
    // Only a phrase that opens like a post (an article, a title word) may end at a verb after its name.
    const postLike = nameEnd !== undefined && (ARTICLES.has(sentence[phrase[0]].lower) || context.parts[phrase[0]] !== TitlePart.None);
    for (let k = q + 1; nameEnd !== undefined && k <= nameEnd && phrase.length < phraseLimit(context, phrase); k++) {
      phrase.push(k);
      q = k;
    }
    // "X, a former aide to Sen. Y was …", "X, the director for the Oakville Party said": a verb right after the
    // name the phrase runs into ends it (the comma was left out).
    if (postLike && sentence[q + 1] && isFiniteVerb(sentence[q + 1])) {
      return attributionOfBody(sentence, phrase, q) ? undefined : { phrase, cut: true };
    }
    if (q === sentence.length - 1 || (!linked(sentence[q], sentence[q + 1]) && !portfolioListGoesOn(sentence, phrase, q) && !postFieldGoesOn(sentence, phrase, q))) {
      break;
    }
  }
  return phrase.length ? { phrase, cut: false } : undefined;
}

/** "X, Democrat of New Mexico and the committee's ranking member": a party label before "and" is no part of the role. */
function partyLabelEnd(sentence: Sentence, phrase: readonly number[]): number {
  const first = ARTICLES.has(sentence[phrase[0]].lower) ? 1 : 0;
  if (phrase.length <= first || !has(PARTY_NOUNS, sentence[phrase[first]].lower)) {
    return 0;
  }
  const and = phrase.findIndex(at => sentence[at].lower === 'and');
  return and > first ? and + 1 : 0;
}

/**
 * Where the post starts in the phrase: past a party label, an opening adverb ("now a judge", "currently finance chief
 * at X") and articles. "then" goes only before an article: "then mayor of X" is the post as written ("the then mayor").
 */
function postStart(sentence: Sentence, phrase: readonly number[]): number {
  let start = partyLabelEnd(sentence, phrase);
  const next = phrase[start + 1];
  const adverb = sentence[phrase[start]]?.lower;
  if (next !== undefined && ROLE_LEADING_ADVERBS.has(adverb) && (ARTICLES.has(sentence[next].lower) || adverb !== 'then')) {
    start++;
  }
  while (start < phrase.length && ARTICLES.has(sentence[phrase[start]].lower)) {
    start++;
  }
  return start;
}

/** Where a coordinated second post starts ("attorney and legalization advocate"), if the words after "and" hold a head. */
function secondPost(context: RoleContext, kept: readonly number[], head: number): number | undefined {
  const { sentence, startsAt } = context;
  const and = kept.findIndex((at, position) => position > head && sentence[at].lower === 'and');
  if (and < 0 || and + 1 >= kept.length) {
    return undefined;
  }
  const from = and + 1 + (ARTICLES.has(sentence[kept[and + 1]].lower) ? 1 : 0);
  const secondHead = headOfSecond(context, kept, and);
  // "adviser to President X and President Y": a title before a name is that name's, not a second post; a
  // place in the second post's tail is no such name ("and an analyst in Boston").
  const namesSomeone = secondHead !== undefined && (startsAt.has(kept[from]) || runsIntoName(context, kept, secondHead));
  return secondHead !== undefined && !namesSomeone && from < kept.length ? from : undefined;
}

/** The position of the title head within a few words after "and" (past an article). */
function headOfSecond(context: RoleContext, kept: readonly number[], and: number): number | undefined {
  const { sentence, parts } = context;
  const from = and + 1 + (kept[and + 1] !== undefined && ARTICLES.has(sentence[kept[and + 1]].lower) ? 1 : 0);
  const head = kept.findIndex((at, position) => position >= from && position < from + 4 && parts[at] === TitlePart.Head);
  return head >= 0 ? head : undefined;
}

/** The position right after the head's title words ("chief executive" of "chief executive and …"). */
function afterTitleWords(context: RoleContext, kept: readonly number[], head: number): number {
  const { parts } = context;
  let tail = head + 1;
  while (tail < kept.length && parts[kept[tail]] !== TitlePart.None && parts[kept[tail]] !== TitlePart.Complement) {
    tail++;
  }
  return tail;
}

/**
 * "a former congressman and fierce critic of the mayor": "and" right after the head's title words, opening
 * no second post (no title head, or one that names someone: "and a Republican candidate"), starts a description
 * of the person, not more of the post: the post ends before it.
 */
function descriptionAfterAnd(context: RoleContext, kept: readonly number[], head: number): number | undefined {
  const tail = afterTitleWords(context, kept, head);
  return tail < kept.length - 1 && context.sentence[kept[tail]].lower === 'and' ? tail : undefined;
}

/** The position in the phrase of the post's head, near its start and with no verb before it. */
function headOfPost(context: RoleContext, phrase: readonly number[], start: number): number | undefined {
  const { sentence, parts } = context;
  const head = phrase.findIndex((at, position) => position >= start && parts[at] === TitlePart.Head);
  if (head < 0 || head > start + MAX_WORDS_BEFORE_HEAD) {
    return undefined;
  }
  // "X, flood duty manager at Y,": a verb's bare form opening the phrase is the post's field (isFieldNounOpeningPost).
  return phrase.slice(start, head).some((at, position) => isFiniteVerb(sentence[at]) && parts[at] === TitlePart.None && !isParticipleModifier(sentence, at, parts)
    && !(position === 0 && isFieldNounOpeningPost(sentence, at))) ? undefined : head;
}

/** The head's title words run into a name ("the committee chairman Senator X", "nominee Gov. X"): the title is that name's. */
function runsIntoName(context: RoleContext, phrase: readonly number[], head: number): boolean {
  const { sentence, parts, startsAt } = context;
  let tail = head + 1;
  while (tail < phrase.length && parts[phrase[tail]] !== TitlePart.None && parts[phrase[tail]] !== TitlePart.Complement) {
    tail++;
  }
  // "…, Republican nominee Gov. Mike Pardee": the phrase stops at the abbreviation's full stop, the name right after it.
  while (tail < phrase.length && isHonorific(sentence[phrase[tail]])) {
    tail++;
  }
  const next = tail < phrase.length ? phrase[tail] : phrase[phrase.length - 1] + 1;
  const afterAbbreviation = tail === phrase.length && isHonorific(sentence[next - 1]);
  // "Senior Officer, Cold Storage and Supply, at the Fund": the capitalised words after the title's comma are its field.
  const field = postFieldEnd(sentence, phrase[tail - 1]) !== undefined;
  return (tail < phrase.length || afterAbbreviation) && next < sentence.length && isCapitalised(sentence[next]) && startsAt.has(next) && !field;
}

/**
 * "X, Senator Y's wife, said", "X, President Y's former chief of staff, said": the title runs into a name that owns
 * the head after it: the post is that head (with the title and owner before it), not the owner's title.
 */
function headAfterOwner(context: RoleContext, phrase: readonly number[], head: number): number | undefined {
  const { parts } = context;
  const owned = phrase.findIndex((at, position) => position > head && parts[at] === TitlePart.Head && ownedHead(context, at));
  return owned > 0 ? owned : undefined;
}

/** The head at token `at` follows a named owner's possessive, over title modifiers ("Y's wife", "Y's former chief of staff"). */
function ownedHead(context: RoleContext, at: number): boolean {
  const { sentence, parts, drafts } = context;
  let owner = at - 1;
  while (owner > 0 && parts[owner] === TitlePart.Modifier && joined(sentence[owner], sentence[owner + 1])) {
    owner--;
  }
  return isPossessive(sentence[owner]) && drafts.some(draft => draft.last === owner);
}

/** After the head, a stop word (other than "and") or a clause's verb: the phrase is a clause, not a post. */
function clauseAfterHead(sentence: Sentence, kept: readonly number[], head: number): boolean {
  return kept.slice(head + 1).some(at => (isAppositiveStop(sentence[at]) && sentence[at].lower !== 'and') || isClauseVerb(sentence, at));
}

/** "…, the Turkish Presidency's Communications Director, Fahrettin Altun": a title phrase that introduces the next name. */
function introducesNextName(context: RoleContext, last: number): boolean {
  const { sentence, parts, startsAt } = context;
  return sentence[last + 1] !== undefined && /^,\s*$/.test(sentence[last].post) && startsAt.has(last + 1) && parts[last] !== TitlePart.None;
}

/** "a former aide to Sen. X": a phrase cut at an abbreviated title's full stop goes on through the name after it. */
function throughNamedAfterTitle(context: RoleContext, end: number): number {
  const { sentence, startsAt, drafts } = context;
  const named = startsAt.get(end + 1);
  return isHonorific(sentence[end]) && named !== undefined && /^\.\s*$/.test(sentence[end].post) ? drafts[named].last : end;
}

/**
 * "X, one of the four dissenting judges,": "one of" and a plural title head places the person among the holders of
 * that post; the whole phrase is the role, up to a relative clause ("one of three judges who dissented").
 */
function memberOfPlural(context: RoleContext, phrase: readonly number[]): Span[] | undefined {
  const { sentence, parts } = context;
  if (phrase.length < 3 || sentence[phrase[0]].lower !== 'one' || sentence[phrase[1]].lower !== 'of') {
    return undefined;
  }
  const head = phrase.findIndex((at, position) => position >= 2 && position <= 2 + MAX_WORDS_BEFORE_HEAD && parts[at] === TitlePart.PluralHead);
  if (head < 0 || phrase.slice(2, head).some(at => isClauseVerb(sentence, at))) {
    return undefined;
  }
  const clause = phrase.findIndex((at, position) => position > head && (isRelative(sentence[at]) || startsReducedRelative(sentence, at)));
  const kept = clause > 0 ? phrase.slice(0, clause) : phrase;
  // "one of the firm's founders and its chief executive": a post after "and" is a second role of its own.
  const and = kept.findIndex((at, position) => position > head && sentence[at].lower === 'and');
  if (and > 0) {
    const second = headOfSecond(context, kept, and);
    const member = roleText(sentence, phrase[0], kept[and - 1]);
    return second === undefined ? [member] : [member, roleText(sentence, kept[and + 1 + (ARTICLES.has(sentence[kept[and + 1]].lower) ? 1 : 0)], kept[kept.length - 1])];
  }
  return clauseAfterHead(sentence, kept, head) ? undefined : [roleText(sentence, phrase[0], kept[kept.length - 1])];
}

/**
 * "X KC, for the Secretary of State, argued", "Y, for the defence, said": "for" and an article or a possessive opening
 * the comma phrase name the side a barrister or a solicitor acts for in court copy, no post of theirs, though a title
 * noun stands in it ("the Secretary of State").
 */
function actsForSide(sentence: Sentence, phrase: readonly number[]): boolean {
  const next = sentence[phrase[1]];
  return sentence[phrase[0]].lower === 'for' && next !== undefined && (ARTICLES.has(next.lower) || (next.tags & Tag.Determiner) !== 0 || isPossessive(next));
}

/** The posts of a comma phrase: one, or two joined by "and". */
function postsOfPhrase(context: RoleContext, phrase: readonly number[], cut: boolean): Span[] {
  const { sentence } = context;
  if (actsForSide(sentence, phrase)) {
    return [];
  }
  const member = memberOfPlural(context, phrase);
  if (member) {
    return member;
  }
  const start = postStart(sentence, phrase);
  const first = headOfPost(context, phrase, start);
  // "X, President Y's former adviser," (not "X, referring to President Y's adviser,"): the owner's title opens the post.
  const ownerOpens = first !== undefined && phrase.slice(start, first).every(at => context.parts[at] !== TitlePart.None);
  const head = first !== undefined && runsIntoName(context, phrase, first) ? (ownerOpens ? headAfterOwner(context, phrase, first) : undefined) : first;
  // "X, the country's main volunteer relief society,": the person's noun modifies a body's noun; the name is a body's.
  if (head === undefined || modifiesBodyNoun(sentence, phrase[head]) || opensParticipleClause(context, phrase, start, head)) {
    return [];
  }
  // "the former Reform UK MP who is known for …", "a congressman from a district anchored in …": the role ends
  // where a relative clause or a participle's clause starts.
  const clause = phrase.findIndex((at, position) => position > head && (isRelative(sentence[at]) || startsReducedRelative(sentence, at)));
  const kept = clause > 0 ? phrase.slice(0, clause) : phrase;
  if (clauseAfterHead(sentence, kept, head) || (clause < 0 && !cut && introducesNextName(context, phrase[phrase.length - 1]))) {
    return [];
  }
  const second = secondPost(context, kept, head);
  const and = second === undefined ? descriptionAfterAnd(context, kept, head) : undefined;
  if (and !== undefined) {
    return [roleText(sentence, phrase[start], kept[and - 1])];
  }
  if (second === undefined) {
    return [roleText(sentence, phrase[start], throughNamedAfterTitle(context, kept[kept.length - 1]))];
  }
  const firstEnd = kept[second - (ARTICLES.has(sentence[kept[second - 1]].lower) ? 3 : 2)];
  return [roleText(sentence, phrase[start], firstEnd), roleText(sentence, kept[second], kept[kept.length - 1])];
}

/**
 * "Dev Rautela (the company's founder) left", "Hamish Tully — Marwick's longest-serving councillor — backed it": an
 * aside in brackets or between spaced dashes right after a name, headed by a title noun, is the person's post as a
 * comma phrase is; only when the aside closes right after the post (the bracket, the second dash or the sentence's
 * end), so a dash that opens the rest of the sentence ("X — the club's captain said so") gives nothing.
 */
function asideAfter(context: RoleContext, draft: Draft): Span[] {
  const { sentence } = context;
  const at = draft.last;
  const gap = sentence[at + 1] === undefined ? '' : sentence[at].post + sentence[at + 1].pre;
  if (!ASIDE_OPENER.test(gap)) {
    return [];
  }
  const closer = ASIDE_CLOSER[gap.includes('(') ? '(' : '—'];
  const collected = collectPhrase(context, at + 1, true);
  if (!collected || collected.cut) {
    return [];
  }
  const last = collected.phrase[collected.phrase.length - 1];
  const closing = sentence[last].post + (sentence[last + 1]?.pre ?? '');
  return closer.test(closing) ? postsOfPhrase(context, collected.phrase, false) : [];
}

/** "X, Russia's envoy to …, said": comma phrases headed by a title noun right after the name, one per post. */
/**
 * "X, the Earl of Tarrow, a landowner in …", "the Bishop of Vardo, a keen cyclist,": a name right after "of" and a
 * capitalised title head is the title's seat, a place or a body; the comma phrase after it describes the title's
 * holder, not the seat.
 */
function isTitleSeat(context: RoleContext, draft: Draft): boolean {
  const { sentence, parts } = context;
  const of = sentence[draft.first - 1], head = sentence[draft.first - 2];
  return of?.lower === 'of' && head !== undefined && parts[draft.first - 2] === TitlePart.Head && isCapitalised(head)
    && joined(head, of) && joined(of, sentence[draft.first]);
}

/**
 * "At Navola, the district's chief, X, …", "In Tarrow, the mayor, Y, said": a name right after the place preposition
 * that opens the sentence is where it happens, an adverbial; the title phrase after its comma introduces the person
 * named next, not this name.
 */
function placeOpeningSentence(sentence: Sentence, draft: Draft): boolean {
  const opener = sentence[draft.first - 1];
  return draft.first === 1 && opener !== undefined && isCapitalised(opener) && has(PLACE_PREPOSITIONS, opener.lower);
}

/**
 * "The council rejected the plan from X, highlighting old rifts over a candidate who …": a comma phrase opened by an "-ing"
 * word that is no title's word ("managing director", "acting chief" are), whose title noun stands only after a
 * preposition or a determiner, is a participle's clause about the sentence, not the person's post; "building inspector
 * at the council" keeps its head right after the word.
 */
function opensParticipleClause(context: RoleContext, phrase: readonly number[], start: number, head: number): boolean {
  const { sentence, parts } = context;
  const opener = phrase[start];
  return /ing$/.test(sentence[opener].lower) && parts[opener] === TitlePart.None
    && phrase.slice(start + 1, head).some(at => (sentence[at].tags & (Tag.Preposition | Tag.Determiner)) !== 0 || sentence[at].lower === 'over');
}

export function appositiveAfter(context: RoleContext, draft: Draft, passed: Set<number>): Appositive {
  const { sentence } = context;
  if (isTitleSeat(context, draft) || placeOpeningSentence(sentence, draft)) {
    return { spans: [], afterTag: false };
  }
  const aside = asideAfter(context, draft);
  if (aside.length > 0) {
    return { spans: aside, afterTag: false };
  }
  const start = appositiveStart(context, draft, passed);
  const collected = start === undefined ? undefined : collectPhrase(context, start);
  if (start === undefined || !collected) {
    return { spans: [], afterTag: false };
  }
  const { phrase, cut } = collected;
  const afterTag = start > draft.last + 1;
  // "X, 52, joined Rovers as coach": after an age the verb opens the predicate; the "as" post is found by its own rule.
  const predicate = afterTag && PREDICATE_OPENING_VERBS.has(sentence[phrase[0]].lower) && (sentence[phrase[0]].tags & Tag.Noun) === 0;
  if (predicate || COMPARISON_OPENERS.has(sentence[phrase[0]].lower)) {
    return { spans: [], afterTag: false };
  }
  const last = phrase[phrase.length - 1];
  if (!cut && last < sentence.length - 1 && !CLAUSE_BREAK.test(sentence[last].post + sentence[last + 1].pre)) {
    return { spans: [], afterTag: false };
  }
  return { spans: postsOfPhrase(context, phrase, cut), afterTag };
}
