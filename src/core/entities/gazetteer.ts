// What the documented gazetteers (src/core/lexicon/gazetteer/) and the shape of a sports results line say about a
// candidate name: a known club, team, company, outlet, international body or party is an organisation; a side of a
// results line ("Arsenal 2 Hull 0", "Chicago 5 Boston 3") is a team unless it is a country (a national team,
// kept a place) or a person; a web address ("Example.com") is an organisation. The rule table gazetteer-evidence
// runs after the other evidence rules (evidence.ts), whose clues it may override; strong person evidence (title,
// honorific, appositive) still wins in kindRules.ts.
import { AMBIGUOUS_NICKNAMES, COUNTRIES, TOWN_CLUBS, gazetteerHas } from '../lexicon/gazetteer';
import { AGATE_COUNTRY_CODES, MINUTE_LABEL_WORDS, TOUR_CIRCUIT_WORDS, AWARD_RESULT_WORDS, BODY_HEAD_SPORTS_WORDS, CLAUSE_OPENERS, CLUB_ENDING_SPORTS_WORDS, CLUB_ENDINGS_IN_SPORTS_COPY, CLUB_LIST_JOINERS, CLUB_NAME_ENDINGS, CLUB_ONLY_ENDINGS, MATCH_LINK_WORDS, MATCH_OPPONENT_WORDS, PLURAL_CLUB_PRONOUNS, PLURAL_AGREEMENT_ADVERBS, OWN_BODY_NOUNS, SANCTION_SPORTS_WORDS, WORKPLACE_UNIT_NOUNS, PLURAL_AGREEMENT_VERBS, SPORTS_POSTS, SCHEDULE_WORDS, SPORTS_EVENT_PLURALS, SPORTS_POST_RANKS, SPORTS_WORDS, TEAM_NOUNS_AFTER, TRANSFER_NOUNS, TRANSFER_WORDS, VOTE_TALLY_WORDS } from '../lexicon/gazetteer/sports';
import { BAND_WORDS, WORK_TITLE_NOUNS, CONTRACTED_HAS_IS_VERBS, FIXTURE_WORDS, FOLLOWERS_BODY_WORDS, LISTED_SHORT_WORD_NAMES, NAME_PARTICLES, PEOPLE_GROUP_WORDS, PLACE_HEADS, PLACE_OPENERS, RESULT_STATUS_LABELS, TITLE_HEADS, has } from '../lexicon/entities';
import { PARTY_LABELS } from '../lexicon/names';
import type { Span } from '../model';
import { lexiconFlags } from '../nlp/adapter';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { ruleTable } from '../rules/ruleTable';
import { decide } from '../rules/trail';
import { hasBracketedNumberAfter, isMinuteMark } from './agencyLines';
import { NAME_EVIDENCE_DROPPED, exampleDraft, gatherEvidence, hostedOnADay, isDatelinePlace, nameContext } from './evidenceRules';
import type { Draft } from './names';
import { Evidence, NO_EVIDENCE, type EvidenceFlags } from './types';
import { TitlePart, hyphenated, isAllCaps, isCapitalised, isCommonOpener, isPluralNickname, isPossessive, joined, nameWord, opensSentence } from './words';

const PERSON_EVIDENCE = Evidence.Title | Evidence.Honorific | Evidence.Appositive;
const PERSON_WORDS = Tag.FirstName | Tag.LastName | Tag.Person;

/** "X, 27, of Moor Bank, Kelbrook,": the name after an age and "of", then a comma and a capitalised town. */
function isHomeAddressAfterAge({ sentence, draft }: GazetteerContext): boolean {
  const of = sentence[draft.first - 1], age = sentence[draft.first - 2], owner = sentence[draft.first - 3];
  const town = sentence[draft.last + 1];
  return of?.lower === 'of' && age !== undefined && /^\d{1,3}$/.test(age.text) && /^,\s*$/.test(age.post) && owner !== undefined && /^,\s*$/.test(owner.post)
    && /^,\s*$/.test(sentence[draft.last].post) && town !== undefined && isCapitalised(town);
}

/** "Example.com", "Brightline.org": a web address used as a name is the site, a body. */
const WEB_ADDRESS = /^[\p{L}\d][\p{L}\d-]*\.(?:com|org|net|gov|edu|io|co|info|news|tv)(?:\.[a-z]{2})?$/iu;

/** A team's score in a results line: a bare small number. */
const SCORE = /^\d{1,3}$/;

/** The words from `first` to `last` as the gazetteers write them: lower case, a hyphen kept, one space between words. */
function keyOf(sentence: Sentence, first: number, last: number): string {
  let key = '';
  for (let i = first; i <= last; i++) {
    key += nameWord(sentence[i]) + (i < last ? (hyphenated(sentence[i], sentence[i + 1]) ? '-' : ' ') : '');
  }
  return key;
}

/** Longest opening of a run looked up whole in the lexicon: bodies' and places' names run to four words. */
const MAX_LISTED_OPENING = 4;

/**
 * "Real Madrid drew …", "General Motors said …": a run of capitalised words opening a sentence that the gazetteers
 * name whole keeps its first word, though that word alone is a common opener. So does a run whose first two to four
 * words the lexicon lists as a body's or a place's name ("White House officials said …", "White House press
 * secretary X said …": "White" alone is an adjective, and dropping it would leave a body called "House"), unless a
 * capitalised title follows it in the run ("White House Correspondent X": the title reads "House" as its own, and
 * would leave "White" alone as a name).
 */
export function isListedRun(sentence: Sentence, run: readonly number[], parts: readonly TitlePart[]): boolean {
  if (run.length < 2) {
    return false;
  }
  const last = run[run.length - 1];
  const key = keyOf(sentence, run[0], last);
  return gazetteerHas(key, false) || listedWithPossessive(sentence[last], key, false) || opensWithLexiconName(sentence, run, parts);
}

function opensWithLexiconName(sentence: Sentence, run: readonly number[], parts: readonly TitlePart[]): boolean {
  for (let k = Math.min(run.length, MAX_LISTED_OPENING); k >= 2; k--) {
    if ((lexiconFlags(keyOf(sentence, run[0], run[k - 1])) & (Tag.Organization | Tag.Place)) !== 0) {
      const next = run[k];
      return next === undefined || parts[next] === TitlePart.None || parts[next] === TitlePart.Modifier;
    }
  }
  return false;
}

/** The tokens of the draft's line (a sentence may span lines in tables and results lists). */
function lineOf(sentence: Sentence, draft: Draft): Token[] {
  let from = draft.first, to = draft.last;
  while (from > 0 && !/\n/.test(sentence[from - 1].post + sentence[from].pre)) {
    from--;
  }
  while (to + 1 < sentence.length && !/\n/.test(sentence[to].post + sentence[to + 1].pre)) {
    to++;
  }
  return sentence.slice(from, to + 1);
}

/**
 * "Arsenal 2 Hull 0", "Chicago 5 Boston 3 (10 innings)": a line of two capitalised sides each followed by its
 * score, nothing else but punctuation or a parenthesis after; the draft is one of the sides.
 */
function isResultsLineSide(sentence: Sentence, draft: Draft): boolean {
  const line = lineOf(sentence, draft);
  // A minute mark ("Marr 61'") is no score: the name before it is a scorer, not a side.
  const scores = line.flatMap((token, i) => (SCORE.test(token.text) && !/^['’′]/.test(token.post) ? [i] : []));
  if (scores.length < 2 || scores[0] === 0 || scores[1] === scores[0] + 1) {
    return false;
  }
  const [first, second] = scores;
  const names = (from: number, to: number) => line.slice(from, to).every(token => token.capitalised || token.text === '&' || token.lower === 'of');
  const afterOk = second === line.length - 1 || /\(/.test(line[second].post + line[second + 1].pre);
  const index = line.indexOf(sentence[draft.first]);
  return names(0, first) && names(first + 1, second) && afterOk && index >= 0 && index < second;
}

/** A standings row's numbers: wins, losses, percentages, games behind ("65 40 .619 2-1/2"). */
const FIGURE = /^[\d.,/:-]+$/;

/**
 * "Chicago 65 40 .619 -": a standings row, the draft opening its line and only figures after it (two at least).
 * A city there is its team; a country (a national side) and a person (a golfer's "Name 68 70") are not judged so.
 */
function isStandingsRow(sentence: Sentence, draft: Draft): boolean {
  const line = lineOf(sentence, draft);
  const after = line.slice(line.indexOf(sentence[draft.last]) + 1);
  return line[0] === sentence[draft.first] && after.length >= 2 && after.every(token => FIGURE.test(token.text) || token.text === '-');
}

/** "W L PCT GB", "P W D L F A PTS": a table's header, a line of nothing but short capital abbreviations. */
function isTableHeader(sentence: Sentence, draft: Draft): boolean {
  const line = lineOf(sentence, draft);
  return draft.first < draft.last && line[0] === sentence[draft.first] && line[line.length - 1] === sentence[draft.last]
    && line.every(token => token.text.length <= 4 && /^\p{Lu}+$/u.test(token.text));
}

export function inSportsSentence(sentence: Sentence): boolean {
  return sentence.some((_, i) => isSportsWordAt(sentence, i));
}

/**
 * A word of sports copy (list sports-words) at token `i`, unless it is a body's head capitalised after another
 * capitalised word (list body-head-sports-words: "Kelso Mountain Rescue Team", "Vardo Rotary Club").
 */
function isSportsWordAt(sentence: Sentence, i: number): boolean {
  const token = sentence[i];
  if (!SPORTS_WORDS.has(token.lower)) {
    return false;
  }
  return !(BODY_HEAD_SPORTS_WORDS.has(token.lower) && token.capitalised && i > 0 && sentence[i - 1].capitalised && /^\s+$/.test(sentence[i - 1].post));
}

/**
 * A one-word name that is also a place, a personal name or an ordinary word ("Barcelona", "Chelsea", "Heat"), or a
 * club named after its town ("Grimsby"), names a club or team only in sports copy.
 */
function needsSports(sentence: Sentence, draft: Draft, key: string): boolean {
  if (draft.first !== draft.last) {
    return false;
  }
  const t = sentence[draft.first];
  // After "the" a first name is no person's ("the Blaze").
  const personal = sentence[draft.first - 1]?.lower === 'the' ? 0 : PERSON_WORDS;
  const known = t.lexicon & Tag.Organization ? 0 : (t.lexicon | t.tags) & (Tag.Place | personal);
  return known !== 0 || AMBIGUOUS_NICKNAMES.has(key) || TOWN_CLUBS.has(key);
}

/** What a rule of gazetteer-evidence sees: the name and the evidence the other rules gathered. */
export interface GazetteerContext {
  readonly sentence: Sentence;
  readonly draft: Draft;
  readonly evidence: EvidenceFlags;
}

/** The flags a rule adds and the flags it clears (a team is no place, a listed body no headline word). */
export interface EvidenceChange {
  readonly add: EvidenceFlags;
  readonly clear: EvidenceFlags;
}

function keyOfDraft({ sentence, draft }: GazetteerContext): string {
  return keyOf(sentence, draft.first, draft.last);
}

function isResultsLineSideOf({ sentence, draft }: GazetteerContext): boolean {
  return isResultsLineSide(sentence, draft);
}

/**
 * "Lowe's cut its forecast", "shoppers at Sainsbury's": a chain whose listed name is a possessive ("lowe's"). The
 * lexicon's form of a word drops the possessive, so the name is looked up again with it when the text writes it.
 */
function listedWithPossessive(last: Token, key: string, withThe: boolean): boolean {
  return /['’]s$/.test(last.text) && gazetteerHas(`${key}'s`, withThe);
}

/**
 * A possessive that is a chain's whole name stands alone: before a verb ("Macy's said", not the contracted "X's been"),
 * or at the end of the sentence after "at" ("sold at Macy's."). A person's possessive ("X's remarks", "X's warm
 * words", "X's May 4 speech") owns what follows it, so a surname's possessive needs this much.
 */
function chainStandsAlone(sentence: Sentence, draft: Draft): boolean {
  const next = sentence[draft.last + 1];
  if (next === undefined) {
    return sentence[draft.first - 1]?.lower === 'at';
  }
  return /^\p{Ll}/u.test(next.text) && (next.tags & Tag.Verb) !== 0 && (next.tags & Tag.Noun) === 0 && !has(CONTRACTED_HAS_IS_VERBS, next.lower);
}

/** A name the gazetteers list, written as listed (an abbreviation in capitals), in sports copy if it needs to be. */
function isListedName(context: GazetteerContext): boolean {
  const { sentence, draft, evidence } = context;
  const key = keyOfDraft(context);
  // An abbreviation ("UN", "AP") counts only as written in capitals: "Who", "Un" are other words. A short name that is
  // a word ("Eni"; list listed-short-word-names) is written in title case.
  const caseFits = key.length > 3 || draft.first !== draft.last || isAllCaps(sentence[draft.first]) || has(LISTED_SHORT_WORD_NAMES, key);
  const withThe = sentence[draft.first - 1]?.lower === 'the';
  const listed = gazetteerHas(key, withThe) && !(withThe && modifiesNounAsPlaceWord(context, key));
  const chain = !listed && listedWithPossessive(sentence[draft.last], key, withThe);
  if (!caseFits || !(listed || chain) || isDatelineTown(sentence, draft)) {
    return false;
  }
  // "Macy's said", "sold at Macy's.": a listed chain whose name is a surname's possessive, standing alone.
  if (chain && chainStandsAlone(sentence, draft)) {
    return true;
  }
  // Sports copy is looked for only when the name needs it (a sentence scan).
  if (!needsSports(sentence, draft, key)) {
    return true;
  }
  return isResultsLineSideOf(context) || (evidence & Evidence.Result) !== 0n || isStandingsRow(sentence, draft)
    || (inSportsSentenceAround(sentence, draft) && !isTownAfterIn(sentence, draft));
}

/**
 * "PRESTON, England, Feb 9 (Agency) -": a town that opens a wire's dateline (isDatelinePlace) is where the story was
 * filed from, though a club of the gazetteers shares its name and the story is about sport.
 */
function isDatelineTown(sentence: Sentence, draft: Draft): boolean {
  const context = nameContext(sentence, draft);
  return context !== undefined && isDatelinePlace(context);
}

/**
 * "won the stage in Pescara", "the final in Kelso": a town that is also a club's name, right after "in" and not in
 * the possessive, is where the sport happened (a cycling stage's finish, a venue), not the club; "in Kelso's defence"
 * and "beat Kelso" still read the club.
 */
function isTownAfterIn(sentence: Sentence, draft: Draft): boolean {
  const before = sentence[draft.first - 1]?.lower;
  return (before === 'in' || (before === 'from' && isHomeTownFrom(sentence))) && !isPossessive(sentence[draft.last]);
}

/**
 * "Ana Vell, the world No 40 from Kelso,", "a 19-year-old from Kelso": in a sentence with no word of a player's move
 * (transfer-words: "joined Vardo from Kelso", "on loan from Kelso"), a town after "from" is where the person comes
 * from, not the club.
 */
function isHomeTownFrom(sentence: Sentence): boolean {
  return !sentence.some(token => TRANSFER_WORDS.has(token.lower));
}

/**
 * "the Australian outback", "the Hindu festival": a name listed only with its "the" ("The Australian", a paper) whose
 * word is a place's or a nationality's (place evidence) and that stands right before a lower-case noun modifies that
 * noun: it names no paper. "the Australian reported" (a verb after it) is still the paper.
 */
function modifiesNounAsPlaceWord({ sentence, draft, evidence }: GazetteerContext, key: string): boolean {
  const next = sentence[draft.last + 1];
  return draft.first === draft.last && (evidence & Evidence.Place) !== 0n && !gazetteerHas(key, false) && next !== undefined
    && !next.capitalised && /^\s+$/.test(sentence[draft.last].post) && (next.tags & Tag.Noun) !== 0 && (next.tags & Tag.Verb) === 0;
}

/** A side of a results line, or a city opening a standings row, that is no country and shows no person. */
/**
 * "23 min: GOAL.", "64 mins: RED CARD.": words in capitals that close the sentence right after a minute and a minute
 * word with its colon (list minute-label-words): the entry's event.
 */
function isMinuteEntryEvent({ sentence, draft }: GazetteerContext): boolean {
  const label = sentence[draft.first - 1], minute = sentence[draft.first - 2];
  return label !== undefined && minute !== undefined && has(MINUTE_LABEL_WORDS, label.lower) && /^:\s*$/.test(label.post) && /^\d{1,3}$/.test(minute.text)
    && draft.last === sentence.length - 1 && sentence.slice(draft.first, draft.last + 1).every(token => isAllCaps(token));
}

function isTeamSide(context: GazetteerContext): boolean {
  const { sentence, draft, evidence } = context;
  // Both shapes put a figure right after the side: a cheap test first.
  // A figure alone in brackets ("Brandt (12),") is a scorer's minute, no side's score.
  if (!FIGURE.test(sentence[draft.last + 1]?.text ?? '') || hasBracketedNumberAfter(sentence, draft.last)) {
    return false;
  }
  const person = (evidence & PERSON_EVIDENCE) !== 0n || (draft.first < draft.last && (evidence & Evidence.FirstName) !== 0n);
  const city = (evidence & Evidence.Place) !== 0n && isStandingsRow(sentence, draft);
  return (isResultsLineSideOf(context) || city) && !person && !COUNTRIES.has(keyOfDraft(context));
}

/**
 * A race time or a gap in a timed results line: "4:51:07", "+0:38", "4h51'07\"", "38\"" and "1'04\"" after "at", and
 * "s.t." (same time). The tokenizer keeps a leading "+" and a closing seconds mark outside the token's text. A
 * newspaper's results paragraph spells the units out: "4hrs 38mins 12secs", "same time", "at 42secs", "at 1min 15secs".
 */
const CLOCK_TIME = /^\d{1,3}(?::\d\d){1,2}$|^\d{1,3}h\d\d(?:['’′]\d\d)?$/;
const GAP_AFTER_AT = /^\d{1,2}(?:['’′]\d\d)?$/;
/** "4hrs", "4hr" opening a spelt-out race time (minutes follow). */
const SPELT_HOURS = /^\d{1,3}hrs?$/;
const SPELT_MINUTES = /^\d{1,2}mins?$/;
/** "42secs", "42sec" or "1min" after "at": a gap spelt out. */
const SPELT_GAP = /^\d{1,2}(?:secs?|mins?)$/;

function isRaceTime(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  if (token === undefined) {
    return false;
  }
  if (CLOCK_TIME.test(token.text) || token.lower === 's.t.' || token.lower === 's.t') {
    return true;
  }
  const next = sentence[at + 1];
  if (next === undefined) {
    return false;
  }
  // "4hrs 38mins 12secs", "same time": a results paragraph's spelt-out time.
  if ((SPELT_HOURS.test(token.lower) && SPELT_MINUTES.test(next.lower)) || (token.lower === 'same' && next.lower === 'time')) {
    return true;
  }
  // "at 38\"", "at 1'04\"": a gap behind the winner in seconds, with its mark; "at 42secs", "at 1min 15secs" spelt out.
  return token.lower === 'at' && ((GAP_AFTER_AT.test(next.text) && /^["”″]/.test(next.post)) || SPELT_GAP.test(next.lower));
}

/**
 * "1. Ivo Sandal (Denmark) Vardo-Kelso 4:51:07", "2 Sandal (Vardo-Kelso) at 38\"": in a timed results line of a
 * race (cycling, rowing, running), the name right after a rider's bracketed country, or alone in brackets after the
 * rider, and right before the time or gap is the rider's team or club. A country there is the rider's nationality.
 */
function isTeamInTimedResult(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  if (!isRaceTime(sentence, draft.last + 1) || !/^\s+$/.test(sentence[draft.last].post.replace(')', ''))) {
    return false;
  }
  const before = sentence[draft.first - 1];
  const bracketed = sentence[draft.first].pre.includes('(') && sentence[draft.last].post.includes(')');
  const afterBracket = before !== undefined && before.post.includes(')') && !sentence[draft.first].pre.includes('(');
  return (bracketed || afterBracket) && !showsPerson(context) && !isCountryOrNationality(context);
}

/**
 * "on the Hollis Tour", "the Hollis Tour commissioner": a name ending in "Tour" after "the" is a professional golf or
 * tennis tour, a body with members and a commissioner, when a circuit's noun follows it (list tour-circuit-words) or
 * a player is "on" it in a sentence of sports copy; not a band's tour ("on the Vardo Tour" in music copy) nor a race
 * ("the Tour of Kelso": "of" follows).
 */
function isProfessionalTour(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  if (draft.first === draft.last || sentence[draft.last].text !== 'Tour' || sentence[draft.first - 1]?.lower !== 'the' || showsPerson(context)) {
    return false;
  }
  const next = sentence[draft.last + 1];
  if (next !== undefined && /^\s+$/.test(sentence[draft.last].post) && TOUR_CIRCUIT_WORDS.has(next.lower)) {
    return true;
  }
  return sentence[draft.first - 2]?.lower === 'on' && next?.lower !== 'of' && inSportsSentenceAround(sentence, draft);
}

/**
 * "(S Kor)", "(Ned)", "(GB & Ire unless stated)": a country's short form of a results line (list agate-country-codes),
 * inside brackets opened at most three words before it, or right after a name (a golfer's, a rider's) and closing the
 * bracket.
 */
function isBracketedCountryCode({ sentence, draft }: GazetteerContext): boolean {
  const key = sentence.slice(draft.first, draft.last + 1).map(token => token.lower).join(' ');
  if (!AGATE_COUNTRY_CODES.has(key)) {
    return false;
  }
  for (let k = draft.first; k >= 0 && k >= draft.first - 3; k--) {
    if (/\(\s*$/.test(sentence[k].pre) || (k < draft.first && /\(\s*$/.test(sentence[k].post))) {
      return true;
    }
    if (k < draft.first && /\)/.test(sentence[k].post)) {
      return false;
    }
  }
  return false;
}

/**
 * "1. KELSO Dana, ITA, Kastinger, 1:52.36", "DNF: BRANDT Ivo, NOR": a country's short form of a results list (list
 * agate-country-codes) in capitals, set off by a comma after the name, on a line a rank ("1.") or a status label and a
 * colon (list result-status-labels) opens: the athlete's nation, not a body's abbreviation.
 */
function isListedCountryCode({ sentence, draft }: GazetteerContext): boolean {
  const code = sentence[draft.first];
  if (draft.first !== draft.last || !isAllCaps(code) || !AGATE_COUNTRY_CODES.has(code.lower) || draft.first === 0 || !/^,\s/.test(sentence[draft.first - 1].post)) {
    return false;
  }
  let start = draft.first;
  while (start > 0 && !sentence[start - 1].post.includes('\n')) {
    start--;
  }
  const label = sentence[start];
  return (/^\d{1,3}$/.test(label.text) && /^\.\s+$/.test(label.post)) || (RESULT_STATUS_LABELS.has(label.lower) && /^:\s+$/.test(label.post));
}

/**
 * "Team Vardo-Kelso": cycling teams are named "Team" and their sponsors' names joined by a hyphen. The word after
 * "Team" must be one the lexicon does not know as a name or a word, and the sponsors' names must be joined: one word
 * after "Team" is as often a nickname for a person's supporters ("volunteers for Team Dana", "fans who call themselves
 * Team Tarrow"), and the draft shows no person.
 */
/** The lexicon's flags of a word known only as a surname (a proper noun, a person's last name). */
const SURNAME_ONLY = Tag.LastName | Tag.Person | Tag.ProperNoun | Tag.Noun;

function isSponsoredTeam(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  const next = sentence[draft.first + 1];
  const joined = next !== undefined && (next.text.includes('-') || (next.post === '-' && draft.last > draft.first + 1));
  // A sponsor named after its founder reads as a surname ("Team Halvorsen-Brix"): a word known only as a surname counts as unknown.
  const unknown = next !== undefined && (next.lexicon & ~SURNAME_ONLY) === 0;
  return draft.first < draft.last && sentence[draft.first].text === 'Team' && unknown && joined
    && /^\s+$/.test(sentence[draft.first].post) && !showsPerson(context);
}

function isWebAddress({ sentence, draft }: GazetteerContext): boolean {
  return draft.first === draft.last && WEB_ADDRESS.test(sentence[draft.first].text.replace(/[’']s$/, ''));
}

/** Evidence of a person's name: a title, honorific or appositive, or a first name opening a name of several words. */
function showsPerson({ draft, evidence }: GazetteerContext): boolean {
  return (evidence & (PERSON_EVIDENCE | Evidence.Possessive)) !== 0n || (draft.first < draft.last && (evidence & Evidence.FirstName) !== 0n);
}

/** A country or a nationality: a national side stays a place ("England coach X", "Dutch striker X"). */
function isCountryOrNationality(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  return COUNTRIES.has(keyOfDraft(context)) || (draft.first === draft.last && (sentence[draft.first].lexicon & Tag.Demonym) !== 0);
}

/** "Kelso manager Tom Ames", "Dunmore head coach Ian Roe": the name right before a sports post and a capitalised name. */
function isClubBeforePost(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  // A rank before the post ("head coach", "assistant manager") is part of it.
  const ranked = SPORTS_POST_RANKS.has(sentence[draft.last + 1]?.lower ?? '') ? 1 : 0;
  const post = sentence[draft.last + 1 + ranked], next = sentence[draft.last + 2 + ranked];
  // "Club captain X said": a common noun for the speaker's own body opening the sentence is no club's name.
  // "Area manager X said", "Site manager X": likewise a part of a workplace (workplace-unit-nouns).
  const opener = draft.first === 0 && draft.first === draft.last ? sentence[draft.first].lower : '';
  const ownBodyNoun = OWN_BODY_NOUNS.has(opener) || WORKPLACE_UNIT_NOUNS.has(opener);
  // "First-team coach X": a hyphenated rank ending in a lower-case word is part of the post, not a club.
  const lowerCaseEnd = !sentence[draft.last].capitalised;
  // The post runs on into the name after it, or a comma sets the name off ("the Kelso captain, X,"): a question or a
  // sentence's end between them is no post and name ("Trade safety? Trade pensions?").
  // "X, the Kelso seamer, took 4-62": after "the", the post may close an appositive, no name after it.
  const closesAppositive = sentence[draft.first - 1]?.text === 'the' && /^\s*[,;.)]/.test(post?.post ?? '');
  return post !== undefined && !lowerCaseEnd && !post.capitalised && !sentence[draft.last + 1].capitalised && SPORTS_POSTS.has(post.lower)
    && /^\s+$/.test(sentence[draft.last].post) && ((/^,?\s+$/.test(post.post) && next?.capitalised === true) || closesAppositive)
    && !showsPerson(context) && !isCountryOrNationality(context) && !ownBodyNoun;
}

/**
 * "Colombian Teo Barrancas", "2. Teo Barrancas (Colombia) …": a nationality right before the name, or a country or
 * nationality in brackets right after it, describes an athlete, a person; a team is not written so.
 */
function hasNationalityBeside(sentence: Sentence, draft: Draft): boolean {
  const before = sentence[draft.first - 1], after = sentence[draft.last + 1];
  const national = (token: Token): boolean => (token.lexicon & Tag.Demonym) !== 0 || COUNTRIES.has(token.lower);
  const described = before !== undefined && before.capitalised && /^\s+$/.test(before.post) && national(before);
  const bracketed = after !== undefined && after.pre.includes('(') && after.post.includes(')') && national(after);
  return described || bracketed;
}

/**
 * "the Marlow Hawks", "Tollbridge Falcons 27-24 …": a name of several words ending in a plural noun, after "the",
 * beside a score or after a word that is no first name, or a "-men" nickname alone after "the", in sports copy. Teams are named so (a place and a plural nickname); people, places ("the United
 * States"), titles, headline words, events ("the Kelso Games", "the Marwick Series") and party members ("the Harbour Party Republicans") are not.
 */
/**
 * "the Estádio das Gaivotas", "Plaza de los Leones": a place opener (list place-openers) and a name particle before a
 * plural is a Romance-language ground's or square's name, a place, not a town and a team's plural nickname.
 */
function isOpenerParticlePlace(sentence: Sentence, draft: Draft): boolean {
  const opener = sentence[draft.first], particle = sentence[draft.first + 1];
  return draft.last > draft.first + 1 && has(PLACE_OPENERS, opener.lower) && has(NAME_PARTICLES, particle.lower) && !isCapitalised(particle);
}

function isTeamWithPluralNickname(context: GazetteerContext): boolean {
  const { sentence, draft, evidence } = context;
  const last = sentence[draft.last];
  // "the", or "The" opening the sentence or the text after a dateline ("KELSO: The Vardo Comets on Monday …"); a
  // capitalised one elsewhere opens a title ("“The Forest Fevers,” a history"). Beside a score without "the", a first
  // name opening the name is a player's ("beat Ana Campos 6-3").
  const the = sentence[draft.first - 1];
  const opensText = draft.first === 1 || (draft.first > 1 && opensSentence(sentence, draft.first - 1));
  const article = the !== undefined && (the.text === 'the' || (the.text === 'The' && opensText && !/["“‘]/.test(the.pre)));
  // "the Kelso Bay Comets", "the Harbor City Mariners": after "the", a town of two words before the nickname makes the
  // name read as a place; the plural nickname at its end (no place noun itself) still makes it a team.
  // "a 3-2 win over Leeds Falcons", "beat Derby Hawks 4-1": a known town and the nickname right after a word that sets
  // one side of a match against the other, in a sentence clearly of sport, is the other side, though the town is a place.
  const opponent = draft.last === draft.first + 1 && isMatchOpponentSlot(sentence, draft.first) && inClearSportsSentence(sentence);
  const placedTown = (article && draft.last - draft.first >= 2) || opponent ? Evidence.Place : NO_EVIDENCE;
  if (!isTeamNicknameWord(last) || (evidence & (PERSON_EVIDENCE | Evidence.Weak)) !== 0n || (evidence & Evidence.Place & ~placedTown) !== 0n
    || runsOnAfterOf(sentence, draft.last) || hasNationalityBeside(sentence, draft) || isOpenerParticlePlace(sentence, draft)) {
    return false;
  }
  if (draft.first === draft.last) {
    // The nickname alone, only of the "-men" shape ("the Glassmen"): a plural in "-s" alone is as often a people or a
    // family ("the Kurds", "the Vardos") in copy that shares words with sport ("goals", "draw").
    return the?.text === 'the' && /men$/.test(last.lower) && !isCountryOrNationality(context) && !has(PEOPLE_GROUP_WORDS, last.lower)
      && inClearSportsSentence(sentence);
  }
  const noFirstName = (evidence & Evidence.FirstName) === 0n;
  // Without "the": a team noun right after ("Dunmere Corsairs rugby club"), or the name opening the sentence with no
  // first name in it ("Dunmere Corsairs held a minute's silence before the match").
  const placed = article || (noFirstName && (evidence & Evidence.Result) !== 0n) || teamNounAfter(sentence, draft.last) || (noFirstName && opponent)
    || (draft.first === 0 && noFirstName && /^\s+$/.test(last.post));
  if (placed) {
    return sentence.some((token, i) => SPORTS_WORDS.has(token.lower) || SPORTS_WORDS.has(wordAt(sentence, i)) || isMatchScore(token, i, sentence));
  }
  // Without "the" or a score: a town the lexicon does not know and the nickname, in a sentence clearly of sport; a
  // franchise's nickname may take one word before it that is nobody's name ("Vardo Super Giants", "Kelso Royal Hawks").
  const town = sentence[draft.first], middle = sentence[draft.first + 1];
  const nicknameWords = draft.last === draft.first + 1 || (draft.last === draft.first + 2 && (middle.tags & PERSON_WORDS) === 0 && (middle.lexicon & Tag.FirstName) === 0);
  return noFirstName && nicknameWords && town.lexicon === 0 && (town.tags & (Tag.Place | PERSON_WORDS)) === 0
    && (evidence & Evidence.Opener) === 0n && inClearSportsSentence(sentence);
}

/**
 * "the Shared Halls of Prayer Measure", "the Open Doors of Vardo Fund": the plural is followed by "of" and a capitalised
 * word with no article between, so the capitalised name runs on (a law's, a fund's or a campaign's), and the plural
 * is no team's nickname; "the Kelso Comets of the Northern League" keeps its article after "of".
 */
function runsOnAfterOf(sentence: Sentence, last: number): boolean {
  const of = sentence[last + 1], next = sentence[last + 2];
  return of !== undefined && next !== undefined && of.text === 'of' && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(sentence[last].post) && /^\s+$/.test(of.post);
}

/**
 * "the Corby Kestrels have announced a tour": a name of two or three words ending in a plural noun, after "the" (or
 * "The" opening the sentence or after a band word opening it: "Headliners The Glass Ferrets"), with no first name or person's words, in a sentence of music copy (band-words), is a
 * band: bands are named like teams (a town and a plural noun), and the tagger reads the words as a person's name.
 */
function isBandWithPluralName(context: GazetteerContext): boolean {
  const { sentence, draft, evidence } = context;
  const n = draft.last - draft.first + 1;
  if (n < 2 || n > 3 || !isTeamNicknameWord(sentence[draft.last])
    || (evidence & (PERSON_EVIDENCE | Evidence.Place | Evidence.FirstName)) !== 0n) {
    return false;
  }
  const the = sentence[draft.first - 1];
  const article = the !== undefined && (the.text === 'the' || (the.text === 'The' && (draft.first === 1 ? !/["“‘]/.test(the.pre) : bandsCapitalThe(sentence, draft.first - 1))));
  // "Headliners The Glass Ferrets played": a band word opening the sentence is capitalised by its place alone.
  return article && sentence.some((token, at) => (!token.capitalised || opensSentence(sentence, at)) && BAND_WORDS.has(token.lower));
}

/**
 * "booked The Corby Kestrels as headliners", "fans of The Dunmore Foxes": music copy often keeps a band's own
 * capital "The" in mid-sentence. Not a work's title right after its noun or set off by a comma ("the album The Drowned
 * Towns", "their third record, The Tarrow Streets,"), which a work's capital "The" opens as often.
 */
function bandsCapitalThe(sentence: Sentence, theAt: number): boolean {
  const before = sentence[theAt - 1], the = sentence[theAt];
  return before !== undefined && joined(before, the) && !/["“‘]/.test(the.pre) && !has(WORK_TITLE_NOUNS, before.lower);
}

/** A plural that may end a team's name: no event ("Games"), party's members ("Republicans") or place noun ("Streets"). */
function isTeamNicknameWord(last: Token): boolean {
  const one = last.lower.slice(0, -1);
  return isPluralNickname(last) && !SPORTS_EVENT_PLURALS.has(last.lower) && !PARTY_LABELS.has(one) && !has(PLACE_HEADS, last.lower) && !has(PLACE_HEADS, one);
}

/** The word at a token, lower case, with the next token when a hyphen joins them ("all-rounder", "fly-half"; the tagger splits some). */
function wordAt(sentence: Sentence, at: number): string {
  const token = sentence[at], next = sentence[at + 1];
  return next !== undefined && hyphenated(token, next) ? `${token.lower}-${next.lower}` : token.lower;
}

/** A sentence with a sports word that election or business copy does not use as often ("relegation", "striker"), or a score. */
/** "over", "against", "beat", "v" right before the name (match-opponent-words): the slot of the other side of a match. */
function isMatchOpponentSlot(sentence: Sentence, first: number): boolean {
  const before = sentence[first - 1];
  return before !== undefined && !before.capitalised && /^\s+$/.test(before.post) && MATCH_OPPONENT_WORDS.has(before.lower);
}

function inClearSportsSentence(sentence: Sentence): boolean {
  return sentence.some((token, i) => CLUB_ENDING_SPORTS_WORDS.has(token.lower) || isMatchScore(token, i, sentence));
}

/** "… Corsairs club", "… Corsairs rugby club", "… Corsairs coach": a team noun right after the name, or after one lower-case word (its sport), or a club post right after it. */
function teamNounAfter(sentence: Sentence, last: number): boolean {
  const next = sentence[last + 1], second = sentence[last + 2];
  // A hyphened noun ("line-up") is read whole (wordAt).
  const noun = (token: Token | undefined, before: Token) => token !== undefined && !token.capitalised && /^\s+$/.test(before.post)
    && (TEAM_NOUNS_AFTER.has(token.lower) || TEAM_NOUNS_AFTER.has(wordAt(sentence, sentence.indexOf(token))));
  // "a former Kelso Vikings all-rounder", "Dunmere Corsairs coach X": a club's post right after the name (sports-posts).
  const post = next !== undefined && !next.capitalised && (SPORTS_POSTS.has(next.lower) || SPORTS_POSTS.has(wordAt(sentence, last + 1))) && /^\s+$/.test(sentence[last].post);
  return post || noun(next, sentence[last]) || (next !== undefined && !next.capitalised && /^\p{Ll}+$/u.test(next.text) && noun(second, next));
}

/**
 * "Comets: Host Brenton on Thursday.", "Bulls: At Calder Bay on Sunday.": in a line that opens with a team and a
 * colon, the name after "Host", "At" or "vs." is the opponent, a team (agency sports copy's UP NEXT lines).
 */
function isScheduleOpponent({ sentence, draft }: GazetteerContext): boolean {
  const line = lineOf(sentence, draft);
  const lead = sentence[draft.first - 1], colon = line.findIndex(token => /^:/.test(token.post));
  // "Host"/"At" capitalised as the schedule writes them ("Note: at X" is prose); "vs." either way.
  const written = lead !== undefined && (lead.capitalised || lead.lower.startsWith('v'));
  return written && SCHEDULE_WORDS.has(lead.lower) && colon >= 0 && line[colon + 1] === lead
    && line.slice(0, colon + 1).every(token => token.capitalised);
}

/** "signed for Kelso", "joined Dunmore" (with a word of a move in sports copy): the club a player moves to. */
function isClubJoined(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  const before = sentence[draft.first - 1], twoBefore = sentence[draft.first - 2];
  if (before === undefined || showsPerson(context) || isCountryOrNationality(context)) {
    return false;
  }
  const signedFor = before.lower === 'for' && twoBefore !== undefined && /^sign/.test(twoBefore.lower);
  return signedFor || (/^(?:re)?join/.test(before.lower) && isSportsMove(sentence));
}

/** A sentence of sports copy, or one with a noun of a player's move ("for an undisclosed fee"). */
function isSportsMove(sentence: Sentence): boolean {
  return sentence.some(token => TRANSFER_NOUNS.has(token.lower)) || inSportsSentence(sentence);
}

/** "… joined Kelso from Dunmore Town": the club a player leaves, in a sentence of a move in sports copy. */
function isClubLeft(context: GazetteerContext): boolean {
  const { sentence, draft, evidence } = context;
  return sentence[draft.first - 1]?.lower === 'from' && (evidence & Evidence.Place) === 0n && !showsPerson(context)
    && sentence.some(token => TRANSFER_WORDS.has(token.lower)) && isSportsMove(sentence);
}

/** "Kelso City", "Dunmore Town", "Ashby Rangers" in sports copy (a sports word or a score; not after "in"): a club's name, not a place. */
function isClubNameInSports({ sentence, draft }: GazetteerContext): boolean {
  return draft.first < draft.last && CLUB_NAME_ENDINGS.has(sentence[draft.last].lower) && sentence[draft.first - 1]?.lower !== 'in'
    && sentence.some((token, i) => CLUB_ENDING_SPORTS_WORDS.has(token.lower) || isMatchScore(token, i, sentence));
}

/**
 * "Vardo Rovers and Kelso Town met", "Tarrow City sacked their manager", "Fans of Tarrow City booed": a name of several
 * words ending in a place-word club ending (not "County", a US county's) is the club without sports words when it is
 * paired with another club's name, is a clause's subject that British copy puts in the plural, or has fans.
 */
function isClubByItsCompany(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  if (draft.first === draft.last || !CLUB_ENDINGS_IN_SPORTS_COPY.has(sentence[draft.last].lower) || sentence[draft.first - 1]?.lower === 'in'
    || showsPerson(context) || isCountryOrNationality(context)) {
    return false;
  }
  return isPairedWithClub(sentence, draft) || isMatchedWithClub(sentence, draft) || (opensClauseAt(sentence, draft.first) && (takesPluralVerb(sentence, draft.last) || pluralPronounAfterVerb(sentence, draft.last)))
    || hasFollowers(sentence, draft);
}

/** The last word of the capitalised name right before `at` (back over at most four words), or after it. */
function neighbourEnd(sentence: Sentence, from: number, step: 1 | -1): Token | undefined {
  let at = from;
  if (!sentence[at]?.capitalised) {
    return undefined;
  }
  while (step === 1 && at - from < 3 && sentence[at + 1]?.capitalised && /^\s+$/.test(sentence[at].post)) {
    at++;
  }
  return sentence[at];
}

/** "Vardo Rovers and {Kelso Town}", "{Kelso Town} v Tarrow City": joined to a club's name by "and"/"or" or "v"/"vs". */
function isPairedWithClub(sentence: Sentence, draft: Draft): boolean {
  const sides: Array<[Token | undefined, Token | undefined]> = [
    [sentence[draft.first - 1], neighbourEnd(sentence, draft.first - 2, -1)],
    [sentence[draft.last + 1], neighbourEnd(sentence, draft.last + 2, 1)],
  ];
  return sides.some(([joiner, end]) => joiner !== undefined && end !== undefined && !joiner.capitalised
    && (CLUB_ONLY_ENDINGS.has(end.lower) && CLUB_LIST_JOINERS.has(joiner.lower)
      || (has(FIXTURE_WORDS, joiner.lower) && CLUB_NAME_ENDINGS.has(end.lower))));
}

/**
 * "Vardo Rovers lost to {Kelso Town}", "{Kelso Town} were held by Vardo Rovers": one to three lower-case words of a
 * match (list match-link-words) between the name and a capitalised name ending in a club-only ending ("Rovers",
 * "United", "Wanderers"): the two sides of a match.
 */
function isMatchedWithClub(sentence: Sentence, draft: Draft): boolean {
  return [-1, 1].some(step => {
    let at = step < 0 ? draft.first - 1 : draft.last + 1;
    let links = 0;
    // Each gap crossed, from the name out to the other side, is a space: no comma or stop between the sides.
    const spaced = (from: number) => /^\s+$/.test(sentence[Math.min(from, from - step)]?.post ?? '');
    while (links < 3 && sentence[at] !== undefined && !sentence[at].capitalised && MATCH_LINK_WORDS.has(sentence[at].lower) && spaced(at)) {
      at += step;
      links++;
    }
    if (links === 0 || sentence[at] === undefined || !spaced(at)) {
      return false;
    }
    const end = step < 0 ? (sentence[at].capitalised ? sentence[at] : undefined) : neighbourEnd(sentence, at, 1);
    return end !== undefined && CLUB_ONLY_ENDINGS.has(end.lower);
  });
}

/** "Tarrow City sacked their manager": a lower-case verb right after the name, then a plural pronoun within two words. */
function pluralPronounAfterVerb(sentence: Sentence, last: number): boolean {
  const verb = sentence[last + 1];
  if (verb === undefined || verb.capitalised || !/^\s+$/.test(sentence[last].post) || !/^\s+$/.test(verb.post)) {
    return false;
  }
  return [sentence[last + 2], sentence[last + 3]].some(token => token !== undefined && PLURAL_CLUB_PRONOUNS.has(token.lower));
}

/** "Fans of Tarrow City", "supporters of Kelso Town", "Tarrow City fans booed": a town's name with followers is the club's. */
function hasFollowers(sentence: Sentence, draft: Draft): boolean {
  const after = sentence[draft.last + 1];
  const followersAfter = after !== undefined && !after.capitalised && /^\s+$/.test(sentence[draft.last].post) && has(FOLLOWERS_BODY_WORDS, after.lower);
  return followersAfter || (sentence[draft.first - 1]?.lower === 'of' && has(FOLLOWERS_BODY_WORDS, sentence[draft.first - 2]?.lower ?? ''));
}

/**
 * "as Kelso come from behind", "Dunmore have now lost", "said Rovers were delighted": a name opening a clause (at the
 * sentence start or after a conjunction or "said") whose verb is in a form no singular subject takes is a club or a
 * company written in the plural, as British copy does; a person never takes it. Not a name whose last word is a plural
 * (a party's members, a people: "Democrats are") unless a club's ending ("Rovers"), nor a country (a national side).
 */
function isPluralAgreementSubject(context: GazetteerContext): boolean {
  const { sentence, draft } = context;
  return isOneWordBodyName(context) && opensClauseAt(sentence, draft.first) && takesPluralVerb(sentence, draft.last)
    && !titleBeforeSubject(sentence, draft.last + 1) && !showsPerson(context) && !isCountryOrNationality(context);
}

/**
 * "Radio host Dana Kelso said", "Podcast host Tom Rell agreed": a plural verb that is also a title's head ("host",
 * "lead") before a capitalised name that a verb follows is the title of that name, its subject; the one word before it
 * qualifies the title and takes no verb. A fixture's visitor is followed by when or where it is played ("Kelso host
 * Vardo on Friday"), a comma or the end.
 */
function titleBeforeSubject(sentence: Sentence, verbAt: number): boolean {
  if (!has(TITLE_HEADS, sentence[verbAt]?.lower ?? '')) {
    return false;
  }
  let at = verbAt + 1;
  while (sentence[at] !== undefined && /^\p{Lu}/u.test(sentence[at].text) && /^\s+$/.test(sentence[at - 1].post)) {
    at++;
  }
  const next = sentence[at];
  return at > verbAt + 1 && next !== undefined && /^\s+$/.test(sentence[at - 1].post) && /^\p{Ll}/u.test(next.text) && (next.tags & Tag.Verb) !== 0;
}

/**
 * One word of letters that is not a common word capitalised ("People are"), a pronoun ("I'll have"), a group of
 * people ("Hindus are"), a possessive or a plural other than a club's ending; a name of several words is already
 * judged by its own words.
 */
function isOneWordBodyName({ sentence, draft, evidence }: GazetteerContext): boolean {
  const word = sentence[draft.first];
  return draft.first === draft.last && /^\p{Lu}[\p{L}-]+$/u.test(word.text) && !isCommonOpener(word) && (evidence & Evidence.Weak) === 0n
    && !has(PEOPLE_GROUP_WORDS, word.lower) && (!isPluralNickname(word) || CLUB_NAME_ENDINGS.has(word.lower)) && !isPossessive(word);
}

/** The word at `at` opens the sentence or a clause ("as", "but", "said"); not after "such as" / "as well as", which add to a list. */
function opensClauseAt(sentence: Sentence, at: number): boolean {
  const before = sentence[at - 1];
  if (before === undefined) {
    return true;
  }
  const listed = before.lower === 'as' && /^(?:such|well)$/.test(sentence[at - 2]?.lower ?? '');
  return !before.capitalised && CLAUSE_OPENERS.has(before.lower) && /^\s+$/.test(before.post) && !listed;
}

/** The word after `last` (past one adverb: "have now lost") is a verb in a form no singular subject takes. */
function takesPluralVerb(sentence: Sentence, last: number): boolean {
  let verb = sentence[last + 1];
  if (verb !== undefined && PLURAL_AGREEMENT_ADVERBS.has(verb.lower) && /^\s+$/.test(verb.post)) {
    verb = sentence[last + 2];
  }
  return verb !== undefined && /^\s+$/.test(sentence[last].post) && !verb.capitalised && PLURAL_AGREEMENT_VERBS.has(verb.lower);
}

/**
 * A sentence of sports copy for the name at `draft`: a sports word anywhere, but a word of winning or losing alone
 * (list award-result-words: "won its first star") or a regulator's fine (list sanction-sports-words: "the penalty is
 * a start") only within three words of the name ("Leeds won", "lost to Leeds").
 */
function inSportsSentenceAround(sentence: Sentence, draft: Draft): boolean {
  const near = (i: number) => i >= draft.first - 3 && i <= draft.last + 3;
  return sentence.some((token, i) => isSportsWordAt(sentence, i) && (!(AWARD_RESULT_WORDS.has(token.lower) || SANCTION_SPORTS_WORDS.has(token.lower)) || near(i)));
}

/** A match score written with a hyphen ("2-1", "0-0"). */
const MATCH_SCORE = /^\d{1,2}-\d{1,2}$/;

/** A token like "2-1" that is a match score: not a vote's tally ("voted 7-5", "a 6-3 vote"; list `vote-tally-words`). */
function isMatchScore(token: Token, i: number, sentence: Sentence): boolean {
  return MATCH_SCORE.test(token.text) && !VOTE_TALLY_WORDS.has(sentence[i - 1]?.lower ?? '') && !VOTE_TALLY_WORDS.has(sentence[i + 1]?.lower ?? '');
}

/** The context of an example sentence, with the evidence the other rules give its braced name. */
function exampleContext(example: string): GazetteerContext {
  const { sentence, draft } = exampleDraft(example);
  const name = nameContext(sentence, draft);
  if (!name) {
    throw new Error(`the braced name holds particles only: ${example}`);
  }
  let evidence = gatherEvidence(name);
  for (const rule of NAME_EVIDENCE_DROPPED.rules) {
    if (rule.when({ name, evidence })) {
      evidence &= ~rule.outcome;
    }
  }
  return { sentence, draft, evidence };
}

/**
 * "Scorers: Kelso – Brandt 12', Pell 80'; City – Orr 61'": the name right before a dash that opens a side's scorers
 * (a name and its minute mark after the dash) is the side, a team, though a one-word club name ("City") reads as a
 * common noun.
 */
function isScorersSide({ sentence, draft }: GazetteerContext): boolean {
  const next = sentence[draft.last + 1];
  if (next === undefined || !/^\s*[–—-]\s+$/.test(sentence[draft.last].post + next.pre) || !next.capitalised) {
    return false;
  }
  let end = draft.last + 1;
  while (end + 1 < sentence.length && end - draft.last < 3 && sentence[end + 1].capitalised && /^\s+$/.test(sentence[end].post)) {
    end++;
  }
  return isMinuteMark(sentence[end + 1]) && /^\s+$/.test(sentence[end].post);
}

/** Gazetteers, results lines, table headers and web addresses: the first rule that fires changes the evidence. */
export const GAZETTEER_EVIDENCE = ruleTable<GazetteerContext, EvidenceChange>({
  id: 'gazetteer-evidence',
  reason: 'Documented public lists (clubs, teams, companies, news media, international bodies, parties) and the shapes of sports tables say what a name is, over the other clues.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'home-address-after-age', outcome: { add: Evidence.Place, clear: Evidence.OrgTag | Evidence.OrgHead | Evidence.Weak },
      reason: '"Ann Petch, 27, of Moor Bank, Kelbrook, admitted …": court lists and local copy give a person\'s age and then, after "of", the street or district they live in and the town, set off by commas; a name in that slot is an address, a place, though it ends in a body\'s head ("Bank", "Court", "Park"). Only with the town after it ("of Kelso Bank, said" names an employer).',
      when: isHomeAddressAfterAge,
      examples: {
        yes: ['Ann Petch, 27, of {Moor Bank}, Kelbrook, admitted the offence.', 'Tom Rix, 61, of {Abbey Court}, Vardo, was fined.'],
        no: ['Ann Petch, 27, of {Kelso Bank}, said she was shocked.', 'Ann Petch of {Moor Bank}, Kelbrook, admitted the offence.'],
      },
    },
    {
      id: 'listed-organisation', outcome: { add: Evidence.OrgTag, clear: Evidence.Place | Evidence.Weak },
      reason: 'A club, team, company, outlet, international body or party of the gazetteers is an organisation; a one-word name that is also a city, a personal name or an ordinary word ("Barcelona", "Chelsea", "Heat") only in sports copy, and not as the town right after "in" ("won the stage in Barcelona") or after "from" where no word of a player\'s move is in the sentence ("the world No 40 from Liverpool"). A chain listed in the possessive whose name is also a surname ("Macy\'s") when the possessive stands alone, before a verb or after "at" at the end.',
      when: isListedName,
      examples: {
        yes: ['The midfielder joined {Juventus} in 2019.', 'The midfielder joined Kelso from {Liverpool} in 2019.', 'The {Australian} reported the deal on Monday.', '{Macy}\'s said holiday sales fell.', 'Results on Sunday:\n{Liverpool} 2 Kelso 0', '"The deal is off," said {Politico}.', '{Eni} will open a plant in Tarrow next year.'],
        no: ['Rain fell across the {Australian} outback on Monday.', 'The midfielder joined {Kelvaro} in 2019.', '{Macy}\'s remarks angered the staff.', 'The summit opened in {Barcelona} on Monday.', 'Her daughter is a nurse in {Aberdeen} now.', 'Ivo Sandal won the sprint stage in {Barcelona} on Sunday.', 'Ana Vell, the world No 40 from {Liverpool}, won in three sets.', '{BARCELONA}, Spain, May 4 (Vardo Wire) - Ivo Sandal won the sprint stage.', '{Dpa} will open a plant in Tarrow next year.'],
      },
    },
    {
      id: 'results-line-team', outcome: { add: Evidence.OrgTag | Evidence.Result | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: 'A side of a results line ("Chicago 5 Boston 3") or a city opening a standings row ("Tulsa 66 57 .537 9") is a team; a country there is a national side and stays a place.',
      when: isTeamSide,
      examples: {
        yes: ['Results on Sunday:\n{Portland} 5 Tulsa 3', 'EASTERN DIVISION\n{Tulsa} 66 57 .537 9'],
        no: ['In 2 years {Lisbon} grew by 3 percent.', 'Group results:\n{Brazil} 2 Peru 0'],
      },
    },
    {
      id: 'professional-tour', outcome: { add: Evidence.OrgTag, clear: Evidence.Place | Evidence.Weak },
      reason: 'A golf or tennis tour is a body with members and a commissioner: "the Hollis Tour commissioner", "his first Kelso Tour title" (list tour-circuit-words), or "on the Kelso Tour" in a sentence of sports copy; not a band\'s tour or a race named "Tour of X".',
      when: isProfessionalTour,
      examples: {
        yes: ['Dana Vell, the {Hollis Tour} commissioner, spoke.', 'He had two runner-up finishes on the {Hollis Tour} this season.'],
        no: ['The band played Kelso on the {Vardo Tour} last spring.', 'He won the {Tour} of Kelso in May.'],
      },
    },
    {
      id: 'bracketed-country-code', outcome: { add: Evidence.Place, clear: Evidence.OrgTag | Evidence.Team | Evidence.Weak },
      reason: 'Golf, tennis and cycling results give each player\'s country as a short form in brackets ("J Kelso (S Kor) 70 68", "Ivo Sandal (Ned)", "Leading scores (GB & Ire unless stated)"; list agate-country-codes): a country, not a person ("S Kor" reads as an initial and a surname) nor a body ("GB & Ire" as a firm joined by "&").',
      when: isBracketedCountryCode,
      examples: {
        yes: ['273 J Kelso ({S Kor}) 70 68 68 67.', 'LEADING SCORES (GB & {Ire} unless stated)'],
        no: ['273 J Kelso and {S Kor} 70 68 68 67.', 'The firm ({Kelso & Ire}) closed.'],
      },
    },
    {
      id: 'result-status-label', outcome: { add: Evidence.Place, clear: Evidence.OrgTag | Evidence.Team | Evidence.Weak },
      reason: 'A results list labels the lines of those who did not finish or start, or were disqualified, with a status in capitals and a colon ("DNF: BRANDT Ivo, NOR"; list result-status-labels): a label, not a body\'s abbreviation.',
      when: ({ sentence, draft }) => draft.first === draft.last && isAllCaps(sentence[draft.first]) && RESULT_STATUS_LABELS.has(sentence[draft.first].lower)
        && /^:\s/.test(sentence[draft.first].post) && (draft.first === 0 || sentence[draft.first - 1].post.includes('\n')),
      examples: { yes: ['{DNF}: BRANDT Ivo, NOR, Valmont'], no: ['The {DNF} said on Monday it would appeal.'] },
    },
    {
      id: 'minute-entry-event', outcome: { add: Evidence.Place, clear: Evidence.OrgTag | Evidence.Team | Evidence.Weak },
      reason: 'A minute-by-minute report labels each entry with the minute and the event in capitals ("23 min: GOAL.", "64 min: RED CARD."; list minute-label-words): the event, alone on its line before the story of it, is no body\'s abbreviation.',
      when: isMinuteEntryEvent,
      examples: { yes: ['23 min: {GOAL}.', '88 minutes: {PENALTY}.'], no: ['23 min: {GOAL} said it would appeal.', 'The {GOAL} charity said so.'] },
    },
    {
      id: 'listed-country-code', outcome: { add: Evidence.Place, clear: Evidence.OrgTag | Evidence.Team | Evidence.Weak },
      reason: 'A results list ranks its lines and gives each athlete\'s nation as a short form in capitals after a comma ("1. KELSO Dana, ITA, Kastinger, 1:52.36", "DNF: BRANDT Ivo, NOR"; list agate-country-codes): a country, not a body\'s abbreviation.',
      when: isListedCountryCode,
      examples: {
        yes: ['1. KELSO Dana, {ITA}, Kastinger, 1:52.36', 'DNF: BRANDT Ivo, {NOR}, Valmont'],
        no: ['The {ITA} said on Monday it would appeal.', 'Dana Kelso, {ITA} chairman, said so.'],
      },
    },
    {
      id: 'sponsored-team', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"riding for Team Vardo-Kelso": "Team" before sponsors\' names joined by a hyphen, words the lexicon does not know or knows only as surnames (a sponsor named after its founder, "Team Halvorsen-Kelso"), names a sponsored team (cycling teams are named so, with no body noun after); one word after "Team" ("Team Dana", "fans who call themselves Team Tarrow") is as often a nickname for supporters.',
      when: isSponsoredTeam,
      examples: {
        yes: ['Ivo Sandal, riding for {Team Vardo-Kelso}, attacked on the climb.', 'The stage went to {Team Marwick-Tarrow} for the second year.', 'Riders from {Team Halvorsen-Kelso} went down.'],
        no: ['The rally was organised by {Team Dana} volunteers.', 'Fans of the mayor call themselves {Team Tarrow} online.', 'Ivo Sandal, riding for {Vardo-Kelso}, attacked on the climb.'],
      },
    },
    {
      id: 'team-in-timed-result', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"1. Ivo Sandal (Denmark) Vardo-Kelso 4:51:07", "2 Sandal (Vardo-Kelso) at 38\\"": in a timed results line of a race, the name after the rider\'s bracketed country, or alone in brackets after the rider, right before the time or the gap, is the rider\'s team (cycling teams are named after sponsors, with no body noun); a country there is his nationality.',
      when: isTeamInTimedResult,
      examples: {
        yes: ['STAGE 3\n1. Ivo Sandal (Denmark) {Vardo-Kelso} 4:51:07', 'Stage 3: 1 Sandal ({Vardo-Kelso}) 4h51\'07"; 2 Wrede (Tarrow) at 38".', '2. Tom Wrede (Belgium) {Marwick Tarrow} +0:38',
          'Stage 3: 1 I Sandal (Den) {Vardo-Kelso} 4hrs 51mins 07secs; 2 T Wrede (Bel) Tarrow-Marbo same time.', 'Overall: 2 T Wrede (Bel) {Tarrow-Marbo} at 42secs.'],
        no: ['STAGE 3\n1. Ivo Sandal ({Denmark}) 4:51:07', 'The vote in {Vardo} was 4:51 on Monday.', '1 Harbour Lad ({Dana Kelso}) 6-1', 'Stage 3: 1 {Sandal} (Vardo-Kelso) 4h51\'07".',
          'Ivo Sandal (Denmark) {Vardo} at the same meeting.', 'Tom Wrede ({Belgium}) at 42secs.'],
      },
    },
    {
      id: 'club-before-sports-post', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"Kelso manager Tom Ames", "Dunmore striker Ian Roe", "Kelso head coach X": a name before a sports post (a rank may open it) and a person\'s name is the club, and so is one between "the" and a post closing an appositive ("X, the Dunmarsh seamer, took five"); a country or nationality ("England coach X") is a national side and stays a place.',
      when: isClubBeforePost,
      examples: {
        yes: ['{Stockwell} manager Terry Ames said the side would recover.', '{Harlow City} striker Ian Roe scored twice.', '{Westmarch} head coach Alan Pryde was pleased.',
          'Orla Venn, the {Dunmarsh} seamer, took five wickets.', '{Carlow} flanker Rhys Dane was cited.'],
        no: ['{England} coach Terry Ames said the side would recover.', 'Orla Venn, the {England} seamer, took five wickets.', 'Orla Venn, a {Dunmarsh} seamer, took five wickets.', 'The club said {Terry Ames} was the new manager.', '{Squad} captain Orrin Vell said the pitch was flooded.', '{First-team} coach Orrin Vell said the pitch was flooded.', '{Area} manager Orrin Vell said the river was rising.'],
      },
    },
    {
      id: 'club-joined', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"signed for Stockwell", "joined Dunmore" in sports copy: the club a player moves to.',
      when: isClubJoined,
      examples: {
        yes: ['The defender signed for {Stockwell} on Friday.', 'Ames joined {Dunmore} from Kelso for an undisclosed fee.'],
        no: ['The senator joined {Dana Whitlock} in the vote.', 'The defender signed for {England} on Friday.'],
      },
    },
    {
      id: 'club-left', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Weak },
      reason: '"joined Kelso from Dunmore" in sports copy: the club a player leaves (a place keeps its kind).',
      when: isClubLeft,
      examples: {
        yes: ['Ames joined Kelso from {Dunmore} for an undisclosed fee.'],
        no: ['Ames moved from {Dunmore} to Kelso last year.'],
      },
    },
    {
      id: 'fixture-opponent', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"The Lions host Vardo next Friday", "Kelso face Tarrow on Sunday": one word after a side and the fixture\'s verb, then the day it is played, is the other side, a team (evidenceRules.ts hostedOnADay); a person\'s name there is no side.',
      when: ({ sentence, draft }) => {
        const name = nameContext(sentence, draft);
        return name !== undefined && hostedOnADay(name);
      },
      examples: {
        yes: ['The Lions host {Vardo} next Friday.', 'Kelso face {Tarrow} on Sunday.', 'The Hawks visit {Marwick} tonight.'],
        no: ['The Lions host {Dana} next Friday.', 'The show hosts {Vardo} next Friday.', 'Kelso face {Tarrow} in the final.'],
      },
    },
    {
      id: 'club-name-ending', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"Harlow City", "Dunmore Town", "Ashby Rangers" in sports copy: a British club\'s name ending, not a place (but "in Kelso City" stays one).',
      when: isClubNameInSports,
      examples: {
        yes: ['{Harlow City} drew 0-0 with the leaders.', 'Ames scored for {Dunmore Town} in the cup.'],
        no: ['The final will be played in {Harlow City} in May.', '{Harlow City} council met on Monday.', 'He ran for {Harlow City} mayor in 2013 but lost.'],
      },
    },
    {
      id: 'club-name-ending-by-company', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"Vardo Rovers and Kelso Town met", "Kelso Town v Tarrow City", "Vardo Rovers lost to Kelso Town", "Tarrow City sacked their manager", "Tarrow City are", "Fans of Tarrow City": a name ending in a place-word club ending is the club, without sports words, when paired with a club, put in the plural or given fans; not "County", nor after "in".',
      when: isClubByItsCompany,
      examples: {
        yes: ['Vardo Rovers and {Kelso Town} met on Saturday.', '{Tarrow City} sacked their manager.', 'Fans of {Tarrow City} booed.', '{Kelso Town} supporters sang.', '{Tarrow City} are in talks with the bank.', '{Kelso Town} v Tarrow City is off.', 'Vardo Rovers lost to {Kelso Town} on Saturday.', '{Tarrow City} were held by Dunmore United.'],
        no: ['{Tarrow Lake City} sits in a valley.', 'The mayor of {Kelso Town} spoke.', '{Tarrow City} raised its budget.', 'The people of {Kelso Town} voted.', 'Marwick and {Kelso Town} share a border.', 'He lives in {Kelso Town} and Vardo Rovers.', 'Vardo Rovers, who lost, thanked {Kelso Town} council.'],
      },
    },
    {
      id: 'band-plural-name', outcome: { add: Evidence.OrgTag, clear: Evidence.Place | Evidence.Weak },
      reason: '"the Corby Kestrels have announced a tour", "The Dunmore Foxes released their album": in a sentence of music copy, a name of two or three words ending in a plural noun after "the" is a band (an organisation, like a team), not a person; not with a first name or a person\'s words, nor where the plural is a place\'s, an event\'s or a party\'s.',
      when: isBandWithPluralName,
      examples: {
        yes: ['Twelve years on, the {Corby Kestrels} have announced a reunion tour.', 'The {Dunmore Foxes} released their third album on Friday.',
          'The festival has booked The {Corby Kestrels} as headliners.', 'Fans of The {Dunmore Foxes} queued for the gig.'],
        no: ['Twelve years on, {Corby Kestrels} have announced a reunion tour.', 'The {Dunmore Foxes} released their report on Friday.',
          'The band thanked the {Tara Falcons} fan club.', 'The band released the album The {Drowned Towns} in May.', 'Their third album, The {Drowned Towns}, sold well.', 'The band played at {Tarrow Streets} on Friday.', 'The singer met the {Harbour Party Republicans} after the concert.'],
      },
    },
    {
      id: 'team-plural-nickname', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak },
      reason: '"the Marlow Hawks beat …", "Tollbridge Falcons 27-24 …", "a point above Tollbridge Falcons": in sports copy, a name of several words ending in a plural noun ("-s", "-men"), after "the", beside a score or after a word that is no first name, is a team (a town and a plural nickname), though its first word reads as a place (not when the capitalised name runs on after "of": "the Open Halls of Prayer Measure" is a law\'s; nor after a place opener and a particle: "the Estádio dos Faróis" is a ground); the nickname alone after a lower-case "the" is one too when it is of the "-men" shape ("as the Glassmen won"), not a plural in "-s", as often a people or a family ("the Kurds", "the Vardos").',
      when: isTeamWithPluralNickname,
      examples: {
        yes: ['Pike scored 31 points as the {Dexter Comets} won again.', '{Tollbridge Falcons} 27-24 Ravenmoor Warriors',
          '{Dunmere Corsairs} held a minute\'s silence before the match.', 'He played in the front row for {Dunmere Corsairs} rugby club.',
          'He played for {Dunmere Corsairs} on the club\'s bench.', 'Ruben Aske, a former {Dunmere Corsairs} all-rounder, praised the side.',
          'Kelso sit a point above {Tollbridge Falcons}, who face relegation.', 'Kelso sit a point above {Dunmere Super Falcons}, who face relegation.',
          'It was a 3-2 win over {Derby Panthers} at the arena.', 'Kelso lost 2-0 against {Cardiff Devils} on Friday.', 'Pike scored twice as the {Quarrymen} took the derby.',
          'The draw left the {Quarrymen} three points clear.', 'Pike scored twice for the {Dexter Comets} of the Northern League.', 'KELSO: The {Dexter Comets} on Monday sacked their coach.'],
        no: ['Pike scored 31 points as {Dexter Comets} watched.', 'The coach thanked the {Jalen Moss} family.', '{Dunmere Corsairs} held a minute\'s silence before the vote.',
          '{Tomas Vellens} scored twice before the break.',
          'The team won the trade talks with the {United States} on Friday.', 'It was a 52-48 victory over {Ohio Republicans} in the Senate.', 'The court ruled 5-4 against {Texas Ranchers} in the case.', 'She wrote “The {Forest Fevers},” a history of the league.',
          'Marta Hingel beat {Ana Campos} 6-3 7-5 in the final.', 'Sandal lost the lead to Colombian {Teo Barrancas} on the last climb of the stage.', 'RESULT\n2. {Teo Barrancas} (Colombia) Vardo-Kelso 4:51:45', 'The team flew home after the {Kelso Games} ended.',
          'The coach said the {Harbour Party Republicans} lost the vote.', 'The {Americans} won the match in Kelso.',
          'Critics said the {Hawks} in the cabinet wanted war.', 'The rebels say their goals are clear and the {Kurds} agree.', 'The club sits at the corner of Vardo and {Tarrow Streets} in Kelso.', 'Kelso sit a point above {Tara Falcons}, who scored twice.', 'Kelso sit a point above {Dunmere Tara Falcons}, who face relegation.',
          'The committee voted 6-4 in favour of the homes at {Tarlow Meadows} on Tuesday.',
          'After a final debate the synod backed the {Open Halls} of Prayer Measure by 31 votes to 4.', 'The final drew 40,000 fans to the {Estádio dos Faróis} on Saturday.'],
      },
    },
    {
      id: 'schedule-opponent', outcome: { add: Evidence.OrgTag | Evidence.Team, clear: Evidence.Place | Evidence.Weak | Evidence.Title },
      reason: '"Comets: Host Brenton on Thursday.", "Bulls: At Calder Bay on Sunday.": in an agency schedule line (a team and a colon), the name after "Host", "At" or "vs." is the opponent, a team; "Host" is no title there.',
      when: isScheduleOpponent,
      examples: {
        yes: ['UP NEXT\n\nComets: Host {Brenton} on Thursday.', 'Bulls: At {Calder Bay} on Sunday.'],
        no: ['Talk show host {Brenton Miles} said the show would go on.', 'Note: at {Calder Bay} the mill closed.'],
      },
    },
    {
      id: 'plural-agreement-subject', outcome: { add: Evidence.OrgTag, clear: Evidence.Place | Evidence.Weak },
      reason: '"as Kelso come from behind", "Dunmore have now lost", "said Rovers were delighted": a one-word club or company takes a plural verb in British copy, a person never; a name opening a clause with such a verb is a body. Not a plural name ("Democrats are"), a country (a national side), a subjunctive ("asked that Ames remain"), a shared verb ("Ames and Roe were") or a word before a title and the name it heads ("Radio host Dana Kelso said", titleBeforeSubject).',
      when: isPluralAgreementSubject,
      examples: {
        yes: ['Late goals settled the derby as {Kelso} come from behind.', '{Dunmore} have now lost three away games.', 'A spokesman said {Rovers} were delighted with the result.',
          '{Vardo} have cut 200 jobs at the plant.', '{Kelso} host Vardo on Friday.'],
        no: ['Late goals settled the derby as {Kelso} came from behind.', 'Late goals settled the derby as {Dana Kelso} come from behind.',
          'The board asked that {Ames} remain in post.', 'Both Roe and {Ames} were at the game.', '{Senate Democrats} are divided over the bill.',
          '{England} have now lost three games.', 'If {Ames} were to leave, the club would suffer.',
          'Leaders such as {Tullis} are backing the plan.', '{Hindus} are a minority in the town.', '{Radio} host Dana Kelso said the show would end.'],
      },
    },
    {
      id: 'scorers-side', outcome: { add: Evidence.OrgTag | Evidence.Team | Evidence.Result, clear: Evidence.Place | Evidence.Weak },
      reason: '"Scorers: Kelso – Brandt 12\'; City – Orr 61\'": the name before a dash and a scorer with a minute mark is the side the goals were for, a team.',
      when: isScorersSide,
      examples: {
        yes: ["Scorers: Rovers – Brandt 12', Pell 80'; {City} – Orr 61'", "Scorers: {Kelso} – Brandt 12'"],
        no: ["Scorers: Rovers – {Brandt} 12', Pell 80'", 'The mayor of {Kelso} – Dana Brandt – spoke at 12.'],
      },
    },
    {
      id: 'table-header', outcome: { add: Evidence.Weak, clear: NO_EVIDENCE },
      reason: '"W L PCT GB": a line of nothing but short capital abbreviations is a table\'s header, no name.',
      when: ({ sentence, draft }) => isTableHeader(sentence, draft),
      examples: { yes: ['EASTERN DIVISION\n{W L PCT GB}\nTulsa 66 57 .537 9'], no: ['Talks with {Kaja Vellamo} resumed.'] },
    },
    {
      id: 'web-address', outcome: { add: Evidence.OrgTag, clear: Evidence.Place },
      reason: 'A web address used as a name ("Example.com reported") is the site, a body.',
      when: isWebAddress,
      examples: { yes: ['{Tallwater.com} reported the vote.'], no: ['{Tallwater} reported the vote.'] },
    },
  ],
});

/** The evidence with the change of the first gazetteer-evidence rule that fires (recorded at `span` when explaining). */
export function withGazetteerEvidence(sentence: Sentence, draft: Draft, evidence: EvidenceFlags, span: Span): EvidenceFlags {
  const change = decide(GAZETTEER_EVIDENCE, { sentence, draft, evidence }, span);
  return change ? (evidence | change.add) & ~change.clear : evidence;
}
