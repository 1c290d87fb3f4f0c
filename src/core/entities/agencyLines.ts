// Lines of news-agency copy that are not prose: results lists and scoreboards ("1. Dana Marr ( Kenya ) 13:02.14",
// "65 Tomas Brenner ( Sweden )"), whose every word is capitalised because every word is a name, so they are no
// headlines; datelines ("KELSO 1996-08-30"), whose capitals name the place filed from; and headlines in capitals
// ("TENNIS - MARR BEATS KELSO ."), whose unknown words may name people and bodies the story names.
import { NAME_PARTICLES, has } from '../lexicon/entities';
import { COUNTRIES } from '../lexicon/gazetteer';
import { AGATE_COUNTRY_CODES, SCORER_LABELS } from '../lexicon/gazetteer/sports';
import { BYLINE_JOINS, PHOTO_CREDIT_WORDS } from '../lexicon/names';
import { parseParagraph } from '../nlp/adapter';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { ruleTable } from '../rules/ruleTable';
import { decide } from '../rules/trail';
import type { Draft } from './names';
import { Evidence, NO_EVIDENCE } from './types';
import { hyphenated, isAllCaps, isCapitalised, joined } from './words';

/** A result figure: a time, a distance or a set score ("13:02.14", "2.35", "6-4", "7-6"). */
const RESULT_FIGURE = /^\d{1,3}(?:[:.]\d{2}){1,2}$|^\d{1,2}-\d{1,2}$/;

/** A rank or a score opening a list line ("1", "65"), written alone or with its full stop ("1."). */
const isRankOrScore = (token: Token): boolean => /^\d{1,3}$/.test(token.text);

/**
 * A capitalised word with an opening parenthesis after it: a name and its country or club ("Marr ( Kenya )"). Where
 * the bracket is glued to the next word ("Marr (Kenya)", "De Witte (Bel)") that word must be a country, a place the
 * lexicon knows or a results line's short form of one (list agate-country-codes): "Kelso (Video)" in a headline is no
 * origin.
 */
function hasBracketedOrigin(sentence: Sentence): boolean {
  return sentence.some((token, i) => i + 1 < sentence.length && isCapitalised(token) && isCapitalised(sentence[i + 1])
    && (/\(\s*$/.test(token.post) || (/\(\s*$/.test(sentence[i + 1].pre) && isCountryWord(sentence[i + 1]))));
}

/** A country's name, a place's, or a results line's short form of a country ("Kenya", "Bel", "Ned"). */
function isCountryWord(token: Token): boolean {
  return COUNTRIES.has(token.lower) || AGATE_COUNTRY_CODES.has(token.lower) || (token.lexicon & Tag.Place) !== 0;
}

/** A minute of play after a scorer's name: one to three digits and an apostrophe or prime ("McFadyen 23'", "23' GOAL"). */
export const isMinuteMark = (token: Token | undefined): boolean => token !== undefined && /^\d{1,3}$/.test(token.text) && /^['’′](?!['’′])/.test(token.post);

/** A number closing a bracket after a substitute's name, the minute they came on ("(Marr 71)"). */
const isBracketedMinute = (token: Token): boolean => /^\d{1,3}$/.test(token.text) && /^\)/.test(token.post);

/** Most words of a side's name before the colon that opens a team sheet or a scorers line ("Kelso Vale Rovers:"). */
const MAX_SIDE_LABEL_TOKENS = 3;

/**
 * The first token with a colon after it, when it is one of the line's first three (a side's name or a label, then the
 * colon), else -1. Only the first three tokens are read: the rules ask per name, and a colon further on opens no list.
 */
function openingColon(sentence: Sentence): number {
  for (let i = 0; i < sentence.length && i < MAX_SIDE_LABEL_TOKENS; i++) {
    if (sentence[i].post.includes(':')) {
      return i;
    }
  }
  return -1;
}

/**
 * The index of the first player of a team sheet, or -1: a side's name of up to three capitalised words and a colon
 * opening the line, then at least four capitalised names split by semicolons (the lines of the formation) and commas,
 * a substitute in brackets with the minute ("Harlow: Brandt; Tesch, Onyango, Pell (Marr 71), Skiba.").
 */
export function teamSheetStart(sentence: Sentence): number {
  const colon = openingColon(sentence);
  if (colon < 0 || !sentence.slice(0, colon + 1).every(isCapitalised)) {
    return -1;
  }
  const players = sentence.slice(colon + 1);
  const names = players.filter(hasLetter);
  // A title-case headline capitalises its small words too ("Brandt Wins; Tesch And Onyango Lose"): no list of names.
  const small = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun | Tag.Copula;
  const listed = players.every(token => (hasLetter(token) && isCapitalised(token) && (token.lexicon & small) === 0) || isBracketedMinute(token));
  return listed && names.length >= 4 && players.some(token => token.post.includes(';')) ? colon + 1 : -1;
}

/**
 * A player named in a line of a match report's lists: a name in a team sheet after the side's colon, a name right
 * before a minute mark ("Scorers: Harlow – Tesch 12', Pell 80'"), or a name in brackets' shadow in a key-event line
 * opened by a minute mark ("34' GOAL Tesch (Harlow)").
 */
export function isListedPlayer(sentence: Sentence, first: number, last: number): boolean {
  const sheet = teamSheetStart(sentence);
  if (sheet >= 0) {
    return first >= sheet;
  }
  if (inScorecardBrackets(sentence, first, last) || inScorersLine(sentence, first, last) || beforeBracketedMinute(sentence, first, last)) {
    return true;
  }
  // A key event: the minute, perhaps an event word in capitals ("GOAL"), then the name and the side in brackets.
  const afterMinute = isMinuteMark(sentence[first - 1]) || (first > 1 && isMinuteMark(sentence[first - 2]) && isAllCaps(sentence[first - 1]));
  // The minute stands apart after the name: "Tesch 12'", not a title's number ("Kelso Five-0''").
  return (isMinuteMark(sentence[last + 1]) && /^\s+$/.test(sentence[last].post)) || (afterMinute && /^\s*\($/.test(sentence[last].post + (sentence[last + 1]?.pre ?? '')));
}

/**
 * One to three digits alone in brackets right after the token, closing an item ("Brandt (12),", "Orr (64)."): a
 * minute of play (or an age), never a side's score, which stands bare after the side ("Kelso 2 Tarrow 1").
 */
export function hasBracketedNumberAfter(sentence: Sentence, last: number): boolean {
  const figure = sentence[last + 1];
  return figure !== undefined && /^\d{1,3}$/.test(figure.text) && /^\s*\($/.test(sentence[last].post + figure.pre) && /^\)\s*[,;.]?\s*$/.test(figure.post);
}

/**
 * "Scorers: Kelso: Brandt (12), Pell (80). Tarrow: Orr (61).", "Sent off: Orr (64).": British copy writes the minute
 * of a goal or a dismissal in brackets after the player's surname. A name that opens an item of a line opened by a
 * label or a side and a colon, with one to three digits alone in brackets right after it and the item closing there,
 * is a player, never a side (a side is before the colon).
 */
function beforeBracketedMinute(sentence: Sentence, first: number, last: number): boolean {
  if (!hasBracketedNumberAfter(sentence, last)) {
    return false;
  }
  const colon = openingColon(sentence);
  return colon >= 0 && colon < first && /[:,;]\s*$/.test(sentence[first - 1].post + sentence[first].pre);
}

/** A Gaelic games tally after a scorer's name: goals, then points ("1-4", "0-11"). */
const GAELIC_TALLY = /^\d{1,2}-\d{1,2}$/;

/**
 * "Scorers – Kilcarne: C Mac Lochlainn 1-3, P Ó Riordáin 0-6 (0-4f), S de Paor 0-2. Dunmallow: M Breen 0-7": a name
 * in a hurling or Gaelic football report's scorers line, with its tally of goals and points after it (and perhaps
 * the frees in brackets), is a player of that side, never a side: "1-3" is no match score between the name and the
 * next. The item opens after the line's colon or the comma (semicolon) closing the item before, and ends at its
 * tally; the line is labelled (list scorer-labels) or opens with a side and a colon and lists two tallies or more.
 * A result line ("Half-time: Kilcarne 1-8 Dunmallow 1-10") puts a side after the tally, not a comma, and stays one.
 */
export function inScorersLine(sentence: Sentence, first: number, last: number): boolean {
  const tally = sentence[last + 1];
  if (tally === undefined || !GAELIC_TALLY.test(tally.text) || !/^\s+$/.test(sentence[last].post)) {
    return false;
  }
  const closes = /^\s*(?:[,;.(]|$)/.test(tally.post + (sentence[last + 2]?.pre ?? ''));
  const opens = first > 0 && /[:,;]\s*$/.test(sentence[first - 1].post + sentence[first].pre);
  if (!closes || !opens) {
    return false;
  }
  if (sentence.slice(0, first).some(token => SCORER_LABELS.has(token.lower))) {
    return true;
  }
  const colon = openingColon(sentence);
  return colon >= 0 && colon < first && sentence.slice(0, colon + 1).every(isCapitalised)
    && sentence.slice(colon + 1).filter(token => GAELIC_TALLY.test(token.text)).length >= 2;
}

/** A side's total before a scorecard's brackets: runs and perhaps wickets ("312-7", "148"), or "dec" after them. */
const SIDE_TOTAL = /^\d{1,3}(?:-\d{1,2})?$|^dec\.?$|^declared$/i;

/** A player's figure after the name in a scorecard: runs ("104", "52*") or bowling figures ("4-62"). */
const PLAYER_FIGURE = /^\d{1,3}(?:-\d{1,3})?\*?$/;

/** How far back from a name the opening bracket of a scorecard is looked for: a bracket holds a few players. */
const SCORECARD_REACH = 40;

/**
 * "Vardo 290-6 dec (D Kelso 88, R Onn 41; I Penhale 3-51, Morrow 2-77) beat Tarrow 150 (Ferrow 40 & 12)": a name
 * inside the brackets opened right after a side's total, with its own figure after it (runs, bowling figures), is a
 * player of that side. The figures are no match score between sides
 * ("3-51" after a name in such brackets is a bowler's wickets and runs), and a name there is never the team.
 */
export function inScorecardBrackets(sentence: Sentence, first: number, last: number): boolean {
  if (!PLAYER_FIGURE.test(sentence[last + 1]?.text ?? '') || !/^\s+$/.test(sentence[last].post)) {
    return false;
  }
  for (let i = first; i >= 0 && first - i < SCORECARD_REACH; i--) {
    if (i < first && /\)/.test(sentence[i].post)) {
      return false;
    }
    const opens = /\(\s*$/.test(sentence[i].pre) ? i - 1 : i < first && /\(\s*$/.test(sentence[i].post) ? i : -2;
    if (opens !== -2) {
      return opens >= 0 && SIDE_TOTAL.test(sentence[opens].text);
    }
  }
  return false;
}

/** Whether a bracket opens right after token i ("148 (", "dec ("). */
const opensBracketAfter = (sentence: Sentence, i: number): boolean => /\(\s*$/.test(sentence[i].post) || /^\s*\(/.test(sentence[i + 1]?.pre ?? '');

/**
 * "Vardo 290-6 dec (D Kelso 88; …)", "beat Tarrow 150 (Ferrow 40; …)", "Tarrow 150 & 141 (Ferrow 40 & 12)": the name
 * right before a side's total (or two innings' totals) that opens a scorecard's brackets, the first player in them with
 * a figure of their own, is the side.
 */
export function isScorecardSide(sentence: Sentence, last: number): boolean {
  const total = sentence[last + 1];
  if (total === undefined || !/^\s+$/.test(sentence[last].post) || !/^\d{1,3}(?:-\d{1,2})?$/.test(total.text)) {
    return false;
  }
  // "312-7 dec (", and two innings' totals "148 & 141 (" / "148 and 141 (": the brackets open after the last.
  const secondInnings = /^(?:&|and)$/.test(sentence[last + 2]?.text ?? '') && /^\d{1,3}(?:-\d{1,2})?$/.test(sentence[last + 3]?.text ?? '');
  const closing = opensBracketAfter(sentence, last + 1) ? last + 1 : /^dec/i.test(sentence[last + 2]?.text ?? '') ? last + 2 : secondInnings ? last + 3 : last + 1;
  if (!opensBracketAfter(sentence, closing)) {
    return false;
  }
  // The first player: one to three capitalised words (an initial may open them), then a figure.
  for (let k = closing + 1; k < sentence.length && k - closing <= 3; k++) {
    if (!isCapitalised(sentence[k])) {
      return false;
    }
    if (PLAYER_FIGURE.test(sentence[k + 1]?.text ?? '')) {
      return true;
    }
  }
  return false;
}

/** A match score written with a hyphen between two sides ("4-0", "2-1"). */
const SIDES_SCORE = /^\d{1,2}-\d{1,2}$/;

/**
 * "Semi-final | Kelso City 4-0 Marwick United", "Tarrow 2-1 Vardo Athletic": a line that ends with a side, a
 * hyphenated score and a side (one to three capitalised words each), nothing but a row label and a separator ("|")
 * before the first side. A table's row of results, whose capitals are names; a headline goes on after the second side
 * ("Kelso 2-1 Marwick: Brandt Double Sinks Hosts") or has words before the first.
 */
function isScoreBetweenSides(sentence: Sentence): boolean {
  const score = sentence.findIndex(token => SIDES_SCORE.test(token.text));
  const after = sentence.slice(score + 1);
  if (score < 1 || after.length < 1 || after.length > 3 || !after.every(isCapitalised) || after.slice(0, -1).some(token => !/^\s+$/.test(token.post))) {
    return false;
  }
  let first = score;
  while (first > 0 && score - first < 3 && isCapitalised(sentence[first - 1]) && /^\s+$/.test(sentence[first - 1].post)) {
    first--;
  }
  return first < score && (first === 0 || sentence[first - 1].text === '|');
}

const RESULT_LINE = ruleTable<Sentence, 'results'>({
  id: 'results-line',
  reason: 'A line of a results list or scoreboard capitalises every word because every word is a name: it is no headline, and the names on it are people or sides like any others.',
  contextOf: example => parseParagraph(example)[0],
  rules: [
    {
      id: 'rank-then-name-and-origin', outcome: 'results',
      reason: 'A rank or score opens the line and a name is followed by its country or club in parentheses: a finishing order or a leaderboard.',
      when: sentence => sentence.length > 2 && isRankOrScore(sentence[0]) && hasBracketedOrigin(sentence),
      examples: { yes: ['67 Tomas Brenner ( Sweden ) , Wayne Kelso ( Australia )', '2. Dana Marr ( Kenya ) 13:05.77', '2. Ivo de Marr (Bel) Vardo-Kelso s.t.'], no: ['Dana Marr Wins In Kenya Again', '3 Killed In Kelso Blast', '3 Killed In Kelso (Video) Blast Report'] },
    },
    {
      id: 'name-origin-and-figure', outcome: 'results',
      reason: 'A name with its country or club in parentheses and a result figure (a time, a distance, a set score) on the same line: a result.',
      when: sentence => hasBracketedOrigin(sentence) && sentence.some(token => RESULT_FIGURE.test(token.text)),
      examples: { yes: ['Nina Kelso ( Spain ) beat Lia Dunmore ( Italy ) 6-4 6-2'], no: ['Nina Kelso ( Spain ) Beats Lia Dunmore In Final', 'Marr Runs 13:05.77 In Kelso'] },
    },
    {
      id: 'team-sheet', outcome: 'results',
      reason: 'A side\'s name and a colon, then four or more capitalised names split by semicolons and commas, substitutes in brackets with their minute: a team sheet, whose every word is a player\'s name.',
      when: sentence => teamSheetStart(sentence) >= 0,
      examples: { yes: ['Harlow: Brandt; Tesch, Onyango, Pell (Marr 71), Skiba.'], no: ['Harlow: Brandt Wins; Tesch And Onyango Lose', 'Referee: Dana Marr.'] },
    },
    {
      id: 'minute-marks', outcome: 'results',
      reason: 'Names before minute marks ("Tesch 12\', Pell 80\'") or a line opened by one ("34\' GOAL Tesch (Harlow)"): a match report\'s scorers or key events, no headline.',
      when: sentence => sentence.filter(isMinuteMark).length >= 2 || (isMinuteMark(sentence[0]) && sentence.length > 1),
      examples: { yes: ["Scorers: Harlow – Tesch 12', Pell 80'", "34' GOAL Tesch (Harlow)"], no: ["Tesch Scores Twice In Harlow Win", "Pell Signs For Harlow Until 2028"] },
    },
    {
      id: 'score-between-sides', outcome: 'results',
      reason: 'A line ending with a side, a hyphenated score and a side, perhaps after a row label and a separator ("Semi-final | Kelso City 4-0 Marwick United"): a row of a results table, whose every word is a team\'s name.',
      when: isScoreBetweenSides,
      examples: { yes: ['Semi-final | Kelso City 4-0 Marwick United', 'Tarrow 2-1 Vardo Athletic'], no: ['Kelso 2-1 Marwick: Brandt Double Sinks Hosts', 'Brandt Stars As Kelso Win 2-1 At Marwick United', 'Semi-final | Kelso City 4-0 Marwick United Again Sink Rivals'] },
    },
  ],
});

/** Whether the sentence is a line of a results list or scoreboard, recorded for its (paragraph-local) span when explaining. */
export function isResultsLine(sentence: Sentence): boolean {
  if (!sentence.length) {
    return false;
  }
  return decide(RESULT_LINE, sentence, { start: sentence[0].start, end: sentence[sentence.length - 1].end }) === 'results';
}

/** An ISO date as agencies stamp it ("1996-08-30"). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const hasLetter = (token: Token): boolean => /\p{L}/u.test(token.text);

/**
 * A dateline: capitalised words (a place, perhaps ", Country") and a date closing the line ("KELSO 1996-08-30",
 * "NORDBY , Denmark 1996-08-22"). Its words name the place filed from, never a person or a body.
 */
export function isDateline(sentence: Sentence): boolean {
  const last = sentence[sentence.length - 1];
  return sentence.length >= 2 && sentence.length <= 6 && ISO_DATE.test(last?.text ?? '')
    && sentence.slice(0, -1).every(token => isCapitalised(token) || token.text === ',');
}

/** Words that cannot be a name: function words, verbs, numbers and dates, as the lexicon knows them. */
const NOT_A_NAME = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun | Tag.Adverb | Tag.Verb | Tag.Value | Tag.Date | Tag.Copula;

/** One line written all in capitals (a headline of agency copy): every word with a letter is all capitals, two at least, one of them a word longer than an abbreviation (not a table's header, "W L PCT GB"). */
export function isCapitalsLine(sentence: Sentence): boolean {
  const words = sentence.filter(hasLetter);
  const oneLine = sentence.slice(0, -1).every(token => !token.post.includes('\n'));
  return oneLine && words.length >= 2 && words.some(token => token.text.length > 3)
    && words.every(token => isAllCaps(token) || CAPITALS_POSSESSIVE.test(token.text) || (token.text.length === 1 && /\p{Lu}/u.test(token.text)));
}

/** A possessive in capitals ("DEAN'S" in the masthead "DEAN'S DIGEST", "KELSO'S" in a headline): the line is still all capitals. */
const CAPITALS_POSSESSIVE = /^\p{Lu}{2,}['’]S$/u;

/**
 * A byline written in capitals after "By" ("By DANA MARR", "By DANA MARR AND TOM AMES FOR KELSO ONLINE"): the
 * capitals are the paper's style, not shouting, so each name before "FOR" is a candidate like any name (its kind
 * decided as usual: a known first name makes a person), and the name after "FOR" is the outlet. Undefined when the
 * line is no such byline (a word in lower case other than a join, or no capitals after "By").
 * A picture credit in the same style ("Picture by DANA MARR", "Photo by TOM AMES": list photo-credit-words) names its
 * photographer so, and a place the writer files from may follow in lower-case "in" and its usual spelling ("By DANA
 * MARR in Kelso", as papers of southern Africa print their bylines): the place is no name of the byline. A tabloid
 * prints the writer's post in title case after a comma ("By DANA MARR, TV Editor"): the post is no name either.
 */
export function capitalsBylineNames(sentence: Sentence): Draft[] | undefined {
  const start = sentence[0]?.text === 'By' ? 1 : PHOTO_CREDIT_WORDS.has(sentence[0]?.lower ?? '') && sentence[1]?.text === 'by' ? 2 : 0;
  const place = sentence.findIndex((token, at) => at > start && token.text === 'in');
  // "By DANA MARR, TV Editor": a tabloid's byline in capitals, then the writer's post in title case after a comma.
  const comma = sentence.findIndex((token, at) => at > start && /^,\s/.test(token.post));
  const post = sentence.slice(comma + 1);
  const postAfterComma = comma > start && post.length > 0 && post.every(token => !hasLetter(token) || isCapitalised(token))
    && !isAllCaps(post[post.length - 1]) && hasLetter(post[post.length - 1]);
  const end = postAfterComma ? comma + 1
    : place > start + 1 && sentence.slice(place + 1).every(token => !hasLetter(token) || isCapitalised(token)) ? place : sentence.length;
  const words = sentence.slice(0, end).filter(hasLetter);
  if (start === 0 || words.length < start + 2 || sentence.slice(0, -1).some(token => token.post.includes('\n'))
    || !words.slice(start).every(token => isAllCaps(token) || BYLINE_JOINS.has(token.lower)) || !isAllCaps(sentence[start])) {
    return undefined;
  }
  // A picture credit names its photographer, and a byline with the place it was filed from its correspondent: a
  // person of two or three words whatever the tagger reads into unfamiliar names in capitals ("By BWALYA TEMBO in Kitwe").
  const filedFrom = start === 2 || end < sentence.length;
  const drafts: Draft[] = [];
  let outlet = false;
  for (let i = start; i < end; i++) {
    if (BYLINE_JOINS.has(sentence[i].lower) || !hasLetter(sentence[i])) {
      outlet = outlet || sentence[i].lower === 'for';
      continue;
    }
    let j = i;
    while (j + 1 < end && hasLetter(sentence[j + 1]) && !BYLINE_JOINS.has(sentence[j + 1].lower) && joined(sentence[j], sentence[j + 1])) {
      j++;
    }
    drafts.push({ first: i, last: j, evidence: outlet ? Evidence.OrgTag : filedFrom && j > i && j - i < 3 ? Evidence.Photographer : NO_EVIDENCE });
    i = j;
  }
  return drafts;
}

/**
 * The names a headline in capitals may hold, each only attached to an entity the story names elsewhere
 * (Evidence.Weak): every word the lexicon does not know as a function word or a verb, alone, or joined to the
 * next by a name particle ("VAN ZYL", "DIRK VAN DER BERG"), a hyphen ("BEN-SHIMON") or a known first name before
 * it ("DANA MARR").
 */
export function capitalsLineNames(sentence: Sentence): Draft[] {
  const drafts: Draft[] = [];
  const particle = (i: number) => has(NAME_PARTICLES, sentence[i].lower);
  const firstName = (i: number) => (sentence[i].lexicon & Tag.FirstName) !== 0;
  const nameWord = (i: number) => hasLetter(sentence[i]) && sentence[i].text.length > 1 && (sentence[i].lexicon & NOT_A_NAME) === 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!nameWord(i) && !(particle(i) && i + 1 < sentence.length && nameWord(i + 1))) {
      continue;
    }
    let j = i;
    while (j + 1 < sentence.length && nameWord(j + 1) && (hyphenated(sentence[j], sentence[j + 1])
      || (joined(sentence[j], sentence[j + 1]) && (particle(j) || particle(j + 1) || firstName(j))))) {
      j++;
    }
    drafts.push({ first: i, last: j, evidence: Evidence.Weak });
    i = j;
  }
  return drafts;
}
