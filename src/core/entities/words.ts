// What each token of a sentence is to the name rules: capitalised word, honorific, part of a title, particle,
// and where punctuation breaks a name. Pure functions over the adapter's tokens.
import {
  PERSON_PLIED_TRADES,
  PARTNER_SERVICE_NOUNS,
  NON_DEPARTMENT_INITIALS,
  ABSTRACT_NOUN_ENDINGS,
  COORDINATED_POST_MODIFIERS,
  ORIGIN_PARTICIPLES,
  ABBREVIATED_TITLES,
  LANDSCAPE_SURNAMES,
  VERB_PLURAL_HEADS,
  CAPITAL_LEGAL_FORMS,
  BODY_KIND_OPENERS,
  CAPITALISED_TITLE_PHRASES,
  CLUB_FORM_ENDINGS,
  TRUST_FORM_ENDINGS,
  COMPANY_DESIGNATORS,
  COMPANY_HEADS,
  DROPPED_CLUB_PREFIXES,
  LEGAL_FORMS,
  HONORIFICS,
  LOWER_CASE_HEADS,
  HONOURS,
  PAIRED_HONOURS,
  MEMBER_PLURALS,
  MEMBER_VOICE_HEADS,
  MEMBER_BODY_OPENERS,
  MODIFIER_SUFFIXES,
  NAME_PARTICLES,
  ORG_HEADS,
  SENTENCE_STARTERS,
  SINGULAR_ONLY_HEADS,
  TITLE_COMPLEMENTS,
  TITLE_HEADS,
  TITLE_HEAD_PREFIXES,
  TRADE_NOUNS_BEFORE,
  COURTESY_STYLES,
  EVALUATIVE_OPENERS,
  STATUS_OPENERS,
  LOWER_CASE_TITLE_MODIFIERS,
  NAME_ABBREVIATIONS,
  ORG_APPOSITIVE_NOUNS,
  OUTLET_NOUNS,
  PLACE_OPENERS,
  ROLE_APPOSITIVE_STOPS,
  NATIONAL_BODY_HEADS,
  OFFICE_BODY_HEADS,
  PERIODICAL_FREQUENCY_HEADS,
  OFFICE_RANK_WORDS,
  POST_ENDING_HONOURS,
  POST_OPENING_HONOURS,
  NOBLE_TITLE_HONOURS,
  WORK_ORDINALS,
  POSITION_PHRASES,
  TRADE_PHRASES,
  SERVICE_STATION_WORDS,
  STANDING_POSITION_NOUNS,
  PLAYER_STANDING_WORDS,
  TITLE_INNER_MODIFIERS,
  TITLE_MODIFIERS,
  TITLE_QUALIFIED_HEADS,
  TITLE_POSTMODIFIERS,
  has,
  CAPITALISED_MEMBER_BODIES,
  TITLE_CHAIN_BODY_NOUNS,
  CHESS_TITLES,
  CRITIC_PORTFOLIOS,
  POLICE_RANK_INITIALS,
  CHIEF_OFFICER_INITIALS,
  UNDER_POST_HEADS,
  RELATION_NOUNS,
  PORTFOLIO_CLOSING_NOUNS,
  PORTFOLIO_HOLDERS,
  EXCELLENCY_INITIALS,
  MEMBER_STATE_NOUNS,
  RULEBOOK_PLURALS,
  OFFICE_INITIALS,
  LEADER_TITLE_INITIALS,
  PLACE_TAKING_TITLE_PHRASES,
  ORG_HEADS_BEFORE_FOR,
  ORG_HEADS_BEFORE_OF,
  CAMPAIGN_CUE_WORDS,
  STANDING_OPENERS,
  TOURISM_BOARD_OPENERS,
  SPEECH_VERBS,
  DEPARTMENT_TAIL_NOUNS,
} from '../lexicon/entities';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { COUNTRIES } from '../lexicon/gazetteer';
import { CLUB_NAME_ENDINGS, NATIONAL_BODY_SPORTS, SPORTS_POSTS } from '../lexicon/gazetteer/sports';
import { ABBREVIATION_CONNECTORS, FAMILY_FIRST_WORD_SURNAMES, HOLDING_WORDS, TITLE_CONNECTORS, TITLE_IN_COMPLEMENTS, TRAILING_JOINERS, WORD_GIVEN_NAMES, isPartyWord } from '../lexicon/names';
import { VERB_AUXILIARIES } from '../lexicon/quoteCues';
import { UNIT_WORDS } from '../lexicon/numbers';
import { PARENT_COUNT_NOUNS } from '../lexicon/roles';
import { Tag, type Sentence, type Token } from '../nlp/tokens';

/**
 * Initials of a multiword name, function words skipped ("North Atlantic Treaty Organization" → "NATO").
 * Lives here, not beside the paragraph pass, so that link.ts (and the extension host bundle through
 * compareDocuments) can use it without loading compromise.
 */
export function initialsOf(words: readonly string[]): string {
  return words.flatMap(word => word.split('-')).filter(word => word && !ABBREVIATION_CONNECTORS.has(word)).map(word => word[0]).join('');
}

/** Most extra letters one word may give an abbreviation beyond its initial ("SouthEast" in "ASEAN"). */
const MAX_EXTRA_LETTERS = 2;

/**
 * Whether an abbreviation spells a multiword name when a word may give more than its initial, in order
 * ("asean": Association of SouthEast Asian Nations; "unesco"), function words giving their initial or nothing.
 * Every other word gives at least its initial.
 */
export function spellsAbbreviation(abbreviation: string, words: readonly string[]): boolean {
  return partsSpellAbbreviation(abbreviation, abbreviationParts(words));
}

/** A name's words split at hyphens, as spellsAbbreviation reads them (a caller trying many abbreviations splits once). */
export function abbreviationParts(words: readonly string[]): string[] {
  return words.flatMap(word => word.split('-')).filter(Boolean);
}

/** spellsAbbreviation on a name's parts (abbreviationParts). */
export function partsSpellAbbreviation(abbreviation: string, parts: readonly string[]): boolean {
  if (abbreviation.length < 3 || parts.length < 2 || parts.length > 12) {
    return false;
  }
  // Every word but a function word gives its initial, in order: most names fail that at once (the document's
  // one-word bodies are tried against its longer names on every edit), before the search below.
  let next = 0;
  for (const part of parts) {
    if (!ABBREVIATION_CONNECTORS.has(part)) {
      const at = abbreviation.indexOf(part[0], next);
      if (at < 0) {
        return false;
      }
      next = at + 1;
    }
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
  // After a word's initial, more of its letters in order, then the next word. A word's last letter opens no part of
  // it ("SouthEast" gives the E of "ASEAN"), so it gives none: "CDU" is not "CastlemeaD University".
  const takeRest = (i: number, j: number, from: number, extra: number): boolean => {
    if (go(i, j + 1)) {
      return true;
    }
    if (extra >= MAX_EXTRA_LETTERS || i >= abbreviation.length) {
      return false;
    }
    const at = parts[j].indexOf(abbreviation[i], from);
    return at > 0 && at < parts[j].length - 1 && takeRest(i + 1, j, at + 1, extra + 1);
  };
  return go(0, 0);
}

/**
 * The letters an abbreviation that spellsAbbreviation accepts for these words can begin with: the initial of each
 * leading function word, which may give its initial or nothing, and of the first other word. Lets a caller try only
 * the names an abbreviation can spell; change it with spellsAbbreviation.
 */
export function abbreviationStarts(words: readonly string[]): string[] {
  const starts: string[] = [];
  for (const part of words.flatMap(word => word.split('-')).filter(Boolean)) {
    starts.push(part[0]);
    if (!ABBREVIATION_CONNECTORS.has(part)) {
      break;
    }
  }
  return starts;
}

/**
 * A club's or a public health trust's name without the ending that gives its form, not which body it is ("Marwick Rovers
 * Football Club", "Marwick Rovers FC" → "Marwick Rovers"; "Kelso Hospitals NHS Foundation Trust" → "Kelso Hospitals"),
 * in the case written; one word is never stripped to nothing.
 */
export function withoutClubForm<T extends string>(words: readonly T[]): T[] {
  const lower = words.map(word => word.toLowerCase());
  for (const size of [3, 2, 1]) {
    const ending = lower.slice(-size).join(' ');
    if (words.length > size && (has(CLUB_FORM_ENDINGS, ending) || has(TRUST_FORM_ENDINGS, ending))) {
      return words.slice(0, -size);
    }
  }
  return [...words];
}

/**
 * A company's name words without its trailing company-form ending: "Norvex Motor Corp" → "norvex motor",
 * "BBK Ltd" → "bbk", "Valmart Holding Corp" → "valmart", "Corvalis SA" → "corvalis", "Pellow & Marsh Group" → "pellow &
 * marsh". Two words stay unless the ending is a legal form ("Royal Society" keeps its noun).
 */
export function withoutDesignator(words: readonly string[]): string[] {
  // "FC Rostov" is called "Rostov".
  const w = words.length > 1 && DROPPED_CLUB_PREFIXES.has(words[0]) ? words.slice(1) : [...words];
  let stripped = false;
  while (w.length > 1 && COMPANY_DESIGNATORS.has(w[w.length - 1]) && (w.length > 2 || LEGAL_FORMS.has(w[w.length - 1]) || CAPITAL_LEGAL_FORMS.has(w[w.length - 1]))) {
    w.pop();
    stripped = true;
  }
  while (stripped && w.length > 1 && (HOLDING_WORDS.has(w[w.length - 1]) || TRAILING_JOINERS.has(w[w.length - 1]))) {
    w.pop();
  }
  // "Pellow & Marsh Group", "Strand & Pole Securities": a firm named by its partners is called so with or without the
  // trade noun after their names (company-heads): "Pellow & Marsh".
  if (w.length >= 4 && w[w.length - 3] === '&' && COMPANY_HEADS.has(w[w.length - 1])) {
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

/** A separator between the parts of a byline or caption line ("|", "•", "·") opens the token or closes its text. */
export function opensLinePart(token: Token): boolean {
  return /^[|•·]|[|•·]\s*$/.test(token.text + token.pre);
}

export function isCapitalised(token: Token): boolean {
  return token.capitalised;
}

/** Most tokens of a post's field printed after its title and a comma ("Cold Storage and Supply"). */
const MAX_FIELD_TOKENS = 6;

/**
 * "Senior Officer, Cold Storage and Supply, at the Vaccine Fund": international bodies print a post's field
 * after its capitalised title head (list title-heads, token `head`) and a comma, then the body after another comma and
 * "at"/"of"; a byline prints it so at the end of its line ("By Dana Kelso, Deputy Editor, Fisheries and Coasts").
 * The index of the field's last token when capitalised words (and "and"/"&") run from the comma to such a comma or to
 * a byline's line end; undefined otherwise ("The Senior Manager, Tom Wrede, said so": no "at"/"of" after the name's comma).
 */
export function postFieldEnd(sentence: Sentence, head: number): number | undefined {
  const title = sentence[head];
  if (title === undefined || !isCapitalised(title) || !has(TITLE_HEADS, title.lower) || !/^,\s+$/.test(title.post)) {
    return undefined;
  }
  for (let at = head + 1; at < sentence.length && at <= head + MAX_FIELD_TOKENS; at++) {
    const token = sentence[at];
    const word = isCapitalised(token) || (at > head + 1 && (token.lower === 'and' || token.text === '&'));
    if (!word) {
      return undefined;
    }
    if (/^,\s+$/.test(token.post)) {
      const next = sentence[at + 1];
      return isCapitalised(token) && next !== undefined && (next.lower === 'at' || next.lower === 'of') ? at : undefined;
    }
    // "By Dana Kelso, Deputy Editor, Fisheries and Coasts" closing a byline's line: the field ends the line.
    if ((/\n/.test(token.post) || at === sentence.length - 1) && sentence[0]?.lower === 'by' && isCapitalised(token)) {
      return at;
    }
    if (!/^\s+$/.test(token.post)) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The "and" (or "&") that closes a list of portfolios or departments ("Minister for Arts, Heritage and the Islands"): the
 * first from `from` up to `end` (excluded), passing only tokens for which `item` holds; undefined when a token fails
 * first or none comes. One walk for both readers of such a list: the portfolio-list evidence (evidenceRules.ts) and a
 * list comma inside a post's tail (roleChains.ts).
 */
export function listClosingAnd(sentence: Sentence, from: number, end: number, item: (at: number) => boolean = () => true): number | undefined {
  for (let k = from; k < end && k < sentence.length; k++) {
    const lower = sentence[k].lower;
    if (lower === 'and' || lower === '&') {
      return k;
    }
    if (!item(k)) {
      return undefined;
    }
  }
  return undefined;
}

export function isAllCaps(token: Token): boolean {
  return token.text.length >= 2 && ALL_CAPS.test(token.text.replace(POSSESSIVE_END, ''));
}

export function isPossessive(token: Token): boolean {
  return POSSESSIVE_END.test(token.text) || /^['’]/.test(token.post);
}

const LOWER_SUFFIX = /-(\p{Ll}[\p{L}-]*)$/u;

/** "-like" in "Nato-like", not "-won" in "Cho Hae-won". */
function modifierSuffix(text: string): RegExpExecArray | null {
  const m = LOWER_SUFFIX.exec(text);
  return m && has(MODIFIER_SUFFIXES, m[1].toLowerCase().split('-')[0]) ? m : null;
}

/**
 * "U.S.-based", "E.U.-backed": an abbreviation with its full stops keeps a modifier suffix glued to it (the tokenizer
 * splits "London-based" at the hyphen, not these), so the word is a modifier of what follows, never a name's first word.
 */
export function isGluedModifier(token: Token): boolean {
  return modifierSuffix(token.text) !== null;
}

/** Offsets of the word without a leading #/@, a possessive ending or a lower-case suffix ("Nato-like"). */
export function wordSpan(token: Token): { start: number; end: number } {
  let start = token.start, end = token.end;
  if (/^[#@]/.test(token.text)) {
    start++;
  }
  const m = POSSESSIVE_END.exec(token.text) ?? modifierSuffix(token.text);
  if (m && end - m[0].length > start) {
    end -= m[0].length;
  }
  return { start, end };
}

/** The lower-case form of the name part of a token (without "#", possessive or "-like" suffix). */
export function nameWord(token: Token): string {
  const suffix = modifierSuffix(token.lower);
  const word = (suffix ? token.lower.slice(0, suffix.index) : token.lower).replace(/^[#@]/, '');
  return /^(?:\p{Ll}\.)+\p{Ll}?\.?$/u.test(word) ? word.replace(/\./g, '') : word;
}

/** An initial and the capitalised word after it, across the initial's full stop ("W. Hale", "J. D."). */
export function joinedAfterInitial(left: Token, right: Token): boolean {
  return /^\p{Lu}$/u.test(left.text) && /^\.\s*$/.test(left.post + right.pre) && !/\n/.test(left.post) && isCapitalised(right);
}

/**
 * "St. Olaf College", "Mt. Pellam", "Kate St. John": a name's abbreviation and the capitalised word after it, across
 * the full stop. The word after must read as a name, not a common sentence opener ("… on Elm St. Then …"), unless a
 * capitalised word runs on after it ("Mt. Hood Meadows"). A street's "St." after a capitalised word ends a sentence
 * ("… on Elm St. Kelso said"); only a first name ("Kate St. John") or a function word ("The St. Louis …") may
 * stand before it.
 */
export function joinedAfterNameAbbreviation(sentence: Sentence, j: number): boolean {
  const [before, left, right, next] = [sentence[j - 1], sentence[j], sentence[j + 1], sentence[j + 2]];
  if (left === undefined || right === undefined || !/^\p{Lu}\p{Ll}{1,2}$/u.test(left.text) || !has(NAME_ABBREVIATIONS, left.lower)
    || !/^\.\s+$/.test(left.post + right.pre) || /\n/.test(left.post) || !isCapitalised(right) || isAllCaps(right)) {
    return false;
  }
  const afterName = before !== undefined && isCapitalised(before) && joined(before, left) && !isFunctionOpener(before);
  if (afterName && ((before.tags | before.lexicon) & Tag.FirstName) === 0) {
    return false;
  }
  return !isCommonOpener(right) || (next !== undefined && isCapitalised(next) && joined(right, next));
}

/**
 * "the Kelso Federation of Tenants' Unions", "a Council of Workers' Associations": an umbrella body names the bodies it
 * federates in the plural, after their members' plural possessive; the plural of an organisation's head (list
 * org-heads) continues the name there as the singular does. Only after a listed member plural (see `joined`), so a
 * plural alone ("Unions said …") is untouched.
 */
function isPluralOrgHead(lower: string): boolean {
  return /[^s]s$/.test(lower) && has(ORG_HEADS, lower.slice(0, -1));
}

/** True when `b` follows `a` directly or across a bare hyphen (no punctuation, no possessive in between). */
export function joined(left: Token, right: Token): boolean {
  if (isPossessive(left)) {
    // "People's Party", "Workers' Party": a possessive inside an organisation's name. A plural possessive's
    // apostrophe ("Workers'") is the token's spacing, not part of the gap; it joins only a listed plural of a
    // body's members ("Supporters' Trust"), never a surname or a party ("Vellis' Senate bid", "the Greens' Senate seats");
    // so does a word that opens what the body does for them ("Parents' Action Group", list member-body-openers).
    // A body's abbreviation owns the body after it, never opens its name ("the UN's Office for Flood Recovery").
    const pluralPossessive = /^['’]/.test(left.post);
    return isCapitalised(left) && !isAllCaps(left) && isCapitalised(right) && (has(ORG_HEADS, right.lower) || pluralPossessive && (isPluralOrgHead(right.lower) || has(MEMBER_VOICE_HEADS, right.lower) || has(MEMBER_BODY_OPENERS, right.lower))) && /^\s+$/.test(left.post.replace(/^['’]/, '') + right.pre) && !/\n/.test(left.post)
      && ((left.tags | left.lexicon) & Tag.Place) === 0 && (!pluralPossessive || has(MEMBER_PLURALS, left.lower));
  }
  const gap = left.post + right.pre;
  return /^\s*$/.test(gap) && !/\n/.test(gap) || gap === '-';
}

/**
 * "TrackPulse", "SwimDive", "PayPal": one word of two or more capitalised parts of three letters or more each is a
 * brand (an outlet, a company, an app), never a person's name; so is one whose last part is two to four capitals
 * ("KelsoDAO", "VardoAI": crypto and tech brands glue a kind's abbreviation on). Surnames written so open with a prefix of two letters
 * ("McKenna", "DeShawn", "LaToya", "DiMarco": too short to count) or of the listed longer ones ("MacLeod",
 * "FitzGerald", "VanDyke"); double given names close on a short given name ("MaryAnne", "RoseMarie", "LeeAnn").
 */
const INTERCAPPED = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,})*(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,4})$/u;
const INTERCAPPED_NAME_PREFIX = /^(?:Mac|Fitz|Van|Von|Del|Della|Des|Dos|Das|Ben|Abu|Bin|Ter|Ten|Vander)\p{Lu}/u;
const INTERCAPPED_GIVEN_END = /(?:Ann|Anne|Marie|Mae|Lee|Lou|Beth|Jean|Rose|Kate|Sue|Ray)$/u;

/**
 * "MoJ", "MoD", "MoFA", "DfE", "DfT", "DoJ", "HoC": a ministry's, department's or house's initials keep "of" or "for"
 * as a lower-case "o" or "f" after the first capital ("Ministry of Justice", "Department for Education"). One such
 * word is a body, never a person; not the listed initials of no body (list non-department-initials: "MoU", "DoS").
 */
const DEPARTMENT_INITIALS = /^(?:Mo|Do|Df|Ho)\p{Lu}{1,3}$/u;

export function isDepartmentInitials(token: Token): boolean {
  const text = token.text.replace(POSSESSIVE_END, '');
  return DEPARTMENT_INITIALS.test(text) && !has(NON_DEPARTMENT_INITIALS, text.toLowerCase());
}

export function isIntercappedBrand(token: Token): boolean {
  return INTERCAPPED.test(token.text) && !INTERCAPPED_NAME_PREFIX.test(token.text) && !INTERCAPPED_GIVEN_END.test(token.text);
}

/**
 * "KING'S LYNN, England —", "BISHOP'S HAVEN —": a dateline whose place holds a possessive, in capitals at the opening
 * of a paragraph, up to its comma or dash. Returns the index of the place's last word, or -1. Its words are the place
 * filed from: the possessive joins the word after it, and a title word in it ("KING'S", "BISHOP'S") heads no post.
 * Yes: "PRINCE'S HARBOUR — Fares rose." (1). No: "KING BRIDGE — …" (no possessive: read as a place already), "Kelso's
 * Bridge — …" (not in capitals), "KELSO'S BRIDGE FALLS" (no comma or dash after the capitals).
 */
export function possessiveDatelineEnd(sentence: Sentence): number {
  if (sentence.length < 3 || sentence[0].start !== 0) {
    return -1;
  }
  let possessive = false;
  const capitalPossessive = (token: Token): boolean => /^\p{Lu}{2,}['’]S$/u.test(token.text);
  for (let at = 0; at + 1 < sentence.length && (isAllCaps(sentence[at]) || capitalPossessive(sentence[at])) && !/\n/.test(sentence[at].post); at++) {
    const gap = sentence[at].post + sentence[at + 1].pre;
    if (/^\s*(?:,|—|–|--)/.test(gap)) {
      return possessive ? at : -1;
    }
    if (!/^\s+$/.test(gap)) {
      return -1;
    }
    possessive ||= capitalPossessive(sentence[at]);
  }
  return -1;
}

/**
 * Whether a body's name, as its words, ends in a company's legal form or trade noun (list company-heads; a full stop
 * after it left off: "Kelso Motors", "Vardo Systems Inc."). The one test of "is this body a company" that clusters.ts
 * (an owner's surname opening a company's name), orgForms.ts (a company's first word alone, through kindRules.ts
 * `isCompanyName`) and bodyRefs.ts ("the company said") share; each adds only what its own reading needs.
 */
export function endsInCompanyHead(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return has(COMPANY_HEADS, last.replace(/\.$/, '').toLowerCase());
}

export function hyphenated(left: Token, right: Token): boolean {
  return left.post + right.pre === '-';
}

/**
 * A chess move in algebraic notation: a piece's capital, an optional file or rank, an optional capture and a square
 * ("Rxf6", "Nbd7", "Qh6+", "Kg2", "e8=Q" aside), or castling ("O-O"); never a name, though its capital opens it, and
 * never a side of a result though a game's score ("0-1") follows it.
 */
const CHESS_MOVE = /^(?:[KQRBN][a-h1-8]?x?[a-h][1-8](?:=[QRBN])?|O-O(?:-O)?)[+#]?[!?]*$/;

export function isChessMove(text: string): boolean {
  return CHESS_MOVE.test(text);
}

/** A courtesy honorific, abbreviated title or honour before a name. */
export function isHonorific(token: Token): boolean {
  return isCapitalised(token) && (has(HONORIFICS, token.lower) || has(ABBREVIATED_TITLES, token.lower) || has(HONOURS, token.lower));
}

/**
 * A chess title in capitals before a person's name ("GM Dana Kelso", "IA Tom Wrede"): an abbreviated title like "Dr"
 * (list chess-titles). "GM" is a carmaker's initials as often, so the name after it must look like a person's: a known
 * given name, or two capitalised words neither of which the lexicon knows as a common word, a place or a body ("GM
 * Korea", "GM Financial" stay one name).
 */
export function chessTitleAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1], after = sentence[at + 2];
  if (!has(CHESS_TITLES, token.lower) || token.text !== token.text.toUpperCase() || next === undefined || !isCapitalised(next) || !joined(token, next)) {
    return false;
  }
  return (next.lexicon & Tag.FirstName) !== 0 || (onlyNameWord(next) && onlyNameWord(after) && joined(next, after!));
}

/** A capitalised word the lexicon knows as nothing but a name's (or not at all): no common word, place or body. */
function onlyNameWord(word: Token | undefined): boolean {
  return word !== undefined && isCapitalised(word) && (word.lexicon & ~(Tag.FirstName | Tag.LastName | Tag.MaleName | Tag.FemaleName | Tag.Person | Tag.ProperNoun)) === 0;
}

/** A capitalised word that may be a surname: a name's word only, or one the lexicon knows as a surname among other things ("Kowalczyk"). */
function surnameWord(word: Token | undefined): boolean {
  return onlyNameWord(word) || (word !== undefined && isCapitalised(word) && (word.lexicon & Tag.LastName) !== 0);
}

/** A police rank's or a chief officer's initials, in lower case (lists police-rank-initials, chief-officer-initials). */
export function isPoliceRankInitials(lower: string): boolean {
  return has(POLICE_RANK_INITIALS, lower) || has(CHIEF_OFFICER_INITIALS, lower);
}

/**
 * A police rank's initials without the mark of a rank held on a temporary or acting basis that policing copy writes
 * before them ("T/ACC Dana Kelso", "A/DCC Tom Wrede"): "t/acc" → "acc"; any other word as it is.
 */
export function withoutTemporaryMark(lower: string): string {
  return /^[ta]\/[a-z]/.test(lower) ? lower.slice(2) : lower;
}

/**
 * A British police rank in initials before an officer's name ("PC Dana Kelso", "DS Tom Wrede"; list
 * police-rank-initials): only before a known given name and one more name word, with no capitalised word after them.
 * The lexicon does not know most common words ("World", "Packaging"), so a lone word after the initials or a word the
 * lexicon does not know in the given name's place says nothing: "PC World", "DS Smith Packaging" stay bodies'
 * names, and "PC Tromsley" keeps its initials in the name as before. A chief officer's initials (list
 * chief-officer-initials: "CC", "ACC", "PCC", "HMI", also "T/ACC") need two name words, the first known as a given name
 * or not known at all ("PCC Devinder Sandhu").
 */
function policeRankAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  // "PC Dana Kelso-Marr": a double-barrelled surname is one name word, its parts joined by the hyphen.
  let last = at + 2;
  while (sentence[last + 1] !== undefined && hyphenated(sentence[last], sentence[last + 1]) && surnameWord(sentence[last + 1])) {
    last++;
  }
  const after = sentence[at + 2], third = sentence[last + 1];
  const initials = withoutTemporaryMark(token.lower);
  const givenName = next !== undefined && ((next.lexicon & Tag.FirstName) !== 0 || (has(CHIEF_OFFICER_INITIALS, initials) && onlyNameWord(next)));
  return isPoliceRankInitials(initials) && token.text === token.text.toUpperCase() && next !== undefined && after !== undefined
    && joined(token, next) && joined(next, after) && givenName && isCapitalised(next) && surnameWord(after)
    && !(third !== undefined && isCapitalised(third) && joined(sentence[last], third));
}

/**
 * A style of address in capital initials before a name ("HE Sheikh X", "H.E. Mr. X", "HH Sheikh X"; list
 * excellency-initials): the word after it is capitalised but not in capitals, so a headline set in capitals ("HE SAID
 * NO") keeps its pronoun.
 */
function excellencyInitialsAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return has(EXCELLENCY_INITIALS, token.lower) && token.text === token.text.toUpperCase() && next !== undefined && joined(token, next)
    && isCapitalised(next) && next.text !== next.text.toUpperCase();
}

/**
 * A head of government's post in initials before the holder's name ("PM Dana Kelso", "DPM Tom Wrede"; list
 * leader-title-initials): the word after it is capitalised but not in capitals (a headline in capitals, "PM CALLS
 * POLL", keeps it), and no clock time comes before it ("at 5 PM Kelso time").
 */
function leaderInitialsAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1], prev = sentence[at - 1];
  return has(LEADER_TITLE_INITIALS, token.lower) && token.text === token.text.toUpperCase() && next !== undefined && joined(token, next)
    && isCapitalised(next) && next.text !== next.text.toUpperCase() && !(prev !== undefined && /^\d{1,2}(?:[:.]\d\d)?$/.test(prev.text));
}

/** A title in capitals that holds only before a person's name: a chess title, a police rank's initials, an excellency's or a head of government's. */
export function capitalRankAt(sentence: Sentence, at: number): boolean {
  return chessTitleAt(sentence, at) || policeRankAt(sentence, at) || excellencyInitialsAt(sentence, at) || leaderInitialsAt(sentence, at);
}

/**
 * The word at `at` opens or closes a two-word honour (list paired-honours: "Tan Sri", "Datuk Seri"), both words
 * capitalised and joined by a space: 0 when it is no part of one, 1 when it opens it, 2 when it closes it.
 */
export function pairedHonourPart(sentence: Sentence, at: number): 0 | 1 | 2 {
  const pair = (left: number) => left >= 0 && left + 1 < sentence.length && isCapitalised(sentence[left]) && isCapitalised(sentence[left + 1])
    && joined(sentence[left], sentence[left + 1]) && has(PAIRED_HONOURS, `${sentence[left].lower} ${sentence[left + 1].lower}`);
  return pair(at) ? 1 : pair(at - 1) ? 2 : 0;
}

/** The word at `at` closes a court's courtesy style before a title (list courtesy-styles: "His Honour", "Her Worship"), both words joined by a space and the second capitalised. */
export function closesCourtesyStyle(sentence: Sentence, at: number): boolean {
  const left = sentence[at - 1], right = sentence[at];
  return left !== undefined && right !== undefined && isCapitalised(right) && joined(left, right) && has(COURTESY_STYLES, `${left.lower} ${right.lower}`);
}

/** A courtesy honorific, title or honour before a name, in its sentence: also either word of a two-word honour. */
export function isHonorificAt(sentence: Sentence, at: number): boolean {
  return !isWelshCounty(sentence, at) && (isHonorific(sentence[at]) || pairedHonourPart(sentence, at) !== 0 || capitalRankAt(sentence, at));
}

/** "Cyngor Sir Vardo" (Vardo County Council): after the Welsh "Cyngor", council, "Sir" is Welsh for county, no knight's style. */
function isWelshCounty(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1];
  return sentence[at].text === 'Sir' && before !== undefined && before.lower === 'cyngor' && joined(before, sentence[at]);
}

export function isParticle(token: Token): boolean {
  return !isCapitalised(token) && has(NAME_PARTICLES, token.lower);
}

/** Opens a sentence or a quotation, so its capital says nothing about being a name. */
export function opensSentence(sentence: Sentence, i: number): boolean {
  if (i === 0 || OPENING_QUOTES.test(sentence[i].pre)) {
    return true;
  }
  const prev = sentence[i - 1];
  if (/^\.\s*$/.test(prev.post) && (isHonorific(prev) || /^\p{Lu}$/u.test(prev.text))) {
    return false;
  }
  if (i > 0 && joinedAfterNameAbbreviation(sentence, i - 1)) {
    return false;
  }
  return /[:—–.!?]["”’]?\s*$/.test(prev.post) || /\s-\s*$/.test(prev.post) || /^\s*-\s*$/.test(prev.post) && /\s$/.test(prev.post);
}

const ABSTRACT_NOUN = new RegExp(`\\p{L}{3}(?:${[...ABSTRACT_NOUN_ENDINGS.words].join('|')})$`, 'u');

/** A word with the ending of an English abstract noun ("maternity", "employment", "fairness"; list `abstract-noun-endings`). */
export function isAbstractNoun(lower: string): boolean {
  return ABSTRACT_NOUN.test(lower);
}

/** A sentence opener that is a function word ("But", "The", "Meanwhile"), never part of a name or a title. */
export function isFunctionOpener(token: Token): boolean {
  const functionWord = Tag.Adverb | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun;
  return has(SENTENCE_STARTERS, token.lower) || ((token.lexicon & functionWord) !== 0 && (token.lexicon & (Tag.Noun | Tag.Adjective)) === 0);
}

/** Tags of the words of a person's name: a given name, a surname or a known person. */
export const PERSON_NAME_TAGS = Tag.Person | Tag.FirstName | Tag.LastName;

/**
 * Tags of a word the lexicon knows as part of a name of any kind (a person's, a place's, a body's, a people's); the
 * functions that read a word as a name's add an honorific or an acronym to it where those count too.
 */
export const NAME_WORD_TAGS = PERSON_NAME_TAGS | Tag.Place | Tag.Organization | Tag.Demonym;

/**
 * "Tan Kai Wen, 46, said …", "Park Soo Lin, 33, runs …": three capitalised words from `first`, the first a family name
 * written first that is an English word too (list family-first-word-surnames), the two after it no common words, then
 * an age set off by commas: a person named family name first, as Singapore, Malaysia, Hong Kong and Korea copy writes
 * names. Without the age "Tan" or "Park" keeps the ordinary reading.
 */
export function isFamilyNameFirst(sentence: Sentence, first: number): boolean {
  const words = sentence.slice(first, first + 3), age = sentence[first + 3];
  return words.length === 3 && has(FAMILY_FIRST_WORD_SURNAMES, words[0].lower) && /^\p{Lu}\p{Ll}/u.test(words[0].text)
    && words.slice(1).every(token => /^\p{Lu}\p{Ll}/u.test(token.text) && !isCommonOpener(token))
    && words.slice(0, 2).every(token => /^\s+$/.test(token.post)) && /^,\s+$/.test(words[2].post)
    && age !== undefined && /^\d{1,3}$/.test(age.text) && /^,/.test(age.post);
}

/**
 * A capitalised word that is only capitalised because it opens a sentence: a known word that is not a name.
 * Unknown words stay (in-context tags are unreliable for unknown names: "Hrytsenky" reads as an adjective), but
 * a company's trade the tagger does not know ("Chipmaker Vossler Microsystems has …", list `trade-nouns-before`) or a
 * body's kind ("Regulator Ofwax said", list `body-kind-openers`) is a common noun before the name, and a word of mood or fortune or of what befell someone that it does not know
 * ("Embattled Dana Kelso quit", "Jailed Dana Kelso appealed": isDescriptiveOpener) a common adjective.
 */
export function isCommonOpener(token: Token): boolean {
  if (has(SENTENCE_STARTERS, token.lower) || has(TRADE_NOUNS_BEFORE, token.lower) || has(BODY_KIND_OPENERS, token.lower) || isDescriptiveOpener(token)) {
    return true;
  }
  const nameLike = NAME_WORD_TAGS | Tag.Honorific | Tag.Acronym;
  if ((token.lexicon & nameLike) !== 0 || isAllCaps(token)) {
    return false;
  }
  if (token.lexicon !== 0) {
    return true;
  }
  // The first half of a double surname ("Donnelly-Hart said …"): an unknown word glued by a hyphen to the next is a
  // name's, though its "-ly" makes the tagger read an adverb where it opens the sentence.
  if (token.post === '-') {
    return false;
  }
  const functionWord = Tag.Adverb | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun;
  return (token.tags & functionWord) !== 0 && (token.tags & (Tag.Person | Tag.Place | Tag.Organization)) === 0;
}

/**
 * "Rowing Vardonia", "Athletics Kelso": a sport (list national-body-sports) and one capitalised word that is a place or
 * unknown to the lexicon name the sport's national governing body. Not a common word after the sport ("Boxing Day",
 * "Cycling Weekly", "Football Association": the tagger knows those words), nor a person's name, nor a wire slug glued
 * by a hyphen ("TENNIS-Arrizola wins").
 */
export function isNationalSportBody(words: readonly Token[]): boolean {
  // "RUGBY-Vossel banned": a wire headline's sport slug is glued to the name by a hyphen, no body's first word.
  if (words.length !== 2 || !has(NATIONAL_BODY_SPORTS, words[0].lower) || isAllCaps(words[1]) || !/^\s+$/.test(words[0].post + words[1].pre)) {
    return false;
  }
  const place = (words[1].lexicon & Tag.Place) !== 0 || COUNTRIES.has(words[1].lower);
  return place || (words[1].lexicon === 0 && (words[1].tags & Tag.Person) === 0);
}

/**
 * "Struggling Vardo Rovers", "Furious Dana Kelso", "Embattled Vardo chief executive X": a word of mood, form or
 * fortune (list `evaluative-openers`) describes the name or post after it and is never a word of either.
 */
export function isEvaluativeOpener(token: Token): boolean {
  return has(EVALUATIVE_OPENERS, token.lower);
}

/**
 * An evaluative opener, or a participle of what befell the name's bearer ("Jailed Dana Kelso", "Sacked Vardo Rovers
 * manager X", list `status-openers`): no word of the name after it (the post may keep the participle, as "former").
 */
export function isDescriptiveOpener(token: Token): boolean {
  return isEvaluativeOpener(token) || has(STATUS_OPENERS, token.lower) || has(STANDING_OPENERS, token.lower);
}

/** A plural noun's singular by its ending ("justices", "aldermen", "deputies"), or undefined for a word not ending in "s". */
export function singular(word: string): string | undefined {
  if (word.endsWith('ies')) {
    return word.slice(0, -3) + 'y';
  }
  if (word.endsWith('men')) {
    return word.slice(0, -3) + 'man';
  }
  // "coaches", "bosses", "witnesses": a plural in "-es" after a sibilant drops both letters.
  if (/(?:ch|sh|ss|x)es$/.test(word)) {
    return word.slice(0, -2);
  }
  return word.endsWith('s') ? word.slice(0, -1) : undefined;
}

/**
 * "Her husband, Dean, 40, added", "Dean Corrin, a senior analyst at the bank, said": a title's head that is also a
 * given name (in both title-heads and word-given-names), capitalised, is the given name where it stands alone between
 * commas before an age, or opens a name of two words set off by a comma before an article's appositive (a person
 * introduced by a description, named in full), or comes before a nickname in quotation marks (`Dean 'The Bulldozer'
 * Harrower`, as darts and boxing copy introduce a player), or stands alone between commas after a relation noun ("Her
 * husband, Dean, said"), or opens a two-word name whose second word is no given name ("By Dean Halloran", "Dean Corrin
 * said": gold sets read these as people named Dean, never a title before a bare surname). "the dean, Ann Corrin," and
 * "Dean Ann Corrin" keep the title.
 */
function titleWordAsGivenName(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1], third = sentence[at + 2];
  if (!has(WORD_GIVEN_NAMES, token.lower) || !/^\p{Lu}\p{Ll}/u.test(token.text) || next === undefined) {
    return false;
  }
  const prev = sentence[at - 1];
  const byline = prev !== undefined && prev.lower === 'by' && /^\s+$/.test(prev.post);
  const afterTitle = titleHeadBeforeGivenName(prev);
  if (prev !== undefined && !byline && !afterTitle && (ARTICLES.has(prev.lower) || POSSESSIVE_DETERMINERS.has(prev.lower) || /^\p{Lu}/u.test(prev.text) && !/[,:;]\s*$/.test(prev.post))) {
    return false;
  }
  const betweenCommas = prev !== undefined && /,\s+$/.test(prev.post) && /^,\s+$/.test(token.post);
  const agedAlone = betweenCommas && /^\d{1,3}$/.test(next.text) && /^,/.test(next.post);
  // "Her husband, Dean, said", "her husband Dean said": alone after a relation noun, the relative's given name.
  const alone = betweenCommas || (prev !== undefined && /^\s+$/.test(prev.post) && !next.capitalised);
  const namedRelative = alone && prev !== undefined && has(RELATION_NOUNS, prev.lower);
  const namedWithAppositive = /^\s+$/.test(token.post) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && /^,\s+$/.test(next.post)
    && third !== undefined && ARTICLES.has(third.lower) && third.text === third.lower;
  // `Dean 'The Bulldozer' Harrower`: a nickname in quotation marks after the word is said of a person's given name.
  const nicknamed = /^[^\S\n]+$/.test(token.post) && /^["“‘']$/.test(next.pre) && /^\p{Lu}/u.test(next.text);
  // "By Dean Halloran", "a header from Dean Foley's cross", "Dean Carrow, whose daughters …": before one capitalised
  // word that ends the name, the word is the given name; a dean is "the dean", "Dean
  // of X", or named in full after the title ("Dean Ann Corrin").
  // The surname is one the lexicon does not know or knows as a surname (as rule word-given-name asks): "Dean Butcher"
  // keeps the title, so the trade noun after it is still read as a surname; a landscape noun that is as often a surname
  // (list landscape-surnames: "Dean Heath said") is a surname.
  const givenAndSurname = /^\s+$/.test(token.post) && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(next.text) && (next.lexicon === 0 || (next.lexicon & Tag.LastName) !== 0 || has(LANDSCAPE_SURNAMES, next.lower))
    && (third === undefined || !third.capitalised || !/^\s+$/.test(next.post)) && !/^of$/i.test(third?.text ?? '');
  return agedAlone || namedRelative || namedWithAppositive || nicknamed || givenAndSurname;
}

/**
 * "Coach Dean Porter", "Manager Ray Holt": a capitalised title head right before the word makes the word the given name
 * of the person the title is given to (a title is not stacked on a second bare title), so the name's shape decides as
 * after a lower-case word. Not after a word that qualifies a title inside it ("Associate Dean Porter", "Vice Dean X",
 * "Deputy Dean X": list title-modifiers), where the word is the title's head.
 */
function titleHeadBeforeGivenName(prev: Token | undefined): boolean {
  return prev !== undefined && /^\p{Lu}\p{Ll}/u.test(prev.text) && /^[^\S\n]+$/.test(prev.post) && has(TITLE_HEADS, prev.lower) && !has(TITLE_MODIFIERS, prev.lower);
}

/**
 * A lower-case head noun right after an auxiliary is the verb of that word ("will host X", "would not chair X"),
 * and so is one after "to" that the tagger reads as a verb ("is expected to host X").
 */
function verbAfterAuxiliary(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1], token = sentence[at];
  if (at === 0 || token.capitalised || !joined(before, token)) {
    return false;
  }
  const infinitive = before.lower === 'to' && (token.tags & Tag.Verb) !== 0 && (token.tags & Tag.Noun) === 0;
  return VERB_AUXILIARIES.has(before.lower) || infinitive;
}

/**
 * The tagger splits some hyphenated heads in two ("full-back", "centre-back" as "full" and "back"): the second half of
 * a listed head so split is the head, the first half its modifier.
 */
function isHyphenatedHeadEnd(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1], token = sentence[at];
  return before !== undefined && token !== undefined && before.post === '-' && token.pre === '' && has(TITLE_HEADS, `${before.lower}-${token.lower}`);
}

/**
 * "Mum-of-two X", "X, a father-of-four,": the count closing a parent's noun (list role-parent-count-nouns) joined by
 * hyphens to "of" and a count of children (a cardinal word or digits), which the tagger splits into three tokens; the
 * count is the head, the noun and "of" its modifiers.
 */
function isParentCountEnd(sentence: Sentence, at: number): boolean {
  const parent = sentence[at - 2], of = sentence[at - 1], count = sentence[at];
  return parent !== undefined && of !== undefined && count !== undefined && parent.post === '-' && of.lower === 'of' && of.post === '-' && count.pre === ''
    && PARENT_COUNT_NOUNS.has(parent.lower) && (UNIT_WORDS.values[count.lower] !== undefined || /^\d{1,2}$/.test(count.text));
}

/** "co-leader", "ex-minister": one token to the tagger, a prefix (list title-head-prefixes) and a title head. */
function isPrefixedTitleHead(token: Token): boolean {
  return isPrefixedTitleWord(token.lower);
}

/** A title head (list title-heads), or one after a prefix ("co-leader"), as a word in lower case. */
function isTitleHeadWord(word: string): boolean {
  return has(TITLE_HEADS, word) || isPrefixedTitleWord(word);
}

/** A title head after a prefix of list title-head-prefixes ("co-leader", "vice-chair"), as a word in lower case. */
function isPrefixedTitleWord(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && has(TITLE_HEAD_PREFIXES, word.slice(0, hyphen)) && has(TITLE_HEADS, word.slice(hyphen + 1));
}

/**
 * "Ardmore Coastguard Station": a capitalised service's word (list service-station-words) right before a capitalised
 * "Station" is a word of the station's name, no title ("Coastguard X" before a name stays one).
 */
function opensServiceStation(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return next !== undefined && next.text === 'Station' && isCapitalised(token) && joined(token, next) && has(SERVICE_STATION_WORDS, token.lower);
}

/**
 * "the Guild of Barge Owners and Lightermen", "the Society of Boat Owners": a capitalised plural title word right after
 * the "of"/"for" of a body's name (list org-heads-before-of), perhaps after one capitalised word that qualifies it, names
 * the members the body is of, no post: read as one before "and", it split the name and made a person of the rest.
 */
function membersOfBody(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  if (!isCapitalised(token) || !/[^s']s$/.test(token.lower)) {
    return false;
  }
  const qualifier = sentence[at - 1] !== undefined && isCapitalised(sentence[at - 1]) ? 1 : 0;
  const connector = sentence[at - 1 - qualifier], head = sentence[at - 2 - qualifier];
  return (connector?.lower === 'of' || connector?.lower === 'for') && head !== undefined && isCapitalised(head) && has(ORG_HEADS_BEFORE_OF, head.lower);
}

/**
 * "Halcyon Executive Aviation", "Marwick Coach Holidays", "Kelso Pilot Services": a capitalised title word between a
 * capitalised word of no title and a body's head (list org-heads) is a word of a firm's name that says whom it serves
 * or what it runs, no post: read as one, it split the name and left the first word alone ("Halcyon"), or nothing.
 * "Tarvik Chief Executive X" (a name after it) and "the Executive Board" (no word before it) stay as they were.
 */
function insideFirmName(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1], token = sentence[at], next = sentence[at + 1];
  return before !== undefined && next !== undefined && isCapitalised(before) && isCapitalised(token) && isCapitalised(next)
    && joined(before, token) && joined(token, next) && !isAllCaps(token) && has(ORG_HEADS, next.lower)
    && !has(TITLE_HEADS, before.lower) && !has(TITLE_MODIFIERS, before.lower) && !has(HONORIFICS, before.lower);
}

/**
 * "All-Star guard X", "veteran centre X": a lower-case position that alone is a common noun (list
 * standing-position-nouns) right after a word of a player's standing (list player-standing-words; "All-Star" split by
 * the tagger at its hyphen) and right before a capitalised word heads a post, as "striker" does anywhere.
 */
function isStandingPosition(sentence: Sentence, at: number): boolean {
  const token = sentence[at], prev = sentence[at - 1], next = sentence[at + 1];
  if (token === undefined || prev === undefined || next === undefined || isCapitalised(token) || !has(STANDING_POSITION_NOUNS, token.lower)
    || !joined(prev, token) || !joined(token, next) || !isCapitalised(next)) {
    return false;
  }
  const hyphened = at > 1 && sentence[at - 2].post === '-' && prev.pre === '' ? `${sentence[at - 2].lower}-${prev.lower}` : prev.lower;
  return has(PLAYER_STANDING_WORDS, hyphened);
}

/**
 * "tight end X", "Point guard X said": a listed two-word playing position or trade (lexicons `position-phrases`, `trade-phrases`: "a dinner lady"), its second word
 * in lower case and its first in lower case or opening the sentence, is a title: the first word its modifier, the
 * second its head.
 */
function isPositionPhrase(sentence: Sentence, at: number): boolean {
  const first = sentence[at], second = sentence[at + 1];
  return first !== undefined && second !== undefined && joined(first, second) && !isCapitalised(second)
    && (at === 0 || !isCapitalised(first)) && (has(POSITION_PHRASES, `${first.lower} ${second.lower}`) || has(TRADE_PHRASES, `${first.lower} ${second.lower}`));
}

/** "the Ceann Comhairle, X": the second word of a two-word title whose words alone are no title (list capitalised-title-phrases). */
/** "the Roko Tui Vardo, X,": the capitalised word right after a title phrase that takes its district (list place-taking-title-phrases). */
function closesPlaceTakingTitle(sentence: Sentence, at: number): boolean {
  const first = sentence[at - 2], second = sentence[at - 1], place = sentence[at];
  return first !== undefined && place !== undefined && joined(first, second) && joined(second, place) && isCapitalised(place)
    && has(PLACE_TAKING_TITLE_PHRASES, `${first.lower} ${second.lower}`);
}

function endsCapitalisedTitlePhrase(sentence: Sentence, at: number): boolean {
  const first = sentence[at - 1], second = sentence[at];
  return first !== undefined && second !== undefined && joined(first, second) && isCapitalised(first) && isCapitalised(second)
    && has(CAPITALISED_TITLE_PHRASES, `${first.lower} ${second.lower}`);
}

/**
 * "Mayor-elect X", "the chairman-designate": a title head glued by a hyphen to a word that may follow a head
 * (list title-postmodifiers: "elect", "designate") is a head, as "President-elect" is (one token to the tagger).
 */
function isHeadWithPostmodifier(token: Token): boolean {
  const glued = /^(.+)-(\p{Ll}+)$/u.exec(token.lower);
  return glued !== null && has(TITLE_POSTMODIFIERS, glued[2]) && has(TITLE_HEADS, glued[1]);
}

/** "hospital spokeswoman X", "Council leader X said": a body's noun qualifying a title (lexicon `lower-case-title-modifiers`). */
function isLowerCaseTitleModifier(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  const next = sentence[at + 1];
  const opensBeforeLowerCase = at === 0 && next !== undefined && !isCapitalised(next) && joined(token, next);
  return has(LOWER_CASE_TITLE_MODIFIERS, token.lower) && (!isCapitalised(token) || opensBeforeLowerCase) || isMemberBodyWord(sentence, at);
}

/**
 * "Tarrow Council Member X" (lexicon `capitalised-member-bodies`): the body's noun, capitalised, right before a
 * capitalised "Member" and a capitalised word, is a word of the title "Council Member", not the end of a body's name.
 */
export function isMemberBodyWord(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1], name = sentence[at + 2];
  return CAPITALISED_MEMBER_BODIES.has(token.lower) && isCapitalised(token) && next !== undefined && next.lower === 'member'
    && isCapitalised(next) && joined(token, next) && name !== undefined && isCapitalised(name) && joined(next, name);
}

/** Most capitalised words between "the" and an office body's head ("the Coastal Works Planning Executive"). */
const MAX_OFFICE_NAME_WORDS = 4;

/**
 * "the Coastal Works Executive", "the Local Services Ombudsman" (lexicon `office-body-heads`): the head, capitalised,
 * after "the" and one to four capitalised words joined to it, the last no rank ("the Chief Executive", list
 * `office-rank-words`), and before no capitalised word (no name follows: "the Works Executive Dana Kelso"), ends a
 * public office's name: a word of the body's name, not a title.
 */
export function endsOfficeBody(sentence: Sentence, at: number): boolean {
  const token = sentence[at], prev = sentence[at - 1], next = sentence[at + 1];
  if (!OFFICE_BODY_HEADS.has(token.lower) || !isCapitalised(token) || prev === undefined || !isCapitalised(prev) || !joined(prev, token)
    || OFFICE_RANK_WORDS.has(prev.lower) || (next !== undefined && isCapitalised(next) && joined(token, next))) {
    return false;
  }
  return articleBeforeRun(sentence, at, word => word === 'the');
}

/**
 * Whether the capitalised words just before `at` (one to four, joined) open right after one of the given articles
 * ("the Coastal Works Executive", "a Law Lord"): a post or an office named as a thing, not a name's words.
 */
function articleBeforeRun(sentence: Sentence, at: number, isArticle: (word: string) => boolean): boolean {
  let k = at - 1;
  while (k > 0 && at - k < MAX_OFFICE_NAME_WORDS && !isArticle(sentence[k - 1].lower) && isCapitalised(sentence[k - 1]) && joined(sentence[k - 1], sentence[k])) {
    k--;
  }
  const article = sentence[k - 1];
  return article !== undefined && isArticle(article.lower) && joined(article, sentence[k]);
}

/**
 * "Admiral X, the First Sea Lord,", "a Law Lord": an honour that also ends a post (lexicon `post-ending-honours`),
 * capitalised after a capitalised word that is no given name and before no capitalised word, the words opening after
 * "the" or "a", heads the post; before a name it stays an honour ("Lord Kelso"), and "Dana Lord" is a surname.
 */
function endsHonourPost(sentence: Sentence, at: number): boolean {
  const token = sentence[at], prev = sentence[at - 1], next = sentence[at + 1];
  return POST_ENDING_HONOURS.has(token.lower) && isCapitalised(token) && prev !== undefined && isCapitalised(prev) && joined(prev, token)
    && (prev.lexicon & Tag.FirstName) === 0 && !(next !== undefined && isCapitalised(next) && joined(token, next))
    && articleBeforeRun(sentence, at, word => ARTICLES.has(word));
}

/**
 * "the Lord Lieutenant of Marwick", "Lord Justice Kelso": an honour that also opens a post (lexicon
 * `post-opening-honours`), capitalised right before a capitalised title head joined to it, is the post's first word;
 * before a name ("Lord Tom Wrede") it stays an honour.
 */
function opensHonourPost(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return POST_OPENING_HONOURS.has(token.lower) && isCapitalised(token) && next !== undefined && isCapitalised(next) && joined(token, next)
    && has(TITLE_HEADS, next.lower);
}

/**
 * "NDP education critic Dana Kelso", "the party's health critic, Tom Wrede": "critic" right after a lower-case
 * portfolio (list critic-portfolios) heads a post, an opposition party's shadow minister's. No: "a critic of the
 * deal", "fierce critic Dana Kelso", "a Kelso critic" (a stance, no post).
 */
function isPortfolioCritic(sentence: Sentence, at: number): boolean {
  const token = sentence[at], prev = sentence[at - 1];
  return token.lower === 'critic' && !isCapitalised(token) && prev !== undefined && !isCapitalised(prev) && joined(prev, token) && has(CRITIC_PORTFOLIOS, prev.lower);
}

/**
 * "By Dana Kelso, Restaurant Critic", "By Tom Wrede, Dance Critic": on a byline line (opened by "By"), a capitalised
 * "Critic" after a capitalised beat joined to it, ending the line or before a comma ("… Critic, in Kelso"), heads the writer's post as "Editor" does; elsewhere
 * "critic" stays out of the title heads (a stance: "a critic of the deal").
 */
function isBylineCritic(sentence: Sentence, at: number): boolean {
  const token = sentence[at], prev = sentence[at - 1];
  return token.text === 'Critic' && sentence[0].lower === 'by' && prev !== undefined && isCapitalised(prev) && joined(prev, token)
    && (at === sentence.length - 1 || /[\n,]/.test(token.post));
}

/**
 * "Under Secretary Dana Kelso told reporters": a capitalised "Under" right before a capitalised head of list
 * under-post-heads joined to it opens the post, also where it opens the sentence. No: "Under President Kelso, …".
 */
function opensUnderPost(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return token.text === 'Under' && next !== undefined && isCapitalised(next) && joined(token, next) && has(UNDER_POST_HEADS, next.lower);
}

/**
 * "the Duke of Tarrow opened the wing", "the Duchess said", "his wife, the Countess,": a title of nobility (lexicon
 * `noble-title-honours`), capitalised right after "the" or a possessive and before no capitalised word, heads a title
 * (the holder named by the title, as "the Bishop of Vardo" is), not a name; "Baroness Kelso" keeps the honour.
 */
function standsAsNobleTitle(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  if (!NOBLE_TITLE_HONOURS.has(token.lower) || !isCapitalised(token) || (next !== undefined && isCapitalised(next) && joined(token, next))) {
    return false;
  }
  // "the 9th Earl of Tarrow", "the seventh Duke": a peerage's number between the article and the title.
  const ordinal = isTitleOrdinal(sentence[at - 1]) && joined(sentence[at - 1], token) ? 1 : 0;
  const prev = sentence[at - 1 - ordinal];
  return prev !== undefined && joined(prev, sentence[at - ordinal]) && (ARTICLES.has(prev.lower) || POSSESSIVE_DETERMINERS.has(prev.lower));
}

const DIGIT_ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** "9th", "seventh": an ordinal in figures or a lower-case ordinal word (list work-ordinals). */
function isTitleOrdinal(token: Token | undefined): boolean {
  return token !== undefined && (DIGIT_ORDINAL.test(token.lower) || (!isCapitalised(token) && has(WORK_ORDINALS, token.lower)));
}

/**
 * "Norway's FM, X,", "Peru's deputy FM, X,": a post abbreviated to capital initials (list office-initials) right
 * after a possessive, or after a lower-case title word that follows one, heads a title. No: "Kelso FM" (a station),
 * "5 PM", "FM Tom Wrede" (a chess title before a name).
 */
function officeInitialsAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  if (!has(OFFICE_INITIALS, token.lower) || token.text !== token.text.toUpperCase() || at === 0) {
    return false;
  }
  // A possessive is never `joined` to the word after it (that reads names), so the gap is read here: spaces only.
  const spaced = (left: Token, right: Token) => /^ +$/.test(left.post + right.pre);
  const prev = sentence[at - 1], owner = sentence[at - 2];
  if (!spaced(prev, token)) {
    return false;
  }
  return isPossessive(prev) || (!isCapitalised(prev) && (has(TITLE_MODIFIERS, prev.lower) || has(TITLE_HEADS, prev.lower))
    && owner !== undefined && isPossessive(owner) && spaced(owner, prev));
}

/**
 * "the commitment of Member States", "Member Countries pledged": a capitalised "Member" right before a capitalised
 * plural of list member-state-nouns names a bloc's states, no post before a person's name.
 */
function opensMemberStates(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return token.lower === 'member' && isCapitalised(token) && next !== undefined && isCapitalised(next) && joined(token, next) && has(MEMBER_STATE_NOUNS, next.lower);
}

/** Either word of a bloc's "Member States" (see opensMemberStates): no word of a name. */
export function inMemberStates(sentence: Sentence, at: number): boolean {
  return opensMemberStates(sentence, at) || (at > 0 && opensMemberStates(sentence, at - 1));
}

/**
 * "an investigation under the General Conditions", "breaches of the General Provisions": a capitalised "General" right
 * before a capitalised plural of list rulebook-plurals names a regulator's rulebook, no general's surname.
 */
function opensGeneralRulebook(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return token.lower === 'general' && isCapitalised(token) && next !== undefined && isCapitalised(next) && joined(token, next) && has(RULEBOOK_PLURALS, next.lower);
}

/** Either word of a rulebook's "General Conditions" (see opensGeneralRulebook): no word of a name. */
export function inGeneralRulebook(sentence: Sentence, at: number): boolean {
  return opensGeneralRulebook(sentence, at) || (at > 0 && opensGeneralRulebook(sentence, at - 1));
}

/**
 * "Lodewijk heads Tarrow to the title", "Ames captains Kelso again": a lower-case plural of a head that is also a verb
 * (list verb-plural-heads), right after a capitalised name word and before a capitalised word, is the verb, no plural
 * title ("Presidents X and Y") listing people after it.
 */
function isVerbAfterName(sentence: Sentence, at: number, one: string): boolean {
  const token = sentence[at], prev = sentence[at - 1], next = sentence[at + 1];
  return has(VERB_PLURAL_HEADS, one) && !isCapitalised(token) && prev !== undefined && next !== undefined && isCapitalised(prev) && isCapitalised(next)
    && !isPossessive(prev) && joined(prev, token) && joined(token, next);
}

/**
 * The title part of every token of a sentence. Complements after "of"/"for" count only after a head and
 * only when the department is a known one ("Secretary of State"), or a single capitalised word that is
 * followed by a two-word name ("Minister for Europe Jane Doe").
 */
/**
 * "Ticketing partner Selvo Pass said", "its logistics partner Carrow Freight": "partner" after a service a firm provides
 * (list partner-service-nouns) is a body's relation to the event or firm, no person's post (evidenceRules.ts reads
 * the name after it as a body's).
 */
export function isServicePartner(sentence: Sentence, at: number): boolean {
  const token = sentence[at], before = sentence[at - 1];
  return (token.lower === 'partner' || token.lower === 'partners') && before !== undefined && joined(before, token) && !isAllCaps(before)
    && has(PARTNER_SERVICE_NOUNS, before.lower);
}

/** The most lower-case words between "a"/"an" and the trade in "Gary, a long-distance haulier,". */
const MAX_TRADE_MODIFIERS = 2;

/**
 * "Gary, a haulier from Barnsley,", "Gary Pike, a haulier,": a trade one person plies on their own (list
 * person-plied-trades) heads the appositive after a name that opens with a given name the lexicon knows, the person's
 * post; before a name or after a firm's ("the haulier Corbel", "Corbel, a haulier,") it stays the firm's trade.
 */
function isGivenNamesTrade(sentence: Sentence, at: number): boolean {
  if (!has(PERSON_PLIED_TRADES, sentence[at].lower) || isCapitalised(sentence[at])) {
    return false;
  }
  for (let k = at - 1; k >= 1 && k >= at - 1 - MAX_TRADE_MODIFIERS; k--) {
    const token = sentence[k];
    if (token.lower === 'a' || token.lower === 'an') {
      return /^,\s+$/.test(sentence[k - 1].post) && (firstWordOfNameIsGiven(sentence, k - 1) || isTwoWordPersonShape(sentence, k - 1));
    }
    if (isCapitalised(token) || !joined(token, sentence[k + 1])) {
      return false;
    }
  }
  return false;
}

/**
 * "Tamsin Rowe, a haulier,", "Ivo Brandt, a brewer,": a name of exactly two capitalised words, each unknown to the
 * lexicon or known as a person's name, is a given name and a surname the lexicon lacks; a firm's name of two words
 * holds a word the lexicon knows as a common noun or a place ("Corbel Freight", "Kelso Haulage"), and one word alone
 * ("Corbel") stays a firm's.
 */
function isTwoWordPersonShape(sentence: Sentence, end: number): boolean {
  const first = sentence[end - 1], last = sentence[end];
  const beforeFirst = sentence[end - 2];
  const personOrUnknown = (token: Token): boolean => isCapitalised(token) && !isAllCaps(token)
    && (token.lexicon === 0 || ((token.lexicon & (Tag.Person | Tag.FirstName | Tag.LastName)) !== 0 && (token.lexicon & Tag.Place) === 0));
  const runsOn = beforeFirst !== undefined && isCapitalised(beforeFirst) && joined(beforeFirst, first);
  return first !== undefined && joined(first, last) && !runsOn && personOrUnknown(first) && personOrUnknown(last) && !has(ORG_HEADS, last.lower);
}

/** The capitalised name ending at `end` opens with a given name the lexicon knows ("Gary", "Gary Pike"). */
function firstWordOfNameIsGiven(sentence: Sentence, end: number): boolean {
  let first = end;
  while (first > 0 && isCapitalised(sentence[first - 1]) && joined(sentence[first - 1], sentence[first])) {
    first--;
  }
  // "Mark", "Marion": a given name the lexicon holds without a sex counts as one that has it.
  return isCapitalised(sentence[end]) && (sentence[first].lexicon & (Tag.MaleName | Tag.FemaleName | Tag.FirstName)) !== 0;
}

/**
 * "City's striker Aaron Vell scored", "County's captain, X,": a club's last word alone (list club-name-endings) opening
 * the sentence in the possessive before a sports post (list sports-posts) is the club that the player or the manager
 * belongs to, as "Rovers' manager" is, no word of the title ("city manager" is a town's post without the possessive).
 */
function isClubPossessiveBeforePost(sentence: Sentence, at: number): boolean {
  const token = sentence[at], post = sentence[at + 1];
  return at === 0 && post !== undefined && CLUB_NAME_ENDINGS.has(token.lower) && /^\p{Lu}\p{Ll}/u.test(token.text) && isPossessive(token)
    && /^\p{Ll}/u.test(post.text) && SPORTS_POSTS.has(post.lower);
}

export function titleParts(sentence: Sentence): TitlePart[] {
  const parts: TitlePart[] = sentence.map((token, at) => {
    const nameWord = (at > 0 && LOWER_CASE_HEADS.has(token.lower) && isCapitalised(token)) || opensMemberStates(sentence, at) || opensGeneralRulebook(sentence, at) || endsOfficeBody(sentence, at) || isHyphenedBodyHeadEnd(sentence, at)
      || opensPeriodicalName(sentence, at) || closesBodyCause(sentence, at) || opensServiceStation(sentence, at) || insideFirmName(sentence, at);
    if (((has(TITLE_HEADS, token.lower) || isPrefixedTitleHead(token)) && !verbAfterAuxiliary(sentence, at) && !nameWord && !titleWordAsGivenName(sentence, at) && !isServicePartner(sentence, at)) || isHyphenatedHeadEnd(sentence, at) || isHeadWithPostmodifier(token)
      || (at > 0 && isPositionPhrase(sentence, at - 1)) || isStandingPosition(sentence, at) || endsHonourPost(sentence, at) || standsAsNobleTitle(sentence, at) || isPortfolioCritic(sentence, at) || isBylineCritic(sentence, at)
      || endsCapitalisedTitlePhrase(sentence, at) || officeInitialsAt(sentence, at) || isParentCountEnd(sentence, at) || isGivenNamesTrade(sentence, at)) {
      return TitlePart.Head;
    }
    if (isHyphenatedHeadEnd(sentence, at + 1) || isPositionPhrase(sentence, at) || opensHonourPost(sentence, at) || opensUnderPost(sentence, at)
      || isParentCountEnd(sentence, at + 1) || isParentCountEnd(sentence, at + 2)
      || endsCapitalisedTitlePhrase(sentence, at + 1)) {
      return TitlePart.Modifier;
    }
    const one = singular(token.lower);
    // "co-leaders", "vice-chairs": a prefixed head's plural is a plural title as the head's own is.
    if (one && isTitleHeadWord(one) && !SINGULAR_ONLY_HEADS.has(one) && !isVerbAfterName(sentence, at, one)) {
      return endsBodyName(sentence, at) || membersBeforeBodyHead(sentence, at) || membersOfBody(sentence, at) ? TitlePart.None : TitlePart.PluralHead;
    }
    if (has(TITLE_POSTMODIFIERS, token.lower) || closesPlaceTakingTitle(sentence, at)) {
      return TitlePart.Post;
    }
    return (has(TITLE_MODIFIERS, token.lower) && !isClubPossessiveBeforePost(sentence, at)) || isLowerCaseTitleModifier(sentence, at) ? TitlePart.Modifier : TitlePart.None;
  });
  for (let i = 0; i < sentence.length; i++) {
    const afterTitleWord = i > 0 && (parts[i - 1] === TitlePart.Modifier || parts[i - 1] === TitlePart.Head) && joined(sentence[i - 1], sentence[i]);
    if (parts[i] === TitlePart.Modifier && TITLE_INNER_MODIFIERS.has(sentence[i].lower) && !afterTitleWord) {
      parts[i] = TitlePart.None;
    }
    // "Kelderwick Group Chief Executive X": the body noun, capitalised after a capitalised word of no title, ends that
    // body's name ("Kelderwick Group"); after a title word it stays the title's ("Opposition Group Leader X").
    if (parts[i] === TitlePart.Modifier && TITLE_CHAIN_BODY_NOUNS.has(sentence[i].lower) && isCapitalised(sentence[i]) && i > 0
      && parts[i - 1] === TitlePart.None && isCapitalised(sentence[i - 1]) && joined(sentence[i - 1], sentence[i])) {
      parts[i] = TitlePart.None;
    }
    if (parts[i] === TitlePart.Modifier && closesPartyName(sentence, parts, i)) {
      parts[i] = TitlePart.None;
    }
    if (TITLE_QUALIFIED_HEADS.has(sentence[i].lower) && isAllCaps(sentence[i]) && (afterTitleWord || i > 0 && isCapitalised(sentence[i - 1]) && joined(sentence[i - 1], sentence[i]))) {
      parts[i] = TitlePart.Head;
    }
  }
  markPortfolioPairs(sentence, parts);
  markPortfoliosBeforeMinister(sentence, parts);
  markCoordinatedModifiers(sentence, parts);
  markOriginModifiers(sentence, parts);
  markTradeNounModifiers(sentence, parts);
  for (let i = 0; i <= possessiveDatelineEnd(sentence); i++) {
    parts[i] = TitlePart.None;
  }
  for (let i = 0; i + 2 < sentence.length; i++) {
    if (closesTitleWithIn(sentence, parts, i)) {
      parts[i + 1] = TitlePart.Complement;
      parts[i + 2] = TitlePart.Complement;
      continue;
    }
    if (parts[i] !== TitlePart.Head || !TITLE_CONNECTORS.has(sentence[i + 1].lower) || !joined(sentence[i], sentence[i + 1])) {
      continue;
    }
    const length = complementLength(sentence, i + 2, isCapitalised(sentence[i]));
    if (length > 0) {
      for (let k = i + 1; k < i + 2 + length; k++) {
        parts[k] = TitlePart.Complement;
      }
    }
  }
  return parts;
}

/**
 * "Chief of Staff Tom Mills", "Secretary of State Ana Banks": two capitalised words after a department, the first a
 * given name the lexicon knows, are a person's name even when the surname is also a body's head noun ("Mills",
 * "Banks"): a body's name does not open with a given name.
 */
function isGivenNameAndSurname(run: readonly Token[]): boolean {
  return run.length === 2 && (run[0].lexicon & (Tag.MaleName | Tag.FemaleName)) !== 0;
}

/** "Special Agent in Charge X", "Writer in Residence X": a title head, "in" and a word of list title-in-complements. */
function closesTitleWithIn(sentence: Sentence, parts: readonly TitlePart[], head: number): boolean {
  const inWord = sentence[head + 1], closing = sentence[head + 2];
  return parts[head] === TitlePart.Head && inWord.text === 'in' && TITLE_IN_COMPLEMENTS.has(closing.lower) && joined(sentence[head], inWord) && joined(inWord, closing);
}

/** How far back from "and" the joint of a body's cause may stand ("Centre for Rural Law and Justice"). */
const MAX_CAUSE_WORDS = 3;

/**
 * "Centre for Law and Justice", "Movement for Democracy and Justice": a title word (list title-heads) after "and" that
 * joins two capitalised words of a body's cause or remit, after "for" or "of" and a body's noun (lists
 * org-heads-before-for, org-heads-before-of), is the cause's last word, no title before a name ("Justice Studies").
 */
function closesBodyCause(sentence: Sentence, at: number): boolean {
  const and = sentence[at - 1];
  if (at < 4 || and.lower !== 'and' || !isCapitalised(sentence[at]) || !isCapitalised(sentence[at - 2]) || !joined(and, sentence[at])) {
    return false;
  }
  // "the Council of Europe and Justice Dana Marr": a place before "and" ends its body's name, and a person's name after
  // the title word is the titled person's.
  const next = sentence[at + 1];
  if (((sentence[at - 2].tags | sentence[at - 2].lexicon) & Tag.Place) !== 0
    || (next !== undefined && joined(sentence[at], next) && ((next.tags | next.lexicon) & PERSON_NAME_TAGS) !== 0)) {
    return false;
  }
  for (let k = at - 2; k >= 2 && k >= at - 1 - MAX_CAUSE_WORDS; k--) {
    const joint = sentence[k - 1], body = sentence[k - 2];
    if ((joint.lower === 'for' || joint.lower === 'of') && isCapitalised(body) && (has(ORG_HEADS_BEFORE_FOR, body.lower) || has(ORG_HEADS_BEFORE_OF, body.lower))) {
      return true;
    }
    if (!isCapitalised(sentence[k - 1]) && sentence[k - 1].lower !== 'the') {
      return false;
    }
  }
  return false;
}

/**
 * "Counsel Weekly can reveal", "COUNSEL WEEKLY | News": a capitalised title word joined to a capitalised word of how
 * often a periodical appears (list periodical-frequency-heads) opens a trade title's name, no title before a person.
 */
function opensPeriodicalName(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return next !== undefined && isCapitalised(token) && isCapitalised(next) && joined(token, next) && PERIODICAL_FREQUENCY_HEADS.has(next.lower);
}

/** A verb's or a function word's tags: "The Democratic …", "Reveal Democratic …" in a headline open no party's name. */
const FUNCTION_OR_VERB = Tag.Verb | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.Adverb;

/**
 * "federal United Labour MP for Tarrow X", "an Independent Conservative councillor": a party label (list party-labels)
 * right after a capitalised word the lexicon knows only as an adjective or a noun, of no title, ends the party's name ("United
 * Labour") and is no title modifier; after a place or an unknown word it stays the title's ("Tarrow Labour MP X" is
 * Labour's MP for Tarrow).
 */
function closesPartyName(sentence: Sentence, parts: readonly TitlePart[], at: number): boolean {
  const before = sentence[at - 1], token = sentence[at];
  const nameTags = NAME_WORD_TAGS | Tag.Honorific;
  return before !== undefined && isPartyWord(token.lower) && isCapitalised(token) && isCapitalised(before) && parts[at - 1] === TitlePart.None
    && joined(before, token) && (before.lexicon & (Tag.Adjective | Tag.Noun)) !== 0 && (before.lexicon & (nameTags | FUNCTION_OR_VERB)) === 0 && !isPartyWord(before.lower);
}

/**
 * "Vardo Farmers' Co-operative": the second half of a body's head written with a hyphen (list org-heads) is no title
 * head, though "operative" alone is one. The compound is built only after a hyphen.
 */
function isHyphenedBodyHeadEnd(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1], token = sentence[at];
  return before !== undefined && before.post === '-' && token.pre === '' && isCapitalised(before) && has(ORG_HEADS, `${before.lower}-${token.lower}`);
}

/**
 * "the Kelso Farmers' Guild", "the Vardo Drivers' Union": a plural of a body's members with its possessive
 * apostrophe, joined to an organisation's head (`joined` reads list member-plurals), is a word of the body's name, not
 * a plural title before names ("Farmers Dana Kelso and Tom Wrede"). So is such a plural written without the
 * apostrophe, capitalised between a capitalised word and a capitalised organisation head ("the Vardo Property
 * Developers Association", "the Kelso Analysts Federation"): trade bodies drop it as often as they keep it. After "the",
 * such a plural opens the name ("the Commissioners Court of Arroyo County"): "the" titles no named people.
 */
function membersBeforeBodyHead(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1], prev = sentence[at - 1];
  if (next === undefined) {
    return false;
  }
  if (isPossessive(token) && /^['’]/.test(token.post) && joined(token, next)) {
    return true;
  }
  // "the Commissioners Court of Arroyo County": after "the" the plural opens the body's name (a Texas county's
  // governing court) as after a capitalised word.
  const opensAfterThe = prev !== undefined && prev.text === 'the';
  return prev !== undefined && ((isCapitalised(prev) && joined(prev, token)) || opensAfterThe) && isCapitalised(token) && isCapitalised(next) && joined(token, next)
    && has(ORG_HEADS, next.lower);
}

/**
 * "Marwick Partners", "Kelso Associates": a capitalised plural that also heads bodies' names, joined to the
 * capitalised word before it and before no further name, ends a body's name; a plural title comes before the names
 * it gives ("Partners Dana Marr and Tom Vane").
 */
function endsBodyName(sentence: Sentence, at: number): boolean {
  const token = sentence[at], prev = sentence[at - 1], next = sentence[at + 1];
  return has(ORG_HEADS, token.lower) && isCapitalised(token) && prev !== undefined && isCapitalised(prev) && joined(prev, token)
    && !(next !== undefined && isCapitalised(next) && joined(token, next));
}

/**
 * "police and crime commissioner X", "Health and safety manager X", "the firm's research and development director, X":
 * a listed pair of nouns joined by "and" (list coordinated-post-modifiers), written right before a title word, is that
 * title's modifier whole, so the post keeps both nouns; "and" otherwise ends a title chain.
 */
function markCoordinatedModifiers(sentence: Sentence, parts: TitlePart[]): void {
  for (let and = 1; and + 2 < sentence.length; and++) {
    const next = and + 2;
    if (sentence[and].lower !== 'and' || (parts[next] !== TitlePart.Head && parts[next] !== TitlePart.Modifier) || !joined(sentence[and + 1], sentence[next])
      || !joined(sentence[and - 1], sentence[and]) || !joined(sentence[and], sentence[and + 1])
      || !has(COORDINATED_POST_MODIFIERS, `${sentence[and - 1].lower} and ${sentence[and + 1].lower}`)) {
      continue;
    }
    parts[and - 1] = TitlePart.Modifier;
    parts[and] = TitlePart.Modifier;
    parts[and + 1] = TitlePart.Modifier;
  }
}

/**
 * "the Leeds-born ace X", "Vardo-based analyst X": a place hyphened to a participle of origin (list origin-participles)
 * right before a title word is that title's modifier, so the role keeps the compound as written (the place before the
 * hyphen joins through `hyphenated`); the title's head alone lost it.
 */
function markOriginModifiers(sentence: Sentence, parts: TitlePart[]): void {
  for (let i = 1; i + 1 < sentence.length; i++) {
    const next = parts[i + 1];
    if (parts[i] === TitlePart.None && ORIGIN_PARTICIPLES.has(sentence[i].lower) && hyphenated(sentence[i - 1], sentence[i]) && joined(sentence[i], sentence[i + 1])
      && (next === TitlePart.Head || next === TitlePart.Modifier)) {
      parts[i] = TitlePart.Modifier;
    }
  }
}

/** Tags of a word that makes it more than a plain noun (a verb, a describing or function word, a date, a number, a name). */
const NOT_PLAIN_NOUN = Tag.Verb | Tag.Adjective | Tag.Adverb | Tag.Determiner | Tag.Preposition | Tag.Pronoun | Tag.Conjunction | Tag.Date | Tag.Value | NAME_WORD_TAGS;

/**
 * "pastry chef X", "festival director X": a lower-case singular noun that is nothing but a noun (not a verb, a date,
 * a name: "this season coach X" keeps "coach" alone) right before a lower-case title head and a capitalised name is the
 * head's own modifier, so the role keeps the occupation as written ("pastry chef", not "chef").
 */
function markTradeNounModifiers(sentence: Sentence, parts: TitlePart[]): void {
  // (From the third word on, after a lower-case word: a capitalised word before the noun is read by roleChains.ts, which
  // tells a post's first noun from an imperative, "Meet shift supervisor X".)
  for (let i = 2; i + 1 < sentence.length; i++) {
    const noun = sentence[i - 1], head = sentence[i], name = sentence[i + 1];
    if (parts[i] === TitlePart.Head && parts[i - 1] === TitlePart.None && !isCapitalised(sentence[i - 2]) && !isCapitalised(noun) && !isCapitalised(head) && isCapitalised(name)
      && joined(noun, head) && joined(head, name) && (noun.tags & Tag.Noun) !== 0 && ((noun.tags | noun.lexicon) & (NOT_PLAIN_NOUN | Tag.Plural | Tag.Possessive)) === 0
      && /^\p{Ll}+$/u.test(noun.text)) {
      parts[i - 1] = TitlePart.Modifier;
    }
  }
}

/** Most words from a minister's first portfolio to the title's head ("Women and Child Development Minister"). */
const MAX_PORTFOLIO_PAIR_WORDS = 6;

/**
 * "Fisheries and Coastal Affairs Minister X", "Women and Child Development Minister X", "Arts and Culture Minister X":
 * two portfolios of one minister joined by "and" before a capitalised title head are the title's modifiers, no names
 * (the tagger reads "Child Development" as a body). The first word, or the whole pair, must be a department the lists
 * know (`title-complements`) and open no longer capitalised run: "Kelso and Health Minister X" and "Dana Kelso and
 * Health Minister X" name a second person before the minister.
 */
function markPortfolioPairs(sentence: Sentence, parts: TitlePart[]): void {
  for (let and = 1; and + 2 < sentence.length; and++) {
    if (sentence[and].lower !== 'and') {
      continue;
    }
    const owner = and - 1, before = sentence[owner - 1];
    const single = before === undefined || !isCapitalised(before) || !joined(before, sentence[owner]) || (opensSentence(sentence, owner - 1) && isFunctionOpener(before));
    if (!single || !isCapitalised(sentence[owner]) || isAllCaps(sentence[owner]) || !joined(sentence[owner], sentence[and]) || !joined(sentence[and], sentence[and + 1])) {
      continue;
    }
    const head = portfolioPairHead(sentence, parts, owner, and);
    for (let k = owner; head !== undefined && k < head; k++) {
      parts[k] = TitlePart.Modifier;
    }
  }
}

/** Most capitalised words of a portfolio before the plural noun that closes it ("Natural Resources", "Small Business Services"). */
const MAX_PORTFOLIO_OPENING_WORDS = 2;

/**
 * "Emergency Services Minister X", "Indigenous Services minister X", "Public Works Minister X": a portfolio closed by a
 * plural noun of list portfolio-closing-nouns, capitalised right before a minister's title, is the title's modifier
 * with the one or two capitalised words before it (the tagger reads "Emergency Services" as a body). A word the
 * lexicon knows as a place or a given name, or in capitals, is no portfolio's word ("Tarrow Emergency Services
 * Minister X": Tarrow is the place).
 */
function markPortfoliosBeforeMinister(sentence: Sentence, parts: TitlePart[]): void {
  for (let head = 1; head < sentence.length; head++) {
    const closing = sentence[head - 1];
    if (parts[head] !== TitlePart.Head || !has(PORTFOLIO_HOLDERS, sentence[head].lower) || !has(PORTFOLIO_CLOSING_NOUNS, closing.lower)
      || !isCapitalised(closing) || isAllCaps(closing) || !joined(closing, sentence[head])) {
      continue;
    }
    parts[head - 1] = TitlePart.Modifier;
    for (let k = head - 2; k >= 0 && k >= head - 2 - MAX_PORTFOLIO_OPENING_WORDS + 1 && isPortfolioWord(sentence, k); k--) {
      parts[k] = TitlePart.Modifier;
    }
  }
}

/** A capitalised word joined to the next that the lexicon knows as no place, given name or demonym. */
function isPortfolioWord(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  return isCapitalised(token) && !isAllCaps(token) && joined(token, sentence[at + 1]) && (token.lexicon & (PERSON_NAME_TAGS | Tag.Place | Tag.Demonym)) === 0;
}

/** The capitalised title head that ends a pair of portfolios opening at `owner`, or undefined when they are none. */
function portfolioPairHead(sentence: Sentence, parts: readonly TitlePart[], owner: number, and: number): number | undefined {
  let listed = has(TITLE_COMPLEMENTS, sentence[owner].lower);
  let phrase = `${sentence[owner].lower} and`;
  for (let k = and + 1; k < sentence.length && k - owner < MAX_PORTFOLIO_PAIR_WORDS; k++) {
    const token = sentence[k];
    if (!isCapitalised(token) || isAllCaps(token) || !joined(sentence[k - 1], token)) {
      return undefined;
    }
    if (parts[k] === TitlePart.Head) {
      return listed && k > and + 1 ? k : undefined;
    }
    phrase += ` ${token.lower}`;
    listed ||= has(TITLE_COMPLEMENTS, phrase);
  }
  return undefined;
}

/**
 * Length of the department after a title's connector, or 0. Beyond the known departments, a capitalised title
 * ("Envoy for Yemen Jane Doe") may take one capitalised word when a name follows it.
 */
function complementLength(sentence: Sentence, from: number, capitalisedTitle: boolean): number {
  let best = 0;
  let phrase = '';
  for (let k = from; k < sentence.length && k < from + 5; k++) {
    if (k > from && !joined(sentence[k - 1], sentence[k])) {
      break;
    }
    phrase = phrase ? `${phrase} ${sentence[k].lower}` : sentence[k].lower;
    if (has(TITLE_COMPLEMENTS, phrase)) {
      best = k - from + 1;
    }
  }
  // A department counts only when a name follows it ("Secretary of State Marta Quiroga"), and not when the
  // capitals run on into an organisation's name ("chairman of the Senate Judiciary Committee"), also past an "of"
  // inside it ("Speaker of the Kelso County House of Assembly").
  const nameAfter = (end: number): boolean => {
    let k = end;
    while (k + 1 < sentence.length && joined(sentence[k], sentence[k + 1])
      && (isCapitalised(sentence[k + 1]) || (k > end && sentence[k + 1].text === 'of' && sentence[k + 2] !== undefined && isCapitalised(sentence[k + 2]) && joined(sentence[k + 1], sentence[k + 2])))) {
      k++;
    }
    const run = sentence.slice(end + 1, k + 1);
    return k > end && (isGivenNameAndSurname(run) || !run.some(token => has(ORG_HEADS, token.lower)));
  };
  // "Minister of State for Transport X", "Secretary of State for Health X": a department that takes a known department
  // of its own after a connector, the name after the second. An unknown capitalised word there is no department of
  // the list ("of State for Coastal Affairs X" reads as before), so the second is read without the one-word guess.
  // "Minister of Finance and Trade X", "Secretary for Education and Skills X": two known departments joined by "and"
  // are one portfolio, the name after the second.
  const connector = sentence[from + best];
  if (capitalisedTitle) {
    // "Minister for Work and Pensions X", "Secretary of State for Culture, Media and Sport X": a portfolio listed with "and".
    const list = portfolioListLength(sentence, from);
    const afterConnector = best > 0 && connector !== undefined && has(TITLE_CONNECTORS, connector.lower) && joined(sentence[from + best - 1], connector)
      ? portfolioListLength(sentence, from + best + 1) : 0;
    if (list > 0 || afterConnector > 0) {
      return list > 0 ? list : best + 1 + afterConnector;
    }
  }
  if (best > 0 && connector !== undefined && (has(TITLE_CONNECTORS, connector.lower) || connector.lower === 'and') && joined(sentence[from + best - 1], connector)) {
    const second = complementLength(sentence, from + best + 1, false);
    if (second > 0) {
      return best + 1 + second;
    }
    if (capitalisedTitle && connector.lower === 'and' && isLonePortfolioBeforeName(sentence, from + best + 1)) {
      return best + 2;
    }
  }
  if (best > 0) {
    return nameAfter(from + best - 1) ? best : 0;
  }
  const courtesy = complementBeforeCourtesyTitle(sentence, from);
  if (courtesy > 0) {
    return courtesy;
  }
  const remit = lowerCaseRemitBeforeName(sentence, from);
  if (remit > 0) {
    return remit;
  }
  const skip = sentence[from]?.lower === 'the' ? 1 : 0;
  const next = sentence[from + skip], a = sentence[from + skip + 1], b = sentence[from + skip + 2];
  // "Archbishop of Port Lindum Monsignor X", "Mayor of San Aurelio Dana Kelso": a place of two words opened by a place
  // noun (list place-openers) is read whole, as one word is, when two name words follow it.
  const c = sentence[from + skip + 3];
  // "Undersecretary for Political Affairs Dana Kelso": a desk of two capitalised words closed by a desk's noun (list
  // department-tail-nouns) before a name is read whole.
  const twoWordDesk = capitalisedTitle && next !== undefined && a !== undefined && b !== undefined && isCapitalised(next) && isCapitalised(a)
    && isCapitalised(b) && joined(next, a) && joined(a, b) && has(DEPARTMENT_TAIL_NOUNS, a.lower);
  if (twoWordDesk && nameAfter(from + skip + 1)) {
    return 2 + skip;
  }
  const twoWordPlace = next !== undefined && a !== undefined && has(PLACE_OPENERS, next.lower) && isCapitalised(next) && isCapitalised(a) && joined(next, a)
    && b !== undefined && c !== undefined && isCapitalised(b) && (isCapitalised(c) || isParticle(c)) && joined(a, b) && joined(b, c);
  if (capitalisedTitle && twoWordPlace && nameAfter(from + skip + 1)) {
    return 2 + skip;
  }
  const nameWords = a && b && isCapitalised(a) && (isCapitalised(b) || isParticle(b)) && joined(a, b);
  if (capitalisedTitle && next && nameWords && isCapitalised(next) && joined(next, a) && nameAfter(from + skip)) {
    return 1 + skip;
  }
  return 0;
}

/** Most lower-case words after "the" in a title's complement that a courtesy title closes ("of the parish trustees Mrs X"). */
const MAX_COURTESY_COMPLEMENT_WORDS = 2;

/**
 * "Chair of the trustees Mrs X", "Clerk to the governors Mr Y": "the" and one or two lower-case words after a title's
 * connector, then a courtesy title or another honorific before a capitalised name, are the title's complement though
 * the list does not know them: the honorific shows where the name starts. The length, or 0.
 */
function complementBeforeCourtesyTitle(sentence: Sentence, from: number): number {
  if (sentence[from]?.lower !== 'the') {
    return 0;
  }
  let k = from + 1;
  while (k < sentence.length && k - from <= MAX_COURTESY_COMPLEMENT_WORDS && /^\p{Ll}+$/u.test(sentence[k].text) && joined(sentence[k - 1], sentence[k])
    && (sentence[k].lexicon & (Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.Verb)) === 0) {
    k++;
  }
  const name = sentence[k + 1];
  return k > from + 1 && k < sentence.length && isHonorificAt(sentence, k) && joined(sentence[k - 1], sentence[k])
    && name !== undefined && isCapitalised(name) && joined(sentence[k], name) ? k - from : 0;
}

/** Most lower-case words of a remit the department list does not know ("of adult social care X"). */
const MAX_REMIT_WORDS = 3;

/** A lower-case noun or adjective of a remit, a plural possessive too ("children's"): no function word or verb. */
const REMIT_WORD = /^\p{Ll}+(?:['’]s)?$/u;
const NOT_REMIT_TAGS = Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.Verb;

/**
 * "director of children's services Bryony Tesh", "Chief executive of the trust Ola Fenwick", "head of adult social care Ben
 * Ruckley": after a title's connector, "the" perhaps and one to three lower-case words the list of departments does not
 * know, closed right before a name of exactly two capitalised words, are the post's remit: the name shows where it
 * ends; before, the chain broke at the connector and the person had no role. Not when a remit word is a title head
 * itself ("an adviser of senator X": the name's own title), and not over a verb or a function word. The length, or 0.
 */
function lowerCaseRemitBeforeName(sentence: Sentence, from: number): number {
  const skip = sentence[from]?.lower === 'the' ? 1 : 0;
  let k = from + skip;
  // Spaced, not `joined`: a possessive plural opens the remit ("children's services"), and `joined` parts a lower-case possessive from its noun.
  const spaced = (left: Token, right: Token): boolean => /^\s+$/.test(left.post + right.pre) && !/\n/.test(left.post);
  while (k < sentence.length && k - from - skip < MAX_REMIT_WORDS && REMIT_WORD.test(sentence[k].text) && spaced(sentence[k - 1], sentence[k])
    && (sentence[k].tags & NOT_REMIT_TAGS) === 0 && !has(TITLE_HEADS, sentence[k].lower) && !has(TITLE_HEADS, sentence[k].lower.replace(/['’]s$/, ''))) {
    k++;
  }
  const [given, family, after] = [sentence[k], sentence[k + 1], sentence[k + 2]];
  const twoWordName = given !== undefined && family !== undefined && isCapitalised(given) && isCapitalised(family) && !isAllCaps(given)
    && joined(sentence[k - 1], given) && joined(given, family) && !has(ORG_HEADS, family.lower) && (after === undefined || !isCapitalised(after) || !joined(family, after));
  return k > from + skip && twoWordName && !isPossessive(sentence[k - 1]) ? k - from : 0;
}

/**
 * "Minister for Health and Ageing Orla Vesk said": one capitalised word after a known department's "and", then a
 * name of exactly two words, is the portfolio's second half though the list does not know it; without it the whole run
 * was no title and no name. A longer run after the word ("and Higher Learning Orla Vesk") is left alone (where the
 * portfolio ends is unknown), as is a body's head there ("and Kelso Council").
 */
function isLonePortfolioBeforeName(sentence: Sentence, at: number): boolean {
  const [word, given, family, after] = [sentence[at], sentence[at + 1], sentence[at + 2], sentence[at + 3]];
  return word !== undefined && given !== undefined && family !== undefined
    && isCapitalised(word) && isCapitalised(given) && isCapitalised(family) && !isAllCaps(word)
    && joined(sentence[at - 1], word) && joined(word, given) && joined(given, family)
    && !has(ORG_HEADS, word.lower) && !has(ORG_HEADS, family.lower)
    && (after === undefined || !isCapitalised(after) || !joined(family, after));
}

/** Most one-word items of a portfolio before its "and" ("Digital, Culture, Media and Sport"). */
const MAX_PORTFOLIO_ITEMS = 4;

/**
 * "Minister for Work and Pensions Orla Vesk", "Secretary of State for Culture, Media and Sport Orla Vesk", "… for
 * Health and Social Care Orla Vesk": one-word capitalised items set off by commas, "and", then one or two capitalised
 * words and a name of exactly two words closing the run are one portfolio, known to the department list or not (the
 * name's two words show where it ends; without this the whole run was no title and no name). The portfolio's length
 * from `at`, or 0. Not with a body's head closing the run ("and Kelso Council"), nor in capitals.
 */
function portfolioListLength(sentence: Sentence, at: number): number {
  const usable = (token: Token | undefined): token is Token => token !== undefined && isCapitalised(token) && !isAllCaps(token);
  let i = at;
  for (let items = 1; ; items++) {
    const token = sentence[i], next = sentence[i + 1];
    if (!usable(token) || next === undefined || items > MAX_PORTFOLIO_ITEMS) {
      return 0;
    }
    if (next.lower === 'and' && joined(token, next)) {
      break;
    }
    if (!/^, $/.test(token.post) || !usable(next)) {
      return 0;
    }
    i++;
  }
  const first = i + 2;
  let end = first;
  while (usable(sentence[end]) && (end === first || joined(sentence[end - 1], sentence[end]))) {
    end++;
  }
  const after = end - first;
  // One or two words of the portfolio after "and", then the name's two.
  const nameWords = sentence.slice(end - 2, end);
  return joined(sentence[i + 1], sentence[first]) && (after === 3 || after === 4) && !nameWords.some(token => has(ORG_HEADS, token.lower)) ? end - 2 - at : 0;
}

/** True for the words that make a chain a title: a head noun, singular or plural. */
export function isHead(part: TitlePart): boolean {
  return part === TitlePart.Head || part === TitlePart.PluralHead;
}

/**
 * A capitalised word shaped as a plural ("Hawks", "Mariners"; the tagger reads capitalised words as names, not
 * plurals): "-s" after a lower-case letter but not "-ss", "-us", "-is" ("Moss", "Marcus", "Davis"), and no surname
 * the lexicon knows ("Evans").
 */
export function isPluralNickname(token: Token): boolean {
  return token.capitalised && (token.lexicon & PERSON_NAME_TAGS) === 0 && ((/\p{Ll}{2}s$/u.test(token.text) && !/(?:s|u|i)s$/.test(token.text))
    || /\p{Ll}{2}men$/u.test(token.text));
}

/**
 * "Police Scotland", "Sport Wales": a public service's noun (list national-body-heads) and a nation's name alone are a
 * national body; a head and a town ("Police Kelso") are as often a subject before its place, and a body named by its
 * noun alone and a country ("told Congress Ukraine needed help") two names.
 */
export function isNationalBody(words: readonly Token[]): boolean {
  return words.length === 2 && has(NATIONAL_BODY_HEADS, words[0].lower) && !isAllCaps(words[1]) && COUNTRIES.has(words[1].lower);
}

/**
 * "Visit Tarrona", "figures from Discover Kellan": a tourism board named by an invitation (list tourism-board-openers)
 * and one or two capitalised words of its place. Opening a sentence the verb may be an imperative ("Visit Paris in
 * spring"), so there the name must be a speaker or have an appositive after it ("Visit Tarrona said",
 * "Explore Marvenshire, the county's tourism board,").
 */
export function isTourismBoard(sentence: Sentence, run: readonly number[]): boolean {
  if (run.length < 2 || run.length > 3 || !has(TOURISM_BOARD_OPENERS, sentence[run[0]].lower)) {
    return false;
  }
  const opener = sentence[run[0]], place = run.slice(1).map(index => sentence[index]);
  if (!isCapitalised(opener) || isAllCaps(opener) || place.some(token => !isCapitalised(token) || isAllCaps(token))
    || run.some((index, k) => k > 0 && index !== run[k - 1] + 1)) {
    return false;
  }
  if (!opensSentence(sentence, run[0])) {
    return true;
  }
  const last = sentence[run[run.length - 1]], after = sentence[run[run.length - 1] + 1];
  const appositive = /^,\s*$/.test(last.post) && after !== undefined && /^(?:the|a|an|its)$/.test(after.lower);
  return appositive || (after !== undefined && !/[,.;:]/.test(last.post) && has(SPEECH_VERBS, after.lower));
}

/**
 * A lower-case noun that, heading an appositive, names a kind of body (list org-appositive-nouns: "a trade body", "a
 * student newspaper"), or a news outlet's noun after "news" (list outlet-nouns: "a student news site", "a local news
 * service"); "a heritage site" names a place.
 */
export function isBodyAppositiveNoun(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  // "Marion Stott, a haulier,": a trade one person plies, after a name opened by a known given name, is the person's post.
  return token !== undefined && !isCapitalised(token) && !isGivenNamesTrade(sentence, at)
    && (has(ORG_APPOSITIVE_NOUNS, hyphenedWord(sentence, at)) || (has(OUTLET_NOUNS, token.lower) && sentence[at - 1]?.lower === 'news'));
}

/**
 * The lower-case word token `at` ends, with the word hyphened before it ("start-up", "co-op", "spin-off"): the tokenizer
 * splits such words, and the lists hold them whole.
 */
export function hyphenedWord(sentence: Sentence, at: number): string {
  const token = sentence[at], before = sentence[at - 1];
  return before !== undefined && hyphenated(before, token) ? `${before.lower}-${token.lower}` : token.lower;
}

/**
 * "X, the country's main volunteer relief society,": a person's noun that runs on, through at most one more noun, into a
 * noun naming a kind of body (list org-appositive-nouns) which ends the phrase modifies that body noun ("volunteer"
 * society, "member" association); "X, a volunteer firefighter," and "X, a partner at the firm," stay people. Nouns that
 * also end a name ("group", "union": list org-nouns-after) are left out: "X, an activist group," may follow a name cut short.
 */
export function modifiesBodyNoun(sentence: Sentence, at: number): boolean {
  for (let q = at + 1; q <= at + 2 && q < sentence.length; q++) {
    const token = sentence[q], prev = sentence[q - 1], next = sentence[q + 1];
    if (isCapitalised(token) || !joined(prev, token)) {
      return false;
    }
    if (isBodyAppositiveNoun(sentence, q)) {
      return next === undefined || !joined(token, next) || has(ROLE_APPOSITIVE_STOPS, next.lower);
    }
  }
  return false;
}

/**
 * "rivals Tarrow Micro and Brightline Devices": a lower-case plural noun right before the word at `at` (no possessive)
 * says what the names listed after it are (runs.ts splits such a list at "and"; evidenceRules.ts reads its first item).
 */
export function pluralKindBefore(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1];
  return before !== undefined && !isCapitalised(before) && joined(before, sentence[at]) && (before.tags & Tag.Plural) !== 0
    && (before.tags & Tag.Noun) !== 0 && !isPossessive(before);
}

/** How far before and after a name a campaign's cue word may stand (list campaign-cue-words). */
const CAMPAIGN_CUE_BEFORE = 4, CAMPAIGN_CUE_AFTER = 5;

/**
 * "Campaigners from Save Our Wards", "Concerned Parents of Arnfield, a campaign group,", "said a spokeswoman for Keep
 * Kelby Green": a lower-case word of campaigning (list campaign-cue-words) near the name, or a spokesperson's noun and
 * "for" right before it, says the name is a campaign's.
 */
export function campaignCueNear(sentence: Sentence, first: number, last: number): boolean {
  const near = [...sentence.slice(Math.max(0, first - CAMPAIGN_CUE_BEFORE), first), ...sentence.slice(last + 1, last + 1 + CAMPAIGN_CUE_AFTER)];
  const spokesperson = sentence[first - 1]?.lower === 'for' && /^spokes(?:man|woman|person)$/.test(sentence[first - 2]?.lower ?? '');
  return spokesperson || near.some(token => has(CAMPAIGN_CUE_WORDS, token.lower));
}
