// Runs of capitalised words in a sentence, the raw material of names: capitals joined across name particles,
// initials, honorific full stops, a title's department and "of"/"and" inside an organisation's name;
// shouting and headline lines recognised so their capitals prove nothing.
import {
  ACTING_FOR_PLURALS,
  AREA_AROUND_WORDS,
  LEGAL_FORMS,
  GOVERNMENT_TIERS,
  CLASS_LETTER_NOUNS,
  LOWER_CASE_TITLE_MODIFIERS,
  BODY_NAME_ADJECTIVES,
  IRISH_BODY_OPENERS,
  FRENCH_BODY_ARTICLES,
  PLACE_NAME_JOINTS,
  CAMPAIGN_OFFICES,
  COMMITTEE_HEADS_BEFORE_ON,
  GROUP_MEMBERS_BEFORE_FOR,
  GROUP_MEMBERS_BEFORE_OF,
  HEADLINE_AUXILIARIES,
  INSTITUTION_HEADS,
  LEADING_PARTICLES,
  LOWER_CASE_LEGAL_FORMS,
  MODIFIER_SUFFIXES,
  ORG_HEADS,
  SHARE_CLASS_NOUNS,
  ORG_HEADS_BEFORE_FOR,
  ORG_HEADS_BEFORE_OF,
  ORG_HEADS_BEFORE_ON,
  ORG_HEADS_BEFORE_TO,
  ORG_HEADS_BEFORE_IN,
  MOVEMENT_HEADS_BEFORE_IN,
  NUMBERED_BRANCH_NOUNS,
  ORG_HEADS_BEFORE_FOR_CAUSE,
  PLACE_ACRONYMS,
  PRESS_HEADS,
  ORG_ENDS_WITHOUT_HEAD,
  PERIODICAL_HEADS,
  PAPER_NAME_OPENERS,
  ORG_HEADS_FIRST,
  SENTENCE_STARTERS,
  TOWN_NAMED_HEADS,
  FORCE_HEADS,
  TWO_PARTY_OPENERS,
  PUBLIC_SERVICE_WORDS,
  PUBLIC_SERVICE_HEADS,
  SECTION_PATH_SEPARATORS,
  has,
  type WordList,
  NUMBERED_STATION_NOUNS,
  NUMBER_SIGNS,
  MEMBER_PLURALS,
  STATION_CUE_NOUNS,
  UNLETTERED_NAME_WORDS,
  AWARD_ACRONYMS,
  SPEECH_VERBS,
  PLACE_NOUNS_BEFORE_OF,
  REMIT_GERUND_PARTICLES,
  COMMAND_NAME_VERBS,
  TRADE_PAIR_HEADS,
  TITLE_HEADS,
  SEAT_PREPOSITIONS,
  WIRE_UPDATE_MARKERS,
  MILITARY_SERVICE_HEADS,
  PLACE_HEADS,
  CAMPAIGN_MEMBER_PLURALS,
  CAUSE_NOUNS_BEFORE_FOR,
  PEOPLE_POSSESSIVE_OPENERS,
} from '../lexicon/entities';
import { COMPOUND_NOUN_PARTICLES, CREDIT_WORDS, DATA_CREDIT_WORDS, HYPHEN_PREFIXES, PHOTO_CREDIT_WORDS, RESPECT_SUFFIXES, WORD_GIVEN_NAMES } from '../lexicon/names';
import { OPERATOR_NAME_HEADS, PERSONAL_PRONOUNS } from '../lexicon/quotes';
import { SPORT_NAMES } from '../lexicon/gazetteer/sports';
import { gazetteerHas } from '../lexicon/gazetteer';
import { isResultsLine } from './agencyLines';
import { joinAcross } from './nameJoins';
import { bylinePostStart, postLineEnd } from './roleReferences';
import { ARTICLES } from '../lexicon/determiners';
import { TIME_UNITS } from '../lexicon/numbers';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import {
  TitlePart, campaignCueNear, hyphenated, isAllCaps, isCapitalised, isCommonOpener, isGluedModifier, isHead, isHonorific, isIntercappedBrand, isBodyAppositiveNoun, isParticle, isPossessive, joined, NAME_WORD_TAGS, PERSON_NAME_TAGS, pluralKindBefore, joinedAfterInitial, joinedAfterNameAbbreviation, opensLinePart, possessiveDatelineEnd,
} from './words';

// Plurals and abstract nouns' endings ("Fisheries", "Customs", "Immigration", "Liberty", "Science", "Technology").
const COMMON_NOUN_ENDING = /(?:[^s']s|tion|sion|ment|ness|ship|ism|ity|rty|ety|logy|ence|ance)$/;

/** Honorifics are abbreviations: "Mr. Smith", "Sen. Whitford" stay joined across the full stop. */
function joinedAfterHonorific(left: Token, right: Token): boolean {
  return isHonorific(left) && /^\.?\s*$/.test(left.post + right.pre) && !/\n/.test(left.post);
}

/** All-capital words next to other all-capital words are shouting ("BIG PROGRESS ON X"), not abbreviations. */
export function shoutingMask(sentence: Sentence): boolean[] {
  const caps = sentence.map(token => isAllCaps(token));
  const common = sentence.map((token, i) => caps[i] && token.lower.length >= 3 && token.lexicon !== 0
    && (token.lexicon & (Tag.Organization | Tag.Place | Tag.Acronym)) === 0 && !has(PLACE_ACRONYMS, token.lower));
  const mask = sentence.map(() => false);
  for (let i = 0; i < sentence.length; i++) {
    if (!caps[i]) {
      continue;
    }
    let j = i;
    while (j + 1 < sentence.length && caps[j + 1] && joined(sentence[j], sentence[j + 1])) {
      j++;
    }
    // "THE DAILY KESTREL | Showbiz": a tabloid's masthead set in capitals names the paper (masthead-line); read only
    // where a run would be masked, so prose pays nothing.
    if (j > i && common.slice(i, j + 1).some(Boolean) && !(i <= 1 && mastheadEnd(sentence) >= j) && !isKnownNameInCapitalsLead(sentence, i, j)
      && !isListedBodyInCapitals(sentence, i, j)) {
      mask.fill(true, i, j + 1);
    }
    i = j;
  }
  if (isShoutedLeadNoun(sentence, common)) {
    mask[0] = true;
  }
  return mask;
}

/** The most words of a person's name a tabloid sets in capitals at the head of its first paragraph ("DANA KELSO-MARR"). */
const MAX_LEAD_NAME_WORDS = 3;

/**
 * "DANA MARR is facing a ban after …": a tabloid opens its first paragraph with the subject's name in capitals, then
 * goes on in lower case. Two or three words in capitals opening the sentence, none a function word or a verb, with a
 * word in lower case right after them, may be that name (a headline in capitals goes on in capitals: "DANA MARR SEES
 * RED"); evidenceRules.ts capitals-lead-name reads such words as unknown words in lower case.
 */
export function isCapitalsLeadRun(sentence: Sentence, first: number, last: number): boolean {
  const next = sentence[last + 1];
  const notName = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun | Tag.Verb | Tag.Copula;
  return first === 0 && last > first && last - first + 1 <= MAX_LEAD_NAME_WORDS && next !== undefined && /^\p{Ll}/u.test(next.text) && joined(sentence[last], next)
    && sentence.slice(first, last + 1).every(token => isAllCaps(token) && (token.lexicon & notName) === 0);
}

/** A capitals lead name whose first word is a given name the lexicon knows ("JOHN MARR is facing …"): no shouting. */
function isKnownNameInCapitalsLead(sentence: Sentence, first: number, last: number): boolean {
  return isCapitalsLeadRun(sentence, first, last) && (sentence[first].lexicon & Tag.FirstName) !== 0;
}

/**
 * "FAMILIES have been left reeling …", "RESIDENTS were told …": local and tabloid copy sets the first word of its lead
 * in capitals, and one such word alone is no initialism when the lexicon knows it as a plural common noun (no body, place
 * or abbreviation: `common`) and a lower-case word follows it: the capitals are the house style's, the word the noun.
 */
function isShoutedLeadNoun(sentence: Sentence, common: readonly boolean[]): boolean {
  const [word, next] = sentence;
  return common[0] && next !== undefined && (word.lexicon & Tag.Noun) !== 0 && (word.lexicon & Tag.Plural) !== 0
    && /^\p{Ll}+$/u.test(next.text) && /^\s+$/.test(word.post);
}

/** Most words of a listed body's name set in capitals inside a sentence ("told KELSO EVENING NEWS"). */
const MAX_CAPITALS_BODY_WORDS = 4;

/**
 * "the campaign told KELSO TODAY", "an interview with THE MARWICK STANDARD": two to four words in capitals that the
 * gazetteers name as a body (an outlet's style of its own name, set so inside a sentence of lower case) are that
 * body, not shouting; read only for a run that would be masked, so prose pays one set lookup per such run.
 */
function isListedBodyInCapitals(sentence: Sentence, i: number, j: number): boolean {
  if (j - i + 1 > MAX_CAPITALS_BODY_WORDS) {
    return false;
  }
  const words = sentence.slice(i, j + 1).map(token => token.lower);
  return words[0] === 'the' ? gazetteerHas(words.slice(1).join(' '), true) : gazetteerHas(words.join(' '), false);
}

/**
 * "X Lopez Wins …", "X Lopez Praises …": a word the lexicon knows only as a plural noun is a headline's verb right
 * after a person's surname, where prose would put a verb in lower case and a name would not take a plural.
 */
function isVerbAfterName(sentence: Sentence, i: number): boolean {
  const token = sentence[i], before = sentence[i - 1];
  return (token.lexicon & Tag.Plural) !== 0 && /s$/.test(token.lower) && ((before.tags | before.lexicon) & (Tag.LastName | Tag.Person)) !== 0 && joined(before, token);
}

/**
 * How much a line ending in a full stop reads as a headline ("X Responds To Question About Y By Saying …."):
 * capitalised prepositions, conjunctions and pronouns mid-line, which prose never writes, count one each, and
 * so do capitalised verbs not opening a name ("Hammers", "Diverted"; not "Will Smith"); a capitalised
 * auxiliary or reporting verb ("X Was Headed", "X Says") counts two. Also the function words' own count.
 */
function headlineWords(sentence: Sentence): { readonly score: number; readonly byFunctionWords: number } {
  const nameLike = NAME_WORD_TAGS | Tag.Honorific;
  const nameWords = PERSON_NAME_TAGS;
  let score = 0, byFunctionWords = 0;
  sentence.forEach((token, i) => {
    if (i === 0 || !isCapitalised(token) || (token.lexicon & nameLike) !== 0 || /[.:!?"“]\s*$/.test(sentence[i - 1].post)) {
      return;
    }
    const next = sentence[i + 1];
    const opensName = next !== undefined && joined(token, next) && isCapitalised(next) && (next.lexicon & nameWords) !== 0;
    if (has(HEADLINE_AUXILIARIES, token.lower)) {
      score += 2;
    } else if (token.text.length <= 5 && (token.lexicon & (Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun)) !== 0) {
      score += 1;
      byFunctionWords += 1;
    } else if (((token.lexicon & Tag.Verb) !== 0 || isVerbAfterName(sentence, i)) && !opensName) {
      score += 1;
    }
  });
  return { score, byFunctionWords };
}

/** Longer words (over three letters) a fully capitalised line needs for one headline word to make it a headline. */
const HEADLINE_ONE_WORD_LENGTH = 5;

/**
 * "By Dana Kelso | Published: 3 March", "By Dana Kelso • Updated 10:15": "By", capitalised words joined to each other,
 * then a separator between the line's parts. Not "By Dana Kelso, Chief Reporter | …" (a post before the separator).
 */
function isSeparatedByline(sentence: Sentence): boolean {
  if (sentence[0].lower !== 'by' || sentence.length < 3 || !isCapitalised(sentence[1])) {
    return false;
  }
  let end = 1;
  while (end + 1 < sentence.length && isCapitalised(sentence[end + 1]) && joined(sentence[end], sentence[end + 1]) && !opensLinePart(sentence[end + 1])) {
    end++;
  }
  return end >= 2 && end + 1 < sentence.length && opensLinePart(sentence[end + 1]);
}

/**
 * "By Ewan Castle" alone on its line (a live page's entry signed off under its text): "By", then two or three
 * capitalised words joined to each other that end the line. Not a headline in Title Case, though every word is
 * capitalised; a headline has a verb or more words ("By Design Comes Home").
 */
function isBareByline(sentence: Sentence): boolean {
  const words = sentence.length - 1;
  return sentence[0].text === 'By' && words >= 2 && words <= 3 && sentence.slice(1).every(token => isCapitalised(token) && (token.lexicon & Tag.Verb) === 0)
    && sentence.slice(0, -1).every((token, i) => joined(token, sentence[i + 1])) && /^\s*$/.test(sentence[sentence.length - 1].post);
}

/**
 * "By Dana Kelso, Club Media", "Match report by Dana Kelso, Kelso Post": "By" opening the line, or a lower-case "by"
 * after a few lower-case words, then two or three capitalised words joined to each other, a comma and only
 * capitalised words to the line's end (the outlet or desk; a venue ", at X" may close it): a byline, not a headline in Title Case.
 */
function isCommaByline(sentence: Sentence): boolean {
  const by = sentence.findIndex(token => token.lower === 'by');
  if (by < 0 || by > 3 || (by > 0 && (sentence[by].text !== 'by' || !sentence.slice(1, by).every(token => /^\p{Ll}+$/u.test(token.text))))) {
    return false;
  }
  let end = by + 1;
  while (end < sentence.length && isCapitalised(sentence[end]) && !/,/.test(sentence[end].post) && end + 1 < sentence.length && joined(sentence[end], sentence[end + 1])) {
    end++;
  }
  const rest = withoutVenue(sentence.slice(end + 1));
  return end - by >= 2 && end - by <= 3 && isCapitalised(sentence[end]) && /^,\s*$/.test(sentence[end].post) && isPostAndOutlet(rest);
}

/** The most words of one part (a post, or an outlet or desk) after a byline's name. */
const BYLINE_PART_MAX_WORDS = 4;

/**
 * What a byline puts after the writer's name and a comma: the outlet or desk ("Club Media"), or the writer's post and
 * then the outlet after a second comma ("Chief Football Writer, The Kelso Clarion"), each part of capitalised words only.
 */
function isPostAndOutlet(rest: readonly Token[]): boolean {
  const comma = rest.findIndex((token, k) => k + 1 < rest.length && /^,\s*$/.test(token.post));
  const parts = comma < 0 ? [rest] : [rest.slice(0, comma + 1), rest.slice(comma + 1)];
  return rest.length > 0 && rest.every(token => isCapitalised(token))
    && parts.every(part => part.length > 0 && part.length <= BYLINE_PART_MAX_WORDS) && parts.slice(1).every(part => !/,/.test(part.map(token => token.post).join('').slice(0, -1)));
}

/**
 * "By Dana Kelso, Health Reporter | Reviewed by Dr Tom Wrede, Medical Editor", "By Dana Kelso, Science Writer | Edited by
 * Tom Wrede": a byline whose separator opens a second credit, a capitalised participle then "by" and a name with its post
 * (health sites name the clinician who reviewed the piece so), or a date: every part is a byline of its own (isCommaByline,
 * isBareByline) or a date, so the line names people, however capitalised ("Reviewed" read as a headline's verb).
 */
function isBylineOfParts(sentence: Sentence): boolean {
  const parts: Token[][] = [[]];
  for (const token of sentence) {
    if (has(SECTION_PATH_SEPARATORS, token.text)) {
      parts.push([]);
      continue;
    }
    if (opensLinePart(token) && parts[parts.length - 1].length > 0) {
      parts.push([]);
    }
    parts[parts.length - 1].push(token);
  }
  const filled = parts.filter(part => part.length > 0);
  const isDate = (part: readonly Token[]): boolean => part.every(token => ((token.tags | token.lexicon) & (Tag.Date | Tag.Value)) !== 0);
  // "Updated 28 November", "Published 3 March 2026": a participle of the page's history before the date is a date part too.
  const isDated = (part: readonly Token[]): boolean => part.length >= 2 && isCapitalised(part[0]) && /ed$/.test(part[0].lower) && isDate(part.slice(1));
  const isDatePart = (part: readonly Token[]): boolean => isDate(part) || isDated(part);
  return filled.length >= 2 && sentence[0].lower === 'by' && (isCommaByline(filled[0]) || isBareByline(filled[0]))
    && filled.slice(1).every(part => isCommaByline(part) || isCreditPart(part) || isDatePart(part))
    && filled.slice(1).some(part => !isDate(part));
}

/** The most words of a credited name with its honorific and the halves of a hyphened surname ("Dr Samir Haddad-Quinn"). */
const CREDIT_NAME_MAX_WORDS = 5;

/**
 * "Reviewed by Dr Samir Haddad-Quinn, Medical Editor", "Edited by Tom Wrede": a capitalised participle, "by", a name of
 * capitalised words joined to each other (an honorific and a hyphened surname allowed), then the line's end or a comma and
 * up to four capitalised words (the post).
 */
function isCreditPart(part: readonly Token[]): boolean {
  if (part.length < 3 || part[1].text !== 'by' || !isCapitalised(part[0]) || !/ed$/.test(part[0].lower)) {
    return false;
  }
  let end = 2;
  while (end + 1 < part.length && isCapitalised(part[end + 1]) && joined(part[end], part[end + 1]) && !/,/.test(part[end].post)) {
    end++;
  }
  const rest = part.slice(end + 1);
  return isCapitalised(part[2]) && end - 1 <= CREDIT_NAME_MAX_WORDS && (rest.length === 0 || (/^,\s*$/.test(part[end].post) && rest.length <= 4 && rest.every(isCapitalised)));
}

/** The most words of a venue closing a byline ("…, at Kelso Park"). */
const MAX_BYLINE_VENUE_WORDS = 3;

/**
 * A byline's desk without the venue that sports and foreign copy close it with ("By X, Tennis Correspondent, at
 * Kelderwick"): a comma, "at" or "in", then one to three capitalised words to the line's end.
 */
function withoutVenue(rest: readonly Token[]): readonly Token[] {
  const at = rest.findIndex((token, k) => k > 0 && (token.text === 'at' || token.text === 'in') && /^,\s*$/.test(rest[k - 1].post));
  const venue = at < 0 ? [] : rest.slice(at + 1);
  return venue.length >= 1 && venue.length <= MAX_BYLINE_VENUE_WORDS && venue.every(isCapitalised) ? rest.slice(0, at) : rest;
}

/**
 * "Tarrow Courier · Thursday 19 March 2026", "Marwick Gazette | Monday 3 March": an outlet's name of two words or
 * more, a separator, then only the date (a weekday, a day, a month, a year): a column's or a report's dateline, not a
 * headline, though the weekday reads as one more capitalised word. The name keeps its capitals as evidence.
 */
function isOutletDateLine(sentence: Sentence): boolean {
  const separator = sentence.findIndex(opensLinePart);
  if (separator < 2 || !sentence.slice(0, separator).every(isCapitalised) || separator + 1 >= sentence.length) {
    return false;
  }
  return sentence.slice(separator + 1).every(token => ((token.tags | token.lexicon) & (Tag.Date | Tag.Value)) !== 0);
}

/**
 * "Weather correspondent, Orrin Broadcasting News" under a byline: a newsroom post line (roleReferences.ts
 * `postLineEnd`) whose words after the comma end in a newspaper's or broadcaster's head (list press-heads) names the
 * writer's outlet in full, so its names are read as in prose, not as a headline's; a town there ("Diplomatic Editor,
 * Marwick") keeps the headline reading.
 */
function isPostLineOutlet(sentence: Sentence): boolean {
  const head = postLineEnd(sentence);
  return head !== undefined && head + 2 < sentence.length && has(PRESS_HEADS, sentence[sentence.length - 1].lower);
}

/** Most words of a crosshead read without a verb ("Cold Comforts", "Dawn Raids", "Rising Rent Costs"). */
const MAX_CROSSHEAD_WORDS = 3;

/**
 * "Dawn Raids", "April Showers", "Cold Comforts": a line of its own between paragraphs (a crosshead) of two or three
 * capitalised words, no stop after it, opening with a common word (one the lexicon knows, or a given name that is an
 * English word too: list word-given-names) and ending in a plural (or, in two words, a singular: singularCrosshead) that the lexicon knows as no one's surname, nor a place's or a body's
 * head; its capitals prove nothing, as a headline's do not (too short for `isTitleCaseLine`): its names only join
 * names found elsewhere. A name on such a line ("Dana Wells") opens with a given name that is no English word.
 */
export function isCrosshead(sentence: Sentence): boolean {
  const first = sentence[0], last = sentence[sentence.length - 1];
  if (sentence.length < 2 || sentence.length > MAX_CROSSHEAD_WORDS || /[.!?:;,]/.test(last.post) || first.pre !== '') {
    return false;
  }
  const shaped = sentence.every((token, i) => /^\p{Lu}\p{Ll}+$/u.test(token.text) && (i === 0 || /^ $/.test(sentence[i - 1].post)));
  const commonFirst = has(WORD_GIVEN_NAMES, first.lower) || ((first.lexicon & (Tag.Noun | Tag.Verb | Tag.Adjective | Tag.Adverb)) !== 0 && (first.lexicon & PERSON_NAME_TAGS) === 0);
  // Shaped as a plural (the tagger reads "Showers" after "April" as a name's): "-s" after two lower-case letters, not
  // "-ss", "-us", "-is" ("Moss", "Marcus", "Davis").
  const pluralLast = /\p{Ll}{2}s$/u.test(last.text) && !/(?:s|u|i)s$/.test(last.text) && (last.lexicon & (PERSON_NAME_TAGS | Tag.Place | Tag.Organization)) === 0
    && !has(ORG_HEADS, last.lower);
  return shaped && commonFirst && (pluralLast || singularCrosshead(sentence));
}

/**
 * "Joy Ride", "Rush Hour": a crosshead of two words may end in a singular noun; the lexicon knows the last word
 * as no one's name (given name or surname), no place and no body's head. A line naming a person with a given name that
 * is a word too ("Hope Walker") ends in a surname the lexicon knows; the line's names still join names found elsewhere.
 */
function singularCrosshead(sentence: Sentence): boolean {
  const last = sentence[sentence.length - 1];
  return sentence.length === 2 && (last.lexicon & (PERSON_NAME_TAGS | Tag.Place | Tag.Organization)) === 0 && !has(ORG_HEADS, last.lower) && !has(PLACE_HEADS, last.lower);
}

/**
 * A headline in Title Case: its capitals prove nothing. Besides most words being capitalised, some of them
 * (after the first) must be ordinary words ("Meet", "Over", "Budget"): a caption that lists titled names
 * ("Canadian Prime Minister Pierre Lavallee and …") is not a headline.
 */
export function isTitleCaseLine(sentence: Sentence, parts: readonly TitlePart[]): boolean {
  // A wire credit ("(Reporting by X in Y; Editing by Z)") names people in full, however capitalised.
  const by = sentence.findIndex(token => token.lower === 'by');
  if (by > 0 && by <= 2 && sentence.slice(0, by).every(token => CREDIT_WORDS.has(token.lower))) {
    return false;
  }
  // So does a picture credit ("(Photo: Dana Kelso for the Marwick Gazette)"), and a source credit lists bodies
  // ("Data: Kelso Homes, Vardo Building Society").
  if ((PHOTO_CREDIT_WORDS.has(sentence[0].lower) || DATA_CREDIT_WORDS.has(sentence[0].lower)) && /^:/.test(sentence[0].post)) {
    return false;
  }
  // So does a web byline whose name a separator ends ("By Dana Kelso | Published: 3 March"): its time stamp reads
  // like a headline's verb.
  if (isSeparatedByline(sentence) || isCommaByline(sentence) || isBareByline(sentence) || isOutletDateLine(sentence) || isBylineOfParts(sentence)) {
    return false;
  }
  if (isMasthead(sentence) || isPostLineOutlet(sentence)) {
    return false;
  }
  // "Vardo United 3 Kelso City 2": a results line (scores after capitalised sides) names its teams.
  const scores = sentence.filter((token, i) => i > 0 && /^\d{1,3}$/.test(token.text) && isCapitalised(sentence[i - 1]));
  if (scores.length >= 2) {
    return false;
  }
  const long = sentence.filter(token => token.text.length > 3 && /\p{L}/u.test(token.text));
  const nameLike = NAME_WORD_TAGS | Tag.Honorific;
  const functionWord = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Verb | Tag.Adverb | Tag.Pronoun;
  const stop = /[.!?]/.test(sentence[sentence.length - 1].post);
  const words = stop ? headlineWords(sentence) : undefined;
  // Known only by its verbs, a line ending in a full stop is a headline when every longer word is capitalised
  // ("Thomas Marlow's new book Whatever Happened to X?" is prose with a title in it).
  const share = words && words.byFunctionWords < 2 ? 1 : 0.8;
  // One headline word is enough when every longer word of a longer line is capitalised ("X Wins Y County
  // Primary."): prose never capitalises a verb or a preposition mid-sentence.
  const allCapitalised = long.length >= HEADLINE_ONE_WORD_LENGTH && long.every(isCapitalised);
  if ((words && words.score < (allCapitalised ? 1 : 2)) || sentence.length > 20 || long.length < 3 || long.filter(isCapitalised).length < long.length * share) {
    return false;
  }
  // Words of a real title chain ("Prime Minister") say nothing; a modifier without a head ("Security") does.
  const inTitle = sentence.map(() => false);
  for (let i = sentence.length - 1, headAhead = false; i >= 0; i--) {
    headAhead = parts[i] !== TitlePart.None && (isHead(parts[i]) || (headAhead && joined(sentence[i], sentence[i + 1])));
    inTitle[i] = headAhead;
  }
  // A sport's name before a title is the desk's ("Gareth Kelso, Boxing Correspondent"), though the lexicon knows it as a verb.
  const deskSport = (i: number): boolean => SPORT_NAMES.has(sentence[i].lower) && inTitle[i + 1] === true && joined(sentence[i], sentence[i + 1]);
  const ordinary = sentence.filter((token, i) => i > 0 && isCapitalised(token) && !inTitle[i] && !deskSport(i) && token.lexicon !== 0 && (token.lexicon & nameLike) === 0);
  const headline = ordinary.length >= 2 || ordinary.some(token => (token.lexicon & functionWord) !== 0 || has(SENTENCE_STARTERS, token.lower));
  return headline && !isResultsLine(sentence);
}

/**
 * "Tarrow Evening Courier", "Nursing Practice Weekly", "Kelso Wire Service" on a line of their own above or below the
 * byline: a line of two to five capitalised words, no function word or verb among them, that ends in a body's head
 * (list `org-heads`, newspapers' heads among them) or a periodical's (list `periodical-heads`) is the outlet's or the
 * desk's masthead, or a club's name atop its own website ("Kelso Rugby Club" above "Home > News > …"), a name, not a
 * Title Case headline ("Evening", "Practice" are ordinary words only inside it; "Club", a verb to the lexicon, is its head). A
 * headline has a verb or a preposition ("Courier Staff Walk Out Over Pay", "Police Hunt Gunman").
 */
export function isMasthead(sentence: Sentence): boolean {
  return mastheadEnd(sentence) >= 0;
}

/**
 * The index of a masthead's last word, or -1: the whole line, or its first part before " | " and the section labels
 * after it ("Kelso Practice Weekly | Features | Interviews", "The Vardo Courier | Sport | Rugby union": an outlet's
 * section path above the headline), an article "The" (or a tabloid's "THE") before it left off. A paper may be named by "Daily" and a word
 * of its own ("The Daily Kestrel", list `paper-name-openers`), no head noun closing it.
 */
export function mastheadEnd(sentence: Sentence): number {
  // A tabloid's masthead is set in capitals, its article too ("THE DAILY KESTREL | Showbiz").
  const start = (sentence[0]?.text === 'The' || sentence[0]?.text === 'THE') && sentence.length > 2 ? 1 : 0;
  // The separator is a token of its own ("|", "·", "›"; list section-path-separators).
  const bar = sentence.findIndex((token, i) => i > start && has(SECTION_PATH_SEPARATORS, token.text));
  const end = bar >= 0 ? bar - 1 : sentence.length - 1;
  // "TrackPulse | Integrity", "CORONET | Royals": a site named by one word of its own before its section path, a brand's
  // intercapped word or a word in capitals the lexicon does not know. A capitalised word alone is as often the first
  // section label ("Culture | Books", "Space | 25 September"), no outlet.
  if (bar >= 0 && end === start && isOneWordOutlet(sentence[start])) {
    return end;
  }
  // "Purseful › Energy › Bills", "Coinwise | Money | Mortgages": a coined word the lexicon does not know, opening the
  // line before a breadcrumb of two or more sections, is a consumer site's name; a known word ("Culture | Books") is a
  // section label.
  if (bar >= 0 && end === start && start === 0 && isCoinedOutletWord(sentence[start]) && sectionCount(sentence) >= 2) {
    return end;
  }
  // "The Lodestar | Media", "The Kestrel | Sport | Golf", "The Sentinel | Sport | Golf": after the line's article a
  // paper's one word of its own, or a newspaper's head alone (list press-heads), names it before the section path; a
  // section label opens with no article ("Culture | Books", "News | Local").
  if (bar >= 0 && end === start && start === 1 && (isArticleOutletWord(sentence[start]) || (isCapitalised(sentence[start]) && has(PRESS_HEADS, sentence[start].lower)))) {
    return end;
  }
  // "RINGSIDE RUMBLE | News | World Titles", "THE GROUND GAME | Podcast | Episode 212": a site's or a show's name of
  // two to four words set in capitals before its section path, whatever its words (no newspaper's head among them).
  if (bar >= 0 && end > start && isCapitalsOutletName(sentence.slice(start, end + 1))) {
    return end;
  }
  return isMastheadWords(sentence.slice(start, end + 1)) ? end : -1;
}

/** The most words of a masthead in capitals with no head noun (a site's or a podcast's name). */
const CAPITALS_MASTHEAD_MAX_WORDS = 4;

/**
 * Two to four words, every one in capitals and of letters, none a function word, before a section path's bar: a site's
 * or a show's masthead, set as fight-news sites and podcasts set theirs ("RINGSIDE RUMBLE | News"). A headline in
 * capitals carries a function word or a verb, and no bar after it.
 */
function isCapitalsOutletName(words: readonly Token[]): boolean {
  const notName = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun;
  // "HARBOUR & FIELD | Analysis": an ampersand joins two of its words as it joins a firm's.
  const inner = (token: Token, i: number) => token.text === '&' && i > 0 && i < words.length - 1;
  // "RIGHTS BEACON | Justice Desk": a plural noun the lexicon knows only as a verb ("rights") opening the name is no
  // headline's verb, which follows its subject ("KELSO WINS").
  const verb = (token: Token, i: number) => isInflectedVerb(token) && i > 0;
  return words.length >= 2 && words.length <= CAPITALS_MASTHEAD_MAX_WORDS
    && words.every((token, i) => inner(token, i) || (/^\p{Lu}{2,}$/u.test(token.text) && (token.lexicon & notName) === 0 && !verb(token, i)))
    && !/[.!?:]/.test(words[words.length - 1].post);
}

/** One capitalised word of letters, no function word or pronoun, ending no sentence: a paper's own word after "The" on its masthead line. */
function isArticleOutletWord(token: Token): boolean {
  const notName = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun;
  return /^\p{Lu}\p{Ll}+$/u.test(token.text) && (token.lexicon & notName) === 0 && !/[.!?:]/.test(token.post);
}

/**
 * A capitalised word of letters that neither the lexicon nor the tagger knows as a noun or a name and that ends no
 * sentence ("Purseful", "Coinwise": the tagger guesses a coined word's kind from its ending); a section's label is a
 * common noun ("Culture", "Money"), a place ("Ukraine") or an adjective or gerund the lexicon lacks ("Regional",
 * "Political", "Motoring": an adjective's or a gerund's ending).
 */
function isCoinedOutletWord(token: Token): boolean {
  const known = Tag.Noun | Tag.Place | Tag.Organization | NAME_WORD_TAGS;
  return /^\p{Lu}\p{Ll}{3,}$/u.test(token.text) && token.lexicon === 0 && ((token.tags | token.lexicon) & known) === 0
    && !ADJECTIVE_LIKE_ENDING.test(token.lower) && !/[.!?:,]/.test(token.post);
}

/** How many section-path separators the line holds ("A › B › C" holds two). */
function sectionCount(sentence: Sentence): number {
  return sentence.filter(token => has(SECTION_PATH_SEPARATORS, token.text)).length;
}

function isOneWordOutlet(token: Token): boolean {
  return /^\p{Lu}[\p{L}]+$/u.test(token.text) && (isIntercappedBrand(token) || (isAllCaps(token) && token.text.length >= 4 && token.lexicon === 0)) && !/[.!?:]/.test(token.post);
}

function isMastheadWords(sentence: Sentence): boolean {
  const words = sentence.filter(token => /\p{L}/u.test(token.text));
  const notName = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Adverb | Tag.Pronoun;
  const last = sentence[sentence.length - 1];
  const head = has(ORG_HEADS, last.lower) || has(PERIODICAL_HEADS, last.lower) || (words.length <= 3 && has(PAPER_NAME_OPENERS, sentence[0].lower));
  return words.length === sentence.length && words.length >= 2 && words.length <= 5 && words.every(isCapitalised)
    // The head itself is a noun here, though the lexicon may know it only as a verb ("Club" in "Kelso Rugby Club").
    && head && !/[.!?:]/.test(last.post) && words.every(token => (token.lexicon & notName) === 0 && (token === last || !isInflectedVerb(token)));
}

/**
 * A verb form a headline uses ("Walk", "Says", "Closed"), unless the lexicon also knows the word as a noun ("Practice")
 * or it is a trade's "-ing" form that opens periodicals' names ("Nursing", "Farming", "Mining").
 */
function isInflectedVerb(token: Token): boolean {
  return (token.lexicon & Tag.Verb) !== 0 && (token.lexicon & Tag.Noun) === 0 && !/\p{L}{3}ing$/u.test(token.lower);
}

/**
 * "… thefts rose in the U.K. He says …": a capitalised subject pronoun (quote-personal-pronouns) after an abbreviation's
 * full stop opens the next sentence, which the sentence splitter ran on; no name goes on with "He", "She" or "We".
 */
function pronounOpensSentence(left: Token, right: Token): boolean {
  return /\.$/.test(left.text) && /^\p{Lu}/u.test(right.text) && PERSONAL_PRONOUNS.has(right.lower);
}

/**
 * "A Tarrow Airways CJ-900 landed", "two Vardo TF-30 engines", "a Kelso Air A321": a model's or a type's code (one to
 * three capitals and a number, glued by a hyphen or in one word) after a name is the product's
 * label, not part of the name: the name before it (the operator, the maker) ends there. Alone the code opens its own
 * run, which the number-after evidence reads as a label.
 */
function isModelCode(sentence: Sentence, k: number): boolean {
  const token = sentence[k], next = sentence[k + 1];
  if (/^\p{Lu}{1,3}(?:\d{2,4}|-\d{1,4})\p{Lu}?$/u.test(token.text)) {
    return true;
  }
  return /^\p{Lu}{1,3}$/u.test(token.text) && token.post === '-' && next !== undefined && next.pre === '' && /^\d/.test(next.text);
}

/**
 * "the missing Tarrow Air Flight TW218": a capitalised "Flight" right before a flight's code belongs to the number,
 * not to the airline's name before it.
 */
function isFlightWord(sentence: Sentence, k: number): boolean {
  return sentence[k].lower === 'flight' && k + 1 < sentence.length && isModelCode(sentence, k + 1);
}

/**
 * "the No 9 shirt", "the Rovers No. 10", "Nos 4 and 5": an abbreviation of "number" (list number-signs) right before a
 * number of one to three digits is the sign of a shirt, a position or a rank, no name: it opens no run and ends none.
 */
export function isNumberSign(sentence: Sentence, k: number): boolean {
  const sign = sentence[k], number = sentence[k + 1];
  return sign !== undefined && number !== undefined && isCapitalised(sign) && has(NUMBER_SIGNS, sign.lower) && /^\d{1,3}$/.test(number.text)
    && /^\.?\s+$/.test(sign.post + number.pre) && !/\n/.test(sign.post);
}

/**
 * "category C HMP Ellersby", "Category B HMP Wendlow": a single capital letter right after a grading noun (list
 * class-letter-nouns) is the grade; it opens no run and ends the run of a capitalised "Category" before it, so the
 * name after it stands alone.
 */
export function isClassLetter(sentence: Sentence, k: number): boolean {
  const letter = sentence[k], noun = sentence[k - 1];
  return letter !== undefined && noun !== undefined && /^\p{Lu}$/u.test(letter.text) && has(CLASS_LETTER_NOUNS, noun.lower)
    && /^\s+$/.test(noun.post + letter.pre) && !/\n/.test(noun.post);
}

/**
 * "UPDATE 2-Soccer-Kelso Group-led consortium …": a sport (list sport-names) glued by hyphens between a news agency's
 * version marker and number (list wire-update-markers) and the headline's first word is the agency's section slug: it
 * opens no run, so the name after it is the name alone. Not a word that is no sport ("UPDATE 1-Coca-Cola …").
 */
export function isWireSlug(sentence: Sentence, k: number): boolean {
  const marker = sentence[0], version = sentence[1], slug = sentence[k], next = sentence[k + 1];
  const numbered = k === 2 && version !== undefined && /^\d{1,2}$/.test(version.text) && /^\s+$/.test(marker.post);
  return (k === 1 || numbered) && slug !== undefined && next !== undefined && marker.start === 0 && isAllCaps(marker) && has(WIRE_UPDATE_MARKERS, marker.lower)
    && (numbered ? version.post : marker.post) === '-' && slug.post === '-' && isCapitalised(slug) && isCapitalised(next) && SPORT_NAMES.has(slug.lower);
}

/**
 * "a Royal Vardo Air Force Hercules landed", "a Kelso Coast Guard Dolphin": one capitalised word right after a
 * military service's head (list military-service-heads) that closes a name of two words or more, the last of its run,
 * is the craft's type, no word of the service's name and no name of its own; so is a word the lexicon does not know
 * after a service of one word that opens the run ("Army Wyvern crashes", "a Navy Skua ditched"). Not a body's, a place's or a title's head ("Air Force Academy", "Air
 * Force Base", "Army Chief"), a number ("Air Force One"), a plural ("Army Rangers") or a word in capitals (a code).
 */
function isCraftTypeAfterService(sentence: Sentence, k: number, runStart: number): boolean {
  const head = sentence[k - 1], craft = sentence[k], after = sentence[k + 1];
  // "Army Wyvern crashes", "a Navy Skua ditched": after a service of one word opening the run, only a word the lexicon
  // does not know at all is the type (defence copy names its aircraft and vehicles after beasts and birds it may not
  // know); "the Army Reserve" keeps its known word.
  const serviceAlone = k - 1 === runStart && craft !== undefined && craft.lexicon === 0;
  return k >= 1 && craft !== undefined && isCapitalised(head) && (serviceAlone || (k >= 2 && isCapitalised(sentence[k - 2]))) && has(MILITARY_SERVICE_HEADS, head.lower)
    && isCapitalised(craft) && !isAllCaps(craft) && joined(head, craft) && /^\p{Lu}\p{Ll}+$/u.test(craft.text)
    && !has(ORG_HEADS, craft.lower) && !has(PLACE_HEADS, craft.lower) && !has(TITLE_HEADS, craft.lower) && (craft.lexicon & (Tag.Plural | Tag.Value)) === 0
    && (after === undefined || !isCapitalised(after) || !joined(craft, after));
}

/** Token indices of each run of capitalised words in the sentence. */
export function capitalRuns(sentence: Sentence, parts: readonly TitlePart[], usable: (i: number) => boolean): number[][] {
  const runs: number[][] = [];
  // "Dana Kelso Home affairs correspondent": the byline's post is no word of the name before it, nor a name itself.
  const bylinePost = bylinePostStart(sentence);
  for (let i = 0; i < sentence.length; i++) {
    if (!usable(i) || isNumberSign(sentence, i) || isWireSlug(sentence, i) || isClassLetter(sentence, i) || i === bylinePost) {
      continue;
    }
    const run = [...leadingParticles(sentence, i), i];
    let j = i;
    let craftAt: number | undefined;
    for (;;) {
      const k = j + 1;
      // "U.S.-based Vardo Systems": the name starts after the modifier, as it does after "London-based".
      if (k >= sentence.length || k === bylinePost || isGluedModifier(sentence[j]) || pronounOpensSentence(sentence[j], sentence[k]) || isModelCode(sentence, k) || isFlightWord(sentence, k) || isNumberSign(sentence, k) || isClassLetter(sentence, k)) {
        break;
      }
      if (isCraftTypeAfterService(sentence, k, run[0])) {
        craftAt = k;
        break;
      }
      // An initial opens a run only before a word that is no ordinary one ("K. Annamalai", not "option A. Then").
      const initial = joinedAfterInitial(sentence[j], sentence[k]) && (run.length > 1 || /^\p{Lu}$/u.test(sentence[k].text) || !isCommonOpener(sentence[k]));
      const across = joinAcross(sentence, j);
      if (across > 0 && usable(j + across)) {
        run.push(...range(k, j + across));
        j += across;
        continue;
      }
      const listed = listedSubjectsAfter(sentence, j, usable, run[0]);
      if (listed.length) {
        run.push(...listed);
        j = listed[listed.length - 1];
        continue;
      }
      // "Local 312", "Lodge 751": a union's branch is named by its number; the number closes the name. So does a
      // TV station's channel number after its brand ("KXBQ News 11" as much as "News 11").
      if ((run.length === 1 && (isNumberedBranch(sentence, j) || isNumberAfterStationNoun(sentence, j))) || isStationNumber(sentence, j) || (run.length > 1 && isUnionLocalNumber(sentence, j))) {
        run.push(k);
        j = k;
        break;
      }
      // "the Tarrow 2016 Host Committee": an event's year inside a body's name joins the words around it.
      if (yearInsideBodyName(sentence, j, usable)) {
        run.push(k, k + 1);
        j = k + 1;
        continue;
      }
      // "the Journalists' and Broadcasters' Union": the first plural possessive ends no name before "and" (see membersPairBeforeHead).
      if (membersPairBeforeHead(sentence, j, j + 3) && usable(j + 2) && usable(j + 3)) {
        run.push(k, j + 2, j + 3);
        j += 3;
        continue;
      }
      if (!(joined(sentence[j], sentence[k]) || joinedAfterHonorific(sentence[j], sentence[k]) || joinedAfterNameAbbreviation(sentence, j) || initial || possessiveBeforeHead(sentence, j) || possessiveOpensBodyName(sentence, j) || j < possessiveDatelineEnd(sentence) || joinedInDashedSeat(sentence, j, run[0]))) {
        break;
      }
      if (usable(k)) {
        run.push(k);
        j = k;
        continue;
      }
      const extra = continuation(sentence, j, parts, usable, run[0]);
      if (!extra.length) {
        break;
      }
      run.push(...extra);
      j = extra[extra.length - 1];
    }
    runs.push(...afterAward(sentence, run).flatMap(part => splitMakerBeforeModelCode(sentence, dropShareClass(sentence, part))));
    i = craftAt ?? j;
  }
  return runs;
}

/**
 * "A Tarrow Airways Vardo V-200 landed": an operator's name (its last word a transport trade noun, list
 * quote-operator-name-heads) and one more capitalised word right before a model's code are the operator and the
 * type's maker, two names. Yes: "a Kelso Air Marwick K-7 jet" (Kelso Air; Marwick). No: "a Tarrow Airways V-200" (one
 * name), "the Tarrow Airways Group board" (no code after).
 */
function splitMakerBeforeModelCode(sentence: Sentence, run: number[]): number[][] {
  const last = run[run.length - 1];
  if (run.length < 3 || last + 1 >= sentence.length || !isModelCode(sentence, last + 1) || !has(OPERATOR_NAME_HEADS, sentence[run[run.length - 2]].lower)) {
    return [run];
  }
  return [run.slice(0, -1), [last]];
}

/**
 * "was named Finals MVP", "Finals MVP Teodor Vranic said": an award written in capitals (list award-acronyms) closes a
 * distinction with the capitalised words before it, no name; a name after it is the holder's, its run starting after
 * the award. Yes: "Finals MVP Teodor Vranic" (Teodor Vranic), "named Finals MVP" (none). No: "Kelso MVR Group" (no
 * listed award: the run stays whole).
 */
function afterAward(sentence: Sentence, run: number[]): number[][] {
  let award = -1;
  run.forEach((at, index) => {
    if (isAllCaps(sentence[at]) && has(AWARD_ACRONYMS, sentence[at].lower)) {
      award = index;
    }
  });
  return award < 0 ? [run] : award === run.length - 1 ? [] : [run.slice(award + 1)];
}

/** Nouns after a share class's letter ("Kelso B shares", "its class A stock"; list share-class-nouns). */
const shareClassNoun = (token: Token | undefined): boolean => token !== undefined && has(SHARE_CLASS_NOUNS, token.lower);

/**
 * "Tarrow B shares rose", "Marwick's A shares": a single capital letter right before a noun of shares (list
 * share-class-nouns) is the class of the shares, not the last initial of a name, so the company's name ends before it
 * (else "Tarrow B" read as a person, and "Tarrow said" joined to it). Yes: "Kelso B shares jumped" (Kelso). No: "Dana
 * B. Kelso owns shares" (an initial with its full stop, no noun of shares right after the letter).
 */
function dropShareClass(sentence: Sentence, run: number[]): number[] {
  const last = run[run.length - 1];
  return run.length >= 2 && /^[A-Z]$/.test(sentence[last].text) && /^\s+$/.test(sentence[last].post) && shareClassNoun(sentence[last + 1])
    ? run.slice(0, -1) : run;
}

/** Most capitalised words after the year before the body's head noun ("2016 Host Committee", "2030 Games Organising Committee"). */
const MAX_WORDS_AFTER_YEAR = 3;

/**
 * "the Tarrow 2016 Host Committee", "the Kelso 2030 Organising Committee": a year of four digits between a capitalised
 * word and capitalised words that reach a body's head noun (list organisation-heads), all joined, is part of the body's
 * name (an event's host committee or organisers are named after its place and year); else the run ended at the year
 * and the head's words alone, "Host Committee", named every host committee, and linked two cities' committees.
 */
function yearInsideBodyName(sentence: Sentence, j: number, usable: (i: number) => boolean): boolean {
  const [word, year, next] = [sentence[j], sentence[j + 1], sentence[j + 2]];
  if (year === undefined || next === undefined || !isCapitalised(word) || !/^(?:1[89]|20)\d\d$/.test(year.text) || !joined(word, year)
    || !joined(year, next) || !isCapitalised(next) || !usable(j + 2)) {
    return false;
  }
  for (let at = j + 2; at <= j + 1 + MAX_WORDS_AFTER_YEAR && sentence[at] !== undefined && isCapitalised(sentence[at]); at++) {
    if (has(ORG_HEADS, sentence[at].lower)) {
      return true;
    }
    if (!joined(sentence[at], sentence[at + 1] ?? sentence[at])) {
      return false;
    }
  }
  return false;
}

/**
 * "members of Local 312", "Lodge 751 of the Kelso Machinists": a branch noun of a union (list numbered-branch-nouns),
 * capitalised, right before a number of one to five digits joined to it, is the branch's name with its number. Only
 * that noun alone opens such a name (the run starts at it), so "Route 66" or "Channel 4" are left as they were.
 */
export function isNumberedBranch(sentence: Sentence, j: number): boolean {
  const noun = sentence[j], number = sentence[j + 1];
  return number !== undefined && isCapitalised(noun) && has(NUMBERED_BRANCH_NOUNS, noun.lower) && /^\d{1,5}$/.test(number.text)
    && joined(noun, number) && (j === 0 || !isCapitalised(sentence[j - 1]) || !joined(sentence[j - 1], noun));
}

/**
 * "Teamsters Local 202", "Kelso Machinists Local 1005", "SEIU Local 32BJ": US labour copy names a union's local by
 * the union's name, "Local" and its number (digits, perhaps a few capitals after them); the number closes the name, one
 * body, which was otherwise cut before the number and read as a person ("Teamsters Local"). "Lodge" is left out here:
 * after a capitalised word it is as often a surname or a hotel's name.
 */
export function isUnionLocalNumber(sentence: Sentence, j: number): boolean {
  const noun = sentence[j], number = sentence[j + 1], before = sentence[j - 1];
  return number !== undefined && before !== undefined && noun.text === 'Local' && UNION_LOCAL_NUMBER.test(number.text)
    && joined(noun, number) && isCapitalised(before) && joined(before, noun);
}

/** A union local's number: digits, perhaps a few capitals after them ("202", "32BJ"). */
const UNION_LOCAL_NUMBER = /^\d{1,5}\p{Lu}{0,3}$/u;

/**
 * "KXBQ News 11", "News 11": a local TV station's brand noun (list numbered-station-nouns), capitalised, right before a
 * channel number of one to three digits joined to it, is closed by the number, whether the noun opens the run or ends
 * the call letters before it.
 */
export function isStationNumber(sentence: Sentence, j: number): boolean {
  const noun = sentence[j], number = sentence[j + 1];
  return number !== undefined && isCapitalised(noun) && has(NUMBERED_STATION_NOUNS, noun.lower) && /^\d{1,3}$/.test(number.text) && joined(noun, number)
    && !countsTimeAfter(sentence, j + 1);
}

/**
 * "left Kelso News 15 years ago", "ran Vardo News 11 months": a number that a unit of time follows (list
 * numbers-time-units, singular or plural) counts that time, no channel number, so it closes no name.
 */
function countsTimeAfter(sentence: Sentence, at: number): boolean {
  const unit = sentence[at + 1];
  return unit !== undefined && /^\s+$/.test(sentence[at].post) && /^\p{Ll}/u.test(unit.text) && TIME_UNITS.has(unit.lower.replace(/s$/, ''));
}

/**
 * "the talk station Talk 99", "the music channel Vardo 24": after a lower-case noun of a station or a channel (list
 * station-cue-nouns), one capitalised word and a number of one to three digits joined to it are the station's name,
 * closed by the number (which otherwise reads as a person's age). Not "the station Ana Kell, 44," (a known first name).
 */
export function isNumberAfterStationNoun(sentence: Sentence, j: number): boolean {
  const [cue, word, number] = [sentence[j - 1], sentence[j], sentence[j + 1]];
  return cue !== undefined && number !== undefined && has(STATION_CUE_NOUNS, cue.text) && /^\s+$/.test(cue.post)
    && isCapitalised(word) && !isAllCaps(word) && (word.lexicon & Tag.FirstName) === 0 && /^\d{1,3}$/.test(number.text) && joined(word, number) && !countsTimeAfter(sentence, j + 1);
}

/**
 * "St Edwy's Primary School", "St Olave's General Hospital": a saint's possessive, then one capitalised word and an
 * organisation's head noun joined to it, is inside the body's name (the possessive joins a head right after it by
 * `joined`). Only after "St"/"Saint": a town's or a person's possessive ("Tarlow's City Council", "Vardo's Film
 * Society") says whose the body is.
 */
function possessiveBeforeHead(sentence: Sentence, j: number): boolean {
  const [saint, left, word, head] = [sentence[j - 1], sentence[j], sentence[j + 1], sentence[j + 2]];
  return saint !== undefined && /^(?:St|Saint|Ste)$/.test(saint.text) && left !== undefined && word !== undefined && head !== undefined
    && /['’]s$/.test(left.text) && isCapitalised(left)
    && isCapitalised(word) && !isPossessive(word) && isCapitalised(head) && has(ORG_HEADS, head.lower) && !has(ORG_HEADS, word.lower)
    && /^\s+$/.test(left.post + word.pre) && joined(word, head) && ((left.tags | left.lexicon) & Tag.Place) === 0;
}

/** Most capitalised words from a possessive that opens a body's name to the body's head ("Women's Rowing Coaches Association"). */
const MAX_WORDS_TO_HEAD_AFTER_POSSESSIVE = 3;

/**
 * "the Women's Rowing Association", "the Veterans' Mental Health Trust": a people's plural in the possessive (list
 * people-possessive-openers with "'s", or a listed members' plural, list member-plurals, with the bare apostrophe) opens
 * the body's name when capitalised words joined after it reach an organisation's head (list org-heads) within a few
 * words. A town's or a person's possessive ("Kelso's Rowing Association") still says whose the body is, and without a
 * head ("the Women's World Cup") the possessive joins nothing.
 */
function possessiveOpensBodyName(sentence: Sentence, j: number): boolean {
  const left = sentence[j];
  if (left === undefined || !isCapitalised(left) || isAllCaps(left) || /\n/.test(left.post)) {
    return false;
  }
  const opener = /['’]s$/.test(left.text) ? has(PEOPLE_POSSESSIVE_OPENERS, left.lower) : /^['’]\s+$/.test(left.post) && has(MEMBER_PLURALS, left.lower);
  const right = sentence[j + 1];
  if (!opener || right === undefined || !/^\s+$/.test(left.post.replace(/^['’]/, '') + right.pre)) {
    return false;
  }
  for (let k = j + 1; k <= j + MAX_WORDS_TO_HEAD_AFTER_POSSESSIVE && k < sentence.length; k++) {
    const word = sentence[k];
    if (!isCapitalised(word) || isAllCaps(word) || isPossessive(word) || (k > j + 1 && !joined(sentence[k - 1], word))) {
      return false;
    }
    if (k > j + 1 && has(ORG_HEADS, word.lower)) {
      return true;
    }
  }
  return false;
}

/**
 * "the MP for Tarrow—Morgan Lakes", "the riding of Harlow—Kelly Ridge", "voters in Marwick—Ashley Vale": Canadian
 * ridings and other compound districts join two places' names with an unspaced em dash; after a preposition of place
 * or of a seat, the dash joins them into one name (a place), and the half after it is no person's ("Kelly Ridge").
 * Only the em dash: an en dash joins two sides or two towns in a fixture or a route ("the Kelso–Vardo derby"). No:
 * "said Kelso—Dana Wrede, his aide—" (no preposition before the run), "for Kelso—and …" (lower case after the dash).
 */
function joinedInDashedSeat(sentence: Sentence, j: number, runStart: number): boolean {
  // "In Marwick—Ashley Vale, …": a capitalised preposition opening the sentence opens the run too.
  const opening = has(SEAT_PREPOSITIONS, sentence[runStart].lower) && runStart < j;
  const [left, right, before] = [sentence[j], sentence[j + 1], sentence[opening ? runStart : runStart - 1]];
  return right !== undefined && before !== undefined && left.post + right.pre === '—' && isCapitalised(left) && isCapitalised(right)
    && !isAllCaps(left) && !isAllCaps(right) && has(SEAT_PREPOSITIONS, before.lower) && /^\s+$/.test(before.post);
}

/** Particles that open a surname used alone ("… von der Lahn's party", "… al-Qarira said"). */
function leadingParticles(sentence: Sentence, i: number): number[] {
  let k = i;
  while (k > 0 && isParticle(sentence[k - 1]) && joined(sentence[k - 1], sentence[k])) {
    k--;
  }
  if (k === i || (k > 0 && isCapitalised(sentence[k - 1]) && joined(sentence[k - 1], sentence[k]))) {
    return [];
  }
  return i - k >= 2 || LEADING_PARTICLES.has(sentence[k].lower) ? range(k, i - 1) : [];
}

/** Lower-case words that continue a name: particles, a title's department, "of"/"and" inside an organisation's name. */
function continuation(sentence: Sentence, j: number, parts: readonly TitlePart[], usable: (i: number) => boolean, runStart?: number): number[] {
  if (parts[j + 1] === TitlePart.Complement) {
    return complementAfter(sentence, j, parts, usable);
  }
  const placeJoint = placeJointAfter(sentence, j, parts, usable);
  if (placeJoint.length) {
    return placeJoint;
  }
  if (isNameSyllable(sentence, j)) {
    return [j + 1];
  }
  // "Marwick Ports plc": a legal form in lower case ends the company's name.
  if (has(LOWER_CASE_LEGAL_FORMS, sentence[j + 1].text)) {
    return [j + 1];
  }
  const particles = particlesAfter(sentence, j, usable);
  if (particles.length) {
    return particles;
  }
  const irish = irishArticleAfter(sentence, j, usable, runStart);
  if (irish.length) {
    return irish;
  }
  const french = frenchArticleAfter(sentence, j, usable, runStart);
  if (french.length) {
    return french;
  }
  const maori = maoriOfAfter(sentence, j, usable, runStart);
  if (maori.length) {
    return maori;
  }
  const adjective = bodyAdjectiveAfter(sentence, j, usable, runStart);
  if (adjective.length) {
    return adjective;
  }
  const spelled = lowerCaseWordSpelledOut(sentence, j, usable, runStart);
  if (spelled.length) {
    return spelled;
  }
  const word = sentence[j + 1].lower;
  if (word === 'of' || word === 'for' || word === 'on') {
    return ofForAfter(sentence, j, usable, runStart);
  }
  if (word === 'the') {
    return campaignObjectAfter(sentence, j, usable, runStart);
  }
  if (word === 'to') {
    return aimAfter(sentence, j, usable);
  }
  if (word === 'in') {
    const mission = missionPlaceAfter(sentence, j, usable, runStart);
    return mission.length > 0 ? mission : remitFieldAfter(sentence, j, usable, runStart);
  }
  return word === 'and' || sentence[j + 1].text === '&' ? conjunctionAfter(sentence, j, usable, runStart) : [];
}

/** How many capitalised words may follow a lower-case word inside a body's name before its bracketed abbreviation. */
const MAX_WORDS_AFTER_INNER_LOWER_CASE = 4;

/**
 * "the Vardo and Kelso products Safety Agency (VKSA)", "the Court of Appeal for Rowing (CAR)": one lower-case word (a
 * function word too) inside a body's name, proven by the
 * abbreviation in brackets right after the name, whose letters are the initials of the name's capitalised words.
 * The word and the capitalised words after it (the indices), or none. No: "the Vardo and Kelso products Safety Agency
 * said" (no abbreviation), "Vardo sells products Kelso Agency (VKA)" (initials of the words from "Vardo" do not spell it).
 */
function lowerCaseWordSpelledOut(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const inner = sentence[j + 1];
  if (runStart === undefined || !inner || !joined(sentence[j], inner) || !/^\p{Ll}{3,}$/u.test(inner.text)) {
    return [];
  }
  let m = j + 1;
  while (m + 1 < sentence.length && m - j <= MAX_WORDS_AFTER_INNER_LOWER_CASE && usable(m + 1) && isCapitalised(sentence[m + 1]) && joined(sentence[m], sentence[m + 1])) {
    m++;
  }
  const abbreviation = sentence[m + 1];
  if (m === j + 1 || !abbreviation || !/\(\s*$/.test(sentence[m].post + abbreviation.pre) || !/^\)/.test(abbreviation.post) || !isAllCaps(abbreviation)) {
    return [];
  }
  return spellsAbbreviation(sentence, m + 1, abbreviation.text) && !spelledAfter(sentence, j + 2, m, abbreviation.text) ? range(j + 1, m) : [];
}

/**
 * "German charity Open Sea Rescue (OSR)": the capitalised words after the lower-case word spell the abbreviation on their
 * own, so the lower-case word ("charity") is no word of the name but a noun that describes it.
 */
function spelledAfter(sentence: Sentence, from: number, to: number, abbreviation: string): boolean {
  return range(from, to).filter(index => isCapitalised(sentence[index])).map(index => sentence[index].text[0]).join('') === abbreviation;
}


/**
 * Whether the initials of the name ending before tokens[end] spell the abbreviation: its capitalised words, read
 * leftwards across lower-case words of the name and the function words that give no letter, until they do.
 */
function spellsAbbreviation(sentence: Sentence, end: number, abbreviation: string): boolean {
  let initials = '';
  for (let k = end - 1; k >= 0 && initials.length < abbreviation.length && (k === end - 1 || joined(sentence[k], sentence[k + 1])); k--) {
    const token = sentence[k];
    if (isCapitalised(token)) {
      initials = token.text[0] + initials;
      if (!abbreviation.endsWith(initials)) {
        return false;
      }
    } else if (!UNLETTERED_NAME_WORDS.has(token.lower) && !/^\p{Ll}{3,}$/u.test(token.text)) {
      return false;
    }
  }
  return initials === abbreviation;
}

/** A title's department ("Minister for Europe"), and the capitalised word right after it when joined. */
function complementAfter(sentence: Sentence, j: number, parts: readonly TitlePart[], usable: (i: number) => boolean): number[] {
  const k = j + 1;
  let m = k;
  while (m + 1 < sentence.length && parts[m + 1] === TitlePart.Complement) {
    m++;
  }
  return m + 1 < sentence.length && usable(m + 1) && joined(sentence[m], sentence[m + 1]) ? range(k, m + 1) : range(k, m);
}

/**
 * "Stoke-on-Trent City Council", "Newcastle-under-Lyme Borough Council", "Ashby-de-la-Zouch": lower-case joints of a
 * town's hyphened name (list place-name-joints) between capitalised words go on with the name, so a body named after
 * the town keeps the town's whole name (without this the run began at the word after the last joint, "Trent City Council").
 */
function placeJointAfter(sentence: Sentence, j: number, parts: readonly TitlePart[], usable: (i: number) => boolean): number[] {
  let m = j + 1;
  while (m < sentence.length && has(PLACE_NAME_JOINTS, sentence[m].text) && hyphenated(sentence[m - 1], sentence[m])) {
    m++;
  }
  // "Colonel-in-Chief", "Editor-in-Chief": title words joined so are a title, no town.
  const title = parts[j] !== TitlePart.None || parts[m] !== TitlePart.None;
  return m > j + 1 && m < sentence.length && !title && hyphenated(sentence[m - 1], sentence[m]) && isCapitalised(sentence[m]) && usable(m) ? range(j + 1, m) : [];
}

/**
 * One romanised syllable: one run of vowels ("won", "woon", "hee", "kyeong", "wen"). The second half of a hyphened
 * given name is one ("Hae-won", "Ing-wen"); an English word after a hyphen mostly has two or more ("Box-office",
 * "Portuguese-language", "Kelso-trained"), which makes a compound modifier, no name; a body's hyphened head noun
 * ("Co-operative", list org-heads) still joins its name.
 */
const ONE_SYLLABLE = /^[^aeiouy]*[aeiouy]+[^aeiouy]*$/;

/**
 * "Cho Hae-won", "Lee Sang-woon": a lower-case syllable after a hyphen belongs to the name ("Nato-like" does not, nor
 * does a word of two syllables or more, "Box-office";
 * "Kim Jae-won": a short syllable may also be an English verb; "Commander-in-Chief", "Stoke-on-Trent": a
 * syllable hyphened on to a further word is a compound's joint).
 */
function isNameSyllable(sentence: Sentence, j: number): boolean {
  const syllable = sentence[j + 1];
  const wordLike = (syllable.lexicon & (Tag.Verb | Tag.Adjective)) !== 0 && !(syllable.text.length <= 3 && (syllable.lexicon & Tag.Adjective) === 0);
  const joint = j + 2 < sentence.length && hyphenated(syllable, sentence[j + 2]);
  // "Ex-school official charged", "Anti-tax group sues": a prefix (list hyphen-prefixes) before an English word the
  // lexicon knows is a capitalised opener of a common phrase, not a name with a syllable ("Cho Hae-won", "the Co-op").
  const prefixed = has(HYPHEN_PREFIXES, sentence[j].lower) && syllable.lexicon !== 0;
  // "Kelso-ji": a suffix of respect (list respect-suffixes) is no syllable of the name, which ends at the hyphen.
  // "Runner-up X", "Stand-in X": an English noun or verb (one the lexicon knows, or an agent noun in "-er", which it
  // mostly does not) and a particle (list compound-noun-particles) make a common compound noun.
  const compound = has(COMPOUND_NOUN_PARTICLES, syllable.lower) && ((sentence[j].lexicon & (Tag.Noun | Tag.Verb)) !== 0 || /\p{Ll}ers?$/u.test(sentence[j].text));
  return hyphenated(sentence[j], syllable) && /^\p{Ll}+$/u.test(syllable.text) && !has(MODIFIER_SUFFIXES, syllable.lower) && !has(RESPECT_SUFFIXES, syllable.lower)
    && !wordLike && !joint && !prefixed && !compound
    && (ONE_SYLLABLE.test(syllable.lower) || has(ORG_HEADS, `${sentence[j].lower}-${syllable.lower}`));
}

/**
 * "Orchestre national de Tarrow", "Teatro comunale di Vardo": a lower-case adjective of a body's name (list
 * body-name-adjectives) right after the head noun that opens the run (list org-heads-first), then particles and a
 * capitalised word, continue the one name; without the opener or the particle after it the adjective ends the run.
 */
function bodyAdjectiveAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  if (runStart !== j || j + 2 >= sentence.length || !has(ORG_HEADS_FIRST, sentence[j].lower) || !has(BODY_NAME_ADJECTIVES, sentence[j + 1].text)
    || !joined(sentence[j], sentence[j + 1])) {
    return [];
  }
  const rest = particlesAfter(sentence, j + 1, usable);
  return rest.length ? [j + 1, ...rest] : [];
}

/**
 * "Te Rūnanga o Ngāi Kelso", "Te Wānanga o Vardo": in a name opened by "Te", the Māori "o" (of) and the capitalised
 * word after it go on with the name; elsewhere a lower-case "o" ends the run as before. No: "Kelso o Vardo" (no "Te").
 */
function maoriOfAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const [of, word] = [sentence[j + 1], sentence[j + 2]];
  return runStart !== undefined && j > runStart && of !== undefined && word !== undefined && sentence[runStart].text === 'Te' && of.text === 'o'
    && joined(sentence[j], of) && joined(of, word) && isCapitalised(word) && usable(j + 2) ? [j + 1, j + 2] : [];
}

/** An Irish word with a mutation before its capital ("gCluichí", "hÉireann", "nÓg", "mBan", "bhFear", "tSlí"). */
const MUTATED_IRISH_WORD = /^(?:bhf|bh|dh|gh|mh|bp|dt|gc|mb|nd|ng|n-|t-|h|n|t|g|b|d|m)\p{Lu}\p{Ll}+$/u;

/**
 * "Comhairle na gCluichí Gaelacha", "Conradh na Gaeilge", "Ollscoil na hÉireann": in a name opened by an Irish head
 * (list irish-body-openers), the Irish article "na" or "an" and the word after it (capitalised, or lower case only in
 * its mutation, "gCluichí") go on with the name; elsewhere "na" ends the run as before.
 */
function irishArticleAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const [article, word] = [sentence[j + 1], sentence[j + 2]];
  if (runStart === undefined || article === undefined || word === undefined || !has(IRISH_BODY_OPENERS, sentence[runStart].lower)
    || (article.text !== 'na' && article.text !== 'an') || !joined(sentence[j], article) || !joined(article, word)) {
    return [];
  }
  return usable(j + 2) || MUTATED_IRISH_WORD.test(word.text) ? [j + 1, j + 2] : [];
}

/**
 * "Bureau National des Vins de Tarrow", "Comité des Fêtes de Vardo": French "des"/"aux" (list french-body-articles) go on
 * with a body's name, up to the capitalised word after them, only inside a run a body's head noun opened (list
 * org-heads-first); elsewhere "des" ends the run ("Promenade des Anglais" is a street).
 */
function frenchArticleAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const [article, word] = [sentence[j + 1], sentence[j + 2]];
  // A sentence's opening "The" starts the run before the head ("The Bureau National des …").
  const head = runStart !== undefined && sentence[runStart].lower === 'the' ? runStart + 1 : runStart;
  if (head === undefined || head > j || article === undefined || word === undefined || !has(ORG_HEADS_FIRST, sentence[head].lower)
    || !has(FRENCH_BODY_ARTICLES, article.text) || !joined(sentence[j], article) || !joined(article, word)) {
    return [];
  }
  return usable(j + 2) ? [j + 1, j + 2] : [];
}

/** Name particles before a further capitalised word ("Charles de Vautrin"), with that word. */
function particlesAfter(sentence: Sentence, j: number, usable: (i: number) => boolean): number[] {
  const k = j + 1;
  let m = k;
  while (m < sentence.length && isParticle(sentence[m]) && joined(sentence[m - 1], sentence[m])) {
    m++;
  }
  return m > k && m < sentence.length && usable(m) && joined(sentence[m - 1], sentence[m]) ? range(k, m) : [];
}

/** Whether the run from `runStart` to before `j` already holds an organisation's "of"/"for" joint ("Institute for the Study"). */
function insideOrgJoint(sentence: Sentence, j: number, runStart: number | undefined, heads: readonly WordList[]): boolean {
  if (runStart === undefined) {
    return false;
  }
  return sentence.slice(runStart, j).some((token, offset) => (token.lower === 'of' || token.lower === 'for') && offset > 0
    && heads.some(list => has(list, sentence[runStart + offset - 1].lower)));
}

/**
 * "Concerned Parents of Arnfield, a campaign group,": a plural of people who form advocacy groups (list
 * group-members-before-for) after a capitalised word of mood (an adjective or a participle), before "of", with a
 * campaign's cue near (words.ts campaignCueNear), opens the group's name; "Parents of Arnfield pupils" are parents.
 */
function campaignOfPeople(sentence: Sentence, j: number, causeAt: number): boolean {
  const mood = sentence[j - 1];
  return has(GROUP_MEMBERS_BEFORE_FOR, sentence[j].lower) && mood !== undefined && isCapitalised(mood) && joined(mood, sentence[j])
    && ((mood.lexicon & Tag.Adjective) !== 0 || /\p{Ll}ed$/u.test(mood.text)) && campaignCueNear(sentence, j - 1, causeAt);
}

/**
 * "Parents for Safe Streets", "Citizens for Clean Harbors": a capitalised plural of people before "for" opens an advocacy
 * group's name when the word after "for" is no person's or place's name ("Voters for Kelso" stay voters and a person);
 * "Friends of Kelso Woods": one before "of" (list group-members-before-of) when the word after it is no person's name.
 */
export function advocacyGroupJoint(sentence: Sentence, j: number, causeAt: number): boolean {
  const next = sentence[causeAt];
  if (!isCapitalised(sentence[j]) || next === undefined || !isCapitalised(next)) {
    return false;
  }
  // "Friends of Kelso Woods", "Friends of Marwick": a group of "of" may be named after a place, never after a person.
  if (sentence[j + 1]?.lower === 'of') {
    return (has(GROUP_MEMBERS_BEFORE_OF, sentence[j].lower) || campaignOfPeople(sentence, j, causeAt)) && ((next.lexicon | next.tags) & (Tag.FirstName | Tag.Person | Tag.Honorific)) === 0;
  }
  // "Lawyers for Oberwald said …" are someone's lawyers: a group of those who act for others names its cause by a common
  // word ("Lawyers for Equal Rights"), never by a word the lexicon does not know.
  const actsForOthers = has(ACTING_FOR_PLURALS, sentence[j].lower) && (next.lexicon & (Tag.Noun | Tag.Adjective)) === 0;
  // "Fair Deal for Dairy", "Justice for Growers": a campaign named by what it asks for (list cause-nouns-before-for).
  const opener = has(GROUP_MEMBERS_BEFORE_FOR, sentence[j].lower) || has(CAUSE_NOUNS_BEFORE_FOR, sentence[j].lower);
  return opener && !actsForOthers && ((next.lexicon | next.tags) & (PERSON_NAME_TAGS | Tag.Place | Tag.Demonym)) === 0;
}


/**
 * "City of Kelso Council", "Port of Tarrow Authority", "Isle of Vardo Council": a place's own name written "<place noun>
 * of X" (list place-nouns-before-of, capitalised) opening a body's name that ends, after X, in a body's head: the whole
 * is the body; "the Port of Tarrow" alone stays a place, and "the City of Kelso" before no head as well.
 */
function placeNamedBodyJoint(sentence: Sentence, j: number, placeAt: number, usable: (i: number) => boolean): boolean {
  if (!isCapitalised(sentence[j]) || !has(PLACE_NOUNS_BEFORE_OF, sentence[j].lower) || !usable(placeAt)) {
    return false;
  }
  let end = placeAt;
  while (end + 1 < sentence.length && usable(end + 1) && joined(sentence[end], sentence[end + 1])) {
    end++;
  }
  return end > placeAt && has(ORG_HEADS, sentence[end].lower);
}

/**
 * "Kelso for Senate", "Dana Kelso for Governor": a name of one or two words, then "for" and a capitalised office (list
 * campaign-offices) that ends the run, is a candidate's campaign committee. Not after a verb ("endorsed Kelso for
 * Senate" backs the candidate) nor after a title ("Sen. Kelso for Senate" is no committee's name) right before it; a
 * comma between ("her campaign, Kelso for Senate,") leaves it an appositive.
 */
function campaignCommitteeJoint(sentence: Sentence, j: number, runStart: number | undefined): boolean {
  const office = sentence[j + 2], after = sentence[j + 3], start = runStart ?? j;
  const before = sentence[start - 1];
  return office !== undefined && isCapitalised(office) && has(CAMPAIGN_OFFICES, office.lower) && j - start <= 1
    && !(after !== undefined && isCapitalised(after) && joined(office, after)) && isCapitalised(sentence[j]) && !isPossessive(sentence[j])
    && sentence.slice(start, j + 1).every(token => isCapitalised(token) && !isHonorific(token))
    && (before === undefined || !joined(before, sentence[start]) || ((before.tags & Tag.Verb) === 0 && !isHonorific(before)));
}

/**
 * "Bank of England", "Institute for the Study of War", "Commission on Presidential Debates": "of"/"for"/"on" after a noun organisations are named with
 * ("of" also when the run is already inside such a name), with an optional "the" and the capitalised word after.
 */
function ofForAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const k = j + 1, word = sentence[k].lower;
  const heads = word === 'of' ? ORG_HEADS_BEFORE_OF : word === 'for' ? ORG_HEADS_BEFORE_FOR : ORG_HEADS_BEFORE_ON;
  const m = sentence[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  // "Board of Control for Cricket": a second joint, "for", goes on inside a body's name already joined by "of" when a
  // common word, the body's remit, follows it; a place or a name ("the Institute of Directors for Marwick") may be whom it acts for.
  const cause = word !== 'for' || !has(ORG_HEADS_BEFORE_FOR_CAUSE, sentence[j].lower) || (m < sentence.length && looksCommon(sentence[m]));
  const continues = (has(heads, sentence[j].lower) && cause) || (word === 'of' && insideOrgJoint(sentence, j, runStart, [ORG_HEADS_BEFORE_OF, ORG_HEADS_BEFORE_FOR]))
    || (word === 'for' && m < sentence.length && looksCommon(sentence[m]) && insideOrgJoint(sentence, j, runStart, [ORG_HEADS_BEFORE_OF]))
    || (word === 'for' && (advocacyGroupJoint(sentence, j, m) || campaignCommitteeJoint(sentence, j, runStart))) || (word === 'of' && advocacyGroupJoint(sentence, j, m))
    || (word === 'of' && placeNamedBodyJoint(sentence, j, m, usable));
  if (!continues) {
    return [];
  }
  // "The Commission on Tuesday said": a day or a date after "on" is when, not the body's subject.
  const when = word === 'on' && m < sentence.length && ((sentence[m].tags | sentence[m].lexicon) & (Tag.Date | Tag.Value)) !== 0;
  return m < sentence.length && usable(m) && joined(sentence[m - 1], sentence[m]) && !when ? range(k, m) : [];
}

/**
 * "Campaign to Protect Rural Vardo", "Committee to Protect Tarrow Reporters": "to" after a campaigning body's noun (list
 * org-heads-before-to) and a capitalised word the lexicon knows as a verb, in its plain form and as no name, go on
 * with the body's name: its aim. "spoke to Tom Wrede", "a grant to Marwick Rovers" and "the Committee to Vardo" have
 * no verb after "to" (or no body's noun before it) and stay apart.
 */
function aimAfter(sentence: Sentence, j: number, usable: (i: number) => boolean): number[] {
  const k = j + 1, verb = sentence[k + 1];
  const nameLike = NAME_WORD_TAGS | Tag.Acronym;
  const aim = verb !== undefined && isCapitalised(sentence[j]) && has(ORG_HEADS_BEFORE_TO, sentence[j].lower) && usable(k + 1)
    && joined(sentence[k], verb) && isPlainVerb(verb) && (verb.lexicon & nameLike) === 0;
  return aim ? [k, k + 1] : [];
}

/**
 * "United Nations Stabilization Mission in Vardonia", "EU Training Mission in Kelsoland": "in" after a mission's noun
 * (list org-heads-before-in) and the capitalised place it serves go on with the mission's name, the name its
 * abbreviation spells ("MINUVAR"). A date or a figure after "in" ("the Mission in March said") is when, not where.
 */
function missionPlaceAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const k = j + 1, place = sentence[k + 1];
  const named = has(ORG_HEADS_BEFORE_IN, sentence[j].lower) || movementCauseBefore(sentence, j, runStart);
  const here = place !== undefined && isCapitalised(sentence[j]) && named && usable(k + 1)
    && joined(sentence[k], place) && ((place.tags | place.lexicon) & (Tag.Date | Tag.Value)) === 0;
  return here ? [k, k + 1] : [];
}

/**
 * "the Office for Standards in Education", "the Committee on Standards in Public Life", "the Centre for Excellence in
 * Teaching": a body's remit after "for"/"on" goes on with "in" and the field it covers, a capitalised common word the
 * lexicon knows (isCommonWord), no place's and no name's. A place after "in" is where the body sits, not its name ("the Centre for Policy Studies in
 * Kelso said").
 */
function remitFieldAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const k = j + 1, field = sentence[k + 1];
  if (runStart === undefined || field === undefined || !isCapitalised(sentence[j]) || !usable(k + 1) || !joined(sentence[k], field)) {
    return [];
  }
  const remit = sentence.slice(runStart + 1, j).some((token, offset) => (token.lower === 'for' && has(ORG_HEADS_BEFORE_OF, sentence[runStart + offset].lower))
    || (token.lower === 'on' && has(ORG_HEADS_BEFORE_ON, sentence[runStart + offset].lower)));
  return remit && isCommonWord(field) && ((field.tags | field.lexicon) & (Tag.Place | Tag.Date | Tag.Value)) === 0 ? [k, k + 1] : [];
}

/**
 * "Front for Unity and Renewal in Vardonia": the run up to `j` is an armed or political movement's name joined by "for"
 * to its cause (list movement-heads-before-in, a word or more after "for"), so "in" and a place go on with the name.
 */
function movementCauseBefore(sentence: Sentence, j: number, runStart: number | undefined): boolean {
  if (runStart === undefined) {
    return false;
  }
  return sentence.slice(runStart + 1, j).some((token, offset) => token.lower === 'for'
    && has(MOVEMENT_HEADS_BEFORE_IN, sentence[runStart + offset].lower) && isCapitalised(sentence[runStart + offset]));
}

/** Most words between the comma after a command-named body and the body noun of its appositive ("Stop the X, a local campaign group,"). */
const MAX_APPOSITIVE_BODY_WORDS = 3;

/**
 * At the sentence's start, what shows that "Verb the X" is a body's name and no command: a reporting verb right after
 * it ("Save the Children said …"), a verb in a form no command takes ("Feed the Valley handed out …", "Rescue the X has
 * closed …"), or an appositive naming a kind of body ("Stop the Pylons, a campaign group, …", a body's head or an
 * appositive's body noun).
 */
function actsAsSubject(sentence: Sentence, object: number): boolean {
  const next = sentence[object + 1];
  if (next === undefined) {
    return false;
  }
  if (/^,\s+$/.test(sentence[object].post) && ARTICLES.has(next.lower)) {
    return sentence.slice(object + 2, object + 2 + MAX_APPOSITIVE_BODY_WORDS)
      .some((word, k) => isBodyAppositiveNoun(sentence, object + 2 + k) || (!isCapitalised(word) && has(ORG_HEADS, word.lower)));
  }
  const finite = /^(?:has|have|is|was|were|will|says)$/.test(next.lower) || (/\p{Ll}{2}ed$/u.test(next.text) && ((next.lexicon | next.tags) & Tag.Verb) !== 0);
  // "Feed the Valley, whose patron is …", "Rescue the X - whose …": a relative clause of a body's own.
  const whose = next.lower === 'whose' && /^\s*[,–—-]\s+$/.test(sentence[object].post);
  // "Rescue the X chief executive resigns": a post's lower-case title noun right after the name is the body's post.
  const post = !isCapitalised(next) && has(TITLE_HEADS, next.lower) && joined(sentence[object], next);
  // "Stop the Bypass campaigners gathered": the group's people named right after it (list campaign-member-plurals).
  const members = !isCapitalised(next) && has(CAMPAIGN_MEMBER_PLURALS, next.lower) && joined(sentence[object], next);
  return whose || post || members || (joined(sentence[object], next) && (has(SPEECH_VERBS, next.lower) || finite));
}

/**
 * "Save the Children", "Stop the Clock Coalition", "Rock the Vote", "Rescue the Otters": a charity or a campaign named
 * by a command — a capitalised verb in its plain form (or one of list command-name-verbs the lexicon does not hold as a
 * verb), standing alone inside the sentence (capitalised only because it names something), then "the" and a
 * capitalised word — is one name. At the sentence's start, where any command is capitalised ("Save the Date cards …"),
 * only where the name acts as the subject (actsAsSubject); never after a colon or a line break.
 */
function campaignObjectAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const verb = sentence[j], before = sentence[j - 1], object = sentence[j + 2];
  const nameLike = NAME_WORD_TAGS | Tag.Acronym;
  const speaks = object !== undefined && actsAsSubject(sentence, j + 2);
  // "appeared on Meet the Voters", "the network's Face the Panel": a programme, no body, is named so after "on" or an owner.
  const programme = before !== undefined && (before.lower === 'on' || isPossessive(before));
  const inside = before !== undefined && !programme && !/[:\n]/.test(before.post) && !/^["“‘']/.test(verb.pre);
  const command = runStart === j && (inside || (j === 0 && speaks)) && isCapitalised(verb)
    && ((((verb.lexicon | verb.tags) & Tag.Verb) !== 0 && isPlainVerb(verb)) || has(COMMAND_NAME_VERBS, verb.lower)) && ((verb.lexicon | (verb.tags & Tag.Date)) & (nameLike | Tag.Date | Tag.Value)) === 0
    // "As The Post reported", "Like the Vardo side": a preposition or a conjunction the lexicon also knows as a verb.
    && (verb.lexicon & (Tag.Preposition | Tag.Conjunction | Tag.Adverb | Tag.Determiner | Tag.Pronoun)) === 0;
  return command && object !== undefined && usable(j + 2) && joined(sentence[j + 1], object) ? [j + 1, j + 2] : [];
}

/**
 * A word that may be a verb's plain form after "to": the lexicon knows it as a verb, or as a common noun only (it holds
 * "End", "Stop" as nouns), never with a third person's, a past's or a plural's ending.
 */
export function isPlainVerb(token: Token): boolean {
  return (token.lexicon & (Tag.Verb | Tag.Noun)) !== 0 && (token.lexicon & (Tag.Plural | Tag.ProperNoun)) === 0 && !/(?:s|ed|ing)$/.test(token.lower);
}

/** Endings of nouns of a body's remit the lexicon may not hold ("Industry", "Forestry", "Agriculture"), on a word not known as a name. */
const SUBJECT_NOUN_ENDING = /(?:try|ture)$/;

/** A capitalised common word that may be one subject of a body's remit ("Trade", "Pensions", "Industry"): not a name, a date or a figure. */
function isSubjectWord(token: Token, usable: boolean): boolean {
  const name = PERSON_NAME_TAGS | Tag.Place | Tag.Organization | Tag.Acronym;
  const common = looksCommon(token) || ((token.lexicon & name) === 0 && SUBJECT_NOUN_ENDING.test(token.lower));
  return usable && isCapitalised(token) && common && ((token.tags | token.lexicon) & (Tag.Date | Tag.Value)) === 0;
}

/** Most words in one subject of a body's remit ("Rural Affairs", "Climate Change", "Industrial Strategy"). */
const MAX_SUBJECT_WORDS = 3;

/**
 * "Ministry of Economy, Trade and Industry", "Committee on Harbours, Fisheries, Roads and Canals", "Department for
 * Environment, Food and Rural Affairs", "Ministry of Environment, Forest and Climate Change": after a body's "of" /
 * "for" / "on" and its first subject, a comma, more subjects (with commas) and "and" one more, the name ending there,
 * are the subjects of one body's remit. A subject is one to three capitalised common words. Names, places and acronyms
 * in the list are bodies side by side ("the Ministry of Defence, Oxfam and Unicef"), and a last subject that goes on
 * into a capitalised word or ends in a body's noun ("…, Treasury and State Department") is another body's name.
 */
function listedSubjectsAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const common = (i: number) => i < sentence.length && (isSubjectWord(sentence[i], usable(i)) || isCommonByEnding(sentence[i], usable(i)));
  const subject = (i: number) => common(i) || (i < sentence.length && (isUnknownWord(sentence[i], usable(i)) || isGerundParticle(sentence, i, usable(i))));
  const comma = (i: number) => /^,\s+$/.test(sentence[i].post);
  if (!comma(j) || !subject(j) || !firstSubjectAfterRemitJoint(sentence, j, runStart, subject)) {
    return [];
  }
  // The subjects as [first, last] word spans: the one ending at j, those ending in a comma, the one before "and".
  const subjects: [number, number][] = [[j, j]];
  let m = j + 1;
  for (let end = subjectEnd(sentence, m, subject); end !== undefined && comma(end); end = subjectEnd(sentence, m, subject)) {
    subjects.push([m, end]);
    m = end + 1;
  }
  // "…, Labor and Pensions", or with a comma before "and" ("…, Labor, and Pensions").
  const before = subjectEnd(sentence, m, subject);
  if (before !== undefined) {
    subjects.push([m, before]);
  }
  const and = before !== undefined && /^\s+$/.test(sentence[before].post) ? before + 1 : m;
  const last = closingSubjectEnd(sentence, and, subject);
  if (last === undefined) {
    return [];
  }
  subjects.push([and + 1, last]);
  // The run takes the words up to "and"; the last subject's words join it as any joined capitalised words do.
  return unknownSubjectCount(subjects, common) > 1 ? [] : range(j + 1, and + 1);
}

/**
 * How many subjects hold no common word: "Forest", "Sport": the lexicon lacks many common nouns, so a subject of
 * unknown words alone is allowed once in a list; two ("…, Health, Barnardo's and Mencap") are more likely bodies' own
 * names side by side.
 */
function unknownSubjectCount(subjects: readonly (readonly [number, number])[], common: (i: number) => boolean): number {
  return subjects.filter(([from, end]) => !range(from, end + 1).some(common)).length;
}

/**
 * "Levelling Up", "Joining Up": a phrasal verb's particle (list remit-gerund-particles), capitalised right after a
 * capitalised gerund, is a word of the same subject of a body's remit as the gerund.
 */
function isGerundParticle(sentence: Sentence, i: number, usable: boolean): boolean {
  const gerund = sentence[i - 1];
  return usable && isCapitalised(sentence[i]) && has(REMIT_GERUND_PARTICLES, sentence[i].lower) && gerund !== undefined && isCapitalised(gerund)
    && /ing$/.test(gerund.lower) && /^\s+$/.test(gerund.post);
}

/** A capitalised word the lexicon does not know, read as no person's or place's name and not possessive ("Forest"). */
function isUnknownWord(token: Token, usable: boolean): boolean {
  return usable && isCapitalised(token) && token.lexicon === 0 && !isPossessive(token)
    && (token.tags & (PERSON_NAME_TAGS | Tag.Place | Tag.Acronym)) === 0;
}

/** The last word of a subject of one to three joined capitalised common words opening at `from`, or undefined. */
function subjectEnd(sentence: Sentence, from: number, subject: (i: number) => boolean): number | undefined {
  if (!subject(from)) {
    return undefined;
  }
  let end = from;
  while (end - from + 1 < MAX_SUBJECT_WORDS && subject(end + 1) && /^\s+$/.test(sentence[end].post) && sentence[end + 1].lower !== 'and') {
    end++;
  }
  return end;
}

/**
 * Whether the subject ending at `j` comes right after a body's "of" / "for" / "on" inside the run ("Ministry of
 * Fisheries", "Department for Levelling Up").
 */
function firstSubjectAfterRemitJoint(sentence: Sentence, j: number, runStart: number | undefined, subject: (i: number) => boolean): boolean {
  for (let first = j; first > j - MAX_SUBJECT_WORDS && subject(first); first--) {
    if (afterRemitJoint(sentence, first, runStart)) {
      return true;
    }
    if (!/^\s+$/.test(sentence[first - 1]?.post ?? '')) {
      return false;
    }
  }
  return false;
}

/** Whether the word at `j` comes right after a body's "of" / "for" / "on" inside the run ("Ministry of Fisheries"). */
function afterRemitJoint(sentence: Sentence, j: number, runStart: number | undefined): boolean {
  const joint = sentence[j - 1]?.lower;
  return runStart !== undefined && j - 1 > runStart && (joint === 'of' || joint === 'for' || joint === 'on')
    && [ORG_HEADS_BEFORE_OF, ORG_HEADS_BEFORE_FOR, ORG_HEADS_BEFORE_ON].some(list => has(list, sentence[j - 2].lower));
}

/**
 * The last word of the subject after "and" at `and` that closes the list, or undefined: the name must not go on into
 * a capitalised word, and a subject of two or more words must not end in a body's noun ("…, Treasury and State
 * Department" names a second body).
 */
function closingSubjectEnd(sentence: Sentence, and: number, subject: (i: number) => boolean): number | undefined {
  if (sentence[and]?.lower !== 'and' || !/^\s+$/.test(sentence[and].post)) {
    return undefined;
  }
  const end = subjectEnd(sentence, and + 1, subject);
  if (end === undefined) {
    return undefined;
  }
  const after = sentence[end + 1];
  const goesOn = after !== undefined && joined(sentence[end], after) && isCapitalised(after);
  return goesOn || (end > and + 1 && has(ORG_HEADS, sentence[end].lower)) ? undefined : end;
}

/** Adjectives' and gerunds' endings ("Rural", "Industrial", "Strategic", "Levelling"), for words the lexicon lacks. */
const ADJECTIVE_LIKE_ENDING = /(?:al|ic|ive|ous|ary|ory|ing)$/;

/**
 * A capitalised word the lexicon does not know whose ending makes it an adjective or a gerund ("Rural" in "Food and
 * Rural Affairs", "Levelling" in "Levelling Up"): inside a list of a body's subjects, a common word like the others.
 */
function isCommonByEnding(token: Token, usable: boolean): boolean {
  return usable && isCapitalised(token) && token.lexicon === 0 && ADJECTIVE_LIKE_ENDING.test(token.lower);
}


/**
 * Whether the words before "and" are a body's whole name already ("… Group", "AMD", "Nvidia"), so they do
 * not start a longer one. A sentence's capitalised "The" is not a word of the name.
 */
function isCompleteBody(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  const nameStart = runStart !== undefined && sentence[runStart].lower === 'the' ? runStart + 1 : runStart;
  const knownBody = j === nameStart && (isAllCaps(sentence[j]) && sentence[j].text.length >= 2 || ((sentence[j].lexicon & Tag.Organization) !== 0 && (sentence[j].lexicon & Tag.Place) === 0));
  // "Senate Harbours and Tidal Waters Committee": a run opened by a body's noun and closed by a committee's is
  // that body's committee, whatever head nouns come between.
  const committeeOfBody = nameStart !== undefined && has(ORG_HEADS, sentence[nameStart].lower) && has(COMMITTEE_HEADS_BEFORE_ON, sentence[nameEnd].lower);
  return (has(ORG_HEADS, sentence[j].lower) && nameStart !== undefined && j > nameStart && !committeeOfBody && !pairedTrade(sentence, j, nameEnd))
    || knownBody || isSponsoredTeamName(sentence, nameStart, j);
}

/**
 * "Vardo County Search and Rescue", "Kelso Valley Fish and Game": a common word the lexicon knows as no place, then
 * "and" and a body's head that ends the name, are the two halves of one public service's task, though the tagger reads
 * the first as a place after "County" or "Valley" ("Britain and Police" would stay apart: the lexicon knows Britain).
 */
function isServicePair(sentence: Sentence, j: number, nameEnd: number): boolean {
  const word = sentence[j];
  return nameEnd === j + 2 && sentence[j + 1].lower === 'and' && isCommonWord(word) && (word.lexicon & Tag.Place) === 0
    && has(ORG_HEADS, sentence[nameEnd].lower);
}

/**
 * "Kelso Search and Rescue Team", "Vardo Search and Rescue Unit": a service's two-word task ("Search and Rescue", as
 * isServicePair reads it) then common words of its unit ("Team") close one body, though the unit's noun heads no body
 * on its own (list org-heads); "Kelso Search and Vardo Rescue Team" lists two (a name's word after "and").
 */
function isServicePairBeforeUnit(sentence: Sentence, j: number, nameEnd: number): boolean {
  return nameEnd > j + 2 && isServicePair(sentence, j, j + 2) && range(j + 3, nameEnd).every(index => isCommonWord(sentence[index]));
}

/**
 * "the University of the Marshes and Islands": inside a body's remit after "of the", two plurals joined by "and" name
 * one region ("the Highlands and Islands"), though the lexicon knows the first as a place; a place without "the" or in
 * the singular stays one of two names ("the Bank of England and the Treasury").
 */
function isRegionPair(sentence: Sentence, j: number, nameEnd: number): boolean {
  const plural = (token: Token) => /\p{Lu}\p{Ll}+[^s']s$/u.test(token.text);
  return nameEnd === j + 2 && sentence[j - 1]?.lower === 'the' && sentence[j + 1].lower === 'and' && plural(sentence[j]) && plural(sentence[nameEnd]);
}

/**
 * "Kelso Oil and Gas Holdings", "Vardo Gas and Electric": a trade word before "and" (list trade-pair-heads) paired with
 * a second one, or with a common word and then the name's own head, is one trade inside the name, not its end
 * ("Kelso Oil and Vardo Group" lists two bodies: a name's word follows "and").
 */
function pairedTrade(sentence: Sentence, j: number, nameEnd: number): boolean {
  const second = sentence[j + 2];
  if (!has(TRADE_PAIR_HEADS, sentence[j].lower) || second === undefined || !isCapitalised(second) || isNameWord(second)) {
    return false;
  }
  return (has(TRADE_PAIR_HEADS, second.lower) && nameEnd === j + 2) || (nameEnd > j + 2 && looksCommon(second) && has(ORG_HEADS, sentence[nameEnd].lower));
}

/**
 * "Team Vardo-Kelso and Tarrow Pro Cycling": "Team" and two sponsors' names joined by a hyphen are a cycling team's
 * whole name, so "and" after them lists another team, however the words after it end.
 */
function isSponsoredTeamName(sentence: Sentence, nameStart: number | undefined, j: number): boolean {
  return nameStart !== undefined && sentence[nameStart].text === 'Team' && j === nameStart + 2 && hyphenated(sentence[nameStart + 1], sentence[j]);
}

/** A word tagged, in context or in the lexicon, as part of a person's name or as a place. */
function isNameWord(token: Token): boolean {
  return ((token.tags | token.lexicon) & (PERSON_NAME_TAGS | Tag.Honorific | Tag.Place)) !== 0;
}

/**
 * A word that reads as a common noun though the lexicon may not hold it: known as one, or a plural or an abstract
 * noun's ending ("Fisheries", "Customs", "Immigration", "Enforcement") on a word not known as a name.
 */
function looksCommon(token: Token): boolean {
  const name = PERSON_NAME_TAGS | Tag.Place | Tag.Organization;
  return isCommonWord(token) || ((token.lexicon & name) === 0 && COMMON_NOUN_ENDING.test(token.lower));
}

/** A capitalised common word ("Ways", "Fisheries", "Parks"), not a name the lexicon knows as a place, person or body. */
function isCommonWord(token: Token): boolean {
  const name = NAME_WORD_TAGS | Tag.ProperNoun;
  return (token.lexicon & (Tag.Noun | Tag.Verb | Tag.Adjective)) !== 0 && (token.lexicon & name) === 0;
}

/**
 * "rivals Tarrow Micro and Brightline Devices", "lenders Kelso Bank and Vardo Mutual": a lower-case plural right before
 * the run says what the names listed after it are; "and" then lists two of them, each named in two words or more, not
 * one firm's name. ("the Kelso and Vardo Building Society", "staff at Kelso and Vardo Schools" have no plural before.)
 */
function listedAfterPlural(sentence: Sentence, and: number, nameEnd: number, runStart: number | undefined): boolean {
  return runStart !== undefined && sentence[and].text === 'and' && pluralKindBefore(sentence, runStart) && and - runStart >= 2 && nameEnd - and >= 2;
}

/**
 * "Vardo and Marwick Holdings": one proper word alone before "and" is a name of its own beside the body; "the House
 * and Senate", "Army and Navy": so is one word on each side when the second is a head noun alone.
 */
function isListedPair(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  const nameStart = runStart !== undefined && sentence[runStart].lower === 'the' ? runStart + 1 : runStart;
  const after = sentence[j + 2];
  // ("William and Flora Kelso Foundation": two first names share the family name that follows.)
  const firstNames = (sentence[j].lexicon & Tag.FirstName) !== 0 && (after.lexicon & Tag.FirstName) !== 0;
  // (Two newspaper nouns make one title: "the Times and Sentinel".)
  const twoWords = j + 2 === nameEnd && !(has(PRESS_HEADS, sentence[j].lower) && has(PRESS_HEADS, sentence[nameEnd].lower));
  return j === nameStart && ((!looksCommon(sentence[j]) && !looksCommon(after) && !firstNames) || twoWords);
}

/**
 * "the Kelso and Vardo Building Society", "The Tarrow and Marwick Hospitals Trust": after "the", two words that the
 * lexicon knows as places or not at all, joined by "and" before words ending in a body's head, name one body after
 * two towns; without "the" ("talks between Kelso and Vardo Council") or with a known body ("the Vossler and Marlin
 * Holdings deal" is read as before) they stay two names. A head in the plural right after the second town needs no
 * "the" ("care at Kelso and Vardo Hospitals", "staff at Kelso and Vardo Schools"): the plural is the two towns'
 * institutions run as one body, where two names side by side would give the second one a singular head.
 */
function namedForTwoPlaces(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  const afterThe = runStart !== undefined && (sentence[runStart].lower === 'the' || sentence[runStart - 1]?.lower === 'the');
  // Two peoples' adjectives stand for their countries the same way ("the British and Irish Association of Zoos").
  const townLike = (token: Token) => token.lexicon === 0 || ((token.lexicon & (Tag.Place | Tag.Demonym)) !== 0 && (token.lexicon & Tag.Organization) === 0);
  return ((afterThe || pluralHeadAfter(sentence, j + 2, nameEnd) || townBodyForBoth(sentence, j, nameEnd)) && has(ORG_HEADS, sentence[nameEnd].lower) && townLike(sentence[j]) && townLike(sentence[j + 2]))
    || forceForTwoPlaces(sentence, j, nameEnd, runStart);
}

/**
 * "Avon and Vardo Police said …", "officers from Kelso and Marwick Constabulary": one capitalised word, "and", a place
 * the lexicon knows and a force's head (list force-heads) are one force serving both areas, though the lexicon knows the
 * first word as a company's name too; not after words that ask for two parties ("talks between …", list two-party-openers),
 * nor where the first place ends a longer name ("Dana Kelso and Vardo Police" lists a person and a force).
 */
function forceForTwoPlaces(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  const second = sentence[j + 2];
  return (runStart === j || (runStart === j - 1 && sentence[runStart].lower === 'the')) && nameEnd === j + 3 && sentence[j + 1].lower === 'and' && has(FORCE_HEADS, sentence[nameEnd].lower) && isCapitalised(sentence[j])
    && (second.lexicon & Tag.Place) !== 0 && (sentence[j].lexicon & PERSON_NAME_TAGS) === 0 && !has(TWO_PARTY_OPENERS, sentence[j - 1]?.lower ?? '');
}

/**
 * "Kelso and Vardo Hospitals": the word right after the second town ends the name and is an institution's head in the
 * plural ("hospitals", "schools"; list institution-heads), as a trust serving two towns is named, or opens a short tail
 * of such heads and abbreviations that ends it ("Kelso and Vardo Hospitals NHS Trust"); so is a transport
 * operator's plural ("Tarrow and Vardo Railways", "Kelso and Marwick Buses"; list quote-operator-name-heads), named for
 * the places its lines serve. A company's plural ("Vardo and Marwick Holdings") stays two names side by side.
 */
function pluralHeadAfter(sentence: Sentence, second: number, nameEnd: number): boolean {
  const head = sentence[nameEnd].lower;
  if (nameEnd === second + 1) {
    return isInstitutionPlural(head) || has(OPERATOR_NAME_HEADS, head);
  }
  // "Kelso and Vardo Hospitals NHS Foundation Trust", "Kelso and Vardo University Hospitals": the plural may stand
  // inside a longer tail of institution words (a head noun, an abbreviation) that closes the one body's name.
  const tail = range(second + 1, nameEnd).map(index => sentence[index]);
  return tail.length <= MAX_INSTITUTION_TAIL_WORDS && tail.some(token => isInstitutionPlural(token.lower))
    && tail.every(token => isInstitutionPlural(token.lower) || has(INSTITUTION_HEADS, token.lower) || has(ORG_HEADS, token.lower) || isAllCaps(token));
}

/** Most words after the second town in a name of two towns' institutions ("Hospitals NHS Foundation Trust"). */
const MAX_INSTITUTION_TAIL_WORDS = 4;

/** "hospitals", "schools", "universities": the plural of an institution's head noun (list institution-heads). */
function isInstitutionPlural(word: string): boolean {
  return (/[^s]s$/.test(word) && has(INSTITUTION_HEADS, word.slice(0, -1))) || (/ies$/.test(word) && has(INSTITUTION_HEADS, `${word.slice(0, -3)}y`));
}

/**
 * "Drumlow and Vardo Council said …", "an inspector of Kelso and Marwick Police": two towns joined by "and" right before
 * a body named after the towns it serves (list town-named-heads) are one council or force for both, except where the
 * words before them ask for two parties ("talks between Kelso and Vardo Council", "both Kelso and Vardo Police": a
 * town and a body; list two-party-openers). So are two towns or counties before a public service's two-word name
 * ("crews from Kelso and Marwick Fire Service", "Tarrow and Vardo Ambulance Service"; list public-service-words): one
 * service covers both areas. A council's tier may come between the towns and its head (list government-tiers).
 */
function townBodyForBoth(sentence: Sentence, first: number, nameEnd: number): boolean {
  const head = sentence[nameEnd].lower;
  // A council's tier may stand between the second town and its head ("Drumlow and Vardo District Council", "Kelso and
  // Marwick Borough Council"): a district named for two towns is one authority, as "Drumlow and Vardo Council" is.
  const tier = nameEnd === first + 4 && has(GOVERNMENT_TIERS, sentence[first + 3].lower) && isCapitalised(sentence[first + 3]);
  const townNamed = (nameEnd === first + 3 || tier) && has(TOWN_NAMED_HEADS, head);
  const publicService = nameEnd === first + 4 && has(PUBLIC_SERVICE_WORDS, sentence[first + 3].lower) && has(PUBLIC_SERVICE_HEADS, head);
  return (townNamed || publicService) && !has(TWO_PARTY_OPENERS, sentence[first - 1]?.lower ?? '');
}

/**
 * "HM Revenue and Customs": a word that opens a body's name (list org-heads-first) right before the word at `j`, no
 * word known as a name on either side of "and", and a common word (or a plural's ending) last make the whole run one
 * body though no head noun ends it ("HM Treasury and Vardo officials" stay a body and a town).
 */
function openedAsBody(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  const name = PERSON_NAME_TAGS | Tag.Place | Tag.Organization | Tag.Acronym;
  return runStart !== undefined && runStart === j - 1 && has(ORG_HEADS_FIRST, sentence[runStart].lower) && looksCommon(sentence[nameEnd])
    && range(j, nameEnd).every(index => index === j + 1 || ((sentence[index].lexicon | sentence[index].tags) & name) === 0);
}

/**
 * "Securities and Exchange Commission", "Centre for Democracy and Development", "Hollis & Brandt": "and"/"&"
 * inside one organisation's name, but not between two bodies side by side ("TNT Sports and Sporting CP").
 */
function conjunctionAfter(sentence: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const k = j + 1;
  if (!(k + 1 < sentence.length && usable(k + 1) && joined(sentence[k], sentence[k + 1]))) {
    return [];
  }
  let m = k + 1;
  while (m + 1 < sentence.length && usable(m + 1) && joined(sentence[m], sentence[m + 1])) {
    m++;
  }
  // "Front for Unity and Renewal": a movement's cause after "for" joins two words by "and" as well.
  const bodyOf = runStart !== undefined && sentence.slice(runStart, j).some((token, offset) => (token.lower === 'of' || token.lower === 'for')
    && has(ORG_HEADS_BEFORE_OF, sentence[runStart + offset - 1]?.lower ?? ''));
  // "Front for Unity and Renewal": a movement's cause after "for" joins two words by "and" too, when neither reads as a name.
  const movementCause = movementCauseBefore(sentence, j + 1, runStart) && range(k + 1, m).every(index => !isNameWord(sentence[index]));
  const insideOf = bodyOf || movementCause;
  // "Committee on Harbours and Shipping", "Center on Rural Schools and Transport Policy": a body's remit after "on" may join
  // two subjects by "and", when no word after it reads as a person's or a place's (not "… on Energy and Dana Kelso").
  const insideOn = runStart !== undefined && sentence.slice(runStart, j).some((token, offset) => token.lower === 'on'
    && has(ORG_HEADS_BEFORE_ON, sentence[runStart + offset - 1]?.lower ?? '')) && range(k + 1, m).every(index => !isNameWord(sentence[index]));
  // "Fisheries and Tides Enforcement": common words on both sides of "and" before a word of a public task.
  const taskName = (has(ORG_ENDS_WITHOUT_HEAD, sentence[m].lower) && range(j, m).every(index => index === k || looksCommon(sentence[index])))
    || openedAsBody(sentence, j, m, runStart);
  const lone = !insideOf && isListedPair(sentence, j, m, runStart) && !namedForTwoPlaces(sentence, j, m, runStart);
  // "the Seeds and Fertiliser products Safety Agency (SFSA)": the abbreviation proves one name across "and" too.
  const spelled = runStart !== undefined && lowerCaseWordSpelledOut(sentence, m, usable, runStart).length > 0;
  const oneName = sentence[k].text === '&' || ((has(ORG_HEADS, sentence[m].lower) || taskName || isServicePairBeforeUnit(sentence, j, m)) && !lone && !listedAfterPlural(sentence, k, m, runStart)) || insideOf || insideOn || spelled;
  // A place before "and" is one of two names ("Britain and …", "the House and Senate"); a plural common word the
  // tagger took for a place is not ("Harbour Ways and …").
  const place = (sentence[j].tags & Tag.Place) !== 0 && !(isCommonWord(sentence[j]) && /[^s']s$/.test(sentence[j].lower)) && !namedForTwoPlaces(sentence, j, m, runStart)
    && !guessedPlaceBeforeBody(sentence, j, m, runStart)
    && !isServicePair(sentence, j, m) && !placeTagFromBodyHead(sentence, j, runStart) && !(insideOf && isRegionPair(sentence, j, m));
  // Inside a remit after "on", a head noun before "and" is a subject ("on Energy and Shipping"), not a whole body; after
  // "&", one common word closes the firm's name even after a body's head ("Kelso Bank & Trust", "Vardo Books & Media"),
  // as one trade's head does, a word the tagger may not know ("Tarrow Salvage & Towage").
  const firmsLastWord = sentence[k].text === '&' && m === k + 1 && (looksCommon(sentence[m]) || has(ORG_HEADS, sentence[m].lower));
  if (townAndDistrict(sentence, j, m)) {
    return range(k, m);
  }
  if (personBeforeBody(sentence, j, m, runStart)) {
    return [];
  }
  // "Kelso and District Mountain Rescue Team and Vardo MRT": a town-and-district body's name is whole; "and" lists the next.
  if (runStart !== undefined && range(runStart, j - 2).some(index => townAndDistrict(sentence, index, j))) {
    return [];
  }
  if (insideOf && secondBodyAfterAnd(sentence, k, m)) {
    return [];
  }
  return (oneName && (insideOn || firmsLastWord || remitHeadPair(sentence, j, m, insideOf) || !isCompleteBody(sentence, j, m, runStart) || forceForTwoPlaces(sentence, j, m, runStart)) && !place)
    || partnersBeforeLegalForm(sentence, j, m, runStart) ? range(k, m) : [];
}

/**
 * "Cobbam and Wexley LLP", "Orrin and Vey Ltd": two partners' surnames, one word each side of "and", closed by a company's
 * legal form (list legal-forms) are one firm's name, as "Orrin & Vey" is; before, the first surname stood alone as a
 * person and the firm lost it. Not a place before "and" ("Kelso and Vardo Ltd" stays as the place rules read it).
 */
function partnersBeforeLegalForm(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  const [first, and, second, form] = [sentence[j], sentence[j + 1], sentence[j + 2], sentence[nameEnd]];
  return runStart === j && nameEnd === j + 3 && and.lower === 'and' && isCapitalised(first) && isCapitalised(second) && has(LEGAL_FORMS, form.lower)
    && ((first.tags | first.lexicon) & Tag.Place) === 0 && !isPossessive(first);
}

/**
 * "the Country Land and Estates Guild", "the Hill Land and Water Trust": after "the", a word only the tagger reads as a
 * place (the lexicon knows no place of that name: "Land", "Country"), before "and" and words that end in a body's head,
 * is a word of that one body's name, not a second place beside it ("Britain and …", "the Gaza Strip and West Bank" hold a
 * place the lexicon knows; without the article, "lives in Kelso Town and Vardo Rovers" names two).
 */
function guessedPlaceBeforeBody(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  if (runStart === undefined || sentence[runStart - 1]?.text !== 'the') {
    return false;
  }
  // "the Gaza Strip and West Bank": a run that holds a place the lexicon knows is that place's name.
  const unknownAsPlace = range(runStart, j).every(index => (sentence[index].lexicon & Tag.Place) === 0);
  return unknownAsPlace && nameEnd > j + 1 && has(ORG_HEADS, sentence[nameEnd].lower) && isCapitalised(sentence[j]);
}

/**
 * "the University of Kelso and Tarrow College", "the Society for the Care of Birds and Vardo Council": after a body
 * named with "of"/"for", "and" then two or more words ending in a body's head and opened by a name's word (one the
 * lexicon does not know as a common word) list a second body, not the rest of the first one's remit. Common words after
 * "and" stay in the remit ("Department of Health and Human Services", "Ministry of Housing and Local Government").
 */
function secondBodyAfterAnd(sentence: Sentence, and: number, nameEnd: number): boolean {
  const opener = sentence[and + 1];
  return nameEnd >= and + 2 && has(ORG_HEADS, sentence[nameEnd].lower) && !isCommonWord(opener) && !has(ORG_HEADS, opener.lower)
    && range(and + 1, nameEnd).every(index => isCapitalised(sentence[index]));
}

/**
 * "the Museum of Science and Industry": the tagger reads a museum's or a gallery's name as a place, the body's head
 * before "of" and every word after it, so the word before "and" is tagged a place only because the head is. A head of a
 * body before "of" that is itself tagged a place, and a word before "and" that the lexicon does not know as one, are one
 * body's remit. Yes: "the Museum of Science and Industry". No: "the Bank of England and Wales" (England is a place).
 */
function placeTagFromBodyHead(sentence: Sentence, j: number, runStart: number | undefined): boolean {
  if (runStart === undefined || (sentence[j].lexicon & Tag.Place) !== 0) {
    return false;
  }
  const of = range(runStart + 1, j - 1).find(index => sentence[index].lower === 'of');
  const head = of === undefined ? undefined : sentence[of - 1];
  return head !== undefined && has(ORG_HEADS_BEFORE_OF, head.lower) && (head.tags & Tag.Place) !== 0 && (head.lexicon & Tag.Place) === 0;
}

/**
 * "the Commission for Communications and Spectrum", "the Office for Water and Sewerage": right after the "for"/"of" of
 * a body's name (`insideOf`), a word that also ends company names ("Kelso Communications", "Vardo Water") is the first
 * subject of the body's remit, and one capitalised word that is no name's after "and" is the second, so the run is one
 * body, not a complete body and a second one. Two words after "and" may be a body of their own ("the Department for
 * Transport and Network Rail"), so only one.
 */
function remitHeadPair(sentence: Sentence, j: number, nameEnd: number, insideOf: boolean): boolean {
  const connector = sentence[j - 1]?.lower;
  const noName = (index: number) => !isNameWord(sentence[index]) && (sentence[index].lexicon & Tag.Organization) === 0;
  return insideOf && (connector === 'for' || connector === 'of') && (nameEnd === j + 2 ? noName(nameEnd) : headlessRemitPair(sentence, j, nameEnd, noName));
}

/**
 * "the Office of Gas and Power Markets", "the Authority for Water and Waste Standards": two common words after "and",
 * the last a plural that heads no body (list org-heads), cannot name a second body on their own, so they are the
 * remit's second subject. "the Department for Transport and Network Rail" stays two bodies ("Rail" heads one).
 * Two kinds of institution on either side of "and" before such a plural ("the Association of School and College
 * Teachers", "the Institute of Hospital and Academy Managers") qualify the members the body is of, so the second head ("College",
 * which the lexicon knows as a body's word) is no second body either.
 */
function headlessRemitPair(sentence: Sentence, j: number, nameEnd: number, noName: (index: number) => boolean): boolean {
  const last = sentence[nameEnd];
  const second = sentence[j + 2];
  const pairedHeads = has(ORG_HEADS, sentence[j].lower) && second !== undefined && has(ORG_HEADS, second.lower);
  return nameEnd === j + 3 && ((noName(j + 2) && looksCommon(second)) || pairedHeads) && noName(nameEnd) && looksCommon(last)
    && /[^s']s$/.test(last.lower) && !has(ORG_HEADS, last.lower);
}

/**
 * "Dana Kelso and Avonmere Police said": a known given name and one more word before "and", then a body of two words or
 * more ending in a body's head, are a person and a body, not one body named for the person (a foundation named for two
 * people opens with one given name: "the Tom and Dana Kelso Trust"; a firm "X and Sons" has one word after "and").
 */
function personBeforeBody(sentence: Sentence, j: number, nameEnd: number, runStart: number | undefined): boolean {
  const given = runStart === undefined ? undefined : sentence[runStart];
  return given !== undefined && runStart === j - 1 && (given.lexicon & (Tag.MaleName | Tag.FemaleName)) !== 0 && (given.lexicon & Tag.Place) === 0
    && sentence[runStart - 1]?.lower !== 'the' && !has(ORG_HEADS, sentence[j].lower) && nameEnd >= j + 3 && has(ORG_HEADS, sentence[nameEnd].lower);
}

/**
 * "Kelso and District Mountain Rescue Team", "Vardo and Area MRT": one capitalised word, then "and" and a word of the
 * country around a town (list area-around-words), before words that end in a body's head (or a noun that ends one when
 * capitalised, list lower-case-title-modifiers: "Team", "Club"): one body serving the town
 * and its district, though the town is a place (which otherwise ends a name before "and").
 */
function townAndDistrict(sentence: Sentence, j: number, nameEnd: number): boolean {
  const area = sentence[j + 2];
  return area !== undefined && nameEnd > j + 2 && isCapitalised(sentence[j]) && !isCapitalised(sentence[j + 1]) && has(AREA_AROUND_WORDS, area.lower)
    && isCapitalised(area) && (has(ORG_HEADS, sentence[nameEnd].lower) || has(LOWER_CASE_TITLE_MODIFIERS, sentence[nameEnd].lower));
}

/**
 * "the Journalists' and Broadcasters' Union", "the Musicians' and Actors' Guild": two plurals of a body's members (list
 * member-plurals), each with its plural possessive, joined by "and" before the body's head, are one name, as "the
 * Farmers' Union" is; without the first apostrophe ("Musicians and the Actors' Union") they stay apart.
 */
function membersPairBeforeHead(sentence: Sentence, j: number, nameEnd: number): boolean {
  const [first, and, second, head] = [sentence[j], sentence[j + 1], sentence[j + 2], sentence[nameEnd]];
  return head !== undefined && and.lower === 'and' && isCapitalised(first) && isCapitalised(second) && isCapitalised(head)
    && /^['’]\s+$/.test(first.post) && /^['’]\s+$/.test(second.post)
    && has(MEMBER_PLURALS, first.lower) && has(MEMBER_PLURALS, second.lower) && has(ORG_HEADS, head.lower);
}

export function range(from: number, to: number): number[] {
  const r: number[] = [];
  for (let i = from; i <= to; i++) {
    r.push(i);
  }
  return r;
}
